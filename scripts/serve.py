"""Start the app with its data already loaded (what `make run` uses instead of `streamlit run`).

Streamlit has no start-up hook, so the first visitor would pay for loading the gazetteer, the
polygons and the example's analysis. Here they load first, so app.py's imports find them warm;
the server answers once they are. Loading them in a thread beside the starting server was tried:
the first page could then race the warm-up. The example is analysed here, not in the analysis
pool (geo.appstate.worker): this process loads the gazetteer and polygons for drawing maps
anyway. The pool starts after, and its workers load their data in their own processes while the
server starts (first healthy answer in 13 s on a loaded 2-core machine; 15–28 s when the pool
started first and its warm-up competed for the cores).
Arguments go to ``streamlit run``.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def warm() -> None:
    """Analyse the example article and build its layers once (the app's per-process memo keeps
    them), then start the analysis pool."""
    try:
        # Not streamlit_folium: it registers its component with the running server on import.
        import folium  # noqa: F401

        from geo import pipeline
        from geo.appstate import state as appstate
        from geo.ingest import readers as ingest

        text = (ROOT / "examples" / "border_talks.txt").read_text(encoding="utf-8")
        example = (ingest.from_text(text),)
        appstate.remember_result(example, (), pipeline.analyse(example))
        appstate.layers_for(example, ())
    except Exception as err:  # a failed warm-up only costs the first visitor time
        print(f"borderlines: warm-up skipped: {err!r}", file=sys.stderr)
    try:
        from geo import config
        from geo.appstate import worker

        if config.workers():
            worker.start()  # returns once the workers are forked; they warm up on their own
    except Exception as err:  # the pool is started again on the first analysis
        print(f"borderlines: analysis pool not started: {err!r}", file=sys.stderr)


def main() -> int:
    sys.path.insert(0, str(ROOT))
    warm()
    from streamlit.web import cli

    sys.argv = ["streamlit", "run", str(ROOT / "app.py"), *sys.argv[1:]]
    return cli.main()


if __name__ == "__main__":
    raise SystemExit(main())
