"""What the filters decide, redrawn alone when they change: the sidebar's filter and layer
widgets, the map, the selection beside it and the review tabs under it.

It is one Streamlit fragment, so a filter click, a layer switch, a tab change or a row of an
article view reruns only this part of the page: not the routing, the header, the sidebar's input
or the analysis (none of them depends on the filters), and the browser redraws only what is here.
The map's delta comes before the tabs' in the stream, so the map is updated before the tables.

Everything here that changes what is on the map (a correction, a selected row, a click on the
map) calls ``st.rerun()``, which reruns the whole page; ``source`` and ``all_layers`` are
therefore those of the last whole run.
"""
from __future__ import annotations

import streamlit as st

from geo.appstate import state as appstate
from geo.appstate.sources import MapSource
from geo.appstate.state import md
from geo.errors import BorderlinesError
from ui import filters, map_panel, selection_panel, session, tabs


@st.fragment
def draw(source: MapSource, all_layers, *, read_only: bool) -> None:
    """The filters in the sidebar, then the map with the selection beside it, then the tabs,
    for ``source`` (whose every layer is ``all_layers``)."""
    state = session.map_state()
    filters.draw(state, appstate.filter_options(all_layers.events))
    try:
        shown = source.layers(state.filters)
    except BorderlinesError as err:
        st.error(f"The map layers could not be built: {md(err)}")
        return

    map_col, side_col = st.columns([4, 1], gap="medium")
    with map_col:
        map_panel.draw(source, all_layers, shown, state)
    with side_col:
        selection_panel.draw(source, all_layers, shown)

    tabs.draw(source, all_layers, shown, state, read_only=read_only)
