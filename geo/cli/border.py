"""``python -m geo border A B``: length of the border of two areas and the provinces along it."""
from __future__ import annotations

import argparse

HELP = "border between two countries or provinces: geodesic length and the provinces on each side"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("a", help="country (ISO alpha-2/alpha-3, e.g. PAK) or province id (e.g. PK-BA)")
    parser.add_argument("b", help="the other area")


def _side(areas, area_id: str, other: str) -> list[tuple[str, str, float]]:
    """Provinces of ``area_id`` (itself when it is a province) touching ``other``, longest first."""
    place = areas.gazetteer.get(area_id)
    if place.kind != "country":
        return [(place.id, place.name, areas.border(area_id, other).length_km)]
    out = []
    for b in areas.borders_of(other):
        mine = b.a if b.b == other else b.b
        if mine != area_id and b.a_country != b.b_country and areas.gazetteer.get(mine).kind == "admin1":
            if (b.a_country if mine == b.a else b.b_country) == area_id:
                out.append((mine, areas.gazetteer.get(mine).name, b.length_km))
    return sorted(out, key=lambda x: (-x[2], x[0]))


def run(args: argparse.Namespace) -> int:
    from geo.places import areas as areas_mod

    areas = areas_mod.load()
    a, b = areas.area_id(args.a), areas.area_id(args.b)
    border = areas.border(a, b)
    name = {border.a: border.a_name, border.b: border.b_name}
    print(f"{name[a]} – {name[b]}: {border.length_km:,.0f} km (geodesic, WGS84; Natural Earth 1:10m lines)")
    print(f"  id {border.id}; reference point {border.lat:.4f}, {border.lon:.4f}")
    for area, other in ((a, b), (b, a)):
        print(f"  provinces of {name[area]} along it:")
        for pid, pname, km in _side(areas, area, other):
            print(f"    {pname} ({pid}): {km:,.0f} km")
    return 0
