"""``python -m geo bench events``: the corpus reader, the baseline, area containment, the report."""
import argparse
import datetime as dt
import json
import tempfile
from pathlib import Path

import pytest

from geo.cli import bench_events
from geo.errors import InputError


def _record(aid, text, events, non_events=(), date="2024-05-06"):
    return {"id": aid, "region": "elsewhere", "url": "https://example.org/x", "query": "q", "sha256": "0" * 64,
            "date": date, "date_source": "page", "tags": [], "text": text, "events": events, "non_events": list(non_events)}


def _span(text, part):
    i = text.index(part)
    return [i, i + len(part)]


TEXT = (
    "QUETTA, Pakistan — Gunmen attacked a police post in Quetta on Monday, killing two officers.\n\n"
    "Militants often attack police posts in the province, officials say."
)
QUETTA = {"name": "Quetta", "id": "gn:1167528", "kind": "place", "lat": 30.18414, "lon": 67.00141}


def _corpus(tmp_path, records):
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_read_gold_keeps_events_spans_and_rejects_broken_records(tmp_path):
    ev = {"n": 1, "type": "Battles", "subtype": "Armed clash", "location": QUETTA, "date": "2024-05-06",
          "date_precision": "day", "actors": [], "sentences": [_span(TEXT, "Gunmen attacked a police post in Quetta")]}
    ne = {"kind": "habitual", "type": "Battles", "sentences": [_span(TEXT, "Militants often attack police posts")]}
    docs = bench_events.read_gold(_corpus(tmp_path, [_record("a1", TEXT, [ev], [ne])]))
    (d,) = docs
    assert d.date == dt.date(2024, 5, 6)
    assert d.events[0].location.id == "gn:1167528" and d.events[0].precision == "day"
    assert d.non_events[0].kind == "habitual"
    assert TEXT[slice(*d.events[0].sentences[0])].startswith("Gunmen attacked")
    broken = _corpus(tmp_path, [{"id": "x", "text": "t", "events": [{"type": "Battles"}]}])
    with pytest.raises(InputError, match="not an event yardstick record"):
        bench_events.read_gold(broken)
    with pytest.raises(InputError, match="no such corpus"):
        bench_events.read_gold(tmp_path / "missing.jsonl")


def test_contains_uses_the_area_shapes():
    assert bench_events.contains("PAK", 30.184, 67.001)  # Quetta is in Pakistan
    assert not bench_events.contains("AFG", 30.184, 67.001)
    assert bench_events.contains("PK-BA", 30.184, 67.001)  # and in Balochistan
    assert bench_events.contains("no-such-area", 30.184, 67.001) is None  # no geometry: compared as a point
    # Outlines are simplified: Kherson city sits just outside the drawn Kherson oblast.
    assert bench_events.contains("UA-65", 46.637, 32.615)
    assert not bench_events.contains("UA-65", 46.48, 30.73)  # Odesa


def test_baseline_gives_one_event_per_trigger_sentence_at_its_first_toponym():
    from geo.ingest.readers import from_text
    from geo.pipeline import analyse_article

    article = from_text("Rioters burned cars in Marseille and Lyon on Friday.\n\nThe weather in Nice was mild.", date="2024-05-06")
    res = analyse_article(article)
    preds = bench_events.baseline_events("b1", res.article, res.mentions)
    assert len(preds) == 1
    (p,) = preds
    assert p.location is not None and p.location.name == "Marseille"
    assert p.date == dt.date(2024, 5, 6)
    assert p.modality == "asserted"


def test_the_command_prints_product_baseline_and_errors(tmp_path, capsys):
    ev = {"n": 1, "type": "Battles", "subtype": "Armed clash", "location": QUETTA, "date": "2024-05-06",
          "date_precision": "day", "actors": [], "sentences": [_span(TEXT, "Gunmen attacked a police post in Quetta")]}
    ne = {"kind": "habitual", "type": "Battles", "sentences": [_span(TEXT, "Militants often attack police posts")]}
    other = _record("a2", "The village fair in Hunza drew many visitors this summer.", [], date=None)
    path = _corpus(tmp_path, [_record("a1", TEXT, [ev], [ne]), other])
    args = argparse.Namespace(corpus=path, errors=3, no_originals=False)
    assert bench_events.run(args) == 0
    out = capsys.readouterr().out
    assert "2 articles" in out and "1 gold events" in out
    assert out.count("event P/R/F1") == 2  # product and baseline
    assert "ratio" in out
    assert "recall by type: Battles" in out
    assert "original excerpts" not in out  # no cache folder beside this corpus
    assert "worst misses, false positives and duplicates" in out


def test_the_bench_command_still_offers_geoparse():
    from geo.cli.main import main

    with pytest.raises(SystemExit) as exc:
        main(["bench", "geoparse", "--help"])
    assert exc.value.code == 0


KABUL = {"name": "Kabul", "id": "gn:1138958", "kind": "place", "lat": 34.52813, "lon": 69.17233}


def _scored_run(text, gold, preds):
    """The product run of one article ``text`` whose gold events are ``(type, subtype, location,
    part of the text)``, scored against the predictions ``preds``: (its gold article, the run)."""
    from geo.events.scoring import score

    events = [
        {"n": n, "type": t, "subtype": sub, "location": loc, "date": None, "date_precision": "none",
         "actors": [], "sentences": [_span(text, part)]}
        for n, (t, sub, loc, part) in enumerate(gold, 1)
    ]
    with tempfile.TemporaryDirectory() as d:
        (doc,) = bench_events.read_gold(_corpus(Path(d), [_record("e1", text, events)]))
    s = score({"e1": list(doc.events)}, {"e1": preds}, bench_events.contains)
    return doc, bench_events.Run("product", s, 0.0, 1, {"e1": preds}, {"e1": text})


EX, IED = "Explosions/Remote violence", "Remote explosive/landmine/IED"


def _loc(place):
    from geo.events.scoring import Loc

    return Loc(place["id"], place["kind"], place["lat"], place["lon"], place["name"])


LAHORE = {"name": "Lahore", "id": "gn:1172451", "kind": "place", "lat": 31.558, "lon": 74.351}


def test_error_list_says_why_each_incident_was_missed():
    from geo.events.scoring import PredEvent

    text = "Two blasts hit Quetta on Monday. A third hit Quetta later. Talks were held in Kabul."
    gold = [
        (EX, IED, QUETTA, "Two blasts hit Quetta"),
        (EX, IED, QUETTA, "A third hit Quetta later"),
        ("Diplomacy", "Meeting", KABUL, "Talks were held in Kabul"),
    ]
    preds = [
        PredEvent("e1", EX, IED, _loc(QUETTA), None, (0, 30), index=0),
        PredEvent("e1", "Diplomacy", "Meeting", _loc(LAHORE), None, (60, 84), index=1),
    ]
    doc, run = _scored_run(text, gold, preds)
    rows = bench_events.errors([doc], run, 5)
    misses = [r for r in rows if r.startswith("MISS")]
    assert len(misses) == 2
    assert any("e1#2" in r and "went to another incident" in r for r in misses)
    assert any("e1#3" in r and "wrong place: Lahore" in r for r in misses)
    assert any(r.startswith("FALSE") and "Lahore" in r for r in rows)


def test_error_list_shows_each_duplicate_beside_the_event_that_matched_its_incident():
    from geo.events.scoring import PredEvent

    text = "Two blasts hit Quetta on Monday. The blasts in Quetta killed four. Talks were held in Kabul."
    gold = [(EX, IED, QUETTA, "Two blasts hit Quetta"), ("Diplomacy", "Meeting", KABUL, "Talks were held in Kabul")]
    preds = [
        PredEvent("e1", EX, IED, _loc(QUETTA), None, (0, 32), index=0, rule="same clause"),
        PredEvent("e1", EX, "Shelling/artillery/missile attack", _loc(QUETTA), None, (33, 66), index=1, rule="previous sentence"),
        PredEvent("e1", "Diplomacy", "Meeting", _loc(KABUL), None, (67, 91), index=2),
    ]
    doc, run = _scored_run(text, gold, preds)
    rows = bench_events.errors([doc], run, 5)
    (dup,) = [r for r in rows if r.startswith("DUP")]
    assert "Shelling/artillery/missile attack at Quetta [place] [previous sentence]: repeats #1" in dup
    assert f"matched by {EX} / {IED} at Quetta [place] [same clause]" in dup
    assert "The blasts in Quetta killed four" in dup
    assert not any(r.startswith("FALSE") for r in rows)  # a duplicate is not also listed as a false event


def test_reasons_count_misses_and_false_positives_by_cause_without_text():
    from geo.events.scoring import PredEvent

    text = ("Two blasts hit Quetta on Monday. A third hit Quetta later. Talks were held in Kabul. "
            "Crowds marched in Quetta and in Kabul. A mob burned a shop in Kabul.")
    gold = [
        (EX, IED, QUETTA, "Two blasts hit Quetta"),
        (EX, IED, QUETTA, "A third hit Quetta later"),
        ("Diplomacy", "Meeting", KABUL, "Talks were held in Kabul"),
        ("Protests", "Peaceful protest", QUETTA, "Crowds marched in Quetta"),
        ("Protests", "Peaceful protest", KABUL, "Crowds marched in Quetta and in Kabul"),
        ("Riots", "Mob violence", KABUL, "A mob burned a shop in Kabul"),
    ]
    preds = [
        PredEvent("e1", EX, IED, _loc(QUETTA), None, (0, 30), index=0),
        PredEvent("e1", "Diplomacy", "Meeting", _loc(LAHORE), None, (60, 84), index=1),
        PredEvent("e1", "Protests", "Peaceful protest", _loc(QUETTA), None, (85, 122), index=2),
        PredEvent("e1", "Battles", "Armed clash", _loc(LAHORE), None, (123, 150), index=3),
    ]
    doc, run = _scored_run(text, gold, preds)
    line = bench_events.reasons([doc], run)
    assert "no event of its type 1 (Riots 1)" in line
    assert "right type, wrong place 1 (Diplomacy 1)" in line  # the meeting was read, at the wrong city
    assert "its type only at other incidents 1 (Protests 1)" in line  # Kabul's march never became a second event
    assert "taken by another incident 1 (Explosions/Remote violence 1)" in line
    assert "type right, wrong place 1" in line and "type not in gold 1" in line
    assert "Quetta" not in line and "Kabul" not in line  # counts only: readable on corpora kept unread
