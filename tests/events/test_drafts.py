"""Event drafts, references back to earlier events and merging (geo.events.drafts)."""
from __future__ import annotations

import datetime as dt
import re

import pytest
from event_fixtures import one, read


def test_a_statement_about_an_earlier_event_names_its_actor():
    text = "Malian drones struck a camp in the Tillaberi region on Sunday. Niger condemned the strike."
    assert one(read(text), "Statement/Accusation").actors == ("Niger", "Mali")


def test_a_rejected_accusation_names_the_accuser():
    text = (
        "Colombian officials said the rebels had been operating from Venezuelan territory. "
        "Venezuela rejected the accusation."
    )
    said, rejected = [e for e in read(text) if e.subtype == "Statement/Accusation"]
    assert (said.actors, said.cameo) == (("Colombia", "Venezuela"), "112")
    assert (rejected.actors, rejected.cameo) == (("Venezuela", "Colombia"), None)


def test_the_raid_is_the_attack_told_before():
    text = "Gunmen attacked a convoy near Menaka on Saturday. The raid lasted two hours."
    assert [(e.subtype, e.location.name) for e in read(text)] == [("Armed clash", "Menaka")]


def test_the_exchange_of_fire_told_after_an_attack_is_that_attack():
    # "Shortly after the attack" opens a sentence of another deed (the road shut), whose cause is
    # the fight told before, not a second one
    text = (
        "QUETTA: Gunmen attacked an army post in Quetta on Tuesday, setting off a long gun battle.\n\n"
        "Shortly after the attack, the authorities shut the main road; a police spokesman said traffic "
        "was stopped because of the exchange of fire nearby."
    )
    assert [(e.subtype, e.location.name) for e in read(text)] == [("Armed clash", "Quetta")]


def test_identical_events_of_one_day_and_place_are_merged():
    text = "Police arrested two men in Quetta on Monday. On Monday police also arrested them in Quetta."
    assert len([e for e in read(text) if e.subtype == "Arrests"]) == 1


def test_a_named_anaphor_joins_the_event_it_names_and_gives_it_a_finer_site():
    text = (
        "Gunmen attacked a police checkpoint near the Afghan border in Pakistan on Monday, killing four guards. "
        "Hours after the attack, Pakistani drones struck a house across the border in Kharkiv, killing two men. "
        "The checkpoint attack took place near Quetta."
    )
    events = read(text)
    assert sorted((e.subtype, e.location.name) for e in events) == [
        ("Air/drone strike", "Kharkiv"), ("Armed clash", "Quetta"),
    ]


def test_a_sentence_opened_by_a_time_after_an_incident_tells_another_incident():
    text = "Militants killed two soldiers in Quetta on Monday. Hours after the ambush, gunmen killed a trader in Quetta."
    assert len([e for e in read(text) if e.type != "Diplomacy"]) == 2


def test_details_told_after_an_exchange_of_fire_do_not_retype_the_clash():
    text = (
        "Gunmen attacked a police post in Menaka on Monday, killing four officers. "
        "There was an exchange of fire for two hours. The attackers also threw hand grenades."
    )
    events = [e for e in read(text) if e.type != "Diplomacy"]
    assert [(e.type, e.subtype, e.location.name) for e in events] == [("Battles", "Armed clash", "Menaka")]


def test_shelling_that_is_part_of_an_exchange_of_fire_is_the_clash():
    text = (
        "Troops came under attack near Menaka on Monday. Mortars hit the camp for an hour. "
        "The soldiers traded fire with the attackers until dawn."
    )
    events = [e for e in read(text) if e.type != "Diplomacy"]
    assert [(e.type, e.subtype) for e in events] == [("Battles", "Armed clash")]


def test_grenades_thrown_beside_gunfire_are_the_armed_attack_they_belong_to():
    text = (
        "Militants attacked a police station on Sunday, killing four officers. "
        "The attackers used grenades and automatic weapons on the station in Quetta."
    )
    events = read(text)
    assert [(e.type, e.subtype, e.location.name) for e in events] == [("Battles", "Armed clash", "Quetta")]


def test_an_assault_on_armed_men_stays_a_battle_when_its_blasts_are_told_after_it():
    # the victims make it a battle; the bombs and grenades told later are how it was fought
    text = (
        "Militants attacked border guards near Menaka on Monday, killing three of them. "
        "One of the attackers blew himself up at the gate of the post."
    )
    events = [e for e in read(text) if e.type != "Diplomacy"]
    assert [(e.type, e.subtype) for e in events] == [("Battles", "Armed clash")]
    # an attack whose victims are not told takes the kind its later mention gives
    text = "An attack killed five in Menaka on Monday. A suicide bomber blew himself up at the market gate."
    events = [e for e in read(text) if e.type != "Diplomacy"]
    assert [(e.type, e.subtype) for e in events] == [("Explosions/Remote violence", "Suicide bomb")]


def test_an_attack_told_overnight_and_on_its_day_is_one_incident():
    # published on a Sunday: "overnight" is Saturday night, the attack is dated Sunday in the lead
    text = (
        "Gunmen killed four police officers in an attack on Sunday, police said. "
        "The attackers opened fire on the post in Menaka overnight before fleeing."
    )
    events = read(text, date=dt.date(2025, 5, 11))
    assert [(e.subtype, e.location.name) for e in events] == [("Armed clash", "Menaka")]


def test_two_attacks_on_consecutive_named_days_stay_two():
    text = "Gunmen attacked a post in Menaka on Saturday. Gunmen attacked a post in Menaka on Sunday."
    assert len(read(text, date=dt.date(2025, 5, 11))) == 2


def test_killings_told_after_a_protest_of_that_day_and_place_are_its_dead():
    text = (
        "Police fired on protesters marching in Quetta on Monday.\n\n"
        "A paramedic said at least ten had been shot dead."
    )
    events = read(text)
    assert [(e.type, e.subtype, e.location.name) for e in events] == [
        ("Protests", "Excessive force against protesters", "Quetta")
    ]


def test_an_undated_massacre_recalled_beside_undated_protests_stays_apart():
    text = "Protesters rallied in Quetta. The cleric said the massacre must be punished."
    assert {e.type for e in read(text, date=None)} == {"Protests", "Violence against civilians"}


class _CountingList(list):
    """A list that counts the items read out of it (one by one, in slices or backwards)."""

    read = 0

    def __getitem__(self, key):  # noqa: ANN001, ANN204
        out = list.__getitem__(self, key)
        type(self).read += len(out) if isinstance(key, slice) else 1
        return out

    def __reversed__(self):  # noqa: ANN204
        for x in list.__reversed__(self):
            type(self).read += 1
            yield x

    def __iter__(self):  # noqa: ANN204
        for x in list.__iter__(self):
            type(self).read += 1
            yield x


def _drafts_read_for(n: int, placed_every: int = 0) -> tuple[int, list]:
    """Drafts read while ``n`` drafts are told and each asks for the latest event site."""
    from geo.events.drafts import Context, Draft
    from geo.events.rules import RULES
    from geo.models import EventLocation, Span

    rule = next(r for r in RULES if r.type == "Strategic developments")
    ctx = Context()
    ctx.drafts = _CountingList()
    _CountingList.read = 0
    answers = []
    for i in range(n):
        answers.append(ctx.latest_site())
        d = Draft(rule, rule.name, rule.type, rule.subtype, None, Span(i, i + 1), Span(i, i + 1), i, (i, i + 1))
        if placed_every and i % placed_every == 0:
            d.location = EventLocation("Quetta", "place", "gn:1", 30.2, 67.0, "site", (i, i + 1))
        ctx.remember(d)
    return _CountingList.read, answers


def test_the_latest_event_site_is_found_without_reading_every_earlier_draft() -> None:
    # "Police arrested three men." lines: no event has a site, each one asked for the latest
    small, _ = _drafts_read_for(400)
    large, _ = _drafts_read_for(800)
    assert large <= 2.2 * small, (small, large)


def test_the_latest_event_site_is_the_last_one_told() -> None:
    _, answers = _drafts_read_for(300, placed_every=70)
    # each answer is the last draft with a site told before the question (drafts 0, 70, 140, ...)
    assert [a.paragraph if a else None for a in answers[:72]] == [None] + [0] * 70 + [70]
    assert answers[-1].paragraph == 280


def test_a_fight_told_in_a_city_and_in_its_quarter_is_one_incident():
    # Mirpur is a part of Dhaka (9 km off) that the gazetteer lists beside it
    text = "Gunmen clashed with police in Dhaka on Monday. At least 28 gang members were killed in Mirpur."
    assert [(e.subtype, e.location.name) for e in read(text)] == [("Armed clash", "Dhaka")]
    # a town 400 km away is another incident
    text = "Gunmen clashed with police in Dhaka on Monday. At least 28 gang members were killed in Teknaf."
    assert len(read(text)) == 2


def test_yet_another_attack_is_the_attack_told():
    text = "Gunmen attacked a police post in Quetta on Monday. Residents were angered by yet another attack on their town."
    assert [(e.subtype, e.location.name) for e in read(text)] == [("Armed clash", "Quetta")]


def test_the_day_a_report_was_made_gives_way_to_the_day_of_the_incident():
    text = "Gunmen kidnapped five traders near Quetta, police said on Thursday. The kidnapping took place on Wednesday near Quetta."
    assert [(e.subtype, e.date) for e in read(text)] == [("Abduction/forced disappearance", dt.date(2025, 5, 7))]


def test_a_year_said_of_an_incident_does_not_replace_the_reports_week():
    text = "Gunmen attacked a police post in Quetta. The attack was the fifth in the city this year."
    assert [e.date for e in read(text)] == [dt.date(2025, 5, 12)]


def test_arrests_and_burning_at_a_riot_are_part_of_the_riot():
    text = "Rioters clashed with police in Dhaka on Monday. Police said 60 cars were burned and six people were arrested."
    assert [(e.type, e.subtype, e.location.name) for e in read(text)] == [("Riots", "Violent demonstration", "Dhaka")]


def test_arrests_at_a_peaceful_march_make_it_a_protest_with_intervention():
    text = "Hundreds of students protested in Dhaka on Monday. Police later detained six of them near the university."
    assert [(e.subtype, e.location.name) for e in read(text)] == [("Protest with intervention", "Dhaka")]


def test_arrests_on_another_day_stay_their_own_event():
    text = "Hundreds of students protested in Dhaka on Monday. On Tuesday police arrested two opposition leaders."
    assert sorted(e.subtype for e in read(text)) == ["Arrests", "Peaceful protest"]


def test_officers_attacked_at_a_protest_make_it_a_riot_not_a_battle():
    text = "Hundreds of students protested in Dhaka on Monday. Police said two officers were attacked with sticks."
    assert [(e.type, e.subtype) for e in read(text)] == [("Riots", "Violent demonstration")]


def test_an_abduction_confirmed_later_is_the_one_told_not_another_at_the_dateline():
    text = (
        "TEHRAN, May 12 (AFP) Police said gunmen seized six schoolgirls from a school in Quetta on Thursday. "
        "In 2014 another group abducted 276 schoolgirls from a school in Teknaf. "
        "The school's bursar confirmed the abduction to reporters."
    )
    asserted = [(e.subtype, e.location.name) for e in read(text) if e.modality == "asserted"]
    assert asserted == [("Abduction/forced disappearance", "Quetta")]


def test_arms_found_where_a_battle_was_fought_are_part_of_the_battle():
    text = "Troops clashed with rebels near Menaka on Monday. At the site of the clash troops found a number of rifles."
    assert [e.subtype for e in read(text)] == ["Armed clash"]


def test_a_raid_that_finds_arms_with_no_fight_is_its_own_event():
    text = "Police seized six rifles in a raid on a house in Quetta on Monday."
    assert [e.subtype for e in read(text)] == ["Disrupted weapons use"]


def test_later_that_day_opens_another_incident():
    text = (
        "Last Friday the insurgents killed two residents of a village in Menaka district. "
        "Later that Friday an insurgent group attacked an outlying neighbourhood of Menaka town itself and killed three people there."
    )
    assert len(read(text)) == 2


def test_an_attack_in_another_town_of_the_same_night_is_another_incident():
    # the first town is in the sentence but not in the killing's clause; the second is 630 km off
    text = (
        "On Friday night soldiers killed two gunmen after the men tried to storm a checkpoint in Quetta. "
        "Late on Friday night four policemen were also killed when their post in Gwadar came under armed attack."
    )
    assert sorted(e.location.name for e in read(text)) == ["Gwadar", "Quetta"]


def test_a_separate_incident_opened_far_from_its_trigger_is_not_merged_and_a_distance_names_no_site():
    text = (
        "Gunmen attacked a police post in Dhaka on Monday, killing two officers. "
        "In a separate incident in Teknaf, some 400 kilometres from Dhaka, a grenade thrown at a house wounded three children."
    )
    assert sorted((e.subtype, e.location.name) for e in read(text)) == [("Armed clash", "Dhaka"), ("Grenade", "Teknaf")]


def test_a_province_where_attacks_grow_does_not_move_an_incident_from_its_town():
    text = (
        "On Friday night soldiers killed two gunmen after the men tried to storm a checkpoint in Quetta. "
        "As militant attacks grow in Tillaberi, troops there have stepped up their operations."
    )
    asserted = [(e.subtype, e.location.name) for e in read(text) if e.modality == "asserted"]
    assert asserted == [("Armed clash", "Quetta")]


def test_a_protest_told_later_as_violent_is_one_violent_demonstration():
    text = (
        "On Monday farmers marched through Dhaka to demand the release of two jailed leaders. "
        "Some of the protesters threw stones at the police, and officers fired tear gas to disperse them."
    )
    assert [(e.type, e.subtype) for e in read(text)] == [("Riots", "Violent demonstration")]


def test_an_incident_at_a_place_the_gazetteer_lacks_is_not_merged_with_one_at_a_known_town():
    import datetime as dt

    from event_fixtures import country, mentions_of

    from geo.events.extract import extract
    from geo.models import Article, Mention

    text = (
        "In a separate incident in Kalpur, a grenade thrown at a house wounded three children on Monday. "
        "Late on Monday four policemen were also killed when their post in Quetta came under armed attack."
    )
    start = text.index("Kalpur")
    unknown = Mention(start, start + len("Kalpur"), "Kalpur", None)  # a village the gazetteer does not know
    events = extract(Article("t", "", text, dt.date(2025, 5, 13)), [*mentions_of(text), unknown],
                     border=lambda a, b: None, country=country)
    assert sorted((e.subtype == "Grenade", e.location.name if e.location else None) for e in events) == [
        (False, "Quetta"), (True, None),
    ]


def test_an_attack_the_text_calls_a_second_incident_after_its_verb_is_not_merged():
    text = (
        "Gunmen attacked a checkpoint in Quetta on Sunday, killing two soldiers. "
        "A police station on the highway was also attacked, a second incident."
    )
    assert len([e for e in read(text) if e.modality == "asserted"]) == 2


def test_arms_seized_from_those_arrested_are_part_of_the_arrest():
    text = "Police arrested five militants in Quetta on Monday. Rifles and ammunition were seized from the suspects."
    assert [e.subtype for e in read(text)] == ["Arrests"]
    assert len(read(text)[0].sentences) == 2  # the seizure is kept as a mention of the arrest


def test_a_province_told_later_refines_an_incident_placed_in_its_country():
    text = (
        "Gunmen killed twelve villagers in an attack in northern Pakistan on Sunday. "
        "The attackers opened fire on a market in a village of Balochistan, officials said."
    )
    (attack,) = [e for e in read(text) if e.modality == "asserted"]
    assert attack.location.name == "Balochistan"


def test_arrests_over_an_incident_told_are_part_of_that_incident():
    for later in (
        "Police later arrested six men over the attack.",
        "One of the suspected attackers was arrested on Tuesday.",
        "Four people were detained in connection with the killings.",
        # the incident named by the sentence's opening frame, the arrest in a later clause
        "After the attack, two guards were hurt and four men were taken into custody.",
    ):
        text = f"Gunmen killed two guards in Quetta on Monday. {later}"
        events = read(text)
        assert [e.subtype for e in events] == ["Armed clash"], (later, [(e.subtype, e.rule) for e in events])
        assert len(events[0].sentences) == 2  # the arrest is kept as a mention of the attack


def test_arrests_placed_by_no_words_of_their_own_after_an_attack_are_its_end():
    # an arrest that says neither where nor on which other day, told right after an attack (past
    # the statement condemning it), takes that attack's suspects: the attack's story, no event
    for later in (
        "Three people had been arrested, the police said.",
        "The interior ministry condemned the attack. At least nine suspects were detained, an official said.",
    ):
        text = f"Gunmen opened fire on a bus near Karvana on Tuesday, killing four passengers. {later}"
        events = [e for e in read(text) if e.subtype != "Statement/Accusation"]
        assert [e.type for e in events] == ["Violence against civilians"], (later, [(e.subtype, e.rule) for e in events])


def test_fighters_taken_alive_in_a_fight_are_its_captives_not_an_arrest():
    for text in (
        "Soldiers killed six militants in a gunfight in Quetta on Monday and arrested four others.",
        # listed towns: one fight per town, its captives with it
        "In Quetta and Zhob, troops killed seven militants and arrested three alive, a spokesman said.",
    ):
        events = [e for e in read(text) if e.modality == "asserted"]
        assert "Arrests" not in [e.subtype for e in events], (text, [(e.subtype, e.rule) for e in events])
        assert events


def test_an_arrest_told_for_itself_is_an_event_beside_an_attack():
    text = "Gunmen killed two guards in Quetta on Monday. In Tehran, police arrested ten opposition activists."
    assert sorted(e.subtype for e in read(text)) == ["Armed clash", "Arrests"]


def test_a_curfew_after_violence_told_is_part_of_it_a_curfew_alone_is_an_event():
    after = read("Gunmen killed two guards in Quetta on Sunday. On Monday the authorities imposed a curfew in the city.")
    assert [e.subtype for e in after] == ["Armed clash"] and len(after[0].sentences) == 2
    assert [e.subtype for e in read("The authorities imposed a curfew in Quetta on Monday.")] == ["Other"]


def test_people_killed_in_the_incident_after_a_riot_are_the_riots_dead():
    text = "Rioters threw stones at police in Quetta on Sunday. Three people were killed in the incident, police said."
    events = read(text)
    assert [(e.subtype, e.fatalities) for e in events] == [("Violent demonstration", 3)]


def test_a_governments_reactions_of_one_day_are_one_statement_the_other_sides_denial_is_another():
    briefing = (
        "Pakistan condemned the Iranian strike on Tuesday. "
        "On Tuesday the foreign office also summoned Iran's ambassador in Islamabad."
    )
    said = [e for e in read(briefing) if e.subtype == "Statement/Accusation"]
    assert len(said) == 1 and len(said[0].sentences) == 2, [(e.actors, e.rule) for e in said]
    answer = "Pakistan accused Iran of the strike on Tuesday. Iran denied the accusation on Tuesday."
    assert len([e for e in read(answer) if e.subtype == "Statement/Accusation"]) == 2


def test_two_sides_accusing_each_other_are_two_statements():
    text = "Pakistan accused Iran of the strike on Tuesday. On Tuesday Iran accused Pakistan of lying."
    assert len([e for e in read(text) if e.subtype == "Statement/Accusation"]) == 2


def test_what_talks_ended_on_is_part_of_the_talks_an_agreement_signed_is_its_own_event():
    talks = "The foreign ministers of Pakistan and Iran met in Tehran on Monday. The two sides agreed to keep up dialogue."
    assert [e.subtype for e in read(talks) if e.type == "Diplomacy"] == ["Meeting"]
    signed = "The foreign ministers of Pakistan and Iran met in Tehran on Monday. They signed a trade agreement."
    assert sorted(e.subtype for e in read(signed) if e.type == "Diplomacy") == ["Agreement/Intent to cooperate", "Meeting"]


def test_the_arrivals_at_one_summit_are_one_meeting():
    text = (
        "Pakistan's prime minister arrived in Tehran on Sunday for a regional summit. "
        "Iran's president also arrived on Sunday for the summit."
    )
    assert [e.subtype for e in read(text) if e.type == "Diplomacy" and e.subtype == "Meeting"] == ["Meeting"]


@pytest.mark.parametrize(
    "text",
    [
        # "talks" and "met", told of the same two states
        "Pakistan and Iran held talks in Tehran on Monday. Pakistan's Foreign Minister Tariq Velan met Iranian officials in Tehran on Monday.",
        # a minister, then his state, as the first actor (and no day named)
        "Pakistan's Foreign Minister Tariq Velan met Iranian officials in Tehran. Iran and Pakistan also discussed trade in Tehran.",
    ],
)
def test_two_meetings_of_one_place_and_day_with_the_same_two_states_are_one(text):
    met = [e for e in read(text) if e.subtype == "Meeting"]
    assert len(met) == 1 and len(met[0].sentences) == 2, [(e.actors, e.rule) for e in met]


def test_a_host_meeting_two_visitors_on_one_day_holds_two_meetings():
    text = (
        "In Tehran on Monday Iran's President Saman Roy met Pakistan's Prime Minister Aslam Khan. "
        "Roy also met Bangladesh's foreign minister in Tehran on Monday."
    )
    met = [e.actors for e in read(text) if e.subtype == "Meeting"]
    assert met == [
        ("President Saman Roy (Iran)", "Prime Minister Aslam Khan (Pakistan)"),
        ("President Saman Roy (Iran)", "Foreign minister of Bangladesh"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the host's speaker, named after "also met": the visitor's next meeting
        "Pakistan's Foreign Minister Tariq Velan arrived in Tehran on Monday and met Iran's President Saman Roy. "
        "Velan also met the speaker of the parliament, Dara Meshk.",
        # a breakfast meeting, then "later met" the head of government
        "Ostavia's Foreign Minister Tomas Reyk landed in Colombo on Saturday for a two-day visit. In the morning he "
        "had a breakfast meeting with Adviser Pell Orin, and later met Professor Ilan Voss, the head of the interim government.",
    ],
)
def test_a_visitors_next_meeting_told_with_also_or_later_is_another_meeting(text):
    assert len([e for e in read(text) if e.subtype == "Meeting"]) == 2


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        ("Pakistan's foreign ministry condemned the strike late on Tuesday. "
         "On Wednesday Pakistan's foreign ministry condemned the strike again at a briefing.", "Statement/Accusation"),
        ("Rebels shelled Goma on Sunday. On Monday rebels shelled Goma again.", "Shelling/artillery/missile attack"),
    ],
)
def test_two_weekdays_told_in_a_page_of_no_date_are_two_days(text, subtype):
    # no publication date to count "on Tuesday" from: the days are unknown, but not the same
    assert len([e for e in read(text, None) if e.subtype == subtype]) == 2


def test_a_bombing_and_its_blast_are_one_explosion_read_as_the_suicide_bombing():
    text = (
        "A bomb exploded at a market in Quetta on Monday, killing six. "
        "Police said the attacker was a suicide bomber who blew himself up."
    )
    assert [(e.subtype, e.location.name) for e in read(text)] == [("Suicide bomb", "Quetta")]
    two_towns = "A bomb exploded at a market in Quetta on Monday. In Gwadar, a suicide bomber blew himself up at a checkpoint on Monday."
    assert [e.subtype for e in read(two_towns)] == ["Remote explosive/landmine/IED", "Suicide bomb"]


def test_fighting_said_to_go_on_somewhere_is_a_clash_there():
    text = "Troops clashed with militants near Quetta on Tuesday. Fighting was also reported near Gwadar on Tuesday."
    assert [(e.subtype, e.location.name) for e in read(text)] == [("Armed clash", "Quetta"), ("Armed clash", "Gwadar")]


def test_a_government_and_its_ministry_summoning_the_envoy_on_one_day_make_one_statement():
    text = (
        "Iran summoned Pakistan's envoy in Tehran on Thursday over the strike. Officials said on Thursday "
        "that Iran's Foreign Ministry had also handed the Pakistani ambassador a protest note in Tehran."
    )
    assert [e.subtype for e in read(text, date=dt.date(2024, 5, 10))] == ["Statement/Accusation"]


def test_arrests_after_an_incident_told_only_later_are_part_of_it():
    text = (
        "Police arrested a dozen men after the violence in Quetta on Sunday. "
        "Protesters threw stones at the police in Quetta on Sunday, officials said."
    )
    assert [e.subtype for e in read(text, date=dt.date(2024, 5, 6)) if e.modality == "asserted"] == ["Violent demonstration"]
    # an arrest that names no incident stays an event of its own
    text = "Police detained 20 people in Quetta on Sunday. Protesters threw stones at the police in Quetta on Sunday."
    assert sorted(e.subtype for e in read(text, date=dt.date(2024, 5, 6)) if e.modality == "asserted") == ["Arrests", "Violent demonstration"]


def test_deaths_told_as_an_incidents_before_the_incident_is_told_are_its_dead():
    text = (
        "Three people were killed in the incident in Quetta on Sunday, police said. "
        "Protesters threw stones at the police in Quetta on Sunday, officials said."
    )
    events = [e for e in read(text, date=dt.date(2024, 5, 6)) if e.modality == "asserted"]
    assert [(e.subtype, e.fatalities) for e in events] == [("Violent demonstration", 3)]


def test_a_visitor_named_by_office_then_by_country_makes_one_visit():
    text = (
        "On Saturday the Iranian foreign minister arrived in Quetta for a two-day visit. "
        "She is the first Iranian foreign minister to visit Pakistan, officials said."
    )
    assert [e.subtype for e in read(text, date=dt.date(2024, 5, 6)) if e.modality == "asserted"] == ["Visit"]


def test_the_attacker_caught_at_the_scene_is_part_of_the_attack():
    text = (
        "A mayor was shot and wounded in Quetta on Saturday. Police arrested the gunman as he "
        "ran. A second man was detained at the scene."
    )
    events = read(text)
    assert [e.subtype for e in events] == ["Attack"], [(e.subtype, e.rule) for e in events]
    assert len(events[0].sentences) == 3


def test_fire_traded_with_the_gunman_is_part_of_the_attack():
    text = "A mayor was shot and wounded in Quetta on Saturday. Guards at the gate and the gunman exchanged fire."
    events = read(text)
    assert [e.subtype for e in events] == ["Attack"], [(e.subtype, e.rule) for e in events]
    assert len(events[0].sentences) == 2


def test_a_clash_of_two_forces_after_an_attack_elsewhere_is_its_own():
    text = "A mayor was shot and wounded in Quetta on Saturday. Soldiers and militants exchanged fire in Gwadar."
    assert sorted(e.subtype for e in read(text)) == ["Armed clash", "Attack"]


def test_a_crowd_that_also_burned_a_building_elsewhere_is_another_riot():
    text = (
        "Angry residents burned tyres outside a council office in a provincial capital of Pakistan on Friday. "
        "Protesters in Gwadar also burned a bus on Friday."
    )
    riots = [e for e in read(text) if e.type == "Riots"]
    assert len(riots) == 2 and "Gwadar" in [e.location.name for e in riots]


def test_what_a_crowd_also_did_at_its_own_town_is_the_same_riot():
    text = "Protesters burned tyres in Gwadar on Friday. They also set fire to a district office in Gwadar."
    assert [e.location.name for e in read(text) if e.type == "Riots"] == ["Gwadar"]



def test_a_town_unknown_to_the_gazetteer_may_lie_in_the_province_the_attack_named():
    from geo.pipeline import analyse_text  # the real gazetteer: the town is one it lacks

    text = (
        "Rebels killed 30 people, most of them soldiers, in a raid on an army camp in Balochistan on Thursday. "
        "The killings came when the rebels attacked and took over the town of Kor Dalan."
    )
    events = [e for e in analyse_text(text).articles[0].events if e.modality == "asserted"]
    assert [e.subtype for e in events] == ["Non-state actor overtakes territory"], [(e.subtype, e.rule) for e in events]


def test_burning_in_a_separate_incident_is_that_incidents_scene():
    text = (
        "Gunmen killed two guards in Quetta on Monday. In a separate incident, raiders stormed a village near "
        "Gwadar and set fire to the levies post, fleeing after a long gunfight with the guards."
    )
    assert sorted(e.subtype for e in read(text, date=dt.date(2025, 6, 29))) == ["Armed clash", "Armed clash"]


def test_a_ministers_meeting_told_in_a_headline_with_initials_is_his_meeting_not_the_premiers():
    text = (
        "Pakistan's Prime Minister Aslam Khan and Iran's President Saman Roy met in Tehran on Monday. "
        "FM Velan meets Iranian president. "
        "On Monday Foreign Minister Tariq Velan called on President Roy in Tehran."
    )
    met = [e for e in read(text) if e.subtype == "Meeting"]
    assert [len(e.sentences) for e in met] == [1, 2], [(e.actors, e.rule) for e in met]


def test_a_visit_told_again_by_the_visitors_arrival_in_its_sentence_is_one_visit():
    # "a visit by X, who arrived in Quetta": the arrival places the visit; no second one elsewhere
    text = "Talks began during a visit by Iran's foreign minister, Saman Roy, who arrived in Quetta on Monday."
    visits = [e for e in read(text) if e.subtype == "Visit"]
    assert [e.location.name for e in visits] == ["Quetta"]


def test_the_summit_told_again_after_its_plan_is_still_to_come():
    text = "The president will travel to Quetta next month for a summit on trade. The summit is meant to strengthen ties between the two states."
    assert [(e.subtype, e.modality) for e in read(text)] == [("Meeting", "planned")]


def test_a_summit_planned_in_the_lead_that_the_body_says_opened_on_sunday_is_news():
    # the day told is the anaphor's own news: it is not folded into the plan of the lead
    text = "Leaders will meet on Monday at the close of a summit meant to bind the region. The summit opened on Sunday in Quetta."
    news = [(e.subtype, e.location.name, e.date) for e in read(text) if e.modality == "asserted"]
    assert news == [("Meeting", "Quetta", dt.date(2025, 5, 11))]


def test_an_attack_told_first_without_victims_takes_the_civilians_told_after_it():
    # the lead names no victims (an armed attack, read as a clash); the body's slaughtered
    # villagers make it an attack on civilians, one event
    text = "The attacks took place on Monday. Gunmen on motorbikes surrounded a village near Quetta and slaughtered scores of people."
    assert [(e.type, e.subtype, e.location.name) for e in read(text)] == [("Violence against civilians", "Attack", "Quetta")]


def test_a_suicide_bombing_that_opened_a_gun_battle_is_the_battle():
    # ACLED codes the blast that opens a fight on the ground as part of the armed clash
    text = (
        "Militants stormed an army camp near Menaka on Sunday, leaving 18 dead. "
        "Officials said the assault opened with a suicide car bombing at the camp's gate. "
        "Soldiers said the gunfight with the attackers went on for two hours."
    )
    assert [(e.type, e.subtype) for e in read(text)] == [("Battles", "Armed clash")]


def test_fire_exchanged_across_a_border_does_not_make_a_shelling_a_battle():
    text = "Artillery shells fired from Iran hit Gwadar on Monday, killing two. The two sides exchanged fire for an hour."
    assert ("Battles", "Armed clash") not in [(e.type, e.subtype) for e in read(text)][:1]


def test_arrests_of_a_crowds_people_told_before_the_crowd_are_the_crowds():
    text = (
        "Police detained dozens of the party's supporters in Quetta on Monday. "
        "Supporters and police clashed in Quetta as officers fired tear gas, and the protesters threw stones."
    )
    events = read(text)
    assert [e.subtype for e in events] == ["Violent demonstration"] and len(events[0].sentences) == 2


def test_arrests_of_activists_before_a_protest_stay_their_own():
    text = "Police detained four women activists at a house in Quetta on Monday. Later, hundreds protested in Quetta."
    assert sorted(e.subtype for e in read(text)) == ["Arrests", "Peaceful protest"]


def test_an_incident_told_again_with_its_own_place_far_away_is_another_incident():
    # the second "attack" names a town 630 km from the first: the toll of another attack
    text = (
        "A bomb attack in Quetta killed two people, police said. "
        "The mayor also said the toll of the attack in Gwadar had risen to three."
    )
    sites = sorted(e.location.name for e in read(text, date=None))
    assert sites == ["Gwadar", "Quetta"]


def test_an_incident_told_again_on_another_day_is_another_incident():
    text = (
        "Gunmen attacked a police post in Kohlu on Sunday, officials said. "
        "A quiet week had ended with the killing of a trader in Kohlu on Friday."
    )
    days = sorted(e.date for e in read(text, date=dt.date(2025, 5, 13)) if e.type in ("Battles", "Violence against civilians"))
    assert days == [dt.date(2025, 5, 9), dt.date(2025, 5, 11)]


def test_an_older_incident_named_after_the_news_does_not_lend_it_its_date():
    text = (
        "Armed men attacked a village in Kohlu and killed a farmer, officials said today. "
        "After the clashes of 3 March, the families of the village had moved to Sibi."
    )
    (news,) = [e for e in read(text, date=dt.date(2025, 5, 13)) if e.modality == "asserted"]
    assert news.date != dt.date(2025, 3, 3)


def test_an_armed_village_guard_attacked_is_a_battle():
    text = "Armed men attacked the village defence force at a hamlet near Kohlu on Sunday."
    assert one(read(text), "Armed clash").type == "Battles"


def test_what_the_blast_also_did_is_more_of_that_blast():
    # "also" after the incident's definite noun tells more of it, not another incident of its kind,
    # even when a later sentence names its province
    text = (
        "Two people were killed in a blast near a police van in Quetta on Thursday. "
        "The blast also damaged a car and three motorcycles. "
        "The provincial government in Balochistan condemned the cowardly attack on the police."
    )
    blasts = [e for e in read(text) if e.type != "Diplomacy"]
    assert [(e.subtype, e.location.name) for e in blasts] == [("Remote explosive/landmine/IED", "Quetta")], [(e.subtype, e.rule) for e in blasts]
    assert len(blasts[0].sentences) == 3


def test_a_name_unknown_to_the_gazetteer_told_beside_the_town_is_no_site_apart():
    # "Zarkhel" is told as the area holding Quetta; a blast said later to be "in Zarkhel" is that blast
    from event_fixtures import capital, country, mentions_of

    from geo.events.extract import extract
    from geo.models import Article, Mention

    text = (
        "At least nine people died in a blast at a party convention in Quetta, the main town of Zarkhel, on Sunday.\n\n"
        "Rescue teams arrived at the site of the blast. Police said a blast had taken place at the party convention in Zarkhel."
    )
    unknown = [Mention(m.start(), m.end(), "Zarkhel", None) for m in re.finditer("Zarkhel", text)]
    events = extract(Article("t", "", text, dt.date(2025, 5, 12)), sorted(mentions_of(text) + unknown, key=lambda m: m.start),
                     border=lambda a, b: None, country=country, capital=capital)
    assert [(e.subtype, e.location.name) for e in events] == [("Remote explosive/landmine/IED", "Quetta")], [(e.subtype, e.rule) for e in events]


def test_a_mention_placed_only_in_the_article_country_gives_a_site_to_one_with_none() -> None:
    # both sites are as weak as can be (no place, the article's country): the country is still
    # a site, and merging must not read the kind of a site the first mention lacks
    from geo.events.drafts import Draft, absorb
    from geo.events.rules import RULES
    from geo.models import EventLocation, Span

    rule = next(r for r in RULES if r.type == "Strategic developments")
    first = Draft(rule, rule.name, rule.type, rule.subtype, None, Span(0, 1), Span(0, 1), 0, (0, 1))
    later = Draft(rule, rule.name, rule.type, rule.subtype, None, Span(2, 3), Span(2, 3), 1, (2, 3))
    later.location = EventLocation("Pakistan", "country", "PAK", 30.0, 70.0, "site", (2, 3))
    later.location_note = "the article's country"
    absorb(first, later)
    assert first.location is not None and first.location.id == "PAK"


def test_one_visitors_trip_told_on_two_days_and_at_town_and_land_is_one_visit_two_visitors_are_two():
    text = "Pakistan's Foreign Minister Farid Qamar arrived in Tehran on Tuesday. The ministry said Qamar began a two-day visit to Iran on Monday."
    visits = [e for e in read(text) if e.subtype == "Visit" and e.modality == "asserted"]
    assert [(v.location.name, len(v.sentences)) for v in visits] == [("Tehran", 2)], [(v.actors, v.date, v.rule) for v in visits]
    # two guests of one host, two visitors of one land: two visits
    for text in (
        # the host received both (its subject is no visitor)
        "President Omid Rahimi hosted Bangladesh's prime minister in Tehran on Sunday. On Monday Rahimi received his Pakistani counterpart in Tehran.",
        "Pakistan's Foreign Minister Farid Qamar arrived in Tehran on Tuesday for talks. Bangladesh's Foreign Minister Sara Khan began a two-day visit to Iran on Monday.",
        "Bangladesh's president has set off on an official visit to Iran. The agency said it is the first official visit to Iran by a Pakistani president in ten years.",
    ):
        visits = [e for e in read(text) if e.subtype == "Visit" and e.modality == "asserted"]
        assert len(visits) == 2, (text, [(v.actors, v.date, v.rule) for v in visits])


def test_a_summons_and_the_accusation_its_sentence_gives_are_one_statement():
    # no day told: one sentence is one act ("summoned the envoy, accusing his country of ...")
    text = "Iran's foreign ministry summoned the Bangladeshi ambassador in Tehran, accusing Bangladesh of meddling in its affairs."
    said = [e for e in read(text) if e.subtype == "Statement/Accusation"]
    assert [(s.location.name, len(s.sentences)) for s in said] == [("Tehran", 1)], [(s.actors, s.rule) for s in said]
    # two sides answering each other in one sentence are two statements
    text = "Iran accused Bangladesh of meddling in its affairs, while Bangladesh accused Iran of spreading lies."
    assert len([e for e in read(text) if e.subtype == "Statement/Accusation"]) == 2


def test_the_two_sides_of_a_meeting_told_before_tell_that_meeting_again():
    # "the two leaders" names the parties of the talks told before, though the sentence names no
    # party and tells them with another word ("discussed", not "talks")
    text = (
        "Pakistan's Foreign Minister Tariq Velan held talks with Iran's President Saman Roy in Tehran on Monday. "
        "The two leaders discussed trade and energy."
    )
    met = [e for e in read(text) if e.subtype == "Meeting"]
    assert len(met) == 1 and len(met[0].sentences) == 2, [(e.actors, e.rule) for e in met]


def test_the_two_sides_with_no_meeting_told_before_hold_one():
    # the visit is no meeting: "the two sides discussed" is the first meeting told
    text = "Pakistan's Foreign Minister Tariq Velan arrived in Tehran on Monday. The two sides discussed trade and energy."
    assert len([e for e in read(text) if e.subtype == "Meeting"]) == 1


def test_talks_told_as_the_purpose_of_a_trip_are_no_meeting_of_their_own():
    # the talks are why the visitor came; talks held are told in their own words
    text = "Pakistan's Foreign Minister Tariq Velan arrived in Tehran on Monday for talks with his Iranian counterpart."
    assert [e.subtype for e in read(text)] == ["Visit"]
    held = "Pakistan's Foreign Minister Tariq Velan arrived in Tehran on Monday and held talks with his Iranian counterpart."
    assert sorted(e.subtype for e in read(held)) == ["Meeting", "Visit"]


@pytest.mark.parametrize(
    "text",
    [
        "Iran's President Saman Roy hosts Pakistan's Prime Minister Aslam Khan in Tehran on Monday, and the visiting premier will stay two days.",
        "Tehran: The dinner hosted by Iran's President Saman Roy is the only official engagement for the visiting leaders on Monday.",
    ],
)
def test_a_visit_hosted_and_made_is_one_trip(text):
    # hosting a guest (CAMEO 043) and the guest's visit (042) tell one trip from either side
    assert len([e for e in read(text) if e.subtype == "Visit"]) == 1, [(e.cameo, e.actors) for e in read(text)]


def test_two_visitors_a_host_receives_on_one_day_make_two_visits():
    text = (
        "Iran's President Saman Roy hosted Pakistan's Prime Minister Aslam Khan in Tehran on Monday. "
        "Russia's Foreign Minister Oleg Sarin arrived in Tehran on Monday."
    )
    assert len([e for e in read(text) if e.subtype == "Visit"]) == 2, [(e.cameo, e.actors) for e in read(text)]


def test_a_visit_named_by_its_visitor_is_the_trip_told_before():
    # "FM Sarin's visit" refers to the trip told (as "the visit" does), whoever speaks of it
    text = (
        "The Russian foreign minister arrived in Quetta on Monday. In a tweet, Pakistan's Foreign Minister "
        "Tariq Velan said that Pakistan and Russia welcomed FM Sarin's visit."
    )
    visits = [e for e in read(text) if e.subtype == "Visit"]
    assert len(visits) == 1 and visits[0].location.name == "Quetta", [(e.actors, e.rule) for e in visits]



def test_the_missile_strikes_are_the_drone_strike_told_before():
    # "the missile strikes": the incident's noun with the means before it, definite as "the strikes"
    text = (
        "A drone fired two missiles at a compound in Quetta on Sunday, killing three men. "
        "Fighters fled the area soon after the missile strikes."
    )
    events = [e for e in read(text) if e.type != "Diplomacy"]
    assert [(e.subtype, e.location.name) for e in events] == [("Air/drone strike", "Quetta")]


def test_a_new_missile_strike_is_no_reference_back():
    text = (
        "A drone fired two missiles at a compound in Quetta on Sunday, killing three men. "
        "On Monday a fresh missile strike hit a market in Gwadar, killing two traders."
    )
    events = [e for e in read(text) if e.type != "Diplomacy"]
    assert sorted(e.location.name for e in events) == ["Gwadar", "Quetta"]



def test_the_missile_strikes_do_not_fold_into_a_ground_attack():
    # the means named with the noun ("missile strikes") refer to strikes told before, not to a
    # ground attack told by its generic verb
    text = (
        "Militants attacked an army post near Quetta on Sunday, killing two soldiers. "
        "Residents of Gwadar fled their homes on Sunday after the missile strikes."
    )
    events = [e for e in read(text) if e.type != "Diplomacy"]
    assert sorted(e.type for e in events) == ["Battles", "Explosions/Remote violence"]


def test_a_summons_told_twice_in_a_page_with_no_date_is_one_statement():
    # no date for the page and no day for either: the envoy named twice, one summons
    text = (
        "Bangladesh summoned Myanmar's ambassador in Dhaka to protest against the shelling of border villages. "
        "Later Foreign Secretary Rafiq Alam summoned Aung Min, Myanmar's ambassador, in Dhaka and protested strongly."
    )
    assert len([e for e in read(text, date=None) if e.subtype == "Statement/Accusation"]) == 1


def test_summonses_told_on_two_days_stay_two_statements():
    text = (
        "Bangladesh summoned Myanmar's ambassador in Dhaka on Monday over the shelling of border villages. "
        "On Wednesday Foreign Secretary Rafiq Alam summoned Aung Min, Myanmar's ambassador, in Dhaka again."
    )
    assert len([e for e in read(text) if e.subtype == "Statement/Accusation"]) == 2


def test_a_clause_set_in_this_attack_tells_the_means_of_the_attack_told_before():
    text = (
        "Militants attacked a police post in Quetta with mortars on Sunday, killing four officers. "
        "Police said that in this ambush the rebels had thrown hand grenades and had planted "
        "a roadside bomb near the post."
    )
    events = [e for e in read(text) if e.type != "Diplomacy"]
    assert [(e.subtype, e.location.name) for e in events] == [("Shelling/artillery/missile attack", "Quetta")]


def test_what_the_gunmen_did_is_the_attack_told_before():
    # "the gunmen" are those of the raid told: the killings they did there are more of that raid,
    # on its day, not a second attack dated by the interview told after them
    text = (
        "Bandits attacked the village of Kora near Menaka on Sunday, killing at least 11 people. "
        "A farmer said the gunmen shot two guards at the gate and then killed three traders in the market. "
        "Another resident described the attack to a radio station on Monday."
    )
    attacks = [e for e in read(text, date=dt.date(2025, 5, 13)) if e.subtype == "Attack"]
    assert [(e.location.name, e.date) for e in attacks] == [("Menaka", dt.date(2025, 5, 11))]


def test_the_ministers_discussing_more_is_the_meeting_told_before():
    # "the ministers": the definite plural of the parties' office names those of the talks told
    text = (
        "Pakistan's foreign minister Tariq Sarin held talks with his Iranian counterpart Ali Velan in Tehran on Monday. "
        "Besides the border, the ministers discussed reopening a rail link closed since the floods and sharing "
        "weather reports with Iraq."
    )
    assert len([e for e in read(text) if e.subtype == "Meeting"]) == 1


def test_a_town_told_after_a_lead_placed_in_a_land_is_the_incidents_site():
    text = (
        "Rebels ambushed a police patrol in northern Mali on Friday, killing four officers.\n\n"
        "The officers were escorting a fuel truck near Menaka when they came under attack, a police source said."
    )
    assert [(e.subtype, e.location.name) for e in read(text)] == [("Armed clash", "Menaka")]


def test_a_town_told_after_a_lead_placed_in_a_province_is_the_incidents_site():
    text = (
        "Gunmen ambushed an army convoy in Balochistan province on Friday, killing five soldiers.\n\n"
        "The trucks were moving near Quetta when they came under attack, officials said."
    )
    assert [(e.subtype, e.location.name) for e in read(text)] == [("Armed clash", "Quetta")]


def test_a_town_told_far_below_the_lead_does_not_place_it():
    # the town of a background paragraph may be an older incident's, read as this one
    text = (
        "Rebels ambushed a police patrol in northern Mali on Friday, killing four officers.\n\n"
        "The group has fought the state for a decade.\n\nIt has carried out many raids.\n\n"
        "It was put on a list of terrorist groups in 2019.\n\n"
        "That listing came in response to a deadly attack by the group that killed 20 soldiers near Menaka."
    )
    assert read(text)[0].location.name == "Mali"
