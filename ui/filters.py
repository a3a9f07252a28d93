"""The sidebar's filters and layer switches. Every widget shows the map's state (re-seeded from
it before it is drawn, on every run that draws it) and writes back into it when changed.

The filters are drawn by the whole page's run, the layer switches by the map's fragment
(ui/filtered.py): a filter change reruns the map and the tables, a layer switch only the map."""
from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from geo.appstate import state as appstate
from ui import session

SS = st.session_state
PRECISION_LABELS = {1: "1 · towns only", 2: "2 · + near a town", 3: "3 · + regions and borders"}
LAYER_KEYS = tuple(appstate.LAYER_WIDGET_PREFIX + k for k in appstate.LAYER_LABELS)


def _changed(keys: Sequence[str], rerun: Sequence[str] | None = None) -> None:
    """The widgets of ``keys`` changed: their values go into the map's state (widgets are drawn
    from the state, so they never fall back to defaults on their own); then ``rerun`` (fragment
    keys) rerun, or by default what drew the widget."""
    values = {k: SS[k] for k in keys if k in SS}
    session.set_map_state(appstate.state_from_widgets(session.map_state(), values,
                                                      SS.get("filter_options") or appstate.FilterChoice()))
    if rerun:
        st.rerun(list(rerun))


def _seed(values: dict) -> None:
    # A widget not drawn in some run loses its own state in Streamlit; the map's state does not.
    for wkey, wvalue in values.items():
        SS[wkey] = wvalue


def draw(state: appstate.MapState, options: appstate.FilterChoice, *, rerun: Sequence[str]) -> None:
    """The filter widgets for ``state``, offering the choices of ``options`` (the map's events); a
    change reruns the fragments ``rerun`` (what shows the filtered events), not the page."""
    SS.filter_options = options
    W = appstate.WIDGET_KEYS
    seeded = {k: v for k, v in appstate.widget_values(state, options).items() if k not in LAYER_KEYS}
    _seed(seeded)
    on = {"on_change": _changed, "args": (tuple(seeded), tuple(rerun))}

    with st.sidebar:
        st.header("Filters")
        st.multiselect("Event types", sorted(set(options.types) | set(state.types or ())), key=W["types"],
                       placeholder="All event types", **on)
        st.multiselect("Countries (ISO codes)", sorted(set(options.countries) | set(state.countries or ())),
                       key=W["countries"], placeholder="All countries", **on)
        if W["dates"] in seeded:
            st.slider("Event dates", min_value=options.start, max_value=options.end, key=W["dates"],
                      format="YYYY-MM-DD", **on,
                      help="Events dated to the day. A date known only to the week, month or year "
                           "counts from its first day.")
        elif options.start:
            st.caption(f"All events dated to the day are on {options.start.isoformat()}.")
        st.select_slider("Location precision shown", options=[1, 2, 3], key=W["precision"],
                         format_func=lambda p: PRECISION_LABELS[p], **on)
        st.checkbox("Include undated events", key=W["undated"], **on,
                    help="Applies when the date range is narrowed; undated events show otherwise.")
        st.checkbox("Also draw background, planned, hypothetical, denied and uncertain events",
                    key=W["modalities"], **on)


def draw_layers(state: appstate.MapState) -> None:
    """The layer switches for ``state``, under the filters; a switch reruns what drew them (the
    map's fragment: the tables do not depend on the layers)."""
    _seed({k: v for k, v in appstate.widget_values(state, appstate.FilterChoice()).items() if k in LAYER_KEYS})
    with st.sidebar:
        st.subheader("Layers")
        for lkey, label in appstate.LAYER_LABELS.items():
            st.checkbox(label, key=appstate.LAYER_WIDGET_PREFIX + lkey, on_change=_changed, args=(LAYER_KEYS,))
