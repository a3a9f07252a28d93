"""Limits: defaults, environment overrides, and messages that tell the user what to do."""
from __future__ import annotations

import dataclasses

import pytest

from geo.config import Limits, env_name, format_bytes, limits
from geo.errors import InputError, LimitError


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch):
    for f in dataclasses.fields(Limits):
        monkeypatch.delenv(env_name(f.name), raising=False)


def test_defaults_are_the_documented_ones():
    lim = limits()
    assert lim == Limits()
    assert (lim.max_file_bytes, lim.max_articles, lim.max_text_chars) == (20_000_000, 1000, 2_000_000)
    assert lim.max_json_depth >= 16 and lim.max_features > 0 and lim.max_url_param_chars > 0


def test_limits_are_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        limits().max_articles = 5  # type: ignore[misc]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("50000000", 50_000_000), ("50MB", 50_000_000), ("50 mb", 50_000_000), ("1G", 10**9),
     ("64k", 64_000), ("2_000", 2000)],
)
def test_file_size_override_accepts_units(monkeypatch, raw, expected):
    monkeypatch.setenv("BORDERLINES_MAX_FILE_BYTES", raw)
    assert limits().max_file_bytes == expected


def test_every_field_has_an_env_override(monkeypatch):
    for f in dataclasses.fields(Limits):
        monkeypatch.setenv(env_name(f.name), "7")
    assert all(getattr(limits(), f.name) == 7 for f in dataclasses.fields(Limits))


def test_override_is_read_at_each_call(monkeypatch):
    monkeypatch.setenv("BORDERLINES_MAX_ARTICLES", "3")
    assert limits().max_articles == 3
    monkeypatch.setenv("BORDERLINES_MAX_ARTICLES", "4")
    assert limits().max_articles == 4


@pytest.mark.parametrize("raw", ["abc", "-5", "0", "1.5", "10MB"])
def test_bad_override_is_a_clear_error(monkeypatch, raw):
    # Units only make sense for byte sizes: "10MB" articles is a mistake worth reporting.
    monkeypatch.setenv("BORDERLINES_MAX_ARTICLES", raw)
    with pytest.raises(InputError, match="BORDERLINES_MAX_ARTICLES") as info:
        limits()
    assert repr(raw) in str(info.value)


def test_blank_override_means_default(monkeypatch):
    monkeypatch.setenv("BORDERLINES_MAX_ARTICLES", "  ")
    assert limits().max_articles == 1000


def test_file_size_message_says_size_limit_and_what_to_do():
    with pytest.raises(LimitError) as info:
        limits().check_file_bytes(31_200_000, "big.csv")
    msg = str(info.value)
    assert "'big.csv' is 31.2 MB; the limit is 20 MB" in msg
    assert "BORDERLINES_MAX_FILE_BYTES" in msg and "split the file" in msg
    limits().check_file_bytes(20_000_000, "ok.csv")  # exactly at the limit is fine


@pytest.mark.parametrize(
    ("check", "value", "env"),
    [
        ("check_articles", 1001, "BORDERLINES_MAX_ARTICLES"),
        ("check_text_chars", 2_000_001, "BORDERLINES_MAX_TEXT_CHARS"),
        ("check_features", 20_001, "BORDERLINES_MAX_FEATURES"),
        ("check_url_param", 4097, "BORDERLINES_MAX_URL_PARAM_CHARS"),
        ("check_json_depth", 65, "BORDERLINES_MAX_JSON_DEPTH"),
        ("check_html_tags", 100_001, "BORDERLINES_MAX_HTML_TAGS"),
    ],
)
def test_each_check_refuses_one_over_and_names_its_variable(check, value, env):
    lim = limits()
    getattr(lim, check)(value - 1, "thing")
    with pytest.raises(LimitError, match=env) as info:
        getattr(lim, check)(value, "<thing>")
    assert "'<thing>'" in str(info.value)
    assert f"{value:,}" in str(info.value)


def test_articles_message_when_counting_stopped_early():
    with pytest.raises(LimitError, match="holds more than 1,000 articles"):
        limits().check_articles(1001, "feed.xml", more=True)


@pytest.mark.parametrize(
    ("size", "text"), [(0, "0 bytes"), (999, "999 bytes"), (1500, "1.5 kB"), (20_000_000, "20 MB"), (3 * 10**9, "3 GB")]
)
def test_format_bytes(size, text):
    assert format_bytes(size) == text


def test_docstring_examples_run():
    import doctest

    import geo.config

    assert doctest.testmod(geo.config).failed == 0


def test_raised_defaults_apply_only_inside_the_block_and_never_beat_the_environment(monkeypatch):
    from geo.config import raised_defaults

    monkeypatch.delenv("BORDERLINES_MAX_ARTICLES", raising=False)
    base = limits().max_articles
    with raised_defaults(max_articles=base * 10):
        assert limits().max_articles == base * 10
        monkeypatch.setenv("BORDERLINES_MAX_ARTICLES", "7")
        assert limits().max_articles == 7  # an operator's explicit setting wins
        monkeypatch.delenv("BORDERLINES_MAX_ARTICLES")
    assert limits().max_articles == base


def test_raised_defaults_refuse_unknown_names():
    from geo.config import raised_defaults

    with pytest.raises(InputError, match="unknown limits"):
        with raised_defaults(max_bananas=3):
            pass


@pytest.mark.parametrize(
    ("check", "value", "message"),
    [
        ("check_file_bytes", 31_200_000,
         "'f' is 31.2 MB; the limit is 20 MB (set BORDERLINES_MAX_FILE_BYTES to raise it) or split the file"),
        ("check_articles", 1001,
         "'f' holds 1,001 articles; the limit is 1,000 (set BORDERLINES_MAX_ARTICLES to raise it) or split the file"),
        ("check_text_chars", 2_000_001,
         "the text of 'f' has 2,000,001 characters; the limit is 2,000,000 (set BORDERLINES_MAX_TEXT_CHARS to "
         "raise it) or split the article"),
        ("check_features", 20_001,
         "'f' has 20,001 features; the limit is 20,000 (set BORDERLINES_MAX_FEATURES to raise it) or filter the "
         "map to fewer items"),
        ("check_url_param", 4097,
         "the link parameter 'f' has 4,097 characters; the limit is 4,096 (set BORDERLINES_MAX_URL_PARAM_CHARS to "
         "raise it) or save the map and share its id instead"),
        ("check_json_depth", 1065,
         "'f' nests JSON 1,065 levels deep; the limit is 64 (set BORDERLINES_MAX_JSON_DEPTH to raise it)"),
        ("check_html_tags", 100_001,
         "'f' has 100,001 HTML tags; the limit is 100,000 (set BORDERLINES_MAX_HTML_TAGS to raise it) or paste the "
         "article's text instead"),
    ],
)
def test_each_check_says_what_came_the_limit_the_variable_and_what_else_to_do(check, value, message):
    with pytest.raises(LimitError) as info:
        getattr(limits(), check)(value, "f")
    assert str(info.value) == message
