"""Head words of organisation names: a place inside "Pakistan People's Party" or "Tehran Times"
names the organisation, not a site (the policy is in :mod:`geo.geoparse.recognise`)."""
from __future__ import annotations

__all__ = ["ORG_HEADS", "OUTLET_HEADS", "ORG_NOUNS", "GROUPS_OF_A_LAND"]

#: Lower-case head words of parties, armed groups, companies and newspapers.
ORG_HEADS = frozenset(
    """party parties movement front brigade brigades battalion army navy corps militia taliban
    mujahideen liberation jihad tehreek tehrik jamaat jamiat harakat hizb lashkar jaish ansar
    alliance coalition congress league federation union airlines airline airways corporation
    corp inc incorporated ltd llc plc co company companies group holdings industries
    enterprises motors bank banks times post daily herald tribune journal gazette chronicle
    telegraph presse press agency courier dispatch examiner observer review united network""".split()
)
#: Nameplate words of news outlets and broadcasters ("Indianapolis Star", "Radio Free Europe"):
#: heads of organisation names too, but towns bear some of them ("Globe, Ariz."), so they are
#: no reason to drop a single word.
OUTLET_HEADS = frozenset("star globe sentinel inquirer enquirer bulletin ledger radio television tv broadcasting".split())
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
