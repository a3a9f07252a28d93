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

import codecs
import csv
import datetime as dt
import email.utils
import hashlib
import io
import os
import re
import time
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from geo.ingest.boilerplate import boilerplate_spans
from geo.config import Limits, env_name, limits
from geo.errors import BorderlinesError, InputError, LimitError
from geo.html import safe_url  # the one link policy (re-exported for callers)
from geo.models import Article
from geo.serialize import loads

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

#: Column/key names, first the canonical one, then accepted aliases (matched case-insensitively).
TEXT_KEYS = ("text", "body", "content")
TITLE_KEYS = ("title", "headline")
DATE_KEYS = ("date", "published", "published_at", "pubdate")
URL_KEYS = ("url", "link")
ID_KEYS = ("id", "article_id", "guid")

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
MAX_PROBLEMS_PER_FILE = 50
_MIN_DATE = dt.date(1800, 1, 1)

# Magic numbers of common binary formats someone may upload by mistake.
_MAGIC = (
    (b"PK\x03\x04", "a ZIP archive (or a Word/Excel/OpenDocument file)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "a program (ELF)"),
    (b"MZ\x90\x00", "a Windows program"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 audio file"),
    (b"\x1aE\xdf\xa3", "a Matroska/WebM video"),
    (b"wOFF", "a web font"),
    (b"PAR1", "a Parquet file"),
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\x0b\x0c\x1b") + b"\x7f"
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_DECLARED_CHARSET = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?([A-Za-z0-9_.:-]{2,40})""", re.I)
# Codecs a page may declare (not idna, punycode, unicode_escape ...: not page encodings).
_DECLARABLE = (
    "utf-8", "ascii", "cp", "iso8859", "latin", "shift_jis", "euc", "gb", "big5", "koi8", "mac-",
    "iso2022", "johab", "tis-620", "hz",
)  # fmt: skip
_FEED_ENTRY = re.compile(r"<(?:[\w.-]+:)?(?:item|entry)[\s/>]", re.I)
# A JSON string, or an unterminated one running to the end of the text: possessive, and taking
# the unterminated rest whole, so a text of repeated '"\\' is scanned once, not once per quote.
_JSON_STRING = re.compile(r'"[^"\\]*+(?:\\.[^"\\]*+)*+(?:"|\\?\Z)', re.S)
_GEOJSON_TYPES = ("FeatureCollection", "Feature", "GeometryCollection", "Polygon", "MultiPolygon", "Point",
                  "MultiPoint", "LineString", "MultiLineString")
_JSON_VALUES_PER_ARTICLE = 200  # generous: an article object with metadata has a few dozen
_CJK = re.compile(r"[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]")
_KANA = re.compile(r"[\u3001\u3002\u3040-\u30ff\uff66-\uff9f]")


@dataclass(frozen=True, slots=True)
class Problem:
    """Something in the input that was not read as given, and why.

    ``severity`` is ``"error"`` when something was rejected (a file, a row) and ``"warning"``
    when it was read with a change (an unsafe URL dropped, an unreadable date left out).
    """

    source: str  # file name, or "pasted"
    message: str  # what happened and what to do about it
    where: str = ""  # "row 3", "line 7", "entry 2"; "" for the whole file
    severity: str = "error"


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


def decode(data: bytes, *, source: str = "input", declared: str | None = None) -> str:
    """Bytes -> text, refusing binary data.

    Order: a BOM (UTF-8/16/32); UTF-16 without BOM; a ``declared`` charset (from an HTML or XML
    header) when the bytes decode with it; UTF-8; Shift-JIS/cp932 when the result is mostly
    Japanese script; cp1252; latin-1. Text that is mostly UTF-8 with a few bad bytes is decoded
    as UTF-8 with U+FFFD for the bad bytes. Line endings become ``\\n``; control characters
    (NUL ...) become U+FFFD.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _normalize_text(data[len(bom):].decode(codec, errors="replace"))
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _normalize_text(data.decode(utf16, errors="replace"))
    _refuse_binary(data, source)
    if declared:
        try:
            codec = codecs.lookup(declared).name
            if codec.startswith(_DECLARABLE) and not codec.startswith(("utf-16", "utf-32")):
                return _normalize_text(data.decode(codec))
        except (LookupError, UnicodeError, ValueError):
            pass  # a wrong or unknown declaration: fall back to detection
    try:
        return _normalize_text(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    loose = data.decode("utf-8", errors="replace")
    bad = loose.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    good = sum(1 for ch in loose if ord(ch) > 127 and ch != "\ufffd")
    if good and bad <= good:  # mostly UTF-8, a few stray bytes (mixed encodings)
        return _normalize_text(loose)
    try:
        sjis = data.decode("cp932")
        non_ascii = [ch for ch in sjis if ord(ch) > 127]
        cjk = sum(1 for ch in non_ascii if _CJK.match(ch))
        # Japanese prose is full of kana and 、。; latin-1 accents read as Shift-JIS give kanji only.
        kana = sum(1 for ch in non_ascii if _KANA.match(ch))
        if non_ascii and cjk >= 0.6 * len(non_ascii) and kana >= 0.2 * len(non_ascii):
            return _normalize_text(sjis)
    except UnicodeDecodeError:
        pass
    try:
        return _normalize_text(data.decode("cp1252"))
    except UnicodeDecodeError:
        return _normalize_text(data.decode("latin-1"))


def parse_date(value: Any) -> dt.date | None:
    """A publication date from a string, date, datetime or struct_time; None for None/"".

    Accepts ISO 8601 (``2024-03-05``, ``2024-03-05T08:00:00Z``), RFC 2822 (feeds) and written
    forms (``5 March 2024``, ``March 5, 2024``, ``Tue, 5 Mar 2024``, ``05/03/2024`` when the day
    is > 12). Raises :class:`InputError` for anything else, for ambiguous ``03/04/2024``, and
    for dates before 1800 or more than two days in the future.

    >>> parse_date("March 5, 2024 at 10:30 GMT")
    datetime.date(2024, 3, 5)
    """
    if value is None:
        return None
    if isinstance(value, time.struct_time):
        try:
            value = dt.date(value.tm_year, value.tm_mon, value.tm_mday)
        except ValueError as err:
            raise InputError(f"the date {tuple(value)[:3]!r} does not exist") from err
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return _plausible(value, value)
    if not isinstance(value, str):
        raise InputError(f"a date must be text like '2024-03-05', got {type(value).__name__}")
    raw = value
    s = " ".join(value.split())
    if not s:
        return None
    if len(s) > 80:
        raise InputError(f"{s[:40] + '…'!r} is too long to be a date")
    found = _parse_date_text(s)
    if found is None:
        raise InputError(f"the date {raw!r} is not understood; write it as YYYY-MM-DD, e.g. 2024-03-05")
    return _plausible(found, raw)


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
        try:
            date = parse_date(fields.get("date"))
        except InputError as err:
            log.add(where, f"{err}; read without a date", severity="warning")
            date = None
        raw_url = fields.get("url")
        url = safe_url(raw_url)
        if raw_url not in (None, "") and url is None:
            log.add(where, f"the link {_show(raw_url)} is not an http(s) address; dropped", severity="warning")
        try:
            ref = caller_id(fields.get("id"))
        except InputError as err:
            log.add(where, f"{err}; the content hash is its id", severity="warning")
            ref = None
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


class _Log:
    """Problems of one file, capped so a broken file of a million rows stays readable."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.problems: list[Problem] = []
        self.dropped = 0

    def add(self, where: str, message: str, severity: str = "error") -> None:
        if len(self.problems) < MAX_PROBLEMS_PER_FILE:
            self.problems.append(Problem(self.source, message, where, severity))
        else:
            self.dropped += 1
            more = f"… and {self.dropped:,} more problems in this file (not listed)"
            if len(self.problems) == MAX_PROBLEMS_PER_FILE:
                self.problems.append(Problem(self.source, more))
            else:
                self.problems[-1] = Problem(self.source, more)


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


def _html_item(html: str, source: str) -> tuple[str, dict[str, Any]]:
    limits().check_html_tags(html.count("<"), source)  # extraction time grows with the tags
    import trafilatura  # heavy: only when a web page is read

    try:
        doc = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            deduplicate=False,
            # Metadata only: a date guessed from the body text would be a guess, not the date.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
        text = (doc.text or "") if doc is not None else ""
        if not text.strip():
            _, text, _ = trafilatura.baseline(html)  # pages without a recognisable article body
    except Exception as err:  # any failure of the parser on hostile markup becomes one message
        raise InputError(f"could not read {source!r} as a web page ({type(err).__name__})") from err
    if not text or not text.strip():
        raise InputError(f"no article text found in {source!r}; paste the article's text instead")
    fields: dict[str, Any] = {"text": text}
    if doc is not None:
        fields.update(title=doc.title, date=doc.date, url=doc.url)
    return "", fields


def _csv_items(text: str, source: str, tab: bool) -> Iterator[tuple[str, dict[str, Any]]]:
    # A field may legitimately hold a long article; the file size limit bounds it anyway.
    csv.field_size_limit(max(csv.field_size_limit(), limits().max_file_bytes))
    header_line = text.split("\n", 1)[0]
    delimiter = "\t" if tab else max(",;\t|", key=header_line.count)
    if header_line.count(delimiter) == 0:
        delimiter = ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as err:
        raise InputError(f"{source!r} has no header row") from err
    columns = _columns(header, source)
    row_no = 1  # the header is row 1, as a spreadsheet shows it
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            raise InputError(f"{source!r} is not a valid CSV file after row {row_no}: {err}") from err
        row_no += 1
        if not any(cell.strip() for cell in row):
            continue
        yield f"row {row_no}", {key: row[i] for key, i in columns.items() if i < len(row)}


def _columns(header: list[str], source: str) -> dict[str, int]:
    names = [h.strip().lstrip("\ufeff").strip().lower() for h in header]
    columns: dict[str, int] = {}
    for key, aliases in (("text", TEXT_KEYS), ("title", TITLE_KEYS), ("date", DATE_KEYS), ("url", URL_KEYS), ("id", ID_KEYS)):
        for alias in aliases:
            if alias in names:
                columns[key] = names.index(alias)
                break
    if "text" not in columns:
        found = ", ".join(repr(n[:40]) for n in names[:12]) or "none"
        raise InputError(
            f"{source!r} has no 'text' column (also accepted: 'body', 'content'); found columns: {found}. "
            "The first row must name the columns: text (required), title, date, url"
        )
    return columns


def _check_json_size(text: str, source: str, lim: Limits) -> None:
    """Refuse JSON holding far more values than the allowed articles need, before parsing it.

    A 20 MB file of ``[{},{},...]`` or ``["a","a",...]`` would otherwise become millions of
    Python objects; commas and brackets outside strings bound the number of values.
    """
    bare = _JSON_STRING.sub('""', text)
    values = bare.count(",") + bare.count("{") + bare.count("[")
    most = _JSON_VALUES_PER_ARTICLE * lim.max_articles
    if values > most:
        raise LimitError(
            f"{source!r} holds about {values:,} JSON values, far more than the limit of "
            f"{lim.max_articles:,} articles needs (set {env_name('max_articles')} to raise it) or split the file"
        )


def _json_items(text: str, source: str, log: _Log) -> Iterator[tuple[str, dict[str, Any]]]:
    try:
        value = loads(text, source)
    except InputError as err:
        if "Extra data" in str(err) and "\n" in text.strip():  # JSON Lines saved as .json
            return _jsonl_items(text, source, log)
        raise
    if isinstance(value, dict) and value.get("type") in _GEOJSON_TYPES:
        raise InputError(
            f"{source!r} is a GeoJSON map layer ({value['type']}); Borderlines reads news articles, "
            "not map layers: upload the articles (text, web pages, CSV/JSON with a 'text' column or feeds)"
        )
    if isinstance(value, dict) and isinstance(value.get("articles"), list):
        value = value["articles"]
    elif isinstance(value, dict):
        value = [value]
    if not isinstance(value, list):
        raise InputError(
            f"{source!r} must hold a list of articles (objects with a 'text' key), "
            f"an object with an 'articles' list, or one article object; found {type(value).__name__}"
        )
    return _objects(((f"item {i}", v) for i, v in enumerate(value, start=1)), log)


def _jsonl_items(text: str, source: str, log: _Log) -> Iterator[tuple[str, dict[str, Any]]]:
    def parsed() -> Iterator[tuple[str, Any]]:
        for n, line in enumerate(text.split("\n"), start=1):
            if not line.strip():
                continue
            try:
                yield f"line {n}", loads(line, f"{source} line {n}")
            except InputError as err:
                log.add(f"line {n}", str(err))

    return _objects(parsed(), log)


def _objects(values: Iterable[tuple[str, Any]], log: _Log) -> Iterator[tuple[str, dict[str, Any]]]:
    for where, value in values:
        if not isinstance(value, dict):
            log.add(where, f"expected an object with a 'text' key, got {type(value).__name__}; skipped")
            continue
        lowered = {str(k).strip().lower(): v for k, v in value.items()}
        fields: dict[str, Any] = {}
        for key, aliases in (("text", TEXT_KEYS), ("title", TITLE_KEYS), ("date", DATE_KEYS), ("url", URL_KEYS), ("id", ID_KEYS)):
            for alias in aliases:
                if alias in lowered:
                    fields[key] = lowered[alias]
                    break
        if "text" not in fields:
            log.add(where, "no 'text' key (also accepted: 'body', 'content'); skipped")
            continue
        if isinstance(fields.get("id"), int) and not isinstance(fields["id"], bool):
            fields["id"] = str(fields["id"])  # {"id": 1042}
        for key in ("title", "date", "url", "id"):
            if key in fields and fields[key] is not None and not isinstance(fields[key], str):
                log.add(where, f"the {key} must be a string, got {type(fields[key]).__name__}; ignored",
                        severity="warning")
                fields[key] = None
        yield where, fields


def _feed_items(data: bytes, source: str) -> Iterator[tuple[str, dict[str, Any]]]:
    _refuse_xml_attacks(data, source)
    import feedparser  # only when a feed is read

    try:
        # A stream, never bytes or str: feedparser treats a string as a URL or a file name.
        parsed = feedparser.parse(io.BytesIO(data), resolve_relative_uris=False, sanitize_html=True)
        entries = list(parsed.entries)
    except Exception as err:  # the lenient parser's failures on hostile input become one message
        raise InputError(f"could not read {source!r} as an RSS or Atom feed ({type(err).__name__})") from err
    if not entries:
        if not parsed.get("version"):
            raise InputError(f"{source!r} is not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root)")
        raise InputError(f"the feed {source!r} has no entries")
    return _entry_items(entries)


def _entry_items(entries: list[Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for i, entry in enumerate(entries, start=1):
        html = ""
        contents = entry.get("content") or []
        if contents and isinstance(contents[0], dict):
            html = contents[0].get("value") or ""
        html = html or entry.get("summary") or entry.get("description") or ""
        text = _html_fragment_text(html)
        title = entry.get("title")
        if isinstance(title, str) and "<" in title:  # Atom titles may be type="html"
            title = _html_fragment_text(title)
        if not text.strip() and isinstance(title, str):
            text = title  # a headline-only entry: its headline is the whole article
        # The date as written (the publisher's local day); feedparser's parsed form is in UTC.
        date: Any = entry.get("published") or entry.get("updated")
        try:
            parse_date(date)
        except InputError:
            date = entry.get("published_parsed") or entry.get("updated_parsed") or date
        yield f"entry {i}", {"text": text, "title": title, "date": date, "url": entry.get("link"), "id": entry.get("id")}


def _html_fragment_text(html: str) -> str:
    """Plain text of an HTML fragment (a feed entry's content), one block per line."""
    if "<" not in html:
        import html as html_mod

        return html_mod.unescape(html).strip()
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except Exception:  # an unparsable fragment: keep the text without tags
        return re.sub(r"<[^>]*>", " ", html).strip()
    for el in root.iter("script", "style"):
        el.drop_tree() if el.getparent() is not None else None
    for el in root.iter("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr"):
        el.tail = "\n" + (el.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


def _refuse_xml_attacks(data: bytes, source: str) -> None:
    """Refuse entity declarations and external references before feedparser sees the bytes."""
    from xml.etree.ElementTree import ParseError

    from defusedxml import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden
    from defusedxml.ElementTree import fromstring

    attack = (
        f"{source!r} was refused: it declares XML entities, which feeds do not need and which "
        "'billion laughs' attacks use to blow a small file up to gigabytes"
    )
    external = (
        f"{source!r} was refused: it refers to an external resource (an XXE attack reads "
        "local files or the network this way)"
    )
    try:
        fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except EntitiesForbidden as err:
        raise InputError(external if (err.sysid or err.pubid) else attack) from err
    except (ExternalReferenceForbidden, DTDForbidden) as err:
        raise InputError(external) from err
    except ParseError:
        # Not well-formed: feedparser's lenient parser may still read it, but never with a DTD,
        # which the strict parser could not check.
        sample = decode(data[:65536], source=source) if data[:4].count(0) else data[:65536].decode("latin-1")
        if re.search(r"<!\s*(?:ENTITY|DOCTYPE)", sample, re.I):
            raise InputError(attack) from None
    except Exception as err:  # expat limits, encoding errors: refuse rather than guess
        raise InputError(f"could not check {source!r} as XML ({type(err).__name__}); refused") from err


# -- bytes and text helpers ----------------------------------------------------------------


def _refuse_binary(data: bytes, source: str) -> None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"{source!r} looks like {what}, not text; save the article as .txt, .html, .csv, .json or a feed")
    sample = data[:8192]
    nul = sample.count(0)
    control = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if nul > max(1, len(sample) // 100) or control > max(2, len(sample) // 20):
        share = 100 * control / len(sample)
        raise InputError(
            f"{source!r} looks like binary data ({share:.0f}% control bytes), not text; "
            "save the article as .txt, .html, .csv, .json or a feed"
        )


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 8 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    half = len(sample) // 2
    if odd.count(0) >= 0.7 * half and even.count(0) < 0.1 * half:
        return "utf-16-le"
    if even.count(0) >= 0.7 * half and odd.count(0) < 0.1 * half:
        return "utf-16-be"
    return None


def _declared_charset(data: bytes) -> str | None:
    m = _DECLARED_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii") if m else None


def _normalize_text(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x0b", "\n").replace("\x0c", "\n")
    text = _CONTROL_CHARS.sub("\ufffd", text)
    # Lone surrogates (from a str given by a caller) cannot be written out as UTF-8.
    return text.encode("utf-8", errors="replace").decode("utf-8") if _has_surrogates(text) else text


def _has_surrogates(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


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

_WEEKDAY = re.compile(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+", re.I)
_ORDINAL = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\b", re.I)
_TIME_TAIL = re.compile(
    r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?"
    r"\s*(?:[A-Z]{2,5}|[+-]\d{2}:?\d{2}|\([A-Z]{2,5}\))?)$",
    re.I,
)
_NUMERIC = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})")
_WRITTEN = (
    "%d %B %Y", "%d %b %Y", "%B %d %Y", "%b %d %Y", "%d %B, %Y", "%d %b, %Y", "%B %d, %Y", "%b %d, %Y",
    "%Y/%m/%d", "%Y.%m.%d", "%d-%b-%Y", "%d-%B-%Y", "%B %Y",
)  # fmt: skip


def _parse_date_text(s: str) -> dt.date | None:
    try:
        return dt.datetime.fromisoformat(s).date()
    except ValueError:
        pass
    if "," in s or s[:3].isalpha():
        try:
            return email.utils.parsedate_to_datetime(s).date()
        except (TypeError, ValueError, IndexError, OverflowError):
            pass
    t = _TIME_TAIL.sub("", _WEEKDAY.sub("", s)).strip(" ,")
    t = _ORDINAL.sub(r"\1", t).replace(".", "" if re.search(r"[A-Za-z]\.", t) else ".")
    m = _NUMERIC.fullmatch(t)
    if m:
        a, b, year = (int(g) for g in m.groups())
        if a > 12 and b <= 12:
            day, month = a, b
        elif b > 12 and a <= 12:
            day, month = b, a
        elif a == b:
            day = month = a
        else:
            raise InputError(
                f"the date {s!r} is ambiguous (day/month or month/day?); write it as YYYY-MM-DD"
            )
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    for fmt in _WRITTEN:
        try:
            return dt.datetime.strptime(t, fmt).date()
        except ValueError:
            continue
    return _other_written(s)


#: A label before a publication date ("Published: …", "Updated on …") and "3rd of March".
_DATE_LABEL = re.compile(r"^(?:(?:first\s+)?published|updated|posted|last\s+modified|modified|date)\s*(?:on\s*)?:?\s*", re.I)
_DAY_OF = re.compile(r"\b(\d{1,2})\s+of\s+", re.I)
#: Two numbers that can both be a month: "03-04-2024", "3.4.2024" (refused as ambiguous).
_TWO_SMALL = re.compile(r"\b(0?[1-9]|1[0-2])\s*[/.\-]\s*(0?[1-9]|1[0-2])\b")


def _other_written(s: str) -> dt.date | None:
    """Other written dates through dateparser ("le 5 mars 2024", "Published 3rd of March, 2024 10:00 PKT").

    Only absolute dates: a four-digit year and a day are required, so "yesterday" or "2 days
    ago" (relative to the day the file is read, not to when the article appeared) are refused;
    two numbers that can both be a month stay ambiguous.
    """
    t = _DAY_OF.sub(r"\1 ", _DATE_LABEL.sub("", s))
    if not re.search(r"(?<!\d)(?:1[89]|2\d)\d\d(?!\d)", t):
        return None
    small = _TWO_SMALL.search(t)
    if small and small.group(1).lstrip("0") != small.group(2).lstrip("0"):
        raise InputError(f"the date {s!r} is ambiguous (day/month or month/day?); write it as YYYY-MM-DD")
    import dateparser  # lazy: half a second to import, needed only for unusual forms

    settings = {"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False}
    for candidate in (t, _TIME_TAIL.sub("", t).strip(" ,")):
        found = dateparser.parse(candidate, settings=settings)
        if found is not None:
            return found.date()
    return None


def _dateline_date(text: str) -> dt.date | None:
    """The full date of the article's dateline when it is a plausible publication date, else None."""
    from geo.text.dates import dateline_date

    found = dateline_date(text)
    try:
        return _plausible(found, found) if found is not None else None
    except InputError:
        return None  # a dateline in the far future is no publication date


def _plausible(d: dt.date, raw: Any) -> dt.date:
    latest = dt.date.today() + dt.timedelta(days=2)
    if not _MIN_DATE <= d <= latest:
        raise InputError(f"the date {raw!r} is not a plausible publication date (before 1800 or in the future)")
    return d
