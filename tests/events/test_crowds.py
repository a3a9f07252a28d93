"""Crowd events in stories of many towns and days (geo.events.drafts, geo.events.later_sites):
one event per town and day, the sub-type each town's crowd earned, the towns a list names."""
from __future__ import annotations

import datetime as dt

from event_fixtures import country, mentions_of

from geo.events.extract import extract
from geo.models import Article, Event, Mention, Place

#: towns of our own beside the shared fixtures: Sorvan 45 km from Quetta, Dovan and Rasko far apart
TOWNS = {
    "Sorvan": Place("gn:101", "Sorvan", "place", 29.8, 66.85, "PK", "PK-BA", 60_000),
    "Dovan": Place("gn:102", "Dovan", "place", 1.3, 36.8, "KE", "KE-1", 4_000_000),
    "Rasko": Place("gn:103", "Rasko", "place", 0.0, 36.4, "KE", "KE-2", 40_000),
    "Keltra": Place("gn:104", "Keltra", "place", -4.0, 39.7, "KE", "KE-3", 1_000_000),
}


def read(text: str, date: dt.date = dt.date(2025, 5, 12)) -> tuple[Event, ...]:
    """The events of ``text`` with the shared hand-made places and the towns above."""
    found = list(mentions_of(text))
    for name, place in TOWNS.items():
        i = text.find(name)
        while i >= 0:
            found.append(Mention(i, i + len(name), name, place, 1.0))
            i = text.find(name, i + 1)
    found.sort(key=lambda m: m.start)
    return extract(Article("t", "", text, date), found, border=lambda a, b: None, country=country)


def crowds(events: tuple[Event, ...]) -> list[tuple[str, str | None]]:
    return sorted(
        (e.subtype, e.location.name if e.location else None)
        for e in events if e.type in ("Protests", "Riots") and e.modality == "asserted"
    )


def test_protests_in_two_nearby_towns_each_named_by_its_sentence_are_two_events():
    text = (
        "Quetta saw a shutdown on Monday as traders held protests against power cuts. "
        "On Monday footage showed protests in Sorvan, where shops were shut."
    )
    assert crowds(read(text)) == [("Peaceful protest", "Quetta"), ("Peaceful protest", "Sorvan")]


def test_stones_thrown_by_a_crowd_placed_from_context_join_that_town_s_crowd_not_the_last_told():
    text = (
        "Police fired tear gas on Friday into a crowd of thousands of opposition supporters marching in Dovan. "
        "Police detained several protesters who led the protests in Rasko town.\n"
        "The opposition's main rally in Dovan went ahead.\n"
        "Police began firing tear gas to halt the crowd, and some of them threw stones at the police."
    )
    assert crowds(read(text)) == [("Protest with intervention", "Rasko"), ("Violent demonstration", "Dovan")]


def test_a_crowd_told_in_a_province_is_at_the_first_town_told_in_it_and_the_next_town_is_another_crowd():
    text = (
        "In Balochistan, protesters blocked the main highway on Monday. "
        "The demonstrators had gathered to demand jobs, and traffic was badly disrupted at places such as Quetta. "
        "In Sorvan, protesters and police clashed near the bazaar, and five people were arrested."
    )
    assert [name for _sub, name in crowds(read(text))] == ["Quetta", "Sorvan"]


def test_vehicles_torched_in_another_town_on_the_day_of_a_crowd_told_are_a_riot_there():
    text = (
        "Opposition supporters burned tyres and blocked roads in Dovan on Monday, the first day of a nationwide strike. "
        "Police said two buses were torched in Rasko on Monday."
    )
    assert crowds(read(text)) == [("Violent demonstration", "Dovan"), ("Violent demonstration", "Rasko")]


def test_vehicles_torched_by_gunmen_on_the_day_of_a_crowd_stay_their_own():
    text = (
        "Opposition supporters burned tyres and blocked roads in Dovan on Monday, the first day of a nationwide strike. "
        "Police said gunmen torched two buses in Rasko on Monday."
    )
    assert crowds(read(text)) == [("Violent demonstration", "Dovan")]


def test_the_place_of_the_act_a_crowd_protests_over_is_not_where_it_gathered():
    text = (
        "Dovan was tense on Monday. "
        "Protests erupted in the city on Monday over the lynching of a shopkeeper in Rasko last week."
    )
    assert crowds(read(text)) == [("Peaceful protest", "Dovan")]


def test_a_crowd_that_protested_against_a_tax_in_a_town_protested_there():
    text = "Traders protested on Monday against the new tax in Rasko."
    assert crowds(read(text)) == [("Peaceful protest", "Rasko")]


def test_the_towns_where_most_arrests_of_a_crowd_took_place_are_its_towns():
    text = (
        "On Sunday dozens of opposition supporters were arrested in several towns of Balochistan for holding protests "
        "against the election. Police also arrested the party's lawyer in Quetta. "
        "Most of the arrests took place in Quetta, Sorvan and Gwadar."
    )
    assert crowds(read(text)) == [
        ("Protest with intervention", "Gwadar"), ("Protest with intervention", "Quetta"), ("Protest with intervention", "Sorvan"),
    ]


def test_the_fire_told_again_with_its_town_places_the_crowd_that_set_it_and_the_next_town_stays_apart():
    text = (
        "An angry crowd set fire to a council building in a Pakistani provincial capital on Friday, officials said. "
        "The fire in Quetta, the capital of Balochistan, started late on Friday. "
        "In Sorvan, protesters broke down fences and stormed the police headquarters on Friday."
    )
    assert crowds(read(text)) == [("Violent demonstration", "Quetta"), ("Violent demonstration", "Sorvan")]


def test_crowds_in_clauses_of_their_own_towns_are_two_events():
    # a semicolon or "and" opening a clause whose crowd acts at its own town: one event per town
    assert crowds(read("In Dovan, protesters stormed the bus depot; in Keltra, demonstrators waved flags at the port.")) == [
        ("Peaceful protest", "Keltra"), ("Violent demonstration", "Dovan"),
    ]
    assert crowds(read("Traders rallied in Dovan on Monday and students marched in Keltra.")) == [
        ("Peaceful protest", "Dovan"), ("Peaceful protest", "Keltra"),
    ]


def test_violence_reported_from_a_town_happened_there_and_the_strike_elsewhere_stays_peaceful():
    # what is "reported from" a town took place in it; a report's origin is otherwise no site
    text = (
        "On Monday traders observed a strike in Quetta against the arrest of a student leader. "
        "Officials said the strike was largely peaceful, though stone-throwing was reported from Sorvan."
    )
    assert crowds(read(text)) == [("Peaceful protest", "Quetta"), ("Violent demonstration", "Sorvan")]


def test_a_dharna_held_is_a_protest():
    text = "Relatives of the dead driver held a dharna outside the district office in Sorvan on Sunday."
    assert crowds(read(text)) == [("Peaceful protest", "Sorvan")]


def test_a_shutdown_of_a_span_of_hours_is_a_protest_and_an_internet_shutdown_is_not():
    assert crowds(read("Normal life in Sorvan was disrupted today during a 12-hour shutdown.")) == [("Peaceful protest", "Sorvan")]
    assert crowds(read("The authorities ordered an internet shutdown in Sorvan today.")) == []


def test_a_crowd_chanting_slogans_against_someone_is_a_protest_fans_chanting_slogans_are_not():
    text = "In Sorvan on Monday dozens of students answered by chanting slogans against the governor."
    assert crowds(read(text)) == [("Peaceful protest", "Sorvan")]
    assert crowds(read("In Sorvan on Monday fans were chanting slogans such as the club's old motto.")) == []


def test_traders_on_strike_are_a_protest_and_jets_on_strike_missions_are_not():
    assert crowds(read("In Sorvan the traders of the old bazaar are on strike again.")) == [("Peaceful protest", "Sorvan")]
    assert [e.type for e in read("In Sorvan the jets were on strike missions again.") if e.type == "Protests"] == []


def test_stoppages_in_the_bazaars_of_listed_towns_are_a_protest_in_each_town():
    text = "Stoppages in the bazaars have been reported since Monday in Dovan, Rasko and Keltra."
    assert crowds(read(text)) == [("Peaceful protest", "Dovan"), ("Peaceful protest", "Keltra"), ("Peaceful protest", "Rasko")]


def test_a_protest_voiced_at_a_meeting_is_no_crowd():
    text = "At Monday's meeting in Dovan the envoy Tarvo protested strongly against the arrests."
    assert crowds(read(text)) == []
    assert crowds(read("In Dovan on Monday hundreds of nurses protested strongly against the arrests.")) == [("Peaceful protest", "Dovan")]


def test_a_further_town_of_a_list_told_by_its_kind_is_another_crowd():
    # "in X and in the port city of Y": the second town named by its kind is a list's next place
    text = "Police used tear gas on Monday to disperse protesters who gathered in Dovan and in the port city of Keltra."
    assert crowds(read(text)) == [("Protest with intervention", "Dovan"), ("Protest with intervention", "Keltra")]


def test_a_town_described_after_a_bare_comma_is_no_further_place_of_a_list():
    # "Dovan, the twin city of Rasko": an apposition about Dovan, not a crowd in Rasko
    text = "Police used tear gas on Monday to disperse protesters who gathered in Dovan, the twin city of Rasko."
    assert crowds(read(text)) == [("Protest with intervention", "Dovan")]


def test_a_placeless_sentence_after_a_list_of_towns_goes_on_at_the_town_the_list_opened_with():
    # the rioters of the next sentence are not put at whichever town the list named last
    text = (
        "Police used tear gas on Monday to disperse protesters who gathered in Dovan and in the port city of Keltra. "
        "Police said later that rioters had burned two buses."
    )
    assert crowds(read(text)) == [("Protest with intervention", "Keltra"), ("Violent demonstration", "Dovan")]


def test_barricades_the_police_put_up_are_no_violence_of_the_crowd_those_it_forces_are():
    # the police keeping a crowd off with barricades: the crowd itself did nothing violent
    text = (
        "Hundreds of nurses marched in Dovan on Monday. "
        "When the march reached the square, officers began putting up metal barricades to keep them off the steps."
    )
    assert crowds(read(text)) == [("Peaceful protest", "Dovan")]
    assert crowds(read("Teachers protested in Dovan on Monday at barricades set up by the police.")) == [("Peaceful protest", "Dovan")]
    assert crowds(read("Teachers protested in Dovan on Monday outside the police barricades.")) == [("Peaceful protest", "Dovan")]
    # barricades a crowd puts up, or forces its way through, stay its violence
    assert crowds(read("In Dovan on Monday protesters put up barricades across the main highway.")) == [("Violent demonstration", "Dovan")]
    text = "In Dovan on Monday protesters tried to break through two rows of barricades put up by the police."
    assert crowds(read(text)) == [("Violent demonstration", "Dovan")]


def test_a_crowd_that_attacked_a_paramilitary_force_rioted_though_fired_on():
    # the crowd's own violence against a force keeping order: a violent demonstration, not
    # excessive force against a peaceful crowd
    text = "Two people were killed in Dovan on Monday when guards fired on protesters who had attacked paramilitary rangers."
    assert crowds(read(text)) == [("Violent demonstration", "Dovan")]
    text = "Two people were killed in Dovan on Monday when guards fired on protesters who had marched to the paramilitary rangers' camp."
    assert crowds(read(text)) == [("Excessive force against protesters", "Dovan")]


def test_offices_wrecked_at_towns_of_their_own_on_the_day_of_a_crowd_are_riots_there():
    # no armed side named: the wrecking of the day's unrest is the crowd's at each town
    text = (
        "Thousands of protesters blocked roads in Dovan on Monday. "
        "On Monday offices of the ruling party were also vandalised in Rasko and Keltra."
    )
    assert crowds(read(text)) == [("Peaceful protest", "Dovan"), ("Violent demonstration", "Keltra"), ("Violent demonstration", "Rasko")]
    assert [e.subtype for e in read(text) if e.type == "Strategic developments"] == []


def test_the_burning_of_a_crowd_that_turned_violent_is_its_riot():
    text = "Activists of the party turned violent in Dovan on Monday, where they set vehicles on fire."
    assert crowds(read(text)) == [("Violent demonstration", "Dovan")]
    assert [e.subtype for e in read(text) if e.type == "Strategic developments"] == []
    # armed men burning vehicles stay their own property destruction
    text = "Gunmen turned violent in Dovan on Monday, where they set vehicles on fire."
    assert crowds(read(text)) == []


def test_a_mob_of_protesters_is_the_crowd_of_a_demonstration_no_mob_violence():
    # the mob is named as the demonstrators: their clash with the police is the demonstration's
    text = "A furious mob of demonstrators clashed with riot police in Dovan on Monday."
    assert crowds(read(text)) == [("Violent demonstration", "Dovan")]
    # a mob of no demonstration named stays mob violence
    text = "A furious mob beat two traders in Dovan on Monday."
    assert crowds(read(text)) == [("Mob violence", "Dovan")]


def test_an_arrest_after_clashes_broke_out_in_its_own_sentence_is_the_crowds():
    # the clashes are told after the arrest in one sentence: the arrested were taken at that riot
    text = (
        "Police detained 22 people after violent clashes broke out outside the assembly in central Dovan on Monday. "
        "The police chief said the arrests came after hundreds of protesters tried to force the gates."
    )
    events = [e for e in read(text) if e.modality == "asserted"]
    assert [(e.type, e.subtype, e.location.name) for e in events] == [("Riots", "Violent demonstration", "Dovan")]


def test_a_crowd_told_by_its_size_after_a_town_and_its_province_is_another_crowd_at_its_own_town():
    text = "On Monday thousands rallied in Quetta, Balochistan and hundreds gathered separately in Gwadar."
    assert crowds(read(text)) == [("Peaceful protest", "Gwadar"), ("Peaceful protest", "Quetta")]


def test_a_procession_that_broke_through_barricades_and_tractors_that_paraded_are_crowds_at_their_towns():
    text = (
        "In Dovan, a long procession of teachers broke through the barricades on Monday. "
        "On Monday about forty tractors paraded in Keltra."
    )
    assert sorted(place for _, place in crowds(read(text))) == ["Dovan", "Keltra"]


def test_talks_a_crowd_calls_for_are_no_meeting():
    text = "In Dovan, growers have for weeks been calling for talks with the premier's government."
    assert not [e for e in read(text) if e.type == "Diplomacy"]


def test_similar_protests_told_in_the_past_beside_the_day_s_protest_are_that_day_s_crowds():
    text = (
        "Thousands of teachers marched to the ministry in Dovan on Monday. "
        "Similar demonstrations were reported in Rasko and Keltra."
    )
    assert crowds(read(text)) == [("Peaceful protest", "Dovan"), ("Peaceful protest", "Keltra"), ("Peaceful protest", "Rasko")]


def test_similar_protests_told_in_the_perfect_stay_a_kind_of_incident():
    text = (
        "Thousands of teachers marched to the ministry in Dovan on Monday. "
        "Similar demonstrations have taken place in Rasko over the years."
    )
    assert crowds(read(text)) == [("Peaceful protest", "Dovan")]


def test_a_crowd_marching_across_a_district_or_carrying_placards_is_a_protest():
    text = (
        "In Dovan on Monday, a noisy crowd sang as they marched across the old market to the square. "
        "In Keltra, dozens of nurses gathered at the clinic gate, armed with placards."
    )
    assert crowds(read(text)) == [("Peaceful protest", "Dovan"), ("Peaceful protest", "Keltra")]


def test_a_name_the_geoparser_gave_no_place_does_not_end_a_list_of_towns():
    # "Varnholt" is no place the fixtures know: the list runs on past it to Rasko and Keltra
    text = "On Monday farmers blocked highways in Dovan, Varnholt, Rasko and Keltra."
    assert crowds(read(text)) == [("Peaceful protest", "Dovan"), ("Peaceful protest", "Keltra"), ("Peaceful protest", "Rasko")]


def test_a_protest_told_across_several_areas_of_a_town_is_in_that_town_not_its_country():
    text = (
        "Protesters in Pakistan ended Monday's demonstration with a clear message. "
        "The protests on Monday drew students across several areas of Quetta."
    )
    assert crowds(read(text)) == [("Peaceful protest", "Quetta")]


def test_a_town_that_hosted_a_protest_received_no_visitor():
    text = "On Monday the port town of Keltra also hosted a protest outside the town hall."
    events = [e for e in read(text) if e.modality == "asserted"]
    assert [(e.type, e.location.name if e.location else None) for e in events] == [("Protests", "Keltra")]


def test_a_crowd_in_the_streets_of_a_town_is_at_the_town_not_at_the_land_of_the_lead():
    # "protesters in Pakistan took to the streets of Sorvan": the land names whose protesters, the
    # streets say where they marched
    events = read("Protesters in Pakistan took to the streets of Sorvan on Sunday against fuel prices.")
    assert crowds(events) == [("Peaceful protest", "Sorvan")]


def test_a_list_of_towns_told_after_a_lead_at_the_country_is_one_protest_per_town():
    # the lead at the country takes the site of the list's head when "the protests" are told
    # again; the other towns of the list are the same protest there, not lost with the anaphor
    text = (
        "Thousands joined anti-government protests across Kenya on Monday. "
        "Students later joined the protests in Dovan, Rasko and Keltra."
    )
    assert crowds(read(text)) == [("Peaceful protest", "Dovan"), ("Peaceful protest", "Keltra"), ("Peaceful protest", "Rasko")]


def test_a_crowd_that_gathered_chanting_slogans_or_told_by_a_dozen_is_a_protest():
    # "hundreds of people gathered, chanting slogans": the slogans the crowd chants are its
    # demand (not "protest slogans" named as a thing); "a dozen people gathered in front of the
    # town hall" is a crowd told by its size, as "dozens" is
    text = "In Dovan, hundreds of people gathered, chanting slogans about the price of bread."
    assert crowds(read(text)) == [("Peaceful protest", "Dovan")]
    text = "On Sunday a dozen people gathered in front of the town hall in Keltra."
    assert crowds(read(text)) == [("Peaceful protest", "Keltra")]


def test_unrest_reported_at_towns_is_a_riot_there_but_months_of_unrest_are_no_event():
    text = (
        "Masked youths threw stones at the police in Dovan on Monday. "
        "Similar unrest was reported in Rasko and Keltra."
    )
    assert crowds(read(text)) == [
        ("Violent demonstration", "Dovan"), ("Violent demonstration", "Keltra"), ("Violent demonstration", "Rasko"),
    ]
    assert crowds(read("Months of unrest were reported in Rasko before the vote.")) == []


def test_a_contrasting_clause_after_a_riot_tells_another_crowd_at_its_own_towns():
    # "rioting hit X, while protests were held in Y and Z": the while-clause turns to other towns,
    # whose crowds are protests of their own, not the riot told first
    text = "On Monday rioting hit the port of Dovan, while protests were held in Rasko and Keltra."
    assert crowds(read(text)) == [
        ("Peaceful protest", "Keltra"), ("Peaceful protest", "Rasko"), ("Violent demonstration", "Dovan"),
    ]


def test_a_crowd_told_by_its_number_or_counted_by_the_police_is_a_protest():
    # "In Rasko, 25,000 people gathered.": a crowd of at least a hundred told by its number, its
    # town fronted; "the police put the number of participants at 30,000": a crowd counted by
    # the police is a demonstration's
    text = "Thousands marched in Dovan on Sunday. In Rasko, with its old port, 25,000 people gathered."
    assert crowds(read(text)) == [("Peaceful protest", "Dovan"), ("Peaceful protest", "Rasko")]
    text = "Thousands marched in Dovan on Sunday. In Keltra the police put the number of participants at 30,000."
    assert crowds(read(text)) == [("Peaceful protest", "Dovan"), ("Peaceful protest", "Keltra")]
    # (a crowd at a burial is no protest, whatever its number)
    assert crowds(read("On Sunday 2,000 people gathered in Rasko for the funeral of the singer.")) == []


def test_protests_that_spread_to_other_towns_are_protests_there():
    # "the protests spread to other counties such as X and Y": carried to other places, the crowd
    # there is another incident, not more of the one told first
    text = "Thousands marched in Dovan on Tuesday. The protests later spread to other counties such as Rasko and Keltra."
    assert crowds(read(text)) == [
        ("Peaceful protest", "Dovan"), ("Peaceful protest", "Keltra"), ("Peaceful protest", "Rasko"),
    ]


def test_a_crowd_under_a_motto_or_gathered_to_demonstrate_against_is_a_protest():
    # "people gathered under the motto ...": a crowd under its motto is voicing a demand;
    # "to demonstrate against the reform": the bare verb with what the crowd is against
    text = 'In Rasko, people gathered under the motto "Bread for all" on Sunday.'
    assert crowds(read(text)) == [("Peaceful protest", "Rasko")]
    text = "On Sunday thousands came to Keltra to demonstrate against the new tax."
    assert crowds(read(text)) == [("Peaceful protest", "Keltra")]
    # (to demonstrate is also to show: no crowd told)
    assert crowds(read("On Sunday the engineers in Keltra wanted to demonstrate the new bridge.")) == []
