"""geo.appstate.sources: the articles and a batch run of the same articles answer the page's
questions alike; a batch map never runs the analysis; the articles are analysed once.

The batch is a real run (geo.batch.run, local engine) of the example and two of our test
articles, opened the way the app opens an upload.
"""
from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import geopandas as gpd
import pytest

from geo import pipeline
from geo.appstate import state as appstate
from geo.appstate.sources import ArticlesSource, BatchSource, source_for
from geo.batch import run as batch
from geo.batch.records import output_paths
from geo.ingest import readers as ingest
from geo.maps.layers import Filters

ROOT = Path(__file__).resolve().parents[2]
FILES = [ROOT / "examples" / "border_talks.txt", *sorted((ROOT / "tests" / "articles").glob("*.txt"))[:2]]


@pytest.fixture(scope="module")
def articles():
    got = ingest.read_files([str(f) for f in FILES]).articles
    assert len(got) == len(FILES)
    return tuple(got)


@pytest.fixture(scope="module")
def batch_files(articles, tmp_path_factory):
    """The (name, bytes) pairs of one batch run's events and places files, as uploaded."""
    out = tmp_path_factory.mktemp("batch") / "run.parquet"
    assert batch.run(articles, out, engine="local", progress=False)["complete"]
    return [("run.parquet", out.read_bytes()), ("run.places.parquet", output_paths(out).places.read_bytes())]


@pytest.fixture()
def sources(articles, batch_files):
    appstate.clear_caches()
    yield ArticlesSource(articles), BatchSource(appstate.open_batch(batch_files))
    appstate.clear_caches()


def _count_analyses(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    monkeypatch.setenv("BORDERLINES_WORKERS", "0")  # analysed in this process, where it is counted
    calls: list[int] = []
    real = pipeline.analyse

    def counted(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "analyse", counted)
    return calls


def test_source_for_picks_the_batch_when_one_is_open(articles, batch_files) -> None:
    opened = appstate.open_batch(batch_files)
    assert source_for({"articles": articles, "corrections": (), "batch": opened}).kind == "batch"
    chosen = source_for({"articles": articles, "corrections": (), "batch": None})
    assert chosen.kind == "articles" and chosen.articles == articles and not chosen.is_empty()
    assert source_for({}).is_empty()  # a session with nothing yet: the page asks for an article
    assert not source_for({"batch": opened}).is_empty()


def test_both_sources_map_the_same_events(sources) -> None:
    live, stored = sources
    assert sorted(live.all_layers().events["id"]) == sorted(stored.all_layers().events["id"])
    first_type = sorted(set(live.all_layers().events["type"]))[0]
    for filters in (Filters(), Filters(max_precision=1), Filters(types=frozenset({first_type}))):
        assert sorted(live.layers(filters).events["id"]) == sorted(stored.layers(filters).events["id"]), filters


def test_both_sources_describe_a_selected_event_alike(sources) -> None:
    live, stored = sources
    ids = list(live.all_layers().events["id"])
    assert ids
    for eid in ids:
        a, b = live.event_lines(eid), stored.event_lines(eid)
        assert a is not None and b is not None
        assert a.heading == b.heading and a.article == b.article
        assert " ".join(a.sentence.split()) == " ".join(b.sentence.split())
        assert "precision" in a.where_when and "precision" in b.where_when
    assert live.event_lines("no-such-event") is None and stored.event_lines("no-such-event") is None


def test_both_sources_list_the_same_resolved_places(sources) -> None:
    live, stored = sources
    resolved = sorted((r["mention"], r["country"]) for r in live.place_rows() if r["place"])
    assert resolved and resolved == sorted((r["mention"], r["country"]) for r in stored.place_rows())


def test_what_each_source_allows_and_says(sources) -> None:
    live, stored = sources
    assert live.has_articles and live.read_only_note is None and live.no_text_note is None
    assert not stored.has_articles and "no article text" in stored.read_only_note
    assert live.caption() == f"{len(FILES)} articles on the map."
    n = len(stored.all_layers().events)
    assert stored.caption().startswith("From run&#46;parquet and run&#46;places&#46;parquet: ")  # md-escaped
    assert f"{n:,} events" in stored.caption()
    assert live.key != stored.key and live.key == ArticlesSource(live.articles).key  # cache keys


def test_a_batch_without_its_places_file_says_so(batch_files) -> None:
    stored = BatchSource(appstate.open_batch(batch_files[:1]))
    assert stored.place_rows() == [] and stored.no_places_note == "No places file was opened with this batch."
    assert "(no places file)" in stored.caption()


def test_the_downloads_of_each_source_open_again(sources) -> None:
    live, stored = sources
    shown = live.layers(Filters(max_precision=1))
    files = {d.key: d for d in live.downloads(shown, Filters(max_precision=1), dt.date(2024, 5, 2))}
    assert sorted(files) == ["dl_csv", "dl_geojson", "dl_html"]
    assert files["dl_csv"].file_name == "borderlines-2024-05-02.csv" and not files["dl_html"].disabled
    assert str(files["dl_csv"].build()).startswith("\ufeff")
    assert "<html" in str(files["dl_html"].build()).lower()
    shown = stored.layers(Filters(max_precision=1))
    (parquet,) = stored.downloads(shown, Filters(max_precision=1), dt.date(2024, 5, 2))
    assert parquet.file_name == "run.filtered.parquet"
    back = gpd.read_parquet(io.BytesIO(parquet.build()))
    assert sorted(back["id"]) == sorted(shown.events["id"])


def test_too_many_features_turn_the_html_download_off_but_not_the_csv(sources, monkeypatch) -> None:
    live, _ = sources
    shown = live.layers(Filters())
    monkeypatch.setenv("BORDERLINES_MAX_FEATURES", "1")
    assert "BORDERLINES_MAX_FEATURES" in live.download_problem(shown)
    files = {d.key: d.disabled for d in live.downloads(shown, Filters(), dt.date(2024, 5, 2))}
    assert files == {"dl_html": True, "dl_geojson": True, "dl_csv": False}


def test_a_batch_over_the_feature_cap_is_drawn_without_its_place_pins(sources, monkeypatch) -> None:
    live, stored = sources
    shown = stored.layers(Filters())
    assert stored.drawn_layers(shown) == (shown, None)
    areas = sum(len(f) for f in (shown.events, shown.provinces, shown.countries, shown.borders))
    monkeypatch.setenv("BORDERLINES_MAX_FEATURES", str(areas))
    drawn, note = stored.drawn_layers(shown)
    assert len(drawn.places) == 0 and "place mentions" in note
    assert live.drawn_layers(live.layers(Filters())) == (live.layers(Filters()), None)  # never trimmed


def test_a_batch_source_never_runs_the_analysis(sources, monkeypatch) -> None:
    _, stored = sources
    calls = _count_analyses(monkeypatch)
    shown = stored.layers(Filters())
    assert stored.analyse() is None and stored.analyse(progress=lambda *a: None) is None
    stored.all_layers(), stored.place_rows(), stored.caption(), stored.drawn_layers(shown)
    stored.event_lines(str(shown.events["id"].iloc[0]))
    [d.build() for d in stored.downloads(shown, Filters(), dt.date.today())]
    assert calls == []


def test_the_articles_source_analyses_once(sources, monkeypatch) -> None:
    live, _ = sources
    calls = _count_analyses(monkeypatch)
    ticks: list[tuple] = []
    result = live.analyse(progress=lambda *a: ticks.append(a))
    assert calls == [1] and ticks  # the progress callback heard of each article
    shown = live.layers(Filters())
    live.all_layers(), live.place_rows(), live.event_lines(str(shown.events["id"].iloc[0]))
    [d.build() for d in live.downloads(shown, Filters(), dt.date.today())]
    assert ArticlesSource(live.articles).analyse() is result  # another session's source: remembered
    assert calls == [1]
