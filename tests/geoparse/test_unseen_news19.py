"""Round 19 of bench/geonews: war news from Sudan, Lebanon, Gaza, Syria, Ukraine's and Russia's
border regions, Yemen, Myanmar, Pakistan and the Sahel.

A hamlet beats a city of 100,000 of its country, named by its own name, by context alone no more
("Nikopol" beside Kupiansk); a lower-case compass adjective ("southern Gaza", "northern Idlib")
and "regional" after a name ("the Kherson regional administration") name the area, not its city;
and spellings the data lacked ("Deir Ezzor", "Nabatiyeh" for the city). Sentences invented for these tests (real names where the
gazetteer is needed).
"""
from __future__ import annotations

import pytest
from geoparse_fixtures import found_as


def found(text: str) -> list[tuple[str, str | None]]:
    return found_as(text, "id")


@pytest.mark.parametrize(
    ("text", "name", "place_id"),
    [
        # the city of 105,000 (Dnipropetrovsk), not the Kharkiv village of 588 that Kupiansk's
        # oblast and nearness favoured
        ("Drones hit Nikopol and Kupiansk overnight, the governor said.", "Nikopol", "gn:700051"),
    ],
)
def test_a_city_of_a_hundred_thousand_beats_a_hamlet_of_its_country(text, name, place_id):
    assert (name, place_id) in found(text)


@pytest.mark.parametrize(
    ("text", "name", "place_id"),
    [
        ("Shelling in northern Idlib killed three farmers on Sunday.", "Idlib", "SY-ID"),
        ("Tanks pushed into southern Gaza as families fled west.", "Gaza", "PS-GZA"),
        ("Two convoys were shelled in north-eastern Hama last week.", "Hama", "SY-HM"),
        # "regional" after the name: the oblast's administration, not the city's
        ("The Kherson regional administration reported two wounded.", "Kherson", "UA-65"),
        ("The Kharkiv Regional Military Administration said a school was hit.", "Kharkiv", "UA-63"),
    ],
)
def test_words_around_a_town_and_area_name_that_make_it_the_area(text, name, place_id):
    assert (name, place_id) in found(text)


@pytest.mark.parametrize(
    ("text", "name", "place_id"),
    [
        # the bare name, in the same texts' other sentences, stays the city
        ("Shelling in northern Idlib went on. In Idlib city, shops closed.", "Idlib", "gn:169389"),
        ("The Kherson regional administration said so. Kherson was shelled again.", "Kherson", "gn:706448"),
        # a capitalised compass word is read by the recogniser with the name, as before
        ("Flooding cut roads across Western Ukraine.", "Western Ukraine", "UKR"),
        # a country, a sea and a great city keep their reading after a compass adjective
        ("Twelve soldiers died in western Niger on Thursday.", "Niger", "NER"),
        ("Gunmen attacked a small town in southern Mexico.", "Mexico", "MEX"),
        ("A blast hit a school in western Kabul on Monday.", "Kabul", "gn:1138958"),
    ],
)
def test_the_bare_name_beside_them_stays_the_city(text, name, place_id):
    assert (name, place_id) in found(text)


@pytest.mark.parametrize(
    ("text", "name", "place_id"),
    [
        # the press's spellings the data lacked (geo/places/build/aliases.tsv)
        ("Two shells fell on a market in Deir Ezzor city on Tuesday.", "Deir Ezzor", "gn:170794"),
        ("An airstrike in Nabatiyeh levelled a block of flats.", "Nabatiyeh", "gn:278913"),
        # the governorate stays the governorate with its word
        ("Schools closed across Nabatieh province on Monday.", "Nabatieh", "LB-NA"),
    ],
)
def test_names_as_the_press_writes_them(text, name, place_id):
    assert (name, place_id) in found(text)
