"""``python -m geo map ARTICLE... -o map.html [--geojson F] [--csv F] [--tiles]``.

Reads the articles (geo.ingest.readers), analyses them (geo.pipeline) and writes one standalone HTML
map that opens with no network (tiles only with ``--tiles``), plus GeoJSON and CSV on request.
Problems met while reading are printed on stderr; the map is still made from what was read.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from geo.cli.events import print_notes
from geo.errors import InputError

HELP = "make a standalone offline HTML map (and GeoJSON/CSV) from article files"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("articles", nargs="+", metavar="ARTICLE",
                   help="article files (.txt .md .html .csv .jsonl .json, RSS/Atom)")
    p.add_argument("-o", "--output", required=True, type=Path, help="the HTML map to write, e.g. map.html")
    p.add_argument("--geojson", type=Path, metavar="FILE", help="also write the layers as GeoJSON (RFC 7946)")
    p.add_argument("--csv", type=Path, metavar="FILE", help="also write the events as CSV")
    p.add_argument("--tiles", action="store_true",
                   help="add OpenStreetMap tiles (needs a network when the map is viewed)")


def run(args: argparse.Namespace) -> int:
    from geo.files import check_writable
    from geo.ingest import readers as ingest
    from geo.maps import export

    for out in (args.output, args.geojson, args.csv):
        if out is not None:
            check_writable(out)  # before the analysis, not after it
    report = ingest.read_files(args.articles)
    for problem in report.problems:
        where = f" ({problem.where})" if problem.where else ""
        print(f"{problem.severity}: {problem.source}{where}: {problem.message}", file=sys.stderr)
    if not report.articles:
        raise InputError(f"no article could be read from {[str(a) for a in args.articles]!r}")
    from geo import pipeline

    result = pipeline.analyse(report.articles)
    print_notes(result)
    path = export.write_html(result, args.output, tiles=args.tiles)
    n_events = sum(len(a.events) for a in result.articles)
    print(f"{path}: {n_events} events from {len(result.articles)} articles "
          f"({path.stat().st_size / 1e6:.2f} MB)")
    if args.geojson:
        print(export.write_geojson(result, args.geojson))
    if args.csv:
        print(export.write_csv(result, args.csv))
    return 0
