"""Named rivers and canals from Natural Earth, for the gazetteer's "region" rows.

Source: the ``pyworldatlas-mapdata-standard`` package (PyPI, CC0 1.0), whose
``data/maps.sqlite3`` holds, for each of 248 countries, a zlib-compressed JSON payload with the
country's stretch of every named line of Natural Earth's 1:10m "rivers and lake centerlines"
(public domain): ``{"rivers": [{"name": ..., "points": [[lon, lat], ...]}, ...]}``. The package
is a build-time input only: the runtime never imports it.

What is derived (:func:`read_features`), deterministically:

* one feature per name and connected stretch: the stretches of one name in neighbouring
  countries that meet (within :data:`JOIN_DEGREES`) are one river (the Danube across ten
  countries); stretches of one name far apart are different rivers (the San Juan of the
  United States, of Argentina, of Nicaragua and Costa Rica);
* its countries: those holding a stretch of it;
* its reference point: its mouth (:func:`_mouth`: its lowest point on the package's elevation
  grids, ETOPO 2022 sampled at 5'), where GeoNames, whose ids and conventions the product
  reports, places a stream;
* its names: a river "X" is written "X River" and "River X" (the text says the feature word:
  "the Kafue River"); the bare "X" only when it carries a river word of its own language
  ("Amu Darya", "Rio Verde": :data:`RIVER_WORDS`); a canal keeps its name ("Suez Canal"); a
  name written "A / B" gives both.

Lines that are no named river are left out (:func:`_skip`): unnamed ones written "River", the
branches, forks, outlets, tributaries, channels and side arms (protoka) of a river.
"""
from __future__ import annotations

import json
import re
import sqlite3
import zlib
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from geo.places.normalize import normalize

__all__ = ["Feature", "PACKAGE", "MODULE", "SOURCE", "LICENSE", "JOIN_DEGREES", "maps_file", "read_features"]

#: The distribution (requirements-build.txt) and its importable module.
PACKAGE = "pyworldatlas-mapdata-standard"
MODULE = "pyworldatlas_mapdata_standard"
SOURCE = "Natural Earth 1:10m rivers and lake centerlines (pyworldatlas-mapdata-standard)"
LICENSE = "public domain (Natural Earth); CC0 1.0 (the package)"
#: Stretches of one name whose lines come this close (degrees) are one river.
JOIN_DEGREES = 0.5
_NO_DATA = -32768  # the package's elevation cells outside the country
#: Words that make a river of a name in its own language: such names stand alone.
RIVER_WORDS = frozenset("rio río rivière riviere darya daryo jiang he nahr shatt bahr wadi oued rud".split())
_SKIP_WORDS = re.compile(r"\b(?:branch|fork|outlet|tributary|channel|protoka)\b", re.IGNORECASE)
_RIVER_SUFFIX = re.compile(r"\s+River$")


@dataclass(frozen=True)
class Feature:
    """One derived physical feature: id ``region:<kind>-<slug>``, names (display first)."""

    id: str
    kind: str  # "river" | "canal"
    names: tuple[str, ...]
    lat: float
    lon: float
    countries: tuple[str, ...]


def maps_file() -> Path:
    """The package's ``maps.sqlite3`` (DataError when the package is not installed)."""
    from geo.errors import DataError
    from geo.places.build import sources

    sources.package_version(PACKAGE)  # a DataError naming requirements-build.txt when missing
    path = sources.package_dir(MODULE) / "data" / "maps.sqlite3"
    if not path.is_file():
        raise DataError(f"source file missing: {str(path)!r}")
    return path


def _skip(name: str) -> bool:
    return not name.strip() or name.strip() == "River" or bool(_SKIP_WORDS.search(name)) or any(c.isdigit() for c in name)


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", normalize(name)).strip("-")


def _names(name: str) -> tuple[str, list[str]]:
    """Kind and gazetteer names of a Natural Earth line name."""
    forms = [f.strip() for f in name.split(" / ") if f.strip()]
    if any(f.endswith(" Canal") or f.endswith(" canal") for f in forms):
        return "canal", [f[: -len("canal")] + "Canal" if f.endswith(" canal") else f for f in forms]
    out: list[str] = []
    for f in forms:
        base = _RIVER_SUFFIX.sub("", f)
        words = normalize(base).split()
        if words and (words[0] in RIVER_WORDS or words[-1] in RIVER_WORDS):
            out.append(base)  # "Amu Darya", "Rio Verde": the name says it is a river
        out += [f"{base} River", f"River {base}"]
    return "river", list(dict.fromkeys(out))


def _components(parts: list[tuple[str, object]]) -> list[list[int]]:
    """Groups of the parts (country, line) that come within JOIN_DEGREES of each other."""
    n = len(parts)
    parent = list(range(n))

    def find(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for a in range(n):
        for b in range(a + 1, n):
            if find(a) != find(b) and parts[a][1].distance(parts[b][1]) <= JOIN_DEGREES:
                parent[find(b)] = find(a)
    groups: dict[int, list[int]] = defaultdict(list)
    for a in range(n):
        groups[find(a)].append(a)
    return sorted(groups.values())


@dataclass(frozen=True)
class _Grid:
    """A country's elevation grid of the package (metres; row 0 southmost; None = no data)."""

    south: float
    west: float
    dlat: float
    dlon: float
    cells: object  # numpy int16 array, rows x columns

    def at(self, lon: float, lat: float, reach: int = 0) -> float | None:
        r, c = int((lat - self.south) // self.dlat), int((lon - self.west) // self.dlon)
        rows, cols = self.cells.shape
        found = [
            int(self.cells[i, j])
            for i in range(max(r - reach, 0), min(r + reach + 1, rows))
            for j in range(max(c - reach, 0), min(c + reach + 1, cols))
            if self.cells[i, j] != _NO_DATA
        ]
        return float(min(found)) if found else None


def _grid(data: dict) -> _Grid | None:
    import numpy as np

    try:
        cells = np.frombuffer(bytes.fromhex(data["elevation"]), dtype="<i2").reshape(int(data["rows"]), int(data["columns"]))
        return _Grid(float(data["south"]), float(data["west"]), float(data["latitudeStep"]), float(data["longitudeStep"]), cells)
    except (KeyError, TypeError, ValueError):
        return None


def _elevation(lon: float, lat: float, grids: list[_Grid]) -> float:
    """Ground height at a point (the lowest of the countries' cells there, then of the cells
    around it); 0 at sea, where no country's grid has a cell."""
    for reach in (0, 1):
        found = [h for g in grids if (h := g.at(lon, lat, reach)) is not None]
        if found:
            return min(found)
    return 0.0


def _mouth(lines: list, grids: dict[str, _Grid], countries: tuple[str, ...]) -> tuple[float, float]:
    """(lon, lat) of a river's mouth: its lowest point on the elevation grids of its countries
    (of two as low, the one farther from its highest point, the source). Natural Earth's lines
    do not all run downstream, and a river on a border is broken into many pieces; the ground
    tells the mouth, at sea, in a lake or in another river, from the source."""
    mine = [grids[c] for c in countries if c in grids]
    points = sorted({c for ln in lines for c in ln.coords})
    heights = [_elevation(x, y, mine) for x, y in points]
    source = points[max(range(len(points)), key=lambda k: (heights[k], points[k]))]

    def away(p) -> float:
        return (p[0] - source[0]) ** 2 + (p[1] - source[1]) ** 2

    return points[min(range(len(points)), key=lambda k: (heights[k], -away(points[k]), points[k]))]


def read_features(path: Path, only: set[str] | None = None) -> list[Feature]:
    """Rivers and canals of the package's ``maps.sqlite3``, sorted by id (see the module doc).
    ``only``: alpha-2 codes of a small build (features touching one of them)."""
    from shapely.geometry import LineString, MultiLineString
    from shapely.ops import linemerge

    by_name: dict[str, list[tuple[str, object]]] = defaultdict(list)
    grids: dict[str, _Grid] = {}
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        rows = db.execute("SELECT alpha2, payload FROM country_map ORDER BY alpha2").fetchall()
    for alpha2, payload in rows:
        data = json.loads(zlib.decompress(payload))
        if (grid := _grid(data)) is not None:
            grids[alpha2] = grid
        for river in data.get("rivers") or ():
            name = " ".join(str(river.get("name") or "").split())
            # (a few lines east of the antimeridian's meridian 180 come shifted by 360 degrees)
            points = [(x - 360.0 if x > 180.0 else x + 360.0 if x < -180.0 else x, y) for x, y in river.get("points") or ()]
            if len(points) > 2 and points[0] == points[-1]:
                points.pop()  # the package closes each line on its first point: no part of the river
            if _skip(name) or len(points) < 2:
                continue
            by_name[name].append((alpha2, LineString(points)))
    features: list[Feature] = []
    for name in sorted(by_name):
        kind, names = _names(name)
        if not names:
            continue
        parts = by_name[name]
        for group in _components(parts):
            countries = tuple(sorted({parts[k][0] for k in group}))
            if only is not None and not set(countries) & only:
                continue
            merged = linemerge(MultiLineString([parts[k][1] for k in group]))
            lines = list(merged.geoms) if hasattr(merged, "geoms") else [merged]
            lon, lat = _mouth(lines, grids, countries)
            features.append(Feature("", kind, tuple(names), round(lat, 5), round(lon, 5), countries))
    # ids: one name, one id; a name of several rivers adds the countries of each ("-us", "-ar-cl")
    per_slug: dict[str, list[Feature]] = defaultdict(list)
    for f in features:
        bare = _RIVER_SUFFIX.sub("", f.names[0]) if f.kind == "river" else re.sub(r"\s+Canal$", "", f.names[0])
        per_slug[f"{f.kind}-{_slug(bare)}"].append(f)
    out: list[Feature] = []
    for slug, group in per_slug.items():
        for f in group:
            ident = slug if len(group) == 1 else f"{slug}-{'-'.join(c.lower() for c in f.countries)}"
            out.append(Feature(f"region:{ident}", f.kind, f.names, f.lat, f.lon, f.countries))
    seen: set[str] = set()
    unique: list[Feature] = []
    for f in sorted(out, key=lambda f: (f.id, f.lat, f.lon)):
        ident, k = f.id, 2
        while ident in seen:
            ident, k = f"{f.id}-{k}", k + 1
        seen.add(ident)
        unique.append(Feature(ident, f.kind, f.names, f.lat, f.lon, f.countries))
    return unique
