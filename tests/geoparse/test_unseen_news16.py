"""Round 16 of bench/geonews: war roundups, disasters and wire copy.

A hand-curated river (geo/places/build/regions.tsv) shares its bare name with towns and areas
("Dnipro", "Thames", "Zambezi"): English writes the river with the article ("the Dnipro") and
the town without it ("struck Dnipro"), so the bare name is the town, the name after "the" the
river. Sentences invented for these tests.
"""
from __future__ import annotations

import pytest
from geoparse_fixtures import found_as


def found(text: str) -> list[tuple[str, str | None]]:
    return found_as(text, "id")


def ids(text: str, name: str) -> list[str | None]:
    return [i for t, i in found(text) if t == name]


# -- a hand-curated river's bare name is the town of that name ----------------------------------


@pytest.mark.parametrize(
    ("text", "name", "place_id"),
    [
        # a Ukrainian city of a million beside the river of its name
        ("Drones hit an energy plant in Dnipro and a school in Sumy before dawn.", "Dnipro", "gn:709930"),
        # New Zealand's town at the foot of the Coromandel
        ("Police in Thames arrested a driver after a chase towards Paeroa.", "Thames", "gn:2208333"),
        # the Zambian district town, named with its district word
        ("Health workers in Zambezi district reported cholera cases this week.", "Zambezi", "gn:895953"),
    ],
)
def test_a_bare_river_name_is_the_town(text, name, place_id):
    assert ids(text, name) == [place_id]


@pytest.mark.parametrize(
    ("text", "name", "place_id"),
    [
        ("Soldiers crossed the Dnipro on rafts south of Zaporizhzhia.", "Dnipro", "region:river-dnipro"),
        ("The Thames rose above its towpaths at Henley.", "Thames", "region:river-thames"),
        ("Hippos were seen where the Zambezi narrows near Kariba.", "Zambezi", "region:river-zambezi"),
    ],
)
def test_the_river_with_its_article_stays_the_river(text, name, place_id):
    assert ids(text, name) == [place_id]


def test_the_town_and_the_river_in_one_story_are_two_places():
    text = "Missiles struck Dnipro at night; by morning the Dnipro carried oil slicks downstream."
    assert ids(text, "Dnipro") == ["gn:709930", "region:river-dnipro"]


def test_a_river_no_town_bears_keeps_its_bare_name():
    assert ids("Nile cruises resumed from Luxor in March.", "Nile") == ["region:river-nile"]


# -- another spelling of a town's name, placed by a list or by an area or camp word after it -----


@pytest.mark.parametrize(
    ("text", "name", "place_id"),
    [
        # GeoNames' Ţūlkarm; "Tulkarem" is an alternate spelling, read once the text places it
        ("Army bulldozers tore up roads in Qalqilya, Tulkarem and Tubas overnight.", "Tulkarem", "gn:281577"),
        # GeoNames' Izyum, after the plural area word of the list
        ("Artillery hit villages of the Balakliia and Izium districts.", "Izium", "gn:707292"),
        # GeoNames' Al Burayj, before a camp's word
        ("Medics carried the wounded out of the Bureij refugee camp at dawn.", "Bureij", "gn:281161"),
    ],
)
def test_a_town_spelt_otherwise_is_read_where_the_text_places_it(text, name, place_id):
    assert ids(text, name) == [place_id]


def test_an_unplaced_other_spelling_is_still_no_place():
    # nothing places it: another language's name of a place is no mention without a cue
    assert ids("Tulkarem said nothing more.", "Tulkarem") == []


# -- a capital's English name that is also its province's -----------------------------------------


def test_the_english_name_of_a_capital_is_the_capital_not_its_province():
    # GeoNames keys "Kiev" to the city (an alternate name) and to Kyiv Oblast ("Kiev Oblast")
    assert ids("Talks in Kiev ended without a deal on grain exports.", "Kiev") == ["gn:703448"]


# -- "regions" after a list: each member is the first-level area ---------------------------------


def test_a_list_before_regions_names_the_areas():
    text = "Drones were shot down over the Poltava and Chernihiv regions before dawn."
    assert ids(text, "Poltava") == ["UA-53"] and ids(text, "Chernihiv") == ["UA-74"]


def test_a_bare_city_name_stays_the_city():
    assert ids("Drones were shot down over Poltava before dawn.", "Poltava") == ["gn:696643"]


# -- the districts a plural introduces ------------------------------------------------------------


def test_districts_listed_after_include_are_districts():
    text = "Flood-hit districts include Sonitpur, Baksa and Darrang, the state's relief office said."
    assert [i for t, i in found(text)][:3] == ["adm2:8739997", "adm2:8985782", "adm2:1273451"]


def test_a_list_after_regions_and_a_dash_names_the_areas():
    text = "Air raid alerts sounded in four regions – Poltava, Chernihiv, Vinnytsia and Zhytomyr."
    assert ids(text, "Poltava") == ["UA-53"] and ids(text, "Chernihiv") == ["UA-74"]


# -- a first-level area's possessive before a bare district name ----------------------------------


def test_a_states_possessive_before_a_bare_district_name_reads_the_district():
    assert ids("Elephants trampled crops in Odisha's Kandhamal last week.", "Kandhamal") == ["adm2:7627181"]


def test_another_states_possessive_reads_no_district():
    assert ids("Elephants trampled crops in Bihar's Kandhamal last week.", "Kandhamal") == []


def test_a_list_before_regions_reaches_an_oblast_keyed_only_under_its_adjective():
    # GeoNames keys Zaporizhzhia Oblast as "Zaporizka"; the press names it by its centre's name
    text = "Guided bombs fell on the Zaporizhzhia and Kherson regions overnight."
    assert ids(text, "Zaporizhzhia") == ["UA-23"]


def test_the_bare_name_of_that_oblast_stays_the_city():
    assert ids("A guided bomb fell on Zaporizhzhia overnight.", "Zaporizhzhia") == ["gn:687700"]
