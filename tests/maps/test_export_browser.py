"""Exported maps in Debian's Chromium with every network request blocked."""
from __future__ import annotations

import pytest
from maps_fixtures import PAYLOADS, areas, build_result, hostile_result  # noqa: F401

from geo.maps import export

pytestmark = pytest.mark.browser

ALLOWED = ("file:", "data:", "about:", "blob:")


def _open(browser, path, size=(1280, 800)):
    ctx = browser.new_context(viewport={"width": size[0], "height": size[1]})
    requests, blocked, errors, dialogs = [], [], [], []

    def route(r):
        url = r.request.url
        requests.append(url)
        if url.startswith(ALLOWED):
            r.continue_()
        else:
            blocked.append(url)
            r.abort()

    ctx.route("**/*", route)
    page = ctx.new_page()
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))

    def on_dialog(d):
        dialogs.append(d.message)
        d.dismiss()

    page.on("dialog", on_dialog)
    page.goto(path.as_uri())
    page.wait_for_function("window.L !== undefined && document.querySelector('.leaflet-container') !== null")
    page.wait_for_timeout(500)
    return ctx, page, requests, blocked, errors, dialogs


def _click_event(page):
    """Open the popup of a point event (spiderfying a cluster of events at one spot first)."""
    if page.locator(".marker-cluster").count():
        page.locator(".marker-cluster").first.click()
        page.wait_for_timeout(600)
    page.locator(".bl-marker").last.dispatch_event("click")
    page.wait_for_selector(".bl-pop mark")


def _pixels_differ(png: bytes) -> int:
    import io

    from PIL import Image

    im = Image.open(io.BytesIO(png)).convert("RGB").resize((64, 40))
    return len(im.getcolors(maxcolors=64 * 40) or [])


def test_offline_map_renders(browser, areas, tmp_path, artifacts_dir):
    path = export.write_html(build_result(), tmp_path / "map.html")
    ctx, page, requests, blocked, errors, dialogs = _open(browser, path)
    try:
        assert page.evaluate("typeof L.map") == "function"
        assert page.evaluate("L.version") == "1.9.4"
        # features drawn: event markers (DOM) and vector paths on the canvas renderer
        assert page.locator(".bl-marker").count() + page.locator(".marker-cluster").count() >= 1
        ids = page.evaluate("""() => {
            const out = [];
            for (const k of Object.keys(window)) {
                const v = window[k];
                if (v && v.eachLayer && v.toGeoJSON && k.startsWith('geo_json_')) {
                    v.eachLayer(l => l.feature && out.push(l.feature.properties.layer + ':' + l.feature.properties.id));
                }
            }
            return out; }""")
        for want in ("event:ev1", "event:ev3", "event:ev4", "event:ev5", "province:PK-BA", "border:border:IRN|PAK"):
            assert want in ids
        assert page.locator(".bl-legend").inner_text().count("Battles") == 1
        png = page.screenshot(path=str(artifacts_dir / "export_offline.png"))
        assert _pixels_differ(png) > 20  # not blank
        # clicking an event shows its sentence with the trigger marked
        _click_event(page)
        assert "arrived" in page.locator(".bl-pop").inner_text() or "agreed" in page.locator(".bl-pop").inner_text()
        # once it has faded in, the map has panned the popup whole into view, as a reader sees it
        # (a screenshot taken at the click showed it half outside the map, still translucent)
        page.wait_for_function("""() => {
            const pop = document.querySelector('.leaflet-popup'), map = document.querySelector('.leaflet-container');
            if (!pop || getComputedStyle(pop).opacity !== '1') return false;
            const a = pop.getBoundingClientRect(), b = map.getBoundingClientRect();
            return a.left >= b.left && a.top >= b.top && a.right <= b.right && a.bottom <= b.bottom;
        }""", timeout=5000)
        page.screenshot(path=str(artifacts_dir / "export_popup.png"))
        # the sources panel shows the embedded article
        page.locator(".bl-sources summary").click()
        page.locator(".bl-art button").first.click()
        assert "Tehran" in page.locator(".bl-art pre").inner_text()
        page.screenshot(path=str(artifacts_dir / "export_sources.png"))
        assert errors == []
        assert dialogs == []
        assert blocked == []
        assert all(u.startswith(ALLOWED) for u in requests)
    finally:
        ctx.close()


def test_time_filter_hides_events(browser, areas, tmp_path):
    path = export.write_html(build_result(), tmp_path / "map.html")
    ctx, page, *_ , errors, _d = _open(browser, path)
    try:
        assert "5 of 5 events" in page.locator(".bl-time").inner_text()
        page.locator(".bl-time input").first.fill("2026-11-16")
        page.locator(".bl-time input").first.dispatch_event("change")
        # the attack of the 15th (Balochistan) and the border attacks of October are hidden
        assert "3 of 5 events" in page.locator(".bl-time").inner_text()
        page.locator(".bl-time input").first.fill("2026-11-17")
        page.locator(".bl-time input").first.dispatch_event("change")
        assert "0 of 5 events" in page.locator(".bl-time").inner_text()
        assert page.locator(".bl-marker").count() + page.locator(".marker-cluster").count() == 0
        assert errors == []
    finally:
        ctx.close()


def test_view_is_remembered_in_the_address(browser, areas, tmp_path):
    path = export.write_html(build_result(), tmp_path / "map.html")
    ctx = browser.new_context(viewport={"width": 900, "height": 600})
    ctx.route("**/*", lambda r: r.continue_() if r.request.url.startswith(ALLOWED) else r.abort())
    page = ctx.new_page()
    try:
        page.goto(path.as_uri() + "#7/29.5000/64.0000")
        page.wait_for_function("window.L !== undefined")
        page.wait_for_timeout(300)
        name = page.evaluate("Object.keys(window).find(k => k.startsWith('map_'))")
        z, lat, lon = page.evaluate(f"[{name}.getZoom(), {name}.getCenter().lat, {name}.getCenter().lng]")
        assert z == 7 and abs(lat - 29.5) < 0.01 and abs(lon - 64.0) < 0.01
    finally:
        ctx.close()


def test_hostile_map_runs_no_script(browser, areas, tmp_path, artifacts_dir):
    path = export.write_html(hostile_result(), tmp_path / "hostile.html")
    ctx, page, requests, blocked, errors, dialogs = _open(browser, path)
    try:
        title = page.title()
        assert title.startswith("Borderlines map")
        _click_event(page)
        text = page.locator(".bl-pop").inner_text()
        assert any(p in text for p in PAYLOADS)  # shown literally
        page.locator(".bl-sources summary").click()
        page.locator(".bl-art button").first.click()
        # (the map may still be panning to make room for the panel beside the popup)
        page.wait_for_function("document.querySelector('.bl-sources').open && document.querySelector('.bl-art pre') !== null", timeout=15_000)
        shown = page.locator(".bl-art").first.inner_text()
        assert PAYLOADS[0] in shown and PAYLOADS[1] in shown  # title and text shown as text
        assert page.locator(".bl-art a").count() == 0  # javascript: URL dropped
        page.wait_for_timeout(500)  # the pan settles before the picture is taken
        page.screenshot(path=str(artifacts_dir / "export_hostile.png"))
        assert dialogs == []
        assert page.title() == title  # a payload setting document.title never ran
        assert page.evaluate("document.querySelectorAll('img[src=x], svg[onload]').length") == 0
        assert errors == []
        assert blocked == []
    finally:
        ctx.close()


def test_seed_map_offline(browser, seed_text, tmp_path, artifacts_dir):
    """The seed article through the real pipeline: Balochistan and the Pakistan–Iran border drawn."""
    from geo import pipeline
    from geo.ingest import readers as ingest

    result = pipeline.analyse([ingest.from_text(seed_text, source="seed.txt")])
    path = export.write_html(result, tmp_path / "seed.html")
    size = path.stat().st_size
    assert size < 1_500_000, size
    ctx, page, requests, blocked, errors, dialogs = _open(browser, path)
    try:
        feats = page.evaluate("""() => {
            const out = {};
            for (const k of Object.keys(window)) {
                const v = window[k];
                if (v && v.eachLayer && v.toGeoJSON && k.startsWith('geo_json_')) {
                    v.eachLayer(l => { if (l.feature) { const p = l.feature.properties;
                        out[p.layer + ':' + p.id] = l.feature.geometry.type; } });
                }
            }
            return out; }""")
        assert feats.get("province:PK-BA") in ("Polygon", "MultiPolygon")
        assert feats.get("border:border:IRN|PAK") in ("LineString", "MultiLineString")
        assert any(k.startswith("event:") for k in feats)
        tip = page.evaluate("""() => { for (const k of Object.keys(window)) { const v = window[k];
            if (v && v.eachLayer && k.startsWith('geo_json_')) { let t = null;
              v.eachLayer(l => { if (l.feature && l.feature.properties.layer === 'border') t = l.feature.properties.tip; });
              if (t) return t; } } return null; }""")
        assert "Pakistan" in tip and "Iran" in tip and "Balochistan" in tip and " km" in tip
        png = page.screenshot(path=str(artifacts_dir / "export_seed.png"))
        assert _pixels_differ(png) > 20
        assert errors == [] and dialogs == [] and blocked == []
    finally:
        ctx.close()


def test_many_articles_clustered_offline(browser, areas, tmp_path, artifacts_dir):
    from maps_fixtures import many_articles

    path = export.write_html(many_articles(200), tmp_path / "many.html")
    ctx, page, requests, blocked, errors, dialogs = _open(browser, path)
    try:
        assert page.locator(".marker-cluster").count() >= 1
        page.screenshot(path=str(artifacts_dir / "export_200_articles.png"))
        assert errors == [] and blocked == []
    finally:
        ctx.close()


# --------------------------------------------------------------------------- the Sources panel

SHORT = (1024, 600)  # a laptop window with the browser's bars: where the panel used to cover popups

# Points of the open popup (a 6 x 5 grid over its box, 6 px in from the edges, and the centre of
# the sentence) that something else covers: document.elementFromPoint is what a click or an eye
# meets there, so a point is uncovered when it lands inside the popup.
_COVERED = """() => {
    const w = document.querySelector('.leaflet-popup-content-wrapper');
    if (!w) return ['no popup'];
    const r = w.getBoundingClientRect(), s = document.querySelector('.leaflet-popup .bl-sent').getBoundingClientRect();
    const pts = [[s.x + s.width / 2, s.y + s.height / 2]];
    for (let i = 0; i < 6; i++) for (let j = 0; j < 5; j++)
        pts.push([r.left + 6 + i * (r.width - 12) / 5, r.top + 6 + j * (r.height - 12) / 4]);
    const out = [];
    for (const [x, y] of pts) {
        if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;  // off-screen: not covered
        const e = document.elementFromPoint(x, y);
        if (!e || !e.closest('.leaflet-popup')) out.push([Math.round(x), Math.round(y), e ? e.className : null]);
    }
    return out; }"""


def _map_name(page) -> str:
    return page.evaluate("Object.keys(window).find(k => k.startsWith('map_') && window[k].panBy)")


def _popup_at(page, x: int, from_bottom: int) -> None:
    """Drag Tehran (a cluster of two events) to (x, height - from_bottom), then open the popup
    of one of its events with real clicks (the cluster, then a spiderfied marker)."""
    name = _map_name(page)
    page.evaluate(f"""() => {{ const m = {name}; m.closePopup();
        const p = m.latLngToContainerPoint([35.6944, 51.4215]);
        m.panBy([p.x - {x}, p.y - (m.getSize().y - {from_bottom})], {{animate: false}}); }}""")
    page.wait_for_timeout(300)
    page.locator(".marker-cluster").first.click()
    page.wait_for_timeout(600)  # the spider's legs unfold
    page.locator(".bl-marker").last.click()
    page.wait_for_selector(".leaflet-popup .bl-pop mark")
    page.wait_for_timeout(700)  # Leaflet's autopan settles


def _rect(page, selector: str) -> dict:
    return page.locator(selector).first.evaluate(
        "e => { const r = e.getBoundingClientRect(); return {l: r.left, t: r.top, r: r.right, b: r.bottom}; }")


def _overlap(a: dict, b: dict) -> bool:
    return a["l"] < b["r"] and b["l"] < a["r"] and a["t"] < b["b"] and b["t"] < a["b"]


def test_sources_panel_never_covers_a_popup(browser, areas, tmp_path, artifacts_dir):
    path = export.write_html(build_result(), tmp_path / "map.html")
    ctx, page, requests, blocked, errors, dialogs = _open(browser, path, size=SHORT)
    panel = page.locator(".bl-sources")
    try:
        # folded by default into one short line, not a 300 px box
        assert panel.evaluate("d => d.tagName === 'DETAILS' && !d.open")
        assert panel.locator("summary").inner_text() == "Sources: 1 article"
        assert panel.evaluate("d => d.getBoundingClientRect().width") < 200
        page.screenshot(path=str(artifacts_dir / "sources_0_folded.png"))

        # 1. a popup opening over the folded line: the line steps aside, comes back on close
        _popup_at(page, 200, 90)
        assert _overlap(_rect(page, ".leaflet-popup-content-wrapper"), _rect(page, ".bl-sources"))
        assert page.evaluate(_COVERED) == []
        assert "arrived" in page.locator(".leaflet-popup .bl-sent").inner_text() or \
            "agreed" in page.locator(".leaflet-popup .bl-sent").inner_text()
        page.screenshot(path=str(artifacts_dir / "sources_1_popup_over_folded_panel.png"))
        page.locator(".leaflet-popup-close-button").click()
        assert panel.is_visible()

        # 2. a popup opening under the open panel: the panel folds
        panel.locator("summary").click()
        assert panel.evaluate("d => d.open")
        _popup_at(page, 420, 40)
        assert _overlap(_rect(page, ".leaflet-popup-content-wrapper"), {"l": 10, "t": 300, "r": 310, "b": 560})
        assert page.evaluate(_COVERED) == []
        assert not panel.evaluate("d => d.open")
        page.screenshot(path=str(artifacts_dir / "sources_2_popup_folds_panel.png"))

        # 3. opening the panel from the keyboard beside that popup: the map pans the popup clear
        # of the panel, both are readable, and the panel lists the article
        panel.locator("summary").focus()
        page.keyboard.press("Enter")
        page.wait_for_timeout(700)  # the pan animates
        assert panel.evaluate("d => d.open")
        assert page.locator(".leaflet-popup").count() == 1
        assert page.evaluate(_COVERED) == []
        assert not _overlap(_rect(page, ".leaflet-popup-content-wrapper"), _rect(page, ".bl-sources"))
        assert "Army chief visits Tehran" in panel.locator(".bl-art").first.inner_text()
        assert "story.txt" in panel.inner_text() and "sha256:" in panel.inner_text()
        page.screenshot(path=str(artifacts_dir / "sources_3_panel_beside_popup.png"))
        panel.locator(".bl-art button").first.click()
        assert "Tehran" in panel.locator(".bl-art pre").inner_text()
        # the list scrolls inside the panel; the panel stays inside the window
        box = _rect(page, ".bl-sources")
        assert box["t"] >= 0 and box["b"] <= SHORT[1]
        page.screenshot(path=str(artifacts_dir / "sources_4_text_shown.png"))

        # Escape folds it again, focus stays on the summary
        panel.locator(".bl-art button").first.focus()
        page.keyboard.press("Escape")
        assert not panel.evaluate("d => d.open")
        assert page.evaluate("document.activeElement.tagName") == "SUMMARY"
        assert errors == [] and dialogs == [] and blocked == []
    finally:
        ctx.close()


def test_sources_panel_growing_keeps_clear_of_the_popup(browser, areas, tmp_path, artifacts_dir):
    """A popup just above the panel: opening the panel pans the map up a little; showing the
    article's text grows the panel past the popup, and with no room above the map pans sideways."""
    path = export.write_html(build_result(), tmp_path / "map.html")
    ctx, page, requests, blocked, errors, dialogs = _open(browser, path, size=SHORT)
    panel = page.locator(".bl-sources")
    name = _map_name(page)
    try:
        _popup_at(page, 150, 200)
        before = _rect(page, ".leaflet-popup-content-wrapper")
        panel.locator("summary").click()
        page.wait_for_timeout(700)
        after = _rect(page, ".leaflet-popup-content-wrapper")
        assert after["t"] < before["t"] and after["l"] == before["l"]  # moved up, not sideways
        assert not _overlap(after, _rect(page, ".bl-sources"))
        assert page.evaluate(_COVERED) == []
        page.locator(".bl-art button").first.click()
        page.wait_for_timeout(700)
        moved = _rect(page, ".leaflet-popup-content-wrapper")
        assert moved["l"] > after["l"]  # no room above: moved right, clear of the grown panel
        assert not _overlap(moved, _rect(page, ".bl-sources"))
        assert page.evaluate(_COVERED) == []
        assert "Tehran" in panel.locator(".bl-art pre").inner_text()
        assert page.evaluate(f"{name}.hasLayer({name}._popup)")  # still open
        page.screenshot(path=str(artifacts_dir / "sources_6_panel_grows_beside_popup.png"))
        assert errors == [] and dialogs == [] and blocked == []
    finally:
        ctx.close()


def test_sources_panel_lists_many_articles_in_a_short_window(browser, areas, tmp_path, artifacts_dir):
    from maps_fixtures import many_articles

    path = export.write_html(many_articles(40), tmp_path / "many.html")
    ctx, page, requests, blocked, errors, dialogs = _open(browser, path, size=SHORT)
    panel = page.locator(".bl-sources")
    try:
        panel.locator("summary").click()
        assert panel.locator(".bl-art").count() == 40
        box = _rect(page, ".bl-sources")
        assert box["t"] > 120 and box["b"] <= SHORT[1]  # below the zoom buttons, inside the window
        body = page.locator(".bl-src-body")
        assert body.evaluate("e => e.scrollHeight > e.clientHeight")  # scrolls, summary stays put
        body.evaluate("e => { e.scrollTop = e.scrollHeight; }")
        assert panel.locator("summary").is_visible()
        assert panel.locator(".bl-art").last.is_visible()
        page.screenshot(path=str(artifacts_dir / "sources_5_many_articles.png"))
        assert errors == [] and blocked == []
    finally:
        ctx.close()


def test_a_click_on_events_stacked_at_one_town_spreads_them_where_they_are(browser, seed_text, tmp_path, artifacts_dir):
    """The seed's visit, meeting and agreement are all in Tehran: their cluster spreads out at the
    zoom the reader is at instead of diving to street level."""
    from geo import pipeline
    from geo.ingest import readers as ingest

    result = pipeline.analyse([ingest.from_text(seed_text, source="seed.txt")])
    path = export.write_html(result, tmp_path / "seed.html")
    ctx, page, requests, blocked, errors, dialogs = _open(browser, path)
    try:
        page.wait_for_function("window.L !== undefined")
        cluster = page.locator(".marker-cluster").first
        cluster.wait_for()
        name = page.evaluate("Object.keys(window).find(k => k.startsWith('map_'))")
        zoom = page.evaluate(f"{name}.getZoom()")
        cluster.click()
        page.wait_for_function("document.querySelectorAll('.leaflet-marker-icon.bl-marker').length >= 2", timeout=10_000)
        page.wait_for_timeout(500)
        page.screenshot(path=str(artifacts_dir / "export_stack_spread.png"))
        after = page.evaluate(f"{name}.getZoom()")
        assert after == zoom, (zoom, after)
        assert errors == [] and blocked == []
    finally:
        ctx.close()
