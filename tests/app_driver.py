"""Driving app.py headless with Streamlit's AppTest: shared by the app tests and the checklist tests."""
from __future__ import annotations

from pathlib import Path

APP = str(Path(__file__).resolve().parent.parent / "app.py")
#: Generous: the first run loads the data; CI machines are shared.
TIMEOUT = 180


def run_app(query: dict | None = None):
    """The app after its first run (optionally with ``?key=value`` parameters); no exception."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    if query:
        at.query_params.update(query)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def button(at, label: str):
    """The button labelled ``label`` (fails listing the buttons there are)."""
    found = [b for b in at.button if b.label == label]
    assert found, f"no button {label!r}: {[b.label for b in at.button]}"
    return found[0]


def share(at, view: dict | None = None) -> str:
    """Click "Share this map" and answer for the browser: the map-view component (ui/map_view)
    replies with the view of the map on the page (``view``: {"center": {"lat", "lng"}, "zoom"},
    or None as when no map could be read). Returns the share link shown."""
    if "tab" not in at.session_state or at.session_state["tab"] != "Share & download":
        at.session_state["tab"] = "Share & download"
        at.run()
    button(at, "Share this map").click().run()
    assert not at.exception, [e.value for e in at.exception]
    at.session_state["map_view"] = {"request": at.session_state["share_pending"], "view": view}
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.code, f"no share link: {[e.value for e in at.error]}"
    return at.code[0].value


def whole_page(at):
    """After a filter change AppTest holds only what the fragments it reran drew (the map and the
    tables; a browser keeps the rest of the page): a run with nothing changed draws it all again."""
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at
