"""Lists of villages the gazetteer lacks whose closing noun takes a capital ("near Tolmarek and
Vessaguri Villages"), and the localities armies' communiqués name as "general areas"
(geo.geoparse.recognisers._LIST_THEN_SITE_NOUN, geo.lang.en.settlements.SITE_NOUNS_PLURAL).
Sentences and names are ours (the names are unknown to the gazetteer)."""
from __future__ import annotations

import pytest

from geo.geoparse.recognise import parse


def unknown(text: str) -> list[str]:
    return [m.text for m in parse(text) if m.place is None and m.form == "name"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Two clashes were reported near Tolmarek and Vessaguri Villages on Thursday.", ["Tolmarek", "Vessaguri"]),
        ("Fighting spread to Tolmarek, Orbenu and Vessaguri Villages overnight.", ["Tolmarek", "Orbenu", "Vessaguri"]),
        ("Troops cleared Tolmarek and Vessaguri general areas of Borno on Monday.", ["Tolmarek", "Vessaguri"]),
    ],
)
def test_each_name_of_the_list_is_a_site(text, names):
    assert unknown(text) == names


def test_a_single_name_before_a_capitalised_plural_is_no_list():
    # "the Tolmarek Villages Association": one name before the plural is a body's, no list of sites
    assert unknown("The Tolmarek Villages Association met on Monday.") == []
