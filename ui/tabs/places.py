"""The Places tab: every place mention, and the analyst's corrections of them (choose another
reading, remove one that is not a place, add one the machine missed). A map without articles
lists its places read-only."""
from __future__ import annotations

import streamlit as st

from geo.appstate import state as appstate
from geo.appstate.sources import MapSource
from geo.appstate.state import md
from geo.errors import BorderlinesError
from ui import session
from ui.tables import picked_row

SS = st.session_state


def draw(source: MapSource, all_layers, shown, state: appstate.MapState, *, read_only: bool) -> None:
    import pandas as pd

    rows = source.place_rows()
    if not source.has_articles:
        if rows:
            st.dataframe(pd.DataFrame(rows), key="batch_places_table", hide_index=True, width="stretch")
        else:
            st.info(source.no_places_note)
        st.caption(source.read_only_note)
        return
    result = source.analyse()
    if not rows:
        st.info(source.no_places_note)
    else:
        frame = pd.DataFrame(rows).set_index("key")
        mkey = picked_row(frame, ["mention", "place", "country", "province", "score", "alternatives", "article"],
                          "places_table")
        if read_only:
            st.caption("Corrections are off in a shared map: make an editable copy first.")
        elif mkey is None:
            st.caption("Select a row to correct that place.")
        else:
            _correct(result, mkey)
    if not read_only:
        with st.expander("Add a place the machine missed"):
            _add_missed(result)


def _correct(result, mkey: str) -> None:
    """Choose another reading of the selected mention, or remove it."""
    found = appstate.find_mention(result, mkey)
    if not found:
        return
    article, mention = found
    st.markdown(f"**Correct “{md(mention.text)}”** (in {md(article.title)})")
    choices = appstate.candidate_choices(mention)
    c1, c2 = st.columns([3, 1], vertical_alignment="bottom")
    was = mention.place.id if mention.place else None
    if choices:
        labels = dict(choices)
        by_label = {label: pid for pid, label in choices}  # labels are unique
        pick = by_label[c1.selectbox("Reading", list(by_label), key=f"choice_{mkey}")]
        if c2.button("Use this place", key=f"use_{mkey}",
                     disabled=mention.place is not None and pick == mention.place.id):
            session.record_correction(appstate.new_correction(article.id, mention.start, mention.end,
                                                              "choose", was, pick))
            session.flash("success", f"“{md(mention.text)}” is now {md(labels[pick])}.")
            st.rerun()
    if st.button("Not a place — remove", key=f"remove_{mkey}"):
        session.record_correction(appstate.new_correction(article.id, mention.start, mention.end,
                                                          "remove", was, None))
        session.flash("success", f"“{md(mention.text)}” removed.")
        st.rerun()


def _add_missed(result) -> None:
    """Add a place the analysis did not find, at every free occurrence of its name."""
    titles = {a.id: a.title for a in SS.articles}
    aid = st.selectbox("Article", list(titles), format_func=titles.get, key="add_article")
    name = st.text_input("Place name as written in the article", key="add_name", max_chars=200)
    if not name.strip():
        return
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
                session.record_correction(appstate.new_correction(aid, s, e, "add", None, pid))
            session.flash("success", f"Added “{md(name)}” as {md(plabels[pid])}.")
            st.rerun()
