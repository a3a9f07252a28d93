"""Start the app with its data already loaded (what `make run` uses instead of `streamlit run`).

Streamlit has no start-up hook, so the first visitor would pay for loading the gazetteer, the
polygons, the example's analysis and the map code (folium compiles ≈ 100 Jinja templates when
it is imported). Here they load first, in the same process, so app.py's imports and memos find
them warm; the server answers once they are (a few seconds later). Loading them in a thread
beside the starting server was tried: the first page could then race the warm-up. The example
is analysed here, not in the analysis pool (geo.appstate.worker): this process loads the
gazetteer and polygons for drawing maps anyway. The pool starts after, and the server answers once
its workers have loaded their data too: on a 2-core machine their warm-up would otherwise compete
with the first visitor's page.
Arguments go to ``streamlit run``.
"""
from __future__ import annotations

import gc
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def warm() -> None:
    """Import what the app's first run imports, analyse the example article and draw its map once
    (the per-process memos keep the analysis and layers; the basemap file is published), then
    start the analysis pool."""
    try:
        # Not streamlit_folium (nor ui/, which imports it): it registers its component only
        # when imported inside a running script, so importing it here would leave it unknown.
        import folium.plugins  # noqa: F401  (its templates compile on import)
        import streamlit.emojis  # noqa: F401  (st.set_page_config's icon check loads the table)

        from geo import pipeline
        from geo.appstate import assets
        from geo.appstate import state as appstate
        from geo.ingest import readers as ingest
        from geo.maps import render
        from geo.store import backends  # noqa: F401

        text = (ROOT / "examples" / "border_talks.txt").read_text(encoding="utf-8")
        articles = (ingest.from_text(text),)
        appstate.remember_result(articles, (), pipeline.analyse(articles))  # here: see above
        # the two layer sets app.py asks for: every event (base map, filter options) and the
        # default filters (what is drawn)
        every = appstate.layers_for(articles, (), appstate.make_filters(modalities=None))
        shown = appstate.layers_for(articles, (), appstate.MapState().filters)
        base = render.base_map(every, outlines_at=lambda o: assets.publish_outlines(ROOT / "static", o))
        for group in render.data_layers(shown):
            group.add_to(base)
        base.get_root().render()  # each element's template runs once
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
    gc.collect()
    gc.freeze()
    from streamlit.web import cli

    sys.argv = ["streamlit", "run", str(ROOT / "app.py"), *sys.argv[1:]]
    return cli.main()


if __name__ == "__main__":
    raise SystemExit(main())
