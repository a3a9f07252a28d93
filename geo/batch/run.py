"""Corpus runs: ingest → pipeline → GeoParquet, in partitions that survive an interruption.

    python -m geo batch --in corpus.jsonl --out out/events.parquet --engine dask --workers 2

Beside ``--out`` (``events.parquet`` here) a run writes:

* ``events.parquet``: one row per located event, the columns of :data:`geo.maps.layers.EVENT_COLUMNS`
  and the event's geometry (a point for a town, the area for a province or country event, the
  border band for a border event);
* ``events.places.parquet``: one row per resolved place mention, a point at the place;
* ``events.summary.json``: counts, problems, timings, engine;
* ``events.parts/``: one pair of files per finished partition and ``manifest.jsonl``, the
  record of finished partitions that lets a rerun of the same command resume.

Both tables are GeoParquet in EPSG:4326 (shapely order: lon, lat), sorted by a stable key
(``article_id``, then event id / mention span), so two runs of one corpus give equal files
whatever the engine.

The app opens them (upload ``events.parquet`` with its ``events.places.parquet``) with the same
layers and filters as a live map; from Python, ``geo.batch.view.layers_from_parquet(out)``.

A partition is known by a hash of its article ids and of the code and data version
(:func:`code_version`): a rerun skips partitions already in the manifest, and a change of
code, data or ``--partition-size`` recomputes them (to resume across a change known not to
alter results, pin the version: ``BORDERLINES_BATCH_VERSION=<the summary's "version">``).
Partition files are written to a temporary name then renamed, so the manifest only names
complete files. An article the pipeline fails on is reported in the summary and skipped; a
partition that fails as a whole (a lost worker) is reported, left out, and retried by the
next run.

From Python::

    from geo.batch import run as batch
    from geo.ingest import readers as ingest
    summary = batch.run(ingest.read_files(["corpus.jsonl"]).articles, "out/events.parquet",
                        engine="dask", workers=2)

Dask starts its workers with multiprocessing's "spawn": a script that uses ``engine="dask"``
must keep that call under ``if __name__ == "__main__":`` (``python -m geo batch`` does).
"""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import importlib
import json
import os
import socket
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import geo
from geo.batch.progress import Progress, format_progress
from geo.batch.records import Outputs, Partition, PartitionOutput, output_paths
from geo.errors import BorderlinesError, DataError, InputError
from geo.models import Article, Result

if TYPE_CHECKING:
    from geo.batch.engines import Engine

__all__ = [
    "AnalyseFn",
    "BATCH_LIMITS",
    "DEFAULT_PARTITION_SIZE",
    "DEFAULT_PIPELINE",
    "Outputs",
    "VERSION_ENV",
    "Partition",
    "PartitionOutput",
    "Progress",
    "analyse_partition",
    "code_version",
    "format_progress",
    "load_pipeline",
    "output_paths",
    "plan",
    "read_inputs",
    "run",
    "run_paths",
    "warm",
]

#: The per-partition function: ``analyse(articles) -> Result`` (geo.pipeline.analyse in the product).
AnalyseFn = Callable[[list[Article]], Result]

DEFAULT_PARTITION_SIZE = 50
DEFAULT_PIPELINE = "geo.pipeline:analyse"
CRS = "EPSG:4326"
#: Bump when the layout of partition files changes (part of every partition key).
SCHEMA = 1
#: Environment variable that pins the code version of partition keys (see :func:`code_version`).
VERSION_ENV = "BORDERLINES_BATCH_VERSION"
#: Suffixes picked up when ``--in`` names a directory.
INPUT_SUFFIXES = (".txt", ".md", ".html", ".htm", ".csv", ".jsonl", ".json", ".xml", ".rss", ".atom")

_INT_COLUMNS = frozenset(
    {"time_precision", "precision", "fatalities", "trigger_start", "trigger_end", "place_start",
     "place_end", "start", "end", "mentions"}
)
_FLOAT_COLUMNS = frozenset({"lat", "lon", "score"})
_BOOL_COLUMNS = frozenset({"approximate"})
_SORT_KEYS = {"events": ["article_id", "id"], "places": ["article_id", "start", "end", "id"]}

# Our own sentence, analysed once per worker to load the pipeline's cached data before any task.
_WARMUP = Article(
    id="batch-warmup",
    title="Warm-up",
    text="Ministers met in Geneva on Monday after clashes near the border between Armenia and Azerbaijan.",
    source="batch-warmup",
)


# --------------------------------------------------------------------------- records


# --------------------------------------------------------------------------- versions and plan


def _fn_identity(fn: Callable[..., Any]) -> tuple[str, bytes]:
    module = getattr(fn, "__module__", None) or type(fn).__module__
    name = getattr(fn, "__qualname__", None) or type(fn).__qualname__
    source = b""
    file = getattr(sys.modules.get(module), "__file__", None)
    if file and Path(file).is_file():
        source = Path(file).read_bytes()
    return f"{module}:{name}", source


def code_version(fn: Callable[..., Any] | None = None) -> str:
    """A short hash of the package's code, the embedded data and the pipeline function.

    Part of every partition key, so a rerun after a code or data change recomputes everything.
    Data is identified by ``data/MANIFEST.json`` when it exists, else by file names, sizes and
    modification times (hashing hundreds of MB on every run would cost more than it saves).
    """
    h = hashlib.sha256(f"schema {SCHEMA}\n".encode())
    package = Path(geo.__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        h.update(str(path.relative_to(package)).encode() + b"\0" + path.read_bytes() + b"\0")
    data = package.parent / "data"
    manifest = data / "MANIFEST.json"
    if manifest.is_file():
        h.update(manifest.read_bytes())
    elif data.is_dir():
        for path in sorted(p for p in data.rglob("*") if p.is_file()):
            st = path.stat()
            h.update(f"{path.relative_to(data)}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    if fn is not None:
        name, source = _fn_identity(fn)
        h.update(name.encode() + b"\0" + source)
    return h.hexdigest()[:16]


def _partition_key(ids: Iterable[str], version: str) -> str:
    h = hashlib.sha256(version.encode() + b"\n")
    for article_id in ids:
        h.update(article_id.encode() + b"\n")
    return h.hexdigest()[:24]


def plan(articles: Sequence[Article], partition_size: int, version: str) -> list[Partition]:
    """Cut ``articles`` (in order) into partitions of ``partition_size`` keyed by ids + version.

    >>> a = [Article(id=str(i), title="", text="x") for i in range(5)]
    >>> [len(p.articles) for p in plan(a, 2, "v1")]
    [2, 2, 1]
    """
    if not isinstance(partition_size, int) or isinstance(partition_size, bool) or partition_size < 1:
        raise InputError(f"--partition-size must be a positive integer, not {partition_size!r}")
    parts = []
    for index, start in enumerate(range(0, len(articles), partition_size)):
        chunk = tuple(articles[start : start + partition_size])
        # keyed by content (and the id the caller gave it), so an edited article with the same id is redone
        parts.append(Partition(index, _partition_key((f"{a.id}\t{a.content_hash}" for a in chunk), version), chunk))
    return parts


# --------------------------------------------------------------------------- one partition


def _frames(result: Result) -> tuple[Any, Any, int]:
    """(events, places, events found) of one Result, through geo.maps.layers."""
    from geo.maps import layers

    if not isinstance(result, Result):
        raise DataError(f"the pipeline returned {type(result).__name__!r}, not a geo.models.Result")
    # every event is kept, whatever its modality: the map that opens the batch filters them
    built = layers.build(result, layers.Filters(modalities=None))
    found = sum(len(ar.events) for ar in result.articles)
    return built.events, built.places, found


@functools.cache
def _empty_frames() -> tuple[Any, Any]:
    from geo.maps import layers

    built = layers.build(Result())
    return built.events, built.places


def _normalize(frame: Any) -> Any:
    """Fixed dtypes whatever a partition holds (an all-None column must not change the schema)."""
    import geopandas as gpd

    out = frame.copy()
    for col in out.columns:
        if col == "geometry":
            continue
        if col in _INT_COLUMNS:
            out[col] = out[col].astype("Int64")
        elif col in _FLOAT_COLUMNS:
            out[col] = out[col].astype("float64")
        elif col in _BOOL_COLUMNS:
            out[col] = out[col].fillna(False).astype(bool)
        else:
            out[col] = out[col].astype("string")
    return gpd.GeoDataFrame(out, geometry="geometry", crs=CRS)


def _concat(frames: list[Any], which: str) -> Any:
    import geopandas as gpd
    import pandas as pd

    empty = _empty_frames()[0 if which == "events" else 1]
    frames = [f for f in frames if len(f)]
    if not frames:
        return _normalize(empty)
    merged = pd.concat([_normalize(f) for f in frames], ignore_index=True)
    return _normalize(gpd.GeoDataFrame(merged, geometry="geometry", crs=CRS))


def _problem(stage: str, err: BaseException, article: Article | None = None, **extra: Any) -> dict[str, Any]:
    text = f"{type(err).__name__}: {err}"
    out: dict[str, Any] = {"stage": stage, "error": text[:500]}
    if article is not None:
        out.update(article_id=article.id, source=article.source, title=article.title[:200])
    out.update(extra)
    return out


def _complete_only(result: Result, problems: list[dict[str, Any]]) -> Result:
    """The articles analysed whole; one stopped at its time budget is skipped and reported
    (a batch holds whole articles only: half an article's events would skew counts)."""
    kept = []
    for ar in result.articles:
        if getattr(ar, "complete", True):
            kept.append(ar)
            continue
        note = next((n for n in ar.notes if "stopped" in n), "stopped at its time budget")
        problems.append({"stage": "budget", "error": f"skipped: {note}"[:500], "article_id": ar.article.id,
                         "source": ar.article.source, "title": ar.article.title[:200]})
    if len(kept) == len(result.articles):
        return result
    return replace(result, articles=tuple(kept))


def analyse_partition(partition: Partition, fn: AnalyseFn, parts_dir: str | None = None) -> PartitionOutput:
    """Run ``fn`` on a partition and turn the Result into event and place frames (worker side).

    The whole partition goes through ``fn`` at once; when that raises, each article is retried
    alone, and the ones that still fail are reported in ``problems`` and skipped. With
    ``parts_dir`` the worker writes the partition's files there itself (in parallel with the
    other workers) and sends back only counts; without it, the frames travel back.
    """
    t0, c0 = time.perf_counter(), time.process_time()
    events, places, found = [], [], 0
    problems: list[dict[str, Any]] = []
    try:
        ev, pl, found = _frames(_complete_only(fn(list(partition.articles)), problems))
        events.append(ev)
        places.append(pl)
    except Exception:
        found = 0
        problems.clear()
        for article in partition.articles:
            try:
                ev, pl, n = _frames(_complete_only(fn([article]), problems))
            except Exception as err:  # a bad article is skipped, never fatal
                problems.append(_problem("analyse", err, article))
                continue
            events.append(ev)
            places.append(pl)
            found += n
    ev_frame, pl_frame = _concat(events, "events"), _concat(places, "places")
    if parts_dir is not None:
        ev_path, pl_path = _part_files(Path(parts_dir), partition.key)
        _write_parquet(ev_frame, ev_path)
        _write_parquet(pl_frame, pl_path)
    return PartitionOutput(
        key=partition.key,
        index=partition.index,
        articles=len(partition.articles),
        n_events=len(ev_frame),
        n_places=len(pl_frame),
        events_found=found,
        problems=tuple(problems),
        seconds=time.perf_counter() - t0,
        cpu_seconds=time.process_time() - c0,
        worker=f"{socket.gethostname()}:{os.getpid()}",
        events=None if parts_dir is not None else ev_frame,
        places=None if parts_dir is not None else pl_frame,
    )


def warm(fn: AnalyseFn) -> None:
    """Analyse one short article of our own so the pipeline's cached data (gazetteer, areas)
    loads now: engines call it once per worker process, before its first partition."""
    try:
        _frames(fn([_WARMUP]))
    except Exception:  # a broken pipeline is reported per article by the tasks themselves
        return
    from geo.pipeline import settle

    settle()  # the worker's loaded data is out of the collector's sight for all its partitions


# --------------------------------------------------------------------------- progress


# --------------------------------------------------------------------------- files


def _tmp(path: Path) -> Path:
    return path.with_name(f".{path.name}.{os.getpid()}.tmp")


def _write_parquet(frame: Any, path: Path) -> None:
    """GeoParquet written to a temporary file then renamed: a reader never sees half a file."""
    tmp = _tmp(path)
    try:
        frame.to_parquet(tmp, index=False)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def _write_json(data: Any, path: Path) -> None:
    from geo.files import atomic_write

    atomic_write(path, (json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False) + "\n").encode("utf-8"))


def _part_files(parts: Path, key: str) -> tuple[Path, Path]:
    return parts / f"{key}.events.parquet", parts / f"{key}.places.parquet"


def _read_manifest(outputs: Outputs) -> dict[str, dict[str, Any]]:
    """Finished partitions by key; a torn last line (killed while appending) is ignored."""
    done: dict[str, dict[str, Any]] = {}
    if not outputs.manifest.is_file():
        return done
    for line in outputs.manifest.read_text(encoding="utf-8").splitlines():
        try:
            entry = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(entry, dict) and _MANIFEST_FIELDS <= entry.keys() and isinstance(entry["key"], str):
            if all(p.is_file() for p in _part_files(outputs.parts, entry["key"])):
                done[entry["key"]] = entry
    return done


def _prune(outputs: Outputs, keep: dict[str, dict[str, Any]]) -> None:
    """After a complete run: forget partitions of other versions or partition sizes."""
    names = {f.name for key in keep for f in _part_files(outputs.parts, key)}
    for path in outputs.parts.glob("*.parquet"):
        if path.name not in names:
            path.unlink(missing_ok=True)
    tmp = _tmp(outputs.manifest)
    try:
        tmp.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in keep.values()), encoding="utf-8")
        os.replace(tmp, outputs.manifest)
    finally:
        tmp.unlink(missing_ok=True)


_MANIFEST_FIELDS = frozenset({"key", "index", "articles", "events", "events_found", "places", "problems",
                              "seconds", "cpu_seconds", "worker"})


def _store(output: PartitionOutput, outputs: Outputs) -> dict[str, Any]:
    """Write a partition's files (unless its worker did), then append it to the manifest: the
    manifest only ever names complete files, which is what makes a run resumable."""
    if output.events is not None:
        ev_path, pl_path = _part_files(outputs.parts, output.key)
        _write_parquet(output.events, ev_path)
        _write_parquet(output.places, pl_path)
    entry = {
        "key": output.key,
        "index": output.index,
        "articles": output.articles,
        "events": output.n_events,
        "events_found": output.events_found,
        "places": output.n_places,
        "problems": list(output.problems),
        "seconds": round(output.seconds, 4),
        "cpu_seconds": round(output.cpu_seconds, 4),
        "worker": output.worker,
    }
    with outputs.manifest.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(entry, ensure_ascii=False) + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    return entry


def _read_parts(paths: list[Path], which: str) -> Any:
    """Partition files -> one frame. Arrow tables are joined first so the geometry and its CRS
    are decoded once, not once per file (parsing the CRS dominated the time)."""
    import geopandas as gpd
    import pyarrow as pa
    import pyarrow.parquet as pq

    if not paths:
        return _concat([], which)
    table = pa.concat_tables([pq.read_table(p) for p in paths], promote_options="permissive")
    frame = table.to_pandas()
    geometry = gpd.GeoSeries.from_wkb(frame.pop("geometry"), crs=CRS)
    return _normalize(gpd.GeoDataFrame(frame, geometry=geometry, crs=CRS))


def _assemble(partitions: Sequence[Partition], done: dict[str, dict[str, Any]], outputs: Outputs) -> tuple[Any, Any]:
    """The finished partitions' files joined, sorted by the stable key of each table."""
    files = [_part_files(outputs.parts, p.key) for p in partitions if p.key in done]
    result = []
    for i, which in enumerate(("events", "places")):
        frame = _read_parts([f[i] for f in files], which)
        keys = [k for k in _SORT_KEYS[which] if k in frame.columns]
        if keys and len(frame):
            frame = frame.sort_values(keys, kind="mergesort", na_position="first").reset_index(drop=True)
        result.append(frame)
    return result[0], result[1]


# --------------------------------------------------------------------------- runs


def load_pipeline(spec: str = DEFAULT_PIPELINE) -> AnalyseFn:
    """Import ``"module:function"`` (default ``geo.pipeline:analyse``), the per-partition function."""
    module_name, sep, attr = spec.partition(":")
    if not sep or not module_name or not attr:
        raise InputError(f"--pipeline must look like module:function, not {spec!r}")
    try:
        module = importlib.import_module(module_name)
    except ImportError as err:
        raise InputError(f"cannot import the pipeline {spec!r}: {err}") from err
    fn = getattr(module, attr, None)
    if not callable(fn):
        raise InputError(f"{spec!r} is not a function")
    return fn


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def run(
    articles: Iterable[Article],
    out: str | os.PathLike[str],
    *,
    fn: AnalyseFn | None = None,
    engine: str | Engine = "local",
    workers: int | None = None,
    scheduler: str | None = None,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    progress: IO[str] | None | bool = True,
    problems: Sequence[dict[str, Any]] = (),
    version: str | None = None,
    timings: dict[str, float] | None = None,
) -> dict[str, Any]:
    """Analyse ``articles`` in partitions on ``engine`` and write GeoParquet beside ``out``.

    Returns the run summary (also written to ``<stem>.summary.json``). ``fn`` defaults to
    ``geo.pipeline.analyse``; ``problems`` are earlier ones (ingest) to report with the run's;
    ``progress`` is a stream, True for stderr or False/None for silence. Finished partitions
    found in the manifest are not recomputed. ``engine`` is a name of
    :data:`geo.batch.engines.ENGINES` (started and closed here, with :func:`warm` as its per-worker
    setup) or a running :class:`~geo.batch.engines.Engine`, left open for the caller to reuse.

    Example (a cluster run; ``tests/batch/test_run.py`` runs it on a small corpus)::

        summary = run(articles, "out/events.parquet", engine="dask", workers=2)
        summary["counts"]["events"]
    """
    from geo.batch.engines import get_engine

    t_start = time.perf_counter()
    started = _now()
    fn = fn if fn is not None else load_pipeline()
    outputs = output_paths(out)
    unique: list[Article] = []
    seen: set[str] = set()
    total_in = 0
    for article in articles:
        total_in += 1
        if not isinstance(article, Article):
            raise InputError(f"batch.run expects Article records, got {type(article).__name__!r}")
        if article.id not in seen:
            seen.add(article.id)
            unique.append(article)
    if not unique:
        raise InputError("there are no articles to analyse")
    version = version or os.environ.get(VERSION_ENV, "").strip() or code_version(fn)
    partitions = plan(unique, partition_size, version)

    outputs.parts.mkdir(parents=True, exist_ok=True)
    for stale in outputs.parts.glob(".*.tmp"):
        stale.unlink(missing_ok=True)  # left by a run killed mid-write
    done = _read_manifest(outputs)
    pending = [p for p in partitions if p.key not in done]
    resumed = [p for p in partitions if p.key in done]

    # start the engine (cluster, data loaded in each worker) only when there is work
    t_engine = time.perf_counter()
    owned = None
    if isinstance(engine, str):
        if pending:
            owned = get_engine(engine, workers=workers, scheduler=scheduler, setup=functools.partial(warm, fn))
        eng, engine_name = owned, engine
    else:
        eng, engine_name = engine, engine.name
    start_s = time.perf_counter() - t_engine

    stream = sys.stderr if progress is True else (progress or None)
    bar = Progress(len(unique), done=sum(len(p.articles) for p in resumed), stream=stream) if stream else None
    failed: list[dict[str, Any]] = []
    computed = 0
    t_analyse = time.perf_counter()
    # workers that share our disk write their partition files themselves, in parallel
    shared_disk = eng is not None and getattr(eng, "shared_disk", False)
    work = functools.partial(analyse_partition, fn=fn, parts_dir=str(outputs.parts) if shared_disk else None)
    engine_info: dict[str, Any] = {"workers": 0, "scheduler": None, "peak_rss_mb": {}}
    try:
        if eng is not None:
            for part, output in eng.map(pending, work):
                if isinstance(output, BaseException):
                    failed.append(_problem("partition", output, partition=part.index, articles=len(part.articles)))
                else:
                    done[part.key] = _store(output, outputs)
                    computed += 1
                if bar:
                    bar.advance(len(part.articles))
            engine_info = eng.info()
    finally:
        if owned is not None:
            owned.close()
    analyse_s = time.perf_counter() - t_analyse
    if bar:
        bar.close()

    t_write = time.perf_counter()
    events, places = _assemble(partitions, done, outputs)
    outputs.events.parent.mkdir(parents=True, exist_ok=True)
    _write_parquet(events, outputs.events)
    _write_parquet(places, outputs.places)
    write_s = time.perf_counter() - t_write

    entries = [done[p.key] for p in partitions if p.key in done]
    if not failed:
        _prune(outputs, {p.key: done[p.key] for p in partitions})
    article_problems = [pr for e in entries for pr in e.get("problems", ())]
    analysed_now = sum(done[p.key]["articles"] for p in pending if p.key in done)
    summary = {
        "complete": not failed,
        "outputs": {"events": str(outputs.events), "places": str(outputs.places)},
        "engine": {"name": engine_name, "partition_size": partition_size, **engine_info},
        "version": version,
        "counts": {
            "articles_read": total_in,
            "duplicates": total_in - len(unique),
            "articles": len(unique),
            "articles_done": sum(e["articles"] for e in entries),
            "articles_failed": len(article_problems),
            "partitions": len(partitions),
            "partitions_resumed": len(resumed),
            "partitions_computed": computed,
            "partitions_failed": len(failed),
            "events": len(events),
            "events_unlocated": sum(e["events_found"] - e["events"] for e in entries),
            "places": len(places),
            "problems": len(problems) + len(article_problems) + len(failed),
        },
        "problems": [*problems, *article_problems, *failed],
        "timings": {
            **(timings or {}),
            "engine_start_s": round(start_s, 3),
            "analyse_s": round(analyse_s, 3),
            "write_s": round(write_s, 3),
            "total_s": round(time.perf_counter() - t_start + (timings or {}).get("ingest_s", 0.0), 3),
            "articles_per_s": round(analysed_now / analyse_s, 2) if analysed_now and analyse_s > 0 else None,
            "cpu_s": round(sum(done[p.key]["cpu_seconds"] for p in pending if p.key in done), 3),
        },
        "started": started,
        "finished": _now(),
    }
    _write_json(summary, outputs.summary)
    return summary


#: Limits of geo.config raised for corpus runs (a corpus is many interactive batches at once),
#: unless the environment sets them; the files are still read one at a time.
BATCH_LIMITS = {"max_articles": 1_000_000, "max_file_bytes": 2_000_000_000}


def _batch_limits():
    from geo.config import raised_defaults

    return raised_defaults(**BATCH_LIMITS)


def read_inputs(paths: Sequence[str | os.PathLike[str]]) -> tuple[list[Article], list[dict[str, Any]]]:
    """Read files, directories (their files with a known suffix, sorted) and feeds via geo.ingest.readers.

    Returns the articles (duplicates dropped by geo.ingest.readers) and the ingest problems as plain
    dicts. Corpus-sized :data:`BATCH_LIMITS` apply unless ``BORDERLINES_MAX_ARTICLES`` /
    ``BORDERLINES_MAX_FILE_BYTES`` are set.
    """
    from geo.ingest import readers as ingest
    from geo.serialize import to_jsonable

    files: list[str] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in INPUT_SUFFIXES and not p.name.startswith(".")
            )
            if not found:
                raise InputError(f"{str(raw)!r} holds no file ending in {', '.join(INPUT_SUFFIXES)}")
            files.extend(str(p) for p in found)
        elif path.exists():
            files.append(str(path))
        else:
            raise InputError(f"no such file or directory: {str(raw)!r}")
    with _batch_limits():
        report = ingest.read_files(files)
    problems = []
    for p in getattr(report, "problems", ()):
        try:
            plain = to_jsonable(p)
        except BorderlinesError:
            plain = str(p)
        problems.append({"stage": "ingest", **(plain if isinstance(plain, dict) else {"error": str(plain)})})
    if not report.articles:
        first = f": {problems[0].get('message') or problems[0].get('error')}" if problems else ""
        raise InputError(f"no article could be read from {[str(p) for p in paths]!r}{first}")
    return list(report.articles), problems


def run_paths(paths: Sequence[str | os.PathLike[str]], out: str | os.PathLike[str], **options: Any) -> dict[str, Any]:
    """:func:`read_inputs` then :func:`run` (what ``python -m geo batch`` calls)."""
    t0 = time.perf_counter()
    articles, problems = read_inputs(paths)
    return run(articles, out, problems=problems, timings={"ingest_s": round(time.perf_counter() - t0, 3)}, **options)
