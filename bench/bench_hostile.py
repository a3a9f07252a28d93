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


def run_once(name: str, data: bytes) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process) to read and analyse one file."""
    from geo.errors import InputError
    from geo.events import reading
    from geo.ingest.readers import read_bytes
    from geo.pipeline import analyse

    reading.forget()  # each file is read as new: no sentence remembered from the run before
    t0, c0 = time.perf_counter(), time.process_time()
    try:
        result = analyse(read_bytes(name, data).articles)
    except InputError as err:
        if "JSON" not in str(err):  # a malformed JSON file is refused once read; anything else is news
            print(f"  {name}: {err}")
    else:
        if not all(ar.complete for ar in result.articles):  # a figure of a cut analysis means nothing
            print(f"  {name}: stopped at its time budget ({len(data):,} bytes)")
    return time.perf_counter() - t0, time.process_time() - c0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=int, default=64_000, help="characters of the smaller text (default 64000)")
    ap.add_argument("--shapes", default=",".join(SHAPES), help="comma-separated shape names")
    ap.add_argument("--arrests", type=int, default=2_000_000, help="characters of the long arrest-lines run (0: skip)")
    args = ap.parse_args(argv)
    from geo import config

    run_once(*SHAPES["prose"](4_000))  # load the gazetteer and word lists once, as the app does
    # The app's per-article budget (60 s of wall time) would cut the long runs on a loaded machine.
    with config.raised_defaults(max_text_chars=2 * max(4 * args.size, args.arrests), max_article_seconds=3600):
        base = {n: run_once(*SHAPES["prose"](n)) for n in (args.size, 2 * args.size)}
        # CPU seconds beside wall seconds: on a shared machine the wall time also counts the others' work
        print(f"{'shape':24} {'n wall':>8} {'2n wall':>8} {'ratio':>6} {'n cpu':>7} {'2n cpu':>7} {'ratio':>6} {'cpu vs prose':>13}")
        for shape in args.shapes.split(","):
            (w1, c1), (w2, c2) = run_once(*SHAPES[shape](args.size)), run_once(*SHAPES[shape](2 * args.size))
            print(f"{shape:24} {w1:8.2f} {w2:8.2f} {w2 / max(w1, 1e-9):6.2f} {c1:7.2f} {c2:7.2f} "
                  f"{c2 / max(c1, 1e-9):6.2f} {c1 / base[args.size][1]:12.2f}x", flush=True)
        if args.arrests:
            (w, c), (wp, cp) = run_once(*SHAPES["arrest_lines"](args.arrests)), run_once(*SHAPES["prose"](args.arrests))
            print(f"arrest_lines at {args.arrests:,} chars: {w:.1f} s wall, {c:.1f} s CPU "
                  f"(prose of that size {wp:.1f} s wall, {cp:.1f} s CPU)")
    (bw1, bc1), (bw2, bc2) = base[args.size], base[2 * args.size]
    print(f"(prose baseline: {bw1:.2f} s wall / {bc1:.2f} s CPU for {args.size:,} chars, "
          f"{bw2:.2f} / {bc2:.2f} s for twice that)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
