"""The identity memo behind the per-name caches of the geoparser, and the caches it serves."""
from __future__ import annotations

import pytest

from geo.geoparse.memo import IdentityMemo
from geo.geoparse.resolve import Candidate, resolve
from geo.models import Place

FORD = Place("gn:2", "Fordham", "place", -31.1, 21.2, "SL", "SL-MA", 300_000)
KELP = Place("gn:3", "Kelpton", "place", 61.1, 10.9, "NL", "NL-MA", 20_000)


def test_a_hit_needs_the_very_object_and_the_same_extra():
    memo = IdentityMemo()
    places = (FORD, KELP)
    memo.put(places, "fordham", "facts")
    assert memo.get(places, "fordham") == "facts"
    assert memo.get((FORD, KELP), "fordham") is None  # equal, but another tuple: not trusted
    assert memo.get(places, "kelpton") is None


def test_a_full_memo_starts_afresh_and_stays_bounded():
    memo = IdentityMemo(size=3)
    kept = [(FORD, n) for n in range(10)]  # alive, so no id is reused
    for n, obj in enumerate(kept):
        memo.put(obj, None, n)
        assert len(memo) <= 3
    assert memo.get(kept[-1]) == 9
    assert memo.get(kept[0]) is None


def test_an_entry_keeps_its_object_so_a_reused_id_cannot_hit():
    memo = IdentityMemo()
    memo.put((FORD, 1), None, "first")  # the tuple would die here but for the memo
    for _ in range(50):  # new objects that might take a freed id
        assert memo.get((FORD, 2)) is None


@pytest.mark.parametrize("size", [0, -1, 1.5])
def test_size_must_be_positive(size):
    with pytest.raises(ValueError, match="size"):
        IdentityMemo(size=size)


def test_the_same_readings_under_two_names_rank_by_each_name():
    # One tuple of readings reached under two keys (as aliases make it): the ranking is
    # remembered per name, so each name still prefers the place that bears it as its own.
    both = (FORD, KELP)
    for text, expected in (("Kelpton", KELP), ("Fordham", FORD), ("Kelpton", KELP)):
        doc = f"Rain fell on {text}."
        start = doc.index(text)
        (m,) = resolve(doc, [Candidate(start, start + len(text), text, text.lower(), both)])
        assert m.place == expected, text
