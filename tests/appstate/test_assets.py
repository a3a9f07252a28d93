"""The app's map loads nothing from the network (geo/appassets.py)."""
from __future__ import annotations

from pathlib import Path

import folium
from folium.plugins import MarkerCluster

from geo.appstate.assets import STATIC_PREFIX, VENDOR_FILES, asset_urls, localize, publish


def test_publish_writes_leaflet_from_installed_packages(tmp_path: Path) -> None:
    out = publish(tmp_path)
    assert sorted(p.name for p in out.iterdir()) == sorted(VENDOR_FILES)
    js = (out / "leaflet.js").read_text(encoding="utf-8")
    assert "Leaflet" in js and len(js) > 100_000
    css = (out / "leaflet.css").read_text(encoding="utf-8")
    assert ".leaflet-container" in css and "url(images/" not in css  # images inlined
    before = (out / "leaflet.js").stat().st_mtime_ns
    publish(tmp_path)  # unchanged content is not rewritten
    assert (out / "leaflet.js").stat().st_mtime_ns == before


def test_localize_points_every_asset_at_the_app_and_drops_cdns() -> None:
    m = folium.Map(tiles=None)
    MarkerCluster().add_to(m)
    folium.Marker([30, 67], popup="x").add_to(m)
    js, css = asset_urls(m)
    assert any("cdn" in u for u in js + css)  # folium's defaults are CDN links
    localize(m)
    js, css = asset_urls(m)
    assert js == [STATIC_PREFIX + "leaflet.js", STATIC_PREFIX + "leaflet.markercluster.js"]
    assert css == [STATIC_PREFIX + "leaflet.css", STATIC_PREFIX + "markercluster.css"]
    # folium's class-level lists are untouched: other maps (exports) are not affected
    assert any("cdn" in u for _, u in folium.Map.default_js)
