"""The top of the page: title, what the app does, and the notes about the map shown (a shared
map read-only, a shared view to go back to, a map analysed again, missing browser files), then
the messages left by the last change."""
from __future__ import annotations

import streamlit as st

from geo.appstate import state as appstate
from geo.appstate.sources import MapSource
from geo.appstate.state import md
from ui import session

SS = st.session_state


def draw(source: MapSource, *, read_only: bool, assets_ready: bool) -> None:
    # Less empty space above the title (style only; nothing from the input goes in here).
    st.html("<style>.block-container{padding-top:2.2rem}</style>")
    st.title("Borderlines")
    st.caption("News articles in, maps out: the places an article names, what happened where, "
               "the provinces and border segments involved — checked against the text, offline.")

    if read_only:
        banner = st.container(border=True)
        c1, c2 = banner.columns([4, 1], vertical_alignment="center")
        c1.markdown("**Shared map — read-only.** This is the map as it was saved. "
                    "Make a copy to add articles or correct places.")
        if c2.button("Make an editable copy", type="primary", key="copy_btn"):
            session.make_editable_copy()
            st.rerun()
    # a shared map's notes are about its articles: a batch opened over it has none of them
    if SS.get("shared_state") is not None and source.has_articles:
        r1, r2 = st.columns([4, 1], vertical_alignment="center")
        r1.caption("Filters, layers and view are yours to change; the shared view is kept.")
        if r2.button("Reset to shared view", key="reset_view"):
            session.set_map_state(SS.shared_state, redraw=True)
            st.rerun()
    if SS.get("reanalysed") and source.has_articles:
        st.info(f"This map was saved by another version of the analysis ({md(SS.reanalysed)}); it was "
                f"analysed again with this version ({md(appstate.analysis_version())}), so its events "
                "and places may differ from those that were shared.")

    if not assets_ready:
        st.warning("The map's browser files could not be written to ./static (is the folder writable?); "
                   "the map may stay blank without a network.")
    session.show_flash()
