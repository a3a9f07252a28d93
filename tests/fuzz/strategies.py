"""Input generators shared by the property tests: hostile text, bytes, JSON and names."""
from __future__ import annotations

import codecs
import json

from hypothesis import strategies as st
from security.payloads import BAD_URLS, PAYLOADS

PLACES = ("Quetta", "Lahore", "Karachi", "Tehran", "Kabul", "Balochistan", "Iran", "Pakistan", "Punjab",
          "Hyderabad", "Paris", "Texas", "Fiji", "Chukotka", "Sindh", "Islamabad")
WORDS = ("Police", "said", "attacked", "protest", "killed", "border", "near", "in", "on Monday", "the",
         "Pakistani", "Iranian", "agreed", "talks", ".", ",", "\n", "\n\n", "Share:", "Also Read:", "By Ali Khan")
CONTROL = st.sampled_from(["\x00", "\x01", "\x1b", "\x7f", "\r", "\r\n", "\x0b", "\x0c", "\u2028", "\u2029",
                           "\ufeff", "\u200b", "\u202e", "\ud800", "\udfff", "\U0001f600", "\u0301"])
PIECES = st.one_of(st.sampled_from(PLACES), st.sampled_from(WORDS), st.sampled_from(PAYLOADS), CONTROL,
                   st.text(max_size=15))


def _join(parts: list[str]) -> str:
    return " ".join(parts)


#: Article-like text: place names, story words, payloads, control characters, random Unicode.
TEXT = st.one_of(
    st.lists(PIECES, max_size=40).map(_join),
    st.text(max_size=400),
    st.tuples(st.sampled_from(PLACES), st.integers(1, 20_000)).map(lambda t: t[0] + " " + "x" * t[1]),  # long word
    st.tuples(st.sampled_from(WORDS + PLACES), st.integers(1, 3000)).map(lambda t: " ".join([t[0]] * t[1])),
)


def _deep(n: int, kind: str) -> str:
    return {"list": "[" * n + "]" * n, "obj": '{"a":' * n + "1" + "}" * n,
            "open": "[" * n, "mixed": '[{"text":' * n}[kind]


JSON_TEXT = st.one_of(
    st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
                 lambda c: st.lists(c, max_size=4) | st.dictionaries(st.text(max_size=8), c, max_size=4),
                 max_leaves=30).map(json.dumps),
    st.tuples(st.integers(1, 20_000), st.sampled_from(["list", "obj", "open", "mixed"])).map(lambda t: _deep(*t)),
    st.sampled_from(["NaN", "[Infinity]", '{"a": -Infinity}', "1e999", "-1e999", '"\\ud800"', '{"a":1,"a":2}']),
    st.integers(30, 6000).map(lambda n: "[" + "9" * n + "]"),
    st.text(alphabet='[]{}",:0123456789.eE+-tfnrulasNIy \\', max_size=200),
)

ARTICLE_DICT = st.fixed_dictionaries({
    "text": TEXT, "title": st.none() | st.text(max_size=40) | st.sampled_from(PAYLOADS),
    "date": st.none() | st.sampled_from(["2024-03-05", "5 March 2024", "03/04/2024", "9999-99-99", "yesterday", ""]),
    "url": st.none() | st.sampled_from(BAD_URLS + ("https://news.example.org/a",)),
})

BOMS = st.sampled_from([b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE])
MAGIC = st.sampled_from([b"", b"PK\x03\x04", b"%PDF", b"\x1f\x8b", b"<?xml version='1.0'?>", b"<!DOCTYPE html>",
                         b"<rss version='2.0'>", b"{", b"[", b"\x00\x00"])


def _encode(text: str, codec: str) -> bytes:
    return text.encode(codec, errors="replace" if codec != "utf-8" else "surrogatepass")


UPLOAD_BYTES = st.one_of(
    st.binary(max_size=2000),
    st.tuples(BOMS, MAGIC, st.binary(max_size=300)).map(lambda t: t[0] + t[1] + t[2]),
    st.tuples(TEXT, st.sampled_from(["utf-8", "cp1252", "shift_jis", "utf-16-le", "latin-1"])).map(lambda t: _encode(*t)),
    st.lists(ARTICLE_DICT, max_size=4).map(lambda v: json.dumps(v).encode()),
    JSON_TEXT.map(str.encode),
    st.lists(st.lists(st.one_of(TEXT, st.sampled_from(PAYLOADS)), min_size=1, max_size=4), max_size=4).map(
        lambda rows: ("text,title,url\n" + "\n".join(",".join(r) for r in rows)).encode("utf-8", "surrogatepass")),
)
NAMES = st.one_of(
    st.sampled_from(["a.txt", "a.md", "a.html", "a.csv", "a.tsv", "a.json", "a.jsonl", "a.xml", "a.rss",
                     "a.atom", "a.geojson", "a.zip", "noext", "", "../../etc/passwd", "a" * 500 + ".txt",
                     "<img src=x onerror=alert(1)>.csv", "C:\\\\x\\\\a.json", "a.txt\x00.html"]),
    st.text(max_size=40),
)
