"""Hostile inputs: wall time for n and 2n characters of each shape, against ordinary prose.

    .venv/bin/python -m bench.bench_hostile [--size 64000] [--shapes a,b] [--arrests 2000000]

Each shape of :mod:`bench.shapes` (texts that once took time growing with the square of their
length, issue #16) goes through the real entry point (``geo.ingest.read_bytes`` then
``geo.pipeline.analyse``, as ``python -m geo events`` and the app do) at ``--size`` and twice
that; the baseline is ordinary prose of the same size in the same process. Targets: every
shape at 64 KB in at most 5 s, twice the text in about twice the time; 2 MB of arrest lines
(``--arrests``) in at most 20 s. A malformed file that is refused counts as read.
"""
from __future__ import annotations

import argparse
import time

from bench.shapes import SHAPES


def run_once(name: str, data: bytes) -> float:
    from geo.errors import InputError
    from geo.ingest.readers import read_bytes
    from geo.pipeline import analyse

    t0 = time.perf_counter()
    try:
        analyse(read_bytes(name, data).articles)
    except InputError:
        pass
    return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=int, default=64_000, help="characters of the smaller text (default 64000)")
    ap.add_argument("--shapes", default=",".join(SHAPES), help="comma-separated shape names")
    ap.add_argument("--arrests", type=int, default=2_000_000, help="characters of the long arrest-lines run (0: skip)")
    args = ap.parse_args(argv)
    from geo import config

    run_once(*SHAPES["prose"](4_000))  # load the gazetteer and word lists once, as the app does
    with config.raised_defaults(max_text_chars=max(4 * args.size, args.arrests + 1)):
        base = {n: run_once(*SHAPES["prose"](n)) for n in (args.size, 2 * args.size)}
        print(f"{'shape':24} {'n s':>8} {'2n s':>8} {'2n/n':>6} {'vs prose':>9}")
        for shape in args.shapes.split(","):
            t1 = run_once(*SHAPES[shape](args.size))
            t2 = run_once(*SHAPES[shape](2 * args.size))
            print(f"{shape:24} {t1:8.2f} {t2:8.2f} {t2 / max(t1, 1e-9):6.2f} {t1 / base[args.size]:8.2f}x", flush=True)
        if args.arrests:
            t = run_once(*SHAPES["arrest_lines"](args.arrests))
            tp = run_once(*SHAPES["prose"](args.arrests))
            print(f"arrest_lines at {args.arrests:,} chars: {t:.1f} s (prose of that size {tp:.1f} s)")
    print(f"(prose baseline: {base[args.size]:.2f} s for {args.size:,} chars, {base[2 * args.size]:.2f} s for twice that)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
