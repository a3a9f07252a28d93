"""Where an event happened and with which precision (geo.events.places)."""
from __future__ import annotations

import pytest
from event_fixtures import one, read


def site(events, subtype: str) -> tuple[str | None, str | None, int, str]:
    e = one(events, subtype)
    loc = e.location
    return (loc.name if loc else None, loc.kind if loc else None, e.precision, e.rule)


def test_a_crowd_protests_where_it_lives():
    assert site(read("Residents of Menaka protested on Monday against the lack of protection."), "Peaceful protest")[:3] == (
        "Menaka", "place", 1,
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Ukrainian forces shot down 12 drones over the Sumy region overnight.",
        "Shelling killed two people in the region of Sumy on Friday.",
    ],
)
def test_a_town_name_standing_for_its_region_is_precision_3(sentence):
    events = read(sentence)
    assert [(e.location.name, e.precision) for e in events] == [("Sumy", 3)]


def test_a_relative_clause_places_the_event_and_the_statement_keeps_its_own_place():
    events = read("Bangladesh summoned Myanmar's ambassador in Dhaka to protest against shells that landed near Teknaf.")
    summons = one(events, "Statement/Accusation")
    assert (summons.actors, summons.location.name, summons.cameo) == (("Bangladesh", "Myanmar"), "Dhaka", "114")
    assert site(events, "Shelling/artillery/missile attack")[:3] == ("Teknaf", "place", 2)
    assert not [e for e in events if e.type == "Protests"]  # a diplomatic protest


def test_a_region_is_an_area_of_precision_3_and_an_unknown_kind_does_not_break_events():
    assert site(read("Militants attacked a convoy in the Sahel on Sunday."), "Armed clash")[:3] == ("Sahel", "region", 3)
    events = read("Gunmen attacked a bus in the Kashmir Valley on Sunday.")
    assert [(e.location.name, e.location.kind, e.precision) for e in events] == [("Kashmir Valley", "place", 3)]


def test_statements_in_between_do_not_move_the_scene_and_also_keeps_its_day():
    text = (
        "Gunmen ambushed a convoy near Menaka on Saturday, killing 15 soldiers. Niger condemned the attack. "
        "The gunmen also looted two trucks."
    )
    looting = one(read(text), "Looting/property destruction")
    assert (looting.location.name, looting.precision, looting.date.isoformat(), looting.time_precision) == (
        "Menaka", 2, "2025-05-10", 1,
    )
