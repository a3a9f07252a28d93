"""The Corrections tab: the analyst's corrections, newest last, and undoing the last one."""
from __future__ import annotations

import streamlit as st

from geo.appstate import state as appstate
from geo.appstate.sources import MapSource

SS = st.session_state


def draw(source: MapSource, all_layers, shown, state: appstate.MapState, *, read_only: bool) -> None:
    if not source.has_articles:
        st.caption(source.read_only_note)
        return
    if not SS.corrections:
        st.caption("No corrections yet. Select a row in Places to correct a mention.")
        return
    import pandas as pd

    st.dataframe(pd.DataFrame([
        {"when": c.at, "what": c.action, "text": next((a.text[c.start:c.end] for a in SS.articles
                                                       if a.id == c.article_id), ""),
         "from": c.from_id or "", "to": c.to_id or ""} for c in SS.corrections
    ]), hide_index=True, width="stretch", key="corrections_table")
    if not read_only and st.button("Undo last correction", key="undo"):
        SS.corrections = appstate.undo_last(SS.corrections)
        st.rerun()
