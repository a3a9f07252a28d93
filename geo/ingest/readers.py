"""Read articles from pasted text and files into :class:`~geo.models.Article` records.

Formats (chosen by file extension; an unknown extension is sniffed from the content):

* pasted text (:func:`from_text`), ``.txt``, ``.md``/``.markdown``;
* saved web pages ``.html``/``.htm``: main text, title, published date and canonical URL are
  taken from the page (trafilatura); navigation, ads and link lists are left out;
* ``.csv``/``.tsv``, ``.jsonl``/``.ndjson`` and ``.json`` holding many articles. Columns/keys
  (case-insensitive): **text is required** (``body`` or ``content`` are accepted instead);
  ``title`` (or ``headline``), ``date`` (or ``published``, ``published_at``, ``pubdate``) and
  ``url`` (or ``link``) are optional. A ``.json`` file holds a list of such objects, an object
  with an ``"articles"`` list, or one article object;
* RSS and Atom feeds ``.xml``/``.rss``/``.atom`` (feedparser), after defusedxml has checked the
  bytes: entity declarations ("billion laughs") and external references (XXE) are refused.
  An entry's text is its full content, else its summary, as plain text; an entry with only a
  headline becomes an article whose text is that headline.

What every article holds:

* ``text`` is the decoded input with line endings made ``\\n`` and control characters
  (NUL ...) replaced by U+FFFD; it is *the original text*: every offset refers to it.
* ``title``: the explicit title (HTML ``<title>``, a title column, a feed entry title) when there
  is one, and then ``text`` is the body. Without one, the title is the first non-empty line of
  the text, and that line *stays in the text* (offsets are not shifted, and place names in a
  headline are still found).
* ``content_hash``: the first 16 hex digits of sha256 over the whitespace-normalized title and
  text, so the same article read twice is recognised (and dropped as a duplicate).
* ``id``: the caller's id when the row, object or feed entry has one (an ``id`` column/key,
  also ``article_id``/``guid``; a feed entry's id), kept through events, exports, GeoParquet
  and the app; else the content hash. An id used by an earlier article of the same read (with
  other content) is reported and that article keeps its content hash as id.
* ``date`` when known (ISO, RFC 2822 and common written forms; ambiguous ``03/04/2024`` and
  implausible years are refused); ``url`` only when it is ``http(s)://host...``; ``source`` the
  file name or ``"pasted"``; ``skipped`` the boilerplate spans found by :mod:`geo.ingest.boilerplate`.

Limits come from :mod:`geo.config` (file size before parsing, articles per batch, characters
per article). Whole-file failures raise :class:`~geo.errors.InputError` (or its subclass
:class:`~geo.errors.LimitError`) from :func:`read_bytes`/:func:`read_file`; :func:`read_files`
never raises for one bad file: it records a :class:`Problem` and goes on.

>>> a = from_text("Floods in Sindh\\nRain flooded Thatta on Monday.", date="2024-03-05")
>>> a.title, a.date.isoformat(), a.source
('Floods in Sindh', '2024-03-05', 'pasted')
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from geo.config import Limits, env_name, limits
from geo.errors import BorderlinesError, InputError, LimitError
from geo.html import safe_url  # the one link policy (re-exported for callers)
from geo.ingest.boilerplate import boilerplate_spans
from geo.ingest.decoding import _declared_charset, _normalize_text, decode
from geo.ingest.formats import (
    _FEED_ENTRY,
    DATE_KEYS,
    ID_KEYS,
    TEXT_KEYS,
    TITLE_KEYS,
    URL_KEYS,
    Problem,
    _check_json_size,
    _csv_items,
    _feed_items,
    _html_item,
    _json_items,
    _jsonl_items,
    _Log,
)
from geo.ingest.pubdates import _dateline_date, parse_date
from geo.models import Article

__all__ = [
    "Problem",
    "IngestReport",
    "SUPPORTED_EXTENSIONS",
    "TEXT_KEYS",
    "TITLE_KEYS",
    "DATE_KEYS",
    "URL_KEYS",
    "ID_KEYS",
    "from_text",
    "read_bytes",
    "read_file",
    "read_files",
    "decode",
    "parse_date",
    "safe_url",
    "article_id",
]


_FORMATS = {
    "txt": "text", "text": "text",
    "md": "markdown", "markdown": "markdown",
    "html": "html", "htm": "html", "xhtml": "html",
    "csv": "csv", "tsv": "csv",
    "jsonl": "jsonl", "ndjson": "jsonl",
    "json": "json",
    "xml": "feed", "rss": "feed", "atom": "feed",
}  # fmt: skip
#: File extensions read (for an upload widget's accepted types).
SUPPORTED_EXTENSIONS = tuple(_FORMATS)

MAX_TITLE_CHARS = 300


@dataclass(frozen=True, slots=True)
class IngestReport:
    """Articles read from one or more inputs, with every problem met on the way."""

    articles: tuple[Article, ...] = ()
    problems: tuple[Problem, ...] = field(default=())


# -- public API -------------------------------------------------------------------------------


def from_text(
    text: str,
    title: str | None = None,
    date: str | dt.date | None = None,
    url: str | None = None,
    *,
    source: str = "pasted",
) -> Article:
    """One article from pasted text.

    Without ``title`` the first non-empty line is the title (and stays part of the text).
    Raises :class:`InputError` for empty text or a nonsense ``date``, :class:`LimitError` for
    text over ``max_text_chars``; an ``url`` that is not http(s) is dropped.
    """
    if not isinstance(text, str):
        raise InputError(f"the article text must be a string, got {type(text).__name__}")
    return _make_article(_normalize_text(text), title, parse_date(date), safe_url(url), source, limits())


def read_bytes(name: str, data: bytes) -> IngestReport:
    """Read one uploaded file given its name and content (the format follows the extension).

    Raises :class:`InputError`/:class:`LimitError` when the whole file is unusable (too large,
    empty, binary, malformed, an XML attack, more articles than allowed); rows or entries that
    cannot be used are reported in :attr:`IngestReport.problems` instead.
    """
    source = _source_name(name)
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise InputError(f"the content of {source!r} must be bytes, got {type(data).__name__}")
    data = bytes(data)
    lim = limits()
    lim.check_file_bytes(len(data), source)
    if not data.strip():
        raise InputError(f"{source!r} is empty" if not data else f"{source!r} holds only whitespace")
    log = _Log(source)
    fmt = _format(source, data)
    # Decoding also refuses binary data, whatever the format.
    text = decode(data, source=source, declared=_declared_charset(data) if fmt in ("html", "feed") else None)
    if not text.strip():
        raise InputError(f"{source!r} holds only whitespace")
    single = fmt in ("text", "markdown", "html")
    if fmt == "feed":
        lim.check_articles(len(_FEED_ENTRY.findall(text)), source)  # before feedparser builds them all
        items = _feed_items(data, source)
    elif fmt == "html":
        items = iter([_html_item(text, source)])
    elif single:
        items = iter([("", {"text": text, "title": _markdown_title(text) if fmt == "markdown" else None})])
    elif fmt == "csv":
        items = _csv_items(text, source, tab=source.lower().endswith(".tsv"))
    elif fmt == "jsonl":
        _check_json_size(text, source, lim)
        items = _jsonl_items(text, source, log)
    else:
        _check_json_size(text, source, lim)
        items = _json_items(text, source, log)
    articles = _collect(items, source, lim, log, strict=single)
    if not articles:
        if not log.problems:
            raise InputError(f"{source!r} holds no articles")
        first = log.problems[0]
        raise InputError(f"no article could be read from {source!r} ({first.where}: {first.message})")
    return IngestReport(tuple(articles), tuple(log.problems))


def read_file(path: str | os.PathLike[str]) -> IngestReport:
    """Read one file from disk; its size is checked before anything is read."""
    p = Path(path)
    source = _source_name(p.name)
    try:
        size = p.stat().st_size
        if not p.is_file():
            raise InputError(f"{str(path)!r} is not a file")
        limits().check_file_bytes(size, source)
        with p.open("rb") as fh:
            data = fh.read(limits().max_file_bytes + 1)  # the file may grow after stat()
    except OSError as err:
        raise InputError(f"cannot read {str(path)!r}: {err.strerror or err}") from err
    return read_bytes(p.name, data)


def read_files(items: Iterable[str | os.PathLike[str] | tuple[str, bytes]]) -> IngestReport:
    """Read many files (paths, or ``(name, bytes)`` pairs from an upload) into one report.

    A file that cannot be read becomes a :class:`Problem` and the batch goes on. Articles
    already read (same id) are dropped and reported; past ``max_articles`` in total, further
    articles are not read and that is reported too.
    """
    lim = limits()
    articles: list[Article] = []
    problems: list[Problem] = []
    seen: dict[str, str] = {}  # content hash -> source
    ids: dict[str, str] = {}  # article id -> source
    for item in items:
        is_pair = isinstance(item, tuple)
        is_path = isinstance(item, (str, os.PathLike))
        name = _source_name(item[0] if is_pair and item else Path(item).name if is_path else "")
        try:
            if is_pair:
                if len(item) != 2:
                    raise InputError(f"expected a (name, bytes) pair, got {len(item)} values")
                report = read_bytes(item[0], item[1])
            elif is_path:
                report = read_file(item)
            else:
                raise InputError(f"expected a file path or a (name, bytes) pair, got {type(item).__name__}")
        except BorderlinesError as err:
            problems.append(Problem(name, str(err)))
            continue
        problems.extend(report.problems)
        skipped = 0
        for a in report.articles:
            if (a.content_hash or a.id) in seen:
                problems.append(
                    Problem(name, f"{a.title[:80]!r} was already read from {seen[a.content_hash or a.id]!r}; dropped",
                            severity="warning")
                )
            elif len(articles) >= lim.max_articles:
                skipped += 1
            else:
                if a.id in ids and a.id != a.content_hash:
                    problems.append(Problem(name, f"the id {a.id!r} was already given to an article of {ids[a.id]!r}; "
                                            f"this article's id is its content hash {a.content_hash}", severity="warning"))
                    a = replace(a, id=a.content_hash)
                seen[a.content_hash or a.id] = a.source
                ids[a.id] = a.source
                articles.append(a)
        if skipped:
            problems.append(
                Problem(
                    name,
                    f"{skipped:,} article{'s were' if skipped > 1 else ' was'} not read: the batch already "
                    f"holds {lim.max_articles:,} articles, "
                    f"the limit (set {env_name('max_articles')} to raise it, or read the files in several batches)",
                )
            )
    return IngestReport(tuple(articles), tuple(problems))


def article_id(title: str, text: str) -> str:
    """Stable id: 16 hex digits of sha256 over the NFC, whitespace-collapsed title and text."""
    key = _norm_ws(title) + "\n" + _norm_ws(text)
    return hashlib.sha256(key.encode("utf-8", errors="surrogatepass")).hexdigest()[:16]


# -- articles --------------------------------------------------------------------------------


def _make_article(
    text: str, title: str | None, date: dt.date | None, url: str | None, source: str, lim: Limits,
    ref: str | None = None,
) -> Article:
    if not text:
        raise InputError(f"the text of {source!r} is empty")
    if not text.strip():
        raise InputError(f"the text of {source!r} holds only whitespace")
    lim.check_text_chars(len(text), source)
    explicit = _clean_title(title) if isinstance(title, str) else ""
    final_title = explicit or _clean_title(_first_line(text))
    if date is None:
        date = _dateline_date(text)  # "QUETTA, 18 February 2025 — ...": shown by the app and exports
    digest = article_id(final_title, text)
    return Article(
        id=ref or digest,
        title=final_title,
        text=text,
        date=date,
        url=url,
        source=source,
        skipped=boilerplate_spans(text, final_title),
        content_hash=digest,
    )


#: The longest caller id kept; ids are shown and exported, never used as file names.
MAX_ID_CHARS = 200


def caller_id(value: Any) -> str | None:
    """The caller's article id as given (white space trimmed), or None when there is none.

    Raises :class:`InputError` for an id that is too long or holds control characters.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise InputError(f"an id must be text or a whole number, got {type(value).__name__}")
    ref = str(value).strip()
    if len(ref) > MAX_ID_CHARS:
        raise InputError(f"the id {ref[:40] + '…'!r} is longer than {MAX_ID_CHARS} characters")
    if any(unicodedata.category(ch)[0] == "C" for ch in ref):
        raise InputError(f"the id {ref[:40]!r} holds control characters")
    return ref


def _collect(
    items: Iterator[tuple[str, dict[str, Any]]], source: str, lim: Limits, log: _Log, strict: bool = False
) -> list[Article]:
    """Rows/entries (``where``, fields) -> articles, with per-row problems and duplicates.

    ``strict`` (a file that is one article): an unusable text raises instead of being logged.
    """
    articles: list[Article] = []
    first_seen: dict[str, str] = {}  # content hash -> where
    ids_seen: dict[str, str] = {}  # article id -> where
    count = 0
    for where, fields in items:
        count += 1
        if count > lim.max_articles:
            lim.check_articles(count, source, more=True)
        text = fields.get("text")
        if not isinstance(text, str):
            log.add(where, "no text (a 'text' value is required); skipped" if text is None else
                    f"the text must be a string, got {type(text).__name__}; skipped")
            continue
        text = _normalize_text(text)
        if not strict:  # in a one-article file, _make_article raises these errors itself
            if not text.strip():
                log.add(where, "empty text; skipped")
                continue
            try:
                lim.check_text_chars(len(text), f"{source} {where}")
            except LimitError as err:
                log.add(where, f"{err}; skipped")
                continue
        date = log.read_or_warn(where, parse_date, fields.get("date"), "read without a date")
        raw_url = fields.get("url")
        url = safe_url(raw_url)
        if raw_url not in (None, "") and url is None:
            log.add(where, f"the link {_show(raw_url)} is not an http(s) address; dropped", severity="warning")
        ref = log.read_or_warn(where, caller_id, fields.get("id"), "the content hash is its id")
        title = fields.get("title")
        article = _make_article(text, title if isinstance(title, str) else None, date, url, source, lim, ref)
        if article.content_hash in first_seen:
            log.add(where, f"same title and text as {first_seen[article.content_hash] or 'an earlier article'}; dropped",
                    severity="warning")
            continue
        if ref is not None and ref in ids_seen:
            log.add(where, f"the id {ref!r} was already given to {ids_seen[ref]}; this article's id is its content "
                    f"hash {article.content_hash}", severity="warning")
            article = replace(article, id=article.content_hash)
        first_seen[article.content_hash] = where
        ids_seen[article.id] = where
        articles.append(article)
    return articles


# -- formats --------------------------------------------------------------------------------


def _format(source: str, data: bytes) -> str:
    ext = source.rsplit(".", 1)[-1].lower() if "." in source else ""
    if ext in _FORMATS:
        return _FORMATS[ext]
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<?xml") or head.startswith((b"<rss", b"<feed", b"<rdf")):
        return "html" if b"<html" in head else "feed"
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    if head.startswith((b"{", b"[")):
        return "json"
    return "text"


# -- bytes and text helpers ----------------------------------------------------------------


def _norm_ws(s: str) -> str:
    return " ".join(unicodedata.normalize("NFC", s).split())


def _first_line(text: str) -> str:
    for line in text.split("\n"):
        if line.strip():
            return line
    return ""


def _clean_title(title: str) -> str:
    t = " ".join(title.split())
    return t if len(t) <= MAX_TITLE_CHARS else t[: MAX_TITLE_CHARS - 1].rstrip() + "…"


def _markdown_title(text: str) -> str:
    return _first_line(text).strip().strip("#").strip() or _first_line(text)


def _source_name(name: Any) -> str:
    s = str(name) if name is not None else ""
    s = re.split(r"[\\/]", s)[-1]
    s = "".join(ch if ch.isprintable() else "\ufffd" for ch in s).strip()
    s = s.encode("utf-8", errors="replace").decode("utf-8")
    return (s[:120] if len(s) > 120 else s) or "upload"


def _show(value: Any, width: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= width else text[: width - 1] + "…"


# -- dates ------------------------------------------------------------------------------------


