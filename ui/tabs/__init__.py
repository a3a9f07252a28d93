"""The review tabs under the map, one module each (datasette's views/ is the model). Tabs are
lazy: only the open tab is computed and sent (charts and tables cost time)."""
from __future__ import annotations

import streamlit as st

from geo.appstate import state as appstate
from geo.appstate.sources import MapSource
from ui.tabs import articles, corrections, events, places, share, timeline

#: (label, module) in the order shown; each module's ``draw`` takes the same arguments.
TABS = (("Events", events), ("Places", places), ("Articles", articles), ("Timeline", timeline),
        ("Corrections", corrections), ("Share & download", share))


def draw(source: MapSource, all_layers, shown, state: appstate.MapState, *, read_only: bool) -> None:
    tabs = st.tabs([label for label, _ in TABS], key="tab", on_change="rerun")
    for tab, (_, module) in zip(tabs, TABS):
        with tab:
            if tab.open:
                module.draw(source, all_layers, shown, state, read_only=read_only)
