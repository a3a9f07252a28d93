"""Item 14: upload over the size or feature cap -> rejected before a full parse."""
from __future__ import annotations

import json

import pytest
from maps_fixtures import areas, build_result, many_articles  # noqa: F401

from geo.errors import LimitError
from geo.ingest import formats
from geo.ingest import readers as ingest
from geo.maps import export, layers
from geo.maps import render as maps
from security.payloads import page_text, run_app, upload


def test_size_cap_is_checked_before_any_parsing(monkeypatch):
    monkeypatch.setenv("BORDERLINES_MAX_FILE_BYTES", "1kB")

    def never(*a, **k):
        raise AssertionError("parsed a file over the size limit")

    for module in (ingest, formats):  # the readers and the per-format parsers
        monkeypatch.setattr(module, "decode", never)
    monkeypatch.setattr(formats, "loads", never)
    for name in ("big.txt", "big.json", "big.csv", "big.html", "big.xml"):
        with pytest.raises(LimitError, match=r"is 1\.5 kB; the limit is 1 kB \(set BORDERLINES_MAX_FILE_BYTES"):
            ingest.read_bytes(name, b"x" * 1500)


def test_article_cap_stops_a_json_file_before_building_every_article(monkeypatch):
    monkeypatch.setenv("BORDERLINES_MAX_ARTICLES", "5")
    rows = [{"text": f"Story {i} about Quetta."} for i in range(50)]
    built = []
    real = ingest._make_article
    monkeypatch.setattr(ingest, "_make_article", lambda *a: built.append(1) or real(*a))
    with pytest.raises(LimitError, match="BORDERLINES_MAX_ARTICLES"):
        ingest.read_bytes("many.json", json.dumps(rows).encode())
    assert len(built) <= 5


def test_feature_cap_refuses_a_map_and_an_export(areas, monkeypatch):
    """Regression: BORDERLINES_MAX_FEATURES was configurable but never enforced."""
    result = many_articles(30)
    n = maps.drawn_features(layers.build(result))  # drawn features, not place mentions (issue #16)
    monkeypatch.setenv("BORDERLINES_MAX_FEATURES", str(n - 1))
    with pytest.raises(LimitError, match=rf"has {n:,} features; the limit is {n - 1:,} \(set BORDERLINES_MAX_FEATURES"):
        maps.build_map(layers.build(result))
    with pytest.raises(LimitError, match="filter the map to fewer items"):
        export.geojson_dict(result)
    with pytest.raises(LimitError):
        export.html_string(result)
    monkeypatch.setenv("BORDERLINES_MAX_FEATURES", str(n))
    assert export.geojson_dict(result)["features"]  # exactly at the cap is fine


def test_the_app_refuses_an_oversized_upload_and_goes_on(app_data_dir, monkeypatch):
    monkeypatch.setenv("BORDERLINES_MAX_FILE_BYTES", "2kB")
    at = upload(run_app(), [("big.txt", b"Floods in Quetta. " * 200, "text/plain"),
                            ("small.txt", b"Rally in Lahore\nThousands rallied in Lahore.", "text/plain")])
    shown = page_text(at)
    assert "big.txt" in shown and "BORDERLINES_MAX_FILE_BYTES" in shown
    assert any("Added 1 article" in s.value for s in at.success)


def test_the_app_says_when_the_map_has_too_many_features(app_data_dir, monkeypatch):
    monkeypatch.setenv("BORDERLINES_MAX_FEATURES", "3")
    from streamlit.testing.v1 import AppTest

    from security.payloads import APP, APP_TIMEOUT

    at = AppTest.from_file(APP, default_timeout=APP_TIMEOUT)
    at.run()
    assert not at.exception
    assert "BORDERLINES_MAX_FEATURES" in page_text(at)
