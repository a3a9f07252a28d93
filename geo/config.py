"""Configurable limits on what Borderlines accepts, and the messages shown when input exceeds them.

Every limit has a default and an environment variable that overrides it, read each time
:func:`limits` is called (so a test or a deployment can change it without a restart)::

    BORDERLINES_MAX_FILE_BYTES=50MB python -m geo ...

Byte sizes accept a decimal suffix (``k``/``KB``, ``M``/``MB``, ``G``/``GB``); every value also
accepts ``_`` as a digit separator (``2_000_000``).

>>> limits().max_articles
1000
"""
from __future__ import annotations

import contextlib
import contextvars
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, fields

from geo.errors import InputError, LimitError

__all__ = ["Limits", "limits", "ENV_PREFIX", "env_name", "format_bytes"]

ENV_PREFIX = "BORDERLINES_"

_SUFFIXES = {"": 1, "K": 10**3, "KB": 10**3, "M": 10**6, "MB": 10**6, "G": 10**9, "GB": 10**9}
_SIZE = re.compile(r"\s*([0-9][0-9_]*)\s*([A-Za-z]{0,2})\s*")


@dataclass(frozen=True, slots=True)
class Limits:
    """What one request may hold. Field ``max_x`` is overridden by ``BORDERLINES_MAX_X``."""

    max_file_bytes: int = 20_000_000  # one uploaded or read file
    max_articles: int = 1000  # articles per batch (all files of one request together)
    max_text_chars: int = 2_000_000  # characters of one article's text
    max_features: int = 20_000  # features (pins, areas, segments) drawn on one map
    max_url_param_chars: int = 4096  # one query-string value (share links, app state)
    max_json_depth: int = 64  # nesting of arrays/objects in any JSON we parse
    max_html_tags: int = 100_000  # tags of one saved web page (extraction time grows with them)
    max_article_seconds: int = 60  # analysis time of one article; it stops there with what it found (geo.budget)
    max_parquet_rows: int = 2_000_000  # rows of one uploaded GeoParquet file (read from its metadata first)
    max_parquet_bytes: int = 1_000_000_000  # uncompressed size of one uploaded GeoParquet file
    max_store_bytes: int = 2_000_000_000  # all saved maps together (payload bytes), per store

    # -- checks: each raises LimitError with the value, the limit and what to do ---------------

    def check_file_bytes(self, size: int, name: str) -> None:
        """Refuse a file larger than ``max_file_bytes`` (call before reading or parsing it)."""
        self._check("max_file_bytes", size, f"{name!r} is {format_bytes(size)}",
                    " or split the file", shown=format_bytes)

    def check_articles(self, count: int, name: str, *, more: bool = False) -> None:
        """Refuse more than ``max_articles`` articles; ``more`` means counting stopped early."""
        held = f"more than {self.max_articles:,}" if more else f"{count:,}"
        self._check("max_articles", count, f"{name!r} holds {held} articles", " or split the file")

    def check_text_chars(self, length: int, name: str) -> None:
        """Refuse an article text longer than ``max_text_chars`` characters."""
        self._check("max_text_chars", length, f"the text of {name!r} has {length:,} characters",
                    " or split the article")

    def check_features(self, count: int, name: str) -> None:
        """Refuse a map or layer with more than ``max_features`` features."""
        self._check("max_features", count, f"{name!r} has {count:,} features",
                    " or filter the map to fewer items")

    def check_url_param(self, length: int, name: str) -> None:
        """Refuse a URL parameter value longer than ``max_url_param_chars``."""
        self._check("max_url_param_chars", length, f"the link parameter {name!r} has {length:,} characters",
                    " or save the map and share its id instead")

    def check_json_depth(self, depth: int, name: str) -> None:
        """Refuse JSON nested deeper than ``max_json_depth`` levels."""
        self._check("max_json_depth", depth, f"{name!r} nests JSON {depth:,} levels deep", shown=str)

    def check_store_bytes(self, used: int, adding: int) -> None:
        """Refuse a save that would take the map store past ``max_store_bytes``."""
        if used + adding > self.max_store_bytes:
            raise LimitError(
                f"the map store is full: it holds {format_bytes(used)} of saved maps and this map "
                f"needs {format_bytes(adding)} more, over the limit of {format_bytes(self.max_store_bytes)} "
                f"(an administrator can set {env_name('max_store_bytes')} to raise it, or remove old maps)"
            )

    def check_html_tags(self, count: int, name: str) -> None:
        """Refuse a web page with more than ``max_html_tags`` tags (checked before parsing it)."""
        self._check("max_html_tags", count, f"{name!r} has {count:,} HTML tags",
                    " or paste the article's text instead")

    def _check(self, field_name: str, value: int, held: str, instead: str = "", *,
               shown: Callable[[int], str] = "{:,}".format) -> None:
        """The one check: refuse ``value`` over the limit ``field_name``, saying what the input
        holds (``held``), the limit as ``shown``, the variable that raises it and what else to do."""
        limit = getattr(self, field_name)
        if value > limit:
            raise LimitError(
                f"{held}; the limit is {shown(limit)} (set {env_name(field_name)} to raise it){instead}"
            )


def env_name(field_name: str) -> str:
    """``"max_file_bytes"`` -> ``"BORDERLINES_MAX_FILE_BYTES"``."""
    return ENV_PREFIX + field_name.upper()


def format_bytes(size: int) -> str:
    """Human size in decimal units: ``31_200_000`` -> ``"31.2 MB"``, ``20_000_000`` -> ``"20 MB"``."""
    for unit, factor in (("GB", 10**9), ("MB", 10**6), ("kB", 10**3)):
        if size >= factor:
            return f"{size / factor:.1f}".removesuffix(".0") + f" {unit}"
    return f"{size} bytes"


def _parse_env(name: str, raw: str, *, sizes: bool) -> int:
    m = _SIZE.fullmatch(raw)
    suffix = m.group(2).upper() if m else ""
    if not m or (suffix and (not sizes or suffix not in _SUFFIXES)):
        units = " (a number of bytes, optionally with kB/MB/GB)" if sizes else ""
        raise InputError(f"{name}={raw!r} is not a whole number{units}; unset it or fix the value")
    value = int(m.group(1).replace("_", "")) * _SUFFIXES[suffix]
    if value < 1:
        raise InputError(f"{name}={raw!r} must be at least 1; unset it or fix the value")
    return value


#: Defaults raised for one task (e.g. a corpus run) by :func:`raised_defaults`; context-local,
#: so a batch in one thread never widens what an app session in another accepts.
_RAISED: contextvars.ContextVar[dict[str, int]] = contextvars.ContextVar("borderlines_raised_limits", default={})  # noqa: B039 - never mutated, only replaced by .set()


@contextlib.contextmanager
def raised_defaults(**values: int) -> Iterator[None]:
    """Use ``values`` instead of the built-in defaults inside the ``with`` block.

    Environment variables still win: an operator's explicit ``BORDERLINES_MAX_*`` is never
    overridden. ``with raised_defaults(max_articles=1_000_000): ...``
    """
    unknown = set(values) - {f.name for f in fields(Limits)}
    if unknown:
        raise InputError(f"unknown limits: {sorted(unknown)!r}")
    token = _RAISED.set({**_RAISED.get(), **values})
    try:
        yield
    finally:
        _RAISED.reset(token)


def limits() -> Limits:
    """The limits in force: the defaults (or :func:`raised_defaults`), overridden by
    ``BORDERLINES_MAX_*`` environment variables.

    Raises :class:`~geo.errors.InputError` when a variable is set to something that is not a
    positive whole number.
    """
    overrides: dict[str, int] = dict(_RAISED.get())
    for f in fields(Limits):
        name = env_name(f.name)
        raw = os.environ.get(name)
        if raw is not None and raw.strip():
            overrides[f.name] = _parse_env(name, raw, sizes=f.name.endswith("_bytes"))
    return Limits(**overrides)


def workers() -> int:
    """How many processes analyse articles for the app (``BORDERLINES_WORKERS``, default 2; see
    :mod:`geo.appstate.worker`); ``0`` analyses in the session's own thread.

    >>> workers()
    2
    """
    name = env_name("workers")
    raw = os.environ.get(name, "").strip()
    if not raw:
        return 2
    return 0 if raw == "0" else _parse_env(name, raw, sizes=False)
