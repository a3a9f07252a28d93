"""The Events tab: the events the filters let through (a row selects its event on the map), and
those told as background, plans, hypotheses, denials or speculation, listed apart."""
from __future__ import annotations

import streamlit as st

from geo.appstate import state as appstate
from geo.appstate.sources import MapSource
from ui.tables import picked_row

SS = st.session_state


def draw(source: MapSource, all_layers, shown, state: appstate.MapState, *, read_only: bool) -> None:
    import pandas as pd

    rows = appstate.event_rows(shown.events)
    if not rows:
        st.info("No events match the filters.")
    else:
        frame = pd.DataFrame(rows).set_index("id")
        eid = picked_row(
            frame, ["type", "date", "actors", "location", "country", "precision", "sentence"], "events_table",
            column_config={"sentence": st.column_config.TextColumn("sentence", width="large")},
        )
        if eid is not None and SS.get("last_event_row") != eid:
            SS.last_event_row = eid
            SS.selected = ("event", eid)
            hit = shown.events[shown.events["id"] == eid].iloc[0]
            SS.focus = (float(hit["lat"]), float(hit["lon"]), 7)
            st.rerun()
    undrawn = appstate.not_drawn_rows(all_layers.events, shown.events)
    if undrawn:
        st.caption(f"Not drawn: {len(undrawn)} event(s) told as background, plans, hypotheses, denials or "
                   "speculation (tick the box in the sidebar to draw them).")
        st.dataframe(pd.DataFrame(undrawn)[["modality", "type", "date", "location", "sentence"]],
                     key="undrawn_table", hide_index=True, width="stretch")
