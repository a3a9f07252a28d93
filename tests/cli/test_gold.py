"""The lines of a gold corpus (geo.cli.gold), as every bench sub-command reads them."""
from __future__ import annotations

from pathlib import Path

import pytest

from geo.cli.bench import read_gold as read_geoparse_gold
from geo.cli.bench_events import read_gold as read_event_gold
from geo.cli.gold import jsonl_lines
from geo.errors import InputError


def test_blank_lines_are_skipped_and_numbers_are_the_file_s(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('{"a": 1}\n\n   \n{"b": 2}\n', encoding="utf-8")
    assert list(jsonl_lines(path)) == [(1, '{"a": 1}\n'), (4, '{"b": 2}\n')]


def test_a_missing_file_is_refused_before_any_line_is_read(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such corpus file: '.*nowhere.jsonl'"):
        jsonl_lines(tmp_path / "nowhere.jsonl")  # not iterated: the check is not deferred


@pytest.mark.parametrize("read", [read_geoparse_gold, read_event_gold])
def test_both_benchmarks_refuse_a_missing_corpus_alike(read, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such corpus file"):
        read(tmp_path / "nowhere.jsonl")


def test_a_bad_event_record_is_named_by_its_line(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('\n{"id": "a1"}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"gold.jsonl:2: not an event yardstick record"):
        read_event_gold(path)
