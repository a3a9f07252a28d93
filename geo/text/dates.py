"""Dates in news text, resolved against the article date, with ACLED's time precision.

``time_precision`` follows ACLED: 1 = the exact day, 2 = the week (the date is a day of that
week, e.g. the Saturday of "over the weekend", the Monday of "last week"), 3 = the month or
anything coarser (the first day of the month or year: "in March", "since 2021").

Past-tense reports look back: "on Monday" in an article dated Wednesday 16 October 2024 is
Monday 14 October (the most recent Monday on or before the article date); with
``future=True`` ("will meet on Monday") it is the next one on or after it::

    >>> import datetime as dt
    >>> ref = dt.date(2024, 10, 16)
    >>> [(m.text, m.date.isoformat(), m.precision) for m in find_dates("clashes on Monday and last week", ref)]
    [('on Monday', '2024-10-14', 1), ('last week', '2024-10-07', 2)]
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from geo.lang.en import alternation
from geo.lang.en.calendar import MONTHS, NAMED_AFTER_A_DAY, WEEKDAYS
from geo.lang.en.numbers import NUMBER_WORDS

__all__ = ["DateMatch", "YEAR_IN_FIGURES", "find_dates", "resolve", "dateline_date", "text_date", "day_the_text_gives", "patterns", "MONTHS", "WEEKDAYS", "NUMBER_WORDS"]



@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date expression found in the text and what it resolves to."""

    start: int
    end: int
    text: str
    date: dt.date | None  # None when it is relative and there is no article date
    precision: int  # ACLED time_precision: 1 day, 2 week, 3 month or coarser
    rule: str


_MONTH = r"(?P<mon>january|february|march|april|may|june|july|august|september|october|november|december|jan\.?|feb\.?|mar\.?|apr\.?|jun\.?|jul\.?|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
#: What a number before it counts, so that it is no year ("between 2000 and 3000 people").
_COUNTED = r"(?:people|persons|men|women|protesters|demonstrators|marchers|supporters|workers|students|residents|troops|soldiers|fighters|militants|police|officers|homes|houses|families)\b"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
#: A year written in figures, anywhere ("in 2019", "the 2008 attacks").
YEAR_IN_FIGURES = re.compile(r"\b" + _YEAR + r"\b")
_WD = r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
#: Nouns of incidents a date word may qualify ("weekend bombings").
_INCIDENTS = (
    r"(?:attacks?|bombings?|blasts?|explosions?|clashes|fighting|violence|unrest|protests?|rall(?:y|ies)|marche?s?|"
    r"demonstrations?|riots?|raids?|(?:air\s?)?strikes?|killings?|shootings?|assaults?|ambush(?:es)?|"
    r"abductions?|kidnappings?|shelling)\b"
)
_NUM = r"(?P<num>\d{1,2}|" + "|".join(k for k in NUMBER_WORDS if k not in ("hundred",)) + r")"

# Order matters: longer, more specific expressions first; a later pattern never overlaps an
# earlier match.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (name, re.compile(p, re.IGNORECASE))
    for name, p in [
        ("iso", r"\b(?P<year>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<day>[0-3]\d)\b"),
        # ("March 16 of 1968", "16 March of 1968": the year joined by "of", as some English-language
        # presses write it, is the same full date)
        ("day-month-year", r"\b" + _DAY + r"\s+(?:of\s+)?" + _MONTH + r"(?:,?\s+|\s+of\s+)" + _YEAR + r"\b"),
        ("month-day-year", r"\b" + _MONTH + r"\s+" + _DAY + r"(?:,?\s+|\s+of\s+)" + _YEAR + r"\b"),
        ("day-month", r"\b" + _DAY + r"\s+(?:of\s+)?" + _MONTH + r"(?![a-z])"),
        ("month-day", r"\b" + _MONTH + r"\s+" + _DAY + r"\b(?!\s*(?:%|per|people|km|miles))"),
        ("month-year", r"\b(?:(?:in|since|during|by|from|until|of|early|late|mid-?)\s+)?" + _MONTH + r",?\s+" + _YEAR + r"\b"),
        ("day-before-yesterday", r"\bthe\s+day\s+before\s+yesterday\b"),
        # "overnight Sunday", "overnight into Monday": the weekday dates it, not "overnight"
        ("yesterday", r"\b(?:yesterday|last\s+night|overnight(?!\s+(?:on\s+|into\s+|to\s+)?" + _WD + r"))\b"),
        ("today", r"\b(?:today|this\s+(?:morning|afternoon|evening)|tonight)\b"),
        ("ago", r"\b" + _NUM + r"\s+(?P<unit>days?|weeks?|months?|years?)\s+ago\b"),
        # "weekend bombings", "the weekend's clashes": the incidents of the last weekend
        ("weekend", r"\b(?:over|at|during|on)\s+the\s+(?:past\s+)?weekend\b|\b(?:last|this|past)\s+weekend\b|"
                    r"\b(?:the\s+)?weekend(?:['’]s)?(?=\s+(?:[a-z-]+\s+)?" + _INCIDENTS + r")"),
        ("last-week", r"\b(?:last|past|previous)\s+week\b(?!\s+of\s+" + _MONTH + ")"),  # not "the last week of March"
        ("this-week", r"\b(?:earlier\s+|later\s+)?this\s+week\b"),
        ("next-week", r"\bnext\s+week\b"),
        ("last-month", r"\b(?:last|past|previous)\s+month\b"),
        ("this-month", r"\b(?:earlier\s+|later\s+)?this\s+month\b"),
        ("next-month", r"\bnext\s+month\b"),
        ("last-year", r"\blast\s+year\b"),
        ("this-year", r"\b(?:earlier\s+|later\s+)?this\s+year\b"),
        ("weekday", r"\b(?:(?P<rel>on|last|this|next|late|early|since|by|until)\s+)?" + _WD + r"(?:\s+(?:morning|afternoon|evening|night))?\b"),
        # "on the 9th": a day of this month (or the last, when the 9th is still to come), unless an
        # ordinal of something else follows ("the 9th round", "the 2nd battalion")
        ("day-of-month", r"\bon\s+the\s+(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?" + _MONTH + r")(?!\s+[a-z])"),
        # "may" is a month only when written "May" ("they may return in May")
        # "mid-July", "the end of July", "the first week of May": a part of the month, read as it
        ("month", r"\b(?P<rel>in|since|during|by|until|last|this|next|early|late|mid|from|between|"
                  r"(?:the\s+)?(?:end|beginning|start|middle|(?:first|second|third|last)\s+week)\s+of)(?:\s+|(?<=mid)-)"
                  + _MONTH.replace("may|", "(?-i:May)|") + r"(?![a-z])"),
        # (not a count: "2000 people", "between 2000 and 3000 protesters")
        ("year", r"\b(?P<rel>in|since|during|by|until|from|between|of|before|after|early|late|mid-?)(?:\s+|(?<=-))" + _YEAR
                 + r"\b(?!\s*(?:%|people|km|miles|troops)|\s+(?:and|to|or)\s+[\d,]+\s+(?:[a-z]+\s+)?" + _COUNTED + r")"),
    ]
]


def _word_value(table: dict[str, int], word: str) -> int:
    """``table[word]`` ignoring case as the patterns do: IGNORECASE also reads "ſeptember" and
    "FRİDAY" as month and weekday names, which lower() alone does not turn into the table's keys."""
    value = table.get(word.lower())
    if value is None:
        value = next(v for k, v in table.items() if re.fullmatch(re.escape(k), word, re.IGNORECASE))
    return value


def _month(word: str) -> int:
    return _word_value(MONTHS, word.rstrip("."))


def _number(word: str) -> int:
    return int(word) if word.isdigit() else _word_value(NUMBER_WORDS, word)


def _past_year(month: int, day: int, ref: dt.date | None, future: bool) -> int | None:
    """The year of a day/month given without a year: the latest one not after the article date."""
    if ref is None:
        return None
    year = ref.year
    try:
        candidate = dt.date(year, month, day)
    except ValueError:
        return year
    if not future and candidate > ref + dt.timedelta(days=1):
        year -= 1
    elif future and candidate < ref - dt.timedelta(days=1):
        year += 1
    return year


def _safe(y: int | None, m: int, d: int) -> dt.date | None:
    if y is None:
        return None
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _shift_months(d: dt.date, months: int) -> dt.date:
    idx = d.year * 12 + d.month - 1 + months
    return dt.date(idx // 12, idx % 12 + 1, 1)


def _monday(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


def _resolve(
    name: str, m: re.Match[str], ref: dt.date | None, future: bool, published: bool = False
) -> tuple[dt.date | None, int] | None:
    g = m.groupdict()
    if name == "iso":
        return _safe(int(g["year"]), int(g["m"]), int(g["day"])), 1
    if name in ("day-month-year", "month-day-year"):
        return _safe(int(g["year"]), _month(g["mon"]), int(g["day"])), 1
    if name in ("day-month", "month-day"):
        mon, day = _month(g["mon"]), int(g["day"])
        if not 1 <= day <= 31:
            return None
        return _safe(_past_year(mon, day, ref, future), mon, day), 1
    if name == "month-year":
        return dt.date(int(g["year"]), _month(g["mon"]), 1), 3
    if name == "year":
        return dt.date(int(g["year"]), 1, 1), 3
    if name == "month":
        mon = _month(g["mon"])
        rel = (g.get("rel") or "").lower()
        if ref is None:
            return None, 3
        year = ref.year
        if rel == "next" or (future and rel != "last"):
            if mon < ref.month or (rel == "next" and mon == ref.month):
                year += 1
        elif mon > ref.month or (rel == "last" and mon == ref.month):
            year -= 1
        return dt.date(year, mon, 1), 3
    if ref is None:
        # Relative expressions need the article date; the precision is still known.
        return None, _RELATIVE_PRECISION.get(name, 1)
    if name == "day-of-month":
        day = int(g["day"])
        # this month's day when it has come (or when the text speaks of what is to come), else
        # the last month that has one ("the 31st" in May is 31 March)
        start = ref.replace(day=1) if (day <= ref.day or future) else _shift_months(ref, -1)
        for back in range(3):
            month = _shift_months(start, -back)
            found = _safe(month.year, month.month, day)
            if found is not None:
                return found, 1
        return None
    if name == "day-before-yesterday":
        return ref - dt.timedelta(days=2), 1
    if name == "yesterday":
        return ref - dt.timedelta(days=1), 1
    if name == "today":
        return ref, 1
    if name == "ago":
        n, unit = _number(g["num"]), g["unit"].lower().rstrip("s")
        if unit == "day":
            return ref - dt.timedelta(days=n), 1
        if unit == "week":
            return _monday(ref - dt.timedelta(weeks=n)), 2
        if unit == "month":
            return _shift_months(ref, -n), 3
        return dt.date(ref.year - n, 1, 1), 3
    if name == "weekend":
        # The Saturday of the most recent weekend that began before the article date.
        back = (ref.weekday() - 5) % 7 or 7
        if future:
            return ref + dt.timedelta(days=(5 - ref.weekday()) % 7), 2
        return ref - dt.timedelta(days=back), 2
    if name == "last-week":
        return _monday(ref) - dt.timedelta(weeks=1), 2
    if name == "this-week":
        return _monday(ref), 2
    if name == "next-week":
        return _monday(ref) + dt.timedelta(weeks=1), 2
    if name == "last-month":
        return _shift_months(ref, -1), 3
    if name == "this-month":
        return _shift_months(ref, 0), 3
    if name == "next-month":
        return _shift_months(ref, 1), 3
    if name == "last-year":
        return dt.date(ref.year - 1, 1, 1), 3
    if name == "this-year":
        return dt.date(ref.year, 1, 1), 3
    if name == "weekday":
        wd = _word_value(WEEKDAYS, g["wd"])
        rel = (g.get("rel") or "").lower()
        if rel == "next" or (future and rel != "last"):
            return ref + dt.timedelta(days=(wd - ref.weekday()) % 7 or (7 if rel == "next" else 0)), 1
        back = (ref.weekday() - wd) % 7
        if rel == "last" and back == 0:
            back = 7
        if published and back == 6 and rel in ("", "on", "early", "late"):
            # "early on Monday" in a report published on Sunday: the publication date may be a
            # time zone behind the place of the event (explicit dates get the same day of slack);
            # a day six days back would be "last Monday". A dateline's date is local: no slack.
            return ref + dt.timedelta(days=1), 1
        return ref - dt.timedelta(days=back), 1
    return None


_RELATIVE_PRECISION = {
    "ago": 1, "weekend": 2, "last-week": 2, "this-week": 2, "next-week": 2, "last-month": 3,
    "this-month": 3, "next-month": 3, "last-year": 3, "this-year": 3,
}


# Every pattern above needs one of these words (or a year's digits): one scan of the text says
# which patterns can match there, and the others are not run (most sentences name no date).
# Each keyword is looked for wherever it starts, even inside another ("yesterday" also holds
# "day"); no two of them can start at the same character, so none hides another.
_KEYWORDS = ("year-digits", "month", "yesterday", "night", "today", "this", "ago", "week", "monthword", "year", "day", "ordinal")
_ANY_DATE = re.compile(
    r"((?:19|20)\d\d)|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(yesterday)|(night)|(today)|(this)|(ago)|"
    r"(week)|(month)|(year)|(day)|((?<!\d)\d{1,2}(?:st|nd|rd|th)\b)",
    re.IGNORECASE,
)
#: The keywords each pattern needs, one of them at least (a word of the pattern holds it).
_NEEDS: dict[str, frozenset[str]] = {
    "iso": frozenset({"year-digits"}),
    "day-month-year": frozenset({"month"}),
    "month-day-year": frozenset({"month"}),
    "day-month": frozenset({"month"}),
    "month-day": frozenset({"month"}),
    "month-year": frozenset({"month"}),
    "day-before-yesterday": frozenset({"yesterday"}),
    "yesterday": frozenset({"yesterday", "night"}),  # last night, overnight
    "today": frozenset({"today", "this", "night"}),  # this morning, tonight
    "ago": frozenset({"ago"}),
    "weekend": frozenset({"week"}),
    "last-week": frozenset({"week"}),
    "this-week": frozenset({"week"}),
    "next-week": frozenset({"week"}),
    "last-month": frozenset({"monthword"}),
    "this-month": frozenset({"monthword"}),
    "next-month": frozenset({"monthword"}),
    "last-year": frozenset({"year"}),
    "this-year": frozenset({"year"}),
    "weekday": frozenset({"day"}),  # every weekday ends in "day"
    "day-of-month": frozenset({"ordinal"}),
    "month": frozenset({"month"}),
    "year": frozenset({"year-digits"}),
}
assert set(_NEEDS) == {name for name, _p in _PATTERNS}, "every date pattern says which words it needs"


#: The same words, case-sensitive and without groups, for ASCII text in lower case: for ASCII
#: characters ignoring case is lower-casing, and this scan is several times faster (the engine
#: skips ahead on the words' first letters). Other text keeps IGNORECASE ("ſ" matches "s" there).
_ANY_DATE_LOWER = re.compile(r"(?:19|20)\d\d|(?<!\d)\d{1,2}(?:st|nd|rd|th)\b|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|yesterday|night|today|this|ago|week|month|year|day")
_MONTH_ABBREVIATIONS = frozenset(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))


def _keyword_of(word: str) -> str:
    """The keyword name of a word :data:`_ANY_DATE_LOWER` found."""
    if word[0].isdigit():
        return "ordinal" if word[-1].isalpha() else "year-digits"
    if word in _MONTH_ABBREVIATIONS:
        return "month"
    return "monthword" if word == "month" else word


def _keywords(text: str, start: int, end: int) -> set[str]:
    """The keywords of :data:`_ANY_DATE` found in ``text[start:end]``, wherever each starts."""
    found: set[str] = set()
    seg = text[start:end]
    ascii_ = seg.isascii()
    pattern = _ANY_DATE_LOWER if ascii_ else _ANY_DATE
    if ascii_:
        seg = seg.lower()
    m = pattern.search(seg)
    while m is not None:
        found.add(_keyword_of(m.group()) if ascii_ else _KEYWORDS[m.lastindex - 1])
        # the next one may start inside this one: search again from its second character
        m = pattern.search(seg, m.start() + 1)
    return found


def patterns() -> tuple[re.Pattern[str], ...]:
    """The patterns :func:`find_dates` matches (with ``start`` and ``end``; nothing else of the text
    is read): for a caller that remembers its answers by the characters it reads."""
    return tuple(p for _name, p in _PATTERNS)


def find_dates(
    text: str,
    ref: dt.date | None,
    start: int = 0,
    end: int | None = None,
    *,
    future: bool = False,
    published: bool = False,
) -> list[DateMatch]:
    """Date expressions in ``text[start:end]``, in text order, resolved against ``ref``.

    ``future`` resolves weekdays and months forwards ("will meet on Monday"). Expressions
    relative to the article date resolve to ``date=None`` when ``ref`` is None. ``published``:
    ``ref`` is a publication date (not a dateline's), which may lag the event's day by a time zone.
    """
    end = len(text) if end is None else end
    found = _keywords(text, start, end)
    if not found:
        return []  # no digit and no date word: nothing to find (most sentences)
    taken: list[tuple[int, int]] = []
    out: list[DateMatch] = []
    for name, pattern in _PATTERNS:
        if found.isdisjoint(_NEEDS[name]):
            continue  # none of the words this pattern needs is in the text
        for m in pattern.finditer(text, start, end):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if _NAME_AFTER_DATE.match(text, m.end()):
                continue  # "the March 23 Movement", "the May 17 Agreement": a name, no day of the news
            resolved = _resolve(name, m, ref, future, published)
            if resolved is None:
                continue
            taken.append((m.start(), m.end()))
            out.append(DateMatch(m.start(), m.end(), m.group(0), resolved[0], resolved[1], name))
    out.sort(key=lambda d: d.start)
    return _month_of_year(text, out)


#: After a date, the head of a name it is part of (:data:`geo.lang.en.calendar.NAMED_AFTER_A_DAY`,
#: up to two capitalised words before it: "the 6 April Youth Movement"). The date tells nothing
#: of the news.
_NAME_AFTER_DATE = re.compile(r"\s+(?:[A-Z][a-z]+\s+){0,2}(?:" + alternation(NAMED_AFTER_A_DAY) + r")\b")
#: Years said relative to the article, which may follow a month ("in May last year").
_RELATIVE_YEARS = frozenset({"last-year", "this-year"})
#: Between a month and the year that says which one it is: "in May last year".
_MONTH_THEN_YEAR = re.compile(r"\s+(?:of\s+)?$")


def _month_of_year(text: str, found: list[DateMatch]) -> list[DateMatch]:
    """"in May last year", "October of this year": a month followed by a year relative to the
    article is that year's month, one expression (not May of the article's year beside a year)."""
    out: list[DateMatch] = []
    for d in found:
        prev = out[-1] if out else None
        if (
            prev is not None and prev.rule == "month" and d.rule in _RELATIVE_YEARS and prev.date is not None
            and d.date is not None and _MONTH_THEN_YEAR.fullmatch(text, prev.end, d.start) is not None
        ):
            out[-1] = DateMatch(prev.start, d.end, text[prev.start:d.end], prev.date.replace(year=d.date.year), 3, prev.rule)
            continue
        out.append(d)
    return out


def resolve(expression: str, ref: dt.date | None, *, future: bool = False) -> tuple[dt.date | None, int] | None:
    """The (date, time_precision) of the first date expression in ``expression``, or None.

    >>> resolve("over the weekend", dt.date(2024, 10, 14))
    (datetime.date(2024, 10, 12), 2)
    """
    found = find_dates(expression, ref, future=future)
    return (found[0].date, found[0].precision) if found else None


_DATELINE = re.compile(r"^[^\n:—–-]{0,60}?[,(]\s*(?P<date>[^:—–)\n]{6,40}?)\s*[)]?\s*[:—–-]", re.MULTILINE)


def dateline_date(text: str, within: int = 400) -> dt.date | None:
    """The full date of a dateline near the top ("Islamabad, 14 October 2024: ..."), if any."""
    for m in _DATELINE.finditer(text, 0, min(len(text), within)):
        for d in find_dates(m.group("date"), None):
            if d.date is not None and d.precision == 1:
                return d.date
    return None


#: Dates that name their year: a day ("on 5 October 2024", "2024-10-05") or a month ("in April 2024").
_WITH_YEAR = frozenset({"iso", "day-month-year", "month-day-year", "month-year"})
_WITH_DAY_OF_YEAR = frozenset({"iso", "day-month-year", "month-day-year"})
_YEAR_DIGITS = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
#: How far before a year's digits a date that holds them may start ("30th of September, 2024");
#: an ISO date goes on six characters after them.
_DATE_BEFORE_YEAR = 30
#: How far before the latest date an article names its dateline's day may be (a date to come).
_DATELINE_SLACK = dt.timedelta(days=31)
#: A day and month right after their weekday, with no year: "Sunday, 11 December", "late on Sunday (11 December)".
_WEEKDAY_THEN_DAY = [
    re.compile(r"\b" + _WD + r"[\s,(]{1,3}" + p + r"(?![a-z])(?!,?\s+(?:19|20)\d\d)", re.IGNORECASE)
    for p in (_DAY + r"\s+(?:of\s+)?" + _MONTH, _MONTH + r"\s+" + _DAY + r"\b")
]
_WEEKDAY_NAME = re.compile(r"\b" + _WD + r"\b", re.IGNORECASE)


def text_date(text: str, within: int = 400) -> dt.date | None:
    """The day an article that shows no publication date gives for its news, to count its
    weekdays and yesterdays from; None when nothing in the text gives a year (a year is never
    guessed).

    In this order: the date of its dateline; the day and month of a dateline without a year
    ("KATHMANDU, Nov 20 —"), the first such day from a month before the latest date the text
    names with its year; else the latest day the text gives with the weekday it names for its
    news: a full date whose weekday it names ("On Monday ... the news conference on Aug. 7,
    2023"), or a day and month next to their weekday ("late on Sunday (11 December)") in the
    year around a year the text names where that day is that weekday. A full date whose weekday
    the text does not name is history or a date to come ("the truce of 18 September 2015").

    >>> text_date("ORLUN, Nov 20 — Talks began on Monday. The pact of 3 March 2024 holds.")
    datetime.date(2024, 11, 20)
    >>> text_date("Gunmen struck a bus on Tuesday. Posted on 9 November 2021")
    datetime.date(2021, 11, 9)
    >>> text_date("Talks began on Monday, November 20.") is None
    True
    """
    return dateline_date(text, within) or day_the_text_gives(text, within)


def day_the_text_gives(text: str, within: int = 400) -> dt.date | None:
    """:func:`text_date` for a text whose dateline has no full date (read apart, for a caller
    that has read the dateline already)."""
    found = _dates_with_year(text)
    if not found:
        return None
    # the dateline's day is that of the news, on or after the dates it tells (a month of slack
    # for one to come): the first such day from then
    since = max(d.date for d in found if d.date is not None) - _DATELINE_SLACK
    for m in _DATELINE.finditer(text, 0, min(len(text), within)):
        for d in find_dates(m.group("date"), since, future=True):
            if d.rule in ("day-month", "month-day") and d.date is not None:
                return d.date
    named = {_word_value(WEEKDAYS, m.group("wd")) for m in _WEEKDAY_NAME.finditer(text)}
    days = [d.date for d in found if d.rule in _WITH_DAY_OF_YEAR and d.date is not None and d.date.weekday() in named]
    years = sorted({d.date.year + k for d in found if d.date is not None for k in (-1, 0, 1)})
    for pattern in _WEEKDAY_THEN_DAY:
        for m in pattern.finditer(text):
            wd, month, day = _word_value(WEEKDAYS, m.group("wd")), _month(m.group("mon")), int(m.group("day"))
            days += [x for x in (_safe(y, month, day) for y in years) if x is not None and x.weekday() == wd]
    return max(days, default=None)


def _dates_with_year(text: str) -> list[DateMatch]:
    """The dates of ``text`` that name their year, read only around a year's digits (a whole
    article of dates is not matched against every pattern)."""
    seen: dict[tuple[int, int], DateMatch] = {}
    for y in _YEAR_DIGITS.finditer(text):
        for d in find_dates(text, None, max(0, y.start() - _DATE_BEFORE_YEAR), min(len(text), y.end() + 6)):
            if d.rule in _WITH_YEAR and d.start <= y.start() < d.end and d.date is not None:
                seen[d.start, d.end] = d
    return list(seen.values())


def date_label(value: object, time_precision: object = 1) -> str:
    """An event date as precise as it is known, never more: ``2024-05-02`` (day),
    ``week of 2024-05-06`` (week), ``2024-05`` (month) or ``2021`` (year). ACLED's precision 3
    covers "the month or coarser"; at that precision a first of January is read as the year
    (the coarser claim: "in 2021" must never show as a day, or as January). "" when undated.

    >>> date_label("2021-01-01", 3), date_label("2024-05-01", 3), date_label("2024-05-02", 1)
    ('2021', '2024-05', '2024-05-02')
    """
    if value is None or value == "" or (isinstance(value, float) and value != value):
        return ""
    day = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
    try:
        p = int(time_precision)  # type: ignore[call-overload]
    except (TypeError, ValueError):  # None or NaN from a frame: treat as a day, as stored
        p = 1
    if p <= 1:
        return day.isoformat()
    if p == 2:
        return f"week of {day.isoformat()}"
    if p >= 4 or (day.month == 1 and day.day == 1):
        return f"{day.year:04d}"
    return f"{day.year:04d}-{day.month:02d}"
