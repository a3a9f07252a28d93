"""The caller's article ids: an ``id`` column/key/feed id is the article id through ingest, events,
the ``events`` command, exports (GeoJSON, CSV, offline map payload) and a batch's GeoParquet; the
content hash stays beside it (``content_hash`` / ``article_hash``)."""
from __future__ import annotations

import json

import geopandas as gpd
import pytest

from geo.ingest.readers import article_id, read_bytes, read_files

BODY_A = "QUETTA, 14 May 2025 — Gunmen attacked a police station in Quetta on Tuesday, killing two officers."
BODY_B = "Protesters marched through Lahore on Monday to demand lower fuel prices."


def _csv(rows: list[tuple[str, str]]) -> bytes:
    lines = ["id,date,text"] + [f'{i},2025-05-14,"{t}"' for i, t in rows]
    return ("\n".join(lines) + "\n").encode()


def test_an_id_column_is_the_article_id_and_the_hash_stays_apart():
    report = read_bytes("wire.csv", _csv([("wire-0042", BODY_A), ("wire-0043", BODY_B)]))
    assert [a.id for a in report.articles] == ["wire-0042", "wire-0043"]
    a = report.articles[0]
    assert a.content_hash == article_id(a.title, a.text) and a.content_hash != a.id


def test_json_numbers_jsonl_and_feed_ids_are_kept():
    js = read_bytes("a.json", json.dumps([{"id": 1042, "text": BODY_A}, {"article_id": "x-7", "text": BODY_B}]).encode())
    assert [a.id for a in js.articles] == ["1042", "x-7"]
    jl = read_bytes("a.jsonl", (json.dumps({"ID": "row-1", "body": BODY_A}) + "\n").encode())
    assert [a.id for a in jl.articles] == ["row-1"]
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
        f"<item><guid>urn:desk:991</guid><title>Station attacked</title><description>{BODY_A}</description></item>"
        "</channel></rss>"
    ).encode()
    assert [a.id for a in read_bytes("f.rss", feed).articles] == ["urn:desk:991"]


def test_without_an_id_the_content_hash_is_the_id():
    report = read_bytes("a.jsonl", (json.dumps({"text": BODY_A}) + "\n").encode())
    (a,) = report.articles
    assert a.id == a.content_hash == article_id(a.title, a.text)


def test_an_id_given_twice_is_reported_and_the_second_article_keeps_its_hash():
    report = read_bytes("wire.csv", _csv([("dup", BODY_A), ("dup", BODY_B)]))
    assert [a.id for a in report.articles] == ["dup", report.articles[1].content_hash]
    assert any("'dup' was already given" in p.message for p in report.problems)


def test_an_id_given_twice_across_files_is_reported(tmp_path):
    (tmp_path / "a.csv").write_bytes(_csv([("dup", BODY_A)]))
    (tmp_path / "b.csv").write_bytes(_csv([("dup", BODY_B)]))
    report = read_files([tmp_path / "a.csv", tmp_path / "b.csv"])
    assert [a.id for a in report.articles] == ["dup", report.articles[1].content_hash]
    assert any("'dup' was already given" in p.message for p in report.problems)


@pytest.mark.parametrize("bad", ["x" * 500, "line\nbreak"])
def test_an_unusable_id_is_a_warning_and_the_hash_is_used(bad):
    report = read_bytes("a.jsonl", (json.dumps({"id": bad, "text": BODY_A}) + "\n").encode())
    (a,) = report.articles
    assert a.id == a.content_hash
    assert report.problems and report.problems[0].severity == "warning"


def test_events_command_writes_the_caller_s_ids(tmp_path, capsys):
    from geo.cli.main import main

    src = tmp_path / "wire.csv"
    src.write_bytes(_csv([("wire-0042", BODY_A), ("wire-0043", BODY_B)]))
    out = tmp_path / "events.jsonl"
    assert main(["events", str(src), "--out", str(out), "--quiet"]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {r["article_id"] for r in rows} == {"wire-0042", "wire-0043"}
    assert all(r["article_hash"] and r["article_hash"] != r["article_id"] for r in rows)


def test_exports_keep_the_caller_s_ids(tmp_path):
    from geo.maps.export import _source_payload, csv_string, geojson_dict
    from geo.maps.layers import build
    from geo.pipeline import analyse

    report = read_bytes("wire.csv", _csv([("wire-0042", BODY_A)]))
    result = analyse(report.articles)
    features = [f for f in geojson_dict(result)["features"] if f["properties"].get("layer") == "event"]
    assert features and {f["properties"]["article_id"] for f in features} == {"wire-0042"}
    assert {f["properties"]["article_hash"] for f in features} == {report.articles[0].content_hash}
    assert "wire-0042" in csv_string(result)
    payload = _source_payload(result, build(result))
    assert payload["articles"][0]["id"] == "wire-0042"
    assert payload["articles"][0]["content_hash"] == report.articles[0].content_hash


def test_batch_geoparquet_keeps_the_caller_s_ids(tmp_path):
    from geo.cli.main import main

    src = tmp_path / "corpus"
    src.mkdir()
    (src / "wire.csv").write_bytes(_csv([("wire-0042", BODY_A), ("wire-0043", BODY_B)]))
    out = tmp_path / "out" / "events.parquet"
    assert main(["batch", "--in", str(src), "--out", str(out), "--quiet"]) == 0
    events = gpd.read_parquet(out)
    places = gpd.read_parquet(out.with_name("events.places.parquet"))
    assert set(events["article_id"]) <= {"wire-0042", "wire-0043"} and len(events)
    assert set(places["article_id"]) == {"wire-0042", "wire-0043"}
    assert all(h and h != i for h, i in zip(events["article_hash"], events["article_id"]))


def test_a_batch_redoes_an_article_whose_text_changed_under_the_same_id(tmp_path):
    from geo.batch import run as batch
    from geo.models import Article

    old = Article("same-id", "t", "Police arrested two men in Quetta on Monday.", content_hash="h1")
    new = Article("same-id", "t", "Police arrested five men in Quetta on Monday.", content_hash="h2")
    assert batch.plan([old], 1, "v")[0].key != batch.plan([new], 1, "v")[0].key
