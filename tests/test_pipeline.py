"""The pipeline: articles -> Result; corrections re-derive events; the events command."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from geo.errors import InputError
from geo.ingest.readers import from_text
from geo.models import Correction, Result
from geo.pipeline import analyse, analyse_text, apply_corrections

EXAMPLE = Path(__file__).parent.parent / "examples" / "border_talks.txt"
ARTICLES = Path(__file__).parent / "articles"


@pytest.fixture(scope="module")
def example():
    return from_text(EXAMPLE.read_text(encoding="utf-8"))


def _span(text: str, word: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return start, start + len(word)


def test_analyse_text_returns_articles_mentions_and_events():
    result = analyse_text("Clashes in Quetta\nPolice arrested two men in Quetta on Monday.", date="2024-03-06")
    assert isinstance(result, Result) and len(result.articles) == 1
    ar = result.articles[0]
    assert {m.place.id for m in ar.mentions} == {"gn:1167528"}
    (event,) = ar.events
    assert (event.subtype, event.location.name, event.date) == ("Arrests", "Quetta", dt.date(2024, 3, 4))
    assert event.article_id == ar.article.id


def test_analyse_reports_progress_and_keeps_order(example):
    other = from_text("Raid in Quetta\nGunmen attacked a police post in Quetta on Friday.", date="2024-10-14")
    calls = []
    result = analyse([example, other], progress=lambda done, total: calls.append((done, total)))
    assert calls == [(1, 2), (2, 2)]
    assert [ar.article.id for ar in result.articles] == [example.id, other.id]


def test_boilerplate_never_reaches_events(example):
    ar = analyse([example]).articles[0]
    teaser = example.text.index("Read more:")
    assert any(s.start <= teaser < s.end for s in ar.article.skipped)
    assert all(not (e.sentence.start <= teaser < e.sentence.end) for e in ar.events)
    assert all(not (m.start >= teaser and m.end <= teaser + 45) for m in ar.mentions)


def test_removing_a_mention_moves_the_events_that_stood_on_it(example):
    text = example.text
    start, end = _span(text, "Taftan")
    before = analyse([example]).articles[0]
    raid = next(e for e in before.events if e.subtype == "Armed clash")
    assert raid.location.name == "Taftan"
    fix = Correction(example.id, start, end, "remove", "gn:9969716", None, note="not sure of the town")
    after = analyse([example], [fix])
    raid2 = next(e for e in after.articles[0].events if e.subtype == "Armed clash")
    assert (raid2.location.id, raid2.precision) == ("PK-BA", 3)  # "in Baluchistan" remains
    assert after.corrections == (fix,)
    assert all((m.start, m.end) != (start, end) for m in after.articles[0].mentions)


def test_choosing_another_place_changes_the_event_site(example):
    text = example.text
    start, end = _span(text, "Quetta")
    fix = Correction(example.id, start, end, "choose", "gn:1167528", "gn:1176615")  # -> Islamabad
    ar = analyse([example], [fix]).articles[0]
    protest = next(e for e in ar.events if e.type == "Protests")
    assert protest.location.name == "Islamabad"
    chosen = next(m for m in ar.mentions if (m.start, m.end) == (start, end))
    assert chosen.place.id == "gn:1176615" and "analyst" in chosen.evidence[0]


def test_adding_a_mention_places_an_event_the_geoparser_missed():
    text = "Checkpoint attacked\nGunmen attacked a checkpoint in Saindak on Monday, officials said."
    article = from_text(text, date="2024-10-16")
    plain = analyse([article]).articles[0].events
    assert [e.location for e in plain if e.type == "Battles"] == [None]
    start, end = _span(text, "Saindak")
    fix = Correction(article.id, start, end, "add", None, "gn:9969716", note="Saindak is beside Taftan")
    (event,) = [e for e in analyse([article], [fix]).articles[0].events if e.type == "Battles"]
    assert (event.location.id, event.precision, event.date) == ("gn:9969716", 1, dt.date(2024, 10, 14))


def test_corrections_replay_in_order_as_an_audit_trail(example):
    text = example.text
    start, end = _span(text, "Quetta")
    trail = [
        Correction(example.id, start, end, "remove", "gn:1167528", None),
        Correction(example.id, start, end, "remove", "gn:1167528", None),  # already gone: no error
        Correction(example.id, start, end, "choose", None, "gn:1176615"),  # back, as Islamabad
    ]
    ar = analyse([example], trail).articles[0]
    assert next(m for m in ar.mentions if m.start == start).place.id == "gn:1176615"
    assert next(e for e in ar.events if e.type == "Protests").location.name == "Islamabad"


def test_an_added_span_replaces_overlapping_mentions():
    from geo.models import Article, Mention, Place

    quetta = Place("gn:1167528", "Quetta", "place", 30.19, 67.0, "PK", "PK-BA")
    taftan = Place("gn:9969716", "Taftan", "place", 28.95, 61.59, "PK", "PK-BA")
    article = Article("A", "", "Clashes near Quetta Cantonment.")
    mentions = (Mention(13, 19, "Quetta", quetta, 0.9),)
    fix = Correction("A", 13, 30, "add", None, "gn:9969716")
    (m,) = apply_corrections(article, mentions, [fix], get_place=lambda pid: {"gn:9969716": taftan}[pid])
    assert (m.start, m.end, m.text, m.place.id) == (13, 30, "Quetta Cantonment", "gn:9969716")


def test_an_unknown_place_id_is_refused(example):
    from geo.errors import NotFoundError

    start, end = _span(example.text, "Quetta")
    with pytest.raises(NotFoundError, match="no-such-place"):
        analyse([example], [Correction(example.id, start, end, "choose", None, "gn:no-such-place")])


def test_corrections_of_other_articles_are_ignored(example):
    start, end = _span(example.text, "Taftan")
    fix = Correction("another-article", start, end, "remove", None, None)
    assert apply_corrections(example, (), [fix]) == ()


@pytest.mark.parametrize(
    ("correction", "message"),
    [
        (Correction("A", 0, 5, "rename", None, "PAK"), "unknown correction action 'rename'"),
        (Correction("A", 50, 500, "remove", None, None), "outside the article"),
        (Correction("A", 0, 5, "add", None, None), "needs a place id"),
    ],
)
def test_bad_corrections_are_refused_with_the_value(correction, message):
    from geo.models import Article

    article = Article("A", "", "Talks in Quetta on Monday.")
    with pytest.raises(InputError, match=message):
        apply_corrections(article, (), [correction])


def test_analyse_refuses_what_is_not_an_article():
    with pytest.raises(InputError, match="Article"):
        analyse(["just a string"])  # type: ignore[list-item]


def test_events_command_prints_a_table_and_writes_jsonl(tmp_path, capsys):
    from geo.cli.main import main

    out = tmp_path / "events.jsonl"
    code = main(["events", str(EXAMPLE), str(ARTICLES / "14_frontier_clash.txt"), "--out", str(out)])
    assert code == 0
    printed = capsys.readouterr().out
    assert "Diplomacy / Visit" in printed and "Iran–Balochistan border (border, 3)" in printed
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 10
    for row in rows:
        assert {"article_id", "type", "subtype", "actors", "date", "location", "precision", "sentence", "rule"} <= set(row)
        assert isinstance(row["actors"], list) and {"start", "end"} <= set(row["sentence"])
    border = next(r for r in rows if r["location"] and r["location"]["kind"] == "border")
    assert border["location"]["id"] == "border:IRN|PK-BA" and border["precision"] == 3
    texts = {r["source"]: r for r in rows}
    assert set(texts) == {"border_talks.txt", "14_frontier_clash.txt"}


def test_events_command_refuses_a_missing_file(tmp_path, capsys):
    from geo.cli.main import main

    missing = tmp_path / "nope.txt"
    assert main(["events", str(missing)]) == 1
    assert repr(str(missing)) in capsys.readouterr().err
