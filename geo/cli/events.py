"""``python -m geo events FILE... [--out EVENTS.jsonl]``: the events of articles, as a table.

Files are read by :func:`geo.ingest.readers.read_files` (text, HTML, CSV, JSON(L), feeds) and analysed
by :func:`geo.pipeline.analyse`. With ``--out``, one JSON object per event is written
(:func:`geo.serialize.event_to_dict`: ``article_id``, ``type``, ``subtype``, ``actors``, ``date``,
``time_precision``, ``location`` {``name``, ``kind``, ``id``, ``lat``, ``lon``, ``role``},
``precision``, ``sentence`` {``start``, ``end``} into the original text, ``trigger``, ``rule``,
``fatalities``, ``modality``, ``cameo``, ``places``, ``mentions`` and ``sentences`` (every mention
of the incident)), plus ``source`` (the file name) and ``article_hash`` (the content hash;
``article_id`` is the caller's id when the input gave one).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from geo.errors import InputError
from geo.files import atomic_write, check_writable
from geo.text.dates import date_label

HELP = "read the events (type, actors, date, place, border) of articles in files"

_COLUMNS = (("date", 10), ("type / sub-type", 44), ("actors", 34), ("where (kind, precision)", 46), ("rule", 40))


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("files", nargs="+", type=Path, help="article files (.txt, .html, .csv, .jsonl, .json, feeds)")
    p.add_argument("--out", type=Path, help="write one JSON object per event to this JSONL file ('-' for stdout)")
    p.add_argument("--quiet", action="store_true", help="do not print the table")


def _cut(value: str, width: int) -> str:
    value = " ".join(value.split())
    return value if len(value) <= width else value[: width - 1] + "…"


def table(rows: list[tuple[str, ...]]) -> str:
    """Fixed-width text table of event rows (one line each)."""
    head = "  ".join(name.ljust(w) for name, w in _COLUMNS)
    lines = [head.rstrip(), "  ".join("-" * w for _n, w in _COLUMNS)]
    for row in rows:
        lines.append("  ".join(_cut(v, w).ljust(w) for v, (_n, w) in zip(row, _COLUMNS)).rstrip())
    return "\n".join(lines)


def print_notes(result) -> None:  # noqa: ANN001 - a geo.models.Result
    """What the reader should know about how each article was read (on stderr, like problems)."""
    for ar in result.articles:
        for n in ar.notes:
            print(f"note: {ar.article.source}: {n}", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    from geo.ingest.readers import read_files
    from geo.pipeline import analyse
    from geo.serialize import dumps, event_to_dict

    for f in args.files:
        if not f.is_file():
            raise InputError(f"no such file: {str(f)!r}")
    report = read_files(args.files)
    for p in report.problems:
        where = f" ({p.where})" if p.where else ""
        print(f"{p.severity}: {p.source}{where}: {p.message}", file=sys.stderr)
    if not report.articles:
        raise InputError(f"no article could be read from {[str(f) for f in args.files]!r}")
    if args.out is not None and str(args.out) != "-":
        args.out.parent.mkdir(parents=True, exist_ok=True)
        check_writable(args.out)  # before the analysis, not after it
    result = analyse(report.articles)
    print_notes(result)
    rows = []
    records = []
    for ar in result.articles:
        for e in ar.events:
            where = f"{e.location.name} ({e.location.kind}, {e.precision})" if e.location else "—"
            # the modality first, so that a long sub-type cut to its column never hides it
            modality = "" if e.modality == "asserted" else f"[{e.modality}] "
            rows.append(
                (
                    date_label(e.date, e.time_precision) or "?",  # a year stays a year, never a day
                    f"{modality}{e.type} / {e.subtype}",
                    "; ".join(e.actors) or "—",
                    where,
                    e.rule,
                )
            )
            record = event_to_dict(e)
            record["source"] = ar.article.source
            record["article_hash"] = ar.article.content_hash or None  # article_id is the caller's id when given
            records.append(record)
    if not args.quiet:
        print(table(rows))
        n_art = len(result.articles)
        print(f"\n{len(rows)} event(s) in {n_art} article(s)")
    if args.out is not None:
        lines = "".join(dumps(r) + "\n" for r in records)
        if str(args.out) == "-":
            sys.stdout.write(lines)
        else:
            args.out.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(args.out, lines.encode("utf-8"))
            if not args.quiet:
                print(f"wrote {len(records)} event(s) to {args.out}")
    return 0
