"""Dates of events (geo.events.dates): incidents the text dates before the article's week are
context when the article reports news of that week, and stay news when they are all it reports."""
from __future__ import annotations

import datetime as dt

import pytest
from event_fixtures import one, read

MONDAY = dt.date(2025, 5, 12)


def by_subtype(text: str, date: dt.date | None = MONDAY) -> dict[str, tuple[str, dt.date | None]]:
    return {e.subtype: (e.modality, e.date) for e in read(text, date=date)}


def test_an_older_incident_told_beside_the_news_is_background():
    got = by_subtype(
        "Gunmen shot dead two policemen in Quetta on Saturday. "
        "In March, militants had kidnapped a judge near Menaka."
    )
    assert got["Armed clash"] == ("asserted", dt.date(2025, 5, 10))
    assert got["Abduction/forced disappearance"][0] == "background"


def test_a_follow_up_that_reports_only_an_older_incident_keeps_it_as_news():
    # published weeks later, the April arrests are still what the article reports
    got = by_subtype("Police arrested fourteen traders in Quetta on 3 April.")
    assert got == {"Arrests": ("asserted", dt.date(2025, 4, 3))}


def test_an_incident_earlier_in_the_articles_month_is_not_pushed_back():
    # "in May" (month precision) reaches into the article's week: it may be this week's news
    got = by_subtype(
        "Gunmen shot dead two policemen in Quetta on Saturday. "
        "Police arrested fourteen traders in Quetta in May."
    )
    assert got["Arrests"][0] == "asserted"


def test_an_undated_report_of_the_week_counts_as_news():
    # the shelling has no date of its own: it is reported in the article's week, so the arrests
    # of February are told as context
    got = by_subtype(
        "Russian artillery shelled Sumy, officials said. "
        "Police arrested fourteen traders in Kharkiv on 2 February."
    )
    assert got["Arrests"][0] == "background"


@pytest.mark.parametrize(
    "older",
    [
        "Earlier this month militants kidnapped a judge near Menaka.",
        "It was the third kidnapping of a judge near Menaka this year.",
        "In 2025 militants kidnapped a judge near Menaka.",
    ],
)
def test_earlier_this_month_and_a_year_alone_tell_no_day_of_the_news(older):
    got = by_subtype("Gunmen shot dead two policemen in Quetta on Saturday. " + older)
    assert got["Armed clash"][0] == "asserted"
    assert got["Abduction/forced disappearance"][0] == "background"


def test_a_month_named_in_the_next_month_is_past_but_this_months_is_not():
    # published on 3 June: "in May" is read at its middle, well before the news week
    june = dt.date(2025, 6, 3)
    text = "Gunmen shot dead two policemen in Quetta on Saturday. Police arrested fourteen traders in Quetta in May."
    assert by_subtype(text, date=june)["Arrests"][0] == "background"
    # published on 12 May: "in May" may be this week
    assert by_subtype(text)["Arrests"][0] == "asserted"


def test_without_an_article_date_nothing_is_pushed_back():
    got = by_subtype(
        "Gunmen shot dead two policemen in Quetta on 10 May 2025. "
        "Militants kidnapped a judge near Menaka on 2 March 2025.",
        date=None,
    )
    assert {m for m, _d in got.values()} == {"asserted"}


def test_a_sentence_s_dates_are_remembered_by_its_characters_at_their_own_offsets():
    from geo.events import dates
    from geo.models import Span
    from geo.text.dates import find_dates

    line = "Police arrested two men in Quetta on Saturday. "
    text = "Arrests\n" + line * 20
    dates._dates_in.cache_clear()
    for k in range(20):
        s = Span(8 + k * len(line), 8 + (k + 1) * len(line) - 1)
        for future in (False, True):
            want = find_dates(text, MONDAY, s.start, s.end, future=future, published=True)
            assert dates.sentence_dates(text, MONDAY, s, future=future, published=True) == want
            assert text[want[0].start:want[0].end] == "on Saturday"
    # two characters before the first line differ from those before the others ("\n" vs " ")
    assert dates._dates_in.cache_info().misses <= 4


def test_last_month_in_february_is_january_not_the_whole_year():
    # a precision-3 date on the first of January is a month here: the visit is before the news week
    text = "Police arrested two men in Quetta on Monday. The British envoy visited Quetta last month."
    visit = one(read(text, date=dt.date(2025, 2, 14)), "Visit")
    assert (visit.date, visit.modality) == (dt.date(2025, 1, 1), "background")



def test_an_incident_told_on_a_list_of_days_is_one_event_per_day():
    text = "Troops shelled villages near Quetta on Thursday and Friday."
    assert sorted(e.date for e in read(text)) == [dt.date(2025, 5, 8), dt.date(2025, 5, 9)]


def test_a_day_that_opens_a_clause_of_its_own_is_no_second_day_of_the_incident():
    # "and on Friday the ministry raised the toll": Friday is the day of the toll, not of a blast
    text = "A suicide bomber struck at a market in Quetta on Thursday, and on Friday the ministry raised the toll to eight."
    assert [e.date for e in read(text)] == [dt.date(2025, 5, 8)]
    # a list of days that ends before an adverbial or a part of the day is one event per day
    for text in ("Troops shelled villages near Quetta on Thursday and on Friday, killing four.",
                 "Troops shelled villages on Thursday and Friday night near Quetta."):
        assert sorted(e.date for e in read(text)) == [dt.date(2025, 5, 8), dt.date(2025, 5, 9)], text


def test_a_weekday_opening_a_sentence_its_subject_says_is_the_reports_day():
    # "On Friday police said gunmen had attacked ...": Friday dates the report, so the attack told
    # the day before is the one retold, not a second one
    text = "Gunmen attacked a post near Quetta on Thursday. On Friday police said the gunmen had attacked the post, killing two."
    assert [e.date for e in read(text)] == [dt.date(2025, 5, 8)]
    # a saying set off by commas leaves the day to the deed; a deed of its own on the day is another one
    for text in ("Gunmen attacked a post near Quetta on Thursday. On Friday, police said, gunmen attacked the post again.",
                 "Gunmen attacked a post near Quetta on Thursday. On Friday gunmen attacked the post again, police said."):
        assert sorted(e.date for e in read(text)) == [dt.date(2025, 5, 8), dt.date(2025, 5, 9)], text


def test_days_told_as_owners_of_the_incidents_are_a_list_of_days():
    # "in Thursday's and Friday's fighting" lists two days as "on Thursday and Friday" does
    text = "Jets carried out a dozen air strikes near Quetta in Thursday's and Friday's fighting."
    assert sorted(e.date for e in read(text)) == [dt.date(2025, 5, 8), dt.date(2025, 5, 9)]
    # one day's possessive alone is one day
    assert [e.date for e in read("Thursday's air strikes near Quetta killed four people.")] == [dt.date(2025, 5, 8)]


def test_a_report_date_after_the_incidents_day_is_no_second_day():
    text = "Gunmen attacked a post near Quetta on Thursday, police said on Friday."
    assert [e.date for e in read(text)] == [dt.date(2025, 5, 8)]


def test_a_weekday_after_the_page_date_told_in_the_past_tense_is_no_plan():
    # a page dated Monday (American time) reporting "summoned ... on Tuesday": it happened
    got = by_subtype("Tehran summoned the Pakistani ambassador on Tuesday over the remarks.")
    assert got["Statement/Accusation"] == ("asserted", dt.date(2025, 5, 13))
    # a visit "on Tuesday" told in the future stays a plan
    assert by_subtype("The Pakistani minister will visit Tehran on Tuesday.")["Visit"][0] == "planned"


def test_overnight_with_a_weekday_is_that_weekday_not_last_night():
    (ev,) = read("Dozens of settlers torched homes in Menaka overnight Sunday.", date=dt.date(2025, 5, 14))
    assert ev.date == dt.date(2025, 5, 11)


def test_at_about_the_same_time_takes_the_day_of_the_event_told_before():
    text = "Thousands marched in Quetta on Friday. At about the same time, in Gwadar, traders held a rally."
    assert [e.date for e in read(text, date=dt.date(2025, 5, 14))] == [dt.date(2025, 5, 9)] * 2


def test_an_undated_incident_of_the_report_takes_the_day_the_report_gives_its_news():
    # a page dated Monday: the shops shut on Saturday with the protest told before them
    text = "Protesters blocked the main road in Quetta on Saturday. In Gwadar, traders held a rally against the tax."
    assert [e.date for e in read(text)] == [dt.date(2025, 5, 10)] * 2


def test_a_statement_does_not_take_the_day_of_the_attack_told_before_it():
    text = "Gunmen shot dead two policemen in Quetta on Saturday. The governor condemned the killings."
    got = {e.subtype: e.date for e in read(text)}
    assert got["Armed clash"] == dt.date(2025, 5, 10)
    assert got.get("Statement/Accusation", MONDAY) == MONDAY


def test_an_incident_told_as_later_than_the_news_does_not_take_its_day():
    text = "Protesters blocked the main road in Quetta on Saturday. Later, traders held a rally in Gwadar against the tax."
    assert [e.date for e in read(text)] == [dt.date(2025, 5, 10), MONDAY]


# -- an article without a page date: the day its text gives ------------------------------------


def _dated(text: str) -> dict[str, dt.date | None]:
    return {e.subtype: e.date for e in read(text, date=None)}


def test_a_dateline_without_a_year_takes_the_year_the_text_gives():
    # 24 April 2023 is a Monday: "on Saturday" is the 22nd
    got = _dated("QUETTA, April 24: Gunmen shot dead two policemen in Quetta on Saturday. The town was shut in March 2023.")
    assert got["Armed clash"] == dt.date(2023, 4, 22)


def test_a_full_date_whose_weekday_the_text_names_is_the_day_of_its_news():
    # 9 November 2021 is the Tuesday the statement names: Monday counts back from it
    got = _dated(
        "Gunmen shot dead two policemen in Quetta on Monday, officials said on Tuesday.\n"
        "Posted by the Quetta desk on November 9, 2021"
    )
    assert got["Armed clash"] == dt.date(2021, 11, 8)


def test_a_day_and_month_beside_their_weekday_find_their_year_among_the_texts():
    # 11 December is a Sunday in 2022, not in 2021 or 2023
    got = _dated("Gunmen shot dead two policemen in Quetta late on Sunday (11 December). The town was shut in March 2022.")
    assert got["Armed clash"] == dt.date(2022, 12, 11)



def test_incidents_the_weekend_names_are_dated_by_it_not_by_todays_attack():
    # "today's attack came after weekend bombings": the bombings are the weekend's
    got = by_subtype("Today's attack in Quetta came after weekend bombings in Sibi that targeted banks.")
    assert got["Remote explosive/landmine/IED"] == ("asserted", dt.date(2025, 5, 10))


@pytest.mark.parametrize("report_day", ["on Monday", "on Monday, May 12"])
def test_the_incidents_day_beats_the_day_of_the_report_that_tells_it(report_day):
    # the convoy was attacked on Sunday; Monday is when the sources spoke (spelt out with its date too)
    got = by_subtype(
        "Gunmen burned 20 trucks in Quetta on Sunday when rebels attacked a convoy of vehicles "
        f"travelling under escort, two sources said {report_day}.",
        date=dt.date(2025, 5, 13),
    )
    assert got["Armed clash"] == ("asserted", dt.date(2025, 5, 11))


@pytest.mark.parametrize(
    ("first", "later", "subtype"),
    [
        ("Militants set fire to six houses in a village near Quetta", "An officer said the incident happened on Sunday evening in the village.", "Looting/property destruction"),
        ("Militants set fire to six houses in a village near Quetta", "The violence started on Sunday evening near the bazaar.", "Looting/property destruction"),
        # the sentence tells the burning again ("set the houses ablaze"): still the same day
        ("Rioters set fire to six houses near Quetta", "An officer said the incident happened on Sunday evening in Kuchlak, after the militants set the houses ablaze.", "Violent demonstration"),
        ("Rioters set fire to six houses near Quetta", "Ten police were hurt in the violence that broke out on Sunday evening.", "Violent demonstration"),
        # the pronoun stands for the incident just told
        ("Militants set fire to six houses in a village near Quetta", "It happened on Sunday evening.", "Looting/property destruction"),
    ],
)
def test_a_later_sentence_gives_the_day_of_an_incident_dated_only_by_its_report(first, later, subtype):
    # Tuesday is the day the police spoke; the sentence after says when it happened
    got = by_subtype(f"{first}, police said on Tuesday. {later}", date=dt.date(2025, 5, 13))
    assert got[subtype] == ("asserted", dt.date(2025, 5, 11))


def test_a_later_sentence_does_not_move_an_incident_its_own_words_date():
    got = by_subtype("Militants set fire to six houses near Quetta on Saturday. The violence started on Sunday in the bazaar.", date=dt.date(2025, 5, 13))
    assert got["Looting/property destruction"] == ("asserted", dt.date(2025, 5, 10))


def test_the_year_of_a_first_since_is_no_date_of_the_event():
    # "his first visit to Quetta since 2018": the year measures the news, the talks are today's
    events = read("The premier held talks with the governor, who is on his first visit to Quetta since 2018.", date=dt.date(2025, 5, 12))
    (talks,) = [e for e in events if e.subtype == "Meeting"]
    assert talks.date == dt.date(2025, 5, 12) and talks.modality == "asserted"


def test_a_day_told_beside_the_week_it_falls_in_dates_the_event_to_that_day():
    # "a quiet spell last week ended with a killing on Saturday": the Saturday of last week
    got = by_subtype("A quiet spell last week came to an end with the killing of a shopkeeper in Sibi on Saturday.", date=dt.date(2025, 5, 13))
    assert got["Attack"] == ("asserted", dt.date(2025, 5, 10))


def test_a_day_outside_the_week_told_is_not_taken_for_it():
    got = by_subtype("Last week gunmen killed a shopkeeper in Sibi, a month after the 2 April raid on the bazaar.", date=dt.date(2025, 5, 13))
    assert got["Attack"][1] != dt.date(2025, 4, 2)


@pytest.mark.parametrize("text", [
    # "saying on Wednesday": the day the group spoke, not that of the attack it claimed
    "Gunmen killed two guards at a checkpoint in Quetta on Tuesday. The group said it was behind the attack on "
    "the checkpoint in Quetta that killed two guards, saying on Wednesday that more would follow.",
    # "who spoke to the radio by phone on Tuesday evening": the day of the call, not of the raid
    "Bandits stormed a village near Quetta on Sunday, killing two farmers. A farmer, who spoke to the radio by phone "
    "on Tuesday evening, said the attackers stormed his house at about 2 a.m.",
])
def test_the_day_a_witness_or_a_group_spoke_does_not_split_the_incident(text):
    events = [e for e in read(text, date=dt.date(2025, 5, 14)) if e.type != "Diplomacy"]
    assert len(events) == 1 and len(events[0].sentences) == 2, [(e.subtype, e.date, e.rule) for e in events]


@pytest.mark.parametrize(("before", "report"), [
    ("who spoke to the radio by phone on ", True),
    ("the group said it struck, saying on ", True),
    # what is told may hold the day: "told Reuters it happened on Monday"
    ("a villager told Reuters it happened on ", False),
    ("officials said the attack happened on ", False),
])
def test_words_before_a_day_that_make_it_the_reports(before, report):
    from geo.events import rules as lex

    assert bool(lex.REPORT_DATE.search(before)) is report


def test_a_week_before_that_counts_back_from_the_last_day_told():
    # the day named in a sentence with no event of its own still anchors "a week before that",
    # and "two days earlier" counts from the event just dated
    text = (
        "A drone strike hit a truck near Quetta on Saturday, officials said. "
        "On April 20, the command struck a camp in the north of the country. "
        "A week before that, an air strike killed nine militants near Teknaf. "
        "Two days earlier, a drone strike hit a car near Gwadar."
    )
    strikes = {e.location.name: (e.date, e.modality) for e in read(text, dt.date(2025, 5, 12)) if e.location is not None}
    assert strikes["Teknaf"] == (dt.date(2025, 4, 13), "background")
    assert strikes["Gwadar"] == (dt.date(2025, 4, 11), "background")
    assert strikes["Quetta"] == (dt.date(2025, 5, 10), "asserted")


def test_a_day_before_a_named_feast_counts_from_the_feast_not_the_last_date_told():
    # "a day before Eid" says nothing of the day before the arrests told: one arrest, one day
    text = "Police arrested three men in Quetta on Sunday. They were arrested a day before Eid, the main feast of the year."
    arrests = [e for e in read(text) if e.subtype == "Arrests"]
    assert len(arrests) == 1 and arrests[0].date == dt.date(2025, 5, 11), [(e.date, e.rule) for e in arrests]


def test_an_anaphor_dated_by_the_incident_it_came_after_keeps_the_incident_told_before():
    # "the shooting came after a raid overnight ...": 'overnight' dates the raid the clause
    # names, not the shooting told before, which stays one event of the article's day
    events = read(
        "Gunmen stormed a farm near Quetta on Monday, shooting at the workers. "
        "One labourer was killed and six others wounded, officials said. "
        "The killing came after a police raid overnight killed two smugglers in a confrontation.",
        date=MONDAY,
    )
    attacks = [e for e in events if e.type == "Violence against civilians" and e.modality == "asserted"]
    assert [e.date for e in attacks] == [MONDAY]


def test_the_day_a_toll_rose_to_is_the_reports_not_the_blasts():
    # the day the wounded died is told after the toll's rise; the bombing told with it is the
    # Friday one, told again, not a second blast
    text = (
        "The death toll in the market bombing in Quetta increased to 30 on Saturday, hospital officials said.\n\n"
        "The explosion took place at the market before Friday prayers."
    )
    events = [e for e in read(text, dt.date(2025, 5, 10)) if e.modality == "asserted"]
    assert [(e.location.name, e.date) for e in events] == [("Quetta", dt.date(2025, 5, 9))]
