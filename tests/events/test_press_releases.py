"""Army and police press releases, and the news written from them: "troops neutralised three
bandits", "the operation was carried out in X district" ("in Y Local Government Area of Z
State" is in test_area_names.py). Each tells a fight of the forces (ACLED: Battles) at its own place. Real gazetteer;
sentences are ours."""
from __future__ import annotations

import pytest

from geo.pipeline import analyse_text


def battles(text: str, date: str | None = "2025-03-10"):
    evs = analyse_text(text, date=date).articles[0].events
    return [e for e in evs if e.modality == "asserted" and e.type == "Battles"]


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("Troops neutralised three bandits in Bakori on Sunday, the army said.", "Bakori"),
        ("Four terrorists were neutralised by security forces in Hangu district.", "Hangu District"),
        ("The clearance operation led to the neutralisation of five insurgents near Damboa.", "Damboa"),
        ("Two terrorists were sent to hell in Hangu district, the army said.", "Hangu District"),
    ],
)
def test_armed_men_neutralised_by_a_force_are_a_battle(text, site):
    # the press release's verb for the armed men its troops killed in a fight
    assert [e.location.name for e in battles(text)] == [site]


def test_a_bomb_neutralised_is_no_battle():
    # a device made safe: no fight, whatever the verb
    assert battles("Engineers neutralised a roadside bomb near Damboa.") == []


@pytest.mark.parametrize(
    ("text", "site"),
    [
        (
            "MEXICO CITY (AP) — Soldiers killed 12 suspected cartel gunmen in a shootout, officials said on Monday. "
            "The confrontation occurred on the outskirts of Uruapan.",
            "Uruapan",
        ),
        (
            "PESHAWAR: Security forces killed five militants, the army said. "
            "The operation was carried out in Hangu district on the reported presence of militants.",
            "Hangu District",
        ),
    ],
)
def test_a_fight_told_again_by_its_noun_gives_its_site(text, site):
    # "the confrontation occurred in", "the operation was carried out in": the incident just told,
    # placed by a later sentence
    assert [e.location.name for e in battles(text)] == [site]


@pytest.mark.parametrize(
    "text",
    [
        "Two militants were killed after an intense fire exchange with troops near Hangu.",
        "Troops engaged the bandits in a gun duel near Bakori on Sunday.",
        "Security forces effectively engaged the terrorists' location near Hangu on Sunday.",
    ],
)
def test_the_words_of_a_press_release_for_a_fight_are_a_battle(text):
    # "an intense fire exchange", "a gun duel", "engaged the terrorists' location"
    assert len(battles(text)) == 1


def test_a_talk_engaged_in_is_no_battle():
    assert battles("The minister engaged the opposition leaders in talks in Hangu.") == []


def test_a_lead_counting_operations_gives_one_event_per_district_told_after_it():
    # "killed seven militants in two separate operations in <province>", then each operation in
    # its district: one event per district (ACLED: one per place), not one for the province
    text = (
        "PESHAWAR: Security forces killed seven militants in two separate operations in Khyber "
        "Pakhtunkhwa on Monday, the army said. The first operation was conducted in Karak district on "
        "the reported presence of militants. During the operation, troops engaged the hideout and "
        "three militants were killed. A separate operation was carried out in Lakki Marwat district. "
        "Troops engaged another group in an exchange of fire, killing four."
    )
    assert sorted(e.location.name for e in battles(text, "2025-03-11")) == ["Karak District", "Lakki Marwat District"]


def test_a_lead_without_a_count_keeps_its_later_district_as_its_site():
    # one operation told again finer: one event, at the district
    text = (
        "PESHAWAR: Security forces killed three militants in Khyber Pakhtunkhwa on Monday, the army "
        "said. The operation was conducted in Karak district on the reported presence of militants."
    )
    assert [e.location.name for e in battles(text, "2025-03-11")] == ["Karak District"]



@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("Ukrainian troops on Monday repelled an attempt by Russian units to break through near Vovchansk.", "Vovchansk"),
        ("The enemy tried nine times to dislodge our units from their positions near Siversk on Monday.", "Siversk"),
    ],
)
def test_an_assault_fought_off_on_a_front_line_is_a_battle(text, site):
    # the General Staff's words: an attempt to advance beaten back, attempts to dislodge units
    assert [e.location.name for e in battles(text)] == [site]


def test_an_attempt_to_storm_a_building_foiled_by_police_is_no_battle():
    assert battles("Police foiled an attempt to storm the parliament in Kyiv.") == []
