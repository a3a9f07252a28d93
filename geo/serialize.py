"""Models <-> JSON: the one place that turns :mod:`geo.models` records into plain dicts and back.

Plain form: dataclasses become dicts of their fields, tuples become lists, dates become ISO
strings (``"2024-03-05"``). :func:`dumps` sorts keys and refuses NaN/Infinity, so equal records
always give equal strings and :func:`content_hash` is stable. Reading back
(:func:`from_dict` and the ``*_from_dict`` helpers) checks every field's type, refuses unknown
keys and non-finite numbers, and reports the path of the first bad value::

    >>> from geo.models import Span
    >>> dumps(Span(3, 9, "byline"))
    '{"end":9,"reason":"byline","start":3}'
    >>> from_dict(Span, {"start": 3, "end": 9})
    Span(start=3, end=9, reason='')

:func:`loads` is the safe JSON reader every module uses on untrusted text: NaN/Infinity,
absurdly long integers and deep nesting are refused with a :class:`~geo.errors.InputError`.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import json
import math
import types
import typing
from typing import Any, TypeVar

from geo.config import limits
from geo.errors import InputError, LimitError
from geo.models import Article, Correction, Event, Mention, Result

__all__ = [
    "to_dict",
    "to_jsonable",
    "from_dict",
    "article_to_dict",
    "article_from_dict",
    "correction_to_dict",
    "correction_from_dict",
    "event_to_dict",
    "mention_to_dict",
    "result_to_dict",
    "result_from_dict",
    "dumps",
    "loads",
    "content_hash",
    "MAX_INT_DIGITS",
]

T = TypeVar("T")

#: Longest integer literal accepted by :func:`loads` (Python refuses > 4300 digits with a bare
#: ValueError; nothing in our data needs more than a few digits).
MAX_INT_DIGITS = 40


# -- models -> plain ------------------------------------------------------------------------


def to_jsonable(value: Any) -> Any:
    """Any mix of dataclasses, tuples, lists, dicts, dates and scalars -> JSON-able values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (tuple, list)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    raise InputError(f"cannot turn a {type(value).__name__} into JSON: {_show(value)}")


def to_dict(obj: Any) -> dict[str, Any]:
    """A dataclass record (Article, Event, Result, ...) -> a JSON-able dict."""
    if not dataclasses.is_dataclass(obj) or isinstance(obj, type):
        raise InputError(f"to_dict expects a record such as Article or Result, got {_show(obj)}")
    return to_jsonable(obj)


def article_to_dict(a: Article) -> dict[str, Any]:
    """:class:`~geo.models.Article` -> dict (``date`` as ``"YYYY-MM-DD"`` or None)."""
    return to_dict(_expect(a, Article))


def correction_to_dict(c: Correction) -> dict[str, Any]:
    """:class:`~geo.models.Correction` -> dict."""
    return to_dict(_expect(c, Correction))


def event_to_dict(e: Event) -> dict[str, Any]:
    """:class:`~geo.models.Event` -> dict (spans as ``{"start", "end", "reason"}`` dicts)."""
    return to_dict(_expect(e, Event))


def mention_to_dict(m: Mention) -> dict[str, Any]:
    """:class:`~geo.models.Mention` -> dict (place and candidates nested)."""
    return to_dict(_expect(m, Mention))


def result_to_dict(r: Result) -> dict[str, Any]:
    """:class:`~geo.models.Result` -> dict, the form the store and exports keep."""
    return to_dict(_expect(r, Result))


def dumps(obj: Any) -> str:
    """Compact JSON with sorted keys; NaN/Infinity are refused (:class:`InputError`)."""
    try:
        return json.dumps(
            to_jsonable(obj), sort_keys=True, allow_nan=False, ensure_ascii=False, separators=(",", ":")
        )
    except RecursionError as err:
        raise InputError("the value is nested too deeply to write as JSON") from err
    except ValueError as err:
        if isinstance(err, InputError):
            raise
        raise InputError(f"cannot write JSON: {err} (NaN and Infinity are not allowed)") from err


def content_hash(obj: Any) -> str:
    """sha256 hex digest of :func:`dumps` (equal content -> equal hash, whatever the key order)."""
    return hashlib.sha256(dumps(obj).encode("utf-8")).hexdigest()


# -- JSON text -> plain (safe) --------------------------------------------------------------


def loads(text: str | bytes, name: str = "JSON") -> Any:
    """Parse untrusted JSON; ``name`` (a file name, a parameter) is echoed in error messages.

    Refuses NaN/Infinity and numbers that overflow to infinity, integers longer than
    :data:`MAX_INT_DIGITS` digits, and nesting deeper than ``limits().max_json_depth``
    (:class:`~geo.errors.LimitError`); malformed JSON raises :class:`~geo.errors.InputError`
    with the line and column.
    """

    def constant(token: str) -> Any:
        raise InputError(f"{name!r} contains {token}, which is not a number JSON allows")

    def parse_float(token: str) -> float:
        value = float(token)
        if not math.isfinite(value):
            raise InputError(f"{name!r} contains the number {_show(token)}, too large to use")
        return value

    def parse_int(token: str) -> int:
        digits = len(token.lstrip("-"))
        if digits > MAX_INT_DIGITS:
            raise InputError(
                f"{name!r} contains an integer with {digits:,} digits; at most {MAX_INT_DIGITS} are accepted"
            )
        return int(token)

    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as err:
            raise InputError(f"{name!r} is not UTF-8 encoded JSON ({err.reason} at byte {err.start})") from err
    try:
        value = json.loads(text, parse_constant=constant, parse_float=parse_float, parse_int=parse_int)
    except RecursionError as err:
        depth = limits().max_json_depth
        raise LimitError(f"{name!r} nests JSON far too deeply (the limit is {depth} levels)") from err
    except json.JSONDecodeError as err:
        raise InputError(f"{name!r} is not valid JSON: {err.msg} (line {err.lineno}, column {err.colno})") from err
    except InputError:
        raise
    except ValueError as err:  # e.g. a surrogate or an int the interpreter refuses
        raise InputError(f"{name!r} is not usable JSON: {_show(str(err))}") from err
    limits().check_json_depth(_depth(value), name)
    return value


def _depth(value: Any) -> int:
    # Iterative, so a deep value that got this far cannot overflow the stack here.
    best, stack = 0, [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict):
            children = node.values()
        elif isinstance(node, list):
            children = node
        else:
            continue
        best = max(best, depth)
        stack.extend((child, depth + 1) for child in children)
    return best


# -- plain -> models --------------------------------------------------------------------------


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def from_dict(cls: type[T], data: Any, path: str = "") -> T:
    """Build the dataclass ``cls`` from its plain form, checking every field recursively.

    Missing fields take their defaults (a required one missing is an error), unknown keys are
    refused, and the error names the path of the bad value, e.g. ``articles[0].article.date``.
    """
    return _build(cls, data, path or cls.__name__)


def _build(tp: Any, value: Any, path: str) -> Any:
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        options = [a for a in args if a is not type(None)]
        if len(options) != 1:  # our models only use "X | None"
            raise InputError(f"{path}: cannot read a value of type {tp!r}")
        return _build(options[0], value, path)
    if origin is tuple:
        if not isinstance(value, (list, tuple)):
            raise InputError(f"{path}: expected a list, got {_show(value)}")
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_build(args[0], v, f"{path}[{i}]") for i, v in enumerate(value))
        if len(value) != len(args):
            raise InputError(f"{path}: expected {len(args)} values, got {_show(value)}")
        return tuple(_build(a, v, f"{path}[{i}]") for i, (a, v) in enumerate(zip(args, value)))
    if dataclasses.is_dataclass(tp):
        return _build_record(tp, value, path)
    if tp is dt.date:
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                pass
        raise InputError(f"{path}: expected a date like '2024-03-05', got {_show(value)}")
    if tp is bool:
        if isinstance(value, bool):
            return value
    elif tp is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    elif tp is float:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            if math.isfinite(value):
                return float(value)
            raise InputError(f"{path}: {value!r} is not a finite number")
    elif tp is str:
        if isinstance(value, str):
            return value
    else:
        raise InputError(f"{path}: cannot read a value of type {tp!r}")
    raise InputError(f"{path}: expected {tp.__name__}, got {_show(value)}")


def _build_record(cls: type, value: Any, path: str) -> Any:
    if not isinstance(value, dict):
        raise InputError(f"{path}: expected an object with the fields of {cls.__name__}, got {_show(value)}")
    known = {f.name: f for f in dataclasses.fields(cls)}
    unknown = sorted(str(k) for k in value if k not in known)
    if unknown:
        raise InputError(f"{path}: unknown field(s) {_show(unknown)} for {cls.__name__}")
    hints = _hints(cls)
    kwargs = {}
    for name, f in known.items():
        if name in value:
            kwargs[name] = _build(hints[name], value[name], f"{path}.{name}")
        elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            raise InputError(f"{path}: the field {name!r} is required")
    return cls(**kwargs)


def article_from_dict(d: Any) -> Article:
    """dict -> :class:`~geo.models.Article`; required keys ``id``, ``title``, ``text``.

    The ``url`` goes through the same http(s)-only check as at ingest: anything else is dropped.
    Skipped spans must lie inside the text.
    """
    from geo.html import safe_url

    article = from_dict(Article, d, "article")
    _check_spans(article.text, article.skipped, "article.skipped")
    url = safe_url(article.url)
    return article if url == article.url else dataclasses.replace(article, url=url)


def correction_from_dict(d: Any) -> Correction:
    """dict -> :class:`~geo.models.Correction` (required: article_id, start, end, action, from_id, to_id)."""
    c = from_dict(Correction, d, "correction")
    if not 0 <= c.start <= c.end:
        raise InputError(f"correction: start {c.start!r} and end {c.end!r} are not a valid span")
    if c.action not in ("choose", "remove", "add"):
        raise InputError(f"correction.action: expected 'choose', 'remove' or 'add', got {_show(c.action)}")
    return c


def result_from_dict(d: Any) -> Result:
    """dict -> :class:`~geo.models.Result`, checking that every mention, event and skipped span
    points inside its article's text (a mention's ``text`` must equal ``text[start:end]``)."""
    if not isinstance(d, dict):
        raise InputError(f"result: expected an object, got {_show(d)}")
    result = from_dict(Result, d, "result")
    articles = []
    for i, ar in enumerate(result.articles):
        where = f"result.articles[{i}]"
        article = article_from_dict(to_dict(ar.article))
        text = article.text
        for j, m in enumerate(ar.mentions):
            if not (0 <= m.start <= m.end <= len(text)) or text[m.start:m.end] != m.text:
                raise InputError(
                    f"{where}.mentions[{j}]: {_show(m.text)} is not at {m.start}..{m.end} of the article text"
                )
        for j, e in enumerate(ar.events):
            _check_spans(text, (e.trigger, e.sentence), f"{where}.events[{j}]")
        articles.append(ar if article == ar.article else dataclasses.replace(ar, article=article))
    return dataclasses.replace(result, articles=tuple(articles))


def _check_spans(text: str, spans: Any, path: str) -> None:
    for span in spans:
        if not 0 <= span.start <= span.end <= len(text):
            raise InputError(f"{path}: span {span.start}..{span.end} lies outside the text ({len(text)} characters)")


def _expect(obj: Any, cls: type[T]) -> T:
    if not isinstance(obj, cls):
        raise InputError(f"expected a {cls.__name__}, got {_show(obj)}")
    return obj


def _show(value: Any, width: int = 80) -> str:
    """``repr(value)`` cut to ``width`` characters, safe to echo in a message."""
    try:
        text = repr(value)
    except RecursionError:  # a value nested thousands deep: its type says enough
        return f"a deeply nested {type(value).__name__}"
    return text if len(text) <= width else text[: width - 1] + "…"
