"""The recognisers (geo.geoparse.recognisers) on sentences written for these tests: a place's
name before a surname is a person where the text uses the pair as one, and only there."""
from __future__ import annotations

import pytest

from geo.geoparse.recognise import parse


def found(text: str) -> list[tuple[str, str | None]]:
    """(surface text, place id) of every mention, organisations included."""
    return [(m.text, m.place.id if m.place else None) for m in parse(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Jordan Henderson said the club would recover.",  # a verb of saying after the pair
        '"We will win," said Jordan Henderson.',  # ... or before it
        "Chad Ellery, 41, was charged on Friday.",  # an age
        "Kenya Moore, the talk show host, left early.",  # an apposition naming a role
        "The veteran midfielder Jordan Henderson signed on Monday.",  # a role noun before it
        "Israel Adesanya told reporters he would fight again.",
        # the bare surname used as a person later: news names someone a second time so
        "Chad Ellery scored early on Saturday. Ellery said the win mattered.",
        # ... or the pair itself used as a person elsewhere: one sense per text
        "Paris Hilton arrived late. Later Paris Hilton said she was tired.",
        # a census first name and a census surname that is no common word: a full name
        "Jordan Henderson visited the hospital on Monday.",
    ],
)
def test_a_place_and_a_surname_used_as_one_person_are_no_places(text):
    assert found(text) == []


def test_the_surname_of_such_a_person_is_theirs_for_the_whole_text():
    text = "Jordan Henderson said the team was tired. Henderson scored twice against Leeds."
    assert [t for t, _ in found(text)] == ["Leeds"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country's or a large place's name alone keeps its reading in the same text
        ("Jordan Henderson said he would visit Jordan next year.", [("Jordan", "JOR")]),
        ("Paris Hilton, the hotel heiress, flew to Paris on Monday.", [("Paris", "gn:2988507")]),
        ("Kenya Moore arrived in Nairobi. Moore said she was delighted.", [("Nairobi", "gn:184745")]),
    ],
)
def test_the_place_in_such_a_name_stays_a_place_elsewhere(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jordan's king met the envoy on Monday.", [("Jordan", "JOR")]),
        ("Police in Henderson, Nevada arrested a man.", [("Henderson", "gn:5505411"), ("Nevada", "US-NV")]),
        ("Flights from Boston were cancelled.", [("Boston", "gn:4930956")]),
        ("Officials in Paris said the plan was ready.", [("Paris", "gn:2988507")]),
        # a town takes a possessive as often as a person does: no evidence of a person
        ("Henderson's mayor said the budget was tight.", [("Henderson", "gn:5505411")]),
        # the place's people after the pair: a place ("a Rock Hill man")
        ("Residents of Rock Hill said the storm was bad.", [("Rock Hill", "gn:4593142")]),

    ],
)
def test_places_used_as_places_stay(text, expected):
    assert found(text) == expected


def test_the_government_speaking_through_its_capital_keeps_meaning_the_country():
    (m,) = parse("Washington said it would impose sanctions.")
    assert (m.text, m.form, m.place.country) == ("Washington", "name", "US")


def test_a_surname_that_is_also_a_common_word_is_no_full_names_evidence_alone():
    # "Tech", "Park": an institution or a place named after the area, not a person
    assert [t for t, _ in found("The Georgia Tech team won on Saturday.")] == ["Georgia"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role written in lower case before a full name: the name is a person's, even where
        # its last word is a province of some island state
        ("By night 40 people were held, police spokesperson Anselmo Rodrigues said in Luanda.", ["Luanda"]),
        ("The party spokesman Tomas Lisboa spoke in Maputo.", ["Maputo"]),
        # an office before a full name whose first word a large city bears: still the person's
        ("The ministry summoned the ambassador Cheng Lianhua to protest on Monday.", []),
        ("Our foreign minister Wuhan Tao flew to Nairobi.", ["Nairobi"]),
        # not every title: "the general Kabul area" is the city's
        ("Fighting spread across the general Kabul area.", ["Kabul"]),
    ],
)
def test_a_full_name_after_a_role_in_lower_case_is_a_person(text, expected):
    assert [t for t, _ in found(text)] == expected


def test_a_name_whose_own_spelling_starts_with_the_is_read_after_a_lower_case_the():
    assert found("About thirty people waited outside the court in the Hague on Friday.") == [("Hague", "gn:2747373")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Persian and Urdu link one name's words by "-e-", "-i-": the first word alone is
        # another place, the whole a quarter the gazetteer lacks
        ("A bomb went off in Dasht-i-Barchi, a district of western Kabul.", ["Kabul"]),
        # ... also written with a space after the link: "Qala-e Fatehullah" is no Qala (Malta)
        ("A bomb went off in the Qala-e Fatehullah area of Kabul.", ["Kabul"]),
        # names the gazetteer knows whole stay whole; two places joined by a hyphen stay two
        ("Lorries left Mazar-i-Sharif for the Iran-Pakistan border.", ["Mazar-i-Sharif", "Iran", "Pakistan"]),
    ],
)
def test_a_name_linked_on_by_a_hyphenated_link_is_one_name(text, expected):
    assert [t for t, _ in found(text)] == expected


def test_a_compass_word_before_a_longer_hyphenated_name_is_passed_over():
    # "South Port" and "North Port" are gazetteer names, but the name after the compass word
    # goes on: the reading is the capital, not a fragment of it read as Spain or Florida
    from geo.geoparse.recognise import parse

    ms = parse("Gunfire echoed through South Port-of-Spain while crowds filled North Port-au-Prince.")
    assert [(m.text, m.place.id if m.place else None) for m in ms] == [
        ("Port-of-Spain", "gn:3573890"), ("Port-au-Prince", "gn:3718426")
    ]


def test_a_compass_town_of_its_own_stays():
    from geo.geoparse.recognise import parse

    assert [m.text for m in parse("The council of North Port met on Tuesday.")] == ["North Port"]
