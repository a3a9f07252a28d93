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
    from ui import foliummap

    foliummap._BASES.clear()  # as in a new server process: its map is rendered (and published) anew

    _serve().warm()
    assert "warm-up skipped" not in capsys.readouterr().err
    assert published.read_bytes() == document
    # both layer sets the app's first run asks for are remembered: that run builds neither
    keys = {(articles, (), every), (articles, (), appstate.MapState().filters)}
    assert keys <= set(appstate._LAYERS._items)


def test_warm_up_renders_the_first_visits_map(monkeypatch):
    """The map's strings of the example in its default state are remembered by the warm-up: the
    first visitor's run renders no map (ui.foliummap builds nothing)."""
    from geo.appstate import state as appstate
    from geo.appstate.sources import ArticlesSource
    from geo.ingest import readers as ingest
    from geo.maps import render
    from ui import foliummap

    foliummap._BASES.clear()
    foliummap._LAYERS.clear()
    _serve().warm()
    warmed = (dict(foliummap._BASES._items), dict(foliummap._LAYERS._items))

    def refuse(*_args, **_kwargs):
        raise AssertionError("the first run rendered the map again")

    monkeypatch.setattr(render, "base_map", refuse)
    monkeypatch.setattr(render, "data_layers", refuse)
    # what ui/map_panel.py asks for on a first visit (ui.session.load_example's articles)
    articles = (ingest.from_text((ROOT / "examples" / "border_talks.txt").read_text(encoding="utf-8")),)
    source, state = ArticlesSource(articles, ()), appstate.MapState()
    drawn, _ = source.drawn_layers(source.layers(state.filters))
    base, layers = foliummap.map_strings(source, source.all_layers(), drawn, state)
    assert base is next(iter(warmed[0].values())) and layers is next(iter(warmed[1].values()))
    assert "feature_group_" in layers and base["script"]
