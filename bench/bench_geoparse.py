"""Geoparsing benchmark over every gold corpus in ../shared/benchmarks/geoparsing.

    .venv/bin/python bench/bench_geoparse.py [--errors N] [--limit N]

Same figures as ``python -m geo bench geoparse --corpus FILE`` (which holds the logic), for
each corpus in turn, with the baseline run in the same process. Skips cleanly when ../shared
is absent (it only exists beside the team's checkouts).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "benchmarks" / "geoparsing"


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(ROOT))
    from geo.cli import bench

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args(argv)
    files = sorted(CORPORA.glob("*.jsonl")) if CORPORA.is_dir() else []
    if not files:
        print(f"no corpora in {CORPORA} (../shared is absent): nothing to measure")
        return 0
    for f in files:
        ns = argparse.Namespace(what="geoparse", corpus=f, errors=args.errors, limit=args.limit, no_baseline=False)
        bench.run(ns)
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
