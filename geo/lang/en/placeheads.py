"""Head words of place names: "Puerto Jordán", "Fort Jordan", "Cape Syria", "San Marino".

A country's or region's name after one of these words is part of another place's name (a town,
a fort, a cape), not a mention of that country: "Puerto Jordán" lies in Colombia, not in
Jordan. The gazetteer knows many such names whole ("Port Sudan", "Cape Town", "San Marino");
the words serve for those it lacks (see :func:`geo.geoparse.recognisers._place_head`). "Lake",
"Mount" and the other words of physical features are in :mod:`geo.geoparse.cues` (``_FEATURES``).
"""
from __future__ import annotations

__all__ = [
    "FEATURE_HEADS", "FEATURE_HEADS_OF", "FEATURE_HEADS_PLURAL", "FEATURE_HEADS_ROMANCE", "HEAD_ABBREVIATIONS",
    "SAINT_WORDS", "COMBINING_FORMS", "ROUTE_WORDS", "NAME_LINKS", "ROMANCE_LINKS", "ROMANCE_COMPASS", "PLACE_HEADS", "PLACE_TAILS", "RIVER_CUE_AFTER", "RIVER_CUE_BEFORE",
]

#: Capitalised head words, as written, of towns, forts, ports and capes named after something
#: (English, Spanish, Portuguese, Italian and French forms that English news keeps).
PLACE_HEADS = frozenset(
    """Port Fort Cape Puerto Porto Point Camp San Santa Santo São Sao Saint St Ste Ciudad Villa
    Vila Punta Cabo Bahía Bahia Mount Lake""".split()
)

#: Capitalised combining forms and prefixes written before a place's name with a hyphen
#: ("Afro-Caribbean", "Sino-Tibetan", "Trans-Siberian", "Pan-African", "Anti-Kremlin"): they
#: make no longer name, so the name after them is still read (see
#: :func:`geo.geoparse.judges._hyphen_fragment`, which reads "Liptako-Gourma" as one name).
COMBINING_FORMS = frozenset(
    """Afro Anglo Austro Euro Franco Greco Hispano Ibero Indo Italo Judeo Luso Russo Sino Turco
    Anti Pro Post Pre Pan Mid Sub Trans Non Ex Neo Inter Intra Ultra Cis Para Proto Pseudo Greater
    Upper Lower""".split()
)

#: Lower-case words after two names joined by a hyphen that make them the two ends of a route or
#: a line ("the Beledweyne-Mataban road", "the Kirkuk-Erbil highway", "the Mali-Niger border"):
#: both are places even where the gazetteer knows one of them only.
ROUTE_WORDS = frozenset(
    """road roads highway highways route routes corridor border borders axis railway railroad
    line pipeline expressway motorway bridge front frontline crossing flight flights trip
    convoy journey""".split()
)

#: Capitalised words that end names of towns ("Ohio City", "Nevada Springs", "Virginia Beach"): a
#: state's or country's name before one of them is the start of a town's name the gazetteer may
#: lack, not a mention of that state (see :func:`geo.geoparse.resolve._named_areas`).
PLACE_TAILS = frozenset(
    """Colony City Beach Springs Falls Heights Junction Valley Creek Hills Harbor Harbour Village
    Township Station Crossing Landing Mill Mills Ridge Grove Center Centre Corner Corners
    Settlement""".split()
)

#: Lower-case links written between hyphens inside one name, as English news transliterates
#: Persian, Urdu and Arabic names ("Dasht-e-Kavir", "Mazar-i-Sharif", "Bab-al-Hawa"): the
#: words on both sides are one name, the first of them alone is not that place.
NAME_LINKS = frozenset("e i ul ud al el ur".split())

#: Abbreviated head words of place names, normalized (no dot), and the word they stand for:
#: "St. Cloud" is Saint Cloud's own name as English news writes it, not another language's
#: name of the place; a name the gazetteer lists only spelt out ("Saint Petersburg") is looked
#: up so (:func:`geo.geoparse.cues._span_key`).
HEAD_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}

#: "Saint" and its abbreviations, normalized: "St. Michael's" with a possessive is a saint's
#: church, school or hospital, not the town of St. Michael.
SAINT_WORDS = frozenset("st ste saint sainte san santa santo".split())

#: Arabic head words of mountains and valleys as English news transliterates them ("Jabal
#: Safi", "Jebel Marra", "Wadi Rum"): the name after one is the feature's, not a town or an
#: area of that name abroad ("Safi" alone is a Moroccan city and a Maltese council). Names the
#: gazetteer has whole ("Jebel Ali", "Wadi Halfa") keep their own reading.
FEATURE_HEADS = frozenset("Jabal Jebel Djebel Jbel Wadi".split())

#: Spanish and Portuguese head words of lakes, valleys, hills and volcanoes as travel and
#: environment news keeps them ("Laguna Amarga", "Valle de Cocora", "Cerro Rico", "Volcán de
#: Fuego"): the name after one, with or without "de"/"del", is the feature's; "Laguna" alone is a
#: Philippine province and "Valle" a Honduran department. Names the gazetteer has whole ("Laguna
#: Beach", "Valle del Cauca", "Cerro de Pasco") keep their own reading. "Río" is left out: the
#: gazetteer has rivers so named as rivers ("Río Negro" is also two provinces), and "Sierra"
#: starts too many towns' names.
FEATURE_HEADS_ROMANCE = frozenset("Laguna Lago Valle Cerro Volcán Volcan Nevado".split())

#: Lower-case links inside Spanish, Portuguese, Italian and French names ("Torres del Paine",
#: "Valle de Cocora", "Foz do Iguaçu", "Lula da Silva"): a name before one, with a capitalised
#: word after, is the start of a longer name, of a place or a person.
ROMANCE_LINKS = frozenset("de del da do dos das di della".split())

#: Compass words after such a link ("Agusan del Norte", "Lanao del Sur", "Rio Grande do Sul"):
#: the word qualifies the name before it and names no place by itself, though GeoNames keeps some
#: as a first-level area (Guinea-Bissau's "Norte", Haiti's "Sud").
ROMANCE_COMPASS = frozenset("norte sur sul este oeste leste oriental occidental nord sud est ouest".split())

#: Head words of features named "<head> of <name>" ("the Cape of Good Hope", "the Isle of
#: Skye"): the name after "of" belongs to the feature ("Good Hope" alone is a Californian
#: town). Without "of" the words start towns' names ("Cape Town", "Isle Royale" is kept by the
#: gazetteer), which are left to it.
FEATURE_HEADS_OF = frozenset("Cape Isle".split())

#: Capitalised plural feature words written before a list of names ("Lakes Gatun and
#: Alajuela", "Rivers Tigris and Euphrates"): every name of the list is such a feature, not
#: only the first ("Alajuela" alone is a Costa Rican province).
FEATURE_HEADS_PLURAL = {"Lakes": "lake", "Rivers": "river"}


#: What a text says right after a name "X River" that is a county's or a province's too (Kenya's
#: Tana River County, Alberta's Peace River) when it means the river: a county does not burst
#: its banks, overflow, swell or recede ("Tana River burst its banks", "the Peace River has
#: swollen"). A regular expression matched (ignoring case) at the end of the name.
RIVER_CUE_AFTER = (
    r"\s+(?:has\s+|had\s+|have\s+|was\s+|is\s+)?(?:burst|bursting|broke|broken|breaking|overflow|overflowed|"
    r"overflowing|overflows|swelled|swelling|swollen|swells|receded|receding|recedes|flooded\s+its|dried\s+up)\b"
)

#: What a text says right before such a name when it means the river: its banks, its bed, its
#: water level, a place along it ("residents along the Tana River", "the banks of the Peace
#: River", "the water level of the Tana River"). Matched (ignoring case) at the start of the name.
RIVER_CUE_BEFORE = (
    r"\b(?:banks?|bed|mouth|source|course|waters|water\s+levels?|levels?|flow|along|alongside|beside|near\s+the\s+banks\s+of)"
    r"(?:\s+(?:of|in|on|at))?\s+the\s+$"
)
