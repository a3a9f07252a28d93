"""Item 1: ``<img src=x onerror=alert(1)>`` in article text, a place name, a CSV header -> text everywhere."""
from __future__ import annotations

import csv
import io

import pytest
from maps_fixtures import areas, build_result  # noqa: F401

from geo.errors import InputError
from geo.ingest import readers as ingest
from geo.maps import export, layers
from geo.maps import render as maps
from security.payloads import IMG, Page, assert_no_raw_payload, feature_props, page_text, run_app, upload


def test_pipeline_keeps_the_payload_as_text_and_the_export_never_holds_it_raw(hostile_analysed):
    ar = hostile_analysed.articles[0]
    assert IMG in ar.article.text and IMG in ar.article.title  # the input is kept verbatim...
    assert ar.events and any(m.place for m in ar.mentions)  # ...and still analysed
    assert_no_raw_payload(export.html_string(hostile_analysed))  # ...but never written raw


def test_a_place_name_with_markup_is_escaped_in_the_map(areas):
    result = build_result(names={"gn:112931": IMG, "PK-BA": IMG, "border:IRN|PAK": IMG})
    html = maps.build_map(layers.build(result)).get_root().render()
    assert IMG not in html
    shown = " ".join(p.get("popup", "") + p.get("tip", "") for p in feature_props(html))
    assert "&lt;img src=x onerror=alert(1)&gt;" in shown  # shown as text, not dropped


def test_csv_header_with_markup_is_a_column_name_not_html():
    data = f"text,{IMG}\nFloods hit Quetta on Monday.,x\n".encode()
    report = ingest.read_bytes("a.csv", data)
    assert [a.text for a in report.articles] == ["Floods hit Quetta on Monday."]
    with pytest.raises(InputError) as info:  # no text column: the header is echoed as a repr
        ingest.read_bytes("b.csv", f"{IMG},title\nx,y\n".encode())
    assert "no 'text' column" in str(info.value)


def test_csv_export_keeps_the_payload_as_an_inert_cell(hostile_analysed):
    rows = list(csv.DictReader(io.StringIO(export.csv_string(hostile_analysed))))
    assert rows and any(IMG in r["article_title"] for r in rows)


@pytest.mark.browser
def test_export_in_chromium_shows_the_payload_as_text(browser, hostile_export):
    page = Page(browser, hostile_export.as_uri())
    try:
        pops, tips = page.open_every_popup_and_tooltip()
        assert pops and not [p for p in pops if p.startswith("ERROR")]
        assert any(IMG in p for p in pops)  # visible, literally
        page.page.locator(".bl-sources summary").click()
        page.page.locator(".bl-art button").first.click()
        assert IMG in page.page.locator(".bl-art").first.inner_text()
        assert page.dialogs == [] and page.errors == [] and page.injected_nodes() == 0
    finally:
        page.close()


def test_app_shows_a_hostile_csv_header_and_article_as_text(app_data_dir):
    at = run_app()
    at = upload(at, [
        ("hostile.csv", f"text,{IMG}\nClashes in Quetta {IMG} on Monday.,x\n".encode(), "text/csv"),
        ("bad.csv", f"{IMG}\nx\n".encode(), "text/csv"),
    ])
    shown = page_text(at)
    assert "bad.csv" in shown and "no 'text' column" in shown  # a message, not a crash
    html = "".join(h.proto.body for h in at.get("html"))
    assert "<img src=x" not in html
    assert any(IMG in a.text for a in at.session_state["articles"])
