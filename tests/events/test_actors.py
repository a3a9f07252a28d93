"""Actor phrases of a sentence and the parties of events (geo.events.actors)."""
from __future__ import annotations

import pytest
from event_fixtures import country, mentions_of, one, read

from geo.events.actors import ActorMemory, recognise
from geo.models import Span


def actors_of(text: str) -> list[tuple[str, str]]:
    found = recognise(text, Span(0, len(text)), mentions_of(text), ActorMemory(), country)
    return [(a.name, a.kind) for a in found]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Fighters of the Islamic State Sahel Province ambushed a convoy.", ("Islamic State Sahel Province", "org")),
        ("Russian missiles struck an apartment block.", ("Russia", "country")),
        ("Ukrainian shelling killed two people.", ("Ukraine", "country")),
        ("Military jets bombed a village.", ("Military", "group")),
    ],
)
def test_who_acts(sentence, expected):
    assert actors_of(sentence)[0] == expected


def test_places_are_not_actors():
    # a province the geoparser read is no organisation, a country named as an area is no actor
    assert actors_of("Rebels captured a town in Rakhine State on Thursday.") == [("Rebels", "group")]
    assert actors_of("Malian drones struck a camp in the Tillaberi region of Niger.") == [("Mali", "country")]


def test_the_group_refers_back_to_the_organisation():
    text = "The National Liberation Army killed six people. Petro accused the group of war crimes."
    accusation = one(read(text), "Statement/Accusation")
    assert accusation.actors[-1] == "National Liberation Army"


def test_a_speaker_after_the_event_is_no_party():
    clash = one(read("Rebels fought the military near Menaka, residents said."), "Armed clash")
    assert clash.actors == ("Rebels", "Military")


def test_a_repeated_sentence_reads_the_same_actors_at_its_own_place() -> None:
    from geo.events import actors

    line = "Gen. Asim Munir said gunmen attacked the post."
    text = f"{line}\nPolice arrested two men.\n{line}"
    first, second = Span(0, len(line)), Span(len(text) - len(line), len(text))
    a = recognise(text, first, mentions_of(text[: first.end]), ActorMemory(), country)
    b = recognise(text, second, [], ActorMemory(), country)
    assert [(x.name, x.start) for x in a] == [("Gen. Asim Munir", 0), ("Gunmen", 21)]
    assert [(x.name, x.start - second.start) for x in b] == [(x.name, x.start) for x in a]
    assert actors._phrases.cache_info().maxsize == 256  # the memo of repeated sentences is bounded


def test_the_memory_keeps_the_actors_a_reference_can_reach() -> None:
    from geo.events.actors import RECALL, Actor, _last_plural

    memory = ActorMemory()
    for i in range(5 * RECALL):
        memory.add_actors([Actor(10 * i, 10 * i + 5, f"Group {i}", "group", plural=True)])
        assert len(memory.actors) <= 2 * RECALL  # an article of many sentences keeps a bounded list
    last = 5 * RECALL - 1
    assert [a.name for a in memory.recent_actors()] == [f"Group {i}" for i in range(last - RECALL + 1, last + 1)]
    assert _last_plural(memory, [], 10 * last + 100).name == f"Group {last}"
    assert memory.first_start["Group 0"] == 0  # where each actor first acted is kept for every name


def test_the_country_last_named_under_a_name_is_the_one_read_back_from_the_end() -> None:
    import random

    from geo.models import Place

    rng = random.Random(7)
    places = {n: Place(f"c:{n}", n, "country", 0.0, 0.0, n[:2].upper()) for n in ("Iran", "Pakistan", "Mali", "Niger")}
    memory = ActorMemory()
    for _ in range(300):
        name = rng.choice(list(places))
        memory.add_country(name, places[name])
        asked = (rng.choice([*places, "Rebels"]), rng.choice([None, False, *places]))
        want = next((p for n, p in reversed(memory.countries) if n in asked), None)
        assert memory.last_country_named(*asked) is want


def test_an_office_holder_speaks_for_the_country_named_before_the_title():
    text = "On Saturday Iran's Information Minister Ali Reza condemned the rebel attacks on ships."
    said = one(read(text), "Statement/Accusation")
    assert (said.actors[0], said.location.name) == ("Minister Ali Reza (Iran)", "Iran")


def test_the_united_nations_speaks_for_itself():
    from event_fixtures import read

    text = "The United Nations condemned the shelling by Pakistan on Monday."
    assert [e.actors[0] for e in read(text) if e.subtype == "Statement/Accusation"] == ["United Nations"]


def test_by_after_an_active_verb_names_the_maker_of_its_object_not_the_speaker():
    said = one(read("Iran condemned the action by Pakistan near Quetta on Monday."), "Statement/Accusation")
    assert said.actors == ("Iran", "Pakistan")


def test_it_after_a_government_named_speaks_for_it():
    text = "The provincial government said a drone struck a gas field near Quetta on Monday. It condemned the attack as sabotage."
    assert "Statement/Accusation" in [e.subtype for e in read(text)]
    nobody = "A drone struck a gas field near Quetta on Monday. It condemned the attack as sabotage, the report said."
    assert "Statement/Accusation" not in [e.subtype for e in read(nobody)]


def test_a_title_in_initials_is_the_title_and_a_shorter_name_is_the_person_named_before():
    memory = ActorMemory()
    first = "Iran's President Saman Roy arrived on Monday."
    recognise(first, Span(0, len(first)), mentions_of(first), memory, country)
    later = "FM Velan and Deputy PM Aslam met President Roy."
    found = [(a.name, a.kind) for a in recognise(later, Span(0, len(later)), mentions_of(later), memory, country)]
    assert found == [
        ("Foreign Minister Velan", "person"), ("Deputy Prime Minister Aslam", "person"), ("President Saman Roy (Iran)", "person"),
    ]
