"""``python -m bench``: run every benchmark module (bench/bench_*.py) in its own process.

Each module prints its own figures and ratios against a baseline measured in the same
process; running them apart keeps one benchmark's caches and memory out of another's figures.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    here = Path(__file__).resolve().parent
    names = argv or sorted(p.stem for p in here.glob("bench_*.py"))
    failed = 0
    for name in names:
        print(f"\n=== {name} ===", flush=True)
        rc = subprocess.call([sys.executable, "-m", f"bench.{name}"], cwd=here.parent)
        failed += rc != 0
    return 1 if failed else 0


raise SystemExit(main(sys.argv[1:]))
