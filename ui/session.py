"""The session's state and the changes made to it: what is on the map (example, shared map,
articles, batch), the map's state, the selection and the messages waiting for the next run.

Every change here only writes ``st.session_state``; the page reruns to show it.
"""
from __future__ import annotations

from pathlib import Path

import streamlit as st

from geo.appstate import state as appstate
from geo.appstate.state import md
from geo.errors import BorderlinesError, NotFoundError

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "border_talks.txt"
SS = st.session_state


# --------------------------------------------------------------------------- resources


@st.cache_resource(show_spinner=False)
def store():
    from geo.store.backends import open_store

    return open_store()


@st.cache_resource(show_spinner=False)
def static_assets() -> bool:
    """Leaflet from installed packages into ./static (served at /app/static) — once per process."""
    from geo.appstate.assets import publish

    try:
        publish(ROOT / "static")
        return True
    except (OSError, BorderlinesError):
        return False


# --------------------------------------------------------------------------- messages


def flash(kind: str, text: str) -> None:
    """A message (``kind`` is an ``st`` alert: info, success, warning, error) for the next run."""
    SS.setdefault("flash", []).append((kind, text))


def show_flash() -> None:
    # Always one container here, messages or not: elements below keep their place in the page,
    # so the map component is not re-created when a message comes or goes.
    box = st.container()
    for kind, text in SS.pop("flash", []):
        getattr(box, kind)(text)


# --------------------------------------------------------------------------- map state


def map_state() -> appstate.MapState:
    """The map's state (filters, layers, view): the defaults show every located event."""
    return SS.get("map_state") or appstate.MapState()


def set_map_state(state: appstate.MapState, *, redraw: bool = False) -> None:
    """Replace the map's state; ``redraw`` gives the browser a fresh map (to apply a view)."""
    SS.map_state = state
    if redraw:
        SS.map_epoch = SS.get("map_epoch", 0) + 1


def reset_selection() -> None:
    for key in ("selected", "focus", "last_click", "last_event_row", "last_mention_row", "share_url",
                "share_pending", "share_note"):
        SS.pop(key, None)


# --------------------------------------------------------------------------- what is on the map


def load_example() -> None:
    from geo.ingest import readers as ingest

    text = EXAMPLE.read_text(encoding="utf-8")
    SS.articles = (ingest.from_text(text),)
    SS.corrections = ()
    SS.example_only = True  # replaced by the analyst's first own article
    SS.batch = None
    SS.read_only = False
    SS.shared_state = None
    SS.reanalysed = None
    set_map_state(appstate.MapState(), redraw=True)
    reset_selection()


def open_shared(map_id: str) -> bool:
    """Load a saved map into the session; False (and nothing changed) when there is none.

    A map saved with the current analysis version opens with its stored result (no analysis);
    another version's map is analysed again, and the page says so.
    """
    try:
        saved = appstate.saved_map_from_payload(store().load(map_id))
    except (NotFoundError, BorderlinesError, ValueError):
        return False
    SS.articles = saved.articles
    SS.corrections = saved.corrections
    SS.read_only = True
    SS.opened_map = map_id
    SS.batch = None
    SS.shared_state = saved.state
    if saved.result is not None:
        appstate.remember_result(saved.articles, saved.corrections, saved.result)
        SS.reanalysed = None
    else:
        SS.reanalysed = saved.analysis_version or "an older version"
    set_map_state(saved.state, redraw=True)
    reset_selection()
    return True


def make_editable_copy() -> None:
    SS.read_only = False
    SS.opened_map = None
    st.query_params.clear()
    reset_selection()


def add_articles(new) -> int:
    """Add articles not on the map yet; the untouched example makes way for the first ones."""
    if SS.get("example_only") and not SS.corrections and new:
        SS.articles = ()
        flash("info", "The example article made way for yours (“Load example” brings it back).")
    SS.example_only = False
    have = {a.id for a in SS.articles}
    fresh = tuple(dict.fromkeys(a for a in new if a.id not in have))
    SS.articles = SS.articles + fresh
    reset_selection()
    return len(fresh)


def clear_all() -> None:
    SS.articles, SS.corrections, SS.example_only = (), (), False
    SS.shared_state, SS.reanalysed = None, None
    set_map_state(appstate.MapState(), redraw=True)  # a new map starts showing everything
    reset_selection()


def record_correction(correction) -> None:
    SS.corrections = appstate.record_correction(SS.corrections, correction)


def open_batch(files) -> None:
    """Show a batch run's GeoParquet instead of the articles (they stay, for "Close batch map")."""
    try:
        with st.spinner("Reading the batch…"):
            SS.batch = appstate.open_batch(files)
    except BorderlinesError as err:
        flash("error", f"The batch could not be opened: {md(err)}")
        return
    set_map_state(appstate.MapState(), redraw=True)
    reset_selection()
    n = len(SS.batch.layers.events)
    flash("success", f"Opened the batch map “{md(SS.batch.name)}”: {n:,} event{'s' if n != 1 else ''}.")
    if SS.batch.places_name is None:
        flash("info", "No places file came with it (upload its .places.parquet alongside to see places).")


def close_batch() -> None:
    SS.batch = None
    set_map_state(appstate.MapState(), redraw=True)
    reset_selection()


# --------------------------------------------------------------------------- routing


def _not_found_page() -> None:
    st.title("Map not found")
    st.write("There is no saved map at this link. It may have been mistyped or cut short.")
    if st.button("Start a new map", type="primary"):
        st.query_params.clear()
        for key in list(SS.keys()):
            del SS[key]
        st.rerun()
    st.stop()


def route() -> None:
    """Put the map the page's address asks for in the session: ``?map=<id>`` a saved map (a
    "Map not found" page when there is none), else the example on a first visit."""
    wanted = st.query_params.get_all("map")
    if wanted:
        if len(wanted) != 1:
            _not_found_page()
        if SS.get("opened_map") != wanted[0] or "articles" not in SS:
            if not open_shared(wanted[0]):
                _not_found_page()
    elif "articles" not in SS:
        load_example()
