"""Relative and explicit dates resolved against the article date, with ACLED time precision."""
from __future__ import annotations

import datetime as dt

import pytest

from geo.text.dates import dateline_date, find_dates, resolve, text_date

MONDAY = dt.date(2024, 10, 14)
WEDNESDAY = dt.date(2024, 10, 16)


@pytest.mark.parametrize(
    ("expression", "ref", "expected"),
    [
        ("on Monday", WEDNESDAY, (dt.date(2024, 10, 14), 1)),
        ("on Monday", MONDAY, (dt.date(2024, 10, 14), 1)),  # a report of the same day
        ("last Monday", MONDAY, (dt.date(2024, 10, 7), 1)),
        ("on Friday night", MONDAY, (dt.date(2024, 10, 11), 1)),
        ("yesterday", MONDAY, (dt.date(2024, 10, 13), 1)),
        ("the day before yesterday", MONDAY, (dt.date(2024, 10, 12), 1)),
        ("two days ago", MONDAY, (dt.date(2024, 10, 12), 1)),
        ("over the weekend", MONDAY, (dt.date(2024, 10, 12), 2)),
        ("over the weekend", WEDNESDAY, (dt.date(2024, 10, 12), 2)),
        # the weekend's incidents, named by it
        ("after weekend bombings", WEDNESDAY, (dt.date(2024, 10, 12), 2)),
        ("the weekend's deadly clashes", MONDAY, (dt.date(2024, 10, 12), 2)),
        ("last week", WEDNESDAY, (dt.date(2024, 10, 7), 2)),
        ("earlier this week", WEDNESDAY, (dt.date(2024, 10, 14), 2)),
        ("last month", WEDNESDAY, (dt.date(2024, 9, 1), 3)),
        ("in March", WEDNESDAY, (dt.date(2024, 3, 1), 3)),
        ("in November", WEDNESDAY, (dt.date(2023, 11, 1), 3)),  # the last November before the report
        # a part of a month is that month
        ("in mid-July", WEDNESDAY, (dt.date(2024, 7, 1), 3)),
        ("at the end of August", WEDNESDAY, (dt.date(2024, 8, 1), 3)),
        ("in the first week of September", WEDNESDAY, (dt.date(2024, 9, 1), 3)),
        ("during the last week of March", WEDNESDAY, (dt.date(2024, 3, 1), 3)),
        ("in March 2023", WEDNESDAY, (dt.date(2023, 3, 1), 3)),
        ("since 2021", WEDNESDAY, (dt.date(2021, 1, 1), 3)),
        ("last year", WEDNESDAY, (dt.date(2023, 1, 1), 3)),
        ("14 October 2024", None, (dt.date(2024, 10, 14), 1)),
        ("October 14, 2024", None, (dt.date(2024, 10, 14), 1)),
        # the year joined by "of", as some presses write a full date
        ("on October 14 of 2024", None, (dt.date(2024, 10, 14), 1)),
        ("on 14 October of 2024", None, (dt.date(2024, 10, 14), 1)),
        ("2024-10-14", None, (dt.date(2024, 10, 14), 1)),
        ("Oct. 14", WEDNESDAY, (dt.date(2024, 10, 14), 1)),
        ("Dec. 30", dt.date(2025, 1, 3), (dt.date(2024, 12, 30), 1)),  # year before a January report
        ("on Monday", None, (None, 1)),  # relative, and no article date: the day stays open
        ("last week", None, (None, 2)),
    ],
)
def test_resolve(expression, ref, expected):
    assert resolve(expression, ref) == expected


def test_future_looks_forward():
    assert resolve("on Monday", WEDNESDAY, future=True) == (dt.date(2024, 10, 21), 1)
    assert resolve("next week", WEDNESDAY) == (dt.date(2024, 10, 21), 2)
    assert resolve("next month", WEDNESDAY) == (dt.date(2024, 11, 1), 3)


def test_find_dates_gives_offsets_and_ignores_numbers_that_are_no_dates():
    text = "On Monday 40 people marched; 2,000 troops came in 2019 and may return in May."
    found = find_dates(text, WEDNESDAY)
    assert [(text[d.start:d.end], d.date, d.precision) for d in found] == [
        ("On Monday", dt.date(2024, 10, 14), 1),
        ("in 2019", dt.date(2019, 1, 1), 3),
        ("in May", dt.date(2024, 5, 1), 3),
    ]


def test_a_crowd_counted_between_two_numbers_gives_no_year():
    text = "Between 2000 and 3000 people marched; between 2019 and 2021 the town grew."
    found = find_dates(text, WEDNESDAY)
    assert [text[d.start:d.end] for d in found] == ["between 2019"]


def test_a_date_that_is_part_of_a_name_gives_no_day():
    # a movement named after its founding day, a pact after its signing day; a date before a
    # sentence's subject is still one
    text = "Fighters of the March 23 Movement and the 6 April Youth Movement met; on March 25 Lindora signed."
    found = find_dates(text, WEDNESDAY)
    assert [(text[d.start:d.end], d.date) for d in found] == [("March 25", dt.date(2024, 3, 25))]


def test_invalid_calendar_dates_are_skipped():
    assert resolve("31 February 2024", None) is None or resolve("31 February 2024", None)[0] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks\nIslamabad, 14 October 2024: Pakistan said", dt.date(2024, 10, 14)),
        ("QUETTA, 18 February 2025 — A bomb", dt.date(2025, 2, 18)),
        ("KABUL (March 3, 2025) - Police said", dt.date(2025, 3, 3)),
        ("Islamabad: officials said on 3 May 2025 that", None),  # a date in the story, not a dateline
        ("No dateline here at all.", None),
    ],
)
def test_dateline_date(text, expected):
    assert dateline_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KORVA, Nov 20 — Talks began on Monday. The pact of 3 March 2024 holds.", dt.date(2024, 11, 20)),
        # a date told a few weeks ahead does not push the dateline into the next year
        ("KORVA, Nov 20 — Talks began on Monday. A vote is due on 5 December 2024.", dt.date(2024, 11, 20)),
        # across the new year: the dateline's day comes after the dates the text tells
        ("KORVA, Jan 2 — Shops reopened on Monday after the curfew of 29 December 2024.", dt.date(2025, 1, 2)),
        ("Shops reopened on Tuesday.\nPosted on 9 November 2021", dt.date(2021, 11, 9)),
        ("Shops reopened on Saturday.\nUpdated 2024-10-05 10:00", dt.date(2024, 10, 5)),
        ("Shops reopened late on Sunday (11 December), after the curfew of March 2022.", dt.date(2022, 12, 11)),
        # no year anywhere: none is made up, even one the weekday would allow
        ("Shops reopened on Sunday, December 11.", None),
        ("KORVA, Nov 20 — Shops reopened on Monday.", None),
        # a full date of another weekday is history or a date to come, not the day of the news
        ("Shops reopened on Sunday. The truce of 18 September 2015 had held until then.", None),
    ],
)
def test_the_day_an_undated_article_gives_for_its_news(text, expected):
    assert text_date(text) == expected


def test_the_weekday_after_the_article_date_is_the_next_day_not_six_days_back():
    sunday = dt.date(2025, 9, 14)
    found = {m.text: m.date for m in find_dates("strikes early on Monday, talks on Saturday, and last Monday", sunday, published=True)}
    assert found["on Monday"] == dt.date(2025, 9, 15)  # a time zone ahead of the report's date
    assert found["on Saturday"] == dt.date(2025, 9, 13)
    assert found["last Monday"] == dt.date(2025, 9, 8)
    # a dateline's date is local: "on Monday" in a report filed on Sunday is six days back
    assert find_dates("strikes on Monday", sunday)[0].date == dt.date(2025, 9, 8)


@pytest.mark.parametrize(
    "phrase, rule",
    [
        ("on 2024-10-14", "iso"), ("on 14 October 2024", "day-month-year"), ("on October 14, 2024", "month-day-year"),
        ("on 14 Oct.", "day-month"), ("on Sept 3", "month-day"), ("in March 2021", "month-year"),
        ("the day before yesterday", "day-before-yesterday"), ("late yesterday", "yesterday"),
        ("last night", "yesterday"), ("overnight", "yesterday"), ("tonight", "today"),
        ("this afternoon", "today"), ("three days ago", "ago"), ("over the weekend", "weekend"),
        ("last week", "last-week"), ("later this week", "this-week"), ("next week", "next-week"),
        ("last month", "last-month"), ("this month", "this-month"), ("next month", "next-month"),
        ("last year", "last-year"), ("this year", "this-year"), ("on Thursday evening", "weekday"),
        ("since May", "month"), ("in 2019", "year"), ("ON THURSDAY", "weekday"), ("ſince ſeptember 2021", "month-year"),
    ],
)  # fmt: skip
def test_every_date_pattern_is_still_tried_where_its_words_are(phrase, rule):
    # each pattern runs only where one of the words it needs occurs: none may be skipped wrongly
    found = find_dates(f"Police said {phrase} that two men were held.", dt.date(2024, 10, 16))
    assert [d.rule for d in found] == [rule]


def test_a_sentence_without_date_words_has_no_dates():
    assert find_dates("Police arrested 5 men in Quetta.", dt.date(2024, 10, 16)) == []


def test_names_the_patterns_read_ignoring_case_resolve_instead_of_failing():
    # IGNORECASE reads "ſ" as "s" and "İ" as "i": lower() alone made no key of them (a KeyError
    # stopped the whole analysis of a pasted text)
    found = find_dates("on FRİDAY, ſeptember 3 and ſix days ago", dt.date(2024, 1, 10))
    assert [(d.rule, d.date) for d in found] == [
        ("weekday", dt.date(2024, 1, 5)), ("month-day", dt.date(2023, 9, 3)), ("ago", dt.date(2024, 1, 4))
    ]


def test_a_period_between_two_years_is_dated_by_its_first_year():
    found = find_dates("an insurgency that killed thousands between 1996 and 2006", dt.date(2025, 3, 29))
    assert [(x.date, x.precision) for x in found][:1] == [(dt.date(1996, 1, 1), 3)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Gunmen attacked a post on the 9th.", dt.date(2025, 5, 9)),
        ("Gunmen attacked a post on the 20th.", dt.date(2025, 4, 20)),  # the 20th has not come yet in May
        ("Gunmen attacked a post on the 31st.", dt.date(2025, 3, 31)),  # April has no 31st
    ],
)
def test_a_day_of_the_month_alone_is_the_last_such_day(text, day):
    (m,) = find_dates(text, dt.date(2025, 5, 12))
    assert (m.date, m.precision) == (day, 1)


@pytest.mark.parametrize("text", ["They agreed on the 9th round of talks.", "He served on the 2nd battalion's staff."])
def test_an_ordinal_of_something_else_is_no_date(text):
    assert find_dates(text, dt.date(2025, 5, 12)) == []


def test_a_month_followed_by_a_year_relative_to_the_article_is_that_years_month():
    text = "He was arrested in May last year and freed in October of this year."
    found = [(d.text, d.date, d.precision) for d in find_dates(text, dt.date(2024, 11, 20))]
    assert found == [
        ("in May last year", dt.date(2023, 5, 1), 3),
        ("in October of this year", dt.date(2024, 10, 1), 3),
    ]


@pytest.mark.parametrize("text", ["a weekend market in the old town", "a weekend of talks", "the weekend edition"])
def test_weekend_before_a_noun_that_names_no_incident_is_no_date(text):
    assert find_dates(text, WEDNESDAY) == []
