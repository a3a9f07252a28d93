"""Start the app with its data already loaded (what `make run` uses instead of `streamlit run`).

Streamlit has no start-up hook, so the first visitor would pay for loading the gazetteer, the
polygons and the example's analysis. Here they load first, in the same process, so app.py's
imports find them warm; the server answers once they are (a second or two later). Loading them
in a thread beside the starting server was tried: the first page could then race the warm-up.
Arguments go to ``streamlit run``.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def warm() -> None:
    """Load the data and analyse the example article once (the app's per-process memo keeps it)."""
    try:
        # Not streamlit_folium: it registers its component with the running server on import.
        import folium  # noqa: F401

        from geo.appstate import state as appstate
        from geo.ingest import readers as ingest

        text = (ROOT / "examples" / "border_talks.txt").read_text(encoding="utf-8")
        appstate.layers_for((ingest.from_text(text),), ())
    except Exception as err:  # a failed warm-up only costs the first visitor time
        print(f"borderlines: warm-up skipped: {err!r}", file=sys.stderr)


def main() -> int:
    sys.path.insert(0, str(ROOT))
    warm()
    from streamlit.web import cli

    sys.argv = ["streamlit", "run", str(ROOT / "app.py"), *sys.argv[1:]]
    return cli.main()


if __name__ == "__main__":
    raise SystemExit(main())
