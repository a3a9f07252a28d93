"""Every configurable limit, through the entry point that enforces it: lowered with its
BORDERLINES_MAX_* variable, it refuses input with a message naming the variable and what to do."""
from __future__ import annotations

import json

import pytest
from maps_fixtures import areas, build_result  # noqa: F401

from geo import serialize
from geo.config import limits
from geo.errors import LimitError
from geo.ingest import readers as ingest


def _story(i: int) -> str:
    return f"Story {i}\nTraders protested in Quetta on day {i}."


@pytest.mark.parametrize("env, value, call, advice", [
    ("BORDERLINES_MAX_FILE_BYTES", "100", lambda: ingest.read_bytes("a.txt", b"Quetta " * 50), "split the file"),
    ("BORDERLINES_MAX_ARTICLES", "2",
     lambda: ingest.read_bytes("a.jsonl", "\n".join(json.dumps({"text": _story(i)}) for i in range(5)).encode()),
     "split the file"),
    ("BORDERLINES_MAX_TEXT_CHARS", "50", lambda: ingest.from_text("Quetta " * 20), "split the article"),
    ("BORDERLINES_MAX_JSON_DEPTH", "3", lambda: serialize.loads("[[[[1]]]]", "x.json"), "BORDERLINES_MAX_JSON_DEPTH"),
    ("BORDERLINES_MAX_HTML_TAGS", "10", lambda: ingest.read_bytes("a.html", b"<p>Quetta</p>" * 20),
     "paste the article's text instead"),
])
def test_each_limit_refuses_with_its_variable_and_advice(monkeypatch, env, value, call, advice):
    call_ok = True
    try:
        call()  # within the default limits this input is fine
    except LimitError:
        call_ok = False
    assert call_ok
    monkeypatch.setenv(env, value)
    with pytest.raises(LimitError) as info:
        call()
    message = str(info.value)
    assert env in message and advice in message and "limit" in message


def test_max_features_through_the_map(areas, monkeypatch):
    from geo.maps import render as maps
    from geo.maps.layers import build

    monkeypatch.setenv("BORDERLINES_MAX_FEATURES", "2")
    with pytest.raises(LimitError, match="BORDERLINES_MAX_FEATURES.*filter the map"):
        maps.build_map(build(build_result()))


def test_a_pasted_batch_over_the_article_limit_is_cut_with_a_message(monkeypatch):
    monkeypatch.setenv("BORDERLINES_MAX_ARTICLES", "3")
    files = [(f"s{i}.txt", _story(i).encode()) for i in range(5)]
    report = ingest.read_files(files)
    assert len(report.articles) == 3
    assert any("BORDERLINES_MAX_ARTICLES" in p.message and "several batches" in p.message for p in report.problems)


def test_a_bad_limit_value_is_a_clear_error(monkeypatch):
    from geo.errors import InputError

    monkeypatch.setenv("BORDERLINES_MAX_FILE_BYTES", "lots")
    with pytest.raises(InputError, match="BORDERLINES_MAX_FILE_BYTES='lots'.*unset it or fix the value"):
        limits()


def test_url_parameter_length_is_bounded_by_the_id_format(monkeypatch):
    """The app reads one URL parameter, a fixed-length id: any longer value is "not found"
    however BORDERLINES_MAX_URL_PARAM_CHARS is set (the limit is not consulted by the app)."""
    from geo.errors import NotFoundError
    from geo.store.share import ID_LENGTH, validate_id

    assert ID_LENGTH < limits().max_url_param_chars
    monkeypatch.setenv("BORDERLINES_MAX_URL_PARAM_CHARS", "10")
    with pytest.raises(LimitError, match="BORDERLINES_MAX_URL_PARAM_CHARS.*share its id"):
        limits().check_url_param(11, "map")
    with pytest.raises(NotFoundError):
        validate_id("A" * (limits().max_url_param_chars + 1))
