"""Polygons of countries and first-level areas: point -> area, neighbours, border segments.

Data: data/areas.arrow (full shapes as built), display.arrow (simplified for maps),
borders.arrow (precomputed segments), neighbours.arrow — built by ``python -m geo.places.build build``
(geo/places/build/areas.py says how). Loaded lazily, once. All geometries are shapely, EPSG:4326,
(lon, lat) order; functions that take coordinates name them ``lat``/``lon``.

Area ids are gazetteer ids: countries ISO alpha-3 ("PAK"; alpha-2 "PK" is accepted too),
first-level areas "PK-BA" etc. (see geo/places/gazetteer.py). Countries are the union of their
provinces, so both levels share one topology.

>>> from geo.places import areas
>>> round(areas.border("PAK", "IRN").length_km)
810
"""
from __future__ import annotations

import functools
import math
from pathlib import Path

from geo.errors import InputError, NotFoundError
from geo.models import Border, Place
from geo.places.tables import read_table, require

__all__ = [
    "Areas",
    "load",
    "open_areas",
    "shape",
    "display_frame",
    "locate",
    "neighbours",
    "border",
    "border_geometry",
    "borders_of",
    "shared_boundary",
    "line_length_km",
    "line_reference_point",
    "border_id",
    "MIN_BORDER_KM",
]

#: Shared boundaries shorter than this are treated as touching at a point (not neighbours).
MIN_BORDER_KM = 0.1
_FILES = ("areas.arrow", "display.arrow", "borders.arrow", "neighbours.arrow")
_KINDS = ("country", "admin1")


# -- pure helpers (also used by the builder) ---------------------------------------------------


def border_id(a: str, b: str) -> str:
    """``"border:<a>|<b>"`` with the two area ids sorted."""
    x, y = sorted((a, b))
    return f"border:{x}|{y}"


@functools.cache
def _geod():
    from pyproj import Geod

    return Geod(ellps="WGS84")


def line_length_km(line) -> float:
    """Geodesic length (WGS84 ellipsoid) of a (multi)line in lon/lat degrees, in km."""
    return abs(_geod().geometry_length(line)) / 1000.0


def _lines(geom) -> list:
    import shapely

    out, todo = [], [geom]
    while todo:
        g = todo.pop()
        if g.is_empty:
            continue
        if g.geom_type in ("LineString", "LinearRing"):
            out.append(shapely.LineString(g.coords))
        elif g.geom_type.startswith("Multi") or g.geom_type == "GeometryCollection":
            todo.extend(shapely.get_parts(g))
    return out


def shared_boundary(a, b):
    """The line two polygons share (``intersection`` of their boundaries, ``line_merge``d),
    or None when they do not share at least :data:`MIN_BORDER_KM` km of it.

    Points (polygons touching at a corner) are dropped. Natural Earth's admin-1 edges coincide
    exactly between neighbours, so no snapping tolerance is needed on built data.
    """
    import shapely

    parts = _lines(shapely.intersection(a.boundary, b.boundary))
    if not parts:
        return None
    merged = shapely.line_merge(shapely.union_all(parts))
    if line_length_km(merged) < MIN_BORDER_KM:
        return None
    return shapely.normalize(merged)


def line_reference_point(line) -> tuple[float, float]:
    """(lat, lon) of the middle of the longest part of a line: a pin for the border."""
    import shapely

    parts = _lines(line)
    if not parts:
        raise InputError(f"not a line: {line.geom_type!r}")
    longest = max(parts, key=lambda g: (g.length, g.wkb))
    pt = shapely.line_interpolate_point(longest, 0.5, normalized=True)
    return round(pt.y, 6), round(pt.x, 6)


# -- the loaded data ---------------------------------------------------------------------------


def _check_coords(lat: object, lon: object) -> tuple[float, float]:
    try:
        la, lo = float(lat), float(lon)  # type: ignore[arg-type]
    except (TypeError, ValueError) as err:
        raise InputError(f"coordinates must be numbers, got lat={lat!r}, lon={lon!r}") from err
    if not (math.isfinite(la) and math.isfinite(lo)):
        raise InputError(f"coordinates must be finite, got lat={lat!r}, lon={lon!r}")
    if not (-90.0 <= la <= 90.0 and -180.0 <= lo <= 180.0):
        raise InputError(f"coordinates out of range (lat -90..90, lon -180..180): lat={lat!r}, lon={lon!r}")
    return la, lo


class Areas:
    """Loaded shapes and borders. Use :func:`load` (cached) rather than constructing one."""

    def __init__(self, data_dir: Path) -> None:
        import numpy as np
        import shapely

        from geo.places.gazetteer import open_gazetteer

        require(data_dir, _FILES, "area")
        self.data_dir = data_dir
        self.gazetteer = open_gazetteer(data_dir)

        t = read_table(data_dir / "areas.arrow")
        self._ids: list[str] = t.column("id").to_pylist()
        self._kind: list[str] = t.column("kind").to_pylist()
        self._country3: list[str] = t.column("country_id").to_pylist()
        self._geoms = shapely.from_wkb(np.array(t.column("wkb").to_pylist(), dtype=object))
        self._row: dict[str, int] = {k: i for i, k in enumerate(self._ids)}
        self._alpha2: dict[str, str] = {
            c: self._ids[i] for i, c in enumerate(t.column("country").to_pylist()) if self._kind[i] == "country"
        }
        kinds = np.array(self._kind)
        # ISO parents (level "parent": England, French regions...) overlap their Natural Earth
        # units: shapes only, kept out of point-in-polygon.
        units = np.array(t.column("level").to_pylist()) == ""
        self._admin_rows = np.flatnonzero((kinds == "admin1") & units)
        self._country_rows = np.flatnonzero(kinds == "country")
        shapely.prepare(self._geoms)
        self._admin_tree = shapely.STRtree(self._geoms[self._admin_rows])
        self._country_tree = shapely.STRtree(self._geoms[self._country_rows])

        b = read_table(data_dir / "borders.arrow")
        cols = {name: b.column(name).to_pylist() for name in ("id", "a", "b", "a_name", "b_name", "a_country", "b_country", "length_km", "lat", "lon")}
        self._borders: dict[str, Border] = {}
        self._borders_of: dict[str, list[str]] = {}
        for i, bid in enumerate(cols["id"]):
            self._borders[bid] = Border(**{k: cols[k][i] for k in cols})
            self._borders_of.setdefault(cols["a"][i], []).append(bid)
            self._borders_of.setdefault(cols["b"][i], []).append(bid)
        self._border_wkb = dict(zip(cols["id"], b.column("wkb").to_pylist()))
        self._border_geoms: dict[str, object] = {}

        n = read_table(data_dir / "neighbours.arrow")
        self._neighbours: dict[str, list[str]] = {}
        for x, y in zip(n.column("a").to_pylist(), n.column("b").to_pylist()):
            self._neighbours.setdefault(x, []).append(y)
            self._neighbours.setdefault(y, []).append(x)
        self._display = None

    # -- ids -------------------------------------------------------------------------------

    def area_id(self, code: str) -> str:
        """Canonical area id of ``code`` (alpha-2/alpha-3 country code or admin1 id, any case)."""
        if not isinstance(code, str) or not code.strip():
            raise InputError(f"an area id must be a non-empty string, got {code!r}")
        c = code.strip()
        if c in self._row:
            return c
        up = c.upper()
        if up in self._row:
            return up
        if len(up) == 2 and up in self._alpha2:
            return self._alpha2[up]
        raise NotFoundError(f"no country or first-level area with id {code!r}")

    # -- shapes ----------------------------------------------------------------------------

    def shape(self, area_id: str):
        """Full-resolution (as built) shapely geometry of a country or first-level area."""
        return self._geoms[self._row[self.area_id(area_id)]]

    def display_frame(self, kind: str):
        """GeoDataFrame (id, name, kind, country, geometry; EPSG:4326) of display-simplified
        shapes of ``kind`` ("country" or "admin1"). A fresh copy each call."""
        if kind not in _KINDS:
            raise InputError(f"kind must be one of {_KINDS!r}, got {kind!r}")
        if self._display is None:
            import geopandas as gpd
            import shapely

            t = read_table(self.data_dir / "display.arrow")
            self._display = gpd.GeoDataFrame(
                {
                    "id": t.column("id").to_pylist(),
                    "name": t.column("name").to_pylist(),
                    "kind": t.column("kind").to_pylist(),
                    "country": t.column("country").to_pylist(),
                },
                geometry=shapely.from_wkb(t.column("wkb").to_numpy(zero_copy_only=False)),
                crs="EPSG:4326",
            )
        frame = self._display[self._display["kind"] == kind]
        return frame.reset_index(drop=True).copy()

    # -- point in polygon ------------------------------------------------------------------

    def locate(self, lat: float, lon: float) -> tuple[Place | None, Place | None]:
        """(country, first-level area) containing the point, either None when outside all."""
        import shapely

        la, lo = _check_coords(lat, lon)
        pt = shapely.Point(lo, la)
        hits = self._admin_tree.query(pt, predicate="intersects")
        admin = None
        country_id = ""
        if len(hits):
            row = int(self._admin_rows[int(min(hits))])
            admin = self.gazetteer.get(self._ids[row])
            country_id = self._country3[row]
        if not country_id:
            chits = self._country_tree.query(pt, predicate="intersects")
            if len(chits):
                country_id = self._ids[int(self._country_rows[int(min(chits))])]
        country = self.gazetteer.get(country_id) if country_id else None
        return country, admin

    # -- neighbours and borders ------------------------------------------------------------

    def neighbours(self, area_id: str) -> list[str]:
        """Ids of the areas of the same kind sharing a border line with ``area_id``, sorted.
        (Provinces: both those of the same country and those across a national border.)"""
        return sorted(self._neighbours.get(self.area_id(area_id), []))

    def border(self, a: str, b: str) -> Border:
        """The shared border of two areas (countries and/or first-level areas, any order);
        NotFoundError when they do not share a line."""
        x, y = sorted((self.area_id(a), self.area_id(b)))
        bid = border_id(x, y)
        hit = self._borders.get(bid)
        if hit is not None:
            return hit
        if x == y:
            raise InputError(f"a border needs two different areas, got {a!r} and {b!r}")
        import shapely

        ga, gb = self.shape(x), self.shape(y)
        if shapely.relate_pattern(ga, gb, "2********"):  # interiors overlap: one holds the other
            raise NotFoundError(f"{a!r} and {b!r} overlap (one lies within the other): no border between them")
        line = shared_boundary(ga, gb)
        if line is None:
            raise NotFoundError(f"{a!r} and {b!r} do not share a border")
        lat, lon = line_reference_point(line)
        name = {k: self._place_name(k) for k in (x, y)}
        border = Border(
            id=bid, a=x, b=y, a_name=name[x], b_name=name[y],
            a_country=self._country3[self._row[x]], b_country=self._country3[self._row[y]],
            length_km=round(line_length_km(line), 3), lat=lat, lon=lon,
        )
        self._borders[bid] = border
        self._border_geoms[bid] = line
        return border

    def _place_name(self, area_id: str) -> str:
        try:
            return self.gazetteer.get(area_id).name
        except NotFoundError:
            return area_id

    def border_geometry(self, border_id_: str):
        """The (multi)line of a border id ``"border:<a>|<b>"``."""
        if not isinstance(border_id_, str) or not border_id_.startswith("border:") or "|" not in border_id_:
            raise InputError(f"a border id looks like 'border:<a>|<b>', got {border_id_!r}")
        geom = self._border_geoms.get(border_id_)
        if geom is None:
            wkb = self._border_wkb.get(border_id_)
            if wkb is None:
                a, b = border_id_[len("border:") :].split("|", 1)
                self.border(a, b)  # computes and caches, or raises NotFoundError
                return self._border_geoms[border_id(self.area_id(a), self.area_id(b))]
            import shapely

            geom = shapely.from_wkb(wkb)
            self._border_geoms[border_id_] = geom
        return geom

    def borders_of(self, area_id: str) -> list[Border]:
        """Precomputed borders of an area, longest first: a country's borders with each
        neighbouring country; a province's borders with each foreign neighbour (country and
        province). Borders between provinces of one country come from :meth:`border`."""
        ids = self._borders_of.get(self.area_id(area_id), [])
        return sorted((self._borders[i] for i in ids), key=lambda x: (-x.length_km, x.id))


@functools.cache
def open_areas(data_dir: Path) -> Areas:
    """Areas built into ``data_dir`` (cached per directory; tests use small builds)."""
    return Areas(Path(data_dir))


_LOADED: list[Areas] = []


def load() -> Areas:
    """The embedded areas, loaded once (same data directory as :func:`geo.places.gazetteer.load`)."""
    if not _LOADED:
        from geo.places.gazetteer import DATA_DIR

        _LOADED.append(open_areas(DATA_DIR))
    return _LOADED[0]


def shape(area_id: str):
    """Full-resolution shapely geometry of a country (alpha-2/alpha-3) or first-level area."""
    return load().shape(area_id)


def display_frame(kind: str):
    """Display-simplified GeoDataFrame of "country" or "admin1" shapes (EPSG:4326)."""
    return load().display_frame(kind)


def locate(lat: float, lon: float) -> tuple[Place | None, Place | None]:
    """(country, first-level area) at a point: ``locate(30.18, 67.00)`` -> (Pakistan, Balochistan)."""
    return load().locate(lat, lon)


def neighbours(area_id: str) -> list[str]:
    """Sorted ids of the neighbouring areas of the same kind."""
    return load().neighbours(area_id)


def border(a: str, b: str) -> Border:
    """Border between two areas; NotFoundError when they do not touch."""
    return load().border(a, b)


def border_geometry(border_id_: str):
    """Line geometry of a border id."""
    return load().border_geometry(border_id_)


def borders_of(area_id: str) -> list[Border]:
    """Precomputed borders of an area, longest first."""
    return load().borders_of(area_id)
