"""``python -m geo batch --in CORPUS... --out events.parquet``: a whole corpus to GeoParquet.

Reads files, directories and feeds (geo.ingest.readers), runs geo.pipeline on partitions of
``--partition-size`` articles on one core (``--engine local``) or on Dask workers
(``--engine dask [--workers N | --scheduler ADDRESS]``), shows progress on stderr and writes
``events.parquet``, ``events.places.parquet`` and ``events.summary.json`` (see geo.batch.run).
Interrupted? Run the same command again: finished partitions are not recomputed.
Exit status: 0 when every partition finished, 1 otherwise (rerun to retry the failed ones).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from geo.errors import InputError

HELP = "analyse a corpus (files, directories, feeds) into GeoParquet, resumable, optionally on Dask"


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a positive integer, not {text!r}")
    return value


def add_arguments(p: argparse.ArgumentParser) -> None:
    from geo.batch.engines import ENGINES
    from geo.batch.run import DEFAULT_PARTITION_SIZE, DEFAULT_PIPELINE

    p.add_argument("--in", dest="inputs", nargs="+", required=True, metavar="PATH",
                   help="article files (.txt .md .html .csv .jsonl .json, RSS/Atom) or directories")
    p.add_argument("--out", required=True, type=Path, help="events GeoParquet, e.g. out/events.parquet")
    p.add_argument("--engine", choices=sorted(ENGINES), default="local", help="where partitions run (default local)")
    p.add_argument("--workers", type=_positive, metavar="N",
                   help="Dask workers of a local cluster (default: CPU count)")
    p.add_argument("--scheduler", metavar="ADDRESS", help="address of an existing Dask scheduler, e.g. tcp://host:8786")
    p.add_argument("--partition-size", type=_positive, default=DEFAULT_PARTITION_SIZE, metavar="N",
                   help=f"articles per partition, the unit of work and of resuming (default {DEFAULT_PARTITION_SIZE})")
    p.add_argument("--pipeline", default=DEFAULT_PIPELINE, metavar="MODULE:FUNCTION",
                   help=f"per-partition function articles -> Result (default {DEFAULT_PIPELINE})")
    p.add_argument("--quiet", action="store_true", help="no progress bar")


def run(args: argparse.Namespace) -> int:
    from geo.batch import run as batch

    if args.engine == "local" and (args.workers not in (None, 1) or args.scheduler):
        raise InputError(f"--workers/--scheduler need --engine dask (got --engine {args.engine!r})")
    fn = batch.load_pipeline(args.pipeline)
    out = batch.output_paths(args.out)
    try:
        summary = batch.run_paths(
            args.inputs, args.out, fn=fn, engine=args.engine, workers=args.workers, scheduler=args.scheduler,
            partition_size=args.partition_size, progress=not args.quiet,
        )
    except KeyboardInterrupt:
        print(f"\ninterrupted: finished partitions are kept in {out.parts}; "
              "run the same command again to resume", file=sys.stderr)
        return 130
    c, t = summary["counts"], summary["timings"]
    print(
        f"{c['articles_done']:,}/{c['articles']:,} articles ({c['partitions_resumed']} of {c['partitions']} "
        f"partitions resumed), {c['events']:,} events, {c['places']:,} place mentions, "
        f"{c['problems']:,} problem{'' if c['problems'] == 1 else 's'} in {t['total_s']:.1f} s\n"
        f"wrote {out.events}, {out.places} and {out.summary}",
        file=sys.stderr,
    )
    if not summary["complete"]:
        print(f"error: {c['partitions_failed']} partitions failed (see {out.summary}); "
              "run the same command again to retry them", file=sys.stderr)
        return 1
    return 0
