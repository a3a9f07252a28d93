"""The sidebar's filters and layer switches. Every widget shows the map's state (re-seeded from
it before it is drawn, on every run) and writes back into it when changed."""
from __future__ import annotations

import streamlit as st

from geo.appstate import state as appstate
from ui import session

SS = st.session_state
PRECISION_LABELS = {1: "1 · towns only", 2: "2 · + near a town", 3: "3 · + regions and borders"}


def _widgets_changed() -> None:
    """A filter or layer widget changed: its value goes into the map's state (widgets are drawn
    from the state on every run, so they never fall back to defaults on their own)."""
    values = {k: SS[k] for k in SS.get("drawn_widgets", ()) if k in SS}
    session.set_map_state(appstate.state_from_widgets(session.map_state(), values,
                                                      SS.get("filter_options") or appstate.FilterChoice()))


def draw(state: appstate.MapState, options: appstate.FilterChoice) -> None:
    """The filter widgets for ``state``, offering the choices of ``options`` (the map's events)."""
    SS.filter_options = options
    W = appstate.WIDGET_KEYS
    # Every widget shows the map's state: re-seeded before it is drawn, on every run (a widget not
    # drawn in some run loses its own state in Streamlit; the map's state does not).
    seeded = appstate.widget_values(state, options)
    for wkey, wvalue in seeded.items():
        SS[wkey] = wvalue
    SS.drawn_widgets = tuple(seeded)

    with st.sidebar:
        st.header("Filters")
        st.multiselect("Event types", sorted(set(options.types) | set(state.types or ())), key=W["types"],
                       placeholder="All event types", on_change=_widgets_changed)
        st.multiselect("Countries (ISO codes)", sorted(set(options.countries) | set(state.countries or ())),
                       key=W["countries"], placeholder="All countries", on_change=_widgets_changed)
        if W["dates"] in seeded:
            st.slider("Event dates", min_value=options.start, max_value=options.end, key=W["dates"],
                      format="YYYY-MM-DD", on_change=_widgets_changed,
                      help="Events dated to the day. A date known only to the week, month or year "
                           "counts from its first day.")
        elif options.start:
            st.caption(f"All events dated to the day are on {options.start.isoformat()}.")
        st.select_slider("Location precision shown", options=[1, 2, 3], key=W["precision"],
                         format_func=lambda p: PRECISION_LABELS[p], on_change=_widgets_changed)
        st.checkbox("Include undated events", key=W["undated"], on_change=_widgets_changed,
                    help="Applies when the date range is narrowed; undated events show otherwise.")
        st.checkbox("Also draw background, planned, hypothetical, denied and uncertain events",
                    key=W["modalities"], on_change=_widgets_changed)
        st.subheader("Layers")
        for lkey, label in appstate.LAYER_LABELS.items():
            st.checkbox(label, key=appstate.LAYER_WIDGET_PREFIX + lkey, on_change=_widgets_changed)
