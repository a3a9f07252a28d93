"""Browser assets for offline maps, read from installed registry packages (never copied here).

Leaflet 1.9.4 comes from ``django-js-lib-leaflet``, Leaflet.markercluster 1.4.1 from
``XStatic-Leaflet-MarkerCluster``. folium 0.20 needs jQuery only for ``parse_html`` popups,
``objects_to_stay_in_front`` and non-embedded GeoJSON, none of which Borderlines uses; its
Bootstrap, Font Awesome and awesome-markers references are dropped (icons are inline SVG).
"""
from __future__ import annotations

import base64
import functools
import re
from importlib import resources

from geo.errors import DataError

__all__ = ["leaflet_js", "leaflet_css", "markercluster_js", "markercluster_css", "inline_script",
           "inline_style", "SOURCES"]

#: asset name → (package, folder inside it, file, pip requirement)
SOURCES: dict[str, tuple[str, str, str, str]] = {
    "leaflet.js": ("js_lib_leaflet", "static/js_lib_leaflet", "leaflet.js", "django-js-lib-leaflet==1.9.4.1"),
    "leaflet.css": ("js_lib_leaflet", "static/js_lib_leaflet", "leaflet.css", "django-js-lib-leaflet==1.9.4.1"),
    "markercluster.js": ("xstatic.pkg.leaflet_markercluster", "data", "leaflet.markercluster.js",
                         "XStatic-Leaflet-MarkerCluster==1.4.1.1"),
    "MarkerCluster.css": ("xstatic.pkg.leaflet_markercluster", "data", "MarkerCluster.css",
                          "XStatic-Leaflet-MarkerCluster==1.4.1.1"),
    "MarkerCluster.Default.css": ("xstatic.pkg.leaflet_markercluster", "data", "MarkerCluster.Default.css",
                                  "XStatic-Leaflet-MarkerCluster==1.4.1.1"),
}


def _path(name: str):
    package, folder, file, req = SOURCES[name]
    try:
        path = resources.files(package).joinpath(folder, file)
    except ModuleNotFoundError as err:
        raise DataError(f"browser asset {name!r} is missing: pip install {req}") from err
    if not path.is_file():
        raise DataError(f"browser asset {name!r} is missing: pip install {req}")
    return path


def _text(name: str) -> str:
    return _path(name).read_text(encoding="utf-8")


@functools.cache
def leaflet_js() -> str:
    """Leaflet 1.9.4, minified."""
    return _text("leaflet.js")


@functools.cache
def leaflet_css() -> str:
    """Leaflet's stylesheet with its images (layers, default marker) inlined as data: URIs."""
    css = _text("leaflet.css")
    images = _path("leaflet.css").parent / "images"

    def data_uri(match: re.Match) -> str:
        img = images / match.group(1)
        if not img.is_file():
            raise DataError(f"Leaflet image {match.group(1)!r} is missing from django-js-lib-leaflet")
        return "url(data:image/png;base64," + base64.b64encode(img.read_bytes()).decode("ascii") + ")"

    return re.sub(r"url\(images/([A-Za-z0-9_.-]+\.png)\)", data_uri, css)


@functools.cache
def markercluster_js() -> str:
    """Leaflet.markercluster 1.4.1, minified."""
    return _text("markercluster.js")


@functools.cache
def markercluster_css() -> str:
    """Both Leaflet.markercluster stylesheets."""
    return _text("MarkerCluster.css") + "\n" + _text("MarkerCluster.Default.css")


def inline_script(js: str) -> str:
    """``<script>`` element holding ``js``; a ``</script`` inside cannot close it early."""
    return "<script>" + re.sub(r"</(script)", r"<\\/\1", js, flags=re.IGNORECASE) + "</script>"


def inline_style(css: str) -> str:
    """``<style>`` element holding ``css``; a ``</style`` inside cannot close it early."""
    return "<style>" + re.sub(r"</(style)", r"<\\/\1", css, flags=re.IGNORECASE) + "</style>"
