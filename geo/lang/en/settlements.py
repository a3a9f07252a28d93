"""Words with which a text itself calls a name a settlement: "the village of Orlund", "Brask
town", "Velmont, a farming town of 2,000", "residents of Orlund".

The geoparser keeps a name so called as a mention even when the gazetteer lacks it, left
unresolved (see :func:`geo.geoparse.recognisers._named_settlement`), and lets a spelling of a
town's name that differs from the gazetteer's count as that town
(:func:`geo.geoparse.judges._placed`). Lists are lower-case.
"""
from __future__ import annotations

__all__ = [
    "SETTLEMENT_NOUNS",
    "SETTLEMENT_NOUNS_PLURAL",
    "SETTLEMENT_OF",
    "SETTLEMENT_AFTER",
    "APPOSITION_SETTLEMENT_NOUNS",
    "PEOPLE_OF_A_PLACE",
    "NOT_SETTLEMENT_TAILS",
    "SETTLEMENT_TAILS",
    "TOWNSHIP_COUNTRIES",
    "US_TOWNSHIP_STATES",
    "QUARTER_AFTER",
    "COMMUNITY_AFTER",
    "COUNTY_ABBREVIATION",
    "IRISH_COUNTIES",
    "SITES_OF_PLURAL",
    "SITE_NOUNS_AFTER",
    "SITE_NOUNS_PLURAL",
    "POSTS_AT",
    "AREA_WORDS",
    "AREA_WORDS_PLURAL",
    "CAMP_QUALIFIERS",
    "ATTACK_WORDS",
    "ATTACK_VERBS",
    "ATTACK_LOCATIVES",
    "AFTER_STRUCK_SITE",
]

#: Nouns of settlements: "X town", "the town of X".
SETTLEMENT_NOUNS = frozenset("town city village hamlet".split())

#: Their plurals, which head a list: "the villages of X and Y".
SETTLEMENT_NOUNS_PLURAL = frozenset("towns cities villages hamlets townships boroughs suburbs municipalities".split())

#: Nouns before "of" that make the name after them a settlement ("the township of X", "a suburb
#: of X"). Not "community" or "settlement": "the community of Sant'Egidio" is a body, "the
#: settlement of a claim" a deal.
SETTLEMENT_OF = SETTLEMENT_NOUNS | SETTLEMENT_NOUNS_PLURAL | frozenset("township borough suburb municipality".split())

#: Lower-case nouns right after a name that call it a settlement ("in Brask town", "near Orlund
#: village"; "town" and "village" also head a local body's name: "Brask town council" is that
#: town's). Not "city": "the host city", "a Kurdish city" put an adjective before it.
SETTLEMENT_AFTER = frozenset("town village township hamlet".split())

#: Lower-case nouns right after a name that call it a settlement only when a locative comes
#: right before the name, with no article ("in Orlund community", "at Brask community": West
#: African news calls a village its community so); with an article the name is a people's or a
#: faith's ("in the Yazidi community").
COMMUNITY_AFTER = frozenset({"community"})

#: Capitalised words that end the name of a civil township ("Brask Township", "Orlund Twp."):
#: the whole is the name of the municipality.
SETTLEMENT_TAILS = frozenset({"Township", "Twp"})

#: Countries whose townships are named so in English ("Brask Township", "the Township of
#: Orlund"): the civil townships of the United States and Canada, Myanmar's townships ("Tamu
#: Township, Sagaing Region"), the townships of China and Taiwan and South Africa's: a township
#: so named is a place of one of them, never a namesake elsewhere.
TOWNSHIP_COUNTRIES = frozenset({"US", "CA", "MM", "CN", "TW", "ZA"})

#: The US states whose counties are divided into civil townships that govern themselves and go
#: by "X Township" in their news (the Census Bureau's minor civil divisions named townships):
#: the Midwest, New Jersey and Pennsylvania. Texas, Georgia or California have none, so a town
#: there is no reading of "Cooper Township" (a Pennsylvania township the gazetteer lacks is
#: better left unresolved than pinned on a Texas town of that name).
US_TOWNSHIP_STATES = frozenset(
    "US-" + s for s in "IL IN IA KS MI MN MO NE NJ ND OH PA SD".split()
)

#: Lower-case nouns after "the <Name>" that call it a part of a town ("in the Orlund
#: neighborhood", "the Velmont area of Brask" with the town after "of").
QUARTER_AFTER = frozenset({"neighborhood", "neighbourhood"})

#: Head nouns of an apposition that calls the name before it a settlement ("Velmont, a farming
#: town of 2,000", "Orlund, a suburb north of the capital").
APPOSITION_SETTLEMENT_NOUNS = SETTLEMENT_OF | frozenset("community settlement".split())

#: Plural nouns of a place's people and officials before "of" ("residents of X", "the mayor of X").
PEOPLE_OF_A_PLACE = frozenset("residents inhabitants villagers townspeople mayor outskirts".split())

#: Last words of names of buildings, estates and firms, which people also live in or run ("the
#: residents of Oak Ridge Apartments", "the mayor of Brask Holdings"): no settlement.
NOT_SETTLEMENT_TAILS = frozenset(
    """apartments apartment manor estates estate towers tower home homes court courts hall
    house center centre complex park plaza square mall inc llc ltd corp co company group international""".split()
)

#: The abbreviation of "County" before the name of one of Ireland's counties, as the press of
#: both parts of the island writes it in every police and court story ("a crash near Bandon, Co
#: Cork", "Co. Antrim"). As written: "Co" is a company's word everywhere else ("Ford Motor Co").
COUNTY_ABBREVIATION = "Co"

#: The 32 traditional counties of the island of Ireland (26 in the Republic, 6 in Northern
#: Ireland; "Derry" and "Londonderry" both), lower case: the names "Co" may abbreviate "County"
#: before. Listed because several are also towns (Cork, Kerry's namesakes, Clare) and the
#: abbreviation must not make a county of a company's place ("the Co Ohio plant").
IRISH_COUNTIES = frozenset(
    """antrim armagh carlow cavan clare cork derry donegal down dublin fermanagh galway kerry
    kildare kilkenny laois leitrim limerick londonderry longford louth mayo meath monaghan offaly
    roscommon sligo tipperary tyrone waterford westmeath wexford wicklow""".split()
)

#: Plural nouns of a countryside's sites before "of" that head a list of their names ("the
#: communities of Orlund and Brask", "in the areas of Velmont and Tarsk", "the localities of X"):
#: the names are places (plural only: "the community of Sant'Egidio" is a body).
SITES_OF_PLURAL = frozenset("communities localities areas".split())

#: Lower-case nouns after a name the gazetteer lacks that call it a rural subdivision, a camp or
#: a post named after its place ("in Orlund upazila", "the Brask tehsil", "at the Velmont
#: checkpost", "the Tarsk police station"). News of rural violence names such sites by the local
#: designation; they are places, though no gazetteer lists them.
SITE_NOUNS_AFTER = frozenset(
    """upazila tehsil taluka mandal subdivision sub-division chiefdom canton kebele sector camp
    checkpost checkpoint outpost""".split()
) | frozenset({"police station", "police post", "union council"})

#: Their plurals and those of villages, after a list of names ("the Orlund and Brask villages",
#: "the Tarsk, Velmont and Dunsa communities"): each name of the list is such a site. After one
#: name alone a plural is a people's or a faith's ("the Kuki villages", "Christian villages").
SITE_NOUNS_PLURAL = frozenset(
    """villages hamlets communities localities upazilas tehsils talukas mandals subdivisions
    sub-divisions chiefdoms cantons kebeles sectors camps checkposts checkpoints outposts""".split()
) | frozenset({"police stations", "police posts", "general areas"})
# ("the Tarsk and Velmont general areas": armies' communiqués name the localities of a fight so)

#: Nouns of armed posts and bases before "at" or "in" and a name ("attacked the police outposts at
#: Orlund and Brask", "a checkpoint in Velmont"): the name is where the post stands.
POSTS_AT = frozenset(
    """post posts outpost outposts checkpost checkposts checkpoint checkpoints camp camps base bases
    station stations barracks detachment picket pickets""".split()
)

#: Words of an administrative area after its name ("in the Brask district", "Orlund province"): a
#: name the gazetteer lacks told "in X in the Brask district" is a place inside that area.
AREA_WORDS = frozenset(
    """district province state region county subdivision sub-division tehsil township zone division
    governorate prefecture regency municipality department territory upazila""".split()
)

#: Their plurals, after a list of names ("the Orlund and Brask districts", "Tarsk and Velmont
#: regions"): each name of the list is such an area.
AREA_WORDS_PLURAL = frozenset(
    """districts provinces states regions counties subdivisions tehsils townships zones divisions
    governorates prefectures regencies municipalities departments territories upazilas""".split()
)

#: Words between a camp's name and "camp" ("the Orlund refugee camp", "the Brask displacement
#: camp"): the name is still the camp's place.
CAMP_QUALIFIERS = frozenset("refugee refugees displacement displaced idp idps transit".split())


#: Lower-case words that tell a sentence reports a strike or a raid ("an air strike in X", "drones
#: struck X", "shelling around X"). In such a sentence a name the gazetteer lacks, right after a
#: locative of :data:`ATTACK_LOCATIVES` or a verb of :data:`ATTACK_VERBS`, is the site struck:
#: war news names villages so, with no "village of" before them. (Not "attack" nor "stormed": a
#: gang's or a mob's attack is told in a town's quarters, which the gazetteer lacks too, and such
#: a quarter read as a site of its own parts the town's events.)
ATTACK_WORDS = frozenset(
    """strike strikes airstrike airstrikes struck shelled shelling bombed bombing bombings
    bombardment bombarded raid raids raided drone drones missile missiles rocket rockets artillery
    mortar mortars pounded""".split()
)

#: Verbs whose object is the site struck ("struck X", "Israeli strikes hit X", "also attacked X").
ATTACK_VERBS = frozenset("struck hit hitting attacked shelled bombed bombarded raided targeted targeting pounded stormed".split())

#: Locatives before the site of a strike ("an air strike in X", "shelling around X").
ATTACK_LOCATIVES = frozenset("in near around".split())

#: Lower-case words that may follow a strike's site told by no noun ("in Orlund on Monday", "struck
#: Brask, killing two", "in Velmont killed three"). Any other lower-case word makes the name a
#: modifier of the noun after it, no site of its own ("struck Orlund hospital", "attacked Brask
#: minority districts", "Abnaa ul-Calipha"): the name is then left out.
AFTER_STRUCK_SITE = frozenset(
    """in on at near of from to after before during since with by and or but while as when where which
    that who killed killing wounded wounding injured injuring left leaving was were is are has had have
    overnight late early last this district province area village town""".split()
)
