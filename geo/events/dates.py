"""The date of an event and its ACLED time precision, read from its clause or from context.

A date named in the clause (:func:`geo.text.dates.find_dates`, against the article date or the
dateline's), a shift from a dated event ("two days after"), "the next day" from the last dated
event, the visit's date for talks held during it; else the article date with precision 2.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import replace

from geo.events import rules as lex
from geo.events.drafts import Context, Draft, twin_of
from geo.events.fatalities import to_int
from geo.events.places import AT_VISIT
from geo.events.rules import DI
from geo.events.triggers import Trigger, left_context
from geo.lang.en.calendar import WEEKDAYS
from geo.models import Span
from geo.text import dates as _dates

__all__ = [
    "date_event", "listed_days", "sentence_dates", "context_before_the_news", "day_of_the_news", "is_whole_year", "is_earlier",
    "NEWS_WEEK",
]

#: What follows the date of a dateline: ":", "—", " - ", or an agency in brackets ("June 28 (IANS)").
_DATELINE_DATE_END = re.compile(r"\s*[:—–]|\s+-\s|\s*\([A-Z][^()\n]{0,30}\)")
#: History, plans and imagined events do not happen in the week of the article: they keep the
#: date their clause gives ("since 2021" -> the year, precision 3), or none.
_UNDATED_UNLESS_SAID = frozenset({"background", "planned", "hypothetical"})
#: What a news report covers: the days before its date. An incident the text dates earlier than
#: this, in an article that also reports news of this week, is told as context.
NEWS_WEEK = dt.timedelta(days=7)


def sentence_dates(text: str, ref: dt.date | None, s: Span, *, future: bool, published: bool) -> list[_dates.DateMatch]:
    """:func:`geo.text.dates.find_dates` of sentence ``s``, remembered by the characters it reads.

    The date patterns read the sentence and, before it, only as far as their look-behinds and
    ``\\b`` reach (:func:`geo.events.triggers.left_context`): the same characters with the same
    reference date give the same dates, at their own offsets. News repeats sentences, and most
    name no date at all.
    """
    lo = max(0, s.start - left_context())
    found = _dates_in(text[lo:s.end], s.start - lo, ref, future, published)
    return [replace(x, start=x.start + lo, end=x.end + lo) for x in found]


@functools.lru_cache(maxsize=1024)
def _dates_in(piece: str, start: int, ref: dt.date | None, future: bool, published: bool) -> tuple[_dates.DateMatch, ...]:
    return tuple(_dates.find_dates(piece, ref, start, len(piece), future=future, published=published))


def date_event(d: Draft, text: str, s: Span, t: Trigger, window: tuple[int, int], ref: dt.date | None, ctx: Context) -> None:
    """Set ``d.date`` and ``d.time_precision`` from ``window`` of sentence ``s``, else from context."""
    future = bool(lex.FUTURE.search(text, s.start, t.start)) and d.modality in ("speculative", "planned", "hypothetical")
    key = (s.start, s.end, future)
    if key not in ctx.dates:
        ctx.dates[key] = sentence_dates(text, ref, s, future=future, published=ctx.published)
    found = [
        x for x in ctx.dates[key]
        if not (x.start - s.start < 60 and _DATELINE_DATE_END.match(text, x.end, x.end + 40))  # a dateline
        # "his first visit since 2018" (the date's own words may hold the "since")
        and not lex.FIRST_SINCE.search(text, max(s.start, x.start - 60), x.start + 6 * text.startswith("since ", x.start))
    ]
    inwin = [x for x in found if window[0] <= x.start < window[1]]
    shift = None
    for m in lex.RELATIVE_SHIFT.finditer(text, s.start, t.start):
        if m.end() <= t.start and window[0] <= m.start() + len(m.group(0)) and m.start() >= window[0] - 20:
            shift = m
    chosen = None
    if inwin:
        if not d.rule.has("speech_act") and d.type != DI:
            # "Trucks burned on Sunday when rebels attacked a convoy, two sources said on Monday":
            # the report's day is not the incident's when the sentence gives that one too
            own = [x for x in inwin if not _report_day(text, s, x)]
            if not own:
                own = [x for x in found if x.start < t.start and not _report_day(text, s, x)][-1:]
            inwin = own or inwin
        chosen = _finest_agreeing(min(inwin, key=lambda x: abs(x.start - t.start)), inwin)
    elif shift is not None and found:
        base = next((x for x in reversed(found) if x.start < shift.start()), found[0])
        if base.date is not None:
            n = to_int(shift.group("n")) or 0
            days = n * (7 if shift.group("unit").lower().startswith("week") else 1)
            sign = -1 if shift.group("dir").lower() == "after" else 1
            d.date, d.time_precision, d.date_from_text = base.date + dt.timedelta(days=sign * days), base.precision, True
            d.whole_year, d.earlier = is_whole_year(base), is_earlier(base, ref)
            d.rule_name += f"+date({shift.group(0)})"
            return
    elif found:
        # a statement's date is not that of the events it talks about ("denied ... last week")
        speech = d.subtype in ("Statement/Accusation", "Threat", "Agreement/Intent to cooperate")
        usable = [x for x in found if x.start < t.start] if speech else found
        chosen = usable[0] if usable else None
    if chosen is not None:
        # a date of the reporting clause ("said on Friday that ...") stands in for the event's
        # own, but a later, more direct mention may replace it
        direct = bool(inwin) or not (
            re.match(r"\s*that\b", text[window[0]:window[0] + 6]) or re.search(r"\bthat\b", text[chosen.end:t.start])
        )
        if direct and not d.rule.has("speech_act") and d.type != DI and _report_day(text, s, chosen):
            direct = False  # "…, police said on Thursday": the report's day, not the event's
        d.date, d.time_precision, d.date_from_text = chosen.date, chosen.precision, chosen.date is not None and direct
        d.whole_year, d.earlier = is_whole_year(chosen), is_earlier(chosen, ref)
        d.night = "night" in chosen.text.lower()
        d.date_end = chosen.end if inwin else -1
        if chosen.date is None:
            d.rule_name += "+undated"  # "on Tuesday" with no article or dateline date to count from
            # the day is still told: another weekday is another day (geo.events.drafts._twin)
            day = _WEEKDAY.search(chosen.text) if direct else None
            d.weekday = day.group(0).lower() if day else ""
        return
    follow = lex.FOLLOWING.search(text, s.start, s.end)
    if follow is not None:
        # "the next day" counts from the last dated event before this sentence (once per sentence)
        key = (s.start, s.end, "follow")
        if key not in ctx.dates:
            prev = ctx.last_dated
            days = 0 if re.search(r"hours|later\s+that|same\s+(?:day|time)|minutes", follow.group(0), re.I) else 1
            ctx.dates[key] = (prev.date + dt.timedelta(days=days), prev.time_precision) if prev is not None and prev.date else None
        if ctx.dates[key] is not None:
            d.date, d.time_precision = ctx.dates[key]
            d.date_from_text = True
            d.rule_name += f"+date({follow.group(0)})"
            return
    back = lex.PRECEDING.search(text, s.start, s.end)
    base = _last_date_told(text, s, ref, ctx) if back is not None else None
    if base is not None:
        # "A week before that, an airstrike killed ...": counted back from the last date told
        # (history stays history: what came before a strike of last month is older still)
        n = 1 if back.group("n") is None else (to_int(back.group("n")) or 1)
        unit = (back.group("unit") or back.group("dayb") or back.group(0)).lower()
        days = n * (7 if "week" in unit else 1)
        d.date, d.time_precision, d.date_from_text = base[0] - dt.timedelta(days=days), base[1], True
        d.rule_name += f"+date({back.group(0)})"
        return
    if d.subtype in AT_VISIT:
        # talks held during a visit take the visit's date
        visit = ctx.last_visit if ctx.last_visit is not None and ctx.last_visit.date_from_text else None
        same_place = visit is not None and d.location is not None and visit.location is not None and visit.location.id == d.location.id
        if visit is not None and (d.fallback_site or same_place):
            d.date, d.time_precision = visit.date, visit.time_precision
            d.whole_year, d.earlier = visit.whole_year, visit.earlier
            return
    if d.location_note == "previous event's site" and lex.SAME_INCIDENT.search(text, s.start, s.end):
        # "The militants also looted two trucks": the same scene, the same day
        scene = ctx.last_scene
        if scene is not None and scene.date_from_text:
            d.date, d.time_precision = scene.date, scene.time_precision
            d.whole_year, d.earlier = scene.whole_year, scene.earlier
            return
    if ref is not None and d.modality not in _UNDATED_UNLESS_SAID:
        d.date, d.time_precision = ref, 2  # not stated: reported in the week of the article
    else:
        # no date in the text (and none to count from, or history and plans): none is made up
        d.date = None
        d.rule_name += "+undated"


#: How far back "before that" looks for the date it counts from (a sentence or two).
_BACK_REACH = 400


def _last_date_told(text: str, s: Span, ref: dt.date | None, ctx: Context) -> tuple[dt.date, int] | None:
    """What "a week before that" counts from: the date of the last dated event, or the last day
    the text names before sentence ``s`` (within :data:`_BACK_REACH` characters, whether or not an
    event was read there) when that comes later in the text."""
    told = [x for x in sentence_dates(text, ref, Span(max(0, s.start - _BACK_REACH), s.start), future=False, published=ctx.published)
            if x.date is not None and x.end <= s.start]
    prev = ctx.last_dated
    if prev is not None and prev.date is not None and (not told or prev.sentence.start > told[-1].start):
        return prev.date, prev.time_precision  # an event dated after the last day named ("a week before that")
    return (told[-1].date, told[-1].precision) if told else None


def _finest_agreeing(chosen: _dates.DateMatch, inwin: list[_dates.DateMatch]) -> _dates.DateMatch:
    """The day told beside a coarser expression it falls in ("a quiet spell last week ended with
    a killing on Saturday": Saturday, not last week): two expressions of the event's words that
    agree are one date told twice, and the finer says more. A day outside the week or month
    told is another time of the sentence; the nearest expression stays."""
    if chosen.precision == 1 or chosen.date is None:
        return chosen
    within = 6 if chosen.precision == 2 else 31
    days = [
        x for x in inwin
        if x.precision == 1 and x.date is not None and abs((x.date - chosen.date).days) <= within
        and (chosen.precision == 2 or (x.date.year, x.date.month) == (chosen.date.year, chosen.date.month))
    ]
    return days[0] if len(days) == 1 else chosen


def _report_day(text: str, s: Span, x: _dates.DateMatch) -> bool:
    """Is ``x`` the day of a report ("police said on Thursday", "reports said on Tuesday, May 14")
    rather than of what it reports?"""
    start = x.start
    weekday = _WEEKDAY_BEFORE.search(text, max(s.start, start - 20), start)
    if weekday is not None:
        start = weekday.start()  # the date that spells out the report's weekday
    if lex.REPORT_DATE.search(text, max(s.start, start - 40), start):
        return True
    # "On Wednesday the agency said a bomber had ...": a weekday opens the sentence and its subject
    # says (a date spelled out may be an old one the sentence recalls: it keeps dating the event)
    return (
        _OPENS_SENTENCE.fullmatch(text, s.start, start) is not None and _WEEKDAY.fullmatch(x.text.strip().split()[-1]) is not None
        and bool(lex.REPORT_AFTER_DAY.match(text, x.end))
    )


#: What may stand before a day that opens its sentence: nothing, a quote mark, "on".
_OPENS_SENTENCE = re.compile(r"""[\s"'‘“]*(?:on\s+)?""", re.IGNORECASE)


#: A weekday's name.
_WEEKDAY = re.compile(r"\b(?:" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)


#: A weekday right before the date that spells it out: "on Tuesday, May 14".
_WEEKDAY_BEFORE = re.compile(r"\b(?:" + "|".join(WEEKDAYS) + r")[\s,(]+$", re.IGNORECASE)


def listed_days(d: Draft, text: str, ctx: Context) -> list[Draft]:
    """The same event on each further day of a list its date heads ("shelled the villages on
    Thursday and Friday", "breaches were reported on Thursday, Wednesday and Tuesday"): ACLED
    codes one event per day, so each is an event of its own.

    Only asserted events on the ground dated to the day by their own clause; each day joined to
    the one before by a comma or "and" alone; fatalities stay with the first (the text does not
    split them).
    """
    if d.type == DI or d.modality != "asserted" or d.date_end < 0 or d.time_precision != 1:
        return []
    days = [x for key, found in ctx.dates.items() if key[:2] == (d.sentence.start, d.sentence.end) and isinstance(found, list) for x in found]
    out: list[Draft] = []
    end, seen = d.date_end, {d.date}
    for x in sorted({(x.start, x.end): x for x in days}.values(), key=lambda x: x.start):
        if x.start < end:
            continue
        # ("Tuesday's and Wednesday's battles": the possessive of a day is skipped to its join)
        poss = lex.DAY_POSSESSIVE.match(text, end)
        join = lex.LIST_JOIN.match(text, poss.end() if poss else end)
        if join is None or join.end() != x.start or x.date is None or x.precision != 1:
            break
        if lex.DAY_OPENS_CLAUSE.match(text, x.end):
            break  # "... on Tuesday, and on Wednesday the ministry raised the toll": that clause's day
        end = x.end
        if x.date in seen:
            continue
        seen.add(x.date)
        twin = twin_of(d, "+listed-day(one event per day)")
        twin.date, twin.date_end = x.date, x.end
        out.append(twin)
    return out


def context_before_the_news(drafts: list[Draft], ref: dt.date | None, text: str = "") -> None:
    """Mark as ``background`` the asserted events that the text dates before the article's week
    when the article also reports news of that week.

    A report of Friday's raid that recalls "a similar attack in March" tells the March attack as
    context: ACLED codes it from the March reports, not from this one. An article whose only
    incidents are older (a follow-up published weeks later) keeps them: they are its news. An
    event the text does not date counts as news of the week, as :func:`date_event` dates it.
    """
    if ref is None:
        # No publication date: the article is at least as recent as the latest year it names. An
        # incident the text dates by a month or a year alone, of an earlier year than that ("the
        # arrest in March 2016" in a page that speaks of 2019), is history told as context.
        latest = max((int(y.group("year")) for y in _dates.YEAR_IN_FIGURES.finditer(text)), default=None)
        for d in drafts:
            if (
                latest is not None and d.modality == "asserted" and d.date is not None and d.date_from_text
                and d.time_precision >= 3 and d.date.year < latest
            ):
                d.modality = "background"
                d.rule_name += "+year-before-the-article's"
        return
    week_start = ref - NEWS_WEEK
    asserted = [d for d in drafts if d.modality == "asserted" and d.date is not None]
    if all(_told_before(d, ref, week_start) for d in asserted):
        return
    for d in asserted:
        if _told_before(d, ref, week_start):
            d.modality = "background"
            d.rule_name += "+before-the-news-week"


def day_of_the_news(drafts: list[Draft], ref: dt.date | None, text: str) -> None:
    """Date the asserted events whose sentences give no date by the day the article gives its
    news, instead of the article date.

    "Protesters blocked roads in Lahore on Saturday. In Multan, traders shut their shops.": the
    shops shut on Saturday too, told in the same report; a page dated Sunday would put them on
    Sunday. The day is that of the nearest event told before that the text dates to a day of the
    article's week, of the same kind: talks and statements from talks and statements, incidents
    from incidents (a condemnation is often a day after the attack).
    An event its sentence puts on another day ("later", "days after") keeps the article date.
    Run after :func:`context_before_the_news`: history told as context dates nothing.
    """
    if ref is None:
        return
    week_start = ref - NEWS_WEEK
    last: dict[bool, Draft] = {}  # the latest event dated to a day of the week, talk or incident
    for d in drafts:
        talk = d.type == DI
        if d.modality != "asserted":
            continue
        if d.date_from_text and d.date is not None and d.time_precision == 1 and week_start <= d.date <= ref + dt.timedelta(days=1):
            last[talk] = d
            continue
        if d.date_from_text or d.date_end >= 0 or d.date != ref or d.time_precision != 2:
            continue  # dated by its own words, or not by the article date alone
        donor = last.get(talk)
        if donor is not None and not lex.ANOTHER_DAY.search(text, d.sentence.start, d.sentence.end):
            # "Government troops later withdrew": told as another day than the news
            d.date, d.time_precision = donor.date, donor.time_precision
            d.whole_year, d.earlier = donor.whole_year, donor.earlier


def _told_before(d: Draft, ref: dt.date, week_start: dt.date) -> bool:
    """Does the text date ``d`` before the article's week?

    Besides a date that ends before it: "earlier this month" and an incident dated only by its
    year ("this year", "in 2021", "the third attack on a school in 2021") tell no day of the
    week's news, whatever the period's end; a month named alone in the next month ("In July" in
    an August report) is past, read at its middle.
    """
    if not d.date_from_text:
        return False
    if d.time_precision >= 3 and (d.whole_year or d.earlier):
        return True
    return _last_day(d, ref) < week_start


#: Date expressions that stand for a whole year ("in 2019", "last year", "two years ago"); at
#: ACLED's precision 3 a date may be a month or a year, and "last month" in February is January.
_YEAR_RULES = frozenset({"year", "last-year", "this-year"})


def is_whole_year(m: _dates.DateMatch) -> bool:
    return m.rule in _YEAR_RULES or (m.rule == "ago" and "year" in m.text.lower())


def is_earlier(m: _dates.DateMatch, ref: dt.date | None = None) -> bool:
    """"earlier this month", "earlier this year": the part of the period before the days reported.

    "at the start of November", "in early November" name the month's first days (its first ten
    read here): before the days reported when the tenth is more than a news week before the
    article ("Trump at the start of November threatened ..." in a report of 19 November).
    """
    if m.rule == "month" and m.date is not None and ref is not None and _EARLY_IN_MONTH.match(m.text):
        return ref - m.date.replace(day=10) > NEWS_WEEK
    return m.rule in ("this-month", "this-year") and m.text.lower().startswith("earlier")


#: The first days of a month named: "early November", "the start of November", "the beginning of May".
_EARLY_IN_MONTH = re.compile(r"(?i)(?:the\s+)?(?:early|(?:start|beginning|first\s+days?)\s+of)\b")


def _last_day(d: Draft, ref: dt.date) -> dt.date:
    """The last day of the period ``d.date`` stands for at its time precision (a day, a week, a
    month, or the year when the text gave a year); a month before the article's, its middle."""
    assert d.date is not None
    if d.time_precision <= 1:
        return d.date
    if d.time_precision == 2:
        return d.date + dt.timedelta(days=6)
    if d.whole_year:
        return dt.date(d.date.year, 12, 31)
    if (d.date.year, d.date.month) < (ref.year, ref.month):
        return d.date.replace(day=15)
    nxt = dt.date(d.date.year + d.date.month // 12, d.date.month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)
