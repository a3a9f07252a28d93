"""The tables under the map come one fragment run after the map on a session's first page.

Streamlit's page shows the elements of a run only once the scripts of every element in it have
loaded; the events table's grid is the heaviest of them and held the first map back by about half
a second (bench/bench_app.py). So the first run of a session draws the tabs' fragment with a
placeholder line and asks the browser to rerun that fragment alone once :data:`AFTER_MAP`
seconds have passed (``run_every``): that run draws the tables, under the map already on screen,
and stops the timer. Every later run draws the tables at once.

The placeholder sits where the tab bar will be, under the map, so nothing above it moves.
"""
from __future__ import annotations

from collections.abc import Callable

import streamlit as st

SS = st.session_state

#: Seconds from the first run's message reaching the browser to the fragment run that sends the
#: tables: long enough for the map's scripts to have loaded, short enough to read as one paint.
AFTER_MAP = 0.8
#: Set once a session's first page (the map without the tables) has been drawn.
_DRAWN = "first_paint_drawn"


def after_map(draw: Callable[..., None], *args, **kwargs) -> None:
    """``draw(*args, **kwargs)`` now, or, on a session's first page, one fragment run later.

    ``draw`` runs in a fragment of its own on every page (the tabs keep their place and their
    widgets rerun that fragment alone), with the arguments of its last whole call: what may change
    between its runs (the map's state) it reads from the session itself."""
    first = not SS.get(_DRAWN)
    SS[_DRAWN] = True
    # the same function every run, so the fragment keeps its id (and its elements their place)
    st.fragment(_tables, run_every=AFTER_MAP if first else None)(first, draw, args, kwargs)


def _tables(first: bool, draw: Callable[..., None], args: tuple, kwargs: dict) -> None:
    # a fragment rerun gets the arguments of its last call: ``first`` is True in the timer's run
    from streamlit.runtime.scriptrunner import get_script_run_ctx
    from streamlit.runtime.scriptrunner_utils.script_run_context import ThreadState

    ctx = get_script_run_ctx()
    if first and ctx is not None and not ctx.fragment_ids_this_run:
        st.caption("Loading the events table…")  # the whole run of the first page
        return
    draw(*args, **kwargs)
    fragment_id = ThreadState.get().fragment_id
    if first and ctx is not None and fragment_id:
        _stop_timer(ctx, fragment_id)


def _stop_timer(ctx, fragment_id: str) -> None:
    """Tell the browser to stop rerunning this fragment on its timer (the message Streamlit
    itself sends for a ``run_every`` fragment that is no longer drawn). Streamlit has no public
    call for it: this and ``ThreadState`` above are its internals, as pinned in constraints.txt;
    tests/test_app_browser.py checks that the page then sends nothing more."""
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    msg = ForwardMsg()
    msg.stop_auto_rerun.fragment_ids.append(fragment_id)
    ctx.enqueue(msg)
