"""Death tolls (geo.events.fatalities): the lowest figure reported, ACLED's convention."""
from __future__ import annotations

import doctest

import pytest

import geo.events.fatalities
from geo.events.fatalities import fatalities_in, to_int


@pytest.mark.parametrize(
    "text, toll",
    [
        ("Shelling killed at least 12 people and wounded 30.", 12),
        ("The blast killed nine civilians, though local officials put the toll at 14 dead.", 9),
        ("No one was killed in the attack.", 0),
        ("Two soldiers were wounded.", None),
        ("Gunmen abducted five traders.", None),
    ],
)
def test_the_lowest_stated_toll(text, toll):
    assert fatalities_in(text, (0, len(text))) == toll


def test_figures_in_words_and_absurd_numbers():
    assert [to_int(w) for w in ("12", "1,200", "twelve", "dozens", "a")] == [12, 1200, 12, 12, 1]
    assert to_int("12345678901") is None  # no real toll has that many digits


def test_docstring_examples_run():
    assert doctest.testmod(geo.events.fatalities).failed == 0


def test_martyred_counts_the_dead():
    text = "Three policemen were martyred and two were wounded in the attack."
    assert fatalities_in(text, (0, len(text))) == 3


def test_ranks_of_the_forces_are_counted_dead():
    text = "Four constables were killed when the post came under fire."
    assert fatalities_in(text, (0, len(text))) == 4
