"""Make the app's st_folium map render with no network.

streamlit-folium 0.27 does not bundle Leaflet: its component page loads every ``default_js`` /
``default_css`` URL of the folium elements (Leaflet, jQuery, Bootstrap, Font Awesome from CDNs)
and only draws the map once *all* scripts loaded — one unreachable CDN and the map stays blank.

So, for the app:

1. :func:`publish` writes Leaflet and Leaflet.markercluster (read by :mod:`geo.maps.assets` from
   installed registry packages) into ``<app dir>/static/vendor/`` — a git-ignored folder that
   Streamlit serves at ``/app/static/`` when ``server.enableStaticServing`` is on
   (``.streamlit/config.toml``);
2. :func:`publish_outlines` writes a map's basemap outlines into ``<app dir>/static/basemap/``,
   once per content, for the map to fetch (:mod:`geo.maps.outlines`);
3. :func:`localize` rewrites the asset lists of every element of a folium map to those local
   URLs and drops the assets Borderlines does not use (jQuery, Bootstrap, Font Awesome,
   awesome-markers: icons are inline SVG, popups are plain Leaflet).

Nothing here imports streamlit.
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

__all__ = ["STATIC_PREFIX", "BASEMAP_PREFIX", "VENDOR_FILES", "publish", "publish_outlines", "localize",
           "asset_urls"]

#: Where Streamlit serves ``<app dir>/static/`` (``server.enableStaticServing = true``).
STATIC_PREFIX = "/app/static/vendor/"
#: Where it serves the basemap documents of ``<app dir>/static/basemap/``.
BASEMAP_PREFIX = "/app/static/basemap/"

#: Local file name -> (geo.maps.assets function, what folium's CDN file names it replaces).
VENDOR_FILES: dict[str, tuple[str, tuple[str, ...]]] = {
    "leaflet.js": ("leaflet_js", ("leaflet.js",)),
    "leaflet.css": ("leaflet_css", ("leaflet.css",)),
    "leaflet.markercluster.js": ("markercluster_js", ("leaflet.markercluster.js", "leaflet.markercluster-src.js")),
    "markercluster.css": ("markercluster_css", ("MarkerCluster.css", "MarkerCluster.Default.css")),
}


def _content(local_name: str) -> str:
    from geo.maps import assets

    return getattr(assets, VENDOR_FILES[local_name][0])()


def publish(static_dir: str | os.PathLike[str]) -> Path:
    """Write the vendor files into ``static_dir/vendor`` (atomically; only when changed)."""
    from geo.files import atomic_write

    target = Path(static_dir) / "vendor"
    target.mkdir(parents=True, exist_ok=True)
    for name in VENDOR_FILES:
        data = _content(name).encode("utf-8")
        path = target / name
        if path.is_file() and path.read_bytes() == data:
            continue
        atomic_write(path, data)  # sessions starting together never serve a half-written file
    return target


def publish_outlines(static_dir: str | os.PathLike[str], basemap) -> str:
    """The URL the app's map fetches ``basemap`` (:class:`geo.maps.outlines.Outlines`) from,
    written into ``static_dir/basemap`` when it is not there yet."""
    from geo.maps import outlines

    return BASEMAP_PREFIX + outlines.publish(basemap, Path(static_dir) / "basemap").name


def _local_url(url: str) -> str | None:
    base = url.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]
    for local, (_, replaces) in VENDOR_FILES.items():
        if base in replaces:
            return STATIC_PREFIX + local
    return None


def _walk(element) -> Iterator[object]:
    yield element
    for child in getattr(element, "_children", {}).values():
        yield from _walk(child)


def localize(fig):
    """Point every asset of ``fig`` (a folium Map/Figure) at the local copies; drop the rest.

    Returns ``fig`` (changed in place: instance attributes shadow folium's class-level lists).
    """
    for element in _walk(fig):
        for attr in ("default_js", "default_css"):
            assets = getattr(element, attr, None)
            if not assets:
                continue
            kept: list[tuple[str, str]] = []
            for name, url in assets:
                local = _local_url(url)
                if local is not None and all(local != u for _, u in kept):
                    kept.append((name, local))
            setattr(element, attr, kept)
    return fig


def asset_urls(fig) -> tuple[list[str], list[str]]:
    """(js urls, css urls) the map would load, in order, as streamlit-folium collects them."""
    js: list[str] = []
    css: list[str] = []
    for element in _walk(fig):
        js.extend(u for _, u in getattr(element, "default_js", []) or [])
        css.extend(u for _, u in getattr(element, "default_css", []) or [])
    return list(dict.fromkeys(js)), list(dict.fromkeys(css))
