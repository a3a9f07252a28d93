"""Item 11: ``NaN``/``Infinity`` coordinates -> rejected at ingest; Leaflet never sees them."""
from __future__ import annotations

import hashlib
import json
import math
import sqlite3
from contextlib import closing

import pytest
from maps_fixtures import areas as areas_fixture  # noqa: F401
from maps_fixtures import build_result

from geo import serialize
from geo.appstate import state as appstate
from geo.errors import DataError, InputError
from geo.maps import export, layers
from geo.maps import render as maps
from geo.models import ArticleResult, EventLocation, Place, Result
from geo.places import areas
from geo.store.sqlite import SQLiteStore

NON_FINITE = (float("nan"), float("inf"), float("-inf"))


@pytest.mark.parametrize("data", [
    b'[{"text": "Floods in Quetta", "lat": NaN}]',
    b'{"text": "Floods in Quetta", "lon": Infinity}',
    b'{"type": "Feature", "geometry": {"type": "Point", "coordinates": [-Infinity, 1e999]}}',
    b'{"text": "Floods in Quetta", "lat": 1e400}',
])
def test_ingest_refuses_non_finite_numbers(data):
    from geo.ingest import readers as ingest

    for name in ("a.json", "a.jsonl"):
        with pytest.raises(InputError, match="NaN|Infinity|too large|not a number"):
            ingest.read_bytes(name, data if name.endswith(".json") else data.replace(b"\n", b" "))


@pytest.mark.parametrize("bad", NON_FINITE)
def test_views_and_lookups_refuse_them(bad):
    with pytest.raises(InputError):
        appstate.View(bad, 10.0, 5)
    with pytest.raises(InputError):
        appstate.View.from_dict({"lat": 10.0, "lon": bad, "zoom": 5})
    assert appstate.view_from_map({"center": {"lat": bad, "lng": 1.0}, "zoom": 5}) is None
    assert appstate.view_from_map({"center": {"lat": 1.0, "lng": 1.0}, "zoom": bad}) is None
    with pytest.raises(InputError):
        areas.locate(bad, 10.0)
    with pytest.raises(InputError):
        serialize.dumps({"lat": bad})


@pytest.mark.parametrize("bad", NON_FINITE)
def test_a_non_finite_location_never_reaches_the_map(areas_fixture, bad):
    r = build_result()
    ar = r.articles[0]
    broken = tuple(
        e if e.id != "ev1" else e.__class__(**{**{f: getattr(e, f) for f in e.__slots__},
                                                 "location": EventLocation("Nowhere", "place", "gn:1", bad, bad)})
        for e in ar.events)
    mentions = tuple(m if m.text != "Tehran" else m.__class__(m.start, m.end, m.text,
                     Place("gn:1", "Nowhere", "place", bad, 1.0, "IR")) for m in ar.mentions)
    result = Result((ArticleResult(ar.article, mentions, broken),))
    lay = layers.build(result)
    assert "ev1" not in set(lay.events["id"]) and "gn:1" not in set(lay.places["id"])
    assert all(math.isfinite(b) for b in lay.bounds())
    html = maps.build_map(lay).get_root().render()
    assert "NaN" not in html and "Infinity" not in html
    json.dumps(export.geojson_dict(result), allow_nan=False)  # raises on NaN
    assert "nan" not in export.csv_string(result).lower().replace("nanga", "")


def test_a_saved_map_with_nan_cannot_be_stored(tmp_path):
    store = SQLiteStore(tmp_path / "m.sqlite3")
    with pytest.raises(InputError):
        store.save({"view": {"lat": float("nan"), "lon": 0.0, "zoom": 3}})
    assert store.count() == 0


@pytest.mark.parametrize("text", ['{"view": {"lat": NaN}}', '{"a": ', "[" * 100_000 + "]" * 100_000])
def test_a_damaged_row_is_reported_as_a_borderlines_error(tmp_path, text):
    """A row written behind the store's back (checksum made to match) must give DataError."""
    store = SQLiteStore(tmp_path / "m.sqlite3")
    map_id = store.save({"ok": 1})
    with closing(sqlite3.connect(store.path)) as conn:
        conn.execute("UPDATE maps SET payload = ?, sha256 = ? WHERE id = ?",
                     (text, hashlib.sha256(text.encode()).hexdigest(), map_id))
        conn.commit()
    with pytest.raises(DataError, match="damaged"):
        store.load(map_id)
