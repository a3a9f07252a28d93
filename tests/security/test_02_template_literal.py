"""Item 2: ``${alert(1)}`` in text that lands in a popup or tooltip -> shown literally."""
from __future__ import annotations

import pytest
from maps_fixtures import areas, build_result  # noqa: F401

from geo.maps import layers
from geo.maps import render as maps
from security.payloads import TEMPLATE, Page, feature_props


def test_popups_and_tooltips_carry_no_template_syntax(areas):
    result = build_result(names={"gn:112931": TEMPLATE, "PK-BA": TEMPLATE, "border:IRN|PAK": TEMPLATE},
                          actors=(TEMPLATE,), title=TEMPLATE)
    html = maps.build_map(layers.build(result)).get_root().render()
    assert TEMPLATE not in html
    props = feature_props(html)
    shown = [p.get("popup", "") + p.get("tip", "") for p in props]
    assert shown and any("&#36;&#123;alert(1)&#125;" in s for s in shown)
    assert not any("${" in s or "`" in s for s in shown)


@pytest.mark.browser
def test_chromium_shows_the_literal_and_runs_nothing(browser, areas, tmp_path):
    from geo.maps import export

    result = build_result(names={"gn:112931": TEMPLATE, "PK-BA": TEMPLATE}, actors=(TEMPLATE,))
    page = Page(browser, export.write_html(result, tmp_path / "t.html").as_uri())
    try:
        pops, tips = page.open_every_popup_and_tooltip()
        assert any(TEMPLATE in p for p in pops) and any(TEMPLATE in t for t in tips)
        assert page.dialogs == [] and page.errors == []
    finally:
        page.close()
