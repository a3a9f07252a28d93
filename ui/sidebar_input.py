"""The sidebar's input: paste an article, upload files (articles, or a batch run's GeoParquet),
clear the map or bring the example back; for a batch map, what it holds and how to close it.
A shared map (read-only) takes no input."""
from __future__ import annotations

import streamlit as st

from geo.appstate import state as appstate
from geo.appstate.sources import MapSource, source_for
from geo.appstate.state import md
from geo.errors import BorderlinesError
from ui import session

SS = st.session_state


def draw(source: MapSource, *, read_only: bool) -> None:
    with st.sidebar:
        if source.kind == "batch":
            _batch(source)
        elif not read_only:
            st.header("Articles")
            _paste_form()
            _uploads()
            st.caption(source_for(SS).caption())
            cols = st.columns(2)
            if cols[0].button("Clear all", disabled=not SS.articles, key="clear_all"):
                session.clear_all()
                st.rerun()
            if cols[1].button("Load example", key="load_example"):
                session.load_example()
                st.rerun()


def _batch(source: MapSource) -> None:
    st.header("Batch map")
    st.caption(source.caption())
    if st.button("Close batch map", key="close_batch"):
        session.close_batch()
        st.rerun()


def _paste_form() -> None:
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
            if session.add_articles([article]):
                session.flash("success", f"Added “{md(article.title)}”.")
            else:
                session.flash("info", "That article is already on the map.")
            st.rerun()


def _upload_types() -> list[str]:
    from geo.appstate.batchmap import BATCH_SUFFIXES
    from geo.ingest.readers import SUPPORTED_EXTENSIONS

    return list(SUPPORTED_EXTENSIONS) + [s.lstrip(".") for s in BATCH_SUFFIXES]


def _uploads() -> None:
    uploads = st.file_uploader("Or upload files", accept_multiple_files=True, type=_upload_types(),
                               key="uploads", help="Text, Markdown, HTML, CSV/TSV, JSON/JSONL or "
                               "RSS/Atom; many files at once. Or a batch run's events.parquet "
                               "(with its .places.parquet) to map a whole corpus.")
    article_files, batch_files = appstate.split_uploads([(f.name, f) for f in uploads or []])
    if batch_files and st.button("Open batch map", key="open_batch", type="primary"):
        session.open_batch([(name, f.getvalue()) for name, f in batch_files])
        st.rerun()
    files = [f for _, f in article_files]
    if files and st.button(f"Add {len(files)} file{'s' if len(files) != 1 else ''}", key="add_files"):
        _add_files(files)
        st.rerun()


def _add_files(files) -> None:
    """Read the files, add their articles and analyse the map now (with a progress bar, rather
    than a bare spinner on the next run); every outcome is a message for the next run."""
    bar = st.progress(0.0, text="Reading files…")

    def _tick(done: int, total: int, name: str) -> None:
        bar.progress(done / max(total, 1), text=f"Read {done} of {total}: {md(name[:60])}")

    got = appstate.ingest_uploads([(f.name, f.getvalue()) for f in files], progress=_tick)
    added = session.add_articles(got.articles)
    if got.articles:
        bar.progress(0.0, text="Analysing…")

        def _analysed(done: int, total: int, *_: object) -> None:
            bar.progress(min(done / max(total, 1), 1.0), text=f"Analysed {done} of {total} articles")

        try:
            for note in appstate.analysis_notes(source_for(SS).analyse(progress=_analysed))[:10]:
                session.flash("warning", f"Note — {md(note)}")
        except BorderlinesError as err:
            session.flash("error", f"The articles could not be analysed: {md(err)}")
    bar.empty()
    if added:
        session.flash("success", f"Added {added} article{'s' if added != 1 else ''}.")
    elif got.articles:
        session.flash("info", "Those articles are already on the map.")
    for problem in got.problems[:20]:
        session.flash("warning", f"Not added — {md(problem)}")
    if len(got.problems) > 20:
        session.flash("warning", f"…and {len(got.problems) - 20} more problems (files or rows not added).")
    for note in got.notes[:10]:
        session.flash("info", f"Note — {md(note)}")
