"""The geoparser's shortcuts give what the long way gives: the judges' remembered facts about a
name's own readings, the recognisers _scan skips for a word, and the table of span keys."""
from __future__ import annotations

import pytest

from geo.geoparse import cues, judges, recognisers
from geo.geoparse.cues import _Context, _gazetteer, _span_key, _span_keys
from geo.geoparse.tokens import _gap_ok, _joins, _near_capitals
from geo.models import Place
from geo.places.normalize import normalize

LAKKI = Place("gn:11", "Lakki", "place", 32.6, 70.9, "PK", "PK-KP", 60_000)
MARWAT = Place("gn:12", "Lakki Marwat", "place", 32.6, 70.9, "PK", "PK-KP", 5_000)
AREA = Place("XX-01", "Lakki Marwat", "admin1", 32.6, 70.9, "PK", "PK-KP", 0)
ALIAS = Place("gn:13", "Tajori", "place", 12.0, 40.0, "ET", "ET-AA", 900_000)


def _slow(places, key):
    """The three passes the judges made before the facts were remembered."""
    return (
        any(normalize(p.name) == key for p in places),
        any(key.startswith(normalize(p.name) + " ") for p in places),
        max((judges._pop(p) for p in places if normalize(p.name) == key), default=0),
    )


@pytest.mark.parametrize(
    "places, key",
    [
        ((LAKKI,), "lakki marwat"),  # the own name starts the key
        ((LAKKI, MARWAT, AREA), "lakki marwat"),  # an area counts 500,000 people
        ((ALIAS,), "lakki"),  # only an alias
        ((), "lakki"),
        ((ALIAS,) * 9 + (MARWAT,), "lakki marwat"),  # many readings: remembered
        ((LAKKI,) * 12, "tajori"),
    ],
)
def test_own_name_facts_are_those_of_the_three_passes(places, key):
    assert judges._own_name(places, key) == _slow(places, key)
    assert judges._own_name(places, key) == _slow(places, key)  # the remembered answer too


def test_own_name_facts_are_remembered_per_name():
    places = (LAKKI,) * 5 + (MARWAT,) * 5
    assert judges._own_name(places, "lakki")[2] == 60_000
    assert judges._own_name(places, "lakki marwat")[2] == 5_000  # the same tuple, another name


SENTENCES = [
    "President Obama met Gen. Asim Munir and Abdel-Karim Hassan in Lahore.",
    "I’ve seen The Hague and the U.S. from North Carolina, said Mary Jones.",
    "Sri Lankan troops reached Southern California; We'll go to Charleston, W.Va., and Fla. man said.",
    "Virginia Beach, Laurel County, Lake Chad, Gulf of Mexico, Dover Milford Road and Mr. Walker's cat.",
    "Chad Ellery and Kerry-Ann Hale of Pakistani origin visited Western Sahara and the Baltic Sea.",
    "Ships left the South China Sea for the Red River Valley, Bay of Bengal and Mt. Everest Base Camp.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_the_recognisers_a_word_skips_would_not_take_it(text):
    gaz = _gazetteer()
    toks = _near_capitals(text, 0, len(text))
    s = recognisers._Scan(text, toks, gaz, _Context(text), set())
    checked = 0
    for i, t in enumerate(toks):
        if not t.cap:
            continue
        low = t.word.lower()
        at = recognisers._At(i, low, None)
        kept = recognisers._before_for(t.word, low)
        for rec in recognisers._BEFORE_LOOKUP:
            if rec not in kept:
                assert rec(s, at) is None, (rec.__name__, t.word)
                checked += 1
        at.found = s.lookup(i)
        kept = recognisers._after_for(s, i, t.word, low, at.found)
        for rec in recognisers._AFTER_LOOKUP:
            if rec not in kept:
                assert rec(s, at) is None, (rec.__name__, t.word)
                checked += 1
    assert checked  # the shortcut skipped something here


def test_span_keys_read_as_the_gazetteer_and_are_remembered():
    gaz = _gazetteer()
    assert _span_key("Quetta", gaz.is_key) == "quetta"
    assert _span_key("St. Petersburg", gaz.is_key) in ("st petersburg", "saint petersburg")
    assert gaz.is_key(_span_key("St. Petersburg", gaz.is_key))
    assert _span_key("Qwertyuiop", gaz.is_key) == ""
    table = _span_keys(gaz)
    assert _span_keys(gaz) is table  # one table per gazetteer
    text = "Talks opened in Quetta."
    toks = _near_capitals(text, 0, len(text))
    i = next(k for k, t in enumerate(toks) if t.word == "Quetta")
    assert cues._lookup_span(text, toks, i, gaz, 6, keys=table) == (i, "quetta")
    assert table["Quetta"] == "quetta"


def test_a_full_table_of_span_keys_starts_afresh(monkeypatch):
    gaz = _gazetteer()
    monkeypatch.setattr(cues, "_SPAN_KEYS_MAX", 2)
    table = {"a": "", "b": ""}
    text = "Rain in Quetta."
    toks = _near_capitals(text, 0, len(text))
    i = next(k for k, t in enumerate(toks) if t.word == "Quetta")
    assert cues._lookup_span(text, toks, i, gaz, 6, keys=table) == (i, "quetta")
    assert table == {"Quetta": "quetta"}


@pytest.mark.parametrize("text", SENTENCES + ["St.  Louis, Ft.Worth - Mt. Hood;\nU. S. A's  Jo-Ann. ,Pa. , St. , Mr.\u00a0Lee"])
def test_joins_are_those_of_gap_ok(text):
    toks = _near_capitals(text, 0, len(text))
    expected = [(not a.poss and text[a.end : b.start] == " ") or _gap_ok(text, a, b) for a, b in zip(toks, toks[1:])]
    assert _joins(text, toks) == expected
