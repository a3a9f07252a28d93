"""The app end to end in Debian's Chromium (Playwright): `streamlit run` on a free port, offline.

Every request to a host other than the app's is blocked and recorded: the map must draw
without the network (Leaflet comes from /app/static, filled from installed packages).
Screenshots go to the artifacts folder.
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.xdist_group("app_browser")]

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = (
    "Protest in Quetta <img src=x onerror=alert(1)>\n\n"
    "Hundreds protested in Quetta on 2 May 2024 ${alert(1)} </script><script>alert(1)</script> "
    "and \\`+alert(1)+` against the closure of the border crossing.\n"
)
MAP_FRAME = 'iframe[title="streamlit_folium.st_folium"]'


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_app(data_dir: Path, port: int | None = None, timeout: float = 60.0) -> tuple[subprocess.Popen, str]:
    """The app as `make run` starts it (scripts/serve.py) on a free localhost port; returns
    (process, base URL) once healthy."""
    port = port or _free_port()
    env = {k: v for k, v in os.environ.items() if k != "BORDERLINES_STORE_URL"}  # never a real store
    env["BORDERLINES_DATA_DIR"] = str(data_dir)
    # the server's output goes to a file: a pipe nobody reads fills up (64 KB of log lines) and
    # then blocks the server in the middle of a page, for every visitor
    data_dir.mkdir(parents=True, exist_ok=True)
    log = (data_dir / "server.log").open("wb")
    proc = subprocess.Popen(
        [sys.executable, "scripts/serve.py", "--server.headless", "true",
         "--server.port", str(port), "--server.address", "127.0.0.1",
         "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )
    log.close()  # the child holds its own descriptor
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited early:\n{(data_dir / 'server.log').read_text(errors='replace')}")
        try:
            with urllib.request.urlopen(base + "/_stcore/health", timeout=2) as r:
                if r.status == 200 and r.read().strip() == b"ok":
                    return proc, base
        except OSError:
            time.sleep(0.2)
    stop_app(proc)
    raise RuntimeError("streamlit did not become healthy in time")


def stop_app(proc: subprocess.Popen) -> None:
    """Stop the server we started (its own process group, by id)."""
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)


@pytest.fixture(scope="module")
def app_url(tmp_path_factory: pytest.TempPathFactory):
    proc, base = start_app(tmp_path_factory.mktemp("browser-data"))
    yield base
    stop_app(proc)


class Offline:
    """Blocks (and records) every request that leaves the app's host."""

    def __init__(self, base: str):
        self.host = urlsplit(base).netloc
        self.blocked: list[str] = []

    def __call__(self, route) -> None:
        url = route.request.url
        parts = urlsplit(url)
        if parts.scheme in ("data", "blob", "about") or parts.netloc == self.host:
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort()


def _open(browser, url: str, base: str):
    context = browser.new_context(viewport={"width": 1440, "height": 1000})
    offline = Offline(base)
    context.route("**/*", offline)
    page = context.new_page()
    dialogs: list[str] = []
    errors: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: errors.append(str(e)))
    # the page's HTML is enough: what each test needs of it (map frame, texts) it waits for itself,
    # with its own timeouts; the "load" event also waits for every script and style of a busy server
    page.goto(url, wait_until="domcontentloaded", timeout=60_000)
    return context, page, offline, dialogs, errors


#: Every layer of the map, the markers inside a cluster of events at one spot included (a
#: cluster joins the map in their stead until it is clicked).
_LAYERS_JS = """() => { window.__blLayers = () => [...new Set(Object.values(window.map._layers).flatMap(
    l => l.getAllChildMarkers ? l.getAllChildMarkers() : [l]))]; }"""


def _wait_map(page, timeout: float = 60_000):
    """Wait for the Leaflet map in the st_folium iframe to hold event features; return the frame."""
    for _attempt in range(3):  # a new map (new articles) replaces the iframe: look again
        page.wait_for_selector(MAP_FRAME, timeout=timeout)
        frame = page.frame_locator(MAP_FRAME)
        frame.locator(".leaflet-container").wait_for(timeout=timeout)
        handle = page.locator(MAP_FRAME).element_handle().content_frame()
        if handle is None:
            page.wait_for_timeout(500)
            continue
        handle.wait_for_function("() => window.map !== undefined", timeout=timeout)
        handle.evaluate(_LAYERS_JS)
        handle.wait_for_function(
            "() => window.map && window.__blLayers().some("
            "l => l.feature && l.feature.properties && l.feature.properties.layer === 'event')",
            timeout=timeout,
        )
        return handle
    raise AssertionError("the map's iframe kept being replaced")


def _wait_map_state(page, layers: list[str], events: set[str], bounds: str, timeout: float = 30.0) -> None:
    """Wait until the map shows ``layers``, ``events`` and ``bounds``. A rerun may replace the map's
    iframe while it is read ("Frame was detached"): the new one is read then; the assertion fails
    with the last state read when the expected one never comes."""
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        try:
            frame = _wait_map(page)
            last = (_layers_on_map(frame), _event_ids_on_map(frame), frame.evaluate("() => window.map.getBounds().toBBoxString()"))
            if last == (layers, events, bounds):
                return
        except Exception:  # noqa: BLE001 - playwright's Error: the iframe was replaced while read
            pass
        page.wait_for_timeout(300)
    raise AssertionError(f"the map never showed the shared view: last read {last}")


def _wait_new_map(page, old_events: list[str], timeout: float = 60.0):
    """After a change, wait until the map in the page shows a different set of events."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            frame = _wait_map(page)
            events = _features(frame, "event")
            if events and events != old_events:
                page.wait_for_timeout(500)
                return frame
        except Exception:  # noqa: BLE001 - the iframe is being replaced: look again
            pass
        page.wait_for_timeout(300)
    raise AssertionError("the map did not change")


def _features(frame, layer: str) -> list[str]:
    return frame.evaluate(
        """(layer) => window.__blLayers()
            .filter(l => l.feature && l.feature.properties && l.feature.properties.layer === layer)
            .map(l => l.feature.properties.id).sort()""",
        layer,
    )


def _wait_idle(page) -> None:
    # Streamlit shows a "Running..." status widget while the script runs
    page.wait_for_timeout(300)
    page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=60_000)


def _paste(page, text: str) -> None:
    page.get_by_label("Paste an article").fill(text)
    page.get_by_role("button", name="Add pasted article").click()
    _wait_idle(page)


def _click_event(page, frame, event_id: str) -> None:
    """Click an event feature where Leaflet draws it (markers are DOM, areas are on a canvas); an
    event inside a cluster of events at one spot is first shown the way a reader's click on the
    cluster shows it (the cluster zooms in or spreads its markers)."""
    box = page.locator(MAP_FRAME).bounding_box()
    cluster = frame.evaluate(
        """(id) => {
            const l = window.__blLayers().find(
                l => l.feature && l.feature.properties.layer === 'event' && l.feature.properties.id === id);
            if (window.map.hasLayer(l) || !l.__parent) { return null; }
            // the cluster holding it, where the reader sees it
            let c = l.__parent;
            while (c.__parent && !window.map.hasLayer(c)) { c = c.__parent; }
            window.map.setView(c.getLatLng(), window.map.getZoom(), {animate: false});
            const p = window.map.latLngToContainerPoint(c.getLatLng());
            const r = window.map.getContainer().getBoundingClientRect();
            return [r.left + p.x, r.top + p.y];
        }""",
        event_id,
    )
    if cluster is not None:
        # the reader's click on the cluster: events stacked on one spot spread out where they are
        page.mouse.click(box["x"] + cluster[0], box["y"] + cluster[1])
        frame.wait_for_function(
            """(id) => window.__blLayers().some(l => l.feature && l.feature.properties.id === id && window.map.hasLayer(l))""",
            arg=event_id, timeout=10_000,
        )
        page.wait_for_timeout(400)
    point = frame.evaluate(
        """(id) => {
            const l = window.__blLayers().find(
                l => l.feature && l.feature.properties.layer === 'event' && l.feature.properties.id === id);
            const ll = l.getLatLng ? l.getLatLng() : l.getCenter();
            window.map.setView(ll, window.map.getZoom(), {animate: false});
            const p = window.map.latLngToContainerPoint(ll);
            const r = window.map.getContainer().getBoundingClientRect();
            return [r.left + p.x, r.top + p.y];
        }""",
        event_id,
    )
    page.mouse.click(box["x"] + point[0], box["y"] + point[1])


def test_health_endpoint(app_url: str) -> None:
    with urllib.request.urlopen(app_url + "/_stcore/health", timeout=5) as r:
        assert r.status == 200 and r.read().strip() == b"ok"


def test_paste_seed_click_event_share_and_reopen(browser, app_url: str, seed_text: str,
                                                 artifacts_dir: Path) -> None:
    context, page, offline, dialogs, errors = _open(browser, app_url, app_url)
    try:
        frame = _wait_map(page)
        page.screenshot(path=str(artifacts_dir / "app_first_load.png"), full_page=False)
        assert offline.blocked == [], offline.blocked  # the example map needs no network

        example_events = _features(frame, "event")
        _paste(page, seed_text)
        frame = _wait_new_map(page, example_events)
        events = _features(frame, "event")
        borders = _features(frame, "border")
        assert events, "no events on the map after pasting the seed article"
        assert any(b.startswith("border:") and "IRN" in b and "PAK" in b for b in borders), borders
        page.screenshot(path=str(artifacts_dir / "app_seed_map.png"), full_page=False)

        # click an event on the map: the app shows its sentence in the "Selected" panel, and the
        # map is not re-created by the rerun (no blank, no flicker: the same document stays)
        frame.evaluate("() => { window.__still_here = true; return 1; }")
        selected = page.locator('[data-testid="stText"]').first
        for attempt in range(3):  # a click during a rerun can be lost: try again
            _click_event(page, frame, events[attempt % len(events)])
            _wait_idle(page)
            try:
                selected.wait_for(timeout=10_000)
                break
            except Exception:  # noqa: BLE001 - playwright's TimeoutError
                frame = _wait_map(page)
        sentence = selected.inner_text().strip()
        assert len(sentence) > 20
        live = page.locator(MAP_FRAME).element_handle().content_frame()
        assert live.evaluate("() => window.__still_here === true"), "the map was redrawn after a click"
        page.screenshot(path=str(artifacts_dir / "app_event_selected.png"), full_page=False)

        # move the map, share, then open the link in a fresh browser context: same view
        frame.evaluate("() => { window.map.setView([29.0, 63.5], 7, {animate: false}); return 1; }")
        page.wait_for_timeout(1500)  # streamlit-folium reports the view after a short debounce
        _wait_idle(page)
        page.get_by_role("tab", name="Share & download").click()
        page.get_by_role("button", name="Share this map").click()
        _wait_idle(page)
        link = page.locator('[data-testid="stCode"] code').first.inner_text().strip()
        assert "/?map=" in link
        page.screenshot(path=str(artifacts_dir / "app_shared_link.png"), full_page=False)
        assert dialogs == [] and offline.blocked == []
    finally:
        context.close()

    # the link names the host the browser used; open it as a colleague would
    context2, page2, offline2, dialogs2, _ = _open(browser, link, app_url)
    try:
        frame2 = _wait_map(page2)
        page2.get_by_text("Shared map — read-only").wait_for(timeout=30_000)
        assert _features(frame2, "event") == events
        assert _features(frame2, "border") == borders
        zoom, lat, lng = frame2.evaluate("() => [window.map.getZoom(), window.map.getCenter().lat, window.map.getCenter().lng]")
        assert zoom == 7 and abs(lat - 29.0) < 0.01 and abs(lng - 63.5) < 0.01, (zoom, lat, lng)
        page2.screenshot(path=str(artifacts_dir / "app_shared_view.png"), full_page=False)
        assert dialogs2 == [] and offline2.blocked == []
    finally:
        context2.close()


def test_hostile_article_shows_payloads_as_text(browser, app_url: str, artifacts_dir: Path) -> None:
    context, page, offline, dialogs, errors = _open(browser, app_url, app_url)
    try:
        _wait_map(page)
        page.get_by_role("button", name="Clear all").click()
        page.get_by_text("Paste an article or upload files").wait_for(timeout=30_000)
        assert page.locator(MAP_FRAME).count() == 0  # so the next map found is the new one
        _paste(page, HOSTILE)
        frame = _wait_map(page)
        page.get_by_role("tab", name="Articles").click()
        page.get_by_text("${alert(1)}", exact=False).first.wait_for(timeout=30_000)
        page.get_by_text("<img src=x onerror=alert(1)>", exact=False).first.wait_for(timeout=30_000)
        # open every event popup on the map: escaped text, no script
        for eid in _features(frame, "event"):
            frame.evaluate(
                """(id) => window.__blLayers().filter(
                    l => l.feature && l.feature.properties.id === id && l.openPopup).forEach(l => l.openPopup())""",
                eid,
            )
        page.wait_for_timeout(800)
        page.screenshot(path=str(artifacts_dir / "app_hostile.png"), full_page=True)
        assert dialogs == [], dialogs
        assert frame.evaluate("() => document.querySelectorAll('img[src=\"x\"]').length") == 0
        assert page.evaluate("() => document.querySelectorAll('img[src=\"x\"]').length") == 0
        assert offline.blocked == []
    finally:
        context.close()


def test_the_events_table_follows_the_first_map_without_moving_it(browser, app_url: str) -> None:
    context = browser.new_context(viewport={"width": 1440, "height": 1000})
    context.route("**/*", Offline(app_url))
    page = context.new_page()
    sent: list[float] = []  # messages to the server: the tabs' fragment run, then none
    page.on("websocket", lambda ws: ws.on("framesent", lambda _payload: sent.append(time.monotonic())))
    try:
        page.goto(app_url)
        frame = _wait_map(page)
        frame.evaluate("() => { window.__same_document = true; return 1; }")
        before = page.locator(MAP_FRAME).bounding_box()
        # nothing clicked: the tabs' fragment reruns on its own once the map is there
        page.locator('[data-testid="stDataFrame"]').first.wait_for(timeout=30_000)
        assert page.get_by_role("tab", name="Events").count() == 1
        assert page.get_by_text("Loading the events table…").count() == 0
        assert page.locator(MAP_FRAME).bounding_box() == before
        assert page.locator(MAP_FRAME).element_handle().content_frame().evaluate(
            "() => window.__same_document === true")
        page.wait_for_timeout(1000)
        settled = len(sent)
        page.wait_for_timeout(3000)  # the fragment's timer stopped with that one run
        assert len(sent) == settled, f"{len(sent) - settled} more messages: the tables keep rerunning"
    finally:
        context.close()


def test_unknown_map_id_shows_not_found(browser, app_url: str) -> None:
    context, page, _, dialogs, _ = _open(browser, app_url + "/?map=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", app_url)
    try:
        page.get_by_text("Map not found").wait_for(timeout=90_000)
        assert page.locator(MAP_FRAME).count() == 0
        assert dialogs == []
    finally:
        context.close()


def test_downloads_are_offline_html_geojson_and_csv(browser, app_url: str, tmp_path: Path) -> None:
    import json

    context, page, offline, dialogs, _ = _open(browser, app_url, app_url)
    try:
        frame = _wait_map(page)
        on_map = set(_features(frame, "event"))  # clustered markers are not all on the map
        shown = page.locator('[data-testid="stMetricValue"]').first.inner_text()  # "9 of 9"
        n_events = int(shown.split(" of ")[0])
        page.get_by_role("tab", name="Share & download").click()
        files = {}
        for label in ("Map as standalone HTML", "GeoJSON", "Events as CSV"):
            with page.expect_download(timeout=60_000) as info:
                page.get_by_role("button", name=label).click()
            path = tmp_path / info.value.suggested_filename
            info.value.save_as(path)
            files[label] = path
        html = files["Map as standalone HTML"].read_text(encoding="utf-8")
        assert files["Map as standalone HTML"].suffix == ".html" and "L.map(" in html
        assert "cdn.jsdelivr" not in html and "<script src=\"http" not in html  # nothing from the network
        gj = json.loads(files["GeoJSON"].read_text(encoding="utf-8"))
        exported = {f["properties"]["id"] for f in gj["features"] if f["properties"].get("layer") == "event"}
        assert len(exported) == n_events and on_map <= exported
        import csv
        import io

        rows = list(csv.reader(io.StringIO(files["Events as CSV"].read_text(encoding="utf-8-sig"))))
        assert len(rows) == n_events + 1  # a header and one row per event
        assert dialogs == [] and offline.blocked == []
    finally:
        context.close()


FRONTIER = (
    "Clash on the frontier and talks in the capital\n\n"
    "Afghan and Pakistani troops exchanged fire along their border on Tuesday, officials said. "
    "Two soldiers were killed.\n\n"
    "Hundreds of traders protested in Balochistan province against the closure of the crossing.\n\n"
    "Later, the foreign ministers met in Islamabad to discuss the crossing, which has been closed since 2021.\n"
)


def _shown_metric(page) -> tuple[int, int]:
    text = page.locator('[data-testid="stMetricValue"]').first.inner_text()  # "4 of 4"
    shown, total = text.split(" of ")
    return int(shown), int(total)


def _event_ids_on_map(frame) -> set[str]:
    """Ids of the events drawn (an area feature lists every event placed in it)."""
    return set(frame.evaluate(
        """() => window.__blLayers()
            .filter(l => l.feature && l.feature.properties && l.feature.properties.layer === 'event')
            .flatMap(l => (l.feature.properties.event_ids || l.feature.properties.id).split(','))"""))


def _layers_on_map(frame) -> list[str]:
    return sorted(frame.evaluate(
        """() => [...new Set(window.__blLayers()
            .filter(l => l.feature && l.feature.properties && l.feature.properties.layer
                         && l.feature.properties.layer !== 'basemap')
            .map(l => l.feature.properties.layer))]"""))


def _precision_slider(page):
    return page.locator('[data-testid="stSlider"]').filter(has_text="Location precision").get_by_role("slider")


def test_clear_all_then_an_article_shows_every_event(browser, app_url: str, artifacts_dir: Path) -> None:
    """Issue 15: after Clear all and a new article, the map must show every located event, and
    keep showing them on later runs (it fell back to "towns only", undated hidden: 7 of 12)."""
    context, page, offline, dialogs, errors = _open(browser, app_url, app_url)
    try:
        _wait_map(page)
        page.get_by_role("button", name="Clear all").click()
        page.get_by_text("Paste an article or upload files").wait_for(timeout=30_000)
        _paste(page, FRONTIER)
        frame = _wait_map(page)
        shown, total = _shown_metric(page)
        assert total >= 3 and shown == total
        assert len(_event_ids_on_map(frame)) == total
        for tab in ("Timeline", "Places", "Events"):  # later runs: nothing falls back
            page.get_by_role("tab", name=tab).click()
            _wait_idle(page)
        assert _shown_metric(page) == (total, total)
        live = page.locator(MAP_FRAME).element_handle().content_frame()
        assert len(_event_ids_on_map(live)) == total
        assert _precision_slider(page).get_attribute("aria-valuetext") == "3 · + regions and borders"
        assert page.get_by_role("checkbox", name="Include undated events").is_checked()
        # no day-precision dates in this article: no date range, no day it does not state
        assert page.get_by_text("Event dates").count() == 0
        assert page.get_by_text("2021-01-01").count() == 0
        page.screenshot(path=str(artifacts_dir / "app_clear_then_article.png"), full_page=False)
        assert dialogs == [] and offline.blocked == [] and errors == []
    finally:
        context.close()


def test_shared_map_opens_with_its_filters_layers_and_bounds(browser, app_url: str, artifacts_dir: Path) -> None:
    """Change a filter, a layer and the view, share, open the link in a fresh browser context:
    the same events, layers and bounds. Panning sends nothing to the server (no rerun), and the
    filter and layer changes keep the map's document (no iframe reload)."""
    context, page, offline, dialogs, errors = _open(browser, app_url, app_url)
    sent: list[str] = []
    page.on("websocket", lambda ws: ws.on("framesent", lambda payload: sent.append("x")))
    try:
        _wait_map(page)
        page.get_by_role("button", name="Clear all").click()
        page.get_by_text("Paste an article or upload files").wait_for(timeout=30_000)
        _paste(page, FRONTIER)
        frame = _wait_map(page)
        frame.evaluate("() => { window.__same_document = true; return 1; }")
        all_events = _event_ids_on_map(frame)

        # filter: towns and near a town only (the border and province events go)
        _precision_slider(page).focus()
        page.keyboard.press("ArrowLeft")
        frame.wait_for_function(
            "(n) => window.__blLayers().filter(l => l.feature && l.feature.properties"
            " && l.feature.properties.layer === 'event').length < n", arg=len(all_events), timeout=60_000)
        _wait_idle(page)
        # layer: no places
        page.get_by_role("checkbox", name="Places", exact=True).uncheck(force=True)
        frame.wait_for_function(
            "() => !window.__blLayers().some(l => l.feature && l.feature.properties"
            " && l.feature.properties.layer === 'place')", timeout=60_000)
        _wait_idle(page)
        live = page.locator(MAP_FRAME).element_handle().content_frame()
        assert live.evaluate("() => window.__same_document === true"), "the map was reloaded by a filter change"
        events = _event_ids_on_map(live)
        layers = _layers_on_map(live)
        assert events and events < all_events and "place" not in layers and "event" in layers, (events, layers)

        # pan and zoom: no message to the server
        before = len(sent)
        live.evaluate("() => { window.map.setView([30.5, 64.0], 6.5, {animate: false}); return 1; }")
        page.wait_for_timeout(1500)  # streamlit-folium debounces its reports by 250 ms
        assert len(sent) == before, "panning sent a message to the server (a rerun)"
        bounds = live.evaluate("() => window.map.getBounds().toBBoxString()")

        page.get_by_role("tab", name="Share & download").click()
        _wait_idle(page)
        page.get_by_role("button", name="Share this map").click()
        link_box = page.locator('[data-testid="stCode"] code').first
        link_box.wait_for(timeout=60_000)
        link = link_box.inner_text().strip()
        assert "/?map=" in link
        assert live.evaluate("() => window.__same_document === true")
        page.screenshot(path=str(artifacts_dir / "app_share_filtered.png"), full_page=False)
    finally:
        context.close()

    context2, page2, offline2, dialogs2, errors2 = _open(browser, link, app_url)
    try:
        frame2 = _wait_map(page2)
        page2.get_by_text("Shared map — read-only").wait_for(timeout=30_000)
        page2.wait_for_timeout(500)
        assert _event_ids_on_map(frame2) == events
        assert _layers_on_map(frame2) == layers
        assert frame2.evaluate("() => window.map.getBounds().toBBoxString()") == bounds
        assert frame2.evaluate("() => window.map.getZoom()") == 6.5
        assert _precision_slider(page2).get_attribute("aria-valuetext") == "2 · + near a town"
        assert not page2.get_by_role("checkbox", name="Places", exact=True).is_checked()
        page2.screenshot(path=str(artifacts_dir / "app_shared_filtered_view.png"), full_page=False)

        # the viewer may change it; "Reset to shared view" brings it back
        page2.get_by_role("checkbox", name="Places", exact=True).check(force=True)
        _wait_idle(page2)
        page2.get_by_role("button", name="Reset to shared view").click()
        _wait_idle(page2)
        _wait_map_state(page2, layers, events, bounds)
        assert dialogs2 == [] and offline2.blocked == [] and errors2 == []
    finally:
        context2.close()


def _long_article(min_cpu: float = 6.0, max_chars: int = 1_900_000) -> tuple[str, float]:
    """An article of one arrest and a long run of "A. " whose analysis costs at least ``min_cpu``
    CPU seconds in this process (the run doubled until it does, up to ``max_chars``), and that
    cost: long enough to outlast visitor 2's page however fast the analysis has become, with one
    event on its map."""
    from geo.ingest.readers import from_text
    from geo.pipeline import analyse_article

    head = "Arrests in Quetta\n\nPolice arrested two men in Quetta on Monday.\n\n"
    analyse_article(from_text(head))  # the gazetteer is loaded before the count
    n = 60_000
    while True:
        text = head + "A. " * n
        c0 = time.process_time()
        analyse_article(from_text(text))
        cost = time.process_time() - c0
        if cost >= min_cpu or len(text) * 2 > max_chars:
            return text, cost
        n *= 2


READING = "Reading the articles"


def _health(base: str) -> bool:
    try:
        with urllib.request.urlopen(base + "/_stcore/health", timeout=5) as r:
            return r.status == 200 and r.read().strip() == b"ok"
    except OSError:
        return False


def _cpu_by_process(group: int) -> dict[int, float]:
    """CPU seconds (user + system) of every live process of a process group, from /proc."""
    tick = os.sysconf("SC_CLK_TCK")
    out = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # the process ended meanwhile
            continue
        if int(fields[2]) == group:  # pgrp; then utime and stime at 11 and 12
            out[int(stat.parent.name)] = (int(fields[11]) + int(fields[12])) / tick
    return out


def _pool_cpu(server: int) -> float:
    """CPU seconds of the server's analysis processes (its group but itself: fork server, workers)."""
    return sum(cpu for pid, cpu in _cpu_by_process(server).items() if pid != server)


def test_a_second_visitor_is_served_while_a_long_article_is_analysed(browser, tmp_path: Path,
                                                                     artifacts_dir: Path) -> None:
    """Issue 16: the analysis runs in a worker process, so while visitor 1's long article is
    read, visitor 2's page draws and the health check answers. Counted, not timed: everything
    visitor 2 sees happens while visitor 1's page still says it is reading, and the analysis's CPU
    is spent in the pool, not in the server (whose threads share one interpreter lock)."""
    proc, base = start_app(tmp_path / "data")  # its own server: its processes are counted
    context, page, offline, dialogs, errors = _open(browser, base, base)
    context2 = None
    try:
        _wait_map(page)
        page.get_by_role("button", name="Clear all").click()
        page.get_by_text("Paste an article or upload files").wait_for(timeout=30_000)
        for _ in range(120):  # the workers' warm-up (loading the gazetteer) is over: their CPU stands still
            before = _pool_cpu(proc.pid)
            page.wait_for_timeout(1000)
            if before > 0 and _pool_cpu(proc.pid) == before:
                break
        long_article, own_cpu = _long_article()
        # set at once (fill() types a megabyte into the widget too slowly): the browser's own
        # value setter and an input event, as a paste gives React
        page.get_by_label("Paste an article").evaluate(
            "(el, v) => { Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set.call(el, v);"
            " el.dispatchEvent(new Event('input', {bubbles: true})); }",
            long_article,
        )
        server0, pool0 = _cpu_by_process(proc.pid)[proc.pid], _pool_cpu(proc.pid)
        page.get_by_role("button", name="Add pasted article").click()
        reading = page.get_by_text(READING)
        reading.wait_for(timeout=30_000)

        context2, page2, offline2, dialogs2, _ = _open(browser, base, base)
        page2.get_by_role("heading", name="Borderlines").wait_for(timeout=30_000)
        page2.locator('[data-testid="stSidebar"]').get_by_label("Paste an article").wait_for(timeout=30_000)
        healthy = sum(_health(base) for _ in range(3))
        still_reading = reading.is_visible()
        page2.screenshot(path=str(artifacts_dir / "app_second_visitor.png"), full_page=False)
        assert still_reading, "visitor 1's analysis ended before visitor 2's page was drawn: too short to tell"
        assert healthy == 3

        reading.wait_for(state="hidden", timeout=300_000)
        server = _cpu_by_process(proc.pid)[proc.pid] - server0
        pool = _pool_cpu(proc.pid) - pool0
        # the article's analysis cost own_cpu in this process: at least half of that must be the
        # pool's (in-thread, BORDERLINES_WORKERS=0, the pool spends nothing). The server's own share
        # is not compared: drawing the result and visitor 2's page cost it a load-dependent amount.
        assert pool >= 0.5 * own_cpu, (
            f"the server spent {server:.1f} s of CPU while reading, its workers {pool:.1f} s "
            f"(the analysis costs {own_cpu:.1f} s in one process)"
        )
        frame = _wait_map(page, timeout=300_000)  # visitor 1 gets the map of its article
        assert _features(frame, "event")
        assert dialogs == [] and dialogs2 == [] and offline.blocked == [] and offline2.blocked == []
    finally:
        if context2 is not None:
            context2.close()
        context.close()
        stop_app(proc)
