"""Item 8: repeated keys, 10k-character values, ``../``, SQL in parameters -> validated; SQL parameterized."""
from __future__ import annotations

import json
import sqlite3
from contextlib import closing

import pytest

from geo import serialize
from geo.appstate import state as appstate
from geo.errors import InputError, NotFoundError
from geo.ingest import readers as ingest
from geo.store.sqlite import SQLiteStore
from security.payloads import page_text, run_app

SQL = "x'); DROP TABLE maps; --"


@pytest.mark.parametrize("query", [
    {"map": ["AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"]},  # the same id twice
    {"map": "A" * 10_000},
    {"map": "../../../../etc/passwd%00"},
    {"map": SQL},
    {"map": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' OR '1'='1"},
    {"map": ""},
])
def test_app_validates_the_map_parameter(app_data_dir, query):
    at = run_app(query)
    assert at.title[0].value == "Map not found"
    assert "Traceback" not in page_text(at)


def test_sql_in_every_stored_field_is_data(tmp_path):
    store = SQLiteStore(tmp_path / "maps.sqlite3")
    article = ingest.from_text(f"{SQL}\nTalks in Quetta {SQL}.", url="https://x.example/?q=' OR 1=1 --")
    payload = appstate.share_payload(appstate.SavedMap((article,), title=SQL))
    map_id = store.save(payload)
    assert store.load(map_id) == payload
    with closing(sqlite3.connect(store.path)) as conn:
        assert {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")} >= {"maps", "map_log"}
    for bad in (SQL, "' OR '1'='1", "%", "*"):
        with pytest.raises(NotFoundError):
            store.load(bad)
    assert store.count() == 1


@pytest.mark.parametrize("filters", [
    {"types": ["A" * 10_000]},
    {"types": ["x"] * 10_000},
    {"countries": ["../etc"] * 501},
    {"start": "2024-01-01' OR 1=1"},
    {"max_precision": "3; DROP TABLE maps"},
    {"include_undated": "yes"},
    {"types": None, "other": 1},
])
def test_saved_filters_are_validated(filters):
    with pytest.raises(InputError):
        appstate.filters_from_dict(filters)


def test_repeated_keys_in_uploaded_json_take_one_value():
    # json keeps the last of repeated keys; the article is read once, from that value
    data = b'[{"text": "First text about Quetta.", "text": "Second text about Lahore.", "url": "javascript:x", "url": "https://a.example/"}]'
    (article,) = ingest.read_bytes("a.json", data).articles
    assert article.text == "Second text about Lahore." and article.url == "https://a.example/"
    assert serialize.loads('{"a": 1, "a": 2}') == {"a": 2}


def test_a_tampered_saved_map_shows_not_found(app_data_dir):
    from geo.store.backends import open_store

    article = ingest.from_text("Talks in Quetta\nOfficials met in Quetta.")
    payload = appstate.share_payload(appstate.SavedMap((article,)))
    payload["state"]["types"] = ["A" * 10_000]
    map_id = open_store().save(json.loads(json.dumps(payload)))
    at = run_app({"map": map_id})
    assert at.title[0].value == "Map not found"
