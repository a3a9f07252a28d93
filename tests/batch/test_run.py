"""geo.batch.run and ``python -m geo batch``: GeoParquet output, engines, resuming, bad articles.

The pipeline here is tests/batch_standin.py (a tiny stand-in injected as ``fn``), so these
tests do not depend on the gazetteer; its logs count calls and data loads across processes.
One Dask LocalCluster (2 workers) serves the whole module.
"""
from __future__ import annotations

import functools
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import dask
import geopandas as gpd
import pytest
from batch_standin import POISON, StandIn, corpus
from geopandas.testing import assert_geodataframe_equal
from shapely.geometry import Point

from geo.batch import run as batch
from geo.batch.engines import get_engine
from geo.batch.engines.dask import DaskEngine
from geo.batch.progress import Progress, format_progress
from geo.errors import InputError
from geo.models import Article

ROOT = Path(__file__).resolve().parents[2]
TESTS = Path(__file__).resolve().parents[1]

# one xdist worker runs the whole module, so it starts one cluster
pytestmark = pytest.mark.xdist_group("batch")


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    """A 2-worker LocalCluster; a task failing once is final (so a killed worker shows at once)."""
    warm_dir = tmp_path_factory.mktemp("warm")
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
        engine = DaskEngine(workers=2, setup=functools.partial(batch.warm, StandIn(warm_dir)))
    engine.warm_dir = warm_dir  # where the per-worker setup logged its loads
    yield engine
    engine.close()


def _calls(log_dir: Path) -> list[tuple[int, list[str]]]:
    """(pid, article ids) of each call the stand-in served, warm-up calls left out."""
    path = log_dir / "calls.log"
    if not path.exists():
        return []
    out = []
    for line in path.read_text().splitlines():
        pid, _, ids = line.partition(" ")
        if ids != batch._WARMUP.id:
            out.append((int(pid), ids.split(",")))
    return out


def _loads(log_dir: Path) -> list[int]:
    path = log_dir / "loads.log"
    return [int(x) for x in path.read_text().split()] if path.exists() else []


def _read(out: Path) -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]:
    paths = batch.output_paths(out)
    return gpd.read_parquet(paths.events), gpd.read_parquet(paths.places)


# --------------------------------------------------------------------------- pure parts


def test_plan_keys_follow_article_ids_and_version():
    arts = corpus(7)
    a = batch.plan(arts, 3, "v1")
    assert [len(p.articles) for p in a] == [3, 3, 1]
    assert [x.id for p in a for x in p.articles] == [x.id for x in arts]
    assert [p.key for p in a] == [p.key for p in batch.plan(arts, 3, "v1")]
    assert not {p.key for p in a} & {p.key for p in batch.plan(arts, 3, "v2")}
    # a corpus that grows at the end keeps the keys of its full partitions
    grown = batch.plan(arts + corpus(9)[7:], 3, "v1")
    assert [p.key for p in grown[:2]] == [p.key for p in a[:2]]
    assert grown[2].key != a[2].key


@pytest.mark.parametrize("size", [0, -1, 2.5, True])
def test_plan_refuses_bad_partition_size(size):
    with pytest.raises(InputError, match=repr(size)):
        batch.plan(corpus(2), size, "v")


def test_progress_line_shows_counts_rate_and_eta():
    line = format_progress(300, 1200, 25.0)
    assert "300/1,200 articles" in line and "25%" in line
    assert "25.0 articles/s" in line and "ETA 0:00:36" in line
    assert "ETA --" in format_progress(0, 10, None)


def test_progress_writes_lines_to_a_log(tmp_path):
    with open(tmp_path / "log.txt", "w+") as stream:
        bar = Progress(10, stream=stream, interval=0.0)
        for _ in range(5):
            bar.advance(2)
        bar.close()
        stream.seek(0)
        lines = stream.read().splitlines()
    assert lines[-1].startswith("[" + "#" * 24 + "]") and "10/10 articles" in lines[-1]
    assert len(lines) == 5  # one per step, no repeated last line


def test_output_paths_sit_beside_out(tmp_path):
    o = batch.output_paths(tmp_path / "run" / "events.parquet")
    assert (o.places.name, o.summary.name, o.parts.name) == (
        "events.places.parquet", "events.summary.json", "events.parts")
    with pytest.raises(InputError, match="--out"):
        batch.output_paths(tmp_path)


def test_version_changes_with_the_pipeline_function(tmp_path):
    assert batch.code_version(StandIn(tmp_path)) == batch.code_version(StandIn(tmp_path / "x"))
    assert batch.code_version(StandIn(tmp_path)) != batch.code_version(batch.load_pipeline("batch_standin:analyse"))


# --------------------------------------------------------------------------- local engine


def test_output_opens_with_geopandas_with_geometry_and_attributes(tmp_path):
    arts = corpus(12)
    fn = StandIn(tmp_path / "log")
    (tmp_path / "log").mkdir()
    summary = batch.run(arts, tmp_path / "out" / "events.parquet", fn=fn, partition_size=5, progress=False)
    events, places = _read(tmp_path / "out" / "events.parquet")
    expected = fn(arts)
    want = {e.id: e for ar in expected.articles for e in ar.events}

    assert events.crs == "EPSG:4326" and places.crs == "EPSG:4326"
    assert sorted(events["id"]) == sorted(want) and len(want) > 0
    for row in events.itertuples():
        ev = want[row.id]
        assert row.geometry.equals(Point(ev.location.lon, ev.location.lat))  # (lon, lat)
        assert (row.type, row.article_id, row.location_name) == (ev.type, ev.article_id, ev.location.name)
        assert row.date == ev.date.isoformat()
        fatalities = None if row.fatalities is None or str(row.fatalities) == "<NA>" else int(row.fatalities)
        assert fatalities == ev.fatalities
        assert ev.location.name in row.sentence
    mentions = [(ar.article.id, m.start, m.end) for ar in expected.articles for m in ar.mentions]
    assert sorted(zip(places["article_id"], places["start"], places["end"])) == sorted(mentions)
    assert all(g.geom_type == "Point" for g in places.geometry)
    # sorted by a stable key
    assert list(events["article_id"]) == sorted(events["article_id"])

    s = json.loads(batch.output_paths(tmp_path / "out" / "events.parquet").summary.read_text())
    assert s == summary
    assert s["complete"] and s["engine"]["name"] == "local"
    assert s["counts"]["articles_done"] == 12 and s["counts"]["partitions"] == 3
    assert s["counts"]["events"] == len(events) and s["counts"]["places"] == len(places)
    assert s["timings"]["articles_per_s"] > 0


def test_bad_article_is_reported_and_skipped(tmp_path):
    arts = corpus(10)
    bad = Article(id="bad-one", title="Broken feed item", text=f"Forces shelled Mosul. {POISON}", source="feed.xml")
    log = tmp_path / "log"
    log.mkdir()
    summary = batch.run([*arts[:4], bad, *arts[4:]], tmp_path / "e.parquet", fn=StandIn(log), partition_size=5,
                        progress=False)
    events, places = _read(tmp_path / "e.parquet")
    assert summary["complete"]
    assert summary["counts"]["articles_failed"] == 1
    [problem] = summary["problems"]
    assert problem["article_id"] == "bad-one" and problem["source"] == "feed.xml"
    assert problem["stage"] == "analyse" and "ValueError" in problem["error"]
    assert "bad-one" not in set(events["article_id"]) | set(places["article_id"])
    # every good article, including the bad one's partition neighbours, is there
    clean = StandIn(log)(arts)
    assert sorted(events["id"]) == sorted(e.id for ar in clean.articles for e in ar.events)


def test_read_inputs_walks_directories_and_reports_bad_files(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("Clashes near Goma\nFighters clashed near Goma on Friday.\n")
    (tmp_path / "sub" / "b.md").write_text("# Rally in Quetta\n\nResidents protested in Quetta.\n")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04 not an article")  # unknown suffix: not picked
    (tmp_path / ".hidden.txt").write_text("Editor backup in Mosul.")
    (tmp_path / "broken.json").write_bytes(b"\x89PNG\r\n\x1a\n....")
    articles, problems = batch.read_inputs([tmp_path])
    assert sorted(a.source for a in articles) == ["a.txt", "b.md"]
    [problem] = problems
    assert problem["stage"] == "ingest" and problem["source"] == "broken.json"
    with pytest.raises(InputError, match="nowhere"):
        batch.read_inputs([tmp_path / "nowhere"])


def test_no_articles_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no articles"):
        batch.run([], tmp_path / "e.parquet", fn=StandIn(tmp_path), progress=False)


def test_duplicate_articles_are_counted_once(tmp_path):
    arts = corpus(4)
    (tmp_path / "log").mkdir()
    s = batch.run(arts + arts[:2], tmp_path / "e.parquet", fn=StandIn(tmp_path / "log"), progress=False)
    assert (s["counts"]["articles_read"], s["counts"]["duplicates"], s["counts"]["articles"]) == (6, 2, 4)


class _Interrupt(StandIn):
    """Stops the run (as Ctrl-C would) on its ``after``-th call of real work."""

    def __init__(self, log_dir, after):
        super().__init__(log_dir)
        self.after, self.calls = after, 0

    def __call__(self, articles):
        if articles and articles[0].id != batch._WARMUP.id:
            self.calls += 1
            if self.calls > self.after:
                raise KeyboardInterrupt
        return super().__call__(articles)


def test_resume_does_not_redo_finished_partitions(tmp_path):
    arts = corpus(30)
    out = tmp_path / "e.parquet"
    log = tmp_path / "log"
    log.mkdir()
    version = "resume-test"
    with pytest.raises(KeyboardInterrupt):
        batch.run(arts, out, fn=_Interrupt(log, after=3), partition_size=4, progress=False, version=version)
    assert len(_calls(log)) == 3
    first = {tuple(ids) for _, ids in _calls(log)}

    (log / "calls.log").unlink()
    s = batch.run(arts, out, fn=StandIn(log), partition_size=4, progress=False, version=version)
    second = {tuple(ids) for _, ids in _calls(log)}
    assert len(second) == 8 - 3 and not first & second
    assert (s["counts"]["partitions_resumed"], s["counts"]["partitions_computed"]) == (3, 5)
    assert s["counts"]["articles_done"] == 30 and s["complete"]

    # same files as a run that was never interrupted
    ref = tmp_path / "ref.parquet"
    batch.run(arts, ref, fn=StandIn(log), partition_size=4, progress=False, version=version)
    for got, want in zip(_read(out), _read(ref)):
        assert_geodataframe_equal(got, want)

    # a third run has nothing left to do, and a new code version redoes everything
    (log / "calls.log").unlink()
    assert batch.run(arts, out, fn=StandIn(log), partition_size=4, progress=False,
                     version=version)["counts"]["partitions_computed"] == 0
    assert _calls(log) == []
    assert batch.run(arts, out, fn=StandIn(log), partition_size=4, progress=False,
                     version="new-code")["counts"]["partitions_computed"] == 8
    # ... and the complete run forgot the partitions of the old version
    parts = batch.output_paths(out)
    assert len(list(parts.parts.glob("*.parquet"))) == 2 * 8
    assert len(parts.manifest.read_text().splitlines()) == 8


def test_torn_manifest_line_and_missing_part_file_are_redone(tmp_path):
    arts = corpus(8)
    out = tmp_path / "e.parquet"
    log = tmp_path / "log"
    log.mkdir()
    batch.run(arts, out, fn=StandIn(log), partition_size=2, progress=False, version="v")
    paths = batch.output_paths(out)
    lines = paths.manifest.read_text().splitlines()
    gone = json.loads(lines[0])["key"]
    (paths.parts / f"{gone}.places.parquet").unlink()
    paths.manifest.write_text("\n".join(lines) + '\n{"key": "half-writ')
    s = batch.run(arts, out, fn=StandIn(log), partition_size=2, progress=False, version="v")
    assert (s["counts"]["partitions_resumed"], s["counts"]["partitions_computed"]) == (3, 1)


def test_engine_registry_refuses_unknown_names_and_options():
    with pytest.raises(InputError, match="'spark'"):
        get_engine("spark")
    with pytest.raises(InputError, match="--engine dask"):
        get_engine("local", workers=2)


# --------------------------------------------------------------------------- dask engine


def test_dask_output_identical_to_local(tmp_path, cluster):
    arts = corpus(40)
    (tmp_path / "log").mkdir()
    fn = StandIn(tmp_path / "log")
    local = batch.run(arts, tmp_path / "local.parquet", fn=fn, partition_size=4, progress=False)
    dist = batch.run(arts, tmp_path / "dask.parquet", fn=fn, engine=cluster, partition_size=4, progress=False)
    assert dist["engine"]["name"] == "dask" and dist["engine"]["workers"] == 2
    assert len(dist["engine"]["peak_rss_mb"]) == 2
    assert local["counts"] == dist["counts"] and local["counts"]["events"] > 20
    for a, b in zip(_read(tmp_path / "local.parquet"), _read(tmp_path / "dask.parquet")):
        assert len(a) > 0
        assert_geodataframe_equal(a, b, check_less_precise=False)
    # the work really ran in the worker processes
    assert {pid for pid, _ in _calls(tmp_path / "log")} - {os.getpid()}


def test_dask_engine_on_an_existing_scheduler(tmp_path, cluster):
    address = cluster.client.scheduler.address
    (tmp_path / "log").mkdir()
    fn = StandIn(tmp_path / "log")
    with get_engine("dask", scheduler=address, setup=functools.partial(batch.warm, fn)) as eng:
        s = batch.run(corpus(10), tmp_path / "remote.parquet", fn=fn, engine=eng, partition_size=3, progress=False)
    assert s["engine"]["scheduler"] == address and s["engine"]["workers"] == 2 and s["complete"]
    batch.run(corpus(10), tmp_path / "local.parquet", fn=fn, partition_size=3, progress=False)
    for a, b in zip(_read(tmp_path / "remote.parquet"), _read(tmp_path / "local.parquet")):
        assert_geodataframe_equal(a, b)
    with pytest.raises(InputError, match="--workers"):
        get_engine("dask", scheduler=address, workers=2)


def test_dask_loads_data_once_per_worker(tmp_path, cluster):
    log = tmp_path / "log"
    log.mkdir()
    s = batch.run(corpus(24), tmp_path / "e.parquet", fn=StandIn(log), engine=cluster, partition_size=2,
                  progress=False)
    assert s["counts"]["partitions_computed"] == 12
    pids = {pid for pid, _ in _calls(log)}
    loads = _loads(log)
    assert len(loads) == len(set(loads)) == len(pids) <= 2  # one load per worker process
    assert set(loads) == pids
    # the worker plugin ran the warm-up once in each worker, before any task
    warm = _loads(cluster.warm_dir)
    assert len(warm) == len(set(warm)) == 2 and set(warm) >= pids


def test_dask_product_pipeline_loads_gazetteer_and_areas_at_most_once_per_worker(tmp_path, cluster):
    """With geo.pipeline: after several partitions, no worker opened the data twice."""
    from geo.places import areas, gazetteer

    opens = [getattr(m, n, None) for m, n in ((gazetteer, "open_gazetteer"), (areas, "open_areas"))]
    if not all(hasattr(f, "cache_info") for f in opens):
        pytest.skip("geo.places.gazetteer/geo.places.areas no longer expose their cached open_* functions")
    texts = [f"Gunmen attacked a market in Kandahar on Monday, killing {i} people. Talks continued in Kabul."
             for i in range(2, 14)]
    arts = [Article(id=f"p{i}", title=f"Kandahar {i}", text=t) for i, t in enumerate(texts)]
    s = batch.run(arts, tmp_path / "e.parquet", fn=batch.load_pipeline(), engine=cluster, partition_size=2,
                  progress=False)
    assert s["complete"] and s["counts"]["partitions_computed"] == 6 and s["counts"]["events"] > 0
    opened = cluster.client.run(lambda: [f.cache_info().misses for f in (
        __import__("importlib").import_module("geo.places.gazetteer").open_gazetteer,
        __import__("importlib").import_module("geo.places.areas").open_areas)])
    assert max(opened.values()) == [1, 1] and all(max(v) <= 1 for v in opened.values())


def test_dask_bad_article_and_killed_worker(tmp_path, cluster):
    """A bad article is skipped; a partition whose worker dies is reported, then redone on rerun."""
    arts = corpus(12)
    bad = Article(id="bad-two", title="x", text=f"Forces clashed near Goma. {POISON}")
    killer = Article(id="killer", title="y", text="Forces clashed near Aleppo. <<exit>>")
    log = tmp_path / "log"
    log.mkdir()
    out = tmp_path / "e.parquet"
    s = batch.run([*arts[:3], bad, killer, *arts[3:]], out, fn=_Exit(log), engine=cluster, partition_size=4,
                  progress=False, version="kill-test")
    assert not s["complete"]
    failed = {p["partition"] for p in s["problems"] if p["stage"] == "partition"}
    # the killer's partition failed (a task queued on the same worker may fail with it: a task
    # whose worker dies is not retried in this cluster)
    assert 1 in failed and s["counts"]["partitions_failed"] == len(failed)
    assert s["counts"]["partitions_computed"] == 4 - len(failed)
    [problem] = [p for p in s["problems"] if p["stage"] == "analyse"]
    assert problem["article_id"] == "bad-two"
    assert "bad-two" not in set(_read(out)[0]["article_id"])
    assert "killer" not in set(_read(out)[0]["article_id"])

    (log / "calls.log").unlink()
    plan = batch.plan([*arts[:3], bad, killer, *arts[3:]], 4, "kill-test")
    s = batch.run([*arts[:3], bad, killer, *arts[3:]], out, fn=StandIn(log), engine=cluster, partition_size=4,
                  progress=False, version="kill-test")
    assert s["complete"]
    assert (s["counts"]["partitions_resumed"], s["counts"]["partitions_computed"]) == (4 - len(failed), len(failed))
    # only the failed partitions ran again
    assert sorted(map(sorted, (ids for _, ids in _calls(log)))) == sorted(
        sorted(a.id for a in plan[i].articles) for i in failed)
    assert "killer" in set(_read(out)[0]["article_id"])


class _Exit(StandIn):
    """Kills its worker process on an article holding ``<<exit>>`` (a crash no try can catch)."""

    def __call__(self, articles):
        if any("<<exit>>" in a.text for a in articles):
            os._exit(3)
        return super().__call__(articles)


# --------------------------------------------------------------------------- command line


def _cli(args, log_dir, delay=0.0, **kw):
    env = {**os.environ, "PYTHONPATH": str(TESTS), "BATCH_STANDIN_LOG": str(log_dir),
           "BATCH_STANDIN_DELAY": str(delay),
           batch.VERSION_ENV: "cli-test"}  # others edit geo/ meanwhile: pin the code version
    return subprocess.Popen([sys.executable, "-m", "geo", "batch", "--pipeline", "batch_standin:analyse", *args],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)


def _write_jsonl(path: Path, arts) -> None:
    path.write_text("".join(json.dumps({"title": a.title, "text": a.text, "date": a.date.isoformat()}) + "\n"
                            for a in arts), encoding="utf-8")


def test_cli_resumes_after_kill(tmp_path):
    inp = tmp_path / "in.jsonl"
    _write_jsonl(inp, corpus(40))
    (tmp_path / "bad.jsonl").write_text('{"text": ""}\n{"no": 1}\n')
    log = tmp_path / "log"
    log.mkdir()
    out = tmp_path / "run" / "events.parquet"
    args = ["--in", str(inp), str(tmp_path / "bad.jsonl"), "--out", str(out), "--partition-size", "4"]
    proc = _cli(args, log, delay=0.4)
    manifest = batch.output_paths(out).manifest
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if manifest.exists() and len(manifest.read_text().splitlines()) >= 3:
            break
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)
    done_first = len(manifest.read_text().splitlines())
    assert 3 <= done_first < 10
    stored_first = {tuple(ids) for _, ids in _calls(log)[:done_first]}  # the local engine runs in order
    (log / "calls.log").unlink()

    proc = _cli(args, log)
    stdout, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 0, stderr
    s = json.loads(batch.output_paths(out).summary.read_text())
    assert (s["counts"]["partitions_resumed"], s["counts"]["partitions_computed"]) == (done_first, 10 - done_first)
    second = [tuple(ids) for _, ids in _calls(log)]
    assert len(second) == 10 - done_first and not stored_first & set(second)
    assert [p["stage"] for p in s["problems"]] and {p["stage"] for p in s["problems"]} == {"ingest"}
    assert "40/40 articles" in stderr and "wrote" in stderr
    events, places = _read(out)
    assert len(events) == s["counts"]["events"] > 0 and events.geometry.notna().all()


def test_cli_refuses_workers_without_dask(tmp_path):
    proc = _cli(["--in", str(tmp_path), "--out", str(tmp_path / "e.parquet"), "--workers", "2"], tmp_path)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 1 and "--engine dask" in stderr
    proc = _cli(["--in", str(tmp_path), "--out", str(tmp_path / "e.parquet"), "--partition-size", "0"], tmp_path)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 2 and "'0'" in stderr


def test_a_warmed_worker_keeps_its_loaded_data_out_of_the_collectors_sight() -> None:
    # a long batch run would otherwise walk the gazetteer again in every full collection; in a
    # process of its own, as a worker is (freezing is for the life of the process)
    code = (
        "import gc\n"
        "from geo import pipeline\n"
        "from geo.batch import run\n"
        "run.warm(pipeline.analyse)\n"
        "print(gc.get_freeze_count())\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).parents[2])
    assert int(out.stdout.strip()) > 100_000  # the gazetteer's and the areas' objects
