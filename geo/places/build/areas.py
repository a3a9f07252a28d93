"""Build the area tables: full shapes, display-simplified shapes, neighbours, border segments.

* Countries are the union of their first-level areas (Natural Earth admin-1), so country and
  province edges are one topology: the Balochistan-Iran line *is* the Pakistan-Iran line.
  (The GeoPackage's own admin-0 layer is simplified separately and does not share edges.)
* Display shapes: ``shapely.coverage_simplify`` (GEOS coverage simplification, tolerance
  :data:`DISPLAY_TOLERANCE` degrees) over the whole admin-1 coverage at once, so every shared
  edge is simplified once and neighbours stay gap-free; display countries are the unions of
  the simplified provinces.
* Border segments (see :func:`geo.places.areas.shared_boundary`): every pair of neighbouring
  countries, and every first-level area with each neighbouring foreign country and each
  neighbouring foreign first-level area. Pairs of areas of the same country are listed as
  neighbours only (their line is computed on demand by geo.places.areas.border).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import numpy as np
import pyarrow as pa
import shapely

from geo.places.areas import border_id, line_length_km, line_reference_point, shared_boundary
from geo.places.build.admin1 import Admin1

__all__ = ["AreaTables", "build_areas", "DISPLAY_TOLERANCE"]

DISPLAY_TOLERANCE = 0.1  # degrees; ~110k vertices for the world, ~400 for Pakistan's provinces


@dataclass
class AreaTables:
    tables: dict[str, pa.Table]
    stats: dict


def build_areas(*, admin1: list[Admin1], places: pa.Table) -> AreaTables:
    """Area, display, neighbour and border tables from the keyed admin-1 areas."""
    kinds = places.column("kind").to_pylist()
    pids = places.column("id").to_pylist()
    pcountry = places.column("country").to_pylist()
    pnames = places.column("name").to_pylist()
    iso3 = {pcountry[i]: pids[i] for i, k in enumerate(kinds) if k == "country"}
    cname = {pids[i]: pnames[i] for i, k in enumerate(kinds) if k == "country"}

    # Full-resolution areas. ISO parents (England over council areas...) are shapes and names
    # only: the Natural Earth units cover the ground once, so everything below uses `units`.
    parents = [a for a in admin1 if a.level]
    admin1 = [a for a in admin1 if not a.level]
    by_cc: dict[str, list[int]] = defaultdict(list)
    for i, a in enumerate(admin1):
        by_cc[a.country].append(i)
    countries = [(iso3[cc], cc) for cc in sorted(by_cc) if cc in iso3]
    country_geom = {cid: _clean(shapely.union_all([admin1[i].geometry for i in by_cc[cc]])) for cid, cc in countries}

    rows = []  # (id, name, kind, alpha-2, alpha-3, geometry, level)
    for cid, cc in sorted(countries):
        rows.append((cid, cname[cid], "country", cc, cid, country_geom[cid], ""))
    for a in sorted(admin1 + parents, key=lambda x: x.id):
        rows.append((a.id, a.name, "admin1", a.country, iso3.get(a.country, ""), a.geometry, a.level))

    # Display shapes: one coverage simplification over all provinces.
    simple = shapely.coverage_simplify(np.array([a.geometry for a in admin1], dtype=object), DISPLAY_TOLERANCE)
    simple_of = {a.id: _clean(g) for a, g in zip(admin1, simple)}
    display = []
    for cid, cc in sorted(countries):
        display.append((cid, cname[cid], "country", cc, cid, _clean(shapely.union_all([simple_of[admin1[i].id] for i in by_cc[cc]])), ""))
    for a in admin1:
        display.append((a.id, a.name, "admin1", a.country, iso3.get(a.country, ""), simple_of[a.id], ""))

    # Neighbours and borders.
    borders = []  # (a, b, a_name, b_name, a_country3, b_country3, km, lat, lon, line)
    neighbours = []  # (a, b, kind) with a < b
    names = {r[0]: r[1] for r in rows}
    owner3 = {r[0]: r[4] for r in rows}

    cgeoms = [country_geom[cid] for cid, _ in countries]
    for i, j in _touching(cgeoms):
        a, b = sorted((countries[i][0], countries[j][0]))
        line = shared_boundary(country_geom[a], country_geom[b])
        if line is None:
            continue
        neighbours.append((a, b, "country"))
        borders.append(_border(a, b, names, owner3, line))

    ageoms = [a.geometry for a in admin1]
    foreign: dict[tuple[str, str], list] = defaultdict(list)  # (admin1 id, foreign country id) -> lines
    for i, j in _touching(ageoms):
        a, b = sorted((admin1[i].id, admin1[j].id))
        ga, gb = (admin1[i].geometry, admin1[j].geometry) if admin1[i].id == a else (admin1[j].geometry, admin1[i].geometry)
        line = shared_boundary(ga, gb)
        if line is None:
            continue
        neighbours.append((a, b, "admin1"))
        if owner3[a] != owner3[b]:
            borders.append(_border(a, b, names, owner3, line))
            if owner3[b]:
                foreign[(a, owner3[b])].append(line)
            if owner3[a]:
                foreign[(b, owner3[a])].append(line)
    for (aid, cid), lines in sorted(foreign.items()):
        line = shapely.line_merge(shapely.union_all(lines))
        x, y = sorted((aid, cid))
        borders.append(_border(x, y, names, owner3, line))

    borders.sort(key=lambda r: r[0])
    neighbours.sort()
    tables = {
        "areas.arrow": _area_table(rows),
        "display.arrow": _area_table(display),
        "borders.arrow": pa.table(
            {
                "id": pa.array([r[0] for r in borders], pa.string()),
                "a": pa.array([r[1] for r in borders], pa.string()),
                "b": pa.array([r[2] for r in borders], pa.string()),
                "a_name": pa.array([r[3] for r in borders], pa.string()),
                "b_name": pa.array([r[4] for r in borders], pa.string()),
                "a_country": pa.array([r[5] for r in borders], pa.string()),
                "b_country": pa.array([r[6] for r in borders], pa.string()),
                "length_km": pa.array([r[7] for r in borders], pa.float64()),
                "lat": pa.array([r[8] for r in borders], pa.float64()),
                "lon": pa.array([r[9] for r in borders], pa.float64()),
                "wkb": pa.array([shapely.to_wkb(r[10]) for r in borders], pa.binary()),
            }
        ),
        "neighbours.arrow": pa.table(
            {
                "a": pa.array([n[0] for n in neighbours], pa.string()),
                "b": pa.array([n[1] for n in neighbours], pa.string()),
                "kind": pa.array([n[2] for n in neighbours], pa.string()),
            }
        ),
    }
    stats = {
        "area_countries": len(countries),
        "area_admin1": len(admin1),
        "area_admin1_parents": len(parents),
        "borders": len(borders),
        "neighbour_pairs": len(neighbours),
        "display_vertices": int(shapely.get_num_coordinates(np.array([d[5] for d in display], dtype=object)).sum()),
        "full_vertices": int(shapely.get_num_coordinates(np.array([r[5] for r in rows], dtype=object)).sum()),
    }
    return AreaTables(tables, stats)


def _clean(geom):
    geom = shapely.make_valid(geom)
    if geom.geom_type not in ("Polygon", "MultiPolygon"):
        parts = [g for g in shapely.get_parts(geom) if g.geom_type == "Polygon"]
        geom = shapely.multipolygons(parts) if parts else shapely.Polygon()
    return shapely.normalize(geom)


def _touching(geoms: list) -> list[tuple[int, int]]:
    tree = shapely.STRtree(geoms)
    left, right = tree.query(np.array(geoms, dtype=object), predicate="intersects")
    return sorted({(int(i), int(j)) for i, j in zip(left.tolist(), right.tolist()) if i < j})


def _border(a: str, b: str, names: dict, owner3: dict, line) -> tuple:
    lat, lon = line_reference_point(line)
    return (border_id(a, b), a, b, names[a], names[b], owner3[a], owner3[b], round(line_length_km(line), 3), lat, lon, line)


def _area_table(rows: list[tuple]) -> pa.Table:
    return pa.table(
        {
            "id": pa.array([r[0] for r in rows], pa.string()),
            "name": pa.array([r[1] for r in rows], pa.string()),
            "kind": pa.array([r[2] for r in rows], pa.string()),
            "country": pa.array([r[3] for r in rows], pa.string()),
            "country_id": pa.array([r[4] for r in rows], pa.string()),
            "level": pa.array([r[6] for r in rows], pa.string()),
            "wkb": pa.array([shapely.to_wkb(r[5]) for r in rows], pa.binary()),
        }
    )

