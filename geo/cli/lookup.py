"""``python -m geo lookup NAME``: ranked gazetteer candidates for a name."""
from __future__ import annotations

import argparse

HELP = "look a place name up in the embedded gazetteer (ranked candidates)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("name", nargs="+", help="place name (several words are joined)")
    parser.add_argument("-n", "--limit", type=int, default=10, help="at most this many candidates (default 10)")


def run(args: argparse.Namespace) -> int:
    from geo.places import gazetteer

    name = " ".join(args.name)
    gaz = gazetteer.load()
    hits = gaz.lookup(name, limit=args.limit)
    dem = gaz.demonym(name)
    if dem is not None:
        print(f"demonym of {dem.name} ({dem.id})")
    if not hits:
        print(f"no place named {name!r}")
        return 0 if dem is not None else 1
    for rank, p in enumerate(hits, 1):
        admin1 = gaz.admin1_of(p) if p.kind == "place" else None
        where = ", ".join(x for x in [admin1.name if admin1 else "", p.country] if x)
        pop = f" pop {p.population:,}" if p.population else ""
        print(f"{rank:2d}. {p.name} [{p.kind}] {p.id} ({p.lat:.4f}, {p.lon:.4f}){' ' + where if where else ''}{pop}")
    return 0
