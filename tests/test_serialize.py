"""Models <-> JSON: round trips, stable hashes, and refusal of bad or hostile data."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.errors import InputError, LimitError
from geo.models import (
    Article,
    ArticleResult,
    Correction,
    Event,
    EventLocation,
    Mention,
    Place,
    Result,
    ScoredPlace,
    Span,
)
from geo.serialize import (
    article_from_dict,
    article_to_dict,
    content_hash,
    correction_from_dict,
    dumps,
    event_to_dict,
    from_dict,
    loads,
    mention_to_dict,
    result_from_dict,
    result_to_dict,
    to_dict,
)

TEXT = "Clashes near Quetta\nTroops clashed with militants near Quetta in Balochistan on Monday."
QUETTA = Place("gn:1167528", "Quetta", "place", 30.18, 66.99, "PK", "PK-BA", 1_000_000, 1167528)
BALOCHISTAN = Place("PK-BA", "Balochistan", "admin1", 28.5, 65.1, "PK", "PK-BA")


def _result() -> Result:
    article = Article(
        id="0123456789abcdef",
        title="Clashes near Quetta",
        text=TEXT,
        date=dt.date(2024, 3, 4),
        url="https://news.example.org/quetta",
        source="pasted",
        skipped=(Span(0, 5, "test span"),),
    )
    start = TEXT.index("Quetta", 20)
    mention = Mention(
        start, start + 6, "Quetta", QUETTA, 0.9,
        candidates=(ScoredPlace(QUETTA, 0.9), ScoredPlace(BALOCHISTAN, 0.1)),
        evidence=("largest population", "same province as Balochistan"),
    )  # fmt: skip
    sentence = Span(20, len(TEXT), "")
    trigger = Span(TEXT.index("clashed"), TEXT.index("clashed") + 7, "")
    event = Event(
        id="ev1", article_id=article.id, type="Battles", subtype="Armed clash", trigger=trigger,
        sentence=sentence, rule="clash-verb", actors=("Troops", "militants"),
        location=EventLocation("Quetta", "place", QUETTA.id, QUETTA.lat, QUETTA.lon, "site", (start, start + 6)),
        precision=1, date=dt.date(2024, 3, 4), time_precision=1, fatalities=None,
        places=(EventLocation("Balochistan", "admin1", "PK-BA", 28.5, 65.1, "mentioned"),),
    )  # fmt: skip
    correction = Correction(article.id, start, start + 6, "choose", QUETTA.id, BALOCHISTAN.id, "2024-03-05T10:00:00Z")
    return Result((ArticleResult(article, (mention,), (event,)),), (correction,))


def test_result_round_trips_through_json():
    r = _result()
    d = result_to_dict(r)
    again = result_from_dict(json.loads(dumps(d)))
    assert again == r
    assert isinstance(again.articles[0].mentions[0].candidates, tuple)
    assert again.articles[0].events[0].location.mention == r.articles[0].events[0].location.mention


def test_plain_form_uses_iso_dates_and_lists():
    d = result_to_dict(_result())
    art = d["articles"][0]["article"]
    assert art["date"] == "2024-03-04"
    assert isinstance(art["skipped"], list) and art["skipped"][0] == {"start": 0, "end": 5, "reason": "test span"}
    ev = event_to_dict(_result().articles[0].events[0])
    assert ev["location"]["mention"] == [ev["location"]["mention"][0], ev["location"]["mention"][0] + 6]
    m = mention_to_dict(_result().articles[0].mentions[0])
    assert m["place"]["id"] == "gn:1167528" and m["candidates"][1]["place"]["id"] == "PK-BA"


def test_article_and_correction_round_trip():
    r = _result()
    a = r.articles[0].article
    assert article_from_dict(article_to_dict(a)) == a
    c = r.corrections[0]
    assert correction_from_dict(to_dict(c)) == c


def test_missing_optional_fields_take_defaults():
    a = article_from_dict({"id": "x", "title": "t", "text": "body"})
    assert a == Article("x", "t", "body")


def test_dumps_is_stable_and_sorted():
    r = _result()
    assert dumps(r) == dumps(result_from_dict(result_to_dict(r)))
    keys = list(json.loads(dumps(Span(1, 2, "a"))))
    assert keys == sorted(keys)
    assert content_hash(r) == content_hash(result_from_dict(json.loads(dumps(r))))
    assert content_hash({"a": 1, "b": 2}) == content_hash({"b": 2, "a": 1})
    assert content_hash(Span(1, 2)) != content_hash(Span(1, 3))
    assert len(content_hash(r)) == 64


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), -float("inf")])
def test_dumps_refuses_nan(bad):
    with pytest.raises(InputError, match="NaN"):
        dumps(Place("p", "P", "place", bad, 0.0, ""))


def test_to_dict_refuses_non_records():
    with pytest.raises(InputError):
        to_dict({"a": 1})
    with pytest.raises(InputError):
        dumps(object())


@pytest.mark.parametrize(
    ("data", "path"),
    [
        ({"id": "x", "title": "t"}, "text"),  # required field missing
        ({"id": "x", "title": "t", "text": 5}, "article.text"),
        ({"id": "x", "title": "t", "text": "a", "date": "yesterday"}, "article.date"),
        ({"id": "x", "title": "t", "text": "a", "evil": 1}, "evil"),
        ({"id": "x", "title": "t", "text": "a", "skipped": [{"start": "0", "end": 1}]}, "article.skipped[0].start"),
        ({"id": "x", "title": "t", "text": "a", "skipped": [{"start": 0, "end": 99}]}, "outside"),
        ([1, 2], "article"),
    ],
)
def test_article_from_dict_names_the_bad_value(data, path):
    with pytest.raises(InputError, match=path.replace("[", r"\[").replace("]", r"\]")):
        article_from_dict(data)


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "ftp://x.org/a"])
def test_article_from_dict_drops_unsafe_urls(url):
    a = article_from_dict({"id": "x", "title": "t", "text": "a", "url": url})
    assert a.url is None


def test_result_from_dict_refuses_tampered_offsets_and_non_finite_numbers():
    d = result_to_dict(_result())
    d["articles"][0]["mentions"][0]["start"] += 1
    with pytest.raises(InputError, match="mentions"):
        result_from_dict(d)
    d = result_to_dict(_result())
    d["articles"][0]["events"][0]["sentence"]["end"] = 10**6
    with pytest.raises(InputError, match="events"):
        result_from_dict(d)
    d = result_to_dict(_result())
    d["articles"][0]["mentions"][0]["place"]["lat"] = float("nan")
    with pytest.raises(InputError, match="finite"):
        result_from_dict(d)
    d = result_to_dict(_result())
    d["articles"][0]["mentions"][0]["score"] = True  # a bool is not a number here
    with pytest.raises(InputError, match="score"):
        result_from_dict(d)


def test_correction_from_dict_validates_action_and_span():
    base = to_dict(_result().corrections[0])
    with pytest.raises(InputError, match="action"):
        correction_from_dict({**base, "action": "delete-all"})
    with pytest.raises(InputError, match="span"):
        correction_from_dict({**base, "start": 9, "end": 3})


def test_from_dict_tuple_of_fixed_length():
    loc = {"name": "Q", "kind": "place", "id": "q", "lat": 1, "lon": 2, "mention": [1, 2, 3]}
    with pytest.raises(InputError, match="expected 2 values"):
        from_dict(EventLocation, loc)
    assert from_dict(EventLocation, {**loc, "mention": [1, 2]}).lat == 1.0


# -- loads: the safe JSON reader --------------------------------------------------------------


def test_loads_reads_plain_json():
    assert loads('{"a": [1, 2.5, "x", null, true]}') == {"a": [1, 2.5, "x", None, True]}
    assert loads(b'\xef\xbb\xbf{"a": 1}') == {"a": 1}


@pytest.mark.parametrize("text", ["NaN", '{"a": Infinity}', "[-Infinity]", "[1e999]"])
def test_loads_refuses_non_finite_numbers(text):
    with pytest.raises(InputError):
        loads(text, "upload.json")


def test_loads_refuses_huge_integers_cleanly():
    with pytest.raises(InputError, match="5,000 digits"):
        loads("[" + "7" * 5000 + "]", "ints.json")


def test_loads_refuses_deep_nesting_without_recursion_error():
    with pytest.raises(LimitError, match="'deep.json'"):
        loads("[" * 100_000 + "]" * 100_000, "deep.json")
    with pytest.raises(LimitError, match="BORDERLINES_MAX_JSON_DEPTH"):
        loads("[" * 100 + "]" * 100, "deep.json")
    assert loads("[" * 10 + "]" * 10) == [[[[[[[[[[]]]]]]]]]]


def test_loads_reports_position_of_syntax_errors():
    with pytest.raises(InputError, match=r"line 2, column 7"):
        loads('{"a": 1,\n "b": }', "x.json")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200) | st.binary(max_size=200))
def test_loads_raises_only_input_errors(data):
    try:
        loads(data)
    except InputError:
        pass


@settings(max_examples=200, deadline=None)
@given(
    st.builds(
        Article,
        id=st.text(max_size=20),
        title=st.text(max_size=40),
        text=st.text(max_size=200),
        date=st.none() | st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2100, 1, 1)),
        url=st.none() | st.sampled_from(["https://a.example.org/x", "http://b.example.com/?q=1"]),
        source=st.text(max_size=20),
        skipped=st.just(()),
    )
)
def test_article_round_trip_property(article):
    assert article_from_dict(json.loads(dumps(article))) == article


def test_docstring_examples_run():
    import doctest

    import geo.serialize

    assert doctest.testmod(geo.serialize).failed == 0
