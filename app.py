"""Borderlines — the Streamlit app. UI only: every rule lives in geo/ (geo.appstate.state mostly).

Run with ``make run`` (``streamlit run app.py``). ``?map=<id>`` opens a saved map read-only.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlsplit

import streamlit as st
import streamlit.components.v1 as components

from geo.appstate import state as appstate
from geo.appstate.state import md
from geo.errors import BorderlinesError, LimitError, NotFoundError

ROOT = Path(__file__).resolve().parent
EXAMPLE = ROOT / "examples" / "border_talks.txt"
LAYER_NAMES = {"border": "Border segment", "province": "Province", "country": "Country", "place": "Place"}
PRECISION_LABELS = {1: "1 · towns only", 2: "2 · + near a town", 3: "3 · + regions and borders"}
SS = st.session_state

st.set_page_config(page_title="Borderlines", page_icon="🗺️", layout="wide",
                   initial_sidebar_state="expanded")


# --------------------------------------------------------------------------- resources


@st.cache_resource(show_spinner=False)
def _store():
    from geo.store.backends import open_store

    return open_store()


@st.cache_resource(show_spinner=False)
def _static_assets() -> bool:
    """Leaflet from installed packages into ./static (served at /app/static) — once per process."""
    from geo.appstate.assets import publish

    try:
        publish(ROOT / "static")
        return True
    except (OSError, BorderlinesError):
        return False


def _flash(kind: str, text: str) -> None:
    SS.setdefault("flash", []).append((kind, text))


def _show_flash() -> None:
    # Always one container here, messages or not: elements below keep their place in the page,
    # so the map component is not re-created when a message comes or goes.
    box = st.container()
    for kind, text in SS.pop("flash", []):
        getattr(box, kind)(text)


# --------------------------------------------------------------------------- state changes


def _state() -> appstate.MapState:
    """The map's state (filters, layers, view): the defaults show every located event."""
    return SS.get("map_state") or appstate.MapState()


def _set_state(state: appstate.MapState, *, redraw: bool = False) -> None:
    """Replace the map's state; ``redraw`` gives the browser a fresh map (to apply a view)."""
    SS.map_state = state
    if redraw:
        SS.map_epoch = SS.get("map_epoch", 0) + 1


def _widgets_changed() -> None:
    """A filter or layer widget changed: its value goes into the map's state (widgets are drawn
    from the state on every run, so they never fall back to defaults on their own)."""
    values = {k: SS[k] for k in SS.get("drawn_widgets", ()) if k in SS}
    _set_state(appstate.state_from_widgets(_state(), values, SS.get("filter_options") or appstate.FilterChoice()))


def _reset_selection() -> None:
    for key in ("selected", "focus", "last_click", "last_event_row", "last_mention_row", "share_url",
                "share_pending", "share_note"):
        SS.pop(key, None)


def _load_example() -> None:
    from geo.ingest import readers as ingest

    text = EXAMPLE.read_text(encoding="utf-8")
    SS.articles = (ingest.from_text(text),)
    SS.corrections = ()
    SS.example_only = True  # replaced by the analyst's first own article
    SS.batch = None
    SS.read_only = False
    SS.shared_state = None
    SS.reanalysed = None
    _set_state(appstate.MapState(), redraw=True)
    _reset_selection()


def _open_shared(map_id: str) -> bool:
    """Load a saved map into the session; False (and nothing changed) when there is none.

    A map saved with the current analysis version opens with its stored result (no analysis);
    another version's map is analysed again, and the page says so.
    """
    try:
        saved = appstate.saved_map_from_payload(_store().load(map_id))
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
    _set_state(saved.state, redraw=True)
    _reset_selection()
    return True


def _not_found_page() -> None:
    st.title("Map not found")
    st.write("There is no saved map at this link. It may have been mistyped or cut short.")
    if st.button("Start a new map", type="primary"):
        st.query_params.clear()
        for key in list(SS.keys()):
            del SS[key]
        st.rerun()
    st.stop()


def _make_editable_copy() -> None:
    SS.read_only = False
    SS.opened_map = None
    st.query_params.clear()
    _reset_selection()


def _add_articles(new) -> int:
    """Add articles not on the map yet; the untouched example makes way for the first ones."""
    if SS.get("example_only") and not SS.corrections and new:
        SS.articles = ()
        _flash("info", "The example article made way for yours (“Load example” brings it back).")
    SS.example_only = False
    have = {a.id for a in SS.articles}
    fresh = tuple(dict.fromkeys(a for a in new if a.id not in have))
    SS.articles = SS.articles + fresh
    _reset_selection()
    return len(fresh)


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


#: Reads the view of the map on the page when asked (a small component of ours, ui/map_view):
#: the map itself reports no pans or zooms, so the view is read only when a map is shared.
_map_view_reporter = components.declare_component("map_view", path=str(ROOT / "ui" / "map_view"))


def _save_share(result, state: appstate.MapState) -> None:
    """Save the map (articles, corrections, state and its analysis) and set the share link."""
    saved = appstate.SavedMap(SS.articles, SS.corrections, state, title=SS.articles[0].title,
                              result=result, analysis_version=appstate.analysis_version())
    SS.pop("share_note", None)
    try:
        try:
            payload = appstate.share_payload(saved)
            map_id = _store().save(payload)
        except LimitError as err:
            if "map store is full" in str(err) or result is None:
                raise
            # a map too large with its analysis is still shared, analysed again when opened
            map_id = _store().save(appstate.share_payload(replace(saved, result=None)))
            SS.share_note = ("This map is saved without its analysis (with it, it is over the size "
                             "limit for saved maps): it is analysed again whenever it is opened.")
        SS.share_url = _share_url(map_id)
    except BorderlinesError as err:
        st.error(f"Not saved: {md(err)}")


def _geojson_text(d: dict) -> str:
    import json

    return json.dumps(d, ensure_ascii=False, allow_nan=False)


def _upload_types() -> list[str]:
    from geo.appstate.batchmap import BATCH_SUFFIXES
    from geo.ingest.readers import SUPPORTED_EXTENSIONS

    return list(SUPPORTED_EXTENSIONS) + [s.lstrip(".") for s in BATCH_SUFFIXES]


def _open_batch(files) -> None:
    """Show a batch run's GeoParquet instead of the articles (they stay, for "Close batch map")."""
    try:
        with st.spinner("Reading the batch…"):
            SS.batch = appstate.open_batch(files)
    except BorderlinesError as err:
        _flash("error", f"The batch could not be opened: {md(err)}")
        return
    _set_state(appstate.MapState(), redraw=True)
    _reset_selection()
    n = len(SS.batch.layers.events)
    _flash("success", f"Opened the batch map “{md(SS.batch.name)}”: {n:,} event{'s' if n != 1 else ''}.")
    if SS.batch.places_name is None:
        _flash("info", "No places file came with it (upload its .places.parquet alongside to see places).")


def _close_batch() -> None:
    SS.batch = None
    _set_state(appstate.MapState(), redraw=True)
    _reset_selection()


# --------------------------------------------------------------------------- routing

assets_ready = _static_assets()
wanted = st.query_params.get_all("map")
if wanted:
    if len(wanted) != 1:
        _not_found_page()
    if SS.get("opened_map") != wanted[0] or "articles" not in SS:
        if not _open_shared(wanted[0]):
            _not_found_page()
elif "articles" not in SS:
    _load_example()

read_only = bool(SS.get("read_only"))

# --------------------------------------------------------------------------- header

# Less empty space above the title (style only; nothing from the input goes in here).
st.html("<style>.block-container{padding-top:2.2rem}</style>")
st.title("Borderlines")
st.caption("News articles in, maps out: the places an article names, what happened where, "
           "the provinces and border segments involved — checked against the text, offline.")

if read_only:
    banner = st.container(border=True)
    c1, c2 = banner.columns([4, 1], vertical_alignment="center")
    c1.markdown("**Shared map — read-only.** This is the map as it was saved. "
                "Make a copy to add articles or correct places.")
    if c2.button("Make an editable copy", type="primary", key="copy_btn"):
        _make_editable_copy()
        st.rerun()
if SS.get("shared_state") is not None and SS.get("batch") is None:
    r1, r2 = st.columns([4, 1], vertical_alignment="center")
    r1.caption("Filters, layers and view are yours to change; the shared view is kept.")
    if r2.button("Reset to shared view", key="reset_view"):
        _set_state(SS.shared_state, redraw=True)
        st.rerun()
if SS.get("reanalysed") and SS.get("batch") is None:
    st.info(f"This map was saved by another version of the analysis ({md(SS.reanalysed)}); it was "
            f"analysed again with this version ({md(appstate.analysis_version())}), so its events "
            "and places may differ from those that were shared.")

if not assets_ready:
    st.warning("The map's browser files could not be written to ./static (is the folder writable?); "
               "the map may stay blank without a network.")
_show_flash()

# --------------------------------------------------------------------------- sidebar: input

batch = SS.get("batch")

with st.sidebar:
    if batch is not None:
        st.header("Batch map")
        places_note = f" and {md(batch.places_name)}" if batch.places_name else " (no places file)"
        st.caption(f"From {md(batch.name)}{places_note}: {len(batch.layers.events):,} events, "
                   f"{len(batch.layers.places):,} place mentions.")
        if st.button("Close batch map", key="close_batch"):
            _close_batch()
            st.rerun()
    elif not read_only:
        st.header("Articles")
        with st.form("paste_form", clear_on_submit=True, border=False):
            pasted = st.text_area("Paste an article", height=180, key="paste_text",
                                  placeholder="Paste the text of a news article…")
            pasted_title = st.text_input("Title (optional)", key="paste_title")
            submitted = st.form_submit_button("Add pasted article", type="primary")
        if submitted:
            from geo.ingest import readers as ingest

            try:
                article = ingest.from_text(pasted, title=pasted_title.strip() or None)
            except BorderlinesError as err:
                st.error(f"Not added: {md(err)}")
            else:
                if _add_articles([article]):
                    _flash("success", f"Added “{md(article.title)}”.")
                else:
                    _flash("info", "That article is already on the map.")
                st.rerun()

        uploads = st.file_uploader("Or upload files", accept_multiple_files=True, type=_upload_types(),
                                   key="uploads", help="Text, Markdown, HTML, CSV/TSV, JSON/JSONL or "
                                   "RSS/Atom; many files at once. Or a batch run's events.parquet "
                                   "(with its .places.parquet) to map a whole corpus.")
        article_files, batch_files = appstate.split_uploads([(f.name, f) for f in uploads or []])
        if batch_files and st.button("Open batch map", key="open_batch", type="primary"):
            _open_batch([(name, f.getvalue()) for name, f in batch_files])
            st.rerun()
        uploads = [f for _, f in article_files]
        if uploads and st.button(f"Add {len(uploads)} file{'s' if len(uploads) != 1 else ''}", key="add_files"):
            bar = st.progress(0.0, text="Reading files…")

            def _tick(done: int, total: int, name: str) -> None:
                bar.progress(done / max(total, 1), text=f"Read {done} of {total}: {md(name[:60])}")

            got = appstate.ingest_uploads([(f.name, f.getvalue()) for f in uploads], progress=_tick)
            added = _add_articles(got.articles)
            if got.articles:
                bar.progress(0.0, text="Analysing…")

                def _analysed(done: int, total: int, *_: object) -> None:
                    bar.progress(min(done / max(total, 1), 1.0), text=f"Analysed {done} of {total} articles")

                try:
                    for note in appstate.analysis_notes(appstate.analyse(SS.articles, SS.corrections,
                                                                          progress=_analysed))[:10]:
                        _flash("warning", f"Note — {md(note)}")
                except BorderlinesError as err:
                    _flash("error", f"The articles could not be analysed: {md(err)}")
            bar.empty()
            if added:
                _flash("success", f"Added {added} article{'s' if added != 1 else ''}.")
            elif got.articles:
                _flash("info", "Those articles are already on the map.")
            for problem in got.problems[:20]:
                _flash("warning", f"Not added — {md(problem)}")
            if len(got.problems) > 20:
                _flash("warning", f"…and {len(got.problems) - 20} more problems (files or rows not added).")
            for note in got.notes[:10]:
                _flash("info", f"Note — {md(note)}")
            st.rerun()

        n = len(SS.articles)
        st.caption(f"{n} article{'s' if n != 1 else ''} on the map.")
        cols = st.columns(2)
        if cols[0].button("Clear all", disabled=n == 0, key="clear_all"):
            SS.articles, SS.corrections, SS.example_only = (), (), False
            SS.shared_state, SS.reanalysed = None, None
            _set_state(appstate.MapState(), redraw=True)  # a new map starts showing everything
            _reset_selection()
            st.rerun()
        if cols[1].button("Load example", key="load_example"):
            _load_example()
            st.rerun()

# --------------------------------------------------------------------------- analysis

if batch is None and not SS.articles:
    st.info("Paste an article or upload files in the sidebar to draw a map.")
    st.stop()

from geo.maps import render as maps  # noqa: E402

result = None  # a batch map has no Result: its layers come from the GeoParquet
if batch is None:
    try:
        with st.spinner("Reading the articles…"):
            result = appstate.analyse(SS.articles, SS.corrections)
    except BorderlinesError as err:
        st.error(f"The articles could not be analysed: {md(err)}")
        st.stop()

inputs = (SS.articles, SS.corrections)
try:
    all_layers = batch.layers if batch is not None else appstate.layers_for(*inputs, appstate.make_filters(modalities=None))
except BorderlinesError as err:
    st.error(f"The map layers could not be built: {md(err)}")
    st.stop()
options = appstate.filter_options(all_layers.events)

# --------------------------------------------------------------------------- sidebar: filters

state = _state()
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

filters = state.filters
try:
    shown = appstate.batch_layers(batch, filters) if batch is not None else appstate.layers_for(*inputs, filters)
except BorderlinesError as err:
    st.error(f"The map layers could not be built: {md(err)}")
    st.stop()

# --------------------------------------------------------------------------- map + selection

known = {
    "event": list(shown.events["id"]) if len(shown.events) else [],
    "border": list(shown.borders["id"]) if len(shown.borders) else [],
    "place": list(shown.places["id"]) if len(shown.places) else [],
    "province": list(shown.provinces["id"]) if len(shown.provinces) else [],
    "country": list(shown.countries["id"]) if len(shown.countries) else [],
}


def _map_panel(all_layers, shown, state: appstate.MapState, known: dict) -> None:
    """The map: a base map that stays in the browser while filters and layer toggles change
    (only its data layers are swapped), and that reports clicks but not pans or zooms (no rerun
    while the viewer looks around). Both are rendered once and remembered (ui.foliummap)."""
    from geo.appstate.assets import localize
    from geo.config import limits
    from ui import foliummap

    batch = SS.get("batch")
    drawn, left_off = appstate.batch_map_layers(shown) if batch is not None else (shown, None)
    if left_off:
        st.caption(left_off)
    view = state.view
    content = ("batch", batch.key) if batch is not None else (SS.articles, SS.corrections)
    try:
        base = foliummap.base_strings((content, view), lambda: localize(
            maps.base_map(all_layers, view=(view.lat, view.lon, view.zoom) if view else None,
                          outlines_at=foliummap.publish_outlines)))
        # the feature cap is part of the key: a lowered BORDERLINES_MAX_FEATURES is checked again
        layers = foliummap.layer_script((content, state.filters, state.layers, limits().max_features), lambda: [
            localize(g) for g in maps.data_layers(drawn, state.layers)])
    except BorderlinesError as err:  # e.g. more features than a map may hold
        st.error(f"The map cannot be drawn: {md(err)}")
        return
    focus = SS.get("focus")
    returned = foliummap.draw(
        base, layers, key=f"map{SS.get('map_epoch', 0)}", height=600,
        # no center, zoom or bounds: panning and zooming never rerun the script
        returned_objects=["last_active_drawing", "last_clicked"],
        center=focus[:2] if focus else None, zoom=focus[2] if focus else None,
    )
    point = appstate.point_from_map(returned)
    if point is not None and point != SS.get("map_point"):
        SS.map_point = point
        if SS.get("add_name", "").strip() and not SS.get("read_only"):
            st.rerun()  # the "add a missed place" form offers places near the click
    click = appstate.clicked_feature(returned, known)
    if click is not None and click != SS.get("last_click"):
        SS.last_click = click
        SS.selected = click
        st.rerun()


map_col, side_col = st.columns([4, 1], gap="medium")
with map_col:
    _map_panel(all_layers, shown, state, known)

with side_col:
    st.subheader("Selected")
    sel = SS.get("selected")
    if sel and sel[0] == "event" and batch is not None:
        detail = appstate.event_detail(all_layers.events, sel[1])
        if detail:
            st.markdown(f"**{md(detail['type'])}** · {md(detail['subtype'])}")
            st.caption(f"{md(detail['location'])} · precision {detail['precision']} · "
                       f"{md(detail['date']) or 'undated'}")
            st.text(detail["sentence"])  # the source sentence, as plain text
            st.caption(f"from “{md(detail['article'])}”")
    elif sel and sel[0] == "event":
        found = appstate.event_sentence(result, sel[1])
        if found:
            article, event, sentence = found
            st.markdown(f"**{md(event.type)}** · {md(event.subtype)}")
            loc = event.location
            st.caption(f"{md(loc.name) if loc else 'no location'} · precision {event.precision} · "
                       f"{appstate.date_label(event.date, event.time_precision) or 'undated'}")
            st.text(sentence)  # the source sentence, as plain text
            st.caption(f"from “{md(article.title)}”")
    elif sel:
        layer, fid = sel
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
    else:
        st.caption("Click an event on the map, or a row of the events table, to see its sentence.")
    st.metric("Events shown", f"{len(shown.events)} of {len(all_layers.events)}")
    st.metric("Places", len({*all_layers.places["id"]}) if len(all_layers.places) else 0)

# --------------------------------------------------------------------------- review tabs

# Lazy tabs: only the open tab is computed and sent (charts and tables cost time).
tabs = st.tabs(["Events", "Places", "Articles", "Timeline", "Corrections", "Share & download"],
               key="tab", on_change="rerun")

with tabs[0]:
    if tabs[0].open:
        rows = appstate.event_rows(shown.events)
        if not rows:
            st.info("No events match the filters.")
        else:
            import pandas as pd

            frame = pd.DataFrame(rows).set_index("id")
            picked = st.dataframe(
                frame[["type", "date", "actors", "location", "country", "precision", "sentence"]],
                key="events_table", on_select="rerun", selection_mode="single-row", hide_index=True,
                width="stretch",
                column_config={"sentence": st.column_config.TextColumn("sentence", width="large")},
            )
            picked_rows = list(picked.selection.rows) if picked else []
            if picked_rows and picked_rows[0] < len(frame):
                eid = frame.index[picked_rows[0]]
                if SS.get("last_event_row") != eid:
                    SS.last_event_row = eid
                    SS.selected = ("event", eid)
                    hit = shown.events[shown.events["id"] == eid].iloc[0]
                    SS.focus = (float(hit["lat"]), float(hit["lon"]), 7)
                    st.rerun()
        undrawn = appstate.not_drawn_rows(all_layers.events, shown.events)
        if undrawn:
            import pandas as pd

            st.caption(f"Not drawn: {len(undrawn)} event(s) told as background, plans, hypotheses, denials or "
                       "speculation (tick the box in the sidebar to draw them).")
            st.dataframe(pd.DataFrame(undrawn)[["modality", "type", "date", "location", "sentence"]],
                         key="undrawn_table", hide_index=True, width="stretch")

with tabs[1]:
    if tabs[1].open and batch is not None:
        import pandas as pd

        brows = appstate.batch_place_rows(all_layers.places)
        if brows:
            st.dataframe(pd.DataFrame(brows), key="batch_places_table", hide_index=True, width="stretch")
        else:
            st.info("No places file was opened with this batch." if batch.places_name is None
                    else "The batch found no places.")
        st.caption(appstate.BATCH_READ_ONLY)
    elif tabs[1].open:
        import pandas as pd

        prov_names = dict(zip(all_layers.provinces["id"], all_layers.provinces["name"])) if len(all_layers.provinces) else {}
        mrows = appstate.mention_rows(result, appstate.area_names(result, prov_names))
        if not mrows:
            st.info("No places were found in the text.")
        else:
            mframe = pd.DataFrame(mrows).set_index("key")
            mpicked = st.dataframe(
                mframe[["mention", "place", "country", "province", "score", "alternatives", "article"]],
                key="places_table", on_select="rerun", selection_mode="single-row", hide_index=True,
                width="stretch",
            )
            mkey = None
            if mpicked and list(mpicked.selection.rows):
                i = list(mpicked.selection.rows)[0]
                mkey = mframe.index[i] if i < len(mframe) else None
            if read_only:
                st.caption("Corrections are off in a shared map: make an editable copy first.")
            elif mkey is None:
                st.caption("Select a row to correct that place.")
            else:
                found = appstate.find_mention(result, mkey)
                if found:
                    article, mention = found
                    st.markdown(f"**Correct “{md(mention.text)}”** (in {md(article.title)})")
                    choices = appstate.candidate_choices(mention)
                    c1, c2 = st.columns([3, 1], vertical_alignment="bottom")
                    if choices:
                        labels = dict(choices)
                        by_label = {label: pid for pid, label in choices}  # labels are unique
                        pick = by_label[c1.selectbox("Reading", list(by_label), key=f"choice_{mkey}")]
                        if c2.button("Use this place", key=f"use_{mkey}",
                                     disabled=mention.place is not None and pick == mention.place.id):
                            c = appstate.new_correction(article.id, mention.start, mention.end, "choose",
                                                        mention.place.id if mention.place else None, pick)
                            SS.corrections = appstate.record_correction(SS.corrections, c)
                            _flash("success", f"“{md(mention.text)}” is now {md(labels[pick])}.")
                            st.rerun()
                    if st.button("Not a place — remove", key=f"remove_{mkey}"):
                        c = appstate.new_correction(article.id, mention.start, mention.end, "remove",
                                                    mention.place.id if mention.place else None, None)
                        SS.corrections = appstate.record_correction(SS.corrections, c)
                        _flash("success", f"“{md(mention.text)}” removed.")
                        st.rerun()
        if not read_only:
            with st.expander("Add a place the machine missed"):
                titles = {a.id: a.title for a in SS.articles}
                aid = st.selectbox("Article", list(titles), format_func=titles.get, key="add_article")
                name = st.text_input("Place name as written in the article", key="add_name", max_chars=200)
                if name.strip():
                    article = next(a for a in SS.articles if a.id == aid)
                    taken = [(m.start, m.end) for ar in result.articles if ar.article.id == aid for m in ar.mentions]
                    spans = appstate.find_name_spans(article.text, name, taken)
                    point = SS.get("map_point")
                    near = st.toggle("Use my last click on the map to tell which place it is",
                                     key="add_near", disabled=point is None,
                                     help="Click the map where the place is, then turn this on.")
                    try:
                        if near and point is not None:
                            places = appstate.places_near(name, *point)
                        else:
                            places = appstate.place_choices(name)
                    except (BorderlinesError, ImportError, AttributeError):
                        places = []
                    if not spans:
                        st.warning("That name does not occur in the article (outside places already found).")
                    elif not places:
                        st.warning("No place of that name in the gazetteer.")
                    else:
                        plabels = dict(places)
                        by_label = {label: p for p, label in places}
                        pid = by_label[st.selectbox("Which place", list(by_label), key="add_pick")]
                        if st.button(f"Add at {len(spans)} occurrence{'s' if len(spans) != 1 else ''}", key="add_btn"):
                            for s, e in spans:
                                c = appstate.new_correction(aid, s, e, "add", None, pid)
                                SS.corrections = appstate.record_correction(SS.corrections, c)
                            _flash("success", f"Added “{md(name)}” as {md(plabels[pid])}.")
                            st.rerun()

with tabs[2]:
    if tabs[2].open and batch is not None:
        st.caption("A batch map holds no article text; each event keeps its sentence (Events tab).")
    elif tabs[2].open:
        titles = {ar.article.id: ar.article.title for ar in result.articles}
        aid = st.selectbox("Article", list(titles), format_func=titles.get, key="view_article")
        show_skipped = st.toggle("Show dropped boilerplate", key="show_skipped")
        ar = next(x for x in result.articles if x.article.id == aid)
        st.html(
            "<style>.bl-article{line-height:1.6;max-width:70em}.bl-article mark.bl-res{background:#ffe082}"
            ".bl-article mark.bl-unres{background:#e0e0e0}.bl-skip{color:#999}.bl-note{color:#777;font-size:.9em}</style>"
            + appstate.article_html(ar.article.text, [(m.start, m.end, m.place is not None) for m in ar.mentions],
                                    [(s.start, s.end, s.reason) for s in ar.article.skipped], show_skipped)
        )
        meta = [ar.article.source]
        if ar.article.date:
            meta.append(ar.article.date.isoformat())
        st.caption(" · ".join(md(x) for x in meta) + f" · {len(ar.mentions)} place mentions · {len(ar.events)} events")

with tabs[3]:
    if tabs[3].open:
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

with tabs[4]:
    if tabs[4].open and batch is not None:
        st.caption(appstate.BATCH_READ_ONLY)
    elif tabs[4].open:
        if not SS.corrections:
            st.caption("No corrections yet. Select a row in Places to correct a mention.")
        else:
            import pandas as pd

            st.dataframe(pd.DataFrame([
                {"when": c.at, "what": c.action, "text": next((a.text[c.start:c.end] for a in SS.articles
                                                               if a.id == c.article_id), ""),
                 "from": c.from_id or "", "to": c.to_id or ""} for c in SS.corrections
            ]), hide_index=True, width="stretch", key="corrections_table")
            if not read_only and st.button("Undo last correction", key="undo"):
                SS.corrections = appstate.undo_last(SS.corrections)
                st.rerun()

with tabs[5]:
    if tabs[5].open and batch is not None:
        c1, c2 = st.columns(2)
        with c1:
            st.subheader("Share")
            st.caption(appstate.BATCH_READ_ONLY)
        with c2:
            st.subheader("Download")
            stem = batch.name.removesuffix(".parquet")[:80] or "events"
            st.download_button("Events shown, as GeoParquet", lambda: appstate.parquet_bytes(shown.events),
                               file_name=f"{stem}.filtered.parquet", mime="application/vnd.apache.parquet",
                               on_click="ignore", key="dl_batch_events")
    elif tabs[5].open:
        from geo.maps import export

        c1, c2 = st.columns(2)
        with c1:
            st.subheader("Share")
            if st.button("Share this map", type="primary", key="share_btn"):
                # The view is read from the browser's map only now (pans never rerun the script):
                # the reporter below answers with it, and that answer saves the map.
                SS.share_pending = SS.get("share_seq", 0) + 1
                SS.share_seq = SS.share_pending
                SS.pop("share_url", None)
            if SS.get("share_pending"):
                report = _map_view_reporter(request=SS.share_pending, key="map_view", default=None)
                if isinstance(report, dict) and report.get("request") == SS.share_pending:
                    SS.share_pending = None
                    live = appstate.view_from_map(report.get("view"))
                    _save_share(result, state if live is None else replace(state, view=live))
                else:
                    st.caption("Reading the map's view…")
            if SS.get("share_note"):
                st.info(SS.share_note)
            if SS.get("share_url"):
                st.success("Saved. Anyone who can reach this app can open the map at:")
                st.code(SS.share_url, language=None)
        with c2:
            st.subheader("Download")
            stamp = dt.date.today().isoformat()
            cannot = appstate.download_problem(shown)
            if cannot:
                st.error(f"The map cannot be downloaded: {md(cannot)}")
            st.download_button("Map as standalone HTML",
                               appstate.guarded(lambda: export.html_string(result, filters=filters), "HTML map"),
                               file_name=f"borderlines-{stamp}.html", mime="text/html", on_click="ignore",
                               key="dl_html", disabled=bool(cannot))
            st.download_button("GeoJSON",
                               appstate.guarded(lambda: _geojson_text(export.geojson_dict(result, filters)), "GeoJSON"),
                               file_name=f"borderlines-{stamp}.geojson", mime="application/geo+json",
                               on_click="ignore", key="dl_geojson", disabled=bool(cannot))
            st.download_button("Events as CSV",
                               appstate.guarded(lambda: "\ufeff" + export.csv_string(result, filters), "CSV"),
                               file_name=f"borderlines-{stamp}.csv", mime="text/csv", on_click="ignore",
                               key="dl_csv")

