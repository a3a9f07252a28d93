"""The Streamlit app, driven headless with AppTest (streamlit.testing.v1)."""
from __future__ import annotations

import datetime as dt
import html
import os
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

pytest.importorskip("streamlit")
from app_driver import button, run_app, share, whole_page  # noqa: E402
from streamlit.testing.v1 import AppTest  # noqa: E402

from geo.store.share import new_id  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent

AMBIGUOUS = (
    "Police post attacked in Hyderabad\n\n"
    "Gunmen attacked a police post in Hyderabad on 3 March 2024, killing two officers, "
    "police said.\n"
)
HOSTILE = (
    "Protest in Quetta <img src=x onerror=alert(1)>\n\n"
    "Hundreds protested in Quetta on 2 May 2024 ${alert(1)} </script><script>alert(1)</script> "
    "and \\`+alert(1)+` against the closure of the border.\n"
)


@pytest.fixture(scope="module", autouse=True)
def _data_dir(tmp_path_factory: pytest.TempPathFactory):
    """Every test of this module saves maps into a fresh data directory."""
    import streamlit as st

    old = os.environ.get("BORDERLINES_DATA_DIR")
    old_url = os.environ.pop("BORDERLINES_STORE_URL", None)  # never a configured real store
    os.environ["BORDERLINES_DATA_DIR"] = str(tmp_path_factory.mktemp("appdata"))
    st.cache_resource.clear()  # the store is a cached resource: reopen it in the new directory
    yield
    st.cache_resource.clear()
    if old is None:
        os.environ.pop("BORDERLINES_DATA_DIR", None)
    else:
        os.environ["BORDERLINES_DATA_DIR"] = old
    if old_url is not None:
        os.environ["BORDERLINES_STORE_URL"] = old_url


TAB_OF = {"events_table": "Events", "places_table": "Places"}


def _tab(at: AppTest, name: str) -> AppTest:
    """Open a tab (the app's tabs are lazy: only the open one is drawn). On a session's first
    page the tabs are not drawn yet (ui/first_paint.py: the browser reruns their fragment just
    after the map); the run that opens the tab draws them."""
    current = at.session_state["tab"] if "tab" in at.session_state else None
    if current != name:
        at.session_state["tab"] = name
        at.run()
        assert not at.exception, [e.value for e in at.exception]
    return at


def _table(at: AppTest, key: str):
    _tab(at, TAB_OF[key])
    found = [d for d in at.dataframe if d.key == key]
    assert found, f"no table {key!r}"
    return found[0].value


def _select_row(at: AppTest, key: str, row: int) -> AppTest:
    _tab(at, TAB_OF[key])
    at.session_state[key] = {"selection": {"rows": [row], "columns": [], "cells": []}}
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _audit(at: AppTest):
    _tab(at, "Corrections")
    return next(d.value for d in at.dataframe if "what" in d.value.columns)


def _article_html(at: AppTest) -> str:
    _tab(at, "Articles")
    return "".join(h.proto.body for h in at.get("html"))


def _paste(at: AppTest, text: str, title: str = "") -> AppTest:
    at.text_area(key="paste_text").input(text)
    if title:
        at.text_input(key="paste_title").input(title)
    button(at, "Add pasted article").click().run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _metric(at: AppTest, label: str) -> str:
    return next(m.value for m in at.metric if m.label == label)


def test_first_load_shows_the_example_on_the_map() -> None:
    at = run_app()
    assert at.title[0].value == "Borderlines"
    assert "News articles in, maps out" in at.caption[0].value
    events = _table(at, "events_table")
    assert len(events) >= 2
    assert {"type", "date", "actors", "location", "precision", "sentence"} <= set(events.columns)
    places = _table(at, "places_table")
    assert {"Tehran", "Islamabad", "Quetta"} <= set(places["mention"])
    shown = _metric(at, "Events shown")
    assert shown.startswith(f"{len(events)} of ")
    # the articles tab shows the text with its places marked
    html = _article_html(at)
    assert "<mark" in html and "Quetta" in html


def test_the_first_page_sends_the_map_before_the_tables() -> None:
    at = run_app()
    assert not at.dataframe and "tab" not in at.session_state  # no grid held the map back
    assert any(c.value == "Loading the events table…" for c in at.caption)
    shown = _metric(at, "Events shown")  # the map's fragment ran: its selection panel is there
    at.run()  # in the browser, the tabs' fragment on its timer; here any next run
    assert not at.exception, [e.value for e in at.exception]
    events = next(d.value for d in at.dataframe if d.key == "events_table")
    assert len(events) >= 2 and shown.startswith(f"{len(events)} of ")
    assert not any(c.value == "Loading the events table…" for c in at.caption)


def test_selecting_an_event_row_shows_its_sentence() -> None:
    at = run_app()
    events = _table(at, "events_table")
    _select_row(at, "events_table", 0)
    sentence = " ".join(events.iloc[0]["sentence"].split())
    assert any(" ".join(t.value.split()) == sentence for t in at.text), [t.value for t in at.text]


def test_upload_good_and_bad_files() -> None:
    at = run_app()
    at.file_uploader(key="uploads").set_value([
        ("quetta.txt", b"Protest in Quetta\n\nTraders protested in Quetta on 4 May 2024.\n", "text/plain"),
        ("lahore.md", b"# Rally in Lahore\n\nThousands rallied in Lahore on 5 May 2024.\n", "text/markdown"),
        ("empty.txt", b"", "text/plain"),
        ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(300), "text/plain"),
    ]).run()
    button(at, "Add 4 files").click().run()
    assert not at.exception
    assert any("Added 2 articles" in s.value for s in at.success), [s.value for s in at.success]
    warnings = html.unescape(" ".join(w.value for w in at.warning).replace("\\", ""))  # markdown escapes off
    assert "empty.txt" in warnings and "image.txt" in warnings
    assert "quetta.txt" not in warnings
    # the untouched example made way for the analyst's own articles
    assert any("2 articles on the map" in c.value for c in at.caption)
    assert any("made way" in i.value for i in at.info)


def test_user_text_in_messages_is_literal_markdown() -> None:
    at = _paste(run_app(), "Talks in Quetta\n\nOfficials met in Quetta on Monday.\n",
                title="[click](javascript:alert(1)) **loud** :red[x] $y$")
    added = next(s.value for s in at.success if s.value.startswith("Added"))
    # every markdown/directive/LaTeX character arrives escaped: shown literally, never a link
    assert "\\[click\\]\\(javascript&#58;alert\\(1\\)\\)" in added
    assert "\\*\\*loud\\*\\*" in added and "&#58;red\\[x\\]" in added and "\\$y\\$" in added


def test_pasting_a_hostile_article_shows_its_payloads_as_text() -> None:
    at = _paste(run_app(), HOSTILE)
    titles = [a.title for a in at.session_state["articles"]]
    assert any("<img src=x onerror=alert(1)>" in t for t in titles)
    html = _article_html(at)
    assert "<img src=x" not in html and "<script>alert" not in html


def test_correcting_a_mention_moves_the_event() -> None:
    """Hyderabad (India or Pakistan?): choose the other reading for each mention of it; the
    event sited there moves to the other country, and the audit trail records each change."""
    at = run_app()
    button(at, "Clear all").click().run()
    at = _paste(at, AMBIGUOUS)
    places = _table(at, "places_table")
    rows = [i for i, m in enumerate(places["mention"]) if m == "Hyderabad"]
    assert rows, list(places["mention"])
    before_country = places.iloc[rows[0]]["country"]
    events = _table(at, "events_table")
    assert len(events) >= 1
    before_event_country = events.iloc[0]["country"]
    for i in rows:
        _select_row(at, "places_table", i)
        reading = at.selectbox(key=f"choice_{places.index[i]}")
        other = [j for j, o in enumerate(reading.options) if not o.startswith("Hyderabad — place, " + before_country)]
        assert other, reading.options
        reading.select_index(other[0]).run()
        button(at, "Use this place").click().run()
        assert not at.exception, [e.value for e in at.exception]
        assert _table(at, "places_table").iloc[i]["country"] != before_country
    assert _table(at, "events_table").iloc[0]["country"] != before_event_country
    audit = _audit(at)  # the audit trail
    assert list(audit["what"]) == ["choose"] * len(rows) and set(audit["text"]) == {"Hyderabad"}


def test_filters_narrow_the_events() -> None:
    at = run_app()
    events = _table(at, "events_table")
    types = sorted(set(events["type"]))
    assert len(types) >= 2, types
    at.multiselect(key="w_types").select(types[0]).run()
    assert not at.exception
    narrowed = _table(at, "events_table")
    assert set(narrowed["type"]) == {types[0]}
    assert _metric(at, "Events shown") == f"{len(narrowed)} of {len(events)}"
    whole_page(at).select_slider(key="w_precision").set_value(1).run()
    assert all(p == 1 for p in _table(at, "events_table")["precision"]) if any(
        t.key == "events_table" for t in at.dataframe) else True


def test_a_filter_change_redraws_only_the_map_and_tables() -> None:
    """What a filter reruns (ui/filtered.py): AppTest holds only what the run drew. (A layer
    switch reruns the map's fragment by default, which AppTest runs as a whole page.)"""
    at = run_app()
    events = _table(at, "events_table")
    at.multiselect(key="w_types").select(sorted(set(events["type"]))[0]).run()
    assert not at.exception and not at.title  # the page's head was not drawn again
    assert len(_table(at, "events_table")) < len(events)  # the tables follow the filter


def test_share_then_open_the_link_shows_the_same_map_read_only(monkeypatch: pytest.MonkeyPatch) -> None:
    at = run_app()
    at.multiselect(key="w_types").select(sorted(set(_table(at, "events_table")["type"]))[0]).run()
    at.checkbox(key="w_layer_places").uncheck().run()
    original = _table(at, "events_table")
    url = share(at, {"center": {"lat": 29.0, "lng": 63.5}, "zoom": 7.25})
    parts = urlsplit(url)
    assert parts.scheme == "http" and parts.path == "/"
    map_id = parse_qs(parts.query)["map"][0]

    # the shared map opens with its stored analysis: no analysis runs (a cold process: caches
    # cleared, and the pipeline made to fail if called)
    from geo import pipeline
    from geo.appstate import state as appstate

    appstate.clear_caches()
    calls: list[int] = []

    def no_analysis(*args, **kwargs):
        calls.append(1)
        raise AssertionError("a shared map was analysed again on open")

    monkeypatch.setenv("BORDERLINES_WORKERS", "0")  # an analysis would run here, where it is seen
    monkeypatch.setattr(pipeline, "analyse", no_analysis)
    shared = run_app({"map": map_id})
    assert calls == []
    assert any("read-only" in m.value for m in shared.markdown)
    assert _table(shared, "events_table").equals(original)
    state = shared.session_state["map_state"]
    assert state.view == appstate.View(29.0, 63.5, 7.25)
    assert "places" not in state.layers and state.types == {original["type"].iloc[0]}
    assert shared.checkbox(key="w_layer_places").value is False
    assert shared.multiselect(key="w_types").value == [original["type"].iloc[0]]
    assert not any("analysed again" in i.value for i in shared.info)
    monkeypatch.undo()
    assert not [t for t in shared.text_area if t.key == "paste_text"]  # no input in read-only mode
    button(shared, "Make an editable copy").click().run()
    assert not shared.exception
    assert not any("read-only" in m.value for m in shared.markdown)
    assert [t for t in shared.text_area if t.key == "paste_text"]
    assert _table(shared, "events_table").equals(original)


@pytest.mark.parametrize("query", [
    {"map": new_id()},
    {"map": "../../etc/passwd"},
    {"map": "' OR 1=1 --"},
    {"map": "A" * 10_000},
    {"map": [new_id(), new_id()]},
])
def test_unknown_or_malformed_ids_show_not_found(query) -> None:
    at = run_app(query)
    assert at.title[0].value == "Map not found"
    assert not at.dataframe
    button(at, "Start a new map").click().run()
    assert not at.exception
    assert at.title[0].value == "Borderlines"


def test_remove_a_place_then_add_it_back_by_name_and_by_map_click() -> None:
    at = run_app()
    at = _paste(at, "Protest in the city\n\nTraders protested in Quetta on 4 May 2024 against new taxes.\n")
    places = _table(at, "places_table")
    row = list(places["mention"]).index("Quetta")
    _select_row(at, "places_table", row)
    button(at, "Not a place — remove").click().run()
    assert not at.exception
    assert "Quetta" not in set(_table(at, "places_table")["mention"]) if any(
        d.key == "places_table" for d in at.dataframe) else True

    at.text_input(key="add_name").input("Quetta").run()
    # a click on the map near Quetta ranks the Quetta there first
    at.session_state["map_point"] = (30.2, 67.0)
    at.run()
    at.toggle(key="add_near").set_value(True).run()
    pick = at.selectbox(key="add_pick")
    assert "km from the click" in pick.options[0] and "PK" in pick.options[0]
    button(at, "Add at 1 occurrence").click().run()
    assert not at.exception, [e.value for e in at.exception]
    back = _table(at, "places_table")
    assert "Quetta" in set(back["mention"])
    audit = _audit(at)
    assert list(audit["what"]) == ["remove", "add"]


def test_date_filter_left_at_everything_follows_new_articles() -> None:
    at = run_app()
    at = _paste(at, "Unrest in Quetta\n\nTraders protested in Quetta on 2 May 2024. "
                    "Gunmen attacked a checkpoint near Quetta on 9 May 2024, police said.\n")
    first = _table(at, "events_table")
    assert {"2024-05-02", "2024-05-09"} <= set(first["date"]), first
    assert at.slider(key="w_dates").value == (dt.date(2024, 5, 2), dt.date(2024, 5, 9))
    at = _paste(at, "Raid near Quetta\n\nGunmen attacked a checkpoint near Quetta on 2 March 2025, police said.\n")
    events = _table(at, "events_table")
    assert "2025-03-02" in set(events["date"])  # the new article's event is not filtered out
    assert at.slider(key="w_dates").value == (dt.date(2024, 5, 2), dt.date(2025, 3, 2))
    # a narrowed range stays narrowed when articles come
    at.slider(key="w_dates").set_value((dt.date(2024, 5, 2), dt.date(2024, 5, 5))).run()
    assert set(_table(at, "events_table")["date"]) - {""} == {"2024-05-02"}


FRONTIER = (
    "Clash on the frontier and talks in the capital\n\n"
    "Afghan and Pakistani troops exchanged fire along their border on Tuesday, officials said. "
    "Two soldiers were killed.\n\n"
    "Hundreds of traders protested in Balochistan province against the closure of the crossing.\n\n"
    "Later, the foreign ministers met in Islamabad to discuss the crossing, which has been closed since 2021.\n"
)


def _shown(at: AppTest) -> tuple[int, int]:
    shown, total = _metric(at, "Events shown").split(" of ")
    return int(shown), int(total)


def test_clear_all_then_an_article_shows_every_event_and_keeps_showing_them() -> None:
    """The report of issue 15: Clear all, add an article → first all events, then the filters
    fell back to "towns only" with undated events hidden. Filters are the map's state now."""
    at = run_app()
    at.select_slider(key="w_precision").set_value(1).run()  # a narrowed map before Clear all
    button(whole_page(at), "Clear all").click().run()
    assert any("Paste an article" in i.value for i in at.info)
    from geo.appstate.state import MapState

    assert at.session_state["map_state"] == MapState()
    at = _paste(at, FRONTIER)
    shown, total = _shown(at)
    assert total >= 3 and shown == total
    for _ in range(3):  # reruns that draw no new widget state: nothing falls back
        at.run()
        assert _shown(at) == (total, total)
    assert at.select_slider(key="w_precision").value == 3
    assert at.checkbox(key="w_undated").value is True
    assert all(at.checkbox(key=f"w_layer_{k}").value for k in ("events", "places", "provinces", "countries", "borders"))
    # precision 3 events (a border segment, a province) are among those shown
    assert 3 in set(_table(at, "events_table")["precision"])


def test_an_article_without_day_dates_gets_no_date_range_and_no_day_it_does_not_state() -> None:
    at = run_app()
    button(at, "Clear all").click().run()
    at = _paste(at, FRONTIER)
    assert not [s for s in at.slider if s.key == "w_dates"]
    captions = " ".join(c.value for c in at.caption)
    assert "dated to the day are on" not in captions and "All dated events" not in captions
    dates = set(_table(at, "events_table")["date"])
    assert "2021-01-01" not in dates  # "since 2021" is a year, not the first of January


def test_filters_survive_a_run_where_their_widgets_are_not_drawn() -> None:
    """A choice is kept while its widget is away (the date slider vanishes when no article has
    two day dates) and shows again when it comes back."""
    at = run_app()
    button(at, "Clear all").click().run()
    at = _paste(at, "Unrest in Quetta\n\nTraders protested in Quetta on 2 May 2024. "
                    "Gunmen attacked a checkpoint near Quetta on 9 May 2024, police said.\n")
    whole_page(at.select_slider(key="w_precision").set_value(2).run())
    at.multiselect(key="w_types").select("Protests").run()
    button(whole_page(at), "Clear all").click().run()  # no filter widget is drawn in this run
    assert at.session_state["map_state"].types is None  # a new map starts showing everything
    at = _paste(at, "Unrest in Quetta\n\nTraders protested in Quetta on 2 May 2024. "
                    "Gunmen attacked a checkpoint near Quetta on 9 May 2024, police said.\n")
    at.multiselect(key="w_types").select("Protests").run()
    _tab(at, "Timeline")
    _tab(at, "Events")
    assert at.multiselect(key="w_types").value == ["Protests"]
    assert set(_table(at, "events_table")["type"]) == {"Protests"}


def test_reset_to_shared_view_brings_the_shared_state_back() -> None:
    at = run_app()
    at.select_slider(key="w_precision").set_value(2).run()
    map_id = parse_qs(urlsplit(share(at, {"center": {"lat": 30.0, "lng": 66.0}, "zoom": 6})).query)["map"][0]
    shared = run_app({"map": map_id})
    assert shared.select_slider(key="w_precision").value == 2
    epoch = shared.session_state["map_epoch"]
    shared.select_slider(key="w_precision").set_value(3).run()
    shared.checkbox(key="w_layer_events").uncheck().run()
    assert shared.session_state["map_state"].max_precision == 3
    button(shared, "Reset to shared view").click().run()
    assert not shared.exception
    state = shared.session_state["map_state"]
    assert state.max_precision == 2 and "events" in state.layers and state.view.zoom == 6
    assert shared.select_slider(key="w_precision").value == 2
    assert shared.session_state["map_epoch"] > epoch  # a fresh map in the browser, at the shared view


def test_a_map_saved_by_another_analysis_version_is_analysed_again_and_says_so() -> None:
    from geo.appstate import state as appstate
    from geo.store.backends import open_store

    at = run_app()
    map_id = parse_qs(urlsplit(share(at)).query)["map"][0]
    store = open_store()
    payload = store.load(map_id)
    assert payload["analysis"]["version"] == appstate.analysis_version()
    payload["analysis"]["version"] = "a0-older"
    old_id = store.save(payload)
    appstate.clear_caches()
    shared = run_app({"map": old_id})
    notes = " ".join(i.value for i in shared.info)
    assert "analysed again" in notes and "a0\\-older" in notes
    assert _table(shared, "events_table").equals(_table(run_app({"map": map_id}), "events_table"))


def test_the_same_map_shared_twice_is_stored_once() -> None:
    from geo.store.backends import open_store

    at = run_app()
    first = share(at)
    before = open_store().count()
    assert share(at) == first
    assert open_store().count() == before
