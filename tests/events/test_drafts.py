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


def test_a_named_anaphor_joins_the_event_it_names_and_gives_it_a_finer_site():
    text = (
        "Gunmen attacked a police checkpoint near the Afghan border in Pakistan on Monday, killing four guards. "
        "Hours after the attack, Pakistani drones struck a house across the border in Kharkiv, killing two men. "
        "The checkpoint attack took place near Quetta."
    )
    events = read(text)
    assert sorted((e.subtype, e.location.name) for e in events) == [
        ("Air/drone strike", "Kharkiv"), ("Armed clash", "Quetta"),
    ]


def test_a_sentence_opened_by_a_time_after_an_incident_tells_another_incident():
    text = "Militants killed two soldiers in Quetta on Monday. Hours after the ambush, gunmen killed a trader in Quetta."
    assert len([e for e in read(text) if e.type != "Diplomacy"]) == 2
