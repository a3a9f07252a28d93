"""The per-file problem log of the format readers (geo.ingest.formats._Log)."""
from __future__ import annotations

import pytest

from geo.errors import InputError
from geo.ingest.formats import _Log
from geo.ingest.readers import read_bytes


def _positive(value: object) -> int:
    if not isinstance(value, int) or value < 1:
        raise InputError(f"not a positive count: {value!r}")
    return value


def test_read_or_warn_gives_the_value_back_and_logs_nothing() -> None:
    log = _Log("feed.jsonl")
    assert log.read_or_warn("line 1", _positive, 3, "counted as none") == 3
    assert log.problems == []


def test_read_or_warn_logs_a_warning_saying_what_happens_instead() -> None:
    log = _Log("feed.jsonl")
    assert log.read_or_warn("line 2", _positive, -1, "counted as none") is None
    (problem,) = log.problems
    assert (problem.where, problem.severity) == ("line 2", "warning")
    assert problem.message == "not a positive count: -1; counted as none"


def test_read_or_warn_lets_other_errors_through() -> None:
    with pytest.raises(TypeError):
        _Log("f").read_or_warn("line 1", lambda v: v + 1, "x", "never")


def test_a_bad_date_and_a_bad_id_cost_the_article_nothing() -> None:
    report = read_bytes(
        "feed.jsonl", b'{"text": "Floods reached Thatta.", "date": "the day after", "id": "' + b"x" * 300 + b'"}\n'
    )
    (article,) = report.articles
    assert article.date is None and article.id == article.content_hash
    messages = [p.message for p in report.problems if p.severity == "warning"]
    assert any(m.endswith("; read without a date") for m in messages), messages
    assert any(m.endswith("; the content hash is its id") for m in messages), messages
