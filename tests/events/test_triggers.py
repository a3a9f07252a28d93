"""Trigger words of a sentence (geo.events.triggers): which rule fires, and which triggers are events."""
from __future__ import annotations

import pytest
from event_fixtures import read

from geo.events.triggers import find_triggers, select, split_clauses
from geo.models import Span


def kept(sentence: str) -> list[tuple[str, str]]:
    s = Span(0, len(sentence))
    chosen = select(sentence, s, find_triggers(sentence, s), split_clauses(sentence, s))
    return [(t.rule.name, sentence[t.start:t.end]) for t in chosen]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("President Petro suspended peace talks with the rebels.", []),
        # a protest note is a government's statement (the guideline codes it), no street protest
        ("Dhaka lodged a formal protest with the embassy.", [("criticism", "lodged a formal protest")]),
        ("The ministry summoned the Russian ambassador to protest against the shelling.",
         [("complaint", "summoned the Russian ambassador"), ("shelling", "shelling")]),
        # an envoy named before the office, a Commonwealth state's High Commissioner
        ("Dhaka summoned Ravi Menon, India's High Commissioner, on Tuesday.",
         [("complaint", "summoned Ravi Menon, India's High Commissioner")]),
        ("The two ministers will meet in Almaty to resume peace talks.", [("meeting", "meet")]),
        ("The government struggled to meet the demands of farmers.", []),
        ("Thousands of students gathered to protest against the fees.", [("protest", "protest")]),
        ("Officials said the raid had been launched from Pakistani territory.",
         [("reported-accusation", "said"), ("violence", "raid")]),
        ("Officials said the talks had gone well.", []),  # no culprit named: no accusation
        ("The minister said the aid came from Japan.", []),  # no attack attributed
        # a participle after a determiner names people or things, not an act
        ("Officers went to search for the kidnapped.", []),
        ("He said the grid of the attacked country could fail.", []),
        ("Gunmen kidnapped two engineers.", [("abduction", "kidnapped")]),
        # to meet with force is to answer with it; a passive "met" or a mountain's summit is no meeting
        ("Police met the marchers with tear gas and water cannon.", []),
        ("The drones were met by air defences over the city.", []),
        ("The climbers reached the summit of Everest on Tuesday.", []),
        ("Hundreds of pilgrims met in the holy city for the festival.", []),
        ("The envoys were meeting with the mediators in Doha.", [("meeting", "meeting with")]),
        # the weapons a ground fight is fought with are its means: one clash, no shelling of their own
        ("Heavy clashes involving artillery and drones erupted between the two armies.", [("armed-clash", "clashes")]),
        ("Fighting with mortars and machine guns broke out between two militias.",
         [("armed-clash", "Fighting with mortars")]),
        # attacks by code, by the body or by an animal are no armed violence
        ("Hackers launched a cyber attack on the ministry's servers.", []),
        ("A ransomware attack hit two hospitals on Tuesday.", []),
        ("The former minister died of a heart attack at his home.", []),
        ("A shark attack injured a swimmer near the pier.", []),
        # a reader's consent in a subscription form is no pact
        ("By subscribing, I agree to get news updates.", []),
        # "battle" as a fight with an armed side, not against a fire, in court or as a campaign
        ("Police battled gang members near the old market in Varna.", [("armed-clash", "battled gang members")]),
        ("Six gunmen were killed in battle with soldiers at a farm.", [("armed-clash", "in battle with soldiers")]),
        ("Firefighters battled the blaze for six hours.", []),
        ("The union lost a legal battle with the police over pay.", []),
    ],
)  # fmt: skip
def test_which_triggers_are_events(sentence, expected):
    assert kept(sentence) == expected


def test_a_future_meeting_is_one_planned_meeting():
    events = read("The two countries' foreign ministers will meet in Tehran next month to resume peace talks.")
    assert [(e.subtype, e.cameo, e.modality, e.location.name) for e in events] == [
        ("Meeting", "040", "planned", "Tehran")
    ]
    assert events[0].time_precision == 3


def test_a_police_raid_that_seizes_and_arrests_is_no_armed_attack():
    text = "Police in a joint raid seized a cache of explosives in Quetta on Thursday and arrested four men."
    assert sorted(e.subtype for e in read(text)) == ["Arrests", "Disrupted weapons use"]


def test_a_raid_that_turns_into_a_gunfight_stays_a_clash():
    text = "Police raided a hideout in Quetta on Thursday and arrested two men after a gunfight that killed a constable."
    assert "Armed clash" in {e.subtype for e in read(text)}


def test_drones_shot_down_are_an_interception_not_a_shooting():
    text = "Four drones were shot down over Kharkiv on Monday, the governor said."
    assert [(e.type, e.subtype) for e in read(text)] == [("Strategic developments", "Disrupted weapons use")]


def test_an_attack_with_drones_and_a_missile_is_one_drone_strike():
    text = "Russia attacked Ukraine overnight with 23 Shahed drones along with a cruise missile."
    assert [e.subtype for e in read(text) if e.type != "Strategic developments"] == ["Air/drone strike"]


def test_an_attack_in_a_sentence_of_launched_drones_is_a_drone_strike():
    text = "The air force said it shot down 22 of the 27 drones launched over Kharkiv in the overnight attack on Sumy."
    assert sorted(e.subtype for e in read(text)) == ["Air/drone strike", "Disrupted weapons use"]


def test_that_opening_a_clause_is_no_reference_to_an_earlier_event():
    text = (
        "Russia attacked Ukraine overnight with drones. "
        "In Kharkiv, the governor said on Monday that Russian shelling had killed two people."
    )
    assert sorted(e.subtype for e in read(text)) == ["Air/drone strike", "Shelling/artillery/missile attack"]


def test_shops_burnt_in_a_deadly_raid_are_part_of_the_attack():
    text = "Gunmen raided a village near Menaka on Friday, killing 15 people, plundering and burning shops."
    assert [e.type for e in read(text)] == ["Violence against civilians"]


@pytest.mark.parametrize(
    "sentence, rule",
    [
        # crowds told by what they did, without the word protest
        ("A long procession of teachers broke through the barricades outside the ministry.", "protest"),
        ("Shopkeepers took out processions in the old bazaar against the new levy.", "protest"),
        ("Growers broke through two police lines near the court on Thursday.", "protest"),
        ("Hundreds of farmers on tractors slowed traffic on the ring road.", "protest"),
        ("About forty tractors paraded through the old town at noon.", "protest"),
        ("Dairy farmers were massing 80 tractors outside the port.", "protest"),
        ("Hundreds gathered separately in the market square of the port town.", "protest"),
        ("The port town saw a partial shutdown as shopkeepers stayed home.", "protest"),
        # the crowd's answer to the police, its target untold or told as personnel
        ("The youths responded by throwing bricks.", "riot"),
        ("Rocks were thrown at security personnel near the bridge.", "riot"),
        ("Thousands thronged the streets of the old port to denounce the levy.", "protest"),
        ("Angry villagers converged on the district office after the arrest.", "protest"),
        ("Hundreds of women gathered outside the land registry.", "protest"),
        ("Dock hands downed tools at the container terminal.", "protest"),
        ("Students poured onto the streets of the old town.", "protest"),
    ],
)  # fmt: skip
def test_a_crowd_told_by_its_acts_is_a_crowd_event(sentence, rule):
    assert rule in [name for name, _ in kept(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Thousands gathered in the square for the funeral of the singer.",
        "Hundreds gathered outside the stadium for the final match.",
        "Thousands of villagers gathered at the camp to receive food aid.",
        "Troops converged on the border town from three sides.",
        "Officials pushed back against claims that the talks had stalled.",
        "Reports said the two governments were engaged in talks over the dam.",
        "The home ministry warned that any illegal gathering would be met with all necessary measures.",
    ],
)  # fmt: skip
def test_a_funeral_crowd_a_denial_and_the_state_s_warning_to_its_crowds_are_no_events(sentence):
    assert kept(sentence) == []


def test_a_device_only_detected_is_no_explosion():
    # an IED named and detected went off nowhere (ACLED: disrupted weapons use, not an explosion)
    text = (
        "Soldiers on Tuesday detected an improvised explosive device near a culvert outside Velmora in Pulwama district. "
        "The IED had been concealed in a sack."
    )
    assert all(e.type != "Explosions/Remote violence" for e in read(text))


def test_a_device_that_went_off_stays_an_explosion():
    text = "An improvised explosive device wounded two soldiers near a culvert outside Velmora on Tuesday."
    assert [e.subtype for e in read(text)] == ["Remote explosive/landmine/IED"]


def test_a_device_detected_before_it_went_off_is_disrupted_weapons_use():
    text = "A road-opening party on Monday detected an IED near the bridge at Velmora, officials said."
    assert [(e.type, e.subtype) for e in read(text)] == [("Strategic developments", "Disrupted weapons use")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry rejected claims that Lindora has sold ballistic missiles to the junta.",
        "Ostavia has supplied artillery shells to the army since the spring.",
        "The deliveries of cruise missiles to the navy were delayed again.",
    ],
)
def test_arms_traded_are_not_fired(sentence):
    # a sale, a supply or a delivery of missiles is the trade, no attack with them
    assert [name for name, _ in kept(sentence) if name == "shelling"] == []


def test_missiles_fired_beside_a_trade_are_still_an_attack():
    assert ("shelling", "missiles struck") in kept("Ostavia bought drones from Lindora, and missiles struck a depot in Brask.")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # talks told as what the news follows were held before it
        ("The truce plan follows talks between President Vell of Varnia and the Ostavian envoy.", [("talks", "follows talks")]),
        ("The accord came after discussions between the two interior ministers.", [("talks", "after discussions")]),
        # talks of a crowd with officials are no diplomacy; talks ahead are no meeting held
        ("The subsidy was approved after talks between the protesters and the officials failed.", []),
    ],
)
def test_talks_the_news_followed(sentence, expected):
    assert [x for x in kept(sentence) if x[0] == "talks"] == expected
