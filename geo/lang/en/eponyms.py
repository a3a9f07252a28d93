"""Common things named after a place (or a person who shares a place's name).

In these fixed compounds the capitalised word names a thing, not the place: rioters who throw
"Molotov cocktails" did nothing in Perm (once called Molotov), a dish of "Brussels sprouts" is
no mention of Brussels. Keys are the name in lower case, values the lower-case words after it
that make the compound (singular and plural). Diseases named after a place ("Marburg virus")
are told apart by their own words in :mod:`geo.geoparse.cues`.
"""
from __future__ import annotations

__all__ = ["EPONYM_COMPOUNDS"]

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
    }.items()
}
