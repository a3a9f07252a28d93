"""Violence against civilians as local dailies tell it: raids on travellers and villages, and who
speaks about them (geo/lang/en/events.toml). Real gazetteer; sentences and names are ours."""
from __future__ import annotations

from geo.pipeline import analyse_text


def asserted(text: str, date: str | None = "2025-05-14"):
    return [e for e in analyse_text(text, date=date).articles[0].events if e.modality == "asserted"]


def test_roadblocks_of_an_armed_group_are_no_protest():
    # an armed group's roadblocks are the means of its raid on travellers, no crowd's protest
    # (nor, with lorries burnt there, a violent demonstration)
    for text in (
        "Gunmen killed four bus passengers near Turbat on Tuesday night, police said. "
        "The insurgents also set up roadblocks on the coastal highway and torched two lorries.",
        "Gunmen killed four bus passengers near Turbat on Tuesday night, police said. Besides the bus attack, "
        "the insurgents set up roadblocks and stopped two lorries carrying cement, setting them on fire.",
    ):
        assert not [e for e in asserted(text) if e.type in ("Protests", "Riots")]
    # residents' roadblocks stay a protest
    text = "Angry residents set up roadblocks on the highway near Turbat on Tuesday to protest the killings."
    assert [e for e in asserted(text) if e.type == "Protests"]


def test_the_area_of_the_victims_home_village_is_no_site():
    # "farmers from X village in Y district who went to Z district": Y says where their home
    # village is, the origin; the attack is at Z
    text = (
        "Police said that three farmers from Tolmarek village in Bishnupur district who went to the hills of "
        "Churachandpur district on Monday to cut bamboo were shot dead by militants."
    )
    evs = [e for e in asserted(text) if e.type == "Violence against civilians"]
    assert evs and all("Bishnupur" not in e.location.name for e in evs)


def test_a_raid_told_by_invaded_or_razed_is_an_attack():
    # local dailies tell a raid on a settlement by the armed group's entry or its burning
    for text in (
        "Suspected bandits invaded Tolmarek community in Kauru Local Government Area on Monday night.",
        "Armed men razed the hamlet of Vessaguri near Kauru on Monday.",
    ):
        assert [e.subtype for e in asserted(text) if e.type == "Violence against civilians"] == ["Attack"]
    # no armed group: no raid
    assert not asserted("Locusts invaded the farms near Kauru on Monday.")


def test_vigilantes_acting_with_the_police_are_no_mob():
    # vigilantes beside the police or the troops are a guard of the community, no mob
    text = (
        "Gunmen killed a worshipper in a church in Kauru on Sunday evening. Police, in collaboration with "
        "vigilantes, responded to the gunshots and the attackers fled into the bush."
    )
    assert not [e for e in asserted(text) if e.type == "Riots"]


def test_a_land_s_clergy_speak_for_no_state():
    # "Norland's bishops condemned": the possessive says whose clergy speak; the state's own
    # ministry still does
    base = "Gunmen killed ten people at a wake in Irapuato on Tuesday. "
    said = asserted(base + "Mexico's Catholic bishops condemned the violence as a sign of a weakening social fabric.")
    assert not [e for e in said if e.type == "Diplomacy"]
    said = asserted(base + "Mexico's foreign ministry condemned the violence.")
    assert [e for e in said if e.type == "Diplomacy"]


def test_the_second_incident_of_murder_names_the_killing_told():
    # "This is the second incident of murder in X in a month": the killing just told, by its kind
    text = (
        "Militants killed two villagers in Kotrung in Manipur on Sunday. "
        "This is the second incident of murder in Manipur in a month."
    )
    assert len([e for e in asserted(text) if e.type == "Violence against civilians"]) == 1


def test_similar_incidents_in_the_plural_are_other_incidents_of_the_kind():
    # "have been behind similar targeted killings", "similar attacks have taken place": incidents
    # of the kind in general, as "such attacks"; "in a similar attack on Thursday" is one more told
    base = "Gunmen killed six bus passengers near Ormara in Gwadar district on Wednesday. "
    for more in (
        "No group has claimed the attack, but separatist groups have previously been behind similar targeted "
        "killings of travellers in the province.",
        "Similar attacks on travellers have taken place in the province.",
    ):
        assert len(asserted(base + more, date="2025-03-28")) == 1
    more = "In a similar attack on Thursday, gunmen killed two labourers in Turbat."
    assert len(asserted(base + more, date="2025-03-28")) == 2


def test_the_start_of_the_month_is_before_the_news_week_late_in_the_month():
    # "at the start of November" in a report of 19 November: the first days of the month, weeks
    # before the attack reported, are context; in a report of 6 November they are the news week
    text = (
        "Gunmen on Tuesday killed two worshippers in a church in Eruku in Kwara state. The attack comes after "
        "the US president at the start of November threatened military action against Nigeria."
    )
    late = [e for e in asserted(text, date="2025-11-19") if e.type == "Diplomacy"]
    early = [e for e in asserted(text, date="2025-11-06") if e.type == "Diplomacy"]
    assert (late, [e.subtype for e in early]) == ([], ["Threat"])


def test_an_aside_between_the_armed_group_and_its_raid():
    # the group, an aside between commas, then its verb: still the group's raid
    for text in (
        "\"Bandits\", as the gangs are known locally, struck a mosque in the town of Tolmarek, in Katsina "
        "state's Malumfashi local government area on Tuesday.",
        "The gunmen, who came on motorbikes, invaded Tolmarek community in Kauru on Monday.",
    ):
        assert [e.type for e in asserted(text)] == ["Violence against civilians"]
