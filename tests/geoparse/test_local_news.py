"""Local news conventions of the US, Ireland and Australia (bench/geonews round 7): county
lists with the plural word before the list or capitalised after it, Irish "Co" counties, and
churches named after saints. Sentences and names invented for these tests."""
from __future__ import annotations

import pytest
from geoparse_fixtures import found_as


def found(text: str) -> list[tuple[str, str | None, str | None]]:
    return found_as(text, "kind", "admin1")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the plural county word before the list: every member a county, not its namesake town
        (
            "Evacuation orders covered the counties of Napa and Sonoma after the blaze jumped the ridge in California.",
            [("Napa", "admin2", "US-CA"), ("Sonoma", "admin2", "US-CA"), ("California", "admin1", "US-CA")],
        ),
        (
            "Voters in the parishes of Caddo, Bossier and Webster went to the polls, Louisiana officials said.",
            [("Caddo", "admin2", "US-LA"), ("Bossier", "admin2", "US-LA"), ("Webster", "admin2", "US-LA"),
             ("Louisiana", "admin1", "US-LA")],
        ),
        # a capitalised plural after the list, as US papers write it
        (
            "Severe drought now grips Benton and Tama Counties, the Iowa drought monitor showed.",
            [("Benton", "admin2", "US-IA"), ("Tama", "admin2", "US-IA"), ("Iowa", "admin1", "US-IA")],
        ),
        (
            "Burn bans were issued in Benton, Tama and Linn Counties on Friday in Iowa.",
            [("Benton", "admin2", "US-IA"), ("Tama", "admin2", "US-IA"), ("Linn", "admin2", "US-IA"),
             ("Iowa", "admin1", "US-IA")],
        ),
    ],
)
def test_a_plural_county_word_makes_every_listed_name_a_county(text, expected):
    assert found(text) == expected


def test_a_capitalised_plural_after_one_name_makes_no_county():
    # "the Home Counties" is a region's name, no list of counties
    assert found("Rain is forecast for the Home Counties tomorrow.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gardaí are appealing for witnesses after a van overturned in Co Kerry on Sunday.",
         [("Co Kerry", "admin1", "IE-KY")]),
        ("A cyclist from Co. Mayo was taken to hospital in Castlebar.",
         [("Co. Mayo", "admin1", "IE-MO"), ("Castlebar", "place", "IE-MO")]),
        # the county, though the text names its city too: one sense per text keys them apart
        ("A lorry shed its load on the Cork to Limerick road, the second spill in Co Cork this week.",
         [("Cork", "place", "IE-CO"), ("Limerick", "place", "IE-LK"), ("Co Cork", "admin1", "IE-CO")]),
    ],
)
def test_co_before_an_irish_county_is_the_county(text, expected):
    assert found(text) == expected


def test_co_after_a_company_name_makes_no_county_of_a_state():
    # "Co" is a company's word everywhere else: Ohio stays Ohio, never an Irish county
    assert found("The Brask Tool Co. Ohio plant will close in May.") == [("Ohio", "admin1", "US-OH")]


@pytest.mark.parametrize(
    "text",
    [
        "A relief centre opened at St Andrew’s Uniting Church in Forbes overnight.",
        "Pupils of St Andrew's were sent home early in Forbes.",
    ],
)
def test_a_saints_possessive_names_a_church_not_a_parish_abroad(text):
    # Jamaica's and Barbados' parishes named after saints are big areas; a saint's name in the
    # possessive is still the church, school or hospital
    assert found(text) == [("Forbes", "place", "AU-NSW")]


def test_a_saints_parish_named_with_its_country_stays():
    assert found("Flooding in St Andrew, Jamaica closed two roads.") == [
        ("St Andrew", "admin1", "JM-02"), ("Jamaica", "country", None)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state named bare is the state, not the capital that bears its name and more
        ("Two more measles cases were confirmed in Oklahoma on Friday.", [("Oklahoma", "admin1", "US-OK")]),
        ("Lawmakers met in Oklahoma City on Monday.", [("Oklahoma City", "place", "US-OK")]),
        # a city news means by any of its names keeps the shared name
        ("Protesters marched through New York on Sunday.", [("New York", "place", "US-NY")]),
    ],
)
def test_a_name_that_is_only_the_first_words_of_a_citys_is_the_areas(text, expected):
    assert found(text) == expected
