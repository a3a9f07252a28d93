"""Item 5: ``javascript:`` or ``data:`` URL in an article's source link -> dropped; only http(s) rendered."""
from __future__ import annotations

import csv
import io
import json
import re

import pytest
from maps_fixtures import areas, build_result  # noqa: F401

from geo import serialize
from geo.ingest import readers as ingest
from geo.maps import export
from geo.models import Article
from security.payloads import BAD_URLS, Page


@pytest.mark.parametrize("url", BAD_URLS)
def test_pasted_article_drops_the_link(url):
    assert ingest.from_text("Floods in Quetta\nRain flooded Quetta.", url=url).url is None


def test_uploaded_rows_drop_bad_links_with_a_warning_and_keep_good_ones():
    rows = [{"text": f"Story {i} about Quetta.", "url": u} for i, u in enumerate(BAD_URLS)]
    rows.append({"text": "Good story about Lahore.", "url": "https://news.example.org/a?b=1"})
    report = ingest.read_bytes("feed.json", json.dumps(rows).encode())
    urls = [a.url for a in report.articles]
    assert urls == [None] * len(BAD_URLS) + ["https://news.example.org/a?b=1"]
    warned = [p for p in report.problems if "not an http(s) address" in p.message]
    assert len(warned) == len(BAD_URLS) and all(p.severity == "warning" for p in warned)
    buf = io.StringIO()
    csv.writer(buf).writerows([["text", "link"], *[[r["text"], r["url"]] for r in rows]])
    assert [a.url for a in ingest.read_bytes("a.csv", buf.getvalue().encode()).articles] == urls


@pytest.mark.parametrize("url", BAD_URLS)
def test_a_tampered_saved_article_loses_the_link(url):
    d = serialize.article_to_dict(Article("x", "t", "Quetta", url=None))
    d["url"] = url
    assert serialize.article_from_dict(d).url is None


@pytest.mark.parametrize("url", BAD_URLS)
def test_export_renders_no_link_for_a_bad_url(areas, url):
    html = export.html_string(build_result(url=url))  # a hand-built Result may still carry it
    assert not re.search(r"href\s*=\s*[\"']?\s*(?:javascript|data|vbscript|file)", html, re.I)
    assert "javascript:" not in html.lower() and "vbscript:" not in html.lower()
    fc = export.geojson_dict(build_result(url=url))
    assert all(f["properties"].get("article_url") is None for f in fc["features"] if f["properties"]["layer"] == "event")
    assert {r["article_url"] for r in csv.DictReader(io.StringIO(export.csv_string(build_result(url=url))))} == {""}


@pytest.mark.browser
def test_chromium_has_only_http_links(browser, areas, tmp_path):
    good = export.write_html(build_result(url="https://news.example.org/x"), tmp_path / "good.html")
    page = Page(browser, good.as_uri())
    try:
        pops, _ = page.open_every_popup_and_tooltip()
        hrefs = page.page.evaluate("[...document.querySelectorAll('a[href]')].map(a => a.href)")
        assert "https://news.example.org/x" in hrefs  # the good link is kept
    finally:
        page.close()
    bad = export.write_html(build_result(url=BAD_URLS[0]), tmp_path / "bad.html")
    page = Page(browser, bad.as_uri())
    try:
        page.open_every_popup_and_tooltip()
        page.page.locator(".bl-sources summary").click()
        hrefs = page.page.evaluate("[...document.querySelectorAll('a[href]')].map(a => a.href)")
        assert all(h.startswith(("http:", "https:", "file:")) for h in hrefs), hrefs
        assert not [h for h in hrefs if h.startswith("file:") and "#" not in h]  # no link to a local file
        assert page.dialogs == [] and page.errors == [] and page.injected_nodes() == 0
    finally:
        page.close()


@pytest.mark.parametrize("url", BAD_URLS + ("https://news.example.org/a?b=1&c=2#x", "http://example.org"))
def test_one_link_policy_at_ingest_and_at_render(url):
    """Regression: geo.html.safe_url kept https://user:pw@host links that ingest drops."""
    from geo import html

    assert html.safe_url(url) == ingest.safe_url(url)


MD_LINK = "[click here](javascript:alert(1)) ![x](https://evil.example/t.png) :red[alarm] $x^2$"


def test_the_app_renders_no_markdown_link_from_a_title(app_data_dir):
    """Titles and mentions shown in Streamlit messages and captions are literal text: a markdown
    link (or image, directive, formula) in them is escaped, never rendered."""
    from security.payloads import button, run_app

    at = run_app()
    button(at, "Clear all").click().run()
    at.text_area(key="paste_text").input("Police post attacked in Quetta\n\nGunmen attacked a police post in "
                                         "Quetta on 3 March 2024, killing two officers, police said.\n")
    at.text_input(key="paste_title").input(MD_LINK)
    button(at, "Add pasted article").click().run()
    assert not at.exception
    at.session_state["events_table"] = {"selection": {"rows": [0], "columns": [], "cells": []}}
    at.run()
    assert not at.exception
    sources = [str(e.value) for kind in ("markdown", "caption", "success", "info", "warning", "error")
               for e in getattr(at, kind)]
    assert any("click here" in s for s in sources)  # the title is shown...
    for s in sources:  # ...with every markdown construct escaped
        assert "](javascript" not in s and "](https://evil" not in s and ":red[" not in s, s
