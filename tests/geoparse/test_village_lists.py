"""Lists of villages in conflict news ("the villages of A, B and C", "in A community").

A member of a list of settlements that the gazetteer also knows (as a city far away, or as
the first word of the member's longer name) does not end the list: the names after it are
villages as much as those before it. West African news calls a village its community ("in
Orlund community"); with no article before the name, the name is the village's. Sentences
invented for these tests (real gazetteer names only where a namesake is needed).
"""
from __future__ import annotations

import pytest
from geoparse_fixtures import found_as


def names(text: str) -> list[str]:
    return [t for t, _ in found_as(text, "id")]


@pytest.mark.parametrize(
    ("text", "after"),
    [
        # "Blida" is an Algerian city; "Gaza" a city too: the villages after them are still listed
        ("Shells fell on the villages of Tolmar, Blida and Vessik on Monday.", "Vessik"),
        ("Drones struck the villages of Gaza and Dunsa overnight.", "Dunsa"),
        ("Raids hit the villages of Tolmar, Gaza, Vessik and Dunsa at dawn.", "Dunsa"),
    ],
)
def test_a_gazetteer_name_does_not_end_a_list_of_villages(text, after):
    assert after in names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "Majdal" and "Gul" are other places' names; here they start a village's longer name
        ("Jets bombed the outskirts of the towns of Vessik and Majdal Zoun.", "Majdal Zoun"),
        ("Troops searched the villages of Tolmar and Gul Dara on Friday.", "Gul Dara"),
    ],
)
def test_a_later_member_keeps_its_longer_name(text, name):
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gunmen killed four farmers in Dunsabi community on Friday.", "Dunsabi"),
        ("The attackers then moved to Kalweri community and burnt houses.", "Kalweri"),
        # "Nasarawa" is a Nigerian state; here it starts the village's longer name
        ("Six farmers were killed at Nasarawa Dunsabi community on Tuesday.", "Nasarawa Dunsabi"),
    ],
)
def test_a_community_after_a_locative_is_a_village(text, name):
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        # with an article the name before "community" is a people's or a faith's
        "Leaders of the Vessari community met the governor on Friday.",
        "Elders in the Dunsabi community condemned the attack.",
    ],
)
def test_a_people_before_community_is_no_village(text):
    assert "Vessari" not in names(text) and "Dunsabi" not in names(text)
