"""Things that bear names of places: storms, crude oil grades and common things.

A storm's name is a given name that many towns bear ("Typhoon Haiyan", "Hurricane Florence",
"Cyclone Idai"); a crude grade is named after its oil field or blend ("Brent crude", "West
Texas Intermediate"), and "Brent" is also a London borough. Once a text names a storm or a
grade so, its later bare uses ("before Haiyan makes landfall", "Brent rose 2%") are the storm
or the grade, not a place: one sense per document, as for persons' names (the rule is in
:func:`geo.geoparse.recognise.recognize`). A use with a place cue ("in Florence, S.C.",
"flooding in Florence") stays the place.
"""
from __future__ import annotations

__all__ = ["STORM_WORDS", "GRADE_NAMES", "GRADE_WORDS", "GRADE_PHRASES", "EPONYM_COMPOUNDS"]

#: Lower-case words before a storm's name ("Typhoon Haiyan", "cyclone Idai", "Storm Ciarán",
#: "Tropical Storm Ana", "Tropical Depression Nine").
STORM_WORDS = frozenset("typhoon hurricane cyclone storm depression".split())

#: Crude grades and benchmarks named after fields or blends whose names are also places'.
GRADE_NAMES = frozenset("Brent Forties Oseberg Ekofisk Troll".split())

#: Lower-case words after a grade's name that make it the grade ("Brent crude", "Brent futures").
GRADE_WORDS = frozenset("crude oil futures blend benchmark contract contracts price prices".split())

#: Grades written with a region's or a state's name inside: never a mention of that place.
GRADE_PHRASES = (
    "West Texas Intermediate",
    "Western Canadian Select",
    "Louisiana Light Sweet",
    "Dated Brent",
    "Bonny Light",
)

#: Common things named after a place (or a person or deity who shares a place's name), in fixed compounds
#: where the capitalised word names the thing: rioters who throw "Molotov cocktails" did nothing in
#: Perm (once called Molotov), "Brussels sprouts" are no mention of Brussels. Keys are the name in
#: lower case, values the lower-case words after it that make the compound. Diseases named after
#: a place ("Marburg virus") are told apart by their own words in :mod:`geo.geoparse.cues`.
EPONYM_COMPOUNDS: dict[str, frozenset[str]] = {
    name: frozenset(words.split())
    for name, words in {
        "molotov": "cocktail cocktails",
        "brussels": "sprout sprouts",
        "stockholm": "syndrome",
        "petri": "dish dishes",
        "panama": "hat hats",
        "manila": "envelope envelopes folder folders",
        "bermuda": "shorts",
        "guinea": "pig pigs fowl",
        "tabasco": "sauce",
        "cayenne": "pepper",
        "oxford": "comma shoes",
        "dijon": "mustard",
        "worcestershire": "sauce",
        # Ireland's police, An Garda Síochána, bears the name of a town on Lake Garda: "Sligo
        # Garda Station", "a Garda spokesman" in Irish news are the force
        "garda": "station stations síochána siochana spokesman spokeswoman spokesperson commissioner "
                 "superintendent sergeant inspector member members officer officers patrol car cars "
                 "investigation investigators division district headquarters",
        # a goddess, whose festival and images South Asian news names often (Durg is a city)
        "durga": "puja pooja idol idols immersion pandal pandals",
    }.items()
}
