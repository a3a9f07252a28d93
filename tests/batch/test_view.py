"""geo.batch.view: a real batch run's GeoParquet read back gives the layers of the live pipeline.

One small corpus of our own articles (the example and four of tests/articles) runs through
geo.batch.run on the local engine; the loaded layers are compared with geo.maps.layers.build of
geo.pipeline.analyse on the same articles, unfiltered and under each kind of filter.
"""
from __future__ import annotations

import html
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest
from shapely.geometry import Point, Polygon

from geo.appstate import state as appstate
from geo.batch import run as batch
from geo.batch import view as batchview
from geo.errors import InputError, LimitError
from geo.ingest import readers as ingest
from geo.maps import layers
from geo.maps.layers import Filters

ROOT = Path(__file__).resolve().parents[2]
FILES = [ROOT / "examples" / "border_talks.txt",
         *sorted((ROOT / "tests" / "articles").glob("*.txt"))[:4]]


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    """(events path, live Layers, live Result) of one batch run of our articles."""
    from geo import pipeline

    articles = ingest.read_files([str(f) for f in FILES]).articles
    assert len(articles) == len(FILES)
    out = tmp_path_factory.mktemp("batch") / "events.parquet"
    summary = batch.run(articles, out, engine="local", progress=False)
    assert summary["complete"] and summary["counts"]["events"] > 0
    result = pipeline.analyse(list(articles))
    # a batch keeps every event, whatever its modality; the map that opens it filters them
    return out, layers.build(result, layers.Filters(modalities=None)), result


def _by_id(frame: pd.DataFrame, cols: list[str]) -> list[tuple]:
    return sorted(tuple(r) for r in frame[["id", *cols]].itertuples(index=False))


def _plain(frame: gpd.GeoDataFrame, order: list[str]) -> list[dict]:
    f = pd.DataFrame(frame.drop(columns="geometry")).sort_values(order).astype(object)
    return f.where(f.notna(), None).to_dict("records")


def _same_layers(got: layers.Layers, want: layers.Layers) -> None:
    assert sorted(got.events["id"]) == sorted(want.events["id"])
    assert _by_id(got.provinces, ["name", "events", "mentions"]) == _by_id(want.provinces, ["name", "events", "mentions"])
    assert _by_id(got.countries, ["events"]) == _by_id(want.countries, ["events"])
    assert _by_id(got.borders, ["name", "events", "side_provinces"]) == _by_id(want.borders, ["name", "events", "side_provinces"])


def test_loaded_batch_gives_the_layers_of_the_live_result(run):
    out, live, result = run
    got = batchview.layers_from_parquet(out)  # the places file is found beside it
    _same_layers(got, live)
    # drawn with the default filters (asserted events only), it is the live map
    drawn = layers.from_frames(got.events, got.places, layers.Filters())
    assert sorted(drawn.events["id"]) == sorted(layers.build(result).events["id"])
    assert set(got.events["modality"]) > {"asserted"}  # the batch kept the others
    assert got.provinces["events"].sum() > 0 and len(got.borders) >= 1  # the comparison compares something
    assert len(got.places) == len(live.places) > 0
    assert got.events.crs.to_epsg() == 4326 and got.articles == ()
    # what the analyst reads is the same: the events table rows and each event's geometry
    key = lambda r: r["id"]  # noqa: E731
    assert sorted(appstate.event_rows(got.events), key=key) == sorted(appstate.event_rows(live.events), key=key)
    # every column as written, row for row; text is str or None (the maps and tables test "v or ''")
    assert _plain(got.events, ["id"]) == _plain(live.events, ["id"])
    assert _plain(got.places, ["article_id", "start", "end", "id"]) == _plain(live.places, ["article_id", "start", "end", "id"])
    for col in ("subtype", "date", "cameo", "actors", "article_url", "sentence"):
        assert all(v is None or isinstance(v, str) for v in got.events[col]), col
    g = got.events.set_index("id").geometry
    w = live.events.set_index("id").geometry
    assert all(g[i].equals_exact(w[i], 1e-9) for i in w.index)


@pytest.mark.parametrize("make", [
    lambda o: Filters(types=frozenset({o.types[0]})),
    lambda o: Filters(max_precision=1),
    lambda o: Filters(max_precision=2),
    lambda o: Filters(countries=frozenset({"PAK"})),
    lambda o: Filters(countries=frozenset({o.countries[-1]})),
    lambda o: Filters(start=o.start + (o.end - o.start) / 2, include_undated=False),
    lambda o: Filters(end=o.start + (o.end - o.start) / 2),
], ids=["type", "precision1", "precision2", "PAK", "last-country", "late", "early"])
def test_filters_give_the_same_subsets(run, make):
    out, live, result = run
    loaded = batchview.layers_from_parquet(out)
    f = make(appstate.filter_options(live.events))
    got = layers.from_frames(loaded.events, loaded.places, f)
    want = layers.build(result, f)
    _same_layers(got, want)
    assert 0 < len(got.events) < len(loaded.events) or f.max_precision == 2  # a filter that narrows
    # the app's path (cached) gives the same
    bm = appstate.BatchMap("k-" + repr(f), "events.parquet", loaded, "events.places.parquet")
    assert sorted(appstate.batch_layers(bm, f).events["id"]) == sorted(want.events["id"])


def test_bytes_without_places_map_events_only(run):
    out, live, _ = run
    got = batchview.layers_from_parquet(out.read_bytes(), name="events.parquet")
    assert sorted(got.events["id"]) == sorted(live.events["id"])
    assert len(got.places) == 0
    # without the places file a town's province is unknown: only provinces that are event sites
    # themselves (and border sides) are counted; the borders do not depend on places
    admin1_sites = set(live.events.loc[live.events["location_kind"] == "admin1", "location_id"])
    counted = set(got.provinces.loc[got.provinces["events"] > 0, "id"])
    assert counted == admin1_sites
    assert counted < set(live.provinces.loc[live.provinces["events"] > 0, "id"])
    assert sorted(got.borders["id"]) == sorted(live.borders["id"])
    assert got.provinces["mentions"].sum() == 0


# --------------------------------------------------------------------------- refused inputs


def _events(out: Path) -> gpd.GeoDataFrame:
    return gpd.read_parquet(out)


def _write(frame, path: Path) -> Path:
    frame.to_parquet(path, index=False)
    return path


def test_not_a_parquet_file(tmp_path):
    bad = tmp_path / "events.parquet"
    bad.write_text("id,type\n1,Battles\n")
    with pytest.raises(InputError, match="not a GeoParquet file"):
        batchview.layers_from_parquet(bad)


def test_parquet_without_geometry(run, tmp_path):
    plain = pd.DataFrame(_events(run[0]).drop(columns="geometry"))
    with pytest.raises(InputError, match="'events.parquet'.*GeoParquet"):
        batchview.layers_from_parquet(_write(plain, tmp_path / "events.parquet"))


def test_wrong_crs(run, tmp_path):
    moved = _events(run[0]).to_crs(3857)
    with pytest.raises(InputError, match="EPSG:4326.*3857"):
        batchview.layers_from_parquet(_write(moved, tmp_path / "events.parquet"))
    no_crs = _events(run[0]).set_crs(None, allow_override=True)
    with pytest.raises(InputError, match="EPSG:4326.*None"):
        batchview.layers_from_parquet(_write(no_crs, tmp_path / "nocrs.parquet"))


def test_missing_columns(run, tmp_path):
    with pytest.raises(InputError, match=r"columns \['precision', 'countries'\] are missing"):
        batchview.layers_from_parquet(_write(_events(run[0]).drop(columns=["precision", "countries"]),
                                             tmp_path / "events.parquet"))
    # a places file that is really an events file
    places = tmp_path / "x.places.parquet"
    _write(_events(run[0]), places)
    with pytest.raises(InputError, match="not a places file"):
        batchview.layers_from_parquet(run[0], places)


def test_missing_values_and_nan(run, tmp_path):
    ev = _events(run[0])
    first = ev["id"].iloc[0]
    nan_lat = ev.copy()
    nan_lat["lat"] = nan_lat["lat"].astype("float64")
    nan_lat.loc[0, "lat"] = float("nan")
    with pytest.raises(InputError, match=f"'lat' has missing values in rows '{first}'"):
        batchview.layers_from_parquet(_write(nan_lat, tmp_path / "a.parquet"))
    inf_lon = ev.copy()
    inf_lon.loc[1, "lon"] = float("inf")
    with pytest.raises(InputError, match="'lon' needs finite numbers.*inf"):
        batchview.layers_from_parquet(_write(inf_lon, tmp_path / "b.parquet"))
    no_type = ev.copy()
    no_type.loc[0, "type"] = None
    with pytest.raises(InputError, match="'type' has missing values"):
        batchview.layers_from_parquet(_write(no_type, tmp_path / "c.parquet"))


def test_bad_geometry_precision_and_date(run, tmp_path):
    ev = _events(run[0])
    bowtie = ev.copy()
    bowtie.loc[0, "geometry"] = Polygon([(0, 0), (2, 2), (2, 0), (0, 2)])  # self-crossing ring
    with pytest.raises(InputError, match="invalid geometry in rows"):
        batchview.layers_from_parquet(_write(bowtie, tmp_path / "a.parquet"))
    far = ev.copy()
    far.loc[0, "geometry"] = Point(500, 10)
    with pytest.raises(InputError, match="outside lon -180..180"):
        batchview.layers_from_parquet(_write(far, tmp_path / "b.parquet"))
    prec = ev.copy()
    prec.loc[0, "precision"] = 7
    with pytest.raises(InputError, match="'precision' must be 1, 2 or 3.*7"):
        batchview.layers_from_parquet(_write(prec, tmp_path / "c.parquet"))
    date = ev.copy()
    date.loc[0, "date"] = "last Tuesday"
    with pytest.raises(InputError, match="'date' must be YYYY-MM-DD.*'last Tuesday'"):
        batchview.layers_from_parquet(_write(date, tmp_path / "d.parquet"))


def test_hostile_text_in_a_batch_file_stays_text(run, tmp_path):
    """A GeoParquet file is an upload like any other: links keep only http(s), text is escaped."""
    from geo.maps import render as maps

    ev = _events(run[0])
    ev.loc[0, "article_url"] = "javascript:alert(1)"
    ev.loc[0, "article_title"] = "<img src=x onerror=alert(1)>"
    ev.loc[0, "sentence"] = "</script><script>alert(1)</script> ${alert(1)}"
    ev.loc[1, "article_url"] = "https://example.org/a?b=1"
    got = batchview.layers_from_parquet(_write(ev, tmp_path / "events.parquet"))
    urls = dict(zip(got.events["id"], got.events["article_url"]))
    assert urls[ev["id"].iloc[0]] is None and urls[ev["id"].iloc[1]] == "https://example.org/a?b=1"
    html = maps.build_map(got).get_root().render()
    assert "javascript:alert" not in html and "<img src=x" not in html and "<script>alert" not in html
    assert "example.org" in html


def test_size_limit_checked_before_reading(run, monkeypatch):
    monkeypatch.setenv("BORDERLINES_MAX_FILE_BYTES", "1000")
    with pytest.raises(LimitError, match="BORDERLINES_MAX_FILE_BYTES"):
        batchview.layers_from_parquet(run[0])
    with pytest.raises(LimitError, match="'up.parquet'"):
        batchview.layers_from_parquet(b"x" * 2000, name="up.parquet")


def test_open_batch_pairs_the_upload_files(run):
    out, live, _ = run
    ev, pl = out.read_bytes(), batch.output_paths(out).places.read_bytes()
    bm = appstate.open_batch([("notes.txt", b"hi"), ("run.parquet", ev), ("run.places.parquet", pl)])
    assert (bm.name, bm.places_name) == ("run.parquet", "run.places.parquet")
    assert len(bm.layers.places) == len(live.places)
    with pytest.raises(InputError, match="one batch at a time"):
        appstate.open_batch([("a.parquet", ev), ("b.parquet", ev)])
    with pytest.raises(InputError, match="places file of 'run.parquet' is 'run.places.parquet'"):
        appstate.open_batch([("run.parquet", ev), ("other.places.parquet", pl)])
    assert appstate.split_uploads([("a.txt", b""), ("b.PARQUET", b"")]) == ([("a.txt", b"")], [("b.PARQUET", b"")])


# --------------------------------------------------------------------------- the app


def _app(tmp_path, monkeypatch):
    pytest.importorskip("streamlit")
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("BORDERLINES_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("BORDERLINES_STORE_URL", raising=False)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()
    at.run()  # the first page sends the map alone; the next run draws the tables (ui/first_paint.py)
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_app_refuses_a_bad_batch_file_and_keeps_the_map(run, tmp_path, monkeypatch):
    """Security item 9 for the one layer upload there is: a bowtie polygon is refused, by name."""
    at = _app(tmp_path, monkeypatch)
    before = next(d.value for d in at.dataframe if d.key == "events_table")
    ev = _events(run[0])
    ev.loc[0, "geometry"] = Polygon([(60, 25), (70, 35), (70, 25), (60, 35)])
    at.file_uploader(key="uploads").set_value([
        ("bowtie.parquet", _write(ev, tmp_path / "bowtie.parquet").read_bytes(), "application/octet-stream"),
    ]).run()
    next(b for b in at.button if b.key == "open_batch").click().run()
    assert not at.exception, [e.value for e in at.exception]
    errors = html.unescape(" ".join(e.value for e in at.error).replace("\\", ""))
    assert "bowtie.parquet" in errors and "invalid geometry" in errors
    assert at.session_state["batch"] is None
    assert next(d.value for d in at.dataframe if d.key == "events_table").equals(before)  # the example stays


def test_app_opens_an_uploaded_batch(run, tmp_path, monkeypatch):
    at = _app(tmp_path, monkeypatch)
    out, live, _ = run
    at.file_uploader(key="uploads").set_value([
        ("run.parquet", out.read_bytes(), "application/octet-stream"),
        ("run.places.parquet", batch.output_paths(out).places.read_bytes(), "application/octet-stream"),
    ]).run()
    assert not [b for b in at.button if b.key == "add_files"]  # parquet files are not articles
    next(b for b in at.button if b.key == "open_batch").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert any("Opened the batch map" in s.value for s in at.success), [s.value for s in at.success]
    table = next(d.value for d in at.dataframe if d.key == "events_table")
    asserted = live.events[live.events["modality"] == "asserted"]  # drawn by default; the others listed apart
    assert sorted(table.index) == sorted(asserted["id"])
    assert next(m.value for m in at.metric if m.label == "Events shown") == f"{len(asserted)} of {len(live.events)}"
    others = len(live.events) - len(asserted)
    assert others > 0 and any(f"Not drawn: {others} event(s)" in c.value for c in at.caption)
    undrawn = [d.value for d in at.dataframe if "modality" in getattr(d.value, "columns", ())]
    assert len(undrawn) == 1 and len(undrawn[0]) == others and "asserted" not in set(undrawn[0]["modality"])
    maps = [c.proto.json_args for c in at.get("component_instance")]  # st_folium's map script
    assert len(maps) == 1 and all(eid in maps[0] for eid in asserted["id"])  # every asserted event drawn
    # a row of the events table shows its sentence, from the file (there is no article text)
    at.session_state["events_table"] = {"selection": {"rows": [0], "columns": [], "cells": []}}
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    sentence = live.events.set_index("id").loc[table.index[0], "sentence"]
    assert any(" ".join(t.value.split()) == " ".join(sentence.split()) for t in at.text)
    # the same filters narrow it
    first_type = sorted(set(table["type"]))[0]
    at.multiselect(key="w_types").select(first_type).run()
    narrowed = next(d.value for d in at.dataframe if d.key == "events_table")
    assert set(narrowed["type"]) == {first_type} and len(narrowed) < len(table)
    drawn = at.get("component_instance")[0].proto.json_args
    assert all((eid in drawn) == (eid in set(narrowed.index)) for eid in table.index)
    # corrections and share are off, with the reason
    at.session_state["tab"] = "Share & download"
    at.run()
    assert not [b for b in at.button if b.key == "share_btn"]
    assert any("no article text" in c.value for c in at.caption)
    next(b for b in at.button if b.key == "close_batch").click().run()
    assert not at.exception and at.session_state["batch"] is None


def test_a_corpus_map_over_the_feature_limit_leaves_out_places_and_says_so(run, monkeypatch):
    loaded = batchview.layers_from_parquet(run[0])
    areas_n = len(loaded.events) + len(loaded.provinces) + len(loaded.countries) + len(loaded.borders)
    drawn, note = appstate.batch_map_layers(loaded)
    assert drawn is loaded and note is None  # under the limit: all of it
    monkeypatch.setenv("BORDERLINES_MAX_FEATURES", str(areas_n))
    drawn, note = appstate.batch_map_layers(loaded)
    assert len(drawn.places) == 0 and sorted(drawn.events["id"]) == sorted(loaded.events["id"])
    assert f"{len(loaded.places):,} place mentions" in note and f"limit of {areas_n:,}" in note
    from geo.maps import render as maps

    maps.build_map(drawn)  # now within the limit
    monkeypatch.setenv("BORDERLINES_MAX_FEATURES", str(areas_n - 1))  # too many even without places
    drawn, note = appstate.batch_map_layers(loaded)
    assert drawn is loaded and note is None
    with pytest.raises(LimitError, match="BORDERLINES_MAX_FEATURES"):
        maps.build_map(loaded)


def test_filtered_download_opens_again(run):
    """The app's "Events shown, as GeoParquet" download is a batch events file again."""
    loaded = batchview.layers_from_parquet(run[0])
    shown = layers.from_frames(loaded.events, loaded.places, Filters(max_precision=1))
    again = batchview.layers_from_parquet(appstate.parquet_bytes(shown.events), name="x.filtered.parquet")
    assert 0 < len(again.events) < len(loaded.events)
    assert _plain(again.events, ["id"]) == _plain(shown.events, ["id"])
