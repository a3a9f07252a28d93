"""geo.html: the one escaper, URL check and span marking, against SECURITY.md's payloads."""
from __future__ import annotations

import re

import pytest
from maps_fixtures import BAD_URLS, PAYLOADS

from geo.html import escape, mark_spans, safe_url

DANGEROUS = re.compile(r"[<>\"'`$\\{}]")


@pytest.mark.parametrize("payload", PAYLOADS)
def test_escape_leaves_no_active_character(payload):
    out = escape(payload)
    assert not DANGEROUS.search(out)
    # and it is still the same text once a browser decodes the entities
    import html

    assert html.unescape(out) == payload


@pytest.mark.parametrize("payload", PAYLOADS)
def test_escaping_twice_is_still_safe(payload):
    assert not DANGEROUS.search(escape(escape(payload)))


def test_escape_of_none_and_numbers():
    assert escape(None) == ""
    assert escape(810.5) == "810.5"


@pytest.mark.parametrize("url", BAD_URLS + ("", "http://", "ftp://x.org/a", "https://ex ample.org/", "//evil.org/x", 5))
def test_safe_url_refuses_non_http(url):
    assert safe_url(url) is None


@pytest.mark.parametrize("url", ["http://example.org", "HTTPS://news.example.org/a?b=1&c=2#x"])
def test_safe_url_keeps_http(url):
    assert safe_url(url) == url


def test_mark_spans_escapes_every_part():
    text = "A <b>raid</b> in ${x} near Quetta"
    out = mark_spans(text, [(text.index("raid"), text.index("raid") + 4), (text.index("Quetta"), len(text))])
    assert out == "A &lt;b&gt;<mark>raid</mark>&lt;/b&gt; in &#36;&#123;x&#125; near <mark>Quetta</mark>"


def test_mark_spans_merges_overlaps_and_clips():
    assert mark_spans("abcdef", [(1, 3), (2, 4), (5, 99), (-5, 0)]) == "a<mark>bcd</mark>e<mark>f</mark>"


@pytest.mark.parametrize("payload", PAYLOADS)
def test_mark_spans_payload_inside_mark(payload):
    text = f"x {payload} y"
    out = mark_spans(text, [(2, 2 + len(payload))])
    inner = out[out.index("<mark>") + 6: out.index("</mark>")]
    assert not DANGEROUS.search(inner)
    assert out.count("<") == 2  # only <mark> and </mark>
