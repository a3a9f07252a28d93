"""What the filters decide, redrawn without the rest of the page when they change: the layer
switches with the map and the selection beside it (one fragment), and the review tabs under the
map (another).

A filter widget in the sidebar reruns only these two fragments (:data:`FILTERED`), not the
routing, the header, the sidebar's input or the analysis, none of which depends on the filters:
the server sends, and the browser redraws, only the map's part of the page. The map's fragment
runs first, so the map is updated before the tables are sent. A layer switch changes nothing in
the tabs, so it lives in the map's fragment and reruns it alone.

Both fragments read the map's state from the session on every run (a fragment rerun gets the
arguments of the last whole run, which may be older); ``source`` and ``all_layers`` change only in
a whole run. Everything in them that changes what is on the map (a correction, a selected row, a
click on the map) calls ``st.rerun()``, which reruns the whole page.

The first page a session draws sends the map without the tables (:mod:`ui.first_paint`): the
browser shows an element only once every element's script of that run has loaded, and the
events table's grid alone held the first map back by about half a second.
"""
from __future__ import annotations

import streamlit as st

from geo.appstate.sources import MapSource
from geo.appstate.state import md
from geo.errors import BorderlinesError
from ui import filters, first_paint, map_panel, selection_panel, session, tabs

#: The fragments' keys (what a widget callback names in ``st.rerun``).
MAP, REVIEW = "map_fragment", "review_fragment"
#: What a filter change reruns, in this order: the map is updated before the tables are sent.
FILTERED = (MAP, REVIEW)


def _shown(source: MapSource, *, say: bool):
    """The layers the map's filters let through, or None (and the error shown when ``say``)."""
    try:
        return source.layers(session.map_state().filters)
    except BorderlinesError as err:
        if say:
            st.error(f"The map layers could not be built: {md(err)}")
        return None


@st.fragment(key=MAP)
def map_and_selection(source: MapSource, all_layers) -> None:
    """The layer switches (in the sidebar, under the filters), the map, and beside it what is
    selected, for ``source`` (whose every layer is ``all_layers``)."""
    filters.draw_layers(session.map_state())
    shown = _shown(source, say=True)
    if shown is None:
        return
    map_col, side_col = st.columns([4, 1], gap="medium")
    with map_col:
        map_panel.draw(source, all_layers, shown, session.map_state())
    with side_col:
        selection_panel.draw(source, all_layers, shown)


@st.fragment(key=REVIEW)
def review(source: MapSource, all_layers, *, read_only: bool) -> None:
    """The tabs under the map: the filtered tables, corrections, share and downloads (drawn by a
    fragment of their own on a session's first page, :mod:`ui.first_paint`)."""
    first_paint.after_map(_tabs, source, all_layers, read_only=read_only)


def _tabs(source: MapSource, all_layers, *, read_only: bool) -> None:
    # The tabs' own fragment reruns alone (a tab switch, its timer): it reads the map's state
    # from the session on every run, as both fragments above do.
    shown = _shown(source, say=False)  # the map's fragment, above, said why
    if shown is None:
        return
    tabs.draw(source, all_layers, shown, session.map_state(), read_only=read_only)
