"""Execution engines of :mod:`geo.batch.run`: where the partitions of a corpus run.

An engine takes partitions and a picklable ``work(partition) -> output`` callable and yields
``(partition, output or exception)`` pairs as partitions finish, in any order. It also runs a
``setup()`` callable once per worker process before any task, so the data the pipeline loads
lazily (gazetteer, areas) is loaded once per worker, never once per task.

Registry: add an engine by writing ``geo/batch/engines/<name>.py`` with a class following
:class:`Engine` and naming it in :data:`ENGINES` below.
"""
from __future__ import annotations

import importlib
import resource
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Protocol, Self, TypeVar

from geo.errors import InputError

__all__ = ["Engine", "EngineBase", "ENGINES", "get_engine", "peak_rss_mb"]

T = TypeVar("T")

#: Engine name -> "module:Class" (edit here when adding one; modules are imported lazily).
ENGINES: dict[str, str] = {
    "local": "geo.batch.engines.local:LocalEngine",
    "dask": "geo.batch.engines.dask:DaskEngine",
}


class Engine(Protocol):
    """What :func:`geo.batch.run` needs from an engine (use it as a context manager)."""

    name: str
    #: True when the workers write to this machine's disk (they then write partition files).
    shared_disk: bool

    def map(self, tasks: Sequence[T], work: Callable[[T], Any]) -> Iterator[tuple[T, Any | BaseException]]:
        """Run ``work`` on every task; yield ``(task, result)`` or ``(task, exception)`` as each ends."""
        ...

    def info(self) -> dict[str, Any]:
        """Facts for the run summary: workers, scheduler, peak memory per worker (MB)."""
        ...

    def close(self) -> None:
        """Release processes and connections (idempotent)."""
        ...

    def __enter__(self) -> Engine: ...

    def __exit__(self, *exc: object) -> None: ...


class EngineBase:
    """What every engine shares: the constructor :func:`get_engine` calls, and the context manager.

    A subclass checks its options in ``_check`` and starts in ``_start``; when starting fails
    half way, ``close()`` runs before the error leaves, so no worker process is left behind.
    """

    name: str
    shared_disk: bool

    def __init__(
        self,
        workers: int | None = None,
        scheduler: str | None = None,
        setup: Callable[[], object] | None = None,
    ) -> None:
        self._check(workers, scheduler)
        try:
            self._start(workers, scheduler, setup)
        except BaseException:
            self.close()
            raise

    def _check(self, workers: int | None, scheduler: str | None) -> None:
        """Refuse options this engine cannot honour (:class:`InputError`, before anything starts)."""
        raise NotImplementedError

    def _start(self, workers: int | None, scheduler: str | None, setup: Callable[[], object] | None) -> None:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def get_engine(
    name: str,
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    setup: Callable[[], object] | None = None,
) -> Engine:
    """Start the engine called ``name`` (see :data:`ENGINES`), e.g. ``get_engine("dask", workers=2)``."""
    if name not in ENGINES:
        raise InputError(f"unknown engine {name!r}; choose one of {', '.join(sorted(ENGINES))}")
    module_name, _, class_name = ENGINES[name].partition(":")
    cls = getattr(importlib.import_module(module_name), class_name)
    return cls(workers=workers, scheduler=scheduler, setup=setup)


def peak_rss_mb() -> float:
    """Peak resident memory of this process in MB.

    VmHWM from /proc (Linux) is the peak of this process image alone; ``ru_maxrss`` (the
    fallback) also counts the parent's memory when the process was forked then exec'd, as
    spawned Dask workers are.
    """
    try:
        for line in open("/proc/self/status", encoding="ascii"):
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)  # kB
    except (OSError, ValueError):
        pass
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)  # kB on Linux
