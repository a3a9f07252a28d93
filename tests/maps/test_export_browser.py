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
        shown = page.locator(".bl-art").first.inner_text()
        assert PAYLOADS[0] in shown and PAYLOADS[1] in shown  # title and text shown as text
        assert page.locator(".bl-art a").count() == 0  # javascript: URL dropped
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
