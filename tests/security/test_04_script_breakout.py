"""Item 4: ``</script><script>alert(1)</script>`` -> no break-out of the script block."""
from __future__ import annotations

import json
import re

import pytest

from geo.maps import export
from security.payloads import SCRIPT, Page


def test_script_blocks_are_the_same_with_and_without_the_payload(hostile_analysed):
    from geo import pipeline
    from geo.ingest import readers as ingest

    plain = pipeline.analyse([ingest.from_text("Clashes in Quetta\n\nPolice said two people were hurt "
                                               "in Quetta on Monday near the border with Iran.\n")])
    count = lambda html: len(re.findall(r"<script\b", html, re.I))  # noqa: E731
    hostile_html = export.html_string(hostile_analysed)
    assert SCRIPT not in hostile_html
    assert count(hostile_html) == count(export.html_string(plain))
    block = re.search(r'<script type="application/json" id="bl-source">(.*?)</script>', hostile_html, re.S)
    data = json.loads(block.group(1))  # the JSON block is whole, and gives the text back
    assert data["articles"][0]["text"] == hostile_analysed.articles[0].article.text


def test_json_for_script_never_closes_a_tag():
    out = export.json_for_script({"k" + SCRIPT: [SCRIPT, "<!--", "]]>"]})
    assert "<" not in out and ">" not in out
    assert json.loads(out) == {"k" + SCRIPT: [SCRIPT, "<!--", "]]>"]}


@pytest.mark.browser
def test_chromium_runs_no_injected_script(browser, hostile_export):
    page = Page(browser, hostile_export.as_uri())
    try:
        scripts = page.page.evaluate("document.scripts.length")
        # a break-out would leave a script element holding just the payload's code
        assert page.page.evaluate("[...document.scripts].filter(s => s.textContent.trim() === 'alert(1)')"
                                  ".length") == 0
        assert scripts > 0 and page.dialogs == [] and page.errors == []
        page.page.locator(".bl-sources summary").click()
        page.page.locator(".bl-art button").first.click()
        assert SCRIPT in page.page.locator(".bl-art pre").inner_text()
    finally:
        page.close()
