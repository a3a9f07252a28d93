"""The app's map in the browser: streamlit-folium's component, fed from remembered strings.

``st_folium`` rebuilds and re-renders the whole folium map on every script run (≈ 1 s of
server time for the example on a loaded 2-core machine), although the browser only needs what
changed. Here the base map (basemap, legend, view) is rendered once per map and the data
layers once per filter and layer choice; each run hands the remembered strings to
streamlit-folium's own component (0.27.4), with the arguments ``st_folium`` itself passes:

* the base map script is the same string while filters change, so the component keeps its
  iframe (same key) and swaps only the data layers (its ``feature_group`` argument): no reload,
  no flicker, pan and zoom kept;
* ``returned_objects`` never holds ``center``, ``zoom`` or ``bounds``: panning sends nothing;
* the first value the browser reports is the default it was given (same keys, same order), so
  a new map sends nothing and costs no second script run;
* the basemap outlines, most of a map's bytes, are a static file the map fetches
  (:func:`publish_outlines`), not part of the script sent through the websocket;
* `make run` (scripts/serve.py) renders the example's strings before the server answers
  (:func:`map_strings`), so the first visitor's run finds them too. That import happens before
  Streamlit's runtime exists, when streamlit-folium cannot register its component, so
  :func:`draw` registers it with the running server.

The component's arguments are streamlit-folium's (pinned in constraints.txt); if its
``st_folium`` changes them, update :func:`draw` with it.
"""
from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from pathlib import Path
from typing import Any

import folium
import streamlit_folium as sf

from geo.appstate import assets
from geo.appstate.memo import Memo
from geo.errors import BorderlinesError
from geo.maps.outlines import Outlines

__all__ = ["STATIC_DIR", "base_strings", "draw", "layer_script", "map_strings", "publish_outlines"]

#: The folder Streamlit serves at /app/static/: ``static/`` beside the main script (app.py, at
#: the repository root, one level above this package).
STATIC_DIR = Path(__file__).resolve().parent.parent / "static"

# The keys of the value streamlit-folium's frontend reports, in the order it builds them
# (updateComponentValue in its index.tsx). It sends a value whenever its JSON differs from the
# last one, starting from ``default``: a default in another key order differs from the first
# report although every value is null, and that report reruns the whole script.
_REPORT_ORDER = ("last_clicked", "last_object_clicked", "last_object_clicked_count", "last_object_clicked_tooltip",
                 "last_object_clicked_popup", "all_drawings", "last_active_drawing", "last_geocoder_result", "bounds",
                 "zoom", "last_circle_radius", "last_circle_polygon", "center", "selected_layers", "selected_tags")

_BASES = Memo(8)
_LAYERS = Memo(48)


def base_strings(key: Hashable, build: Callable[[], folium.Map]) -> dict[str, Any]:
    """The component's arguments for the base map ``build()`` makes, remembered under ``key``
    (the map's content: its articles or batch, and its view)."""

    def render() -> dict[str, Any]:
        m = build()
        m.get_root().render()  # as st_folium(render=True): fills the header and script
        m.render()
        html, header = sf._get_html(m), sf._get_header(m)
        script = sf._get_map_string(m)
        js, css = assets.asset_urls(m)
        return {"script": script, "header": header, "html": html, "id": sf.get_full_id(m),
                "js_links": js, "css_links": css}

    return _BASES.get(("base", key), render)


def publish_outlines(basemap: Outlines) -> str | None:
    """The URL of ``basemap`` published in :data:`STATIC_DIR` (for
    :func:`geo.maps.render.base_map`'s ``outlines_at``); None when the folder cannot be written,
    and the outlines then travel inline (a slower first page, the same map)."""
    try:
        return assets.publish_outlines(STATIC_DIR, basemap)
    except (OSError, BorderlinesError):
        return None


def layer_script(key: Hashable, build: Callable[[], Sequence[folium.FeatureGroup]]) -> str:
    """The script adding the feature groups ``build()`` makes to the map, remembered under
    ``key`` (the map's content, filters and layer choice)."""

    def render() -> str:
        host = folium.Map(tiles=None)  # any map: its name becomes "map_div" in the script
        return "".join(sf._get_feature_group_string(g, host, i) for i, g in enumerate(build()))

    return _LAYERS.get(("layers", key), render)


def map_strings(source: Any, all_layers: Any, drawn: Any, state: Any) -> tuple[dict[str, Any], str]:
    """The base map's arguments and the data layers' script of the app's map of ``source``
    (a :class:`~geo.appstate.sources.MapSource`, whose every layer is ``all_layers``), drawing
    ``drawn`` with the filters, layer choice and view of ``state`` (a MapState); remembered.
    Raises :class:`~geo.errors.BorderlinesError` (e.g. more features than a map may hold)."""
    from geo.config import limits
    from geo.maps import render

    view = state.view
    content = source.key
    base = base_strings((content, view), lambda: assets.localize(
        render.base_map(all_layers, view=(view.lat, view.lon, view.zoom) if view else None,
                        outlines_at=publish_outlines)))
    # the feature cap is part of the key: a lowered BORDERLINES_MAX_FEATURES is checked again
    layers = layer_script((content, state.filters, state.layers, limits().max_features), lambda: [
        assets.localize(g) for g in render.data_layers(drawn, state.layers)])
    return base, layers


def _register_component() -> None:
    """Make sure the running server knows streamlit-folium's component: imported before the
    runtime existed (scripts/serve.py's warm-up), streamlit-folium could not register it, and the
    browser would then get no page for the map's frame. Registering it again changes nothing."""
    from streamlit import runtime

    if runtime.exists():
        registry = runtime.get_instance().component_registry
        if registry.get_component_path(sf._component_func.name) is None:
            registry.register_component(sf._component_func)


def draw(base: dict[str, Any], layers: str, *, key: str, height: int, returned_objects: Sequence[str],
         center: tuple[float, float] | None = None, zoom: float | None = None) -> Any:
    """Show the map (``base`` from :func:`base_strings`, ``layers`` from :func:`layer_script`);
    returns what the browser reported of ``returned_objects`` (None before the first report).
    ``returned_objects`` are among the keys that start as null in the browser (clicks and
    drawings, not ``bounds``, ``zoom`` or counts)."""
    defaults = {name: None for name in sorted(returned_objects, key=_REPORT_ORDER.index)}
    _register_component()
    return sf._component_func(
        script=base["script"], header=base["header"], html=base["html"], id=base["id"],
        key=sf.generate_js_hash(base["script"], key, False), height=height, width=None,
        returned_objects=list(returned_objects), default=defaults, zoom=zoom, center=center,
        feature_group=layers, return_on_hover=False, layer_control=None, pixelated=False,
        css_links=base["css_links"], js_links=base["js_links"], on_change=None, wrap_longitude=False,
    )
