"""Rivers and canals of the gazetteer (Natural Earth's, geo/places/build/features.py) in text:
read where the text says the feature word, never from a bare single word. Sentences invented
for these tests."""
from __future__ import annotations

from geo.geoparse.recognise import parse


def found(text: str) -> list[tuple[str, str | None]]:
    ms = parse(text)
    for m in ms:
        assert text[m.start : m.end] == m.text
    return [(m.text, m.place.id if m.place else None) for m in ms]


def test_a_river_named_with_river_is_the_river():
    text = "The Kafue River burst its banks near Itezhi-Tezhi on Monday, officials said."
    assert ("Kafue River", "region:river-kafue") in found(text)


def test_river_before_the_name_also_names_it():
    assert ("River Kafue", "region:river-kafue") in found("Boats were pulled from the River Kafue after the storm.")


def test_a_lower_case_river_after_the_name_reads_the_river():
    text = "Villagers near the Ruvuma river fled south after the raid."
    assert found(text) == [("Ruvuma", "region:river-ruvuma")]


def test_a_lower_case_river_reads_the_hand_curated_river_too():
    # regions.tsv has "Zambezi River"; the lower-case word now finds it as well
    assert found("Fishermen on the Zambezi river reported low water.") == [("Zambezi", "region:river-zambezi")]


def test_the_river_is_the_stretch_of_the_story_country_free():
    # a river of several countries has no country of its own (its countries are in regions.arrow)
    (pid,) = {p for t, p in found("Floods along the Limpopo River forced families from their homes.") if t == "Limpopo River"}
    assert pid == "region:river-limpopo"


def test_a_bare_name_is_never_read_as_a_derived_river():
    # no feature word: "Kafue" is the Zambian town, not the river
    text = "Traders in Kafue said the Kafue River rose this week."
    assert found(text) == [("Kafue", "gn:915883"), ("Kafue River", "region:river-kafue")]


def test_a_canal_is_named_with_its_word():
    assert ("Caledonian Canal", "region:canal-caledonian") in found("A barge ran aground in the Caledonian Canal on Sunday.")

