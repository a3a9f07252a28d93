"""Item 3: ``\\`+alert(1)+` `` -> shown as text; the page's script still parses."""
from __future__ import annotations

import pytest
from maps_fixtures import areas, build_result  # noqa: F401

from geo.html import escape
from geo.maps import export, layers
from geo.maps import render as maps
from security.payloads import BACKTICK, Page


def test_escape_removes_backslash_and_backtick():
    out = escape(BACKTICK)
    assert "\\" not in out and "`" not in out and out == "&#92;&#96;+alert(1)+&#96;"


def test_rendered_map_has_no_raw_breakout(areas):
    result = build_result(names={"gn:112931": BACKTICK, "AFG": BACKTICK}, actors=(BACKTICK,), title=BACKTICK)
    html = maps.build_map(layers.build(result)).get_root().render()
    assert BACKTICK not in html and "`+alert(1)+`" not in html


@pytest.mark.browser
def test_page_script_parses_and_shows_the_text(browser, areas, tmp_path):
    result = build_result(names={"gn:112931": BACKTICK, "AFG": BACKTICK}, actors=(BACKTICK,), title=BACKTICK)
    page = Page(browser, export.write_html(result, tmp_path / "b.html").as_uri())
    try:
        assert page.errors == []  # a SyntaxError from a broken literal would be a page error
        # the whole script ran to its end: the provenance panel (added last) exists
        assert page.page.locator(".bl-sources").count() == 1
        pops, tips = page.open_every_popup_and_tooltip()
        assert any(BACKTICK in p for p in pops) and any(BACKTICK in t for t in tips)
        assert page.dialogs == []
    finally:
        page.close()
