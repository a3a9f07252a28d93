"""geo.places.gazetteer on the committed data/: what the geoparser and a user would look up."""
from __future__ import annotations

import math

import pytest

from geo.errors import DataError, InputError, NotFoundError
from geo.models import KINDS
from geo.places import gazetteer
from geo.places.normalize import normalize


@pytest.fixture(scope="module")
def gaz() -> gazetteer.Gazetteer:
    return gazetteer.load()


def ids(places) -> list[str]:
    return [p.id for p in places]


@pytest.mark.parametrize("name", ["Baluchistan", "Balochistan", "BALOCHISTAN", "baluchistan province"])
def test_balochistan_spellings_find_pakistans_province(name: str) -> None:
    hits = gazetteer.lookup(name)
    assert hits[0].id == "PK-BA"
    assert hits[0].name == "Balochistan"
    assert hits[0].kind == "admin1" and hits[0].country == "PK"
    assert (hits[0].lat, hits[0].lon) == (28.0, 66.0)  # countrystatecity reference point


def test_baluchestan_finds_both_sides_of_the_border() -> None:
    found = ids(gazetteer.lookup("Baluchestan"))
    assert "PK-BA" in found and "IR-11" in found
    assert gazetteer.get("IR-11").name == "Sistan and Baluchestan"
    assert gazetteer.lookup("Sistan-Baluchestan")[0].id == "IR-11"
    assert gazetteer.lookup("Sīstān va Balūchestān")[0].id == "IR-11"


@pytest.mark.parametrize("name", ["Tehran", "Teheran", "Téhéran", "TEHRAN"])
def test_tehran_is_the_capital_first(name: str) -> None:
    hits = gazetteer.lookup(name)
    assert hits[0].kind == "place" and hits[0].country == "IR"
    assert hits[0].population > 5_000_000
    assert hits[0].admin1 == "IR-23"
    if normalize(name) == "tehran":
        assert "IR-23" in ids(hits)  # the province of the same name is still a candidate


def test_punjab_keeps_both_homonyms() -> None:
    found = ids(gazetteer.lookup("Punjab"))
    assert {"PK-PB", "IN-PB"} <= set(found)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Khyber Pakhtunkhwa", "PK-KP"),
        ("K.P.", "PK-KP"),
        ("KP", "PK-KP"),
        ("N.W.F.P.", "PK-KP"),
        ("North-West Frontier Province", "PK-KP"),
        ("FATA", "PK-KP"),  # merged in 2018
        ("Sind", "PK-SD"),
        ("Sindh", "PK-SD"),
        ("Northern Areas", "PK-GB"),
        ("U.S.", "USA"),
        ("US", "USA"),
        ("United States of America", "USA"),
        ("America", "USA"),
        ("U.K.", "GBR"),
        ("Britain", "GBR"),
        ("Russia", "RUS"),
        ("South Korea", "KOR"),
        ("North Korea", "PRK"),
        ("Iran (Islamic Republic of)", "IRN"),
        ("Asia", "continent:AS"),
        ("England", "GB-ENG"),  # ISO parent of Natural Earth's council areas
        ("Catalonia", "ES-CT"),
    ],
)
def test_variants_and_short_forms(name: str, expected: str) -> None:
    assert gazetteer.lookup(name)[0].id == expected


def test_countries_have_readable_names_and_reference_points() -> None:
    iran = gazetteer.country("IR")
    assert iran is gazetteer.country("irn")
    assert iran.id == "IRN" and iran.name == "Iran" and iran.kind == "country"
    assert (iran.lat, iran.lon) == (32.0, 53.0)  # GeoNames' (the Factbook's) point, in Iran
    assert iran.geonameid == 130758
    assert gazetteer.country("KR").name == "South Korea"


def _km(a, b) -> float:
    import math

    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b.lon - a.lon) / 2) ** 2
    return 12742.0 * math.asin(math.sqrt(h))


def test_country_points_follow_geonames_convention() -> None:
    # The reported ids are GeoNames', so are the points: the Factbook's (Russia 60N 100E, not the
    # centre of its landmass near Lake Vivi, 670 km north-west; China 35N 105E); the United
    # States at the geographic centre of the contiguous states, near Lebanon, Kansas, as
    # GeoNames and Wikipedia place it (not the Factbook's 38N 97W).
    ru, cn, us = gazetteer.country("RU"), gazetteer.country("CN"), gazetteer.country("US")
    assert (ru.lat, ru.lon) == (60.0, 100.0) and (cn.lat, cn.lon) == (35.0, 105.0)
    assert 39.0 < us.lat < 40.5 and -100.0 < us.lon < -98.0
    assert (gazetteer.country("ID").lat, gazetteer.country("ID").lon) == (-5.0, 120.0)


def test_first_level_points_are_not_their_same_named_city() -> None:
    state, city = gazetteer.get("US-NY"), gazetteer.lookup("New York City")[0]
    assert _km(state, city) > 150  # upstate, inside the state, not on Manhattan
    assert 42.0 < state.lat < 44.0
    assert _km(gazetteer.get("AF-KAB"), gazetteer.lookup("Kabul")[0]) < 60  # a small province: near


def test_first_level_areas_have_population_estimates() -> None:
    # Sum of the populated places inside: comparable with towns, ordered like the real ones.
    ca, wy = gazetteer.get("US-CA"), gazetteer.get("US-WY")
    assert ca.population > 20_000_000 and 100_000 < wy.population < 1_000_000
    assert gazetteer.get("PK-PB").population > gazetteer.get("PK-BA").population


def test_adjectives_are_no_area_names() -> None:
    assert gazetteer.lookup("Jewish") == []
    assert gazetteer.lookup("Jewish Autonomous Oblast")[0].id == "RU-YEV"
    assert gazetteer.get("RU-YEV").name == "Jewish Autonomous Oblast"
    assert gazetteer.lookup("Chechnya")[0].id == "RU-CE"
    assert all(p.kind != "admin1" for p in gazetteer.lookup("Somali"))  # the Somali Region's bare adjective


@pytest.mark.parametrize(("name", "iso"), [("England", "GB-ENG"), ("Scotland", "GB-SCT"), ("Wales", "GB-WLS"), ("Northern Ireland", "GB-NIR"), ("NSW", "AU-NSW")])
def test_constituent_countries_and_state_abbreviations(name: str, iso: str) -> None:
    hit = gazetteer.lookup(name)[0]
    assert hit.id == iso and hit.kind == "admin1"


@pytest.mark.parametrize(
    ("name", "region"),
    [("Middle East", "region:middle-east"), ("Darfur", "region:darfur"), ("Gaza Strip", "region:gaza-strip"),
     ("South China Sea", "region:south-china-sea"), ("Nagorno-Karabakh", "region:nagorno-karabakh"),
     ("Sahel", "region:sahel"), ("Horn of Africa", "region:horn-of-africa"),
     ("East Midlands", "region:england-east-midlands"), ("East of England", "region:england-east"),
     ("Yorkshire and the Humber", "region:england-yorkshire-humber"), ("South West England", "region:england-south-west")],
)
def test_hand_curated_regions(name: str, region: str) -> None:
    hit = gazetteer.lookup(name)[0]
    assert hit.id == region and hit.kind == "region"
    assert hit.kind in KINDS


@pytest.mark.parametrize(
    ("word", "iso3"),
    [("Pakistani", "PAK"), ("Pakistanis", "PAK"), ("Iranian", "IRN"), ("Afghan", "AFG"), ("Afghans", "AFG"),
     ("American", "USA"), ("British", "GBR"), ("Chinese", "CHN"), ("Indian", "IND")],
)
def test_demonyms_map_to_countries(word: str, iso3: str) -> None:
    assert gazetteer.demonym(word).id == iso3


def test_a_name_is_not_a_demonym(gaz) -> None:
    assert gazetteer.demonym("Pakistan") is None
    assert gaz.is_demonym_key("pakistani") and not gaz.is_demonym_key("pakistan")


def test_fast_paths_for_the_geoparser(gaz) -> None:
    key = normalize("Quetta")
    assert gaz.is_key(key) and not gaz.is_key("quettaxyz")
    quetta = gaz.by_key(key)
    assert isinstance(quetta, tuple) and quetta[0].name == "Quetta"
    assert gaz.by_key(key) is quetta  # O(1) and memoized
    assert gaz.by_key("no such key") == ()
    assert gaz.max_key_tokens >= 4  # e.g. "north west frontier province"
    assert gaz.is_acronym_key("us") and gaz.is_acronym_key("kp") and not gaz.is_acronym_key("quetta")


def test_places_carry_their_admin1(gaz) -> None:
    quetta = gazetteer.lookup("Quetta")[0]
    assert gaz.admin1_of(quetta).id == "PK-BA"
    assert gaz.admin1_of(gazetteer.lookup("Zahedan")[0]).id == "IR-11"
    assert gaz.admin1_of(gazetteer.lookup("Miran Shah")[0]).id == "PK-KP"  # former FATA
    assert gaz.admin1_of(gazetteer.country("PK")) is None
    assert {p.id for p in gaz.admin1_in("PK")} == {"PK-BA", "PK-GB", "PK-IS", "PK-JK", "PK-KP", "PK-PB", "PK-SD"}


def test_get_by_id_round_trips(gaz) -> None:
    tehran = gazetteer.lookup("Tehran")[0]
    assert gazetteer.get(tehran.id) is tehran
    assert tehran.id == f"gn:{tehran.geonameid}"
    assert math.isfinite(tehran.lat) and math.isfinite(tehran.lon)


def test_us_counties_are_places_at_their_point(gaz) -> None:
    putnam = gaz.county("Putnam County", "US-NY")
    assert (putnam.id, putnam.name, putnam.kind, putnam.country, putnam.admin1) == (
        "us-county:NY:putnam-county", "Putnam County", "admin2", "US", "US-NY"
    )
    # between Carmel and Brewster, a few km from the county's centre; Putnam County, Florida
    # is another place
    assert abs(putnam.lat - 41.43) < 0.15 and abs(putnam.lon + 73.75) < 0.15
    assert gaz.county("Putnam County", "US-FL").lat < 31
    assert gaz.county("Orleans Parish", "US-LA").name == "Orleans Parish"
    assert gaz.get(putnam.id) == putnam
    # a state without a county of that name, and a county id the data lacks
    assert gaz.county("Putnam County", "US-WY") is None
    with pytest.raises(NotFoundError):
        gaz.get("us-county:WY:putnam-county")


def test_limit() -> None:
    assert len(gazetteer.lookup("Washington", limit=2)) == 2
    with pytest.raises(InputError, match="limit"):
        gazetteer.lookup("Washington", limit=0)


@pytest.mark.parametrize("bad", ["", "   ", "\t"])
def test_blank_name_is_an_input_error(bad: str) -> None:
    with pytest.raises(InputError, match=repr(bad).replace("\\", "\\\\")):
        gazetteer.lookup(bad)


def test_non_string_name_is_an_input_error() -> None:
    with pytest.raises(InputError, match="None"):
        gazetteer.lookup(None)  # type: ignore[arg-type]


def test_unknown_ids_and_codes_are_not_found() -> None:
    with pytest.raises(NotFoundError, match="'XYZ'"):
        gazetteer.country("XYZ")
    with pytest.raises(NotFoundError, match="'QQ'"):
        gazetteer.country("QQ")
    with pytest.raises(NotFoundError, match="'gn:0'"):
        gazetteer.get("gn:0")
    assert gazetteer.lookup("Qwertzuiopland") == []


def test_missing_data_is_a_data_error(tmp_path) -> None:
    with pytest.raises(DataError, match="geo.places.build build"):
        gazetteer.Gazetteer(tmp_path)


def test_kashmir_lists_every_side() -> None:
    found = set(ids(gazetteer.lookup("Kashmir")))
    assert {"IN-JK", "PK-JK"} <= found


def test_iso_parents_contain_their_units(gaz) -> None:
    edinburgh = gazetteer.lookup("Edinburgh")[0]
    assert edinburgh.country == "GB" and edinburgh.admin1 == "GB-EDH"  # Natural Earth unit
    england = gazetteer.get("GB-ENG")
    assert england.kind == "admin1" and england.admin1 == "GB-ENG"


def test_cornwall_is_not_the_isles_of_scilly() -> None:
    # Natural Earth's Cornwall row carries the neighbour's GeoNames name; the row's own name wins
    cornwall = gazetteer.lookup("Cornwall")[0]
    assert cornwall.id == "GB-CON" and cornwall.kind == "admin1"
    scilly = gazetteer.get("GB-IOS")
    assert scilly.lat < 50.1 and scilly.lon < -6.0  # the islands, off Land's End


@pytest.mark.parametrize(("old", "iso3"), [("Zaire", "COD"), ("Ceylon", "LKA"), ("Siam", "THA"), ("Burma", "MMR")])
def test_former_country_names_find_the_country_first(old: str, iso3: str) -> None:
    """Former names that news still uses beat a same-named province (Angola's Zaire)."""
    assert gazetteer.lookup(old)[0].id == iso3


@pytest.mark.parametrize(
    ("word", "area"),
    [("Chechen", "RU-CE"), ("Abkhaz", "region:abkhazia"), ("South Ossetian", "region:south-ossetia"),
     ("Tibetans", "CN-XZ"), ("Baloch", "region:baluchistan")],
)
def test_adjectives_of_regions_name_the_region(word: str, area: str) -> None:
    assert gazetteer.demonym(word).id == area


def test_the_americas_is_a_region() -> None:
    assert gazetteer.lookup("the Americas")[0].kind == "region"


def test_hand_written_short_forms_of_cities_and_the_union(gaz) -> None:
    # aliases.tsv names populated places by GeoNames id; regions.tsv lists the European Union
    assert ids(gaz.lookup("L.A."))[:1] == ["gn:5368361"]
    assert ids(gaz.lookup("NYC")) == ["gn:5128581"]
    eu = gaz.lookup("European Union")[0]
    assert eu.id == "region:union-eu" and eu.kind == "region"
    assert len(gaz.region_countries("region:union-eu")) == 27


@pytest.mark.parametrize(
    ("name", "place"),
    [
        ("Fashir", "El Fasher"),  # the bare form of "Al Fashir"
        ("Obeid", "El Obeid"),
        ("Qamishli", "Al Qāmishlī"),
        ("ar-Raqqa", "Ar Raqqah"),  # an article form the gazetteer does not list
        ("el-Qusayr", "Al Quşayr"),
        ("Jisr al-Shughur", "Jisr ash Shughūr"),  # the article inside, spelt another way
        ("Sharm al-Sheikh", "Sharm el-Sheikh"),
    ],
)
def test_names_with_or_without_the_arabic_article_find_the_town(name: str, place: str) -> None:
    assert gazetteer.lookup(name)[0].name == place


@pytest.mark.parametrize("name", ["Al Gore", "At Raqqa Street", "Jadid", "Sebt"])
def test_the_article_does_not_make_places_of_people_or_common_words(name: str) -> None:
    # "Jadid" (new) and "Sebt" (Saturday) are words of many Arabic names, not one place's.
    assert gazetteer.lookup(name) == []


@pytest.mark.parametrize(("name", "town", "area"), [("Anbar", "TR", "IQ-AN"), ("Bayda", "LY", "YE-BA")])
def test_a_bare_area_name_that_a_town_abroad_bears_lists_both(name: str, town: str, area: str) -> None:
    # the key's own places first (the prior order), then the first-level area written "Al ..."
    ids = [p.id for p in gazetteer.lookup(name)]
    assert gazetteer.lookup(name)[0].country == town
    assert area in ids
