"""The Share & download tab: save the map and show its link (the view is read from the map in
the browser at that moment), and the map's downloads."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from urllib.parse import urlsplit

import streamlit as st
import streamlit.components.v1 as components

from geo.appstate import state as appstate
from geo.appstate.sources import MapSource
from geo.appstate.state import md
from geo.errors import BorderlinesError, LimitError
from ui import session

SS = st.session_state


def draw(source: MapSource, all_layers, shown, state: appstate.MapState, *, read_only: bool) -> None:
    c1, c2 = st.columns(2)
    with c1:
        st.subheader("Share")
        if source.has_articles:
            _share(source, state)
        else:
            st.caption(source.read_only_note)
    with c2:
        st.subheader("Download")
        cannot = source.download_problem(shown)
        if cannot:
            st.error(f"The map cannot be downloaded: {md(cannot)}")
        for d in source.downloads(shown, state.filters, dt.date.today()):
            st.download_button(d.label, d.build, file_name=d.file_name, mime=d.mime, on_click="ignore",
                               key=d.key, disabled=d.disabled)


def _map_view_reporter():
    """Reads the view of the map on the page when asked (a small component of ours, ui/map_view):
    the map itself reports no pans or zooms, so the view is read only when a map is shared.
    Declared on every run, as Streamlit registers components with the running server."""
    return components.declare_component("map_view", path=str(session.ROOT / "ui" / "map_view"))


def _share(source: MapSource, state: appstate.MapState) -> None:
    if st.button("Share this map", type="primary", key="share_btn"):
        # The view is read from the browser's map only now (pans never rerun the script):
        # the reporter below answers with it, and that answer saves the map.
        SS.share_pending = SS.get("share_seq", 0) + 1
        SS.share_seq = SS.share_pending
        SS.pop("share_url", None)
    if SS.get("share_pending"):
        report = _map_view_reporter()(request=SS.share_pending, key="map_view", default=None)
        if isinstance(report, dict) and report.get("request") == SS.share_pending:
            SS.share_pending = None
            live = appstate.view_from_map(report.get("view"))
            _save(source.analyse(), state if live is None else replace(state, view=live))
        else:
            st.caption("Reading the map's view…")
    if SS.get("share_note"):
        st.info(SS.share_note)
    if SS.get("share_url"):
        st.success("Saved. Anyone who can reach this app can open the map at:")
        st.code(SS.share_url, language=None)


def _save(result, state: appstate.MapState) -> None:
    """Save the map (articles, corrections, state and its analysis) and set the share link."""
    saved = appstate.SavedMap(SS.articles, SS.corrections, state, title=SS.articles[0].title,
                              result=result, analysis_version=appstate.analysis_version())
    SS.pop("share_note", None)
    try:
        try:
            payload = appstate.share_payload(saved)
            map_id = session.store().save(payload)
        except LimitError as err:
            if "map store is full" in str(err) or result is None:
                raise
            # a map too large with its analysis is still shared, analysed again when opened
            map_id = session.store().save(appstate.share_payload(replace(saved, result=None)))
            SS.share_note = ("This map is saved without its analysis (with it, it is over the size "
                             "limit for saved maps): it is analysed again whenever it is opened.")
        SS.share_url = _share_url(map_id)
    except BorderlinesError as err:
        st.error(f"Not saved: {md(err)}")


def _share_url(map_id: str) -> str:
    from geo.store.share import share_url

    host, port = "localhost", int(st.get_option("server.port") or 8501)
    try:
        url = st.context.url
    except Exception:  # noqa: BLE001 - st.context has no URL outside a browser session
        url = None
    if url:
        parts = urlsplit(url)
        if parts.hostname:
            host, port = parts.hostname, parts.port or port
    try:
        return share_url(map_id, host, port)
    except BorderlinesError:
        return share_url(map_id, "localhost", port)
