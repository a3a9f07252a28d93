"""Event drafts, references back to earlier events and merging (geo.events.drafts)."""
from __future__ import annotations

from event_fixtures import one, read


def test_a_statement_about_an_earlier_event_names_its_actor():
    text = "Malian drones struck a camp in the Tillaberi region on Sunday. Niger condemned the strike."
    assert one(read(text), "Statement/Accusation").actors == ("Niger", "Mali")


def test_a_rejected_accusation_names_the_accuser():
    text = (
        "Colombian officials said the rebels had been operating from Venezuelan territory. "
        "Venezuela rejected the accusation."
    )
    said, rejected = [e for e in read(text) if e.subtype == "Statement/Accusation"]
    assert (said.actors, said.cameo) == (("Colombia", "Venezuela"), "112")
    assert (rejected.actors, rejected.cameo) == (("Venezuela", "Colombia"), None)


def test_the_raid_is_the_attack_told_before():
    text = "Gunmen attacked a convoy near Menaka on Saturday. The raid lasted two hours."
    assert [(e.subtype, e.location.name) for e in read(text)] == [("Armed clash", "Menaka")]


def test_identical_events_of_one_day_and_place_are_merged():
    text = "Police arrested two men in Quetta on Monday. On Monday police also arrested them in Quetta."
    assert len([e for e in read(text) if e.subtype == "Arrests"]) == 1
