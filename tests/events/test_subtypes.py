"""Sub-types on news-like sentences (our own wording, other names than any corpus): each case is a
general cause of a wrong or lost sub-type — seizures of arms, protests that turn violent, who takes
territory, new posts, troop movements, sanctions and expulsions, claims of responsibility, gas
attacks, industrial accidents."""
from __future__ import annotations

import pytest
from event_fixtures import read


def kinds(text: str) -> list[tuple[str, str]]:
    return [(e.subtype, e.modality) for e in read(text)]


def subtypes(text: str) -> list[str]:
    return [e.subtype for e in read(text) if e.modality == "asserted"]


@pytest.mark.parametrize(
    "text",
    [
        "Customs officers seized fourteen pistols and 600 rounds of ammunition at the Quetta bus station.",
        "Police said six rifles and a box of detonators were found in a farmhouse outside Menaka on Sunday.",
        "Soldiers discovered a cache of mortar shells hidden in a cave near Teknaf.",
        "Army engineers destroyed 140 landmines and a dozen improvised explosive devices along the Sumy road.",
        "Three suspicious packages that looked like explosive devices were intercepted at the Kharkiv post office.",
    ],
)
def test_seized_or_found_arms_are_disrupted_weapons_use(text):
    assert subtypes(text)[:1] == ["Disrupted weapons use"]


@pytest.mark.parametrize(
    "text",
    [
        "A fuel depot exploded in an industrial zone of Kharkiv on Monday, killing three workers.",
        "Gas cylinders blew up in a blast at a fireworks warehouse in Dhaka, fire officials said.",
        "Two explosions tore through a chemical plant near Teknaf where solvents were stored.",
    ],
)
def test_industrial_explosions_are_no_political_violence(text):
    assert not any(e.type in ("Explosions/Remote violence", "Battles", "Violence against civilians") for e in read(text))


def test_a_bomb_at_a_factory_stays_a_bombing():
    assert "Remote explosive/landmine/IED" in subtypes("A roadside bomb exploded outside a textile factory in Quetta, killing two guards.")


@pytest.mark.parametrize(
    "text, subtype",
    [
        ("Students protested in Menaka on Friday and the march turned violent by evening.", "Violent demonstration"),
        ("Demonstrators in Dhaka threw bottles and fireworks at police during the rally.", "Violent demonstration"),
        ("Heavy clashes broke out between police and protesters outside the Quetta court.", "Violent demonstration"),
        ("Police beat protesters with batons during a demonstration in Tehran.", "Excessive force against protesters"),
        ("Two demonstrators died from gunfire during a protest outside the Teknaf town hall.", "Excessive force against protesters"),
        ("Riot police fired tear gas to disperse the crowd in Kharkiv.", "Protest with intervention"),
        ("Teachers held a peaceful protest in Quetta over unpaid salaries.", "Peaceful protest"),
        ("Opposition supporters filled the streets of Tehran, setting tyres alight.", "Violent demonstration"),
        # fires lit in the street by a crowd, as burning tyres are
        ("In Quetta, young protesters lit bonfires on the main road and chanted slogans.", "Violent demonstration"),
        ("Students marched through Dhaka, lighting bonfires at two crossroads.", "Violent demonstration"),
        ("Police fired tear gas and water cannon at party workers in Dhaka.", "Protest with intervention"),
    ],
)
def test_protests_are_escalated_by_what_happened_to_them(text, subtype):
    assert subtypes(text) == [subtype]


@pytest.mark.parametrize(
    "text, subtype",
    [
        # a crowd taken over by violent men is violent whatever it was before
        ("In Menaka, a peaceful march by traders was taken over by marauding youths.", "Violent demonstration"),
        ("A student rally in Dhaka was hijacked by armed goons on Tuesday.", "Violent demonstration"),
        # eggs, tomatoes or paint thrown at a building are scorn, not violence; stones are
        ("Protesters in Kharkiv pelted the offices of the ruling party with eggs on Sunday.", "Peaceful protest"),
        ("Demonstrators in Tehran pelted the ministry with tomatoes and paint.", "Peaceful protest"),
        ("Protesters in Kharkiv pelted the party offices with eggs and stones.", "Violent demonstration"),
        ("Protesters in Kharkiv pelted the police with stones.", "Violent demonstration"),
    ],
)
def test_a_crowd_is_violent_by_what_it_did_not_by_what_it_threw_in_scorn(text, subtype):
    assert subtypes(text) == [subtype]


@pytest.mark.parametrize(
    "text, subtype",
    [
        ("Government troops recaptured the village of Lorka from the rebels on Tuesday.", "Government regains territory"),
        ("The rebels recaptured the village of Lorka from government troops on Tuesday.", "Non-state actor overtakes territory"),
        ("Militants seized control of two villages near Menaka.", "Non-state actor overtakes territory"),
        ("The army wrested control of the port from separatist fighters.", "Government regains territory"),
        ("The Varna Liberation Army captured the town of Pelso after a week of fighting.", "Non-state actor overtakes territory"),
        ("The Pakistani army captured three hills held by insurgents.", "Government regains territory"),
        ("Rebels took control of the border crossing after the army withdrew from it.", "Non-violent transfer of territory"),
        ("The fighters entered the town without any resistance.", None),
        ("The rebel army said on Monday it had taken the town of Lorka and two army outposts.", "Non-state actor overtakes territory"),
        ("Opposition forces took the village of Lorka after two days of fighting.", "Non-state actor overtakes territory"),
        ("Government troops took the town of Lorka from the rebels on Monday.", "Government regains territory"),
        ("The wounded were taken to a nearby town for treatment.", None),
        # the side told as the one fought did not take the place
        ("The militia battling the army took control of the town of Pelso on Sunday.", "Non-state actor overtakes territory"),
        ("Troops fighting the rebels in the hills recaptured the village of Lorka on Sunday.", "Government regains territory"),
        # a place told from its own side: the taker comes after the verb
        ("A trader said the town fell to the Varna Liberation Army on Thursday.", "Non-state actor overtakes territory"),
        ("Residents said Pelso fell to government forces after a week of fighting.", "Government regains territory"),
        ("The ministry said it had cleared the district after regaining control of the Lorka airport.", "Government regains territory"),
        ("Grain prices fell to their lowest level since March.", None),
    ],
)
def test_territory_sub_type_follows_who_took_it(text, subtype):
    got = subtypes(text)
    assert (got[:1] or [None]) == [subtype]


@pytest.mark.parametrize(
    "text",
    [
        "Iranian forces set up a new observation post near the border with Pakistan.",
        "The army has established two military bases in the hills above Menaka.",
        "Troops set up a checkpoint on the road to Teknaf.",
    ],
)
def test_new_posts_and_bases_are_headquarters_established(text):
    assert subtypes(text)[:1] == ["Headquarters or base established"]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry deployed additional troops to the Sumy region on Sunday.",
        "About 200 soldiers have defected from the militia in Rakhine State.",
        "New units of border troops were formed in four provinces of Pakistan.",
    ],
)
def test_deployments_defections_and_new_units_are_changes_to_group_activity(text):
    assert subtypes(text)[:1] == ["Change to group/activity"]


@pytest.mark.parametrize(
    "text, cameo",
    [
        ("Venezuela expelled two Colombian diplomats on Monday.", "160"),
        ("Colombia imposed new sanctions on Venezuelan officials.", "160"),
        ("Bangladesh cut diplomatic ties with Myanmar.", "160"),
    ],
)
def test_sanctions_expulsions_and_claims_are_diplomatic_statements(text, cameo):
    ev = [e for e in read(text) if e.type == "Diplomacy"]
    assert [(e.subtype, e.cameo) for e in ev] == [("Statement/Accusation", cameo)]


def test_nobody_claiming_responsibility_is_no_statement():
    assert not any(e.type == "Diplomacy" for e in read("No group has claimed responsibility for the attack in Quetta."))


def test_said_with_was_behind_is_one_accusation():
    ev = [e for e in read("Iran said on Monday that Pakistan was behind the raid.") if e.type == "Diplomacy"]
    assert len(ev) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Rebels fired shells filled with chlorine into two districts of the town.",
        "Dozens of villagers were treated after a helicopter dropped poison gas on their fields.",
    ],
)
def test_poison_gas_attacks_are_chemical_weapons(text):
    assert subtypes(text)[:1] == ["Chemical weapon"]


def test_a_gas_leak_is_no_chemical_weapon():
    assert not any(e.subtype == "Chemical weapon" for e in read("Toxic gas leaked from a fertiliser plant in Teknaf, sickening 40 people."))


@pytest.mark.parametrize(
    "text, subtype",
    [
        ("Gunmen attacked a bus on the highway near Quetta, leaving six passengers dead.", "Attack"),
        ("Masked men attacked along the highway south of Menaka late on Friday night and left four tourists dead.", "Attack"),
        ("Gunmen attacked a police post near Quetta.", "Armed clash"),
    ],
)
def test_attacks_are_classified_by_victims_further_in_the_clause(text, subtype):
    assert subtypes(text)[:1] == [subtype]


@pytest.mark.parametrize(
    "text, subtype",
    [
        ("A militant drove a suicide vehicle-borne explosive device into the gate of the Quetta garrison.", "Suicide bomb"),
        ("Two attackers detonated explosive vests outside a court in Menaka.", "Suicide bomb"),
        ("Insurgents fired rocket-propelled grenades at a patrol near Teknaf.", "Shelling/artillery/missile attack"),
        ("A fuel convoy was struck by a guided missile south of Kharkiv.", "Shelling/artillery/missile attack"),
        ("Three rockets were fired at the airport of Tehran overnight.", "Shelling/artillery/missile attack"),
        ("Gunmen attacked the properties of migrant traders in Quetta.", "Looting/property destruction"),
        ("Soldiers killed six combatants in the hills near Menaka.", "Armed clash"),
    ],
)
def test_means_and_targets_name_the_sub_type(text, subtype):
    assert subtypes(text)[:1] == [subtype]


@pytest.mark.parametrize(
    "text, subtype",
    [
        ("Demonstrators burned tyres during a protest in Quetta.", "Violent demonstration"),
        ("Protesters put up barricades across the main road of Menaka.", "Violent demonstration"),
        # bodies on a road, no barricade: ACLED still codes a peaceful protest
        ("Farmers protested in Dhaka, blocking the main road for two hours.", "Peaceful protest"),
    ],
)
def test_barricades_and_burning_tyres_make_a_violent_demonstration(text, subtype):
    # ACLED's codebook: road blocks with barricades or burning tyres make a demonstration violent
    assert subtypes(text) == [subtype]


def test_a_plotted_attack_is_not_an_attack():
    ev = read("Police jailed eight men suspected of plotting to attack the Quetta railway station.")
    assert [e.subtype for e in ev if e.modality == "asserted"] == ["Arrests"]


@pytest.mark.parametrize(
    "text",
    [
        "Clashes erupted in Quetta between police and opposition supporters.",
        "In Dhaka, students set tyres alight and hurled stones at the police.",
    ],
)
def test_crowds_fighting_the_police_are_one_violent_demonstration_not_a_battle(text):
    assert [e.subtype for e in read(text)] == ["Violent demonstration"]


@pytest.mark.parametrize(
    "text, subtype",
    [
        # no protest word: the crowd itself is the side that fought
        ("Supporters of the opposition party clashed with police in Multan on Tuesday.", "Violent demonstration"),
        ("On Wednesday fierce clashes broke out in Sylhet between students and the police.", "Violent demonstration"),
        ("Clashes between supporters of two rival parties left twelve people hurt in Khulna on Sunday.", "Mob violence"),
        # a crowd told by its size: people of a land or people at large ("hundreds of fighters" are armed)
        ("Border guards clashed with hundreds of Kelvans stranded at the Teknaf crossing on Monday.", "Mob violence"),
        ("Security forces clashed with thousands of people outside the Quetta court on Sunday.", "Violent demonstration"),
        ("Troops clashed with hundreds of fighters near Menaka on Monday.", "Armed clash"),
        # a clash between communities is a communal riot unless their armed men are named
        ("Eleven people were hurt on Saturday in a clash between two communities in Quetta.", "Mob violence"),
        ("Militias of two communities clashed near Menaka on Sunday, leaving nine dead.", "Armed clash"),
        # clashes named by the crowd's event they belong to
        ("Clashes tied to the long march of the opposition party left four people dead in Quetta on Monday.", "Mob violence"),
        ("Clashes tied to the long march of the rebel army left four soldiers dead near Menaka.", "Armed clash"),
        # an armed side keeps it a battle, even beside villagers or tribes
        ("Soldiers clashed with rebels near Bunia on Monday.", "Armed clash"),
        ("Villagers fought with bandits who raided Zurmi on Monday.", "Armed clash"),
        ("Fighting between Druze residents and Bedouin tribes in Sweida killed nine people on Sunday.", "Armed clash"),
        # a clash told as a gunfight: its sides are armed, even when they are called cadres
        ("Eleven party cadres were killed in an encounter with security forces near Quetta on Monday.", "Armed clash"),
        ("Students and police traded fire outside the hostel in Quetta on Monday.", "Armed clash"),
    ],
)
def test_a_clash_of_unarmed_crowds_is_a_riot_and_one_with_an_armed_side_a_battle(text, subtype):
    assert subtypes(text)[:1] == [subtype]


@pytest.mark.parametrize(
    "text, subtype",
    [
        # a headline's passive without its auxiliary: the victims come before "killed by"
        ("Nine villagers killed by separatists near Menaka", "Attack"),
        ("Two soldiers killed by rebels near Menaka", "Armed clash"),
        # ... or a place or a time right after the verb: the dead come before it
        ("Ministry Says Soldier Killed on Northern Frontier", "Armed clash"),
        ("Policeman shot dead near market in Menaka", "Armed clash"),
        ("Guard Shot Dead Outside Bank In Menaka", "Armed clash"),
        # ("at least" is a count of the victims that follow: the active voice)
        ("Gunmen killed at least nine villagers near Menaka on Monday.", "Attack"),
        # a helicopter firing on villages is fire from the air
        ("A military helicopter fired on two villages in Rakhine State on Wednesday.", "Air/drone strike"),
        # missiles fired from a drone or from the air are an air strike
        ("A drone fired two missiles at a compound near Quetta on Sunday.", "Air/drone strike"),
        ("The army fired two air-to-ground missiles at a house near Quetta.", "Air/drone strike"),
        ("Troops fired mortar shells at a village near Quetta on Sunday.", "Shelling/artillery/missile attack"),
        # bodies found tell a killing, unless the sentence names another cause
        ("Police found the bodies of four men on a road near Quetta on Sunday.", "Attack"),
        # the violence a crowd condemns is its cause, not what it did
        ("Thousands gathered in Dhaka on Thursday to condemn the days of street violence.", "Peaceful protest"),
        ("Protesters hurled stones at the police in Dhaka on Thursday.", "Violent demonstration"),
    ],
)
def test_headline_passives_helicopters_and_the_cause_of_a_protest(text, subtype):
    assert subtypes(text)[:1] == [subtype]


def test_property_burnt_by_a_crowd_is_part_of_its_riot():
    assert [e.subtype for e in read("Rioters torched cars and looted shops in Quetta.")] == ["Violent demonstration"]


def test_tear_gas_shells_are_no_artillery():
    assert not any(e.type == "Explosions/Remote violence" for e in read("Police fired tear gas shells at the crowd in Dhaka."))



@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # armed gangs killed by forces fell in a battle
        ("Troops killed 12 bandits near Menaka.", ("Battles", "Armed clash")),
        ("At least 28 gang members were killed by police in Dhaka.", ("Battles", "Armed clash")),
        # the police who report a raid are not its victims; a raided village is civilians'
        ("Gunmen raided a village near Menaka on Monday, police said.", ("Violence against civilians", "Attack")),
        ("Gunmen raided a community near Menaka, police said Thursday.", ("Violence against civilians", "Attack")),
        # a building held briefly in an attack is no territory taken
        (
            "Militants attacked a police station near Quetta on Monday and briefly took control of the building.",
            ("Battles", "Armed clash"),
        ),
        # a crowd that damages property or hurts the police riots
        ("Protesters damaged shop fronts in Dhaka on Monday.", ("Riots", "Violent demonstration")),
        ("Demonstrators injured three police officers during the march in Dhaka.", ("Riots", "Violent demonstration")),
        # a killing the crowd protests is no lethal force used against it
        (
            "Hundreds of lawyers boycotted courts in Quetta on Monday to protest the killing of a colleague.",
            ("Protests", "Peaceful protest"),
        ),
        # armed parties agreeing to stop fighting: ACLED's strategic "Agreement"; governments
        # agreeing on anything else: diplomacy
        ("The rival militias agreed to a truce in Menaka on Monday.", ("Strategic developments", "Agreement")),
        ("The army and the rebels agreed on Monday to exchange prisoners near Menaka.", ("Strategic developments", "Agreement")),
        ("The two governments signed an agreement on fuel trade in Dhaka on Monday.", ("Diplomacy", "Agreement/Intent to cooperate")),
        ("Officials of Iran and Pakistan agreed on Monday in Tehran to keep up regular talks.", ("Diplomacy", "Agreement/Intent to cooperate")),
    ],
)
def test_who_takes_part_and_what_they_did_decide_the_sub_type(text, kind):
    assert [(e.type, e.subtype) for e in read(text)] == [kind]


def test_a_crowd_blocking_highways_protests_in_each_town_it_names():
    text = "Thousands of farmers blocked highways in Quetta and Gwadar on Tuesday to press for crop prices."
    assert sorted((e.subtype, e.location.name) for e in read(text)) == [("Peaceful protest", "Gwadar"), ("Peaceful protest", "Quetta")]


def test_bodies_found_after_a_flood_or_an_avalanche_are_no_killing():
    assert subtypes("Rescuers found the bodies of two hikers after the avalanche near Quetta.") == []
    assert subtypes("The bodies of six villagers were found near Quetta after the floods.") == []


def test_officers_hurt_make_a_riot_and_protest_leaders_arrested_are_an_arrest():
    text = (
        "Thousands of protesters rallied in Dhaka on Saturday. Scuffles broke out near parliament "
        "when some protesters pushed through police lines, and three officers were slightly injured."
    )
    assert subtypes(text) == ["Violent demonstration"]
    # the leaders of a protest arrested on another day, charged by the police: one arrest
    assert subtypes("Police arrested two protest leaders in Dhaka on Sunday, accusing them of sedition.") == ["Arrests"]


def test_an_attack_repelled_is_a_battle_whatever_artillery_is_told_later():
    text = (
        "The army said it had repelled an attack by the rebels on Menaka, killing dozens of the attackers. "
        "Residents reported heavy artillery fire on the outskirts of Menaka on Saturday night."
    )
    assert subtypes(text) == ["Armed clash"]


def test_unattributed_clashes_after_a_crowd_told_are_a_riot_with_an_armed_side_a_battle():
    crowd = "Thousands of opposition supporters marched in Menaka on Tuesday. On Wednesday clashes broke out in Menaka."
    assert [e.subtype for e in read(crowd)] == ["Peaceful protest", "Violent demonstration"]
    armed = "Thousands of opposition supporters marched in Menaka on Tuesday. On Wednesday soldiers clashed with rebels near Menaka."
    assert [e.subtype for e in read(armed)] == ["Peaceful protest", "Armed clash"]


@pytest.mark.parametrize(
    "text, subtype",
    [
        ("Tribal fighting near Menaka has left dozens dead since Sunday, police said.", "Armed clash"),
        ("Rebels shot a truck driver on the road to Menaka on Friday.", "Attack"),
        ("Gunmen shot two farmers in a field near Menaka on Friday.", "Attack"),
    ],
)
def test_kinds_of_fighting_and_shootings_of_people_at_work_are_events(text, subtype):
    assert subtype in subtypes(text)


@pytest.mark.parametrize(
    "text",
    [
        "The new law gives the army powers of arrest in the province.",
        "A court issued an arrest warrant for the former minister on Monday.",
    ],
)
def test_a_power_or_a_warrant_to_arrest_is_no_arrest(text):
    assert "Arrests" not in subtypes(text)



@pytest.mark.parametrize(
    "text, subtype",
    [
        ("In Quetta police used tear gas and water cannon to scatter the party's supporters on Tuesday.", "Protest with intervention"),
        ("Shops stayed shut in Quetta on Saturday as the strike call was observed.", "Peaceful protest"),
    ],
)
def test_a_crowd_scattered_and_a_strike_observed_are_protests(text, subtype):
    assert subtypes(text)[:1] == [subtype]


def test_a_crowd_demanding_the_release_of_a_detained_leader_is_a_peaceful_protest():
    assert subtypes("Demonstrators in Quetta on Monday demanded the release of the detained leader.")[:1] == ["Peaceful protest"]
    assert subtypes("Police detained twenty demonstrators in Quetta on Monday.")[:1] == ["Protest with intervention"]


@pytest.mark.parametrize(
    "text, subtype",
    [
        ("Two policemen were hurt in a crude bomb attack in Quetta on Monday.", "Grenade"),
        ("Three people were killed in a bomb attack on a bus in Quetta on Monday.", "Remote explosive/landmine/IED"),
        ("Communal clashes broke out in Quetta on Monday, leaving ten injured.", "Mob violence"),
        # crowds stoning each other, no police or armed side: mob violence
        ("Two groups of villagers threw stones at each other in Quetta on Monday, leaving ten injured.", "Mob violence"),
    ],
)
def test_thrown_bombs_bomb_attacks_and_communal_clashes(text, subtype):
    assert subtypes(text)[:1] == [subtype]


def test_aircraft_that_arrive_strike_nothing():
    assert subtypes("Two gunship helicopters also arrived in Quetta later in the day.") == []


def test_an_encounter_with_security_forces_is_a_gunfight_a_chance_encounter_is_nothing():
    assert subtypes("A Maoist was killed by security forces in an encounter near Menaka on Monday.")[:1] == ["Armed clash"]
    assert subtypes("The minister spoke of a chance encounter with an old friend in Menaka.") == []


def test_a_crowd_surrounding_an_office_is_a_protest_troops_surrounding_a_house_are_not():
    assert subtypes("In Menaka, hundreds of residents surrounded the office of the power company on Monday.")[:1] == ["Peaceful protest"]
    assert "Peaceful protest" not in subtypes("Troops surrounded the house of the rebel leader in Menaka on Monday.")


def test_a_grenade_among_weapons_recovered_is_no_grenade_attack():
    assert "Grenade" not in subtypes("Police recovered a carbine, a grenade and ammunition from the hideout near Menaka on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "Police raided the house where the activists met in Menaka on Sunday night.",
        "The rival clans agreed on a ceasefire near Menaka after long negotiations with the elders.",
    ],
)
def test_a_place_where_people_met_and_the_talks_behind_an_agreement_are_no_meeting(text):
    assert "Meeting" not in subtypes(text)


def test_talks_told_in_the_passive_are_a_meeting():
    assert subtypes("Talks between the two governments were held in Menaka on Monday.")[:1] == ["Meeting"]


def test_a_courtesy_call_on_a_leader_is_a_meeting_an_appeal_asks_for_something():
    (call,) = read("The Pakistani foreign minister called on President Hadi in Tehran on Wednesday.")
    assert (call.subtype, call.location.name) == ("Meeting", "Tehran")
    (appeal,) = read("The Pakistani foreign minister called on Iran's President Hadi to release the fishermen.")
    assert appeal.subtype == "Statement/Accusation"


def test_arms_taken_from_the_guards_are_no_forces_disrupting_weapons():
    assert [e.subtype for e in read("Gunmen seized two rifles from policemen at a checkpoint in Quetta on Sunday.")] == []
    recovered = read("Police recovered ten rifles stolen from the police station in Quetta on Sunday.")
    assert [e.subtype for e in recovered] == ["Disrupted weapons use"]


@pytest.mark.parametrize(
    "text",
    [
        "Iran protested on Friday over the raid on its consulate in Quetta.",
        "Pakistan's foreign ministry protested on Monday against the remarks.",
        "Tehran also protested when the minister landed in Quetta.",
    ],
)
def test_a_state_that_protests_makes_a_statement(text):
    assert "Statement/Accusation" in [e.subtype for e in read(text)]
    assert "Peaceful protest" not in [e.subtype for e in read(text)]


def test_a_people_that_protests_is_a_crowd():
    assert [e.subtype for e in read("Thousands of Pakistanis protested in Quetta on Monday.")] == ["Peaceful protest"]
    assert [e.subtype for e in read("The anti-government protests resumed in Quetta on Wednesday.")] == ["Peaceful protest"]


def test_a_clause_turning_to_other_towns_tells_another_protest_read_by_its_own_words():
    text = (
        "Police fired tear gas at marchers in Quetta on Monday, "
        "while in Gwadar students staged a sit-in outside the university."
    )
    assert sorted((e.location.name, e.subtype) for e in read(text)) == [
        ("Gwadar", "Peaceful protest"), ("Quetta", "Protest with intervention"),
    ]
    one_crowd = "Protesters marched in Quetta on Monday and police fired tear gas at them."
    assert [e.subtype for e in read(one_crowd)] == ["Protest with intervention"]


def test_the_arrest_that_brought_the_crowd_out_is_its_own_event_not_police_stepping_in():
    events = read("Crowds marched in Quetta on Tuesday after the opposition leader was arrested in Gwadar.")
    assert sorted(e.subtype for e in events) == ["Arrests", "Peaceful protest"]
    at_the_protest = read("Protesters marched in Quetta on Tuesday and police arrested ten of them.")
    assert [e.subtype for e in at_the_protest] == ["Protest with intervention"]


def test_party_workers_burning_police_vehicles_are_rioters():
    events = read("Party workers smashed shop windows and burned police vehicles in Quetta on Tuesday.")
    assert [e.subtype for e in events] == ["Violent demonstration"]


def test_police_clashing_with_local_people_is_a_riot_with_an_armed_group_a_battle():
    (riot,) = read("On Friday the police clashed with local Hazaras outside the town hall in Quetta.")
    assert riot.subtype == "Violent demonstration"
    (battle,) = read("Troops clashed with ethnic Baloch militants near Quetta on Friday.")
    assert battle.subtype == "Armed clash"


def test_a_clash_beside_a_crowd_in_a_clause_about_another_town_stays_a_battle():
    text = "Troops clashed with militants near Quetta on Monday, while in Gwadar students staged a sit-in."
    assert sorted((e.subtype, e.location.name) for e in read(text)) == [("Armed clash", "Quetta"), ("Peaceful protest", "Gwadar")]


def test_clashes_told_before_the_crowd_of_their_town_are_the_crowds_riot():
    text = "Clashes erupted in Quetta on Wednesday. Thousands of opposition supporters marched in Quetta on Wednesday."
    assert [(e.subtype, e.location.name) for e in read(text)] == [("Violent demonstration", "Quetta")]
    armed = "Clashes erupted near Quetta on Wednesday. Militants had attacked a post. Teachers marched in Quetta on Wednesday."
    assert "Armed clash" in [e.subtype for e in read(armed)]


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        ("Violent protests broke out in Quetta on Monday.", "Violent demonstration"),
        ("Non-violent protests were held in Quetta on Monday.", "Peaceful protest"),
        ("Supporters of the party set a police van on fire in Quetta on Monday.", "Violent demonstration"),
        ("A mob attacked a police station in Quetta on Monday.", "Mob violence"),
    ],
)
def test_what_a_crowd_is_called_or_does_makes_its_riot_one_event(text, subtype):
    assert [e.subtype for e in read(text)] == [subtype]


def test_shops_shut_in_towns_by_a_strike_are_a_protest_in_each_town_fear_is_none():
    text = "Traders backed the call for a shutter-down strike, and shops stayed shut in Quetta and Gwadar on Monday."
    assert sorted((e.subtype, e.location.name, e.modality) for e in read(text)) == [
        ("Peaceful protest", "Gwadar", "asserted"), ("Peaceful protest", "Quetta", "asserted"),
    ]
    assert [e.subtype for e in read("Shops stayed shut in Quetta on Monday, the first day of the holiday.")] == []


def test_a_states_attack_on_a_town_is_fire_from_afar_a_groups_is_a_raid():
    (remote,) = read("Russian attacks on Kharkiv on Monday killed two people and wounded six.")
    assert (remote.type, remote.subtype) == ("Explosions/Remote violence", "Shelling/artillery/missile attack")
    (raid,) = read("Militant attacks on Kharkiv on Monday killed two people.")
    assert raid.type != "Explosions/Remote violence"


@pytest.mark.parametrize(
    "text",
    [
        "Two people were killed in a Russian attack on Kharkiv on Monday.",
        "At least 15 people lost their lives in a Russian attack on Kharkiv on Monday.",
    ],
)
def test_the_dead_told_before_a_states_attack_on_a_town_are_its_victims_from_afar(text):
    # "were killed in a Russian attack on X", "lost their lives in a Russian attack on X": the dead
    # told first do not make the state's attack on a town a killing or a battle
    assert [(e.type, e.subtype) for e in read(text)] == [("Explosions/Remote violence", "Shelling/artillery/missile attack")]


def test_a_host_of_a_signing_hosts_no_visit_the_signing_is_the_agreement():
    text = "On Friday the foreign minister hosted a ceremony in Dhaka where Iran and Pakistan signed a truce."
    assert [(e.type, e.location.name) for e in read(text)] == [("Strategic developments", "Dhaka")]
    text = "The two premiers attended the accord's signing ceremony in Dhaka on Friday."
    assert [e.subtype for e in read(text)] == ["Agreement/Intent to cooperate"]
    assert [e.subtype for e in read("The president hosted his Iranian counterpart in Dhaka on Monday.")] == ["Visit"]


def test_a_strike_carried_out_on_a_target_is_from_the_air_a_labour_strike_is_not():
    (strike,) = read("Warships conducted a deadly strike on a smuggling dhow near Gwadar on Friday, killing four.")
    assert strike.subtype == "Air/drone strike"
    assert [e.subtype for e in read("Teachers launched a strike against the new tax in Gwadar.")] != ["Air/drone strike"]


def test_communities_of_a_faith_clashing_are_a_communal_riot():
    (riot,) = read("Sunnis and Shias clashed outside a shrine in Quetta on Monday.")
    assert (riot.type, riot.subtype) == ("Riots", "Mob violence")


def test_arson_on_a_strike_day_is_its_rioters_arson_by_militants_is_not():
    (riot,) = read("A minibus was torched in Dhaka on Monday as the opposition's nationwide blockade went on.")
    assert (riot.type, riot.subtype) == ("Riots", "Violent demonstration")
    (fire,) = read("A bus was set on fire in Dhaka on Monday.")
    assert fire.subtype == "Looting/property destruction"
    (armed,) = read("Militants set fire to two trucks in Quetta on Monday during the strike.")
    assert armed.type != "Riots"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed 20 people, most of them soldiers, at a camp near Quetta on Thursday.",
        "Rebels killed 12 people, among them four constables, in Quetta on Thursday.",
    ],
)
def test_people_counted_then_named_as_soldiers_are_security_forces(text):
    (e,) = read(text)
    assert (e.type, e.subtype) == ("Battles", "Armed clash")


def test_an_attack_on_villagers_stays_one_on_civilians_when_its_attackers_then_seize_the_village():
    text = (
        "Gunmen raided a village near Quetta on Monday, killing six farmers. "
        "The gunmen overran the village and held it for a day."
    )
    assert [e.type for e in read(text) if e.modality == "asserted"] == ["Violence against civilians"]


@pytest.mark.parametrize(
    "text",
    [
        "According to officials, two constables and a cook were killed in the raid on a checkpost near Quetta.",
        "A sepoy on leave was gunned down outside his home in Quetta on Monday.",
    ],
)
def test_police_killed_after_the_officials_who_tell_it_are_security_forces(text):
    (e,) = read(text)
    assert (e.type, e.subtype) == ("Battles", "Armed clash")


@pytest.mark.parametrize(
    "text, subtype",
    [
        # a strike of a trade is a protest ...
        ("The teachers' strike entered its third day in Quetta on Monday.", "Peaceful protest"),
        ("A bus strike over ticket prices shut the roads of Dhaka on Sunday.", "Peaceful protest"),
        # ... and one that "turned violent" is a riot, whatever it was over, deaths or not
        ("Two people died in Dhaka on Sunday after a taxi strike over fuel prices turned violent.", "Violent demonstration"),
    ],
)
def test_a_strike_of_a_trade_is_a_protest_and_turns_a_riot_when_it_turns_violent(text, subtype):
    assert subtypes(text)[:1] == [subtype]



@pytest.mark.parametrize(
    "text, subtype",
    [
        # the killing that set the protests off is their cause, not force used against them
        ("The protests in Quetta began after the roof of the new station collapsed, killing 16 people.", "Peaceful protest"),
        ("Rallies in Quetta went on for a third day after a guard shot dead a student.", "Peaceful protest"),
        ("Police opened fire on protesters in Quetta on Monday, killing two.", "Excessive force against protesters"),
    ],
)
def test_the_cause_of_a_protest_does_not_escalate_it(text, subtype):
    assert subtypes(text)[:1] == [subtype]


@pytest.mark.parametrize(
    "text, subtype",
    [
        # police force against a march named as such is an intervention on a protest, not an attack on civilians
        ("In Quetta, he said, police had suddenly attacked their peaceful march, arresting 12 activists.", "Protests"),
        ("Police break up the teachers' march outside the Quetta press club by force.", "Protests"),
    ],
)
def test_force_against_a_march_is_a_protest_not_an_attack_on_civilians(text, subtype):
    assert [e.type for e in read(text) if e.modality == "asserted"] == [subtype]


def test_a_march_of_ideas_is_no_protest():
    assert subtypes("The march of progress cannot be stopped in Quetta, the minister said.") == []


@pytest.mark.parametrize(
    "text",
    [
        # the pronoun after "said" is the state just named: a protest lodged, no crowd
        "In a statement, Iran said it had protested against the harassment of its boats near Gwadar.",
        # a letter or a note of protest handed to an envoy is diplomacy, however long the words between
        "An official handed the Swiss envoy Iran's strongly worded official letter of protest in Tehran.",
    ],
)
def test_a_state_that_said_it_protested_and_a_letter_of_protest_are_no_street_protest(text):
    assert not any(e.type == "Protests" for e in read(text))


@pytest.mark.parametrize(
    "text, subtype",
    [
        # a crowd's assault is a riot: against an office or the police a violent demonstration,
        # against people mob violence (ACLED), not an armed clash or an attack by an armed group
        ("On Tuesday an angry crowd stormed the district governor's office in Quetta.", "Violent demonstration"),
        ("Villagers attacked two men accused of theft in Menaka on Monday.", "Mob violence"),
        # clubs and rods do not make a crowd an armed group
        ("In Quetta the activists were armed with iron rods and clubs and attacked the police.", "Violent demonstration"),
        # an armed side, or the crowd as the victims of a passive, keeps the attack one on civilians
        ("Gunmen attacked students in Quetta on Monday.", "Attack"),
        ("Students were attacked in Quetta on Monday.", "Attack"),
    ],
)
def test_an_assault_by_an_unarmed_crowd_is_a_riot(text, subtype):
    assert subtypes(text)[:1] == [subtype]


def test_clashes_told_before_a_crowd_storming_an_office_are_its_riot():
    text = (
        "Clashes over two days in the town of Menaka left three people dead, the agency said. "
        "On Tuesday an angry crowd stormed the district governor's office in Menaka."
    )
    assert {e.type for e in read(text)} == {"Riots"}


@pytest.mark.parametrize(
    "text",
    [
        "Eight Daesh members were killed in a night raid near Kandor, the spokesman said.",
        "Security forces killed five members of the banned outfit near Kandor on Sunday.",
        "Six Maoists were killed near Kandor on Sunday.",
    ],
)
def test_an_armed_groups_people_killed_fell_in_a_fight(text):
    # ACLED: the dead are fighters of an armed group, so the killing is a battle, not an attack on civilians
    (e,) = [e for e in read(text) if e.type != "Diplomacy"]
    assert (e.type, e.subtype) == ("Battles", "Armed clash"), e.rule


def test_a_toll_its_armed_groups_officials_gave_does_not_make_the_dead_fighters():
    text = "Gunmen killed twelve worshippers at a mosque near Kandor, Taliban officials said."
    (e,) = [e for e in read(text) if e.type != "Diplomacy"]
    assert e.type == "Violence against civilians", e.rule


def test_a_strike_against_the_violence_a_city_suffers_is_no_riot():
    text = (
        "Shops in Kandor stayed shut on Wednesday in a strike against the crime gripping the town, "
        "where six more people have lost their lives in the continuing violence."
    )
    (e,) = [e for e in read(text) if e.type in ("Protests", "Riots")]
    assert e.type == "Protests", e.rule


def test_violence_that_broke_out_at_a_protest_makes_it_a_riot():
    text = "Hundreds of students protested in Kandor on Monday and violence broke out near the university."
    (e,) = [e for e in read(text) if e.type in ("Protests", "Riots")]
    assert e.subtype == "Violent demonstration", e.rule


@pytest.mark.parametrize(
    "text",
    [
        # the armed men named after the attack word are its authors, not its victims
        "In another attack on Sunday, bandits killed three herders in the village of Dorowa near Kandor.",
        "Amid attacks on farming settlements near Kandor, gunmen who have roamed the district killed four people on Friday.",
        # "have been attacking": the progressive is active, its victims follow it
        "Gunmen have been attacking motorists on the highway from Kandor to Menaka.",
    ],
)
def test_attackers_named_after_the_attack_word_are_no_security_victims(text):
    (e,) = [e for e in read(text) if e.type != "Diplomacy"]
    assert (e.type, e.subtype) == ("Violence against civilians", "Attack"), e.rule


@pytest.mark.parametrize(
    "text",
    [
        "The premier launched a blistering attack on the neighbouring country at the summit in Kandor on Monday.",
        "Speaking in Menaka, the minister made a thinly veiled attack on his rival.",
        "The poet Dario Venn has been held in Kandor, accused of attacking the nation's sovereignty.",
    ],
)
def test_attacks_made_of_words_are_no_violence(text):
    assert [e for e in read(text) if e.type in ("Battles", "Violence against civilians")] == []


@pytest.mark.parametrize(
    "text",
    [
        "Militias in Kandor province carried out 1,350 attacks on farms and roads over the summer.",
        "The monitors said the militia had carried out 2,706 raids across Menaka province the month before.",
    ],
)
def test_attacks_counted_in_the_hundreds_are_a_tally_not_an_incident(text):
    assert [e for e in read(text) if e.modality == "asserted" and e.type == "Battles"] == []


@pytest.mark.parametrize(
    "text, kind",
    [
        # the dead told before the attack noun ("died in an attack") are its victims, as a passive's are
        ("At least seven villagers died on Tuesday in a fresh attack near Kandor that officials blamed on rebels.", ("Violence against civilians", "Attack")),
        # an attack noun with its agent: the victims follow the verb of the toll
        ("An attack by rebels near Kandor killed more than 30 people on Sunday, officials said.", ("Violence against civilians", "Attack")),
        # "martyred" is said of the dead of an attack, police and soldiers above all
        ("Two traffic constables were martyred on Sunday after gunmen opened fire in Kandor.", ("Battles", "Armed clash")),
        ("One security official was martyred and three were wounded when gunmen fired on a van near Kandor.", ("Battles", "Armed clash")),
        # the speaker of an attribution with no comma is no victim
        ("Police said two farmers were killed near Kandor on Monday.", ("Violence against civilians", "Attack")),
    ],
)
def test_the_victims_named_before_or_after_an_attack_noun_decide_its_type(text, kind):
    found = [(e.type, e.subtype) for e in read(text) if e.modality == "asserted" and e.type != "Diplomacy"]
    assert found[:1] == [kind]


def test_martyred_armed_men_keep_their_assault_a_battle_when_grenades_are_told_after_it():
    text = (
        "Four constables were martyred when militants attacked a police post in Kandor early on Sunday. "
        "The attackers hurled hand grenades at the post before fleeing."
    )
    assert [(e.type, e.subtype) for e in read(text) if e.modality == "asserted"] == [("Battles", "Armed clash")]


@pytest.mark.parametrize(
    "text",
    [
        "Kandor summoned the envoy of Menaka on Monday over 'ceasefire violations' along the frontier.",
        "The envoy was urged to investigate this and other ceasefire violations and to keep the peace on the frontier.",
    ],
)
def test_ceasefire_violations_charged_in_a_summons_or_demand_are_no_battle(text):
    assert [e for e in read(text) if e.type == "Battles"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Police in Kandor said a teacher had been arrested in connection with Friday's attack on the shrine.",
        "Police in Menaka detained two men over the attack on a bus.",
    ],
)
def test_an_attack_that_is_the_charge_of_an_arrest_is_no_incident_of_its_sentence(text):
    assert [(e.type, e.subtype) for e in read(text) if e.modality == "asserted"] == [("Strategic developments", "Arrests")]


def test_a_police_raid_that_takes_a_person_away_is_no_attack():
    text = "Police raided the home of Dario Venn, a senior opposition figure, in Kandor and took him away, his lawyer said."
    assert [e for e in read(text) if e.type in ("Violence against civilians", "Battles")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the pronoun stands for the victim named before the verb, not for the words after it
        ("In Quetta a constable was walking to his post on Monday when two gunmen shot him dead outside a house.",
         "Armed clash"),
        ("Two farmers were at work near Quetta on Monday when rebels shot them dead.", "Attack"),
        ("Bandits stopped two traders near Quetta on Monday and gunned them down.", "Attack"),
    ],
)
def test_a_victim_told_by_a_pronoun_is_the_one_named_before_the_verb(text, expected):
    assert subtypes(text) == [expected]


def test_threatened_after_a_determiner_is_an_adjective_no_threat():
    # "other threatened diplomats": people under threat, no threat made
    text = "Pakistan expelled six Iranian diplomats on Monday and recalled its envoy and other threatened diplomats from Tehran."
    assert "Threat" not in [e.subtype for e in read(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Police detained three activists in Tehran on Monday who had tried to rally protests against the governor.",
        "Police arrested two clerics in Quetta on Sunday, accusing them of inciting protests against the new tax.",
        "Security forces arrested members of opposition groups in Tehran who were urging people to protest on Friday.",
    ],
)
def test_an_arrest_of_people_stirring_up_a_protest_is_an_arrest_not_part_of_a_crowd(text):
    # rallying, inciting or urging others to protest names a protest sought, no crowd gathered
    assert subtypes(text) == ["Arrests"]


def test_rallying_support_is_no_protest_and_arrests_on_the_way_to_a_protest_stay_the_crowd_s():
    assert read("The senator tried to rally support for the farm bill in Quetta on Monday.") == ()
    text = "Police detained several activists in Quetta as they tried to reach the square for a planned protest."
    assert "Arrests" not in subtypes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Barrel bombs killed two more people in the villages of Tolmi and Nareth on Sunday.",
        "Army helicopters dropped explosive barrels over the hills west of Menaka.",
        "Five people were killed in a barrel bomb attack by army helicopters on the village of Tolmi.",
        "Four people were killed by bombing by army warplanes over the market of Teknaf.",
        "The warplanes' heavy bombing of Teknaf killed nine people.",
    ],
)
def test_bombs_and_barrels_dropped_from_aircraft_are_air_strikes_not_planted_devices(text):
    assert subtypes(text) == ["Air/drone strike"]


def test_a_barrel_bomb_of_chlorine_is_a_chemical_weapon():
    assert subtypes("Medics said chlorine barrel bombs fell on the suburbs of Menaka.")[:1] == ["Chemical weapon"]


@pytest.mark.parametrize(
    "text",
    [
        "Ostavian strikes targeted the water authority's building in Teknaf on Tuesday.",
        "The rebels' television described American strikes hitting a telecommunication tower in Menaka.",
        "Ostavian strikes pounded the port of Teknaf overnight, rebels said.",
    ],
)
def test_a_state_s_strikes_that_targeted_or_pounded_a_place_are_air_strikes(text):
    assert subtypes(text)[:1] == ["Air/drone strike"]


@pytest.mark.parametrize(
    "text",
    [
        "Strikes also hit the rebel group's stronghold Menaka in the north on Tuesday.",
        "The rebels reported strikes on the western city of Teknaf on Tuesday.",
        "Their television reported nearly 20 strikes on Menaka on Tuesday.",
        "Ostavian jets killed at least nine people in an attack on a market in Teknaf.",
    ],
)
def test_strikes_on_a_town_or_a_stronghold_and_aircraft_that_kill_are_air_strikes(text):
    assert subtypes(text)[:1] == ["Air/drone strike"]


def test_strikes_counted_on_weekdays_stay_labour_strikes():
    assert "Air/drone strike" not in subtypes("Union leaders in Teknaf called three strikes on Monday and Friday.")
