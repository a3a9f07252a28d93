"""Refusals that were wrong, and failures that were silent (issue #16).

* an article that names a CDN host ("code.jquery.com") could not be exported: the offline
  check read the embedded article text; it now reads what the page loads;
* the feature cap counted place mentions, not the features drawn: long articles naming the
  same places many times were refused;
* ``geo map x -o <unwritable>`` printed a traceback after the whole analysis.
"""
from __future__ import annotations

import pytest

from geo.cli import main as cli
from geo.errors import DataError, LimitError
from geo.maps import export
from geo.maps import render as maps
from geo.maps.layers import build
from geo.pipeline import analyse_text

QUOTES_CDNS = (
    "Web outage\n"
    "Police in Quetta said on Monday that code.jquery.com, unpkg.com and cdn.jsdelivr.net were "
    "blocked, and that a page with <script src=\"https://unpkg.com/x.js\"></script> or "
    "url(https://cdnjs.cloudflare.com/a.css) or fetch('https://example.org/x') was seized.\n"
)


def test_an_article_quoting_cdn_hosts_exports_through_the_cli(tmp_path) -> None:
    src = tmp_path / "cdn.txt"
    src.write_text(QUOTES_CDNS, encoding="utf-8")
    out = tmp_path / "map.html"
    assert cli.main(["map", str(src), "-o", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert "code.jquery.com" in html  # the article is embedded, quoted, not loaded
    assert export.remote_loads(html) == []


@pytest.mark.parametrize("page, what", [
    ('<link rel="stylesheet" href="https://cdn.jsdelivr.net/x.css">', "link"),
    ('<script src="//unpkg.com/x.js"></script>', "script"),
    ('<img src="http://example.org/p.png">', "img"),
    ('<style>body { background: url("https://example.org/a.png") }</style>', "url("),
    ('<style>@import "https://example.org/a.css";</style>', "@import"),
    ('<div style="background:url(//example.org/a.png)"></div>', "style="),
    ('<script>fetch("https://example.org/data.json")</script>', "fetch"),
    ('<script>var s = document.createElement("script"); s.src = "https://example.org/x.js";</script>', "src ="),
    ('<script>var lib = "https://code.jquery.com/jquery.js";</script>', "code.jquery.com"),
])
def test_what_a_page_loads_is_still_refused(page: str, what: str) -> None:
    found = export.remote_loads(f"<html><head>{page}</head><body></body></html>")
    assert found and what.split()[0] in found[0]


def test_offline_html_refuses_a_page_that_loads_a_cdn_script() -> None:
    import folium

    m = folium.Map(tiles=None)
    m.get_root().header.add_child(folium.Element('<script src="https://unpkg.com/x.js"></script>'))
    with pytest.raises(DataError, match="loads from the network"):
        export.offline_html(m)


def _repetitive(articles: int) -> str:
    return "".join(
        f"Talks {i}\nOfficials from Quetta, Karachi, Lahore, Peshawar, Multan, Sukkur, Turbat and Gwadar "
        f"met in Quetta on Monday. Quetta, Karachi and Lahore traders agreed.\n\n" for i in range(articles)
    )


def test_the_feature_cap_counts_drawn_features_not_mentions(monkeypatch, tmp_path) -> None:
    text = _repetitive(12)
    result = analyse_text(text, date="2024-03-06")
    layers = build(result)
    drawn = maps.drawn_features(layers)
    assert len(layers.places) > 2 * drawn  # many mentions of the same few places
    monkeypatch.setenv("BORDERLINES_MAX_FEATURES", str(drawn))
    assert export.html_string(result)  # exactly at the cap: drawn, not refused
    export.geojson_dict(result)
    monkeypatch.setenv("BORDERLINES_MAX_FEATURES", str(drawn - 1))
    with pytest.raises(LimitError, match=f"{drawn:,} features.*BORDERLINES_MAX_FEATURES"):
        export.html_string(result)


def test_map_to_an_unwritable_path_is_one_clear_line_before_any_analysis(tmp_path, capsys, monkeypatch) -> None:
    src = tmp_path / "a.txt"
    src.write_text("Talks\nPolice arrested two men in Quetta on Monday.\n", encoding="utf-8")
    from geo import pipeline

    def never(*a, **k):  # noqa: ANN002, ANN003
        raise AssertionError("the analysis ran before the output path was checked")

    monkeypatch.setattr(pipeline, "analyse", never)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    for bad in ("/proc/borderlines.html", str(blocker / "map.html"), str(tmp_path)):
        assert cli.main(["map", str(src), "-o", bad]) == 1
        err = capsys.readouterr().err
        assert err.startswith("error: ") and err.count("\n") == 1 and "Traceback" not in err
