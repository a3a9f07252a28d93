"""A country named for its capital ("Iran's capital", "the Bangladeshi capital", "the capital of
Bangladesh") places an event at the capital city, not at the country's reference point."""
from __future__ import annotations

import pytest
from event_fixtures import PLACES, capital, mentions_of, one, read

from geo.events.capitals import bare_capitals, capitals_named


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


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # the capital named before, by name or by its country
        ("Police clashed with marchers in Dhaka on Sunday. On Monday a bomb went off in the capital.", "Dhaka"),
        ("Rioters burned cars in Iran's capital on Sunday. On Monday a bomb went off in the capital.", "Tehran"),
        # no capital named, but every place before it is in one country
        ("Gunmen stormed a post near Teknaf on Sunday. On Monday a bomb went off in the capital.", "Dhaka"),
    ],
)
def test_the_capital_alone_is_the_capital_the_article_speaks_of(text, city):
    bomb = one(read(text), "Remote explosive/landmine/IED")
    assert bomb.location.name == city


def test_the_capital_alone_after_several_countries_and_no_capital_is_left_unread():
    # which capital is meant is not known: the bare words must not become either country's
    text = "Officials of Iran and Bangladesh met on Sunday. On Monday a bomb went off in the capital."
    assert [m.text for m in bare_capitals(text, mentions_of(text), capital)] == ["Iran", "Bangladesh"]


def test_capital_as_money_or_a_named_capital_adds_nothing():
    for text in (
        "Protests spread in Bangladesh. Investors pulled out of the capital markets.",
        "Protests spread in Bangladesh. Police closed roads into the capital, Dhaka, on Monday.",
        "Protests spread in Bangladesh. The capital of Iran was calm.",
    ):
        ms = mentions_of(text)
        assert [m.text for m in bare_capitals(text, ms, capital)] == [m.text for m in ms]


def test_the_capital_in_a_lead_sentence_is_the_capital_of_the_country_named_next():
    text = "A peaceful rally in the capital over the killing of Bangladeshi students ended in violence on Monday."
    assert [e.location.name for e in read(text)] == ["Dhaka"]
