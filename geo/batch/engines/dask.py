"""The Dask engine: partitions as a dask.bag on a LocalCluster (processes, 1 thread each) or on
an existing cluster given by its scheduler address.

Each worker process runs ``setup()`` once through a worker plugin when it starts (or when the
plugin is registered), so the pipeline's lazily cached data (gazetteer, areas) is loaded once
per worker and every later task in that process reuses it.
"""
from __future__ import annotations

import logging
import os
import warnings
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

from geo.batch.engines import EngineBase, peak_rss_mb
from geo.errors import InputError

# This module is imported only when the dask engine is chosen (see geo/engines/__init__.py).
try:
    import dask.bag as db
    import distributed
except ImportError as err:
    raise InputError(
        f"--engine dask needs dask and distributed (pip install -r requirements.txt): {err}"
    ) from err

__all__ = ["DaskEngine"]

T = TypeVar("T")

PLUGIN_NAME = "borderlines-setup"


class _Setup(distributed.WorkerPlugin):
    """Worker plugin: run ``setup()`` once in each worker process, before its first task."""

    def __init__(self, setup: Callable[[], object]) -> None:
        self._setup = setup

    def setup(self, worker: Any) -> None:
        self._setup()

    def teardown(self, worker: Any) -> None:
        return None


class DaskEngine(EngineBase):
    """Partitions on Dask workers: ``DaskEngine(workers=2)`` or ``DaskEngine(scheduler="tcp://host:8786")``."""

    name = "dask"

    def _check(self, workers: int | None, scheduler: str | None) -> None:
        if workers is not None and (not isinstance(workers, int) or workers < 1):
            raise InputError(f"--workers must be a positive integer, not {workers!r}")
        if workers is not None and scheduler is not None:
            raise InputError(
                f"--workers {workers!r} applies to a local cluster; the cluster at {scheduler!r} has its own"
            )

    def _start(self, workers: int | None, scheduler: str | None, setup: Callable[[], object] | None) -> None:
        # set first: close(), which runs when starting fails, reads them
        self._cluster = None
        self._client = None
        self.scheduler = scheduler
        # workers of a cluster we start here write to our disk; a remote cluster's may not
        self.shared_disk = scheduler is None
        if scheduler is not None:
            try:
                self._client = distributed.Client(scheduler, timeout="15s")
            except (OSError, TimeoutError, ValueError) as err:
                raise InputError(f"cannot reach the Dask scheduler {scheduler!r}: {err}") from err
        else:
            # processes, one thread each: the pipeline is pure Python, threads would share the GIL
            self._cluster = distributed.LocalCluster(
                n_workers=workers or os.cpu_count() or 1,
                threads_per_worker=1,
                processes=True,
                dashboard_address=":0",  # a free port: never clash with a running cluster
                silence_logs=logging.ERROR,
            )
            self._client = distributed.Client(self._cluster)
        if setup is not None:
            self._client.register_plugin(_Setup(setup), name=PLUGIN_NAME)

    @property
    def client(self):
        """The distributed.Client (for tests and benchmarks)."""
        return self._client

    def map(self, tasks: Sequence[T], work: Callable[[T], Any]) -> Iterator[tuple[T, Any | BaseException]]:
        """Yield ``(task, result)`` or ``(task, exception)`` as the bag's partitions finish."""
        tasks = list(tasks)
        if not tasks:
            return
        # One bag partition per batch partition. The articles travel inside the graph (not
        # scattered): if a worker dies, its queued tasks can still run elsewhere.
        bag = db.from_sequence(tasks, partition_size=1).map(work)
        with warnings.catch_warnings():  # the articles make a large graph, by design (see above)
            warnings.filterwarnings("ignore", message=".*large graph", category=UserWarning)
            futures = self._client.compute(bag.to_delayed())
        by_key = {f.key: t for f, t in zip(futures, tasks)}
        finished = 0
        try:
            for fut in distributed.as_completed(futures):
                task = by_key[fut.key]
                finished += 1
                try:
                    yield task, fut.result()[0]
                except Exception as err:  # a failed partition (or a lost worker) never stops the others
                    yield task, err
        finally:
            if finished < len(futures):  # interrupted: stop the work still queued on the cluster
                self._client.cancel(futures)

    def info(self) -> dict[str, Any]:
        """Workers, scheduler address and peak resident memory of each worker process (MB)."""
        peaks = self._client.run(peak_rss_mb)
        return {
            "workers": len(peaks),
            "scheduler": self.scheduler or self._client.scheduler.address,
            "peak_rss_mb": dict(sorted(peaks.items())),
        }

    def close(self) -> None:
        """Close the client, and the local cluster when this engine started it."""
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None
