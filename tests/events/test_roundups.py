"""Roundups that tell several incidents of one kind at several places ("another strike hit the
town of X, and a further strike targeted Y"): one event per incident (ACLED: one per place and
day), none lost to the incident told before. Real gazetteer; sentences are ours (Keldar and
Bromsk are villages unknown to it)."""
from __future__ import annotations

from geo.pipeline import analyse_text


def strikes(text: str, date: str | None = "2025-03-10"):
    evs = analyse_text(text, date=date).articles[0].events
    return [e for e in evs if e.modality == "asserted" and e.type == "Explosions/Remote violence"]


def test_a_drone_counted_with_an_adverb_before_its_act_is_a_strike_of_its_own():
    # "a fourth drone then struck ...": an adverb of sequence between the craft and its verb, and
    # the count says it is one more drone of the report, another incident at its own place
    text = (
        "Drones struck an oil field in Dohuk province on Wednesday, officials said. "
        "A fourth drone then struck a compound of a foreign firm near Zakho."
    )
    assert sorted(e.location.name for e in strikes(text)) == ["Dohuk", "Zaxo"]


def test_another_strike_and_a_further_strike_are_two_incidents():
    # "another strike hit the town of X", "a further air strike targeted the town of Y": each is one
    # more strike of the report (a labour strike hits no town), at a village of its own
    text = (
        "An Israeli drone struck a house in Nabatieh on Tuesday, wounding two people. "
        "At the same time, another strike hit the town of Keldar in the Tyre district, and a further "
        "air strike targeted the town of Bromsk in the Tyre district."
    )
    assert sorted(e.location.name for e in strikes(text)) == ["Nabatîyé et Tahta", "Tyre", "Tyre"]


def test_a_name_after_national_in_a_government_s_name_is_no_site():
    # roundups cite their sources: "according to the National Unity Government", "a spokesman of
    # the Government of National Unity": "National" before a name in one run of capitals names a
    # government or a party, not the place of that name (here South Sudan's Unity state)
    for text, date in (
        ("Junta jets bombed a monastery on Friday, killing 22 people, according to the National Unity Government.", "2025-05-09"),
        ("Militias clashed near the port on Monday, said a spokesman of the Government of National Unity.", "2025-05-06"),
    ):
        evs = [e for e in analyse_text(text, date=date).articles[0].events if e.modality == "asserted"]
        assert len(evs) == 1
        assert evs[0].location is None or evs[0].location.name != "Unity"


def test_bombs_dropped_from_the_air_are_an_air_strike():
    # "dropped three guided bombs on the town": bombs dropped on a target fall from aircraft, drones
    # or paramotors, the weapon of the air whoever drops them
    text = "A paramotor dropped two bombs on a school in Kohat on Monday, wounding four pupils."
    assert [(e.subtype, e.location.name) for e in strikes(text, "2025-05-06")] == [("Air/drone strike", "Kohat")]



def test_another_before_a_quoted_strike_still_tells_one_more_incident():
    # 'reported that another "strike on a truck" had killed one': the quote opens a clause of its
    # own, but the determiner before it still counts one more strike of the report
    text = (
        "Air strikes killed two people in southern Lebanon on Saturday, officials said. "
        "A drone struck a man on a motorbike near Tyre. "
        'The ministry later reported that another "Israeli strike targeting a truck" had killed one person near Nabatieh.'
    )
    assert sorted(e.location.name for e in strikes(text) if e.location) == ["Nabatîyé et Tahta", "Tyre"]


def test_a_regional_governor_reporting_a_strike_places_it_in_the_region_of_the_title():
    # "Kherson Governor X said shelling killed two in a village": a war roundup quotes an area's
    # official; when the clause names no place of its own, the area of the title is the site
    text = "Poltava Governor Petro Hrin said Russian shelling wounded two farmers in a small village overnight."
    (ev,) = strikes(text)
    assert ev.location.id == "UA-53" and "the-official's-own-area" in ev.rule


def test_an_official_only_quoted_sets_no_site_for_a_strike_of_another_land():
    # no report verb right after the title's name: the title is only who speaks, not where
    text = "Poltava Governor Petro Hrin, who visited Warsaw, condemned the drone strike."
    assert all(e.location is None or e.location.id != "UA-53" for e in strikes(text))


def test_a_scene_told_as_an_area_s_town_is_the_town():
    # "In Velmar Oblast's Brask, a shell hit a school": the area owns the place named after it
    # (the trigger in a clause of its own, so only the sentence's opening scene places it)
    text = "In Belgorod's Valuyki, as a result of a direct hit of a shell, the depot of a bakery burned down."
    (ev,) = strikes(text)
    assert ev.location.name == "Valuyki"


def test_the_towns_an_attack_names_in_the_plural_are_its_sites_not_their_region():
    # "shelled the towns of X and Y in Z Oblast": the object towns are the sites, one event each
    text = "Russian forces shelled the towns of Kupiansk and Balakliia in Kharkiv Oblast on Sunday."
    assert sorted(e.location.name for e in strikes(text)) == ["Balakliya", "Kupyansk"]


def test_drones_crashing_into_homes_and_an_aerial_assault_are_air_strikes():
    # a drone falling on a building is a strike on it; an assault from the air is an air strike
    for text in (
        "Two drones crashed into private houses in Kursk overnight, injuring a woman.",
        "An aerial assault on a village near Mandalay killed seven people on Friday.",
        "Ukrainian multi-weapon strikes against Donetsk killed two people on Friday.",
        "The army bombed militia positions in Omdurman on Monday.",
    ):
        evs = strikes(text)
        assert [e.subtype for e in evs] == ["Air/drone strike"], text


def test_towns_listed_as_coming_under_fire_are_each_shelled_but_a_person_under_fire_is_blamed():
    # "X, Y and Z came under fire": a named place under fire is shelled, one event per town;
    # "came under fire for/over/from critics" is blame, no weapon
    text = "Orikhiv, Huliaipole and Stepnohirsk came under fire overnight, the regional administration said."
    assert sorted(e.location.name for e in strikes(text)) == ["Hulyaypole", "Orikhiv", "Stepnohirsk"]
    assert strikes("Mayor Tolvik came under fire from lawmakers over the budget on Monday.") == []


def test_the_object_of_struck_hit_or_targeted_is_the_site_not_the_region_before_it():
    # "In the Kharkiv region, drones struck Kupiansk": the place a weapon strikes is the site, as
    # the object of "shelled" is; the region the sentence opens on only says where that town lies
    for text in (
        "In the Kharkiv region, Russian drones struck Kupiansk overnight, injuring two people.",
        "In the Kharkiv region, a Russian missile hit Kupiansk overnight, injuring two people.",
        "In the Kharkiv region, Russian drones targeted Kupiansk overnight, injuring two people.",
    ):
        assert [e.location.name for e in strikes(text)] == ["Kupyansk"], text


def test_an_attack_made_by_drones_is_a_strike_whoever_it_hit():
    # "a drone targeted army positions", "attacked the village with drones": the means types the
    # attack (ACLED's air or drone strike), not its victims, soldiers or villagers
    for text in (
        "A militia drone also targeted army positions in Kosti on Sunday, destroying a truck.",
        "Last night the enemy attacked Tolvik village in the Kupiansk district with Shahed drones.",
    ):
        assert [e.subtype for e in strikes(text)] == ["Air/drone strike"], text


def test_the_weapon_told_after_a_list_of_places_types_each_attack():
    # "attacked positions in A, B and C with rockets": the list between the verb and its weapon
    # does not hide the weapon (each place a shelling, not a ground clash)
    text = "The militia said its fighters had attacked army positions in Quetta, Mastung and Sibi with rockets on Sunday."
    events = strikes(text)
    assert sorted(e.location.name for e in events) == ["Mastung", "Quetta", "Sibi"]
    assert {e.subtype for e in events} == {"Shelling/artillery/missile attack"}


def test_one_strike_that_hit_a_house_or_killed_is_an_air_strike():
    # "one strike hit a house", "the strike killed a commander": a strike that hits a building or
    # kills is a weapon's, not a labour strike (which "hit production" and closes schools)
    assert [(e.subtype, e.location.name) for e in strikes("One strike hit a house in Quetta on Sunday, killing two people.")] == [
        ("Air/drone strike", "Quetta")]
    assert [e.subtype for e in strikes("The strike killed a local commander in Quetta on Sunday.")] == ["Air/drone strike"]
    assert strikes("A strike hit production at the car plant in Quetta on Sunday.") == []


def test_a_toll_shared_out_place_by_place_is_one_strike_per_place():
    # "killed nine: four in X, three in Y and two in Z": each place of the tally is an incident
    text = "Artillery shelling killed nine people on Sunday: four in Quetta, three in Peshawar and two in Bannu."
    assert sorted(e.location.name for e in strikes(text)) == ["Bannu", "Peshawar", "Quetta"]
