"""Modality of events (geo.events.triggers.modality_of): history, habit, plans and hypotheses are told,
not reported as news; only asserted events are drawn by default (geo.maps.layers.Filters)."""
from __future__ import annotations

import datetime as dt

import pytest
from event_fixtures import one, read

from geo.maps.layers import Filters
from geo.models import Event, Span


def modalities(text: str) -> list[tuple[str, str]]:
    return [(e.subtype, e.modality) for e in read(text)]

def assert_all_read_as(text: str, modality: str) -> None:
    """Every event of ``text`` is read with ``modality`` (and there is one)."""
    got = modalities(text)
    assert got and all(m == modality for _s, m in got), got


def assert_no_news(text: str) -> None:
    """``text`` has events, none of them told as news of the day (none drawn by default)."""
    got = [m for _s, m in modalities(text)]
    assert got and "asserted" not in got, got


def assert_news(text: str) -> None:
    """``text`` tells at least one event as news of the day."""
    assert "asserted" in [m for _s, m in modalities(text)], modalities(text)



@pytest.mark.parametrize(
    "text",
    [
        "Separatist gunmen often attack police posts along the highway near Quetta.",
        "The district has long been plagued by bombings and kidnappings.",
        "Since the rebels took over the town in 2019, schools have stayed shut.",
        "Militants have ambushed convoys on this road repeatedly since 2016.",
        "In recent years, insurgents have kidnapped dozens of engineers in the province.",
        "Officials have time and again blamed foreign agencies for the unrest in Quetta.",
        "Militants have stepped up attacks on the police in Quetta in recent months.",
        "Four police officers have been killed in several incidents around Kharkiv since Monday.",
        "Ceasefire breaches happen from time to time, with clashes and drone strikes near Sumy.",
        "Clashes occasionally break out along the road near Quetta.",
        "Fighting between the militia and the army has displaced millions around Kharkiv.",
        # a time counted in a leader's career is a past one, told about the person
        "Tehran hopes for a new chapter with the president, who signed a peace deal with the rebels in his first term.",
        "The general removed President Malik, who had been elected but faced mass protests in Quetta in his first year in office.",
        "Iran accuses Pakistan, which praised the commander as a hero, of fuelling violent protests that have killed 40 people in Quetta.",
    ],
)
def test_history_and_habit_are_background(text):
    assert_all_read_as(text, "background")


def test_an_aim_told_in_the_passive_infinitive_is_no_news_a_report_of_one_is():
    assert_no_news("Generals call the valley a lost district to be recaptured in a future campaign.")
    assert_news("Two soldiers were reported to be killed near Quetta on Monday.")


def test_separate_attacks_of_one_day_are_news():
    assert_news("Five soldiers were killed in separate attacks in Quetta and Gwadar on Monday.")


def test_a_background_year_gives_no_day():
    ev = [e for e in read("Since the rebels took over the town in 2019, schools have stayed shut.") if e.type == "Battles"]
    assert [(e.modality, e.date, e.time_precision) for e in ev] == [("background", dt.date(2019, 1, 1), 3)]


def test_an_event_dated_years_before_the_article_is_background():
    ev = read("Rebels seized the town of Lorka in March 2019.", date=dt.date(2025, 5, 12))
    assert [(e.modality, e.time_precision) for e in ev] == [("background", 3)]


@pytest.mark.parametrize(
    "text",
    [
        "In March, gunmen stormed a police post near Quetta and killed two officers.",
        "Earlier, in February, the Iranian foreign minister paid a visit to Pakistan.",
        "In January this year about forty people were killed in a bombing at a market in Quetta.",
        "Last November the presidents of Iran and Pakistan met in Tehran.",
        "But in March the army shelled rebel positions near Menaka.",
        # (the month opens the sentence: its later clauses are as far back)
        "Last month the Iranian finance minister came to settle the final plans for a link between the Quetta and "
        "Tehran bourses, and agreed to look into linking their bond markets too.",
        # the week before: what led up to the incidents the news tells by their weekday
        "Last week four guards were killed in a raid on a checkpoint in the Menaka district.",
        # stressed as recent, still the week before
        "Just last week police detained 30 people who had staged a sit-in at the ministry in Quetta.",
    ],
)
@pytest.mark.parametrize("date", [None, dt.date(2025, 5, 12)])
def test_a_sentence_opening_on_a_month_tells_context(text, date):
    # news dates the incidents of its days by a weekday or a date; a month set first is the
    # time of the context it recalls, with or without a publication date to compare it with
    ev = read(text, date=date)
    assert ev and all(e.modality == "background" for e in ev), [(e.subtype, e.modality) for e in ev]


@pytest.mark.parametrize(
    "text",
    [
        # an incident known by its month is an earlier one the reader is reminded of
        "Relatives gathered in Quetta to remember the victims of the November bombing at the market.",
        # the last month of that name is weeks back at least ("last month" is the one just gone)
        "The two presidents met in Tehran last December.",
    ],
)
@pytest.mark.parametrize("date", [None, dt.date(2025, 5, 12)])
def test_an_incident_named_by_its_month_is_context(text, date):
    ev = read(text, date=date)
    assert ev and all(e.modality == "background" for e in ev), [(e.subtype, e.modality) for e in ev]


def test_an_incident_named_by_its_day_is_not_history():
    ev = read("Police in Quetta arrested two men over the May 9 bombing of the market.", date=None)
    assert ("Arrests", "asserted") in [(e.subtype, e.modality) for e in ev]
    assert "background" not in [e.modality for e in ev]


def test_a_day_told_after_a_month_opener_is_news():
    ev = read("In March rebels took Menaka, and on Sunday the army shelled the town.", date=None)
    assert [(e.subtype, e.modality) for e in ev] == [("Shelling/artillery/missile attack", "asserted")]


def test_an_undated_article_dates_history_by_the_latest_year_it_names():
    # no publication date: the page is no older than the 2019 it speaks of, so the arrest it
    # dates to March 2016 is history; the raid of "Monday" is its news
    ev = read(
        "The arrest in March 2016 of a navy commander in Quetta is still debated. "
        "Gunmen raided a police post in Gwadar on Monday, a 2019 report's author said.",
        date=None,
    )
    assert [(e.subtype, e.modality) for e in ev if e.subtype in ("Arrests", "Armed clash")] == [
        ("Arrests", "background"), ("Armed clash", "asserted")
    ]


def test_attacks_recently_claimed_are_as_far_back_as_the_claim():
    assert_all_read_as("But the Islamic State group recently claimed responsibility for bomb attacks in Quetta.", "background")
    assert_news("The Islamic State group claimed responsibility for a bomb attack in Quetta on Monday.")


def test_since_monday_is_news_not_history():
    ev = read("Since Monday, soldiers have clashed with rebels in the hills near Menaka.")
    assert [e.modality for e in ev] == ["asserted"]


@pytest.mark.parametrize(
    "text",
    [
        "The foreign minister will visit Tehran next month.",
        "The two presidents are due to meet in Dhaka on Thursday.",
        "Officials said talks at next week's summit in Tehran would cover trade.",
        "A new round of talks with Iran is scheduled for May.",
    ],
)
def test_plans_are_planned_and_undated_unless_said(text):
    ev = [e for e in read(text) if e.type == "Diplomacy"]
    assert ev and all(e.modality == "planned" for e in ev), [(e.subtype, e.modality) for e in ev]


def test_a_planned_visit_without_a_date_gets_none():
    ev = [e for e in read("The minister will visit Quetta.") if e.subtype == "Visit"]
    assert [(e.modality, e.date) for e in ev] == [("planned", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Analysts warned that the army could launch air strikes on rebel camps inside Myanmar.",
        "If talks fail, the militia would attack the border towns, a commander said.",
        "The governor said the police were ready for any attack on the polling stations.",
        "Kabul said it would answer any further air strikes on its territory.",
        # a condition with a long subject
        "He said that if the traders of the bazaar were attacked again, the army would step in.",
    ],
)
def test_imagined_events_are_hypothetical(text):
    ev = [e for e in read(text) if e.type != "Diplomacy"]
    assert ev and all(e.modality == "hypothetical" for e in ev), [(e.subtype, e.modality) for e in ev]


def test_a_threat_is_a_threat_event_and_the_threatened_act_is_hypothetical():
    ev = read("Iran threatened to strike militant bases in Pakistan.")
    assert ("Threat", "asserted") in [(e.subtype, e.modality) for e in ev]
    assert all(e.modality == "hypothetical" for e in ev if e.subtype != "Threat")


@pytest.mark.parametrize(
    "text",
    [
        "A protester who travelled to Tehran was detained on arrival.",
        "Tourists visited Quetta during the festival.",
    ],
)
def test_a_visit_needs_an_official(text):
    assert "Visit" not in [e.subtype for e in read(text)]


def test_an_official_visit_is_still_a_visit():
    assert ("Visit", "asserted") in modalities("Pakistan's interior minister travelled to Tehran on Sunday.")


def _event(modality: str) -> Event:
    return Event("e", "a", "Battles", "Armed clash", Span(0, 1), Span(0, 1), "", modality=modality)


def test_only_asserted_events_are_drawn_by_default_and_all_on_request():
    assert Filters().accepts(_event("asserted"))
    for m in ("background", "planned", "hypothetical", "negated", "speculative"):
        assert not Filters().accepts(_event(m))
        assert Filters(modalities=None).accepts(_event(m))


@pytest.mark.parametrize(
    "text, modality",
    [
        ("The governor denied that there had been any armed clashes in Menaka.", "negated"),
        ("Nobody was arrested after the brawl in Quetta.", "negated"),
        ("Families fled the valley for fear of more air strikes.", "hypothetical"),
        ("Two years earlier, rebels had kidnapped a dozen engineers near Teknaf.", "background"),
        ("Rival militias clash again and again over the river crossings near Menaka.", "background"),
        ("Kidnappings for ransom are common on the road to Quetta.", "background"),
        ("Gangs are suspected of killing two traders in Quetta.", "speculative"),
    ],
)
def test_denial_fear_recaps_habits_and_suspicion(text, modality):
    got = [e.modality for e in read(text) if e.type != "Diplomacy"]
    assert got == [modality], [(e.subtype, e.modality) for e in read(text)]


@pytest.mark.parametrize(
    "text",
    [
        "During the trip the minister will call on the president of Iran, meet the speaker and hold talks with the army chief.",
        # the last meeting in a clause of its own, after a comma: the same "will"
        "On the two-day trip she will call on the premier, meet the speaker, and hold talks between delegations with the army chief.",
    ],
)
def test_one_will_plans_every_meeting_of_a_programme(text):
    ev = [e for e in read(text) if e.type == "Diplomacy"]
    assert ev and all(e.modality == "planned" for e in ev), [(e.subtype, e.modality) for e in ev]


def test_a_diplomatic_event_dated_after_the_article_is_planned():
    ev = [e for e in read("The minister travels to Tehran on 20 May 2025 for a two-day visit.", date=dt.date(2025, 5, 12)) if e.subtype == "Visit"]
    assert ev and all(e.modality == "planned" for e in ev)


def test_an_event_of_last_season_is_background_one_of_last_week_is_news():
    old = read("Gunmen killed four guards in Quetta on 2 January 2025.", date=dt.date(2025, 5, 12))
    new = read("Gunmen killed four guards in Quetta on 8 May 2025.", date=dt.date(2025, 5, 12))
    assert [e.modality for e in old] == ["background"] and [e.modality for e in new] == ["asserted"]


def test_a_good_time_to_visit_is_no_visit():
    ev = [e for e in read("The best months to visit Quetta are April and May.") if e.subtype == "Visit"]
    assert all(e.modality != "asserted" for e in ev)


@pytest.mark.parametrize(
    "text",
    [
        "Twelve years after the two states signed a border agreement, the posts are still disputed.",
        "The conflict began when rebels shelled the garrison at Menaka.",
    ],
)
def test_an_event_inside_a_frame_of_years_or_of_how_a_conflict_began_is_background(text):
    assert [m for _s, m in modalities(text)] == ["background"]


def test_a_frame_told_after_the_event_does_not_make_it_background():
    assert [m for _s, m in modalities("Militants attacked a checkpoint in Quetta a year after the army left.")] == ["asserted"]


@pytest.mark.parametrize(
    "text, modality",
    [
        ("The envoy said he looked forward to talks with Iranian leaders in Tehran.", "planned"),
        ("He said that in future wars shelling of the dams near Quetta is likely.", "hypothetical"),
    ],
)
def test_hopes_and_futures_are_not_news(text, modality):
    got = modalities(text)
    assert got and all(m == modality for _s, m in got), got


def test_killings_of_a_past_decade_beside_todays_news_are_background():
    text = (
        "Police fired tear gas at protesters in Quetta on Monday. "
        "The insurgency had killed thousands of people between 1996 and 2006."
    )
    killed = [e for e in read(text) if e.type == "Violence against civilians"]
    assert [e.modality for e in killed] == ["background"]


def test_a_where_clause_in_the_perfect_tells_the_place_history_not_news():
    text = (
        "A drone struck a house in Menaka on Sunday, a town where soldiers had searched homes and made "
        "several arrests."
    )
    arrests = [e for e in read(text) if e.subtype == "Arrests"]
    assert [e.modality for e in arrests] == ["background"]


def test_a_where_clause_in_the_past_still_tells_the_news():
    text = "Troops entered Menaka on Sunday, where they arrested four men."
    assert [e.modality for e in read(text) if e.subtype == "Arrests"] == ["asserted"]


def test_the_roots_of_a_conflict_are_background():
    text = (
        "Gunmen killed twelve villagers near Menaka on Sunday. "
        "The violence has its roots in clashes between herders and farmers over land."
    )
    clashes = [e for e in read(text) if e.modality == "asserted" and e.type == "Battles"]
    assert clashes == []


def test_what_a_group_does_in_the_present_describes_it():
    text = (
        "Menaka is one of the towns troubled by gangs, who raid villages, looting and killing residents "
        "or kidnapping them for ransom."
    )
    assert [e.subtype for e in read(text) if e.modality == "asserted"] == []


def test_an_alleged_attacker_does_not_make_the_attack_doubtful():
    text = "The alleged rebel unit attacked the base in Menaka on Wednesday."
    assert [e.modality for e in read(text) if e.type == "Battles"] == ["asserted"]


def test_an_alleged_attack_is_doubtful():
    text = "Officials denied the alleged attack on the base in Menaka on Wednesday."
    assert "asserted" not in [e.modality for e in read(text) if e.type == "Battles"]


def test_a_count_of_attacks_tells_none_of_them():
    text = "The capital Quetta has been attacked three times."
    assert [e.modality for e in read(text) if e.type != "Diplomacy"] == ["background"]


@pytest.mark.parametrize(
    "text",
    [
        "It is not clear whether the missing guards were killed or kidnapped by the gunmen near Quetta.",
        "Officials could not say whether the convoy had been ambushed near Menaka.",
    ],
)
def test_an_open_question_is_no_report_that_it_happened(text):
    assert_all_read_as(text, "speculative")


def test_the_habits_told_in_a_relative_clause_do_not_make_the_main_clause_history():
    # the relative clause describes the group; what it "said it had seized" is this week's news
    text = "The rebel group, which has launched many attacks there in recent years, said it had seized the town of Menaka."
    got = modalities(text)
    assert ("Non-state actor overtakes territory", "asserted") in got, got
    # without the relative clause's commas the years belong to the act itself
    text = "The rebel group has seized towns such as Menaka many times in recent years."
    assert all(m != "asserted" for _s, m in modalities(text))


@pytest.mark.parametrize(
    "text",
    [
        "Gangs control most of Quetta and commit random acts of kidnapping and extortion.",
        "Gangs control most of Quetta and commit random acts of kidnapping, rape and other violence.",
        # the years come long after the verb
        "Gangs of armed men have attacked hundreds of local communities across the north of Mali in recent years.",
    ],
)
def test_kinds_of_deeds_and_years_of_attacks_are_no_incident(text):
    assert_all_read_as(text, "background")


@pytest.mark.parametrize(
    "text",
    [
        "The envoy travels on to Dhaka, where he means to meet the foreign minister.",
        "The two leaders hope to sign a trade pact in Dhaka.",
    ],
)
def test_an_intention_is_a_plan_not_news(text):
    assert_all_read_as(text, "planned")


@pytest.mark.parametrize(
    "text",
    [
        # a pledge is news of an act still to come: listed as planned, not drawn
        "Both governments pledged to expand trade across the Taftan crossing.",
        "The governor vowed to rebuild the market in Maiduguri.",
        # asked for, invited, or the purpose of a deployment: nothing done yet
        "The families urged the government to agree to a prisoner exchange with the rebels.",
        "The president invited the Kenyan leader to visit Addis Ababa.",
        "Officers were sent to Solino to hunt down and arrest the gang's leaders.",
        "The gunmen were on a mission to attack Mandera town, police said.",
        # a tally over the year tells none of its incidents
        "At least nine local councillors have been murdered so far this year in Guerrero.",
        "This year police enforcing the curfew have killed at least 15 people in Nairobi.",
    ],
)
def test_pledges_requests_purposes_and_year_tallies_are_no_news(text):
    assert_no_news(text)


@pytest.mark.parametrize(
    "text",
    [
        "Troops sent to the region clashed with rebels near Bunia on Monday.",
        "The two presidents signed three security agreements in Brussels on Thursday.",
        "Gunmen have killed two police officers in Bannu, officials said on Monday.",
    ],
)
def test_a_deployment_a_signing_and_a_days_killing_stay_news(text):
    assert_news(text)


@pytest.mark.parametrize(
    "text, modality",
    [
        # a charge of lasting support in the perfect tense is a standing position
        ("Dhaka has accused Myanmar of sheltering the insurgents.", "background"),
        ("Western governments have accused Venezuela of backing the rebel group.", "background"),
        # the day's accusation, or a perfect-tense one about the attacks themselves, is news
        ("On Monday Dhaka accused Myanmar of sheltering the insurgents.", "asserted"),
        ("Officials in Dhaka have blamed the attacks on the insurgents.", "asserted"),
        # a state's charge of a deed in the perfect is its day's news, after any headline
        ("Border guards exchanged fire overnight.\n\nIran has accused Pakistan of breaking the truce.", "asserted"),
        ("Mali and Niger have each accused the other of breaking the border truce.", "asserted"),
        # a charge told in a "with" clause is the quarrel behind another clause's news
        ("Talks between Mali and Niger have stalled, with each side blaming the other for the delay.", "background"),
        ("Border trade slowed this month, with Pakistan accusing Iran of stalling the talks.", "background"),
        ("Pakistan accused Iran of stalling the talks, officials in Quetta said on Monday.", "asserted"),
    ],
)
def test_a_standing_charge_is_no_statement_of_the_day(text, modality):
    assert dict(modalities(text))["Statement/Accusation"] == modality


@pytest.mark.parametrize(
    "text",
    [
        # a headline's bare infinitive is its future
        "Bangladeshi premier to visit Tehran for annual summit",
        "Iranian minister set to meet Pakistani leaders in Quetta",
        "Reports: Iranian minister to visit Dhaka on Thursday",  # after a label
        # a meeting that is the purpose of a trip told in the present
        "The Ukrainian president heads to Kharkiv for talks with the governor.",
        # what is done "ahead of" a visit says the visit is still to come
        "Ahead of the minister's visit to Dhaka, the road to the airport was closed.",
        # a trip told in the progressive or as "set"/"due", and a start told in the present
        "The Iranian minister is travelling to Quetta on Thursday to meet the governor.",
        "The Russian envoy is due in Dhaka for talks with the foreign minister.",
        "The minister's two-day visit to Dhaka begins on Wednesday.",
    ],
)
def test_trips_and_meetings_still_to_come_are_planned(text):
    told = [m for k, m in modalities(text) if k in ("Visit", "Meeting")]
    assert told and set(told) == {"planned"}, modalities(text)


@pytest.mark.parametrize(
    "text",
    [
        "Organisers plan a march on parliament in Dhaka next Saturday.",
        "The union announced a protest outside the ministry in Quetta on Monday.",
        "The opposition has called a mass rally in Dhaka.",
        "The traders vowed to continue their protests in Quetta.",
        "The army is preparing an offensive to retake Menaka.",
    ],
)
def test_protests_called_and_offensives_prepared_are_still_to_come(text):
    # (the union's announcement itself is a statement of the day)
    got = [m for k, m in modalities(text) if k != "Statement/Accusation"]
    assert got and "asserted" not in got, got


def test_a_protest_organised_and_a_town_retaken_are_news():
    assert_news("Students organised a protest in Dhaka on Monday.")
    assert_news("The army launched an offensive on Monday and retook Menaka.")


def test_what_a_crowd_called_its_protest_is_no_call_for_one():
    # "what they called": the crowd's own name for the protests they held, not a protest called
    assert_news("On Sunday police detained dozens of traders in Quetta for holding what they called peaceful protests.")


@pytest.mark.parametrize(
    "text",
    [
        "Thousands took to the streets in Dhaka to protest against the fees",  # a headline in the past tense
        "The Iranian minister arrived in Quetta on Monday for talks with Pakistani leaders.",
        "The Iranian minister travelled to Quetta on Thursday to meet the governor.",
    ],
)
def test_past_trips_and_crowds_stay_news(text):
    assert_news(text)


@pytest.mark.parametrize(
    "text",
    [
        "The war has killed more than 10,000 people and displaced millions.",
        "Kyiv has been targeting Russian refineries with long-range drones for months.",
        "The jihadists have expanded their attacks into the coastal states.",
        "Security forces have used tear gas against protesters in past demonstrations.",
        "Such protests are rare in the tightly controlled country.",
        "It was the second such attack near Quetta in a week.",
        "Pakistan blames Iran for the unrest in Balochistan, a charge Tehran denies.",
        "The government has repeatedly denied targeting civilians in Rakhine State.",
        "The unrest is the worst since the 2018 elections, when dozens were killed in Dhaka.",
        # a tally of the past year or months
        "Attacks on convoys travelling to Quetta have killed dozens of people over the past year.",
        "Militants have abducted forty engineers in Balochistan in the past six months.",
        # a charge of a kind of deed with no day named, and its denial in a relative clause
        "Rights groups have accused the army of killing civilians in Rakhine State, which it denies.",
        # an example recalled from before, or of a kind the speaker names
        "As recently as last spring, bandits fired rockets at a police post near Quetta.",
        "The governor spoke of recent incidents, among them a bomb blast outside a school in Gwadar.",
    ],
)
def test_tolls_courses_kinds_and_standing_denials_are_no_news(text):
    assert_no_news(text)


@pytest.mark.parametrize(
    "text",
    [
        "The fighting has killed at least 12 people in Sumy since Monday, officials said.",
        "Rebels stepped up their offensive and seized the town of Menaka on Saturday.",
        "On Wednesday troops shelled rebel positions near Kharkiv for several hours.",
        "Police accused the gang of killing two officers in Quetta on Monday.",
    ],
)
def test_the_days_fighting_seizures_and_denials_stay_news(text):
    assert_news(text)


def test_a_states_denial_of_another_states_charge_is_news_of_the_day():
    text = "Iran accused Pakistan of an air strike. Pakistan denied on Monday that its jets had struck Iranian territory."
    denials = [e for e in read(text) if e.rule.startswith("rejection")]
    assert [(e.actors, e.modality) for e in denials] == [(("Pakistan", "Iran"), "asserted")]


def test_parties_standing_accused_make_no_statement():
    assert "Statement/Accusation" not in dict(modalities("Both sides stand accused of atrocities during the war."))




@pytest.mark.parametrize(
    "text, subtype",
    [
        ("Pakistan categorically condemned the use of chemical weapons in Iran.", "Chemical weapon"),
        ("Relations had sunk to dangerous levels after Iranian drones struck a camp near Quetta.", "Air/drone strike"),
        (
            "Relations between Iran and Pakistan had sunk to dangerous levels recently after Pakistani jets killed "
            "the top general of the militia in a drone strike near Quetta.",
            "Air/drone strike",
        ),
    ],
)
def test_stances_kinds_of_acts_and_causes_of_an_old_state_are_no_news(text, subtype):
    got = dict(modalities(text))
    assert got.get(subtype) == "background", got


def test_an_accusation_said_in_the_past_tense_is_news():
    assert dict(modalities("Pakistan accused Iran of sheltering militants on Monday.")) == {"Statement/Accusation": "asserted"}


def test_a_refusal_imposed_on_people_is_no_denial_said():
    assert modalities("The rulers denied them political, social and economic participation.") == []


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("The region has seen frequent attacks on police since the withdrawal of foreign troops.", "background"),
        ("The film depicts the 2008 attacks on hotels in Quetta.", "background"),
        # a war named by its year, told again in a relative clause, is history; the veterans of
        # one who march today are news
        ("Crowds recalled the 1965 war, which was fought near Quetta.", "background"),
        ("Veterans of the 1999 war marched in Quetta on Monday.", "asserted"),
        ("Officials fear more clashes near Menaka in the coming days.", "speculative"),
        ("Repeated shelling hit Kharkiv on Monday, killing two.", "asserted"),
        ("Regular army troops clashed with rebels near Menaka on Monday.", "asserted"),
        # a trend of a kind of incident, told from a plural trigger on
        ("As kidnappings rise across Menaka, families have begun to sell their herds.", "background"),
        ("Drone attacks on Kharkiv have surged since the spring.", "background"),
        ("The toll from the attacks in Menaka rose to twelve on Monday.", "asserted"),
        # counts of incidents over years, none of them told
        ("The group has carried out dozens of attacks in Quetta.", "background"),
        ("Hundreds of people have been killed in the fighting near Menaka since April.", "background"),
        ("The movement has killed thousands of soldiers in Menaka.", "background"),
        ("Kidnappings of traders were frequent around Quetta a decade ago.", "background"),
        ("The blast killed dozens of people in Quetta on Monday.", "asserted"),
        ("Such raids usually happen at night around Menaka.", "background"),
        ("Since the war began, the militia has exchanged fire with the army almost daily near Menaka.", "background"),
        ("Gunmen attacked a convoy on Monday in an area often targeted by militants near Menaka.", "asserted"),
    ],
)
def test_recurring_kinds_years_named_and_fears_are_no_news_but_a_days_repeated_fire_is(text, modality):
    assert_all_read_as(text, modality)


def test_a_warning_of_what_militants_may_do_is_no_threat_but_one_of_the_speakers_force_is():
    from event_fixtures import read

    warned = "Officials in Quetta warned on Monday that militants could attack polling stations."
    assert "Threat" not in [e.subtype for e in read(warned)]
    vowed = "Pakistan warned on Monday that it would respond with force to any attack from Iran."
    assert "Threat" in [e.subtype for e in read(vowed)]


def test_an_end_awaited_after_until_is_no_event():
    from event_fixtures import read

    text = "Farm unions in Quetta said the sit-in would continue until the government agreed to talks."
    assert [e.modality for e in read(text) if e.rule.startswith("agreement")] == ["hypothetical"]


@pytest.mark.parametrize(
    "text",
    [
        "The spokeswoman said the prime minister would then fly to Vienna and meet the Austrian chancellor.",
        "The foreign office said the minister's visit to Baku would give both sides a chance to settle the dispute.",
    ],
)
def test_a_trip_told_in_reported_speech_with_would_is_no_act_of_the_day(text):
    assert_no_news(text)


def test_a_trip_that_was_made_is_still_news_after_a_would_elsewhere():
    assert_news("The minister flew to Vienna on Monday and met the Austrian chancellor, who said talks would go on.")


@pytest.mark.parametrize(
    "text",
    [
        "The rebel movement has been attacking cargo ships off the coast of Yemen to press its demands.",
        "For more than five months the two armies have traded fire across the line of control near Uri.",
        "The militia and the army have clashed almost daily around Goma for six months.",
    ],
)
def test_a_campaign_told_in_the_perfect_over_months_is_background(text):
    assert_all_read_as(text, "background")


@pytest.mark.parametrize(
    "text",
    [
        "Since Monday the rebels have been shelling the outskirts of Goma.",
        "Rebels who have been besieging the town for five months attacked Goma on Tuesday.",
        "For three days the two armies have traded fire near Uri.",
    ],
)
def test_a_campaign_of_these_days_is_still_news(text):
    assert_news(text)


def test_a_takeover_told_as_the_turn_of_a_trend_is_background():
    assert_all_read_as("Violence across the country fell sharply after the rebels seized control of Menaka.", "background")


def test_a_year_told_as_mid_year_dates_history():
    ev = read("When the militants overran the north of the country in mid-2014, the army withdrew.", date=dt.date(2025, 5, 12))
    assert ev and all((e.modality, e.date.year) == ("background", 2014) for e in ev), [(e.subtype, e.modality, e.date) for e in ev]


@pytest.mark.parametrize(
    "text",
    [
        "So far this year 150 rebels have been killed in the province. Most of them, 139, were killed near Menaka.",
        "In a climate of attacks on journalists in Quetta, the newspaper closed its office.",
    ],
)
def test_a_share_of_a_tally_and_a_climate_of_violence_are_no_incident(text):
    assert "asserted" not in [m for _s, m in modalities(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Meanwhile sleeper cells have carried out bomb attacks in areas the militia controls.",
        "The army has recently stepped up artillery fire, drone and air strikes on areas held by the rebels.",
    ],
)
def test_attacks_in_the_plural_told_as_a_campaign_are_background(text):
    assert_no_news(text)


def test_attacks_of_these_days_told_in_the_perfect_are_news():
    assert_news("Militants have carried out two bomb attacks in Quetta since Monday.")


def test_what_a_condemned_move_is_for_is_no_news():
    got = dict(modalities("Iran condemned the action by the Pakistani authorities to seize the port of Gwadar on Monday."))
    assert got["Statement/Accusation"] == "asserted"
    assert got.get("Non-state actor overtakes territory", got.get("Government regains territory")) != "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "Earlier attempts to arrest the leader at his home in Quetta failed.",
        "Troops entered the camp in Quetta to arrest two suspects on Monday.",
    ],
)
def test_an_arrest_told_as_an_aim_is_no_arrest(text):
    assert "asserted" not in [m for s, m in modalities(text) if s == "Arrests"]


def test_an_arrest_told_as_done_after_entering_is_news():
    assert ("Arrests", "asserted") in modalities("Troops entered the camp in Quetta on Monday and arrested two suspects.")


@pytest.mark.parametrize(
    "text",
    [
        "Between January and May 2025, gunmen raided dozens of villages around Quetta.",
        "From March to May 2025, troops killed 90 fighters in Balochistan.",
    ],
)
def test_a_tally_bounded_by_a_range_of_years_or_months_is_background(text):
    got = [e.modality for e in read(text, date=dt.date(2025, 6, 29))]
    assert got and "asserted" not in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed two shopkeepers in Quetta between 10 and 11 pm on Monday.",
        "Between 2000 and 3000 people protested in Quetta against the new tax.",
        "The unrest that ran from June to August flared again when police fired on protesters in Quetta on Monday.",
    ],
)
def test_hours_a_crowd_s_size_or_a_day_named_keep_the_news(text):
    assert_news(text)


def test_a_plan_that_names_a_thing_does_not_make_the_sentence_a_plan():
    text = "A mayor who hopes to stand in next year's vote was shot and wounded in Quetta on Saturday."
    (attack,) = read(text, date=dt.date(2025, 6, 8))
    assert (attack.modality, attack.date) == ("asserted", dt.date(2025, 6, 7))
    assert_no_news("The two ministers will hold talks at next week's summit in Quetta.")


@pytest.mark.parametrize(
    "text",
    [
        "A year earlier, traders shut their shops across Balochistan after a shopkeeper was arrested in Quetta.",
        "Years ago, militants stormed a checkpoint in Quetta and police arrested their leader.",
    ],
)
def test_a_sentence_opening_on_a_time_long_past_is_history_in_every_clause(text):
    assert_no_news(text)


def test_a_sentence_opening_on_days_ago_is_news():
    assert_news("Two days ago, police arrested two students in Quetta.")


@pytest.mark.parametrize(
    "text",
    [
        "The rifles were intended for attacks on traders in Quetta, police said.",
        "The gang was equipped for a raid on the bank in Quetta, police said.",
    ],
)
def test_what_arms_or_men_were_meant_for_is_no_attack(text):
    assert "asserted" not in [m for s, m in modalities(text) if s in ("Attack", "Armed clash")]


def test_what_a_visits_programme_includes_is_planned():
    text = "The president of Niger arrived in Tehran on Monday. The programme of his visit also includes talks with the speaker."
    assert modalities(text) == [("Visit", "asserted"), ("Visit", "planned"), ("Meeting", "planned")]


@pytest.mark.parametrize(
    "text, modality",
    [
        ("Bangladesh's commerce minister recently discussed rice exports with the Myanmar side.", "background"),
        ("The commerce minister discussed rice exports with the Myanmar side on Monday.", "asserted"),
    ],
)
def test_recently_right_before_the_verb_tells_of_a_time_before_the_news(text, modality):
    assert_all_read_as(text, modality)


@pytest.mark.parametrize(
    "text",
    [
        "Last month gunmen killed three guards at a pipeline near Quetta.",
        "Earlier this month two bombs went off in a market in Quetta, killing seven people.",
        "Two months ago protesters blocked the highway near Gwadar.",
        "The two leaders already met in Tehran earlier this year.",
    ],
)
def test_an_incident_weeks_before_the_news_is_background(text):
    assert_all_read_as(text, "background")


def test_an_incident_whose_day_is_told_stays_news_beside_one_a_month_before():
    text = "On Monday gunmen killed three guards near Quetta. Last month a bomb went off in a market there."
    assert modalities(text) == [("Armed clash", "asserted"), ("Remote explosive/landmine/IED", "background")]


@pytest.mark.parametrize(
    "text, second",
    [
        ("Gunmen killed three guards near Quetta on Monday, a month after a bombing there.", "background"),
        ("Gunmen killed three guards near Quetta on Monday, two days after a bombing there.", "asserted"),
    ],
)
def test_the_incident_the_news_is_dated_from_is_another_incident(text, second):
    # the killing stays the news; the bombing it follows is history when months old
    assert modalities(text) == [("Armed clash", "asserted"), ("Remote explosive/landmine/IED", second)]


def test_a_wave_told_by_what_it_has_done_is_no_incident():
    text = "Iran summoned the envoys of Bangladesh on Monday over their backing for the protests that have shaken the country."
    assert modalities(text) == [("Statement/Accusation", "asserted"), ("Peaceful protest", "background")]


def test_a_clash_beside_a_protest_still_to_come_is_news():
    text = "Supporters of the party clashed with police near Quetta on Friday as they vowed to stage a sit-in in Gwadar."
    assert ("Violent demonstration", "asserted") in modalities(text)


def test_an_event_with_neither_a_place_nor_a_day_of_its_own_is_context():
    text = (
        "Rebels shelled a base near Menaka.\n\nThe region is one of the poorest of the country.\n\n"
        "The mayor asked for help.\n\nAid workers said gunmen abducted two drivers."
    )
    undated = [(e.subtype, e.modality) for e in read(text, date=None)]
    assert undated == [("Shelling/artillery/missile attack", "asserted"), ("Abduction/forced disappearance", "background")]
    # the article's day dates it: an incident of the news, placed at the last site told
    assert [e.modality for e in read(text, date=dt.date(2025, 5, 12))] == ["asserted", "asserted"]


def test_everything_a_denied_report_tells_is_negated():
    # the shootout is far from "denied", but still part of the report denied
    text = "The commissioner denied reports that five policemen had been kidnapped during a shootout with bandits near Quetta."
    assert {e.modality for e in read(text)} == {"negated"}


def test_a_denied_report_does_not_reach_past_its_clause():
    text = "The commissioner denied reports of a kidnapping, but gunmen later clashed with police near Quetta."
    assert one(read(text), "Armed clash").modality == "asserted"


def test_an_incident_named_by_its_year_after_a_qualifying_word_is_history():
    text = "He was wanted at home over the deadly 2016 attack on the Ulmo gallery in Kandor."
    assert [m for _s, m in modalities(text)] == ["background"]


@pytest.mark.parametrize(
    "text",
    [
        "Police in Quetta said more than 150 people were detained over three nights of unrest.",
        "Officers have arrested 40 men in Quetta during the past five days, the police chief said.",
    ],
)
def test_arrests_counted_over_several_days_are_a_tally_no_event_of_the_day(text):
    assert "asserted" not in [m for s, m in modalities(text) if s == "Arrests"]


def test_arrests_over_the_past_day_are_still_news():
    assert ("Arrests", "asserted") in modalities("Police in Quetta arrested 40 men over the past 24 hours, the police chief said.")


def test_arrests_told_as_the_means_of_a_crackdown_stepped_up_are_its_course():
    text = "The authorities in Quetta stepped up their crackdown on smugglers this month, arresting traders in raids on markets."
    assert "asserted" not in [m for s, m in modalities(text) if s == "Arrests"]
    assert ("Arrests", "asserted") in modalities("Police in Quetta raided a market on Monday, arresting six traders.")


@pytest.mark.parametrize(
    "text",
    [
        # an incident a week or more before the news it is measured from: context
        "Gunmen killed three guards near Quetta on Monday, only weeks after a bombing in Gwadar.",
        "Gunmen killed three guards near Quetta on Monday, barely a week after a bombing in Gwadar.",
        # the earlier incident told in a clause of its own
        "The minister arrived in Tehran on Monday, two weeks after the army chief visited Dhaka.",
    ],
)
def test_the_incident_a_week_or_more_before_the_news_is_context(text):
    # (in an undated article too, where no date of the news week can tell it)
    got = [(e.subtype, e.modality) for e in read(text, date=None)]
    assert got[0][1] == "asserted" and got[1:] and all(m == "background" for _s, m in got[1:]), got


def test_an_incident_of_the_days_before_the_news_stays_news():
    # "days after": the earlier incident may be of the news week itself
    got = modalities("Gunmen killed three guards near Quetta on Monday, three days after a bombing in Gwadar.")
    assert [m for _s, m in got] == ["asserted", "asserted"], got



def test_the_worst_in_weeks_counts_no_earlier_incident():
    # "in weeks" counts how long since the last such; the clash after it is the news
    got = modalities("Quetta saw its heaviest fighting in weeks after rebels attacked a police post on Monday.")
    assert got and all(m == "asserted" for _s, m in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Police detained two men in Quetta over last week's bombing of a bus in Gwadar.",
        "Tension in Quetta has stayed high after last year's riots in Gwadar.",
    ],
)
def test_an_incident_named_by_the_period_just_gone_is_context(text):
    # in the possessive, "last week's" names an incident the reader knows of, recalled (in an
    # undated article too, where no date of the news week can tell it)
    got = [(e.subtype, e.modality) for e in read(text, date=None)]
    assert [m for s, m in got if s != "Arrests"] and all(m == "background" for s, m in got if s != "Arrests"), got


def test_the_incident_a_span_starts_from_is_context():
    # "since <date>, when ...": the first incident of a period that has gone on since
    text = "Since October 28, when police and traders clashed in Quetta, the market has stayed shut."
    assert_all_read_as(text, "background")
    text = "Since Monday, when police and traders clashed in Quetta, the market has stayed shut."
    assert_news(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The army accused him of being behind earlier rocket fire at Quetta.",
         [("Statement/Accusation", "asserted"), ("Shelling/artillery/missile attack", "background")]),
        ("Traders shut their shops in Quetta after earlier demonstrations in Gwadar.", [("Peaceful protest", "background")]),
    ],
)
def test_an_incident_told_as_an_earlier_one_is_context(text, expected):
    assert modalities(text) == expected


def test_earlier_as_an_adverb_of_the_verb_is_news():
    assert [m for _s, m in modalities("The army earlier shelled the town of Quetta.")] == ["asserted"]


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of mourners laid wreaths in Quetta on Sunday on the second anniversary of the bombing of the railway station.",
        "Families gathered in Quetta to honour the victims of the market attack, two years on.",
    ],
)
def test_the_incident_an_anniversary_remembers_is_history(text):
    assert_no_news(text)


@pytest.mark.parametrize(
    "text",
    [
        # the commemoration told in a clause of its own is the day's news
        "On the anniversary of the coup, crowds marched through Quetta on Sunday.",
        # victims of an incident in a sentence that counts no years since it
        "Families gathered in Quetta to honour the victims of the market attack on Sunday.",
    ],
)
def test_news_beside_an_anniversary_stays_news(text):
    assert_news(text)


@pytest.mark.parametrize(
    "text",
    [
        # a rite of remembrance for those an incident hurt: the incident is the one remembered
        "The town council of Verrin held a memorial ceremony yesterday for the victims of the Verrin massacre.",
        "Pupils in Quetta observed a minute of silence for the victims of the school bombing.",
        "Thousands attended the commemoration for the massacre victims in Quetta on Sunday.",
    ],
)
def test_the_incident_a_rite_of_remembrance_is_for_is_history(text):
    assert_no_news(text)


@pytest.mark.parametrize(
    "text",
    [
        # a memorial in a clause of its own, the incident told as the day's news
        "Gunmen killed six villagers in Quetta on Sunday, and a memorial service was held on Monday.",
        # a rite with no remembered victims named: the attack of the sentence is news
        "A bomb exploded near a memorial ceremony in Quetta on Sunday.",
    ],
)
def test_news_beside_a_rite_of_remembrance_stays_news(text):
    assert_news(text)


@pytest.mark.parametrize(
    "text",
    [
        # the deed a court tries or a prosecutor charges is named as the charge, not reported
        "A jury in Quetta on Monday convicted the three men, Arvo Tallen, Bero Kess and Cim Laro, of conspiracy to murder.",
        "The court in Quetta found him guilty of attempted murder and sentenced him to life.",
        "A man was charged with murder in Quetta on Tuesday.",
    ],
)
def test_the_deed_a_court_tries_is_no_news(text):
    assert_no_news(text)


@pytest.mark.parametrize(
    "text",
    [
        # a side's accusation of the day's deed tells it; "charged" as a rush of the police
        "Protest leaders accused the police of beating demonstrators in Quetta on Monday.",
        "Police charged the protesters with batons and fired tear gas at demonstrators in Quetta on Monday.",
    ],
)
def test_deeds_beside_other_charges_stay_news(text):
    assert_news(text)


def test_a_pronouns_predicate_names_the_incident_told_before():
    # the incident recalled, then what it was: no second incident, nor one of the day
    text = (
        "Gunmen stormed the railway station in Quetta in March 2019, killing 30 travellers. "
        "It was the province's deadliest attack in a decade."
    )
    assert_no_news(text)
    assert len(read(text)) == 1, modalities(text)


@pytest.mark.parametrize(
    "text",
    [
        # a count of incidents, none of them told
        "The Dorak Front is responsible for a plethora of bomb attacks in Quetta.",
        # the kinds of act a group uses
        "Its tactics range from roadside bombs to targeted killings in Quetta.",
        # an act naming the kind of a practice or a trade
        "The militia funds itself through smuggling and long-standing kidnapping practices around Quetta.",
    ],
)
def test_counts_and_kinds_of_acts_are_no_incident(text):
    assert_no_news(text)


def test_an_incident_beside_a_kind_of_act_stays_news():
    assert_news("Gunmen kidnapped two engineers near Quetta on Monday, police said.")


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said 210 militants had been killed during this time across the province, Quetta included.",
        "In the same period, gunmen killed 45 police officers in Quetta.",
    ],
)
def test_a_tally_over_a_span_told_before_is_no_incident(text):
    assert_no_news(text)


def test_a_span_of_the_days_news_in_the_past_simple_stays_news():
    # "during that time" of hours told in the past simple may be the day's protest
    assert_news("Protesters blocked the highway near Quetta for six hours on Monday and police arrested 12 during that time.")


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen stormed a concert hall in Quetta on March 3, 2019, killing 40 people. After the shootings, the gunmen set the hall on fire.",
        "On May 3, 2023, protesters clashed with police in Quetta. The provincial government imposed a curfew across the city following the violence.",
    ],
)
def test_the_aftermath_of_an_incident_told_as_history_is_history(text):
    assert_no_news(text)


def test_the_aftermath_of_the_days_incident_is_news():
    assert_news("Gunmen stormed a concert hall in Quetta on Monday, killing 40 people. After the shootings, the gunmen set the hall on fire.")


def test_a_campaigns_means_told_after_the_perfect_are_no_incident():
    assert_no_news("The allies have retaliated, carrying out missile strikes on rebel targets around Quetta.")


@pytest.mark.parametrize(
    "text",
    [
        "The allies retaliated, carrying out missile strikes on rebel targets around Quetta.",
        "Since Monday the allies have retaliated, carrying out missile strikes on rebel targets around Quetta.",
    ],
)
def test_means_told_in_the_past_or_with_a_day_are_news(text):
    assert_news(text)


@pytest.mark.parametrize(
    "text",
    [
        "In recent days, gunfights have resumed between village guards near Quetta, leaving several hurt.",
        "In the past few weeks the army has retaken large parts of the district around Quetta.",
    ],
)
def test_a_course_of_recent_days_is_no_incident(text):
    assert_no_news(text)


def test_a_day_named_beside_recent_days_tells_the_incident():
    assert_news("On Thursday the army and the militia fought in Quetta, the focus of the fighting in recent days.")


@pytest.mark.parametrize(
    "text",
    [
        "The rebels launched a wave of drone attacks on Brask overnight, wounding three people.",
        "The army carried out a series of air strikes on Tolvik on Friday, residents said.",
        'The governor said the enemy launched a "series of shelling" attacks on Tolvik late on Thursday.',
    ],
)
def test_a_wave_someone_launched_is_the_deed_told(text):
    # "launched a wave of drone attacks on X overnight": the wave is the night's strikes, news,
    # not a count of attacks over time as "behind a series of attacks"
    assert_all_read_as(text, "asserted")


def test_a_series_no_one_is_told_launching_is_still_a_count():
    assert_no_news("The rebels have been behind a series of attacks on Brask.")


@pytest.mark.parametrize(
    "text",
    [
        # each kind of harm in a list a risk or an example-maker names is a kind, no incident
        "The provinces of Norland are known for gangs engaged in offences such as extortion, armed robbery, kidnapping, and homicide.",
        "Travellers to Quetta face threats of kidnapping, armed robbery, and terrorism.",
        "Risks of violence, kidnappings, and explosive attacks are common throughout Quetta.",
    ],
)
def test_a_kind_in_a_list_of_risks_is_no_incident(text):
    assert_no_news(text)


@pytest.mark.parametrize(
    "text",
    [
        # a list of places after "such as", then the incident of one of them
        "Gunmen raided towns such as Quetta, where they killed four guards on Monday.",
        # the list of harms told, then the day's incident in a clause of its own
        "Despite threats of kidnapping, armed robbery, and terrorism, gunmen kidnapped two engineers in Quetta on Monday.",
    ],
)
def test_an_incident_after_a_list_of_kinds_stays_news(text):
    assert_news(text)
