"""The single-process engine: partitions run one after the other in this process (one core)."""
from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

from geo.batch.engines import EngineBase, peak_rss_mb
from geo.errors import InputError

__all__ = ["LocalEngine"]

T = TypeVar("T")


class LocalEngine(EngineBase):
    """Run every partition here, in order; ``setup`` runs once, when the engine starts."""

    name = "local"
    shared_disk = True  # the "worker" is this process

    def _check(self, workers: int | None, scheduler: str | None) -> None:
        if workers not in (None, 1):
            raise InputError(f"the local engine uses one process, not --workers {workers!r}; use --engine dask")
        if scheduler is not None:
            raise InputError(f"--scheduler {scheduler!r} needs --engine dask")

    def _start(self, workers: int | None, scheduler: str | None, setup: Callable[[], object] | None) -> None:
        if setup is not None:
            setup()  # at start, as a Dask worker does: the data loads before the first partition

    def map(self, tasks: Sequence[T], work: Callable[[T], Any]) -> Iterator[tuple[T, Any | BaseException]]:
        """Yield ``(task, work(task))``, or ``(task, exception)`` when ``work`` raised an Exception.

        KeyboardInterrupt and other BaseExceptions propagate: they stop the run.
        """
        for task in tasks:
            try:
                out = work(task)
            except Exception as err:  # one partition failing never stops the others
                yield task, err
            else:
                yield task, out

    def info(self) -> dict[str, Any]:
        """One worker: this process, with its peak resident memory."""
        return {"workers": 1, "scheduler": None, "peak_rss_mb": {"local": peak_rss_mb()}}

    def close(self) -> None:
        """Nothing to release."""
