"""Item 13: empty file, empty FeatureCollection, header-only CSV, whitespace-only article -> friendly message."""
from __future__ import annotations

import pytest
from maps_fixtures import areas, build_result  # noqa: F401

from geo import pipeline
from geo.errors import InputError
from geo.ingest import readers as ingest
from geo.maps import export, layers
from geo.maps import render as maps
from geo.maps.layers import Filters
from geo.models import ArticleResult, Result
from security.payloads import Page, page_text, run_app, upload


@pytest.mark.parametrize("name, data, message", [
    ("empty.txt", b"", "is empty"),
    ("blank.txt", b" \n\t\r\n ", "only whitespace"),
    ("empty.json", b"[]", "holds no articles"),
    ("empty.jsonl", b"\n\n", "only whitespace"),
    ("fc.geojson", b'{"type": "FeatureCollection", "features": []}', "not map layers"),
    ("header.csv", b"text,title,date\n", "holds no articles"),
    ("header.tsv", b"text\ttitle\n\n\n", "holds no articles"),
    ("feed.xml", b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>', "no entries"),
    ("empty.html", b"<html><body>   </body></html>", "no article text"),
    ("bom.txt", b"\xef\xbb\xbf  \n", "only whitespace"),
])
def test_each_empty_input_gets_a_message(name, data, message):
    with pytest.raises(InputError, match=message) as info:
        ingest.read_bytes(name, data)
    assert name in str(info.value) and "Traceback" not in str(info.value)


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t", "\u3000\u2003"])
def test_whitespace_only_pasted_article(text):
    with pytest.raises(InputError, match="empty|whitespace"):
        ingest.from_text(text)


@pytest.mark.browser
def test_an_article_with_no_places_or_events_still_maps_and_exports(areas, tmp_path, browser):
    result = pipeline.analyse([ingest.from_text("Nothing here\nThe committee met and adjourned.")])
    assert not [e for e in result.articles[0].events if e.location]  # nothing to draw
    html = export.html_string(result)
    assert html.startswith("<!DOCTYPE html>")
    assert export.geojson_dict(result) == {"type": "FeatureCollection", "features": []}
    assert export.csv_string(result).count("\n") == 1  # the header only
    page = Page(browser, export.write_html(result, tmp_path / "empty.html").as_uri())
    try:
        assert page.errors == [] and page.dialogs == []
    finally:
        page.close()


def test_filters_that_leave_no_events_still_draw(areas):
    lay = layers.build(build_result(), Filters(types=frozenset({"No such type"})))
    assert len(lay.events) == 0 and len(lay.places) > 0
    maps.build_map(lay).get_root().render()  # GeoJsonTooltip on an empty collection would raise
    empty = Result((ArticleResult(build_result().articles[0].article),))
    maps.build_map(layers.build(empty)).get_root().render()


def test_the_app_answers_empty_inputs_with_messages(app_data_dir):
    at = run_app()
    at.text_area(key="paste_text").input("   \n  ")
    [b for b in at.button if b.label == "Add pasted article"][0].click().run()
    assert not at.exception
    assert any("Not added" in e.value and "whitespace" in e.value for e in at.error)
    at = upload(at, [("empty.txt", b"", "text/plain"), ("header.csv", b"text,title\n", "text/csv"),
                     ("fc.geojson", b'{"type": "FeatureCollection", "features": []}', "application/json")])
    shown = page_text(at)
    for name in ("empty.txt", "header.csv", "fc.geojson"):
        assert name in shown
    assert at.title[0].value == "Borderlines"
