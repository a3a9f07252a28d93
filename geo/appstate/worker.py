"""The app's analyses in a small pool of worker processes, so one slow article never blocks the page.

Analysis is pure Python and holds the interpreter lock: run in a Streamlit session's thread, a
long article slows every other session and the server's health check with it. Here each article
is analysed in a worker process (several articles of one request in parallel, one per worker)
while the session's thread only waits, which releases the lock. :func:`analyse` has the
signature and the result of :func:`geo.appstate.state.analyse`, and shares its memo::

    result = worker.analyse(articles, corrections, progress=lambda done, total: ...)

The pool is started on first use (``scripts/serve.py`` starts it with the server, so its workers
load the gazetteer before the first visitor). ``BORDERLINES_WORKERS`` sets its size (default 2);
``0`` analyses in the session's own thread, as before. Workers start through a fork server, never
by forking the app itself: Streamlit runs threads, and a forked copy of a threaded process can
inherit a lock some other thread held. A worker that dies (out of memory, a crash) breaks the
pool: it is restarted and the analysis tried once more; a second death is reported as a
:class:`WorkerError` naming the articles, and the next analysis gets a fresh pool.
"""
from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
import types
from collections.abc import Callable, Sequence
from concurrent import futures
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict
from multiprocessing import context as mp_context

from geo import config
from geo.errors import BorderlinesError
from geo.models import Article, ArticleResult, Correction, Result

log = logging.getLogger(__name__)

__all__ = ["analyse", "start", "stop", "WorkerError"]

#: Imported once by the fork server, so each new worker starts with them (the event rules take a
#: second to compile); the data they load lazily is loaded by each worker's warm-up.
PRELOAD = ["geo.pipeline", "geo.geoparse.recognise", "geo.events.extract", "geo.places.gazetteer"]

#: A short article through every stage: the worker's warm-up loads the gazetteer, areas and rules.
_WARM_TEXT = "Talks in Quetta\n\nPolice arrested two men in Quetta near the border with Iran on Monday.\n"


class WorkerError(BorderlinesError, RuntimeError):
    """The process analysing an article ended before answering (twice: the pool was restarted between)."""


def _warm_worker() -> None:
    """Runs in each worker as it starts: load the data before the first article arrives."""
    from geo import pipeline

    try:
        pipeline.analyse_text(_WARM_TEXT)
    except Exception:  # noqa: BLE001 - a failing initializer breaks the pool; the articles will raise the real error
        log.exception("analysis worker warm-up failed")
        return
    pipeline.settle()


def _settings() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k.startswith(config.ENV_PREFIX)}


def _analyse_one(article: Article, corrections: tuple[Correction, ...], settings: dict[str, str],
                 limits: dict[str, int]) -> ArticleResult:
    """One article in a worker, under the app's settings of the moment.

    Workers inherit the environment of the fork server, fixed when it started; the app reads
    ``BORDERLINES_*`` each time (a deployment or a test may change them), so the caller's are
    copied in, and its limits in force (raised defaults included) are applied as defaults.
    """
    from geo import pipeline

    for key in [k for k in os.environ if k.startswith(config.ENV_PREFIX) and k not in settings]:
        del os.environ[key]
    os.environ.update(settings)
    with config.raised_defaults(**limits):
        return pipeline.analyse([article], corrections).articles[0]


# Reentrant: a future already done when its callback is added runs the callback at once, in the
# thread that holds the lock to register the job.
@contextlib.contextmanager
def _main_hidden():
    """``__main__`` without a file while a worker is launched, so the worker imports no main module.

    A new process re-imports the parent's main module (multiprocessing's rule for spawned
    children). Streamlit installs the running script as ``__main__``, so the worker would run
    app.py — the whole page — before its first article. Streamlit only writes that entry, at the
    start of each run: a run starting meanwhile keeps its own (it is not put back over)."""
    main = sys.modules.get("__main__")
    blank = types.ModuleType("__main__")
    sys.modules["__main__"] = blank
    try:
        yield
    finally:
        if sys.modules.get("__main__") is blank:
            sys.modules["__main__"] = main


class _WorkerProcess(mp_context.ForkServerProcess):
    @staticmethod
    def _Popen(process_obj):  # noqa: N802 - multiprocessing's name
        from multiprocessing import popen_forkserver

        with _main_hidden():
            return popen_forkserver.Popen(process_obj)


class _Context(mp_context.ForkServerContext):
    """The fork server's context, launching workers without the app's main module."""

    Process = _WorkerProcess


_LOCK = threading.RLock()
_POOL: ProcessPoolExecutor | None = None
_WARMING: list[Future] = []  # the tasks that run once each worker has warmed up
_JOBS: dict[tuple, _Job] = {}


def start(size: int | None = None, *, wait: float = 0.0) -> ProcessPoolExecutor:
    """The pool, started if it is not running: ``size`` workers (default ``BORDERLINES_WORKERS``,
    at least 1), each warming up at once in its own process. The call returns at once, or, with
    ``wait`` seconds, when the workers have warmed up (or that time is over)."""
    global _POOL, _WARMING
    with _LOCK:
        if _POOL is None:
            n = max(1, size or config.workers())
            ctx = _Context()
            ctx.set_forkserver_preload(PRELOAD)
            _POOL = ProcessPoolExecutor(n, mp_context=ctx, initializer=_warm_worker)
            # The pool starts a worker per submitted task while none is idle: n tasks start n
            # workers now, rather than one when the first visitor's article arrives. Each runs
            # once its worker's warm-up (the initializer) is over.
            _WARMING = [_POOL.submit(int) for _ in range(n)]
            log.info("analysis pool started: %d workers", n)
        pool, warming = _POOL, _WARMING
    if wait:
        futures.wait(warming, timeout=wait)
    return pool


def warmed() -> bool:
    """Have the running pool's workers all loaded their data?"""
    return _POOL is not None and all(f.done() for f in _WARMING)


def stop() -> None:
    """Stop the pool (its workers finish their current article first); the next analysis starts one."""
    global _POOL
    with _LOCK:
        pool, _POOL = _POOL, None
        _JOBS.clear()
    if pool is not None:
        pool.shutdown(wait=True, cancel_futures=True)


def _restart(broken: ProcessPoolExecutor) -> None:
    """Replace ``broken`` (unless another session already did)."""
    global _POOL
    with _LOCK:
        if _POOL is not broken:
            return
        _POOL = None
        for key in [k for k, job in _JOBS.items() if job.pool is broken]:
            del _JOBS[key]
    log.warning("an analysis worker ended unexpectedly: restarting the pool")
    broken.shutdown(wait=False, cancel_futures=True)
    start()


class _Job:
    """One analysis in the pool (a future per article), shared by every session asking for the
    same inputs: a rerun during a long analysis, or two visitors opening the same link, wait
    for the same work instead of starting it again."""

    def __init__(self, key: tuple, pool: ProcessPoolExecutor, articles: Sequence[Article],
                 corrections: tuple[Correction, ...]) -> None:
        self.key, self.pool, self.corrections = key, pool, corrections
        settings, limits = _settings(), asdict(config.limits())
        self.futures: list[Future] = [pool.submit(_analyse_one, a, corrections, settings, limits) for a in articles]
        self._left = len(self.futures)

    def watch(self) -> None:
        """Call once the job is registered in ``_JOBS`` (under the lock)."""
        for f in self.futures:
            f.add_done_callback(self._one_done)

    def _one_done(self, _: Future) -> None:
        # When the last article is done: remember the result for later runs and sessions (even
        # if the session that asked has moved on), and let the next request start afresh.
        with _LOCK:
            self._left -= 1
            if self._left or _JOBS.get(self.key) is not self:
                return
            del _JOBS[self.key]
        if all(not f.cancelled() and f.exception() is None for f in self.futures):
            from geo.appstate import state

            state.remember_result(self.key[0], self.key[1], self.result())

    def result(self) -> Result:
        return Result(articles=tuple(f.result() for f in self.futures), corrections=self.corrections)

    def wait(self, progress: Callable[[int, int], None] | None) -> Result:
        """The result once every article is done; ``progress(done, total)`` as they finish."""
        pending, total = set(self.futures), len(self.futures)
        while pending:
            # blocks without the interpreter lock: other sessions' threads run meanwhile
            _, pending = futures.wait(pending, return_when=futures.FIRST_COMPLETED)
            if progress is not None:
                progress(total - len(pending), total)
        return self.result()


def _job(key: tuple, articles: Sequence[Article], corrections: tuple[Correction, ...]) -> _Job:
    """The analysis in flight for ``key``, submitted now if there is none."""
    for _ in range(2):
        pool = start()
        with _LOCK:
            job = _JOBS.get(key)
            if job is not None:
                return job
            try:
                job = _Job(key, pool, articles, corrections)
            except (BrokenProcessPool, RuntimeError):  # broken, or shut down by another session
                job = None
            else:
                _JOBS[key] = job
                job.watch()
                return job
        _restart(pool)
    raise WorkerError("the analysis pool could not be started; see the server's log")


def _label(articles: Sequence[Article]) -> str:
    first = " ".join((articles[0].title or articles[0].text[:60]).split())[:60]
    return repr(first) if len(articles) == 1 else f"{len(articles)} articles (the first: {first!r})"


def analyse(articles: Sequence[Article], corrections: Sequence[Correction] = (),
            progress: Callable[[int, int], None] | None = None) -> Result:
    """:func:`geo.appstate.state.analyse` (the same result, remembered the same way), computed in
    the worker pool; ``progress(done, total)`` as articles finish.

    Errors of the analysis (:class:`~geo.errors.BorderlinesError`) come back as raised there;
    budget notes come back in the result. Raises :class:`WorkerError` when the worker dies twice.
    """
    from geo.appstate import state

    articles, corrections = tuple(articles), tuple(corrections)
    refused = not all(isinstance(a, Article) for a in articles) or not all(isinstance(c, Correction) for c in corrections)
    if config.workers() == 0 or not articles or refused:
        # in this thread: no pool wanted, nothing to do, or input the pipeline refuses (with its message)
        return state.analyse(articles, corrections, progress=progress)
    key = (articles, corrections)

    def compute() -> Result:
        for attempt in (1, 2):
            job = _job(key, articles, corrections)
            try:
                return job.wait(progress)
            except BrokenProcessPool as err:
                _restart(job.pool)
                if attempt == 2:
                    raise WorkerError(
                        f"the process analysing {_label(articles)} ended unexpectedly, twice (it may have "
                        "run out of memory); the analysis pool was restarted and other articles can be "
                        "analysed — try splitting this text") from err
        raise AssertionError("unreachable")

    # The memo of geo.appstate.state: a result found there (the example, a saved map's stored
    # analysis) costs no work, and one made here is what state.analyse and layers_for then find.
    return state.remembered_result(articles, corrections, compute)
