"""Front-line communiqués that place a fight told before at several localities the gazetteer
lacks ("the fighting took place at X Village along the Y road and Z and W general areas of the
state"): one event per locality (ACLED codes one event per location), each drawn on the area the
sentence names (geo.events.later_sites.site_of_told); a battle told again as "the battle" or
"the skirmishes"; and government or junta forces, or a local defence force, as armed sides of a
clash whatever locals stand with them (lexicon.armed_party). Real gazetteer; sentences and
village names are ours (Tolmarek, Vessaguri, Orbenu are unknown to it)."""
from __future__ import annotations

from geo.pipeline import analyse_text


def asserted(text: str, date: str = "2025-03-10"):
    return [e for e in analyse_text(text, date=date).articles[0].events if e.modality == "asserted"]


def test_each_locality_of_a_communique_is_a_battle_of_its_own():
    text = (
        "Troops on clearance patrols engaged the insurgents and subdued them, the army spokesman said. "
        "He said the fighting took place at Tolmarek Village along Kelvar-Dunsa Road and Vessaguri and "
        "Orbenu general areas of Borno."
    )
    evs = [e for e in asserted(text) if e.type == "Battles"]
    assert [e.location.name for e in evs] == ["Borno", "Borno", "Borno"]


def test_one_unknown_site_before_the_area_stays_one_battle():
    text = "Troops engaged the insurgents on Sunday. The fighting took place at Tolmarek Village in Borno."
    evs = [e for e in asserted(text) if e.type == "Battles"]
    assert [e.location.name for e in evs] == ["Borno"]


def test_the_battle_told_again_gives_its_sites():
    # "the battle took place in X and Y": the fight told in the country is at each town
    text = "Government troops and rebels fought in Somalia on Sunday, officials said. The battle took place in Baidoa and Afgooye."
    evs = [e for e in asserted(text) if e.type == "Battles"]
    assert sorted(e.location.name for e in evs) == ["Afgooye", "Baidoa"]


def test_government_forces_with_locals_fight_a_battle_not_a_riot():
    text = "Heavy fighting between the government forces with locals and al-Shabaab occurred near Baidoa on Sunday."
    (e,) = asserted(text)
    assert (e.type, e.subtype) == ("Battles", "Armed clash")


def test_a_defence_force_in_a_day_of_clashes_with_residents_reporting_is_a_battle():
    text = (
        'Troops killed several members of a local "defence force" in a day of clashes near Magway, '
        "the junta said on Friday, with local residents reporting at least ten dead."
    )
    evs = asserted(text, "2025-03-14")
    assert [e.type for e in evs if e.type in ("Battles", "Riots")] == ["Battles"]


def test_protesters_against_police_stay_a_riot():
    (e,) = asserted("Protesters clashed with police in Baidoa on Sunday.")
    assert e.type == "Riots"


def test_a_count_of_the_day_s_assaults_is_that_day_s_battle_at_each_place():
    # a front line's report counts the day's assaults: one battle per place that day (ACLED)
    text = "In the Pokrovsk direction, the enemy attacked 25 times near Lysivka and Hrodivka, the General Staff said on Tuesday."
    evs = asserted(text, "2024-08-21")
    assert sorted(e.location.name for e in evs if e.type == "Battles") == ["Hrodivka", "Lysivka"]


def test_a_count_over_the_past_day_is_the_day_s_battle():
    evs = asserted("Russian forces attacked Ukrainian positions 14 times near Lyptsi over the past day.", "2024-08-21")
    assert [e.location.name for e in evs if e.type == "Battles"] == ["Lyptsi"]


def test_a_count_without_a_day_is_still_a_habit():
    text = "Militants have attacked the Bannu police station three times."
    assert [e for e in asserted(text) if e.type == "Battles"] == []


def test_a_general_staff_s_words_for_assaults_are_battles():
    cases = {
        "There were 35 combat engagements near Pokrovsk on Monday, the General Staff said.": "Pokrovsk",
        "The enemy conducted 14 offensive actions near Vovchansk on Monday.": "Vovchansk",
        "Russian troops tried to storm Ukrainian positions near Kupiansk on Monday.": "Kupyansk",
        "Russian forces made 12 attempts to advance near Siversk on Monday.": "Siversk",
    }
    for text, site in cases.items():
        assert [e.location.name for e in asserted(text, "2024-08-20") if e.type == "Battles"] == [site], text


def test_advancing_a_career_is_no_assault():
    assert asserted("He tried to advance his career in Kyiv on Monday.", "2024-08-20") == []


def test_weapons_recovered_are_no_shelling():
    for text in (
        "Troops recovered AK-47 rifles, RPG guns and ammunition in Bama on Monday.",
        "During the raid, rifles, RPG guns and bags of assorted rounds of ammunition were recovered in Bama.",
        "During the encounters, troops recovered two RPG tubes and artillery shells in Bama on Monday.",
    ):
        assert [e for e in asserted(text, "2024-08-20") if e.type == "Explosions/Remote violence"] == [], text


def test_weapons_fired_stay_shelling():
    for text in ("Militants fired RPGs at the checkpoint in Bama on Monday.", "Troops recovered the town after artillery shelled Bama on Monday."):
        assert [e.type for e in asserted(text, "2024-08-20") if e.type == "Explosions/Remote violence"], text
