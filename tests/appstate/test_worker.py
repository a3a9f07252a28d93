"""The app's analyses in worker processes (geo/appstate/worker.py): the same result as in the
session's thread, progress per article, errors and budget notes come back, a dead worker is
reported and the pool recovers, remembered results cost no work."""
from __future__ import annotations

import os
import signal
import threading
from pathlib import Path

import pytest

from geo import config, pipeline
from geo.appstate import state as appstate
from geo.appstate import worker
from geo.errors import InputError, NotFoundError
from geo.ingest.readers import from_text
from geo.models import Correction

pytestmark = pytest.mark.slow  # workers load the gazetteer in their own processes

ROOT = Path(__file__).resolve().parents[2]
KARACHI = "Protest in Karachi\n\nHundreds of traders protested in Karachi on 2 May 2024 against new taxes.\n"
#: Several seconds of analysis (a long run of initials), after one ordinary sentence.
#: An article whose analysis outlasts a budget of one second on any machine: 1.5 MB of distinct
#: sentences (repeated ones are read once, so they would not do), with a place before the cut.
SLOW = "Arrests in Quetta\n\nPolice arrested two men in Quetta on Monday.\n\n" + "".join(
    f"Police arrested {i} men in Quetta on Monday after a raid on house {i * 7}.\n" for i in range(22_000)
)


@pytest.fixture(scope="module")
def pool():
    """One pool for the module (its workers warm up once), stopped at the end."""
    os.environ.pop(config.env_name("workers"), None)
    yield worker.start()
    worker.stop()


@pytest.fixture(autouse=True)
def _fresh_memo():
    appstate.clear_caches()  # every test analyses: nothing remembered from another test
    yield
    appstate.clear_caches()


def _example():
    return from_text((ROOT / "examples" / "border_talks.txt").read_text(encoding="utf-8"))


def _not_here(*args, **kwargs):
    raise AssertionError("analysed in the session's process, not in a worker")


def test_result_equals_the_analysis_in_the_sessions_thread(pool, monkeypatch) -> None:
    articles = (_example(), from_text(KARACHI))
    first = pipeline.analyse(articles).articles[0].mentions[0]
    corrections = (Correction(articles[0].id, first.start, first.end, "remove", first.place.id, None),)
    expected = pipeline.analyse(articles, corrections)
    assert all(ar.events for ar in expected.articles)  # something to compare

    monkeypatch.setattr(pipeline, "analyse", _not_here)
    seen: list[tuple[int, int]] = []
    got = worker.analyse(articles, corrections, progress=lambda done, total: seen.append((done, total)))
    assert got == expected
    assert first.start not in [m.start for m in got.articles[0].mentions]  # the correction applied
    assert seen[-1] == (2, 2) and [d for d, _ in seen] == sorted({d for d, _ in seen})
    # remembered where the app looks next (layers, a rerun): no second analysis anywhere
    assert appstate.analyse(articles, corrections) is got
    assert worker.analyse(articles, corrections) is got


def test_errors_of_the_analysis_come_back_as_raised(pool) -> None:
    article = _example()
    bad = Correction(article.id, 0, 4, "choose", None, "no-such-place")
    with pytest.raises(NotFoundError, match="no-such-place"):
        worker.analyse((article,), (bad,))
    with pytest.raises(InputError, match="Article records"):  # refused before any worker, same message
        worker.analyse(("just a string",))


def test_the_budget_note_comes_back(pool, monkeypatch) -> None:
    # set after the pool started: workers follow the app's settings of the moment
    monkeypatch.setenv(config.env_name("max_article_seconds"), "1")
    got = worker.analyse((from_text(SLOW),))
    (ar,) = got.articles
    assert not ar.complete
    assert any("stopped after 1 s" in n and "Arrests in Quetta" in n for n in appstate.analysis_notes(got))
    assert "Quetta" in [m.text for m in ar.mentions]  # what was found before the budget ran out is kept


def test_two_sessions_asking_for_the_same_analysis_share_the_work(pool, monkeypatch) -> None:
    submitted: list[int] = []
    real = pool.submit
    monkeypatch.setattr(pool, "submit", lambda *a, **k: submitted.append(1) or real(*a, **k))
    article = from_text(SLOW[:60_000])
    results: list = []
    threads = [threading.Thread(target=lambda: results.append(worker.analyse((article,)))) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert len(results) == 2 and results[0] == results[1]
    assert submitted == [1]


def test_a_remembered_result_costs_no_work(monkeypatch) -> None:
    article = _example()
    stored = pipeline.analyse((article,))
    appstate.remember_result((article,), (), stored)  # a saved map opened with its analysis
    monkeypatch.setattr(worker, "start", _not_here)
    assert worker.analyse((article,)) is stored


def test_workers_zero_analyses_in_the_sessions_thread(monkeypatch) -> None:
    monkeypatch.setenv(config.env_name("workers"), "0")
    calls: list[int] = []
    real = pipeline.analyse
    monkeypatch.setattr(pipeline, "analyse", lambda *a, **k: calls.append(1) or real(*a, **k))
    monkeypatch.setattr(worker, "start", _not_here)
    assert worker.analyse((from_text(KARACHI),)).articles[0].events
    assert calls == [1]


@pytest.mark.parametrize(("raw", "expected"), [("", 2), ("3", 3), ("0", 0), ("1_0", 10)])
def test_workers_setting(monkeypatch, raw: str, expected: int) -> None:
    monkeypatch.setenv("BORDERLINES_WORKERS", raw)
    assert config.workers() == expected


def test_a_bad_workers_setting_is_echoed(monkeypatch) -> None:
    monkeypatch.setenv("BORDERLINES_WORKERS", "two")
    with pytest.raises(InputError, match="BORDERLINES_WORKERS='two'"):
        config.workers()


def _die(*args, **kwargs):
    """In place of the worker's task: the process ends at once, as when it runs out of memory."""
    os._exit(70)


def test_a_dying_worker_is_reported_and_the_pool_recovers(pool, monkeypatch) -> None:
    article = from_text(KARACHI)
    monkeypatch.setattr(worker, "_analyse_one", _die)  # pickled by name: the workers run _die
    with pytest.raises(worker.WorkerError, match="Protest in Karachi.*ended unexpectedly, twice"):
        worker.analyse((article,))
    monkeypatch.undo()
    assert worker.analyse((article,)) == pipeline.analyse((article,))


def test_a_worker_killed_between_analyses_is_replaced_unseen() -> None:
    pid = worker.start().submit(os.getpid).result(timeout=300)
    assert pid != os.getpid()
    os.kill(pid, signal.SIGKILL)
    article = from_text(KARACHI)
    assert worker.analyse((article,)) == pipeline.analyse((article,))
    worker.stop()



def test_a_pool_started_with_wait_has_warmed_up_when_it_returns() -> None:
    """make run waits for the warm-up, so a visitor's first page does not share the cores with it."""
    worker.stop()
    try:
        worker.start(2, wait=300)
        assert worker.warmed()
    finally:
        worker.stop()
    assert not worker.warmed()
