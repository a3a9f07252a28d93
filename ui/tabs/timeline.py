"""The Timeline tab: the events shown, per month or day, by type and by country."""
from __future__ import annotations

import streamlit as st

from geo.appstate import state as appstate
from geo.appstate.sources import MapSource


def draw(source: MapSource, all_layers, shown, state: appstate.MapState, *, read_only: bool) -> None:
    timeline = appstate.timeline_counts(shown.events)
    if timeline.empty:
        st.info("No dated events to draw.")
    else:
        st.subheader("Events per month" if timeline.index.name == "month" else "Events per day")
        st.bar_chart(timeline, height=240, x_label="", y_label="events")
    c1, c2 = st.columns(2)
    with c1:
        st.subheader("By type")
        by_type = appstate.counts_by(shown.events, "type")
        if len(by_type):
            st.bar_chart(by_type, horizontal=True, height=220)
    with c2:
        st.subheader("By country")
        by_country = appstate.counts_by(shown.events, "countries")
        if len(by_country):
            st.bar_chart(by_country, horizontal=True, height=220)
