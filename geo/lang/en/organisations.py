"""Head words of organisation names: a place inside "Pakistan People's Party" or "Tehran Times"
names the organisation, not a site (the policy is in :mod:`geo.geoparse.recognise`)."""
from __future__ import annotations

__all__ = ["ORG_HEADS", "OUTLET_HEADS", "TRADE_HEADS", "NAME_PREFIXES", "ORG_NOUNS", "GROUPS_OF_A_LAND", "ARMED_GROUP_NAMES", "NEWS_AGENCY_NAMES"]

#: Lower-case head words of parties, armed groups, forces named after their land ("Assam
#: Rifles", "Sindh Rangers", "Balochistan Levies", "Frontier Constabulary"), companies, sports
#: clubs and newspapers.
ORG_HEADS = frozenset(
    """party parties movement front brigade brigades battalion army navy corps militia taliban
    mujahideen liberation jihad tehreek tehrik jamaat jamiat harakat hizb lashkar jaish ansar
    alliance coalition congress league federation union airlines airline airways corporation
    corp inc incorporated ltd llc plc co company companies group holdings industries
    enterprises motors bank banks times post daily herald tribune journal gazette chronicle
    telegraph presse press agency courier dispatch examiner observer review united network
    mutual scientific instruments pharmaceuticals petroleum telecom
    fc afc cf rovers wanderers hotspur athletic
    rifles regiment rangers levies constabulary scouts""".split()
)
#: Nameplate words of news outlets and broadcasters ("Indianapolis Star", "Radio Free Europe"):
#: heads of organisation names too, but towns bear some of them ("Globe, Ariz."), so they are
#: no reason to drop a single word.
OUTLET_HEADS = frozenset("star globe sentinel inquirer enquirer bulletin ledger radio television tv broadcasting".split())
#: What a utility or a maker sells, written after a place's name as its trade name ("Georgia
#: Power", "Fiji Water", "Baltimore Gas"): an organisation when the word ends the run of capitals
#: right after the place. A public body adds its own head ("Detroit Water Department",
#: "Kenya Power Authority"), and stays a body of the place.
TRADE_HEADS = frozenset("water power gas electric energy".split())
#: Words written right before a town's name that make it the name of a sports club ("Real
#: Madrid", "Inter Milan", "FC Porto", "Dynamo Kyiv") or of a ship ("USS Arizona", "HMS
#: Liverpool"): the club or the vessel is no site in that town. As written (case matters:
#: "AS Roma" but "as Rome burned").
NAME_PREFIXES = frozenset(
    """Real Atletico Atlético Athletic Sporting Racing Deportivo Olympique Dynamo Dinamo Spartak
    Lokomotiv Zenit Shakhtar CSKA Inter Borussia Hertha FC AC AS SS SSC CF SV VfB VfL TSV
    USS HMS HMAS HMCS HMNZS RMS MV""".split()
)
#: Nouns that name a company or another body in an apposition after its name ("Nokia, the
#: Finnish telecoms group"): the name is the body's, not a place. (Not clubs and teams: a
#: team named after its town, "Louisville, the top-ranked team", is read as the town.)
ORG_NOUNS = frozenset(
    """company firm group conglomerate corporation carmaker automaker maker manufacturer
    retailer chain brand airline carrier bank lender insurer operator giant startup start-up
    supplier producer exporter publisher broadcaster newspaper""".split()
)
#: Armed groups whose branches are named after the land they fight in, as word sequences (lower
#: case): "Al-Qaeda in the Indian Subcontinent", "al-Qaida in the Arabian Peninsula", "Islamic
#: State in Iraq", "Islamic State West Africa Province". The land in such a name is the group's,
#: not the site of what the sentence tells.
GROUPS_OF_A_LAND = (("al", "qaeda"), ("al", "qaida"), ("islamic", "state"), ("daesh",), ("isis",), ("isil",))
#: One-word names of armed movements, lower case, that are words of their own language and so
#: also name hamlets somewhere ("al-Shabab", Arabic for "the youth", is a village in Iran too):
#: in news they are the movement, never a site.
ARMED_GROUP_NAMES = frozenset("shabab shabaab hamas hezbollah hizbollah hizbullah houthi houthis taliban".split())
#: One-word names of news agencies, lower case, that also name towns or villages somewhere
#: ("Xinhua" is a dozen Chinese towns, "Kuna" one in Idaho, "Mehr" a village in Iran): wire copy
#: credits them ("Source: Xinhua", "IRNA reported", "(ANSA)"), and in news they are the agency,
#: never a site. Agencies named like a province or a city the news names too (Fars, Saba,
#: Isna, Sana'a) are left out: there a cue must tell.
NEWS_AGENCY_NAMES = frozenset("xinhua irna kuna tass ansa efe ria mehr".split())
