"""Pipeline throughput: ingest + clean + geoparse + events, against geoparsing alone.

    .venv/bin/python bench/bench_pipeline.py [--repeat N] [--rounds N]

Corpus: the test articles (tests/articles/*.txt), the example (examples/border_talks.txt) and
the seed article when ../shared is present, repeated ``--repeat`` times; then, when ../shared
is present, the news texts of the LGL geoparsing corpus (longer, varied local news; read for
measuring only). Every stage is timed
in this process after one warm-up pass (the gazetteer and areas load once, as in the app); the
best of ``--rounds`` rounds is reported, with ratios against the geoparse-only baseline.
"""
from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seed"
LGL = ROOT.parent / "shared" / "benchmarks" / "geoparsing" / "lgl.jsonl"


def corpus() -> list[tuple[str, str]]:
    """(name, text) of every article of the benchmark corpus, once."""
    files = sorted((ROOT / "tests" / "articles").glob("*.txt")) + [ROOT / "examples" / "border_talks.txt"]
    if SEED.is_dir():
        files += sorted(SEED.glob("*.txt"))
    return [(f.name, f.read_text(encoding="utf-8")) for f in files]


def best_of(rounds: int, fn: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def measure(label: str, texts: list[str], rounds: int) -> None:
    """Print articles/s of geoparse alone, events alone and the whole pipeline on ``texts``."""
    from geo.events import extract as events
    from geo.geoparse import recognise as geoparse
    from geo.ingest.readers import from_text
    from geo.pipeline import analyse

    n = len(texts)
    chars = sum(len(t) for t in texts)
    print(f"{label}: {n} articles, {chars:,} characters")
    articles = [from_text(t) for t in texts]
    mentions = [geoparse.parse(a.text, skip=a.skipped) for a in articles]

    t_ingest = best_of(rounds, lambda: [from_text(t) for t in texts])
    t_geoparse = best_of(rounds, lambda: [geoparse.parse(a.text, skip=a.skipped) for a in articles])
    t_events = best_of(rounds, lambda: [events.extract(a, m) for a, m in zip(articles, mentions)])
    t_pipeline = best_of(rounds, lambda: analyse([from_text(t) for t in texts]))
    n_events = sum(len(ar.events) for ar in analyse(articles).articles)

    def row(name: str, seconds: float) -> None:
        print(f"  {name:<44} {n / seconds:9.1f} articles/s   {seconds * 1000 / n:7.2f} ms/article")

    print(f"best of {rounds} rounds:")
    row("ingest (from_text + boilerplate)", t_ingest)
    row("geoparse alone (baseline)", t_geoparse)
    row("events alone (sentences, rules, borders)", t_events)
    row("pipeline: ingest + clean + geoparse + events", t_pipeline)
    print(f"  events per article: {n_events / n:.1f}")
    print(f"  ratio pipeline / geoparse time: {t_pipeline / t_geoparse:.2f}x")
    stages = t_ingest + t_geoparse + t_events
    print(f"  events share of the stage times (ingest + geoparse + events): {t_events / stages:.0%}")


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(ROOT))
    from geo.ingest.readers import from_text
    from geo.pipeline import analyse
    from geo.serialize import loads

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=6, help="times the corpus is repeated (default 6)")
    ap.add_argument("--rounds", type=int, default=3, help="timed rounds, the best is kept (default 3)")
    ap.add_argument("--lgl", type=int, default=300, help="LGL articles measured when ../shared is present (default 300)")
    args = ap.parse_args(argv)

    docs = [t for _n, t in corpus()]
    analyse([from_text(docs[0])])  # warm-up: gazetteer, areas, regexes
    measure(f"our articles x {args.repeat}", docs * max(1, args.repeat), args.rounds)
    if LGL.is_file():
        texts = [loads(line, name=str(LGL))["text"] for line in LGL.read_text(encoding="utf-8").split("\n") if line.strip()]
        print()
        measure("LGL local news (../shared, measuring only)", texts[: args.lgl], args.rounds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
