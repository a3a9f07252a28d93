"""Borderlines — the Streamlit app. UI only: the page is drawn by the modules of ui/, every rule
lives in geo/ (geo.appstate mostly; geo.appstate.sources says where the map comes from).

Run with ``make run`` (``streamlit run app.py``). ``?map=<id>`` opens a saved map read-only.
"""
from __future__ import annotations

import streamlit as st

from geo.appstate import state as appstate
from geo.appstate.sources import source_for
from geo.appstate.state import md
from geo.errors import BorderlinesError
from ui import filtered, filters, header, session, sidebar_input

SS = st.session_state

st.set_page_config(page_title="Borderlines", page_icon="🗺️", layout="wide",
                   initial_sidebar_state="expanded")

# --------------------------------------------------------------------------- routing

assets_ready = session.static_assets()
session.route()
read_only = bool(SS.get("read_only"))
source = source_for(SS)

header.draw(source, read_only=read_only, assets_ready=assets_ready)
sidebar_input.draw(source, read_only=read_only)  # every change it makes reruns the page

# --------------------------------------------------------------------------- analysis

if source.is_empty():
    st.info("Paste an article or upload files in the sidebar to draw a map.")
    st.stop()

try:
    with st.spinner("Reading the articles…"):
        source.analyse()  # a batch map has no analysis: its layers come from the GeoParquet
except BorderlinesError as err:
    st.error(f"The articles could not be analysed: {md(err)}")
    st.stop()

try:
    all_layers = source.all_layers()
except BorderlinesError as err:
    st.error(f"The map layers could not be built: {md(err)}")
    st.stop()

# --------------------------------------------------------------------------- filters, map, selection, tabs

# a filter change reruns only the map's and the tables' fragments (ui/filtered.py)
filters.draw(session.map_state(), appstate.filter_options(all_layers.events), rerun=filtered.FILTERED)
filtered.map_and_selection(source, all_layers)
filtered.review(source, all_layers, read_only=read_only)
