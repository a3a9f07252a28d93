"""One reader per input format (web page, CSV/TSV, JSON, JSONL, RSS/Atom), each yielding
(source, fields) items with the problems it met; XML attacks refused before parsing."""
from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

from geo.config import Limits, env_name, limits
from geo.errors import InputError, LimitError
from geo.ingest.decoding import decode
from geo.ingest.pubdates import parse_date
from geo.serialize import loads

T = TypeVar("T")

#: Column/key names, first the canonical one, then accepted aliases (matched case-insensitively).
TEXT_KEYS = ("text", "body", "content")


TITLE_KEYS = ("title", "headline")


DATE_KEYS = ("date", "published", "published_at", "pubdate")


URL_KEYS = ("url", "link")


ID_KEYS = ("id", "article_id", "guid")


MAX_PROBLEMS_PER_FILE = 50


_FEED_ENTRY = re.compile(r"<(?:[\w.-]+:)?(?:item|entry)[\s/>]", re.I)


# A JSON string, or an unterminated one running to the end of the text: possessive, and taking
# the unterminated rest whole, so a text of repeated '"\\' is scanned once, not once per quote.
_JSON_STRING = re.compile(r'"[^"\\]*+(?:\\.[^"\\]*+)*+(?:"|\\?\Z)', re.S)


_GEOJSON_TYPES = ("FeatureCollection", "Feature", "GeometryCollection", "Polygon", "MultiPolygon", "Point",
                  "MultiPoint", "LineString", "MultiLineString")


_JSON_VALUES_PER_ARTICLE = 200  # generous: an article object with metadata has a few dozen


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

    def read_or_warn(self, where: str, read: Callable[[Any], T], value: Any, instead: str) -> T | None:
        """``read(value)``; when it refuses the value (:class:`InputError`), None and a warning
        saying what happens ``instead`` (an optional field never costs the article)."""
        try:
            return read(value)
        except InputError as err:
            self.add(where, f"{err}; {instead}", severity="warning")
            return None


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
