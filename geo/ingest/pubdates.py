"""Publication dates in the forms feeds, pages and CSV files write them, with guards for
day/month ambiguity and implausible years."""
from __future__ import annotations

import datetime as dt
import email.utils
import re
import time
from typing import Any

from geo.errors import InputError

_MIN_DATE = dt.date(1800, 1, 1)


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
