"""geo.maps.outlines: the basemap inline in exports, published once and fetched by the app's map."""
from __future__ import annotations

import json
import os
import re
from pathlib import Path

from maps_fixtures import areas, build_result  # noqa: F401

from geo.appstate.assets import BASEMAP_PREFIX, publish_outlines
from geo.maps import export, outlines
from geo.maps.layers import build
from geo.maps.render import base_map

# the example's extent: Iran, Pakistan, Afghanistan (west, south, east, north)
_BOUNDS = (55.0, 25.0, 70.0, 36.0)


def _basemap_features(html: str) -> list[dict]:
    """Every inline GeoJSON feature of ``html`` marked as basemap."""
    out, dec = [], json.JSONDecoder()
    pos = html.find('{"features"')
    while pos != -1:
        value, end = dec.raw_decode(html, pos)
        out += [f for f in value["features"] if f["properties"].get("layer") == "basemap"]
        pos = html.find('{"features"', end)
    return out


def test_outlines_hold_countries_provinces_and_names(areas):
    o = outlines.outlines(_BOUNDS)
    countries = {f["id"] for f in o.countries["features"]}
    assert {"IRN", "PAK", "AFG"} <= countries
    assert o.provinces["features"]
    assert all(f["properties"]["layer"] == "basemap" for f in o.countries["features"] + o.provinces["features"])
    names = {label[2] for label in o.labels}
    assert "Pakistan" in names
    lat, lon, _ = next(label for label in o.labels if label[2] == "Pakistan")
    assert 23 < lat < 37 and 60 < lon < 78  # (lat, lon) for Leaflet, inside Pakistan
    assert outlines.outlines(None).countries["features"] == []


def test_same_outlines_publish_to_one_file_written_once(areas, tmp_path: Path, monkeypatch):
    writes = []
    real_write = outlines.atomic_write
    monkeypatch.setattr(outlines, "atomic_write", lambda path, data: writes.append(path) or real_write(path, data))
    o = outlines.outlines(_BOUNDS)
    first = outlines.publish(o, tmp_path)
    second = outlines.publish(outlines.outlines(_BOUNDS), tmp_path)  # built again, same content
    assert first == second and writes == [first]
    assert re.fullmatch(r"[0-9a-f]{64}\.json", first.name)
    doc = json.loads(first.read_bytes())
    assert {f["id"] for f in doc["countries"]["features"]} == {f["id"] for f in o.countries["features"]}
    assert [tuple(label) for label in doc["labels"]] == list(o.labels)
    other = outlines.publish(outlines.outlines((20.0, 40.0, 30.0, 50.0)), tmp_path)
    assert other != first and len(writes) == 2


def test_publish_keeps_the_most_recently_used_documents(areas, tmp_path: Path):
    docs = [outlines.outlines(b) for b in ((55.0, 25.0, 70.0, 36.0), (20.0, 40.0, 30.0, 50.0), (0.0, 5.0, 10.0, 15.0))]
    a = outlines.publish(docs[0], tmp_path, keep=2)
    b = outlines.publish(docs[1], tmp_path, keep=2)
    os.utime(a, (1, 1))
    os.utime(b, (2, 2))
    assert outlines.publish(docs[0], tmp_path, keep=2) == a  # used again: now the newest
    c = outlines.publish(docs[2], tmp_path, keep=2)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([a.name, c.name])  # b was the oldest


def test_exported_html_keeps_the_outlines_inline(areas):
    html = export.html_string(build_result())
    features = _basemap_features(html)
    assert {"IRN", "PAK"} <= {f["id"] for f in features}
    assert "fetch(" not in html and BASEMAP_PREFIX not in html  # opens with no server
    assert "Pakistan" in html  # country names drawn from the file itself


def test_app_base_map_fetches_published_outlines_instead_of_embedding_them(areas, tmp_path: Path):
    layers = build(build_result())
    urls = []

    def at(o):
        urls.append(publish_outlines(tmp_path, o))
        return urls[-1]

    html = base_map(layers, outlines_at=at).get_root().render()
    assert _basemap_features(html) == []
    assert len(urls) == 1 and urls[0].startswith(BASEMAP_PREFIX)
    assert f"fetch({json.dumps(urls[0])})" in html
    published = tmp_path / "basemap" / urls[0].removeprefix(BASEMAP_PREFIX)
    assert {"IRN", "PAK"} <= {f["id"] for f in json.loads(published.read_bytes())["countries"]["features"]}
    # drawn as the inline ones are, under the data layers
    assert '"fillColor": "#f5f1e8"' in html and "pane.style.zIndex = 350" in html
    inline = base_map(layers).get_root().render()
    assert len(inline) > 5 * len(html)
    assert {"IRN", "PAK"} <= {f["id"] for f in _basemap_features(inline)}


def test_app_base_map_draws_inline_when_nothing_was_published(areas):
    html = base_map(build(build_result()), outlines_at=lambda o: None).get_root().render()
    assert {"IRN", "PAK"} <= {f["id"] for f in _basemap_features(html)}
    assert "fetch(" not in html
