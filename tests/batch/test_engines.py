"""The engine base: options checked before anything starts, a failed start cleaned up, `with` closes."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from geo.batch.engines import EngineBase, get_engine
from geo.errors import InputError


class _Recording(EngineBase):
    """An engine that records what the base calls, and fails where it is told to."""

    name = "recording"
    shared_disk = True

    def __init__(self, *args, fail_start: bool = False, **kwargs) -> None:
        self.calls: list[str] = []
        self.fail_start = fail_start
        super().__init__(*args, **kwargs)

    def _check(self, workers: int | None, scheduler: str | None) -> None:
        self.calls.append("check")
        if workers == 0:
            raise InputError("no workers")

    def _start(self, workers: int | None, scheduler: str | None, setup: Callable[[], object] | None) -> None:
        self.calls.append("start")
        if self.fail_start:
            raise RuntimeError("the cluster did not come up")

    def close(self) -> None:
        self.calls.append("close")


def test_a_start_that_fails_half_way_is_closed_before_the_error_leaves() -> None:
    closed: list[list[str]] = []

    class Watched(_Recording):
        def close(self) -> None:
            super().close()
            closed.append(self.calls)

    with pytest.raises(RuntimeError, match="did not come up"):
        Watched(fail_start=True)
    assert closed == [["check", "start", "close"]]


def test_refused_options_start_nothing() -> None:
    seen: list[list[str]] = []

    class Watched(_Recording):
        def _start(self, *args) -> None:
            seen.append(self.calls)
            super()._start(*args)

    with pytest.raises(InputError, match="no workers"):
        Watched(workers=0)
    assert seen == []


def test_with_closes_the_engine() -> None:
    with _Recording() as engine:
        assert engine.calls == ["check", "start"]
    assert engine.calls == ["check", "start", "close"]


def test_the_local_engine_runs_setup_once_at_start_and_refuses_cluster_options() -> None:
    loaded: list[int] = []
    with get_engine("local", setup=lambda: loaded.append(1)) as engine:
        assert loaded == [1]
        results = dict(engine.map([1, 2], lambda x: 10 // (x - 1)))
        assert isinstance(results[1], ZeroDivisionError) and results[2] == 10  # one failure stops nothing
        assert loaded == [1]
    with pytest.raises(InputError, match="one process, not --workers 2"):
        get_engine("local", workers=2)
    with pytest.raises(InputError, match="--scheduler 'tcp://h:1' needs --engine dask"):
        get_engine("local", scheduler="tcp://h:1")
