"""The map: a base map that stays in the browser while filters and layer toggles change (only
its data layers are swapped), and that reports clicks but not pans or zooms (no rerun while the
viewer looks around). Both are rendered once and remembered (:mod:`ui.foliummap`).

The strings of the base map and the data layers come from :func:`ui.foliummap.map_strings`.
"""
from __future__ import annotations

import streamlit as st

from geo.appstate import state as appstate
from geo.appstate.sources import MapSource
from geo.appstate.state import md
from geo.errors import BorderlinesError

SS = st.session_state


def _feature_ids(shown) -> dict[str, list]:
    """The ids of every drawn feature by layer: what a click on the map may select."""
    frames = {"event": shown.events, "border": shown.borders, "place": shown.places,
              "province": shown.provinces, "country": shown.countries}
    return {layer: list(frame["id"]) if len(frame) else [] for layer, frame in frames.items()}


def draw(source: MapSource, all_layers, shown, state: appstate.MapState) -> None:
    from ui import foliummap

    drawn, left_off = source.drawn_layers(shown)
    if left_off:
        st.caption(left_off)
    try:
        base, layers = foliummap.map_strings(source, all_layers, drawn, state)
    except BorderlinesError as err:  # e.g. more features than a map may hold
        st.error(f"The map cannot be drawn: {md(err)}")
        return
    focus = SS.get("focus")
    returned = foliummap.draw(
        base, layers, key=f"map{SS.get('map_epoch', 0)}", height=600,
        # no center, zoom or bounds: panning and zooming never rerun the script
        returned_objects=["last_active_drawing", "last_clicked"],
        center=focus[:2] if focus else None, zoom=focus[2] if focus else None,
    )
    point = appstate.point_from_map(returned)
    if point is not None and point != SS.get("map_point"):
        SS.map_point = point
        if SS.get("add_name", "").strip() and not SS.get("read_only"):
            st.rerun()  # the "add a missed place" form offers places near the click
    click = appstate.clicked_feature(returned, _feature_ids(shown))
    if click is not None and click != SS.get("last_click"):
        SS.last_click = click
        SS.selected = click
        st.rerun()
