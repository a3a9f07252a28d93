"""Gazetteer and areas benchmark: load time, lookup and point-in-province latency, memory.

    .venv/bin/python -m bench.bench_gazetteer [--names N] [--points N]

Every latency is printed next to a baseline measured in the same process on the same inputs:
a plain ``dict`` lookup of the same normalized keys (for lookups) and an STRtree bounding-box
query (for point in province), so the ratios say what the API costs over the bare structure.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def rss_mb() -> tuple[float, float]:
    """(current, peak) resident set size in MB, from /proc (Linux)."""
    fields = {}
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(("VmRSS:", "VmHWM:")):
                k, v = line.split(":", 1)
                fields[k] = int(v.split()[0]) / 1024
    except OSError:
        return float("nan"), float("nan")
    return fields.get("VmRSS", float("nan")), fields.get("VmHWM", float("nan"))


def per_call_us(fn, items, repeat: int = 3) -> float:
    """Best-of-``repeat`` mean microseconds per call of ``fn`` over ``items``."""
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        for x in items:
            fn(x)
        best = min(best, time.perf_counter() - t)
    return best / len(items) * 1e6


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(ROOT))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--names", type=int, default=20000, help="names to look up (default 20000)")
    ap.add_argument("--points", type=int, default=5000, help="points to locate (default 5000)")
    args = ap.parse_args(argv)

    rss0, _ = rss_mb()
    t = time.perf_counter()
    import numpy  # noqa: F401 - imports timed apart from the data
    import pyarrow  # noqa: F401

    t_imports = time.perf_counter() - t

    from geo.places import areas as areas_mod
    from geo.places import gazetteer as gaz_mod
    from geo.places.normalize import normalize

    t = time.perf_counter()
    gaz = gaz_mod.load()
    t_gaz = time.perf_counter() - t
    rss_gaz, _ = rss_mb()
    t = time.perf_counter()
    areas = areas_mod.load()
    t_areas = time.perf_counter() - t
    t = time.perf_counter()
    areas.display_frame("admin1")
    areas.display_frame("country")
    t_display = time.perf_counter() - t

    print(f"load: imports (numpy, pyarrow) {t_imports * 1e3:.0f} ms; gazetteer {t_gaz * 1e3:.0f} ms "
          f"({len(gaz):,} places); areas {t_areas * 1e3:.0f} ms; display frames {t_display * 1e3:.0f} ms")

    # Names: a fixed sample of the gazetteer's own names, half in another case/spelling, plus misses.
    rng = random.Random(7)
    rows = rng.sample(range(len(gaz)), min(args.names, len(gaz)))
    names = [gaz._place(r).name for r in rows]
    names = [n.upper() if i % 2 else n for i, n in enumerate(names)]
    names += [f"Nowhere{i}ville" for i in range(len(names) // 10)]
    keys = [normalize(n) for n in names]
    gaz._by_key_cache.clear()
    baseline = {k: (k,) for k in keys}  # a plain dict of the same keys
    us_dict = per_call_us(baseline.get, keys)
    us_norm = per_call_us(normalize, names)
    gaz._by_key_cache.clear()
    us_by_key_cold = per_call_us(gaz.by_key, keys, repeat=1)
    us_by_key = per_call_us(gaz.by_key, keys)
    us_lookup = per_call_us(gaz_mod.lookup, names)
    print(f"lookup over {len(names):,} names ({len(names) - len(rows):,} misses):")
    print(f"  baseline dict.get of the same keys   {us_dict:7.3f} us")
    print(f"  normalize(name)                      {us_norm:7.3f} us  ({us_norm / us_dict:5.1f}x baseline)")
    print(f"  Gazetteer.by_key(key), first call    {us_by_key_cold:7.3f} us  ({us_by_key_cold / us_dict:5.1f}x)  builds Place objects")
    print(f"  Gazetteer.by_key(key), warm          {us_by_key:7.3f} us  ({us_by_key / us_dict:5.1f}x)")
    print(f"  gazetteer.lookup(name), warm         {us_lookup:7.3f} us  ({us_lookup / us_dict:5.1f}x)  normalize + by_key + list")

    # Points: coordinates of sampled places (on land) plus a few at sea.
    import shapely

    pts = [(gaz._place(r).lat, gaz._place(r).lon) for r in rows[: args.points]]
    pts += [(rng.uniform(-60, 60), rng.uniform(-179, 179)) for _ in range(len(pts) // 10)]
    tree = areas._admin_tree
    us_bbox = per_call_us(lambda p: tree.query(shapely.Point(p[1], p[0])), pts)
    us_locate = per_call_us(lambda p: areas.locate(p[0], p[1]), pts)
    same = sum(
        1 for r, (lat, lon) in zip(rows, pts)
        if (a := areas.locate(lat, lon)[1]) is not None and a.id == gaz._place(r).admin1
    )
    print(f"point in province over {len(pts):,} points:")
    print(f"  baseline STRtree bbox query          {us_bbox:7.2f} us")
    print(f"  areas.locate(lat, lon)               {us_locate:7.2f} us  ({us_locate / us_bbox:5.1f}x baseline)")
    print(f"  agreement with the places' admin1    {same / min(len(rows), args.points):.1%}")

    t = time.perf_counter()
    b = areas.border("PAK", "IRN")
    areas.border_geometry(b.id)
    t_border = (time.perf_counter() - t) * 1e6
    rss, peak = rss_mb()
    print(f"border PAK-IRN: {b.length_km:.0f} km (published 909 km, {b.length_km / 909 - 1:+.1%}); first call {t_border:.0f} us")
    print(f"memory: RSS {rss:.0f} MB with everything loaded (peak {peak:.0f} MB; "
          f"{rss0:.0f} MB at start, {rss_gaz:.0f} MB after the gazetteer)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
