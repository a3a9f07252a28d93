"""App benchmarks (reported, never asserted): ``python -m bench.bench_app``.

1. Cold start: `streamlit run` in a new process, then Chromium opens the page; time from
   ``page.goto`` to the first map holding event features (goal ≤ 4 s), and the same for a second
   page on the now warm server. The baseline, measured in the same run, is a bare Streamlit page
   with a one-point st_folium map (target: the app's first map ≤ ×1.5 of it).
   In the browser, on the app served as `make run` serves it, against the bare page:
   pan (a ``setView`` to its ``moveend``, and the messages the page sends the server: none, so
   no rerun) and a filter change (a sidebar checkbox click to the map showing the change, and
   whether the map's document survived: no iframe reload). The bare page's filter is a checkbox
   that swaps its one point in and out through ``feature_group_to_add``, as the app does.
2. Server time of a filter change (AppTest; goal ≤ 300 ms; it reruns only the map's and the tables'
   fragments, ui/filtered.py), against a whole rerun with nothing changed.
3. Processing 100 uploaded articles (AppTest, through the upload widget: read, analyse, draw).
   Texts: the first 100 articles of ../shared's LGL corpus when present (measuring only),
   else generated sentences.
"""
from __future__ import annotations

import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CHROMIUM = "/usr/bin/chromium"
MAP_FRAME = 'iframe[title="streamlit_folium.st_folium"]'


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


BARE_APP = """
import folium, streamlit as st
from streamlit_folium import st_folium
from geo.appstate.assets import localize
st.title("bare")
show = st.sidebar.checkbox("Events", value=True, key="show")
m = folium.Map(location=[30, 67], zoom_start=5, tiles=None)
fg = folium.FeatureGroup(name="events")
if show:
    folium.GeoJson({"type": "FeatureCollection", "features": [{"type": "Feature", "properties":
        {"id": "e1", "layer": "event"}, "geometry": {"type": "Point", "coordinates": [67, 30]}}]}).add_to(fg)
st_folium(localize(m), key="map", height=600, returned_objects=["last_active_drawing"],
          feature_group_to_add=[fg])
"""
_EVENTS_ON_MAP = ("() => Object.values(window.map._layers).filter(l => l.feature && l.feature.properties"
                  " && l.feature.properties.layer === 'event').length")


def _start(data_dir: str, script: Path | None = None, warm: bool = False) -> tuple[subprocess.Popen, str, float]:
    """Start ``script`` with `streamlit run`, or the app as `make run` does (``warm``: serve.py)."""
    port = _free_port()
    t0 = time.perf_counter()
    script = script or ROOT / "app.py"
    launcher = [str(ROOT / "scripts" / "serve.py")] if warm else ["-m", "streamlit", "run", str(script)]
    proc = subprocess.Popen(
        [sys.executable, *launcher, "--server.headless", "true",
         "--server.port", str(port), "--server.address", "127.0.0.1", "--server.enableStaticServing", "true"],
        cwd=ROOT, env={**{k: v for k, v in os.environ.items() if k != "BORDERLINES_STORE_URL"},
                       "BORDERLINES_DATA_DIR": data_dir, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    while time.perf_counter() - t0 < 60:
        try:
            with urllib.request.urlopen(base + "/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    return proc, base, time.perf_counter() - t0
        except OSError:
            time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    raise SystemExit("streamlit did not start")


def _first_map(browser, url: str) -> float:
    context = browser.new_context(viewport={"width": 1440, "height": 1000})
    context.route("**/*", lambda r: r.continue_() if "127.0.0.1" in r.request.url else r.abort())
    page = context.new_page()
    t0 = time.perf_counter()
    page.goto(url)
    page.wait_for_selector(MAP_FRAME, timeout=60_000)
    frame = page.locator(MAP_FRAME).element_handle().content_frame()
    frame.wait_for_function(
        "() => window.map && Object.values(window.map._layers).some("
        "l => l.feature && l.feature.properties && l.feature.properties.layer === 'event')",
        timeout=60_000,
    )
    took = time.perf_counter() - t0
    context.close()
    return took


def _interactions(browser, url: str, rounds: int = 4) -> dict[str, float]:
    """Pan and filter change in the browser (see the module docstring): medians in seconds,
    messages sent to the server while panning, and whether the map document survived."""
    context = browser.new_context(viewport={"width": 1440, "height": 1000})
    context.route("**/*", lambda r: r.continue_() if "127.0.0.1" in r.request.url else r.abort())
    page = context.new_page()
    sent: list[float] = []
    page.on("websocket", lambda ws: ws.on("framesent", lambda _payload: sent.append(time.perf_counter())))
    page.goto(url)
    page.wait_for_selector(MAP_FRAME, timeout=60_000)
    frame = page.locator(MAP_FRAME).element_handle().content_frame()
    frame.wait_for_function(_EVENTS_ON_MAP + " > 0", timeout=60_000)
    page.wait_for_timeout(1500)
    frame.evaluate("() => { window.__bench_same_document = true; return 1; }")
    pans, filters = [], []
    before = len(sent)
    for i in range(rounds):
        t0 = time.perf_counter()
        frame.evaluate("""(i) => new Promise(done => {
            window.map.once('moveend', () => done(1));
            const c = window.map.getCenter();
            window.map.setView([c.lat + (i % 2 ? -0.5 : 0.5), c.lng + 0.5], window.map.getZoom() + (i % 2 ? -0.5 : 0.5), {animate: false});
        })""", i)
        pans.append(time.perf_counter() - t0)
    page.wait_for_timeout(1500)  # streamlit-folium reports after a 250 ms debounce, if at all
    pan_messages = len(sent) - before
    box = page.get_by_role("checkbox", name="Events", exact=True)
    for i in range(rounds):
        want = "=== 0" if i % 2 == 0 else "> 0"
        t0 = time.perf_counter()
        box.click(force=True)
        frame.wait_for_function(_EVENTS_ON_MAP + " " + want, timeout=60_000)
        filters.append(time.perf_counter() - t0)
        page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=60_000)
        page.wait_for_timeout(300)
    live = page.locator(MAP_FRAME).element_handle().content_frame()
    same = bool(live.evaluate("() => window.__bench_same_document === true"))
    context.close()
    return {"pan": statistics.median(pans), "pan_messages": pan_messages,
            "filter": statistics.median(filters), "same_document": same}


def bench_cold_start() -> None:
    if not Path(CHROMIUM).exists():
        print("cold start: skipped (no /usr/bin/chromium)")
        return
    from playwright.sync_api import sync_playwright

    from geo.appstate.assets import publish

    with tempfile.TemporaryDirectory() as data, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True,
                                     args=["--headless", "--no-sandbox", "--disable-gpu"])
        # baseline: a bare Streamlit page with a one-point st_folium map (same offline assets)
        bare_dir = Path(data) / "bare"
        publish(bare_dir / "static")
        (bare_dir / "bare_app.py").write_text(BARE_APP, encoding="utf-8")
        proc, base, _ = _start(data, bare_dir / "bare_app.py")
        try:
            bare = statistics.median(_first_map(browser, base) for _ in range(3))
            bare_moves = _interactions(browser, base)
        finally:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=10)
        proc, base, boot = _start(data)
        try:
            cold = _first_map(browser, base)
            warm = statistics.median(_first_map(browser, base) for _ in range(3))
        finally:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=10)
        # `make run` (scripts/serve.py): data and the example load before the server answers.
        proc, base, served_boot = _start(data, warm=True)
        try:
            served = _first_map(browser, base)
            served_warm = statistics.median(_first_map(browser, base) for _ in range(3))
            moves = _interactions(browser, base)
        finally:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=10)
        browser.close()
    print(f"server start to /_stcore/health: {boot:.2f} s")
    print(f"baseline, bare Streamlit page with a one-point st_folium map (median of 3): {bare:.2f} s")
    print(f"page open to first map, cold server: {cold:.2f} s (goal ≤ 4 s); ratio to baseline {cold / bare:.2f}")
    print(f"page open to first map, warm server (median of 3): {warm:.2f} s; ratio to baseline {warm / bare:.2f}")
    print(f"`make run` (scripts/serve.py, data loaded before it answers): start to health {served_boot:.2f} s; "
          f"page open to first map on that fresh server {served:.2f} s (goal ≤ 4 s); "
          f"ratio to baseline {served / bare:.2f} (target ≤ 1.5); next pages (median of 3) "
          f"{served_warm:.2f} s, ratio {served_warm / bare:.2f}")
    print(f"pan/zoom (setView to moveend, median of 4): app {moves['pan'] * 1000:.0f} ms, bare "
          f"{bare_moves['pan'] * 1000:.0f} ms, ratio {moves['pan'] / bare_moves['pan']:.2f}; messages to the "
          f"server while panning: app {moves['pan_messages']}, bare {bare_moves['pan_messages']} (0 = no rerun)")
    print(f"filter change in the browser (checkbox click to map updated, median of 4): app "
          f"{moves['filter'] * 1000:.0f} ms, bare {bare_moves['filter'] * 1000:.0f} ms, ratio "
          f"{moves['filter'] / bare_moves['filter']:.2f} (goal ≤ 300 ms); map document kept (no iframe "
          f"reload): app {moves['same_document']}, bare {bare_moves['same_document']}")


def _apptest():
    """The app after its first page and the run that follows it (the first page sends the map
    without the tables, ui/first_paint.py; in the browser their fragment reruns just after)."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=600)
    at.run()
    at.run()
    if at.exception:
        raise SystemExit(f"app failed: {[e.value for e in at.exception]}")
    return at


def _timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def bench_filter_change() -> None:
    at = _apptest()
    events = next(d.value for d in at.dataframe if d.key == "events_table")
    types = sorted(set(events["type"]))
    baseline = statistics.median(_timed(at.run) for _ in range(5))
    times = []
    for i in range(6):
        # a filter change reruns only the map's and the tables' fragments, and AppTest then holds
        # only their elements: an untimed whole run brings the sidebar's widgets back
        at.run()
        box = at.multiselect(key="w_types")
        if i % 2 == 0:
            times.append(_timed(lambda box=box: box.select(types[0]).run()))
        else:
            times.append(_timed(lambda box=box: box.unselect(types[0]).run()))
    change = statistics.median(times)
    print(f"rerun with nothing changed (baseline, median of 5): {baseline * 1000:.0f} ms")
    print(f"filter change, server time (median of 6): {change * 1000:.0f} ms (goal ≤ 300 ms); "
          f"ratio to baseline {change / baseline:.2f}")


def _corpus(n: int) -> list[tuple[str, bytes, str]]:
    path = SHARED / "benchmarks" / "geoparsing" / "lgl.jsonl"
    files = []
    if path.is_file():
        with path.open(encoding="utf-8") as f:
            for i, line in zip(range(n), f):
                files.append((f"lgl-{i:03d}.txt", json.loads(line)["text"].encode("utf-8"), "text/plain"))
        source = "LGL corpus (../shared)"
    else:
        towns = ["Quetta", "Lahore", "Karachi", "Kabul", "Herat", "Tehran", "Mashhad", "Zahedan"]
        for i in range(n):
            a, b = towns[i % len(towns)], towns[(i * 3 + 1) % len(towns)]
            text = (f"Report {i} from {a}\n\nTraders protested in {a} on {1 + i % 28} May 2024. "
                    f"Officials in {b} said talks would continue. Police arrested {i % 5 + 1} men near {a}.\n")
            files.append((f"gen-{i:03d}.txt", text.encode("utf-8"), "text/plain"))
        source = "generated text"
    print(f"upload corpus: {len(files)} files from {source}")
    return files


def bench_upload_100() -> None:
    at = _apptest()
    baseline = _timed(at.run)
    files = _corpus(100)
    at.file_uploader(key="uploads").set_value(files).run()
    button = next(b for b in at.button if b.label.startswith("Add ") and b.label.endswith("files"))
    took = _timed(lambda: button.click().run())
    if at.exception:
        raise SystemExit(f"app failed: {[e.value for e in at.exception]}")
    added = next((s.value for s in at.success if s.value.startswith("Added")), "nothing added")
    shown = next((m.value for m in at.metric if m.label == "Events shown"), "?")
    print(f"100 uploaded articles read, analysed and drawn: {took:.2f} s ({took * 10:.0f} ms per article); "
          f"{added}; events shown {shown}; ratio to a one-article rerun {took / baseline:.1f}")


#: What the command line may run, in the order it runs them.
BENCHES = {"cold-start": lambda: bench_cold_start(), "filter-change": lambda: bench_filter_change(),
           "upload-100": lambda: bench_upload_100()}


def main(argv: list[str] | None = None) -> None:
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m bench.bench_app",
        description="App benchmarks, reported and never asserted: 1. cold start and first map in "
                    "Chromium against a bare Streamlit page with a one-point st_folium map, pan and "
                    "filter change in the browser; 2. server time of a filter change (AppTest); "
                    "3. 100 uploaded articles (AppTest). Runs with a throwaway data directory and "
                    "SQLite store.")
    parser.add_argument("benches", nargs="*", metavar="BENCH",
                        help=f"which to run, of {', '.join(BENCHES)} (default: all)")
    chosen = parser.parse_args(argv).benches or list(BENCHES)
    unknown = [name for name in chosen if name not in BENCHES]
    if unknown:  # checked here: argparse's choices refuse an empty list given to nargs="*"
        parser.error(f"unknown bench {', '.join(unknown)}; choose from {', '.join(BENCHES)}")
    with tempfile.TemporaryDirectory() as data:
        os.environ.pop("BORDERLINES_STORE_URL", None)  # measure with a throwaway SQLite store
        os.environ["BORDERLINES_DATA_DIR"] = data
        for name in BENCHES:
            if name in chosen:
                BENCHES[name]()


if __name__ == "__main__":
    main()
