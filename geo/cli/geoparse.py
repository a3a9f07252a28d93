"""``python -m geo geoparse --in FILE.jsonl --out PRED.jsonl``: place mentions of JSONL articles.

Reads lines ``{"id", "text", ...}``; writes lines ``{"id", "toponyms": [{"start", "end",
"name", "lat", "lon", "geonameid", "kind", "country", "admin1", "score"}]}`` with
``text[start:end] == name``. Places inside organisation names are left out and demonyms
("Pakistani officials") are no toponyms (see :mod:`geo.geoparse.recognise`): they are written apart, in
the same shape, under ``"demonyms"`` — or inside ``"toponyms"`` with ``--with-demonyms``, for
tools whose gold annotates them. ``--boilerplate`` also skips the lines
:func:`geo.ingest.boilerplate.boilerplate_spans` finds.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from geo.config import limits
from geo.errors import InputError
from geo.models import Mention

HELP = "find and resolve the place mentions of articles in a JSONL file"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--in", dest="inp", required=True, type=Path, help="JSONL file of {id, text}; '-' for stdin")
    p.add_argument("--out", required=True, type=Path, help="JSONL file to write; '-' for stdout")
    p.add_argument("--boilerplate", action="store_true", help="skip boilerplate lines (geo.ingest.boilerplate)")
    p.add_argument(
        "--with-demonyms", action="store_true", help="list demonyms among the toponyms (default: apart, under 'demonyms')"
    )


def read_articles(path: Path) -> Iterator[tuple[str, str]]:
    """(id, text) of each non-blank line of a JSONL file; errors name the line."""
    from geo.serialize import loads

    lim = limits()
    if str(path) == "-":
        lines = sys.stdin
    else:
        if not path.is_file():
            raise InputError(f"no such file: {str(path)!r}")
        lim.check_file_bytes(path.stat().st_size, str(path))
        lines = path.open(encoding="utf-8")
    try:
        for no, line in enumerate(lines, 1):
            if not line.strip():
                continue
            obj = loads(line, name=f"{path}:{no}")
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                raise InputError(f"{path}:{no}: expected an object with a string 'text', got {line[:80]!r}")
            doc_id = obj.get("id", str(no))
            lim.check_text_chars(len(obj["text"]), f"{path}:{no}")
            yield str(doc_id), obj["text"]
    finally:
        if lines is not sys.stdin:
            lines.close()


def toponym_dict(m: Mention) -> dict[str, Any]:
    """The stable JSON shape of one predicted toponym."""
    p = m.place
    return {
        "start": m.start,
        "end": m.end,
        "name": m.text,
        "lat": p.lat if p else None,
        "lon": p.lon if p else None,
        "geonameid": p.geonameid if p else None,
        "kind": p.kind if p else None,
        "country": p.country if p else None,
        "admin1": p.admin1 if p else None,
        "score": m.score,
    }


def run(args: argparse.Namespace) -> int:
    from geo.geoparse.recognise import demonyms, parse, toponyms

    clean = None
    if args.boilerplate:
        from geo.ingest.boilerplate import boilerplate_spans as clean
    out = sys.stdout if str(args.out) == "-" else args.out.open("w", encoding="utf-8")
    n = 0
    try:
        for doc_id, text in read_articles(args.inp):
            skip = clean(text) if clean else ()
            mentions = parse(text, skip=skip)
            tops, dems = toponyms(mentions), demonyms(mentions)
            if args.with_demonyms:
                tops, dems = tuple(sorted(tops + dems, key=lambda m: (m.start, m.end))), ()
            row = {"id": doc_id, "toponyms": [toponym_dict(m) for m in tops], "demonyms": [toponym_dict(m) for m in dems]}
            out.write(json.dumps(row, ensure_ascii=False))
            out.write("\n")
            n += 1
    finally:
        if out is not sys.stdout:
            out.close()
    print(f"{n} articles", file=sys.stderr)
    return 0
