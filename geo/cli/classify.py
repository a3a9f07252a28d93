"""``python -m geo classify --in SNIPPETS.tsv --out PRED.tsv``: CASE 2021 Task 2 labels.

Reads ``id<TAB>EventSnippet[<TAB>SubType]`` (header optional), writes ``id<TAB>LABEL`` with the
task's codes (``NONE`` when the snippet holds no political event); how a label is chosen is
documented in :mod:`geo.events.case2021`.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from geo.files import atomic_write

HELP = "label news snippets with CASE 2021 Task 2 event codes (TSV in, TSV out)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--in", dest="inp", required=True, type=Path, help="TSV: id<TAB>EventSnippet[<TAB>SubType]")
    p.add_argument("--out", required=True, type=Path, help="TSV to write: id<TAB>LABEL ('-' for stdout)")


def run(args: argparse.Namespace) -> int:
    from geo.events.case2021 import label_all, read_snippets

    snippets = read_snippets(args.inp)
    labels = label_all(snippets)
    body = "".join(f"{s.id}\t{labels[s.id]}\n" for s in snippets)
    if str(args.out) == "-":
        sys.stdout.write(body)
    else:
        atomic_write(args.out, body.encode("utf-8"))
        print(f"{len(snippets)} snippets labelled -> {args.out}", file=sys.stderr)
    return 0
