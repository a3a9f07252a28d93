"""Frontline reports of wars told in the words reporters use (issue #12, battles and remote
violence on unseen news): a craft's strike told by other verbs than 'struck' ('drones continued
striking', 'carried out heavy bombardments on') and strikes at an armed side's positions. Real
gazetteer; sentences are ours."""
from __future__ import annotations

from geo.pipeline import analyse_text


def asserted(text: str, family: str, date: str | None = "2025-06-09"):
    evs = analyse_text(text, date=date).articles[0].events
    return [e for e in evs if e.modality == "asserted" and e.type == family]


def test_drones_continued_striking_is_an_air_strike():
    # a craft's act of force told with "continued striking" is fire from the air
    text = "For a third day, army drones continued striking militia positions in the city of Kassala on Sunday."
    evs = asserted(text, "Explosions/Remote violence")
    assert [(e.subtype, e.location.name) for e in evs] == [("Air/drone strike", "Kassala")]


def test_a_drone_carrying_out_bombardments_is_an_air_strike():
    text = "A military drone carried out heavy bombardments on militia gatherings around Kassala on Sunday."
    evs = asserted(text, "Explosions/Remote violence")
    assert [(e.subtype, e.location.name) for e in evs] == [("Air/drone strike", "Kassala")]


def test_strikes_against_positions_are_a_weapons_and_a_labour_strike_is_not():
    # "launching strikes against militia positions": no labour strike is against positions
    text = (
        "An army helicopter patrolled over Kassala on Sunday, eventually launching strikes against "
        "militia positions in two eastern districts."
    )
    evs = asserted(text, "Explosions/Remote violence")
    assert [(e.subtype, e.location.name) for e in evs] == [("Air/drone strike", "Kassala")]
    assert asserted("Teachers held a strike against the new pay scale in Kassala on Sunday.", "Explosions/Remote violence") == []



def test_unity_in_the_name_of_a_government_is_no_place():
    # "the Government of National Unity", "the National Unity Government": a body's name (Libya's
    # unity government, Myanmar's shadow government), not Unity state in South Sudan
    text = (
        "Militias loyal to the Government of National Unity clashed with a rival brigade on Sunday, "
        "residents said."
    )
    evs = asserted(text, "Battles")
    assert evs and all(e.location is None or e.location.name != "Unity" for e in evs)
    text = "Soldiers of the National Unity Government attacked an army post on Sunday."
    evs = asserted(text, "Battles")
    assert evs and all(e.location is None or e.location.name != "Unity" for e in evs)
    # the state named as a place keeps its reading
    evs = asserted("Fighting broke out in Unity state on Sunday.", "Battles")
    assert [e.location.name for e in evs] == ["Unity"]


def test_strikes_on_a_town_and_on_the_regions_of_a_roundup_are_one_event_per_place():
    # "drone strikes on X and on the Y and Z regions": each target of the roundup is a place of
    # the list (ACLED: one event per location)
    text = "Five people were wounded in drone strikes early on Sunday on Kharkiv and on the Odesa and Sumy regions."
    evs = asserted(text, "Explosions/Remote violence")
    assert len(evs) == 3 and {e.subtype for e in evs} == {"Air/drone strike"}
    assert evs[0].location.name == "Kharkiv" and all(e.location is not None for e in evs)

