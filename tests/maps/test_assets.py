"""geo.maps.assets: Leaflet and markercluster read from installed packages, safe to inline."""
from __future__ import annotations

import re

from geo.maps import assets


def test_leaflet_is_194_and_complete():
    js = assets.leaflet_js()
    assert "Leaflet 1.9.4" in js[:200]
    assert 'version="1.9.4"' in js


def test_leaflet_css_images_inlined():
    css = assets.leaflet_css()
    assert ".leaflet-control-layers-toggle" in css
    assert "url(images/" not in css
    assert len(re.findall(r"url\(data:image/png;base64,", css)) >= 3


def test_markercluster_assets():
    assert "markerClusterGroup" in assets.markercluster_js()
    css = assets.markercluster_css()
    assert ".marker-cluster-small" in css and ".leaflet-cluster-anim" in css


def test_inline_wrappers_cannot_be_closed_early():
    s = assets.inline_script('var a = "</script><script>alert(1)</SCRIPT>";')
    assert s.lower().count("</script") == 1 and s.endswith("</script>")
    st = assets.inline_style("a { content: '</style><script>' }")
    assert st.lower().count("</style") == 1
