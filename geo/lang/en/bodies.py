"""Head words that end the names of public bodies and local institutions ("Nevada Highway
Patrol", "Wellesley Historical Society", "Brask Education Foundation", "Meadow Community
Center", "Orlun General Hospital", "the Orlun Correctional Facility"): a place's name that opens such a name is the place the body serves, a mention of
it, as "Alexandria Police" is (the policy is in :mod:`geo.geoparse.recognise`).

Not the heads of companies, parties, clubs or newspapers: those are in
:mod:`geo.lang.en.organisations`, and a place inside them is the organisation's.
"""
from __future__ import annotations

__all__ = ["AREA_OFFICES", "BODY_TAILS", "BORDER_WITH", "COURT_OR_STATION_HEADS", "COURT_OR_STATION_QUALIFIERS", "STATE_AS_NATION"]

#: Lower-case last words of the names of public bodies, services and local institutions.
BODY_TAILS = frozenset(
    """department dept patrol authority commission committee council board office agency
    administration bureau service services district court society foundation association
    center centre library pantry lodge hospital facility circuit harbor harbour""".split()
)

#: The courts and police stations of Britain, Ireland, Australia and New Zealand take the name of
#: the town they sit in ("Preston Crown Court", "Carlow District Court", "Midleton Garda
#: Station", "Orlun Magistrates' Court"): court and crime news names one in nearly every story,
#: and the town's name before it is that town, not a first name ("Preston Crown", a person) or a
#: small place's name before a firm's. After the name: a court's or police's qualifying word,
#: then "Court" or "Station" (the pair is what says it; a bare "Crown" or "County" after a name
#: says nothing; "Fermoy Garda station" is written in lower case too). The qualifying word there
#: is no place either: "Garda" is also a town on Lake Garda.
COURT_OR_STATION_QUALIFIERS = frozenset(
    """Crown Magistrates Magistrates' Magistrates’ Sheriff Sheriff's Sheriff’s County District Circuit
    Coroner's Coroner’s Coroners Youth Family Garda Police""".split()
)
COURT_OR_STATION_HEADS = frozenset("Court Courts Station court station".split())

#: What follows a lower-case "state" after a country's name when the state is the nation's
#: government or a legal condition, not a first-level area: "Guatemala state of siege", "Peru
#: state of emergency", "Iran state media", "Eritrea state-run television", "a Japan state visit".
#: (Each word after "state of", or after "state" with a space or hyphen.)
STATE_AS_NATION = {
    "of": ("siege", "emergency", "alarm", "exception", "calamity", "disaster", "war", "prevention", "the nation", "the union"),
    "": ("media", "television", "tv", "radio", "broadcaster", "news", "run", "owned", "controlled", "visit", "funeral", "dinner", "banquet"),
}

#: Lower-case words after a name for the office of a first-level area, which a town has not (a
#: town has a mayor): "the Isiolo governor", "Wajir governor's office", "the Meru gubernatorial
#: race". Where the bare name is a town and the gazetteer names the area "X County" (Kenya's
#: counties), the office says the county is meant.
AREA_OFFICES = frozenset("governor governors governorship gubernatorial".split())

#: Words before a list of the areas a place borders: "the border with Wajir and Marsabit",
#: "bordering Garissa, Samburu and Meru". In a story about counties (the word "county" or
#: "counties" is in it) a bare name there is the county the gazetteer names "X County", not
#: the town of the name (a town borders nothing).
BORDER_WITH = ("border with ", "borders with ", "boundary with ", "bordering ", "borders of ", "border of ")
