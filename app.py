"""Borderlines — the Streamlit app. UI only: every rule lives in geo/ (geo.appstate.state mostly).

Run with ``make run`` (``streamlit run app.py``). ``?map=<id>`` opens a saved map read-only.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from urllib.parse import urlsplit

import streamlit as st

from geo.appstate import state as appstate
from geo.appstate.state import md
from geo.errors import BorderlinesError, NotFoundError

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
    from geo.store.sqlite import open_store

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


def _set_filters_widgets(filters) -> None:
    """Put saved filters into the filter widgets' state (before the widgets are drawn)."""
    for key in ("f_types", "f_countries", "f_dates", "f_dates_span", "f_saved_dates", "f_precision", "f_undated", "f_modal"):
        SS.pop(key, None)
    if filters is None:
        return
    if filters.types is not None:
        SS.f_types = sorted(filters.types)
    if filters.countries is not None:
        SS.f_countries = sorted(filters.countries)
    if filters.start or filters.end:
        SS.f_saved_dates = (filters.start, filters.end)
    SS.f_precision = filters.max_precision
    SS.f_undated = filters.include_undated
    SS.f_modal = filters.modalities is None


def _reset_selection() -> None:
    for key in ("selected", "focus", "last_click", "last_event_row", "last_mention_row", "share_url",
                "live_view"):
        SS.pop(key, None)


def _load_example() -> None:
    from geo.ingest import readers as ingest

    text = EXAMPLE.read_text(encoding="utf-8")
    SS.articles = (ingest.from_text(text),)
    SS.corrections = ()
    SS.example_only = True  # replaced by the analyst's first own article
    SS.batch = None
    SS.view = None
    SS.read_only = False
    _set_filters_widgets(None)
    _reset_selection()


def _open_shared(map_id: str) -> bool:
    """Load a saved map into the session; False (and nothing changed) when there is none."""
    try:
        saved = appstate.saved_map_from_payload(_store().load(map_id))
    except (NotFoundError, BorderlinesError, ValueError):
        return False
    SS.articles = saved.articles
    SS.corrections = saved.corrections
    SS.view = saved.view
    SS.read_only = True
    SS.opened_map = map_id
    SS.batch = None
    _set_filters_widgets(saved.filters)
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


def _geojson_text(d: dict) -> str:
    import json

    return json.dumps(d, ensure_ascii=False, allow_nan=False)


def _upload_types() -> list[str]:
    from geo.ingest.readers import SUPPORTED_EXTENSIONS

    return list(SUPPORTED_EXTENSIONS) + [s.lstrip(".") for s in appstate.BATCH_SUFFIXES]


def _open_batch(files) -> None:
    """Show a batch run's GeoParquet instead of the articles (they stay, for "Close batch map")."""
    try:
        with st.spinner("Reading the batch…"):
            SS.batch = appstate.open_batch(files)
    except BorderlinesError as err:
        _flash("error", f"The batch could not be opened: {md(err)}")
        return
    _set_filters_widgets(None)
    _reset_selection()
    SS.view = None
    n = len(SS.batch.layers.events)
    _flash("success", f"Opened the batch map “{md(SS.batch.name)}”: {n:,} event{'s' if n != 1 else ''}.")
    if SS.batch.places_name is None:
        _flash("info", "No places file came with it (upload its .places.parquet alongside to see places).")


def _close_batch() -> None:
    SS.batch = None
    _set_filters_widgets(None)
    _reset_selection()


def _initial(key: str, value):
    """``value=`` for a keyed widget only on its first draw (Streamlit warns when both are set)."""
    return {} if key in SS else {"value": value}


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
                bar.progress(done / max(total, 1), text=f"Read {done} of {total}: {name[:60]}")

            got = appstate.ingest_uploads([(f.name, f.getvalue()) for f in uploads], progress=_tick)
            added = _add_articles(got.articles)
            if got.articles:
                bar.progress(0.0, text="Analysing…")

                def _analysed(done: int, total: int, *_: object) -> None:
                    bar.progress(min(done / max(total, 1), 1.0), text=f"Analysed {done} of {total} articles")

                try:
                    appstate.analyse(SS.articles, SS.corrections, progress=_analysed)
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

with st.sidebar:
    st.header("Filters")
    type_options = sorted(set(options.types) | set(SS.get("f_types", [])))
    chosen_types = st.multiselect("Event types", type_options, key="f_types", placeholder="All event types")
    country_options = sorted(set(options.countries) | set(SS.get("f_countries", [])))
    chosen_countries = st.multiselect("Countries (ISO codes)", country_options, key="f_countries",
                                      placeholder="All countries")
    date_range = None
    if options.start and options.end:
        lo, hi = options.start, options.end
        saved = SS.pop("f_saved_dates", None)
        if saved and "f_dates" not in SS:
            SS.f_dates = appstate.clamp_range(saved, lo, hi)
        current = SS.get("f_dates")
        # A range left at "everything" follows new articles; one outside the new span is reset.
        if current is not None and (current == SS.get("f_dates_span") or appstate.clamp_range(current, lo, hi) != current):
            SS.f_dates = (lo, hi)
        SS.f_dates_span = (lo, hi)
        if lo < hi:
            date_range = st.slider("Event dates", min_value=lo, max_value=hi, key="f_dates",
                                   format="YYYY-MM-DD", **_initial("f_dates", (lo, hi)))
        else:
            st.caption(f"All dated events are on {lo.isoformat()}.")
    precision = st.select_slider("Location precision shown", options=[1, 2, 3], key="f_precision",
                                 format_func=lambda p: PRECISION_LABELS[p], **_initial("f_precision", 3))
    undated = st.checkbox("Include undated events", key="f_undated", **_initial("f_undated", True))
    every_modality = st.checkbox("Also draw background, planned, hypothetical, denied and uncertain events",
                                 key="f_modal", **_initial("f_modal", False))

filters = appstate.make_filters(
    types=chosen_types or None,  # nothing chosen = no restriction
    countries=chosen_countries or None,
    start=date_range[0] if date_range and date_range[0] > options.start else None,
    end=date_range[1] if date_range and date_range[1] < options.end else None,
    max_precision=precision, include_undated=undated, modalities=None if every_modality else "drawn",
)
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

@st.fragment
def _map_panel(shown, known: dict, view) -> None:
    """The map. A fragment: panning or zooming reruns only this part (to remember the view for
    Share); a click on a feature reruns the whole page so the "Selected" panel follows."""
    from streamlit_folium import st_folium

    from geo.appstate.assets import localize

    # Built afresh on every run: folium output is deterministic once streamlit-folium normalizes
    # its element names, so the same inputs give the same component key and the map is not
    # redrawn on reruns (reusing a rendered folium object would change that key).
    drawn, left_off = appstate.batch_map_layers(shown) if SS.get("batch") is not None else (shown, None)
    if left_off:
        st.caption(left_off)
    try:
        fmap = localize(maps.build_map(drawn, view=(view.lat, view.lon, view.zoom) if view else None,
                                         legend_open=False))
    except BorderlinesError as err:  # e.g. more features than a map may hold
        st.error(f"The map cannot be drawn: {md(err)}")
        return
    focus = SS.get("focus")
    returned = st_folium(
        fmap, key="map", height=600, use_container_width=True,
        returned_objects=["last_active_drawing", "last_clicked", "center", "zoom"],
        center=focus[:2] if focus else None, zoom=focus[2] if focus else None,
    )
    live = appstate.view_from_map(returned)
    if live is not None:
        SS.live_view = live
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
    _map_panel(shown, known, SS.get("view"))

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
                       f"{event.date.isoformat() if event.date else 'undated'}")
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
                try:
                    # the view on screen (remembered as the map moves), else the map's own framing
                    map_view = SS.get("live_view") or SS.get("view") or appstate.view_for_bounds(shown.bounds())
                    payload = appstate.share_payload(appstate.SavedMap(
                        SS.articles, SS.corrections, filters, map_view, title=SS.articles[0].title))
                    SS.share_url = _share_url(_store().save(payload))
                except BorderlinesError as err:
                    st.error(f"Not saved: {md(err)}")
            if SS.get("share_url"):
                st.success("Saved. Anyone who can reach this app can open the map at:")
                st.code(SS.share_url, language=None)
        with c2:
            st.subheader("Download")
            stamp = dt.date.today().isoformat()
            st.download_button("Map as standalone HTML", lambda: export.html_string(result, filters=filters),
                               file_name=f"borderlines-{stamp}.html", mime="text/html", on_click="ignore",
                               key="dl_html")
            st.download_button("GeoJSON", lambda: _geojson_text(export.geojson_dict(result, filters)),
                               file_name=f"borderlines-{stamp}.geojson", mime="application/geo+json",
                               on_click="ignore", key="dl_geojson")
            st.download_button("Events as CSV", lambda: "\ufeff" + export.csv_string(result, filters),
                               file_name=f"borderlines-{stamp}.csv", mime="text/csv", on_click="ignore",
                               key="dl_csv")

