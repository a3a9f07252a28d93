"""Map export benchmark: size and build time of standalone HTML maps.

    .venv/bin/python -m bench.bench_maps [--articles 200] [--repeat 3]

Figures: the seed article's exported map (through geo.pipeline when it exists, else the
hand-built story of tests/maps_fixtures.py) and a synthetic N-article map (the story varied N
times: dates, places jittered). Baseline, measured in the same process: a bare folium.Map
rendered to HTML (CDN links, no data), and the inlined assets alone.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seed"


def _timed(fn, repeat: int):
    times, out = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), out


def _seed_result():
    files = sorted(SEED.glob("*.txt")) if SEED.is_dir() else []
    try:
        from geo import pipeline
        from geo.ingest import readers as ingest
    except ImportError:
        return None, "geo.pipeline not available"
    if not files:
        return None, "no seed article (../shared is absent)"
    report = ingest.read_files([files[0]])
    return pipeline.analyse(report.articles), files[0].name


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "tests"))
    import folium
    from maps_fixtures import build_result, many_articles

    from geo.maps import assets, export
    from geo.maps.layers import _areas

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)

    print(f"geometry source: {'geo.places.areas' if _areas() is not None else 'none (approximate circles)'}")
    base_t, base_html = _timed(lambda: folium.Map(location=[30, 60], zoom_start=5).get_root().render(), args.repeat)
    asset_bytes = len(assets.leaflet_js()) + len(assets.leaflet_css())
    print(f"baseline bare folium.Map render: {base_t * 1000:8.1f} ms, {len(base_html) / 1e3:8.1f} kB (CDN links, no data)")
    print(f"inlined Leaflet js+css alone:                {asset_bytes / 1e3:8.1f} kB")

    seed, label = _seed_result()
    if seed is None:
        print(f"seed map: {label}; using the hand-built story instead")
        seed, label = build_result(), "hand-built story"
    export.html_string(seed)  # warm caches (geometry, assets) once, as the app would
    t, html = _timed(lambda: export.html_string(seed), args.repeat)
    n_ev = sum(len(a.events) for a in seed.articles)
    size = len(html.encode("utf-8"))
    print(f"seed map ({label}, {n_ev} events): {t * 1000:8.1f} ms, {size / 1e6:6.3f} MB "
          f"(goal <= 1.5 MB: {'ok' if size <= 1.5e6 else 'OVER'}); x{t / base_t:.1f} baseline time")

    big = many_articles(args.articles)
    n_ev = sum(len(a.events) for a in big.articles)
    t2, html2 = _timed(lambda: export.html_string(big), args.repeat)
    size2 = len(html2.encode("utf-8"))
    print(f"{args.articles}-article map ({n_ev} events): {t2 * 1000:8.1f} ms, {size2 / 1e6:6.3f} MB; "
          f"x{t2 / base_t:.1f} baseline time, x{size2 / max(1, size):.1f} seed size, "
          f"{(size2 - asset_bytes) / n_ev / 1e3:.2f} kB per event beyond assets")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
