"""``python -m bench.bench_events``: the real-news event yardstick, product against baseline.

Runs ``python -m geo bench events`` on the committed corpus (``bench/events/gold.jsonl``);
the guideline, the matching rules and the figures are in ``bench/events/README.md``.
"""
from __future__ import annotations

from pathlib import Path

from geo.cli.main import main

raise SystemExit(main(["bench", "events", "--corpus", str(Path(__file__).resolve().parent / "events" / "gold.jsonl")]))
