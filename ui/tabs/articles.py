"""The Articles tab: one article's text with its place mentions marked (and, on request, the
boilerplate the analysis skipped)."""
from __future__ import annotations

import streamlit as st

from geo.appstate import state as appstate
from geo.appstate.sources import MapSource
from geo.appstate.state import md

STYLE = ("<style>.bl-article{line-height:1.6;max-width:70em}.bl-article mark.bl-res{background:#ffe082}"
         ".bl-article mark.bl-unres{background:#e0e0e0}.bl-skip{color:#999}.bl-note{color:#777;font-size:.9em}</style>")


def draw(source: MapSource, all_layers, shown, state: appstate.MapState, *, read_only: bool) -> None:
    if not source.has_articles:
        st.caption(source.no_text_note)
        return
    result = source.analyse()
    titles = {ar.article.id: ar.article.title for ar in result.articles}
    aid = st.selectbox("Article", list(titles), format_func=titles.get, key="view_article")
    show_skipped = st.toggle("Show dropped boilerplate", key="show_skipped")
    ar = next(x for x in result.articles if x.article.id == aid)
    st.html(STYLE + appstate.article_html(
        ar.article.text, [(m.start, m.end, m.place is not None) for m in ar.mentions],
        [(s.start, s.end, s.reason) for s in ar.article.skipped], show_skipped))
    meta = [ar.article.source]
    if ar.article.date:
        meta.append(ar.article.date.isoformat())
    st.caption(" · ".join(md(x) for x in meta) + f" · {len(ar.mentions)} place mentions · {len(ar.events)} events")
