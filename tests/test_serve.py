"""scripts/serve.py (what `make run` starts): the warm-up before the server answers."""
from __future__ import annotations

import hashlib
import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _serve():
    spec = importlib.util.spec_from_file_location("borderlines_serve", ROOT / "scripts" / "serve.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_warm_up_analyses_the_example_and_publishes_its_basemap(capsys):
    from geo.appstate import state as appstate
    from geo.ingest import readers as ingest
    from geo.maps import layers, outlines

    articles = (ingest.from_text((ROOT / "examples" / "border_talks.txt").read_text(encoding="utf-8")),)
    every = appstate.make_filters(modalities=None)
    document = outlines.outlines(layers.build(appstate.analyse(articles), every).bounds()).document()
    published = ROOT / "static" / "basemap" / f"{hashlib.sha256(document).hexdigest()}.json"
    published.unlink(missing_ok=True)  # a cache file: the warm-up must write it again

    _serve().warm()
    assert "warm-up skipped" not in capsys.readouterr().err
    assert published.read_bytes() == document
    # both layer sets the app's first run asks for are remembered: that run builds neither
    keys = {(articles, (), every), (articles, (), appstate.MapState().filters)}
    assert keys <= set(appstate._LAYERS._items)
