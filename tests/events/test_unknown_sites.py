"""Incidents at villages, posts and camps the gazetteer lacks (geo.events.places,
geo.events.drafts._unknown_apart, geo.events.later_sites.listed_unknown_sites): the geoparser
keeps such names as unknown sites (tests/geoparse/test_rural_sites.py); an incident there is
drawn on the province holding the district or town the text gives, split per site, and not
merged with or split from other incidents by the name alone. Real gazetteer; sentences and
village names are ours (Tolmarek, Vessaguri, Orbenu are unknown to it)."""
from __future__ import annotations

from geo.pipeline import analyse_text


def asserted(text: str, date: str | None = "2025-03-10"):
    return [e for e in analyse_text(text, date=date).articles[0].events if e.modality == "asserted"]


def test_each_post_of_a_list_is_an_incident_of_its_own():
    # "attacked the outposts at X and Y": one event per site (ACLED: one per location), both on
    # the province holding the district; in an undated report whose sentence borrows the area
    # from an incident told before, a site of its own still makes each an incident, not context
    text = (
        "Suspected insurgents who came in boats attacked several police outposts in Manipur's Jiribam district "
        "and set houses on fire, police said. An officer stationed in Jiribam's Dorvan told reporters the attack "
        "began there at midnight.\n\n"
        "The officer said the Dorvan outpost was burnt down at midnight, and that the suspected insurgents then "
        "attacked the police outposts at Tolmarek Khunou and Vessaguri."
    )
    evs = [e for e in asserted(text, date=None) if e.type == "Battles"]
    assert sorted(e.location.name for e in evs) == ["Jiribam", "Manipur", "Manipur"]


def test_a_rural_site_told_after_the_town_is_the_town_s_incident_on_its_province():
    # the lead names the district's seat, the body the station in a tehsil the gazetteer lacks:
    # one incident, drawn on the province (the seat's point is not the site)
    text = (
        "Dozens of militants attacked a police station in Dera Ismail Khan early on Monday. "
        "A police spokesman said the militants attacked the Tolmarek Police Station in Vessaguri tehsil at about 3 a.m."
    )
    (e,) = [e for e in asserted(text) if e.type == "Battles"]
    assert (e.location.name, e.location.kind) == ("Khyber Pakhtunkhwa", "admin1")


def test_an_unknown_site_under_the_previous_incident_s_town_is_drawn_on_its_province():
    # the scene of the sentence before is a town; this sentence names a post the gazetteer lacks:
    # not the town's point, the province holding it
    text = (
        "Gunmen attacked a Levies checkpoint in Mastung on Monday, killing two guards. "
        "Rebels attacked a military post at Tolmarek with a remote-controlled bomb, wounding three soldiers."
    )
    bombs = [e for e in asserted(text) if e.type == "Explosions/Remote violence"]
    assert [(e.location.name, e.location.kind) for e in bombs] == [("Balochistan", "admin1")]


def test_the_district_told_again_with_a_finer_site_is_one_incident():
    # "killed ten militants in Jiribam district", then "attacked the posts at X in Jiribam
    # District": the same district holds the site now told finer, not another incident
    text = (
        "Security forces killed ten armed militants in retaliation in Manipur's Jiribam district. Sources said "
        "armed militants attacked police posts at Tolmarek and the Vessaguri Police Station in Jiribam District on Monday."
    )
    assert len([e for e in asserted(text) if e.type == "Battles"]) == 1


def test_villages_the_gazetteer_lacks_in_a_part_of_a_land_are_one_strike_each_on_the_land():
    # "the villages of X, Y and Z in southern Lebanon": the land's part is the smallest known area
    # holding them, and each village is an incident of its own (ACLED: one event per location)
    text = "Israeli strikes hit the villages of Tolmarek, Vessaguri and Orbenu in southern Lebanon on Sunday, killing three people."
    evs = [e for e in asserted(text) if e.type == "Explosions/Remote violence"]
    assert [e.location.id for e in evs] == ["LBN", "LBN", "LBN"]


def test_a_known_town_listed_after_a_struck_village_is_an_event_of_its_own():
    # "struck X and Kafr Zita in Hama province": the village the gazetteer lacks is drawn on the
    # province, the known town on its own point: one event per place
    evs = asserted("Drones struck Vessaguri and Kafr Zita in Hama province on Monday.")
    assert sorted((e.location.name, e.location.kind) for e in evs) == [("Hama", "admin1"), ("Kafr Zaytā", "place")]


def test_a_struck_village_listed_after_a_known_town_is_an_event_of_its_own():
    # "hit Kfar Kila and X": the town on its point, the village on the province holding the town
    evs = asserted("Israeli strikes hit Kfar Kila and Vessaguri on Monday.")
    assert sorted((e.location.name, e.location.kind) for e in evs) == [("Kfar Kila", "place"), ("Nabatieh", "admin1")]
