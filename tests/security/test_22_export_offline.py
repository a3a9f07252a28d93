"""Item 22: exported HTML -> contains no unescaped input and loads nothing from the network."""
from __future__ import annotations

import json
import re

import pytest

from geo.maps import export
from security.payloads import PAYLOADS, Page, assert_no_raw_payload


def _input_strings(result) -> set[str]:
    """Every string of the input that contains a character with meaning in HTML or JS."""
    out = set()
    for ar in result.articles:
        a = ar.article
        out |= {a.title, a.source}
        out |= {line for line in a.text.split("\n") if re.search(r"[<>\"'`${}\\]", line)}
        out |= {m.text for m in ar.mentions}
    return {s for s in out if s and re.search(r"[<>\"'`${}\\]", s)}


def test_no_input_string_appears_unescaped(hostile_analysed):
    page = export.html_string(hostile_analysed)
    assert_no_raw_payload(page)
    strings = _input_strings(hostile_analysed)
    assert len(strings) > 5
    for s in strings:
        assert s not in page, s[:80]
    # and they are all there, inert: the embedded sources give the text back exactly
    block = re.search(r'<script type="application/json" id="bl-source">(.*?)</script>', page, re.S).group(1)
    assert json.loads(block)["articles"][0]["text"] == hostile_analysed.articles[0].article.text
    title = re.search(r"<title>(.*?)</title>", page, re.S).group(1)
    assert "<" not in title and ">" not in title


def test_no_remote_reference_in_any_export(hostile_analysed):
    page = export.html_string(hostile_analysed)
    assert not re.search(r"""<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=""", page, re.I)
    assert not re.search(r"url\(\s*['\"]?(?:https?:)?//", page, re.I)  # no remote CSS images or fonts
    assert "@import" not in page
    fc = json.dumps(export.geojson_dict(hostile_analysed))
    assert "javascript:" not in fc.lower()


@pytest.mark.browser
def test_chromium_loads_the_export_offline_with_no_script_from_input(browser, hostile_export, artifacts_dir):
    page = Page(browser, hostile_export.as_uri())
    try:
        pops, tips = page.open_every_popup_and_tooltip()
        page.page.locator(".bl-sources summary").click()
        page.page.locator(".bl-art button").first.click()
        page.page.wait_for_timeout(300)
        page.page.screenshot(path=str(artifacts_dir / "security_22_hostile_export.png"))
        shown = "\n".join(pops + tips) + page.page.locator(".bl-art").first.inner_text()
        assert sum(p in shown for p in PAYLOADS) >= len(PAYLOADS) // 2  # shown as text
        assert page.blocked == [] and all(u.startswith(("file:", "data:", "about:", "blob:")) for u in page.requests)
        assert page.dialogs == [] and page.errors == [] and page.injected_nodes() == 0
        assert page.page.title().startswith("Borderlines map")
    finally:
        page.close()
