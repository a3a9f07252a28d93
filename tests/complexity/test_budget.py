"""One article's analysis stops cleanly at its time budget (BORDERLINES_MAX_ARTICLE_SECONDS).

The clock is replaced by a counter that advances one "second" per budget check, so what is
tested is where the stages check and what they keep, never how fast this machine is.
"""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from geo import budget
from geo.cli import main as cli
from geo.ingest.readers import from_text, read_bytes
from geo.pipeline import analyse


def dated_arrests(lines: int) -> tuple[str, bytes]:
    """Arrests on different days (so no two are merged as one event)."""
    towns = ("Quetta", "Turbat", "Gwadar", "Sukkur")
    body = "".join(f"Police arrested two men in {towns[i % 4]} on March {i // 4 + 1}, 2024.\n" for i in range(lines))
    return "arrests.txt", ("Arrests across the province\n" + body).encode()


SHORT = "Arrests in Sindh\nPolice arrested two men in Sukkur on Monday. Officials in Karachi confirmed it.\n"


@pytest.fixture
def ticking(monkeypatch):
    """A clock that advances one second each time the budget looks at it."""
    now = [0.0]

    def monotonic() -> float:
        now[0] += 1.0
        return now[0]

    monkeypatch.setattr(budget, "time", SimpleNamespace(monotonic=monotonic))
    return now


def test_an_article_over_budget_keeps_what_was_found_and_says_so(ticking, monkeypatch) -> None:
    monkeypatch.setenv("BORDERLINES_MAX_ARTICLE_SECONDS", "40")
    article = read_bytes(*dated_arrests(100)).articles[0]
    ar = analyse([article]).articles[0]
    assert not ar.complete
    assert 0 < len(ar.events) < 50  # the first lines' arrests, not the 100 of the whole text
    assert any("Arrests across the province (arrests.txt)" in n and "BORDERLINES_MAX_ARTICLE_SECONDS" in n
               for n in ar.notes)


def test_within_budget_the_result_is_whole_and_unchanged(ticking, monkeypatch) -> None:
    article = read_bytes(*dated_arrests(100)).articles[0]
    monkeypatch.setenv("BORDERLINES_MAX_ARTICLE_SECONDS", "100000")
    ar = analyse([article]).articles[0]
    assert ar.complete and not any("stopped" in n for n in ar.notes)
    assert len(ar.events) == 100


def test_batch_skips_and_reports_the_article_over_budget(ticking, monkeypatch) -> None:
    from geo.batch import run as batch

    monkeypatch.setenv("BORDERLINES_MAX_ARTICLE_SECONDS", "40")
    big = read_bytes(*dated_arrests(100)).articles[0]
    small = from_text(SHORT, date="2024-03-06")
    part = batch.plan([small, big], partition_size=10, version="test")[0]
    out = batch.analyse_partition(part, analyse)
    assert out.n_events >= 1  # the short article's arrest is kept
    assert [p["stage"] for p in out.problems] == ["budget"]
    assert out.problems[0]["article_id"] == big.id and "stopped after 40 s" in out.problems[0]["error"]


def test_the_events_command_prints_the_note(ticking, monkeypatch, tmp_path, capsys) -> None:
    monkeypatch.setenv("BORDERLINES_MAX_ARTICLE_SECONDS", "40")
    path = tmp_path / "arrests.txt"
    path.write_bytes(dated_arrests(100)[1])
    assert cli.main(["events", str(path), "--quiet"]) == 0
    err = capsys.readouterr().err
    assert "note: arrests.txt: the analysis of 'Arrests across the province (arrests.txt)' stopped" in err


def test_a_sentence_longer_than_the_bound_is_read_in_pieces_with_a_note() -> None:
    text = "Long list\n" + "Police arrested two men in Sukkur and " * 200 + "nobody else.\n"
    ar = analyse([from_text(text, date="2024-03-06")]).articles[0]
    assert ar.complete
    assert any("longer than 1,500 characters" in n and "read in pieces" in n for n in ar.notes)
