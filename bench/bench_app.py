"""App benchmarks (reported, never asserted): ``python -m bench.bench_app``.

1. Cold start: `streamlit run` in a new process, then Chromium opens the page; time from
   ``page.goto`` to the first map holding event features (goal ≤ 4 s), and the same for a second
   page on the now warm server (the baseline the cold figure is compared with).
2. Server time of a filter change (AppTest; goal ≤ 300 ms), against a rerun with nothing changed.
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
m = folium.Map(location=[30, 67], zoom_start=5, tiles=None)
folium.GeoJson({"type": "FeatureCollection", "features": [{"type": "Feature", "properties":
    {"id": "e1", "layer": "event"}, "geometry": {"type": "Point", "coordinates": [67, 30]}}]}).add_to(m)
st_folium(localize(m), key="map", height=600, returned_objects=["last_active_drawing"])
"""


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
          f"ratio to baseline {served / bare:.2f}")


def _apptest():
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=600)
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
        box = at.multiselect(key="f_types")
        if i % 2 == 0:
            times.append(_timed(lambda: box.select(types[0]).run()))
        else:
            times.append(_timed(lambda: box.unselect(types[0]).run()))
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


def main() -> None:
    with tempfile.TemporaryDirectory() as data:
        os.environ.pop("BORDERLINES_STORE_URL", None)  # measure with a throwaway SQLite store
        os.environ["BORDERLINES_DATA_DIR"] = data
        bench_cold_start()
        bench_filter_change()
        bench_upload_100()


if __name__ == "__main__":
    main()
