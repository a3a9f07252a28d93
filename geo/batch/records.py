"""The records a corpus run passes around: partitions of articles, what one partition produced, and where a run's files go."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from geo.errors import InputError
from geo.models import Article


@dataclass(frozen=True, slots=True)
class Partition:
    """A slice of the corpus, run as one task; ``key`` names it in the manifest."""

    index: int
    key: str
    articles: tuple[Article, ...]


@dataclass(frozen=True)
class PartitionOutput:
    """What a worker sends back for one partition.

    ``events``/``places`` are the frames (EPSG:4326) when the driver writes them; None when the
    worker already wrote the partition's files itself (engines whose workers share our disk).
    """

    key: str
    index: int
    articles: int
    n_events: int  # located events (rows of the events file)
    n_places: int  # resolved mentions (rows of the places file)
    events_found: int  # events the pipeline read, located or not
    problems: tuple[dict[str, Any], ...]
    seconds: float
    cpu_seconds: float
    worker: str
    events: Any = None  # geopandas.GeoDataFrame, columns of geo.maps.layers events
    places: Any = None  # geopandas.GeoDataFrame, columns of geo.maps.layers places


@dataclass(frozen=True, slots=True)
class Outputs:
    """Where a run writes, derived from ``--out`` by :func:`output_paths`."""

    events: Path
    places: Path
    summary: Path
    parts: Path

    @property
    def manifest(self) -> Path:
        return self.parts / "manifest.jsonl"


def output_paths(out: str | os.PathLike[str]) -> Outputs:
    """``out/events.parquet`` → events, ``events.places.parquet``, ``events.summary.json``, ``events.parts/``."""
    path = Path(out)
    if not path.name or path.name in (".", "..") or path.is_dir():
        raise InputError(f"--out must be a file name such as events.parquet, not {str(out)!r}")
    stem = path.name.removesuffix(".parquet") or "events"
    return Outputs(
        events=path,
        places=path.with_name(f"{stem}.places.parquet"),
        summary=path.with_name(f"{stem}.summary.json"),
        parts=path.with_name(f"{stem}.parts"),
    )
