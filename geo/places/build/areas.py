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
        "areas.arrow": _table(rows, _AREA_COLUMNS),
        "display.arrow": _table(display, _AREA_COLUMNS),
        "borders.arrow": _table(borders, _BORDER_COLUMNS),
        "neighbours.arrow": _table(neighbours, _NEIGHBOUR_COLUMNS),
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


#: Columns of the tables written here: (name, field of the row tuple, kind). Area rows are
#: (id, name, kind, country, country_id, geometry, level); border rows are what :func:`_border`
#: returns; neighbour rows are (a, b, kind).
_AREA_COLUMNS = (
    ("id", 0, "string"), ("name", 1, "string"), ("kind", 2, "string"), ("country", 3, "string"),
    ("country_id", 4, "string"), ("level", 6, "string"), ("wkb", 5, "wkb"),
)
_BORDER_COLUMNS = (
    ("id", 0, "string"), ("a", 1, "string"), ("b", 2, "string"), ("a_name", 3, "string"), ("b_name", 4, "string"),
    ("a_country", 5, "string"), ("b_country", 6, "string"), ("length_km", 7, "float64"), ("lat", 8, "float64"),
    ("lon", 9, "float64"), ("wkb", 10, "wkb"),
)
_NEIGHBOUR_COLUMNS = (("a", 0, "string"), ("b", 1, "string"), ("kind", 2, "string"))


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


def _table(rows: list[tuple], columns: tuple[tuple[str, int, str], ...]) -> pa.Table:
    """An Arrow table whose column ``name`` holds field ``index`` of every row, of ``kind``
    ``"string"``, ``"float64"`` or ``"wkb"`` (a shapely geometry, stored as WKB bytes)."""
    arrays = {}
    for name, index, kind in columns:
        if kind == "wkb":
            arrays[name] = pa.array([shapely.to_wkb(r[index]) for r in rows], pa.binary())
        else:
            arrays[name] = pa.array([r[index] for r in rows], getattr(pa, kind)())
    return pa.table(arrays)
