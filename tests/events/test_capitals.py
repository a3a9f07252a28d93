"""A country named for its capital ("Iran's capital", "the Bangladeshi capital", "the capital of
Bangladesh") places an event at the capital city, not at the country's reference point."""
from __future__ import annotations

import pytest
from event_fixtures import PLACES, capital, mentions_of, read

from geo.events.capitals import capitals_named


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Protesters burned tyres in the streets of Iran's capital on Thursday.", "Tehran"),
        ("Police fired tear gas at marchers in the Bangladeshi capital on Monday.", "Dhaka"),
        ("Students marched through the capital of Bangladesh on Monday.", "Dhaka"),
        ("Police fired tear gas at marchers in Bangladesh's capital, Dhaka, on Monday.", "Dhaka"),
    ],
)
def test_an_event_in_a_countrys_capital_is_placed_at_the_city(text, city):
    events = [e for e in read(text) if e.type == "Protests" or e.type == "Riots"]
    assert [e.location.name for e in events] == [city]


def test_a_country_whose_capital_is_unknown_stays_the_country():
    text = "Rebels shelled the capital of Pakistan overnight."
    assert [m.place.name for m in capitals_named(text, mentions_of(text), capital)] == ["Pakistan"]


@pytest.mark.parametrize(
    "text",
    ["Iran's capital markets fell on Monday.", "Bangladesh's capital punishment laws were debated."],
)
def test_capital_as_money_is_no_city(text):
    assert [m.place.name for m in capitals_named(text, mentions_of(text), capital)] == [
        m.place.name for m in mentions_of(text)
    ]


def test_the_citys_own_name_joins_the_phrase_once():
    text = "Crowds gathered in Bangladesh's capital, Dhaka, on Monday."
    found = capitals_named(text, mentions_of(text), capital)
    assert [(m.text, m.place) for m in found] == [("Bangladesh's capital, Dhaka", PLACES["Dhaka"])]
