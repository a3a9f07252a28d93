"""The second party of an event once it is placed (geo.events.parties): hosts, culprits, referents."""
from __future__ import annotations

import pytest
from event_fixtures import PLACES, country, mentions_of, read

from geo.events.actors import Actor, ActorMemory, recognise
from geo.events.parties import accused, visit_host
from geo.models import Span


def test_visit_host():
    minister = Actor(0, 8, "Interior minister of Pakistan", "role", country="PAK")
    iran, pakistan = PLACES["Iran"], PLACES["Pakistan"]
    assert visit_host(["Gen. Asim Munir"], iran, []) == "Iran"
    assert visit_host(["Interior minister of Pakistan"], iran, [minister]) == "Iran"
    assert visit_host(["Interior minister of Pakistan"], pakistan, [minister]) is None  # at home
    assert visit_host(["Pakistan", "Iran"], iran, []) is None  # already a party
    assert visit_host(["Gen. Asim Munir"], None, []) is None


@pytest.mark.parametrize(
    "clause, culprit",
    [
        ("the raid had been launched from Pakistani territory", "Pakistan"),
        ("the militants had been operating from Venezuelan soil", "Venezuela"),
        ("Iran was behind the attack", "Iran"),
        ("the attack was carried out by two gunmen", None),  # gunmen are no state
        ("the talks had gone well", None),
    ],
)
def test_accused(clause, culprit):
    mentions = mentions_of(clause)
    found = recognise(clause, Span(0, len(clause)), mentions, ActorMemory(), country)
    assert accused(clause, 0, len(clause), found, mentions, country) == culprit


def test_each_stop_of_a_trip_is_a_visit_to_its_host():
    events = read("Pakistan's interior minister travelled to Tehran and then visited Menaka.")
    assert [(e.subtype, e.actors, e.location.name) for e in events] == [
        ("Visit", ("Interior minister of Pakistan", "Iran"), "Tehran"),
        ("Visit", ("Interior minister of Pakistan", "Mali"), "Menaka"),
    ]


def test_unnamed_officials_speak_for_the_country_of_the_dateline():
    text = (
        "Tehran, 16 October 2024 — Gunmen attacked a border post on Sunday, killing four guards.\n"
        "Officials said the raid had been launched from Pakistani territory."
    )
    said = [e for e in read(text) if e.subtype == "Statement/Accusation"]
    assert [(e.actors, e.cameo) for e in said] == [(("Iran", "Pakistan"), "112")]


@pytest.mark.parametrize(
    "text",
    [
        "Critics condemned the new border fence as cruel on Tuesday.",
        "A protester said the election results were false and blamed the government.",
    ],
)
def test_a_statement_nobody_is_named_as_making_is_no_event(text):
    assert [e for e in read(text) if e.type == "Diplomacy"] == []


def test_a_statement_with_a_speaker_is_kept_at_the_speakers_country():
    ev = [e for e in read("Pakistan's foreign ministry condemned the strike on Tuesday.") if e.type == "Diplomacy"]
    assert [(e.subtype, e.actors[0], e.location.name) for e in ev] == [("Statement/Accusation", "Pakistan", "Pakistan")]


@pytest.mark.parametrize(
    "text",
    [
        "Residents of Brask condemned the raid on Monday.",
        "The rebels accused the army of starting the fighting.",
        "Leaders of the opposition party condemned the arrests on Monday.",
        "Some social media users urged people to stay at home.",
        "A rights group researcher, Ana Lima, criticised the police response.",
        "In his sermon, Maulana Rahim, a preacher of the old town, condemned the raid.",
        # a source, an outlet or a document is no party acting
        "One source said the depot in Brask burned on Monday, while another source blamed Pakistan.",
        "Media close to the palace guard threatened the editor on Monday.",
        "An internal report of the aid mission accused the militia of shelling the camp.",
        # the police speak of the crimes they investigate at home, not for a state to another
        "Brask police chief Peter Lund condemned the rioting in Brask on Sunday.",
        "A police officer in Yala blamed the separatists for the bombing.",
        "Police in Brask warned the protesters against blocking the highway.",
        # a warring army naming the armed group it fights tells the fighting from one side
        "The army accused the Varna rebels of the ambush near Brask.",
        "The Army, which blamed the paramilitary Varna Guard, said its troops were ambushed at Brask.",
        # a party, a movement or a professional body, named or read as the speaker
        "The Varna League strongly condemned the arrests in Brask.",
        "Tehreek-e-Adl chief Maulana Karim condemned the blast in Quetta on Monday.",
        "The Brask High Court Bar Association has denounced the government's use of force.",
        "Supporters of the Varna Movement (VM) marched in Brask on Monday. The VM condemned what it called the brutality of the police.",
        # the criminals of the crime told threaten its victims: part of the crime
        "Masked armed men burst into a radio studio in Brask and threatened the staff.",
        "Two gunmen stopped the bus outside Brask and threatened the passengers.",
        # the public at large; a participle's speaker is the sentence's subject
        "Many people in Lindora blamed the bridge collapse in Brask on corruption in state projects.",
        "The gangs in Brask have opposed Prime Minister Lund for months, pointing out that he was never elected and blaming him for the poverty.",
        # a government named by no state's name is the speaker's own: home politics
        "Lindora's former premier Raila Omondi accused the government of failing the poor.",
        "Lin Karo hit out at the federal government, saying police fired tear gas in Brask.",
        # forces named by no state are the speaker's own: a charge against them is home politics
        "The Varna Youth Council accused the police of beating students in Brask on Monday.",
        "The VYC accused police of excessive force at the rally in Quetta on Monday.",
        "Spokesmen of the Red Hand posted videos accusing the army of starting the fighting near Menaka.",
    ],
)
def test_what_people_who_speak_for_no_state_say_is_no_diplomatic_act(text):
    assert [e.subtype for e in read(text) if e.type == "Diplomacy"] == []


@pytest.mark.parametrize(
    "text",
    [
        # armed men of no state charged, whoever speaks: the fighting told from one side at home
        "Nine farmers have been killed in raids near Menaka, local officials say, blaming a notorious militia.",
        "The governor of Kandor province blamed suspected armed youth from a neighbouring district for the raid.",
        "The interior minister of Lindora on Tuesday accused the Red Hand rebels of breaking the truce near Brask.",
    ],
)
def test_a_charge_against_armed_men_of_no_state_is_no_diplomatic_act(text):
    assert [e.subtype for e in read(text) if e.type == "Diplomacy"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Lindora's foreign ministry condemned the raid on Monday.",
        "The provincial government condemned the attack on Monday.",
        "Residents said the governor condemned the raid on Monday.",  # the governor speaks, not the residents
        "Lindora's army accused Norland of shelling Brask.",  # an army speaking to another state
        "Pakistan summoned the Indian envoy on Monday, accusing India of shelling Kotli.",
        "Lindora's foreign ministry condemned the Norland government over the raid.",
        "Pakistan accused Iran's army of shelling villages near Gwadar.",  # the other state's forces
    ],
)
def test_what_a_government_says_is_a_statement(text):
    assert [e.subtype for e in read(text) if e.type == "Diplomacy"] == ["Statement/Accusation"]


@pytest.mark.parametrize(
    "text",
    [
        "The district police chief urged residents to stay indoors on Monday.",
        "The prime minister called on the highland tribes to settle their feuds without guns.",
        "The army chief called on military leaders to rethink their strategy.",
        "Farmers in the valley have been urged to grow wheat instead of poppy.",
    ],
)
def test_an_appeal_to_a_countrys_own_people_or_by_nobody_named_is_no_diplomatic_act(text):
    assert [e.subtype for e in read(text) if e.type == "Diplomacy"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan urged Iran to act against the militants on Tuesday.",
        "Iran's foreign ministry called on Pakistan to hand over the attackers.",
        "Bangladesh called on Myanmar to take back the refugees in Teknaf.",
    ],
)
def test_an_appeal_by_a_state_to_another_state_is_a_statement(text):
    assert [e.subtype for e in read(text) if e.type == "Diplomacy"] == ["Statement/Accusation"]


# bench/events/README.md: statements are acts of states; what anyone else says, or a state says to
# no other state, is part of the story, not an event
@pytest.mark.parametrize(
    "text",
    [
        "The Security Council called on both sides to show restraint.",
        "The governor of Balochistan urged all sides to keep calm after the clashes in Quetta.",
        "Lindora's foreign ministry called on the rebels' foreign backers to stop arming them.",
        "The Varna Front urged Pakistan to release its fighters.",
        "A spokesman rejected the allegations of the traders in Dhaka.",
        "Pakistan's interior ministry denied the claim.",
        "Iran denied the charges made by the Marel Rights Watch.",
        "The Varna group claimed responsibility for the bombing in Quetta.",
        "Police said the Varna Front was behind the unrest in Quetta.",
    ],
)
def test_calls_denials_and_claims_between_no_two_states_are_no_events(text):
    assert [e.subtype for e in read(text) if e.type == "Diplomacy"] == []


@pytest.mark.parametrize(
    "text, parties",
    [
        ("Iran accused Pakistan of sheltering the Varna Front. Pakistan denied it.", ("Pakistan", "Iran")),
        ("Iran accused Pakistan of arming the rebels. Pakistan denied any involvement.", ("Pakistan", "Iran")),
        ("Iran accused militants based in Pakistan of the raid. Pakistan denied carrying out any attack.", ("Pakistan", "Iran")),
        ("Pakistan rejected the accusations by Iran on Monday.", ("Pakistan", "Iran")),
        ("Russian troops shelled Ukrainian positions near Sumy on Monday, Ukraine said. Russia denied the charge.", ("Russia", "Ukraine")),
    ],
)
def test_a_states_denial_answers_the_state_that_made_the_charge(text, parties):
    (denial,) = [e for e in read(text) if text[e.trigger.start:e.trigger.end].startswith(("denied", "rejected"))]
    assert denial.actors == parties


@pytest.mark.parametrize(
    "text, events",
    [
        ("One evening we met our language teacher in Tehran and talked about politics.", []),
        ("Last May my family and I visited Tehran.", []),
        ('"We met the Iranian delegation in Tehran on Monday," the minister said.', ["Meeting"]),
    ],
)
def test_the_writers_own_meetings_and_trips_are_no_diplomatic_acts(text, events):
    assert [e.subtype for e in read(text) if e.type == "Diplomacy" and e.modality == "asserted"] == events


@pytest.mark.parametrize(
    "text",
    [
        "Iran and Pakistan blamed each other for the shooting on Friday.",
        "Iranian and Pakistani troops clashed on the border on Friday. Each government blamed the other.",
        "Iran and Pakistan traded accusations over the shooting on Friday.",
    ],
)
def test_two_parties_accusing_each_other_make_a_statement_each(text):
    said = sorted((e.actors, e.location.name) for e in read(text) if e.subtype == "Statement/Accusation")
    assert said == [(("Iran", "Pakistan"), "Iran"), (("Pakistan", "Iran"), "Pakistan")]


def test_one_party_accusing_another_is_one_statement():
    said = [e.actors for e in read("Iran blamed Pakistan for the shooting on Friday.") if e.subtype == "Statement/Accusation"]
    assert said == [("Iran", "Pakistan")]


@pytest.mark.parametrize(
    "text",
    [
        "In Tehran on Monday the Iranian president met separately with Pakistani Prime Minister Aslam Khan and Bangladeshi Prime Minister Rina Das.",
        "The Iranian president held separate meetings with the leaders of Pakistan and Bangladesh in Tehran on Monday.",
        # talks that are "bilateral" with two others are two talks
        "In Tehran on Monday the Iranian president held bilateral talks with Pakistani Prime Minister Aslam Khan and Bangladeshi Prime Minister Rina Das.",
    ],
)
def test_one_partys_meetings_with_several_states_are_a_meeting_each(text):
    met = [e for e in read(text) if e.subtype == "Meeting"]
    assert len(met) == 2 and {e.location.name for e in met} == {"Tehran"}, [(e.actors, e.rule) for e in met]


def test_one_meeting_of_three_parties_stays_one():
    text = "The Iranian president met the leaders of Pakistan and Bangladesh in Tehran on Monday."
    assert len([e for e in read(text) if e.subtype == "Meeting"]) == 1



def test_two_states_that_have_each_accused_the_other_make_a_statement_each():
    text = "Mali and Niger have each accused the other of breaking the border truce."
    said = [(e.actors[0], e.modality) for e in read(text) if e.subtype == "Statement/Accusation"]
    assert sorted(said) == [("Mali", "asserted"), ("Niger", "asserted")]


def test_meetings_of_a_host_not_recognised_are_one_per_leader_met():
    # "Xi held back-to-back meetings with ...": the subject unrecognised, each leader is a meeting
    text = "In Quetta on Monday, Roy held back-to-back meetings with Iranian President Saman Dara and Bangladeshi Prime Minister Lina Haque."
    meetings = [e for e in read(text) if e.subtype == "Meeting"]
    assert len(meetings) == 2
