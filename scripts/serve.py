"""Start the app with its data already loaded (what `make run` uses instead of `streamlit run`).

Streamlit has no start-up hook, so the first visitor would pay for loading the gazetteer, the
polygons, the example's analysis and the map code (folium compiles ≈ 100 Jinja templates when
it is imported), and for rendering the example's map (≈ 0.6 s of the first run on a loaded
2-core machine). Here they load first, in the same process, so app.py's imports and memos find
them warm; the server answers once they are (a few seconds later). Loading them in a thread
beside the starting server was tried: the first page could then race the warm-up. The example
is analysed here, not in the analysis pool (geo.appstate.worker): this process loads the
gazetteer and polygons for drawing maps anyway. The pool starts after, and the server answers once
its workers have loaded their data too: on a 2-core machine their warm-up would otherwise compete
with the first visitor's page.
Arguments go to ``streamlit run``.
"""
from __future__ import annotations

import logging
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def warm() -> None:
    """Import what the app's first run imports, analyse the example article and render its map
    as the app's first run does (the per-process memos keep the analysis, the layers and the
    map's strings; the basemap file is published), then start the analysis pool."""
    try:
        import streamlit.emojis  # noqa: F401  (st.set_page_config's icon check loads the table)
        from streamlit.runtime.scriptrunner_utils import script_run_context

        from geo import pipeline
        from geo.appstate import state as appstate
        from geo.appstate.sources import ArticlesSource
        from geo.ingest import readers as ingest
        from geo.store import backends  # noqa: F401

        # streamlit-folium cannot register its component before the server runs (and says so
        # in a warning meant for scripts run bare): ui.foliummap registers it on the first run
        quiet = logging.getLogger(script_run_context.__name__)
        silence = logging.Filter("nothing")  # passes no record of this logger
        quiet.addFilter(silence)  # a filter, not a level: reading Streamlit's config resets levels
        try:
            from ui import foliummap
        finally:
            quiet.removeFilter(silence)

        text = (ROOT / "examples" / "border_talks.txt").read_text(encoding="utf-8")
        articles = (ingest.from_text(text),)
        appstate.remember_result(articles, (), pipeline.analyse(articles))  # here: see above
        # what app.py asks for on a first visit (session.load_example): every layer (base map,
        # filter options), the default state's layers, and the map's strings for them
        source, state = ArticlesSource(articles, ()), appstate.MapState()
        drawn, _ = source.drawn_layers(source.layers(state.filters))
        foliummap.map_strings(source, source.all_layers(), drawn, state)
    except Exception as err:  # a failed warm-up only costs the first visitor time
        print(f"borderlines: warm-up skipped: {err!r}", file=sys.stderr)
    try:
        from geo import config
        from geo.appstate import worker

        if config.workers():
            # the workers load their data before the server answers: on two cores their warm-up
            # would otherwise compete with the first visitor's page
            worker.start(wait=120)
    except Exception as err:  # the pool is started again on the first analysis
        print(f"borderlines: analysis pool not started: {err!r}", file=sys.stderr)


def main() -> int:
    sys.path.insert(0, str(ROOT))
    warm()
    # What is loaded by now lives as long as the server: out of the collector's sight, so no
    # collection in a visitor's run walks the gazetteer and polygons again.
    from geo.pipeline import settle

    settle()
    from streamlit.web import cli

    sys.argv = ["streamlit", "run", str(ROOT / "app.py"), *sys.argv[1:]]
    return cli.main()


if __name__ == "__main__":
    raise SystemExit(main())
