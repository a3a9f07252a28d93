"""Beside the map: what is selected (an event's sentence, or a border, area or place) and how
many events and places the map shows."""
from __future__ import annotations

import streamlit as st

from geo.appstate.sources import MapSource
from geo.appstate.state import md

SS = st.session_state
LAYER_NAMES = {"border": "Border segment", "province": "Province", "country": "Country", "place": "Place"}


def draw(source: MapSource, all_layers, shown) -> None:
    st.subheader("Selected")
    sel = SS.get("selected")
    if sel and sel[0] == "event":
        lines = source.event_lines(sel[1])
        if lines:
            st.markdown(lines.heading)
            st.caption(lines.where_when)
            st.text(lines.sentence)  # the source sentence, as plain text
            st.caption(lines.article)
    elif sel:
        _feature(shown, *sel)
    else:
        st.caption("Click an event on the map, or a row of the events table, to see its sentence.")
    st.metric("Events shown", f"{len(shown.events)} of {len(all_layers.events)}")
    st.metric("Places", len({*all_layers.places["id"]}) if len(all_layers.places) else 0)


def _feature(shown, layer: str, fid: str) -> None:
    """A border segment, province, country or place picked on the map."""
    frames = {"border": shown.borders, "province": shown.provinces, "country": shown.countries,
              "place": shown.places}
    frame = frames.get(layer)
    row = frame[frame["id"] == fid].iloc[0] if frame is not None and len(frame) and (frame["id"] == fid).any() else None
    st.markdown(f"**{LAYER_NAMES.get(layer, 'Feature')}**")
    if row is not None:
        st.text(str(row["name"]))
        if layer == "border":
            st.caption(f"{int(row['events'])} event(s) refer to it")
        elif layer in ("province", "country"):
            st.caption(f"{int(row['events'])} event(s)")
        elif layer == "place":
            mentions = frame[frame["id"] == fid]
            st.caption(f"{md(row['kind'])} · {md(row['country'])} · mentioned {len(mentions)} time(s)")
    st.caption(f"id {md(fid)}")
