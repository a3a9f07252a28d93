"""Villages the gazetteer lacks named as the sites of strikes and raids with no cue word ("drones
struck Tolmarek", "an air strike in Vessaguri", "shells hit Orbenu and Dolvasti"): the name is
kept as an unknown name (no place) when it is strange (no English word, no person's name, no
group, no demonym) and stands as the object of a strike's verb, after "in"/"near"/"around" right
after the strike's own noun, or in a list such a site or a known town opens. Sentences and
village names are ours (Tolmarek, Vessaguri, Orbenu, Dolvasti are unknown to the gazetteer)."""
from __future__ import annotations

import pytest

from geo.geoparse.recognise import parse


def unknown(text: str) -> list[str]:
    return [m.text for m in parse(text) if m.place is None and m.form == "name"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Drones struck Tolmarek and Vessaguri overnight, killing two.", ["Tolmarek", "Vessaguri"]),
        ("Artillery shelled Orbenu on Tuesday.", ["Orbenu"]),
        ("An air strike in Vessaguri killed three people.", ["Vessaguri"]),
        ("Heavy shelling around Dolvasti was reported.", ["Dolvasti"]),
        ("Israeli strikes hit Orbenu, Tolmarek and Dolvasti in southern Lebanon.", ["Orbenu", "Tolmarek", "Dolvasti"]),
        # a known town opens the list: the names after it are sites too
        ("Drones struck Kafr Zita and Vessaguri in Hama province.", ["Vessaguri"]),
    ],
)
def test_a_strike_s_site_the_gazetteer_lacks_is_kept(text, names):
    assert unknown(text) == names


@pytest.mark.parametrize(
    "text",
    [
        # no strike in the sentence: a name after "in" is not read as a site
        "The delegation met farmers in Vessaguri on Monday.",
        # the strike is elsewhere in the sentence, not right before the locative
        "After the strikes the minister spoke in Vessaguri on Monday.",
        # a name before a lower-case noun qualifies it: no site of its own
        "Drones struck Tolmarek hospital on Monday.",
        # a mixed-case party's name, an apposition that makes the name a party's
        "Protesters attacked JaPa members after the raid.",
        "The raid targeted Vessaguri, the ruling party, in the capital.",
        # a person's name, an armed group's name
        "Drones struck Smith and Hezbollah overnight.",
    ],
)
def test_no_site_without_a_strike_s_cue(text):
    assert unknown(text) == []
