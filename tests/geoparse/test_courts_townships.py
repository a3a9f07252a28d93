"""Round 15 of bench/geonews: courts and police stations named after their town, Ireland's
Garda, and US civil townships.

British, Irish, Australian and New Zealand court and crime news names a court or a police
station after the town it sits in ("Preston Crown Court", "Midleton Garda Station"): the town's
name there is the town, not a first name before a surname nor a small place's name before a
firm's, and "Garda" there is Ireland's police, not the town on Lake Garda. "X Township" is a
civil township of the states that have them, never a town of that name in Texas. Sentences
invented for these tests.
"""
from __future__ import annotations

from geoparse_fixtures import found_as


def found(text: str) -> list[tuple[str, str | None]]:
    return found_as(text, "id")


def ids(text: str, name: str) -> list[str | None]:
    return [i for t, i in found(text) if t == name]


# -- a court or police station named after its town ---------------------------------------------


def test_a_town_named_like_a_first_name_before_its_crown_court():
    # "Preston" is a census first name: before "Crown" (a surname too) it made a person
    text = "A roofer, 41, was sentenced at Preston Crown Court on Friday for the van thefts."
    assert ids(text, "Preston") == ["gn:2639912"]


def test_a_small_town_before_its_garda_station_and_magistrates_court():
    text = "Witnesses were asked to ring Midleton Garda Station about the stolen quad bike."
    assert ids(text, "Midleton") == ["gn:2962630"]
    text = "The two brothers appeared at Preston Magistrates’ Court charged with burglary."
    assert ids(text, "Preston") == ["gn:2639912"]


def test_a_garda_station_in_lower_case():
    text = "The teenager was brought to Fermoy Garda station and later released."
    assert ids(text, "Fermoy") == ["gn:2964320"]


def test_garda_before_station_is_the_irish_police():
    text = "He was held at Sligo Garda Station overnight."
    assert ids(text, "Garda") == []
    assert ids(text, "Sligo") != []


def test_garda_without_a_station_is_left_to_the_other_rules():
    # the town on the lake stays the town where the text names it as one
    text = "We drove from Verona to Garda and took the ferry across the lake."
    assert ids(text, "Garda") == ["gn:3176320"]


def test_a_bare_qualifier_after_a_first_name_still_makes_a_person():
    # only the pair (qualifier, then "Court"/"Station") says a court: "Preston Crown" alone is a person
    text = "Preston Crown, 52, a retired welder, told the meeting he would stand again."
    assert ids(text, "Preston") == []


# -- civil townships ------------------------------------------------------------------------------


def test_a_township_is_no_town_of_a_state_without_townships():
    # the gazetteer has Cooper only in Texas, North Carolina and Georgia; none of them has
    # civil townships that go by that name: left unresolved, not pinned 2,000 km away
    text = "The Cooper Township supervisors voted to repave two gravel roads on Monday."
    assert ids(text, "Cooper Township") == [None]


def test_a_township_of_a_township_state_is_still_read():
    text = "The Lumberton Township committee met on Tuesday in Burlington County."
    assert ids(text, "Lumberton Township") == ["gn:4502820"]  # New Jersey, not North Carolina


def test_garda_before_a_rank_or_a_spokesman_is_the_irish_police():
    text = "A Garda spokesman said the Garda superintendent in Cavan would review the footage."
    assert ids(text, "Garda") == []
