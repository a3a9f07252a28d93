"""Names the gazetteer lacks that the words around them tell are sites of the countryside: a
village, a rural subdivision, a camp or a post (geo.geoparse.recognisers._site_cue). They are
kept as unresolved mentions, so the events step sees a site of its own there. Sentences and
village names are ours (the names are checked to be unknown to the gazetteer)."""
from __future__ import annotations

import pytest

from geo.geoparse.recognise import parse


def unknown(text: str) -> list[str]:
    """The unresolved names of ``text``, after checking the offsets."""
    ms = parse(text)
    for m in ms:
        assert text[m.start : m.end] == m.text
    return [m.text for m in ms if m.place is None and m.form == "name"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a post, then where it stands (a list goes on)
        ("Insurgents then attacked the police outposts at Tolmarek Khunou and Vessaguri.", ["Tolmarek Khunou", "Vessaguri"]),
        ("Gunmen opened fire on a checkpoint in Tolmarek before dawn.", ["Tolmarek"]),
        # a rural subdivision, a police station or a camp told by its word after the name
        ("Clashes broke out in Tolmarek upazila on Sunday.", ["Tolmarek"]),
        ("Militants attacked the Tolmarek Police Station in Vessaguri tehsil at night.", ["Tolmarek", "Vessaguri"]),
        ("Thousands fled to Tolmarek camp after the raid.", ["Tolmarek"]),
        # a list of names, then a plural site noun
        ("Terrorists attacked the Tolmarek and Vessaguri police stations on Friday night.", ["Tolmarek", "Vessaguri"]),
        ("Gunmen kidnapped farmers from the Tolmarek, Vessaguri and Orbenu communities.", ["Tolmarek", "Vessaguri", "Orbenu"]),
        # a plural noun of places before "of" heads a list
        ("The raids happened on Thursday in the areas of Tolmarek and Vessaguri.", ["Tolmarek", "Vessaguri"]),
        # where the name lies from a known place, or the area that holds it
        ("Gunmen stopped a bus in Tolmarek, 40 km south of Peshawar, on Monday.", ["Tolmarek"]),
        ("In Tolmarek, south of Agadir, a bank was ransacked.", ["Tolmarek"]),
        ("Armed men attacked a bus in Tolmarek, in the northern province of Seno.", ["Tolmarek"]),
        ("Firing was reported at Tolmarek Leikai in Manipur's Bishnupur district.", ["Tolmarek Leikai"]),
    ],
)
def test_a_site_of_the_countryside_is_kept_as_an_unknown_name(text, names):
    assert unknown(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Officials from the Gottlieb camp said they would appeal the ruling.",  # a politician's side
        "Tolmarek and Vessaguri met in the final on Sunday.",  # no site word
        "He told reporters in Peshawar that Tolmarek had left.",  # a bare name after a verb
        "Gunmen torched houses in the Tolmarek villages near the highway.",  # one name and a plural: a people's
    ],
)
def test_no_site_without_its_words(text):
    assert not [n for n in unknown(text) if "Tolmarek" in n or n == "Gottlieb"]


def test_a_county_before_a_distance_is_read_as_the_county():
    # "in X County, 2 miles from": the county's own recogniser reads it, not a settlement's cue
    text = (
        "Deputies in Anderson County, Texas, said the pickup was stolen Sunday in Freestone County, "
        "approximately 2 miles from where the suspect left the car."
    )
    ids = {m.text: m.place.id if m.place else None for m in parse(text)}
    assert ids["Freestone County"] == "us-county:TX:freestone-county"
