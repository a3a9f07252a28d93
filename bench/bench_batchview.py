"""Opening a batch's GeoParquet: load and check, filter, and the app's first page.

    .venv/bin/python -m bench.bench_batchview [--size 10000] [--no-app]

Figures, on corpora of bench.bench_batch (gold corpora cycled with our own synthetic articles):

* the baseline, in the same process: the live path for 1,000 articles (geo.maps.layers.build of the
  pipeline's Result, the pipeline itself not counted) against geo.batch.view.layers_from_parquet
  of the same articles' batch output, and the ratio;
* for ``--size`` articles: file sizes, load-and-check time, a filter (geo.maps.layers.from_frames);
* unless ``--no-app``: the app (AppTest, server side) opening the uploaded files, and a filter change.

The batch runs themselves (local engine) are timed apart; see bench.bench_batch for their rates.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _best(fn, repeat: int = 3) -> tuple[float, object]:
    best, out = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t0)
    return best, out


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(ROOT))
    from bench.bench_batch import _uptime, build_corpus, shared_items
    from geo import pipeline
    from geo.batch import run as batch
    from geo.batch import view as batchview
    from geo.config import raised_defaults
    from geo.maps import layers

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=10_000, help="articles in the large batch")
    ap.add_argument("--no-app", action="store_true", help="skip the AppTest measurement")
    args = ap.parse_args(argv)
    print(f"machine: {_uptime()} (before)")
    shared = shared_items()
    with tempfile.TemporaryDirectory(prefix="bench-batchview-") as tmp:
        tmp = Path(tmp)
        small = build_corpus(1000, shared)
        t0 = time.perf_counter()
        batch.run(small, tmp / "small" / "events.parquet", engine="local", progress=False)
        result = pipeline.analyse(small)
        print(f"1,000 articles: batch + pipeline in {time.perf_counter() - t0:.1f} s (not compared)")
        t_live, live = _best(lambda: layers.build(result))
        t_load, loaded = _best(lambda: batchview.layers_from_parquet(tmp / "small" / "events.parquet"))
        same = sorted(live.events["id"]) == sorted(loaded.events["id"])
        print(f"  baseline layers.build(Result): {t_live:.2f} s; layers_from_parquet: {t_load:.2f} s "
              f"(x{t_load / t_live:.2f} of the baseline); same events: {same}; {len(loaded.events):,} events")

        large = build_corpus(args.size, shared)
        out = tmp / "large" / "events.parquet"
        t0 = time.perf_counter()
        batch.run(large, out, engine="local", progress=False)
        paths = batch.output_paths(out)
        mb = [os.path.getsize(p) / 1e6 for p in (paths.events, paths.places)]
        print(f"\n{args.size:,} articles: batch in {time.perf_counter() - t0:.1f} s; files {mb[0]:.2f} + {mb[1]:.2f} MB")
        with raised_defaults(max_file_bytes=10**10):
            t, big = _best(lambda: batchview.layers_from_parquet(out), repeat=2)
        print(f"  layers_from_parquet: {t:.2f} s ({len(big.events):,} events, {len(big.places):,} places, "
              f"{len(big.provinces):,} provinces, {len(big.countries):,} countries, {len(big.borders):,} borders)")
        t, sub = _best(lambda: layers.from_frames(big.events, big.places, layers.Filters(max_precision=1)), repeat=2)
        print(f"  from_frames, precision 1: {t:.2f} s ({len(sub.events):,} events kept)")

        if not args.no_app:
            from streamlit.testing.v1 import AppTest

            at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=600)
            at.run()
            at.file_uploader(key="uploads").set_value([
                ("events.parquet", paths.events.read_bytes(), "application/octet-stream"),
                ("events.places.parquet", paths.places.read_bytes(), "application/octet-stream")]).run()
            t0 = time.perf_counter()
            next(b for b in at.button if b.key == "open_batch").click().run()
            t_open = time.perf_counter() - t0
            notes = [c.value for c in at.caption if "leaves out" in c.value]
            maps = at.get("component_instance")
            size = len(maps[0].proto.json_args) / 1e6 if maps else 0.0
            print(f"  app, open the upload (server side): {t_open:.1f} s; map script {size:.1f} MB"
                  f"{'; places left off the map' if notes else ''}; errors {[e.value for e in at.error]}")
            t0 = time.perf_counter()
            at.select_slider(key="w_precision").set_value(1).run()
            shown = next(m.value for m in at.metric if m.label == "Events shown")
            print(f"  app, filter change (precision 1): {time.perf_counter() - t0:.1f} s; events shown {shown}")
    print(f"\nmachine: {_uptime()} (after)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
