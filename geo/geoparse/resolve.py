"""Resolution: recognised spans + the document's context -> the place each span refers to.

Pure functions over :class:`Candidate` records (from :func:`geo.geoparse.recognise.recognize`); the
gazetteer is only asked for names used in evidence strings. Each reading of a name gets a
score, the sum of:

* a prior — feature kind (countries, continents and first-level areas before towns of the same
  name) plus log-population, so "Paris" alone is the French capital; a sizeable city beats the
  province of the same name that contains it ("Tehran"), and a place for which the name is
  only an alternate name loses to places that bear it as their own;
* the explicit hierarchy — "Quetta, Balochistan", "Springfield, Illinois", "Alexandria, La.",
  "Paris, TX": a reading inside the area named right after the comma wins outright (US state
  abbreviations, AP style and postal, are understood); a town with no reading in the state
  after it ("Alder, W. Va." with no Alder in West Virginia) is left unresolved, not
  read as a namesake elsewhere;
* the document's focus — the countries and first-level areas that the other mentions of the
  article point to, every reading weighted by its current probability (never counting the
  mention itself), so "Punjab" next to "Lahore" is Pakistan's and next to "Amritsar" India's,
  and three small towns that all have a reading in Texas pull each other there; the focus is
  read twice, so names placed by context in the first round support the others in the second;
  words of American public life ("sheriff", "school district", "GOP") count as a little weight
  for the United States, so a bare "Athens" in a story about the county jail is not Greece's
  (unless the article is spelled the British way: "centre", "realise" — no US local news);
  a town inside an organisation's name ("Hartley & Rowe") is no context, a country or
  state inside one ("Georgia Power") is, and so is the town a university is named after;
  the larger the share of the article's weight a first-level area holds, the larger its pull;
* proximity — a reading within 50 (or 200) km of another confidently placed mention;
  neither focus nor proximity makes a hamlet of a great city's name (a million people or more,
  same country) win over the city: a reporter naming the hamlet names its area with it;

* the kind the text gives the name — a municipality's bodies ("the Lebanon City Council", "the
  City of Lebanon") or its people named by the bare name ("a Jordan woman") make it a town,
  not the country or province; a state's offices and border ("Ohio Gov.", "New York's
  attorney general", "the New York border") make it the state; counties listed together
  ("Reed, Mill and Ash counties") lie in the one state that has them all;

and one sense per document (a state's abbreviation, "R-N.Y.", is the state, apart from its
name): every occurrence of a name takes the same reading, chosen with the evidence of all of
them. Names whose best reading is one of this name's readings ("Dublin City" for "Dublin") never
count as its context. A US county ("Putnam County", "Bossier and Caddo parishes") is placed at
its point (the median of its ZIP points, data/counties.arrow) in the state the text names after
it or the context supports — of several states with a county of that name, one the article names
outright ("Quill County" in a story that says "Ohio") before one the article's towns suggest; a
county with no point stays unresolved, with its likely first-level area as the one candidate.
``Mention.score`` is the chosen reading's share of a softmax over the readings;
``Mention.candidates`` lists the best readings, chosen first; ``Mention.evidence`` says in a few
words why (for the app's correction panel).
"""
from __future__ import annotations

import bisect
import difflib
import logging
import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from geo.geoparse.memo import IdentityMemo
from geo.geoparse.outliers import lone_outliers
from geo.geoparse.uswording import us_weight
from geo.lang.en.bodies import STATE_AS_NATION
from geo.lang.en.distances import DISTANCE_FROM
from geo.lang.en.placeheads import PLACE_TAILS
from geo.lang.en.settlements import SETTLEMENT_NOUNS
from geo.models import FEATURE_POPULATION, RIVER_ID_PREFIX, Mention, Place, ScoredPlace
from geo.places.article import own_name
from geo.places.geodesy import distance_km
from geo.places.normalize import normalize_cached
from geo.places.spelling import skeleton, spelling

#: Recognition evidence of a county the gazetteer does not list (see geo.geoparse.recognise).
COUNTY_CUE = "county not in the gazetteer"
#: Recognition evidence of a name the text calls a district ("Poonch district"): its readings
#: are the second-level areas of that name (data/districts.arrow) and same-named first-level areas.
DISTRICT_CUE = "named as a district"
#: ... of a district the data has no point for: left unresolved, its first-level area offered.
DISTRICT_AREA_CUE = "named as a district; the data has no point for it"
#: Recognition evidence of a name the text calls a civil township ("Brask Township"): its
#: readings are the same-named places of the countries whose townships are named so.
TOWNSHIP_CUE = "named as a township"
#: The cues of names read as counties or districts (areas, not towns).
_AREA_CUES = frozenset({COUNTY_CUE, DISTRICT_CUE, DISTRICT_AREA_CUE})
#: Recognition evidence of a place inside a university's or college's name (see geo.geoparse).
INSTITUTION_CUE = "part of an institution's name"
#: Recognition evidence of a physical feature (sea, river, lake) the gazetteer does not list.
FEATURE_CUE = "physical feature not in the gazetteer"
NAMED_FEATURE_CUE = "river or lake named with its feature word"
#: ... whose only readings lie far from every other place of the article (geo.geoparse.outliers).
FAR_FEATURE_CUE = "river of that name far from the story's places"
#: Recognition evidence of a name the text calls a settlement ("the village of X") that the
#: gazetteer does not list: left unresolved.
SETTLEMENT_CUE = "named as a settlement; not in the gazetteer"
#: Recognition evidence of a place named with a head word ("Puerto Jordán") the gazetteer lacks.
PLACE_HEAD_CUE = "place named with a head word ('Puerto', 'Fort'), not in the gazetteer"
#: Recognition evidence of a US state's abbreviation ("W.Va.", "R-N.Y."): the state, never a town.
ABBREV_CUE = "US state abbreviation"
#: Evidence of a name re-read in the article's country (see geo.geoparse.outliers).
OUTLIER_CUE = "read in the article's country: its first reading was a small place far from all the others"

log = logging.getLogger(__name__)

__all__ = ["ABBREV_CUE", "Candidate", "resolve", "prior", "US_STATE_ABBREV", "STATE_ABBREV", "MAX_READINGS", "MAX_LISTED", "COUNTY_CUE", "DISTRICT_CUE", "DISTRICT_AREA_CUE", "FEATURE_CUE", "NAMED_FEATURE_CUE", "INSTITUTION_CUE", "PLACE_HEAD_CUE", "SETTLEMENT_CUE", "TOWNSHIP_CUE"]

MAX_READINGS = 60  # readings scored per name (the largest by prior); the rest are noise
MAX_LISTED = 5  # readings kept in Mention.candidates


@dataclass(frozen=True, slots=True)
class Candidate:
    """A recognised span with every gazetteer reading of it (unranked)."""

    start: int
    end: int
    text: str
    key: str  # normalized name (geo.places.normalize)
    places: tuple[Place, ...]
    form: str = "name"  # "name" | "demonym" | "organisation"
    cues: tuple[str, ...] = ()  # recognition evidence


_KIND_PRIOR = {"continent": 4.0, "country": 4.5, "region": 3.5, "admin1": 3.2, "admin2": 1.6, "place": 0.0}
_POP_WEIGHT = 0.8  # per decade of population: 1M people = 4.8, 10k = 3.2
# Areas the gazetteer gives no population: assume a typical one for the kind.
_DEFAULT_POP = {"admin1": 1_000_000, "admin2": 50_000, "region": 10_000_000}
#: A river or canal derived from Natural Earth (geo/places/build/features.py, marked by its
#: population): it starts like a village of about a thousand people, behind every town, area and
#: country of its name ("Swan River" the town) and ahead of none of them without context.
_FEATURE_PRIOR = _POP_WEIGHT * 3.0
_HIER_BONUS = 6.0
_ALIAS_PENALTY = 2.5  # a reading whose own name is not the one written
_VILLAGE_POP = 1_000  # own-name readings all below it: a spelling of a far larger place's name wins
_SPELLING_RATIO = 100  # ... when that place has at least this many times their people
_CONTAINER_BONUS = 4.0  # "Capas, Tarlac": the area after the comma is read as the containing one
_ADMIN1_BONUS = 2.5
_ADMIN1_EXTRA = 2.0
_COUNTRY_BONUS = 3.5  # news stays within one country: a same-named town abroad needs more than a population edge
_NEAR_BONUS = (50.0, 1.5), (200.0, 0.7)
# An ambiguous county's state that the article names outright: the most the article's places
# can give a state, which the name itself is denied ("Ohio" is one of the county's own readings);
# less than "Quill County, Ohio" (_HIER_BONUS).
_NAMED_STATE_BONUS = _ADMIN1_BONUS + _ADMIN1_EXTRA
#: How far a village named after its own country starts behind the country: more than all
#: the context a village can gather (country, first-level area, a place nearby).
_VILLAGE_OF_ITS_COUNTRY = _COUNTRY_BONUS + _ADMIN1_BONUS + _ADMIN1_EXTRA + _NEAR_BONUS[0][1] + 1.0
_SOFTMAX_T = 1.0
_ROUNDS = 2
_SOFT_FOCUS = True  # every reading counts for the focus by its probability, not only the best


# US states: AP-style abbreviations and postal codes -> ISO 3166-2 suffix.
_STATES = {
    "AL": "Ala", "AK": "", "AZ": "Ariz", "AR": "Ark", "CA": "Calif|Cal", "CO": "Colo|Col",
    "CT": "Conn", "DE": "Del", "DC": "D.C", "FL": "Fla", "GA": "Ga", "HI": "", "ID": "",
    "IL": "Ill", "IN": "Ind", "IA": "", "KS": "Kan|Kans", "KY": "Ky", "LA": "La", "ME": "",
    "MD": "Md", "MA": "Mass", "MI": "Mich", "MN": "Minn", "MS": "Miss", "MO": "Mo", "MT": "Mont",
    "NE": "Neb|Nebr", "NV": "Nev", "NH": "N.H", "NJ": "N.J", "NM": "N.M", "NY": "N.Y", "NC": "N.C",
    "ND": "N.D", "OH": "", "OK": "Okla", "OR": "Ore|Oreg", "PA": "Pa|Penn", "RI": "R.I",
    "SC": "S.C", "SD": "S.D", "TN": "Tenn", "TX": "Tex", "UT": "", "VT": "Vt", "VA": "Va",
    "WA": "Wash", "WV": "W.Va", "WI": "Wis|Wisc", "WY": "Wyo",
}
#: Abbreviation as written (without its final dot) -> ISO 3166-2 code of the US state.
US_STATE_ABBREV: dict[str, str] = {}
for _code, _forms in _STATES.items():
    US_STATE_ABBREV[_code] = f"US-{_code}"
    for _f in filter(None, _forms.split("|")):  # short names (Ohio, Iowa) are names, not abbreviations
        US_STATE_ABBREV[_f] = f"US-{_code}"
# Australian states and Canadian provinces: the postal abbreviations (ISO 3166-2 suffixes,
# Australia Post and Canada Post) and the usual press forms; read, like the US ones, only
# right after "<place>, ". "WA" stays Washington and "NT" (Australia's and Canada's) is left out.
_OTHER_STATES = {
    "AU-NSW": "NSW|N.S.W", "AU-QLD": "QLD|Qld", "AU-VIC": "VIC|Vic", "AU-SA": "SA", "AU-TAS": "TAS|Tas",
    "AU-ACT": "ACT", "CA-ON": "ON|Ont", "CA-QC": "QC|Que", "CA-BC": "BC|B.C", "CA-AB": "AB|Alta",
    "CA-MB": "MB", "CA-SK": "SK|Sask", "CA-NS": "NS|N.S", "CA-NB": "NB|N.B", "CA-NL": "NL|Nfld",
    "CA-PE": "PE|P.E.I", "CA-YT": "YT", "CA-NU": "NU",
}
#: Abbreviation as written (without its final dot) -> ISO 3166-2 code: US states, Australian
#: states and Canadian provinces.
STATE_ABBREV: dict[str, str] = dict(US_STATE_ABBREV)
for _code, _forms in _OTHER_STATES.items():
    for _f in _forms.split("|"):
        STATE_ABBREV.setdefault(_f, _code)
#: The states and provinces of those abbreviations: where the press writes "town, state" as an
#: address, and where the data files towns under them (not England: "London, England").
_ABBREVIATED = frozenset(STATE_ABBREV.values())
_ABBREV_RE = re.compile(
    r"\s*,\s*(" + "|".join(sorted((re.escape(k) for k in STATE_ABBREV), key=len, reverse=True)) + r")\.?(?![\w.])"
)


def prior(place: Place) -> float:
    """Score of a reading before context: feature kind, then population (log scale)."""
    if place.population == FEATURE_POPULATION and place.kind == "region":
        return _FEATURE_PRIOR
    pop = place.population or _DEFAULT_POP.get(place.kind, 0)
    return _KIND_PRIOR.get(place.kind, 0.0) + _POP_WEIGHT * math.log10(max(pop, 1) + 9)


def _priors(readings: Sequence[Place], key: str = "", is_capital=None, base: Sequence[float] | None = None,
            hand: frozenset[str] = frozenset()) -> list[float]:
    """Priors of the readings of one name; a sizeable city beats the first-level area of the
    same name that contains it ("Tehran", "Kabul", "New York": news means the city), a national
    capital beats any first-level area of its name ("Washington": news names the capital, and
    its government, far more often than the state), and a place for which the name is only an
    alias ("Madison" for Kenilworth) loses to places that bear it as their own name. ``base``:
    the readings' :func:`prior` when the caller has them already."""
    if base is None:
        base = [prior(p) for p in readings]
    # the own name, also with its area word after it ("Eastern Province") or with or without the
    # Arabic article ("Qusayr" for Al Quşayr)
    # (a district is read only under one of its own names: GeoNames' "Punch" is also "Poonch")
    # (and a hand-written alias, ``hand``: "Zakho" for Zaxo is the press's name of it)
    # (as is a name read only through another romanisation of the own name: "Akhnoor" for
    # Akhnūr, geo.places.romanise; the gazetteer gives those readings as ``hand`` too)
    own = [not key or p.kind == "admin2" or p.id in hand or _own_name_of(n := normalize_cached(p.name), key)
           or own_name(n, key, p.country) for p in readings]
    out = [b - (0.0 if o else _ALIAS_PENALTY) for b, o, p in zip(base, own, readings)]
    if key and any(own) and not all(own):
        # The written name may be only a romanisation of a city's own name while it is the
        # own name of a village ("Zaporizhzhia": a village of 656 people, and the city whose
        # GeoNames name is "Zaporizhzhya"; "Makiivka", "Balakliia"). The alias penalty is for
        # other names ("Madison" for Kenilworth), not for a spelling of the same one: news
        # naming a village so small would be naming the city. Only villages yield so.
        largest_own = max(p.population for p, o in zip(readings, own) if o)
        if largest_own < _VILLAGE_POP:
            sk = spelling(key)
            for i, (p, o) in enumerate(zip(readings, own)):
                if (not o and p.kind == "place" and p.population >= _SPELLING_RATIO * max(largest_own, 1)
                        and spelling(normalize_cached(p.name)) == sk):
                    out[i] += _ALIAS_PENALTY
    if is_capital is not None and not any(p.kind == "country" for p in readings):
        best_area = max((out[i] for i, p in enumerate(readings) if p.kind == "admin1"), default=None)
        if best_area is not None:
            for i, p in enumerate(readings):
                if p.kind != "place" or not is_capital(p):
                    continue
                if own_name(normalize_cached(p.name), key, p.country):
                    out[i] = max(out[i], best_area + 0.3)
                else:
                    # "Kiev" for Kyiv: the capital's English name is also its province's (Kyiv
                    # Oblast, "Kiev Oblast"), where it is the own name with the area word left
                    # out; the press means the capital, as by its own name
                    home = max((out[j] for j, q in enumerate(readings) if q.kind == "admin1" and q.country == p.country),
                               default=None)
                    if home is not None:
                        out[i] = max(out[i], home + 0.3)
    # A country and a first-level area of its own named alike ("Mexico" / México state,
    # "Panama", "Kuwait"): news means the country, whatever the context.
    countries = {p.country: out[i] for i, p in enumerate(readings) if p.kind == "country"}
    if countries:
        for i, p in enumerate(readings):
            if p.kind == "admin1" and p.country in countries:
                out[i] = min(out[i], countries[p.country] - _COUNTRY_BONUS - 1.0)
            elif p.kind == "place" and p.country in countries and own[i] and not (is_capital is not None and is_capital(p)):
                # A village or town named after its own country ("Kazakhstan" in the Almaty
                # region): news means the country, even in a story set around the village (beyond
                # every bonus of the article's country, area and places nearby). Not a capital
                # of the country's name: "Luxembourg", "Djibouti", "Singapore" are weighed as ever.
                out[i] = min(out[i], countries[p.country] - _VILLAGE_OF_ITS_COUNTRY)
    areas = {p.id: out[i] for i, p in enumerate(readings) if p.kind == "admin1"}
    if areas:
        area_pop = {p.id: p.population for p in readings if p.kind == "admin1"}
        for i, p in enumerate(readings):
            # (when the name is the city's: not when the city only once bore the area's name,
            # "Rio Grande do Sul" for Rio Grande, "Bahia" for Salvador; and a name that is only a
            # word of a small city's, "Bihar" of Bihar Sharif, is the area's it shares)
            name = normalize_cached(p.name)
            if p.kind == "place" and p.admin1 in areas and p.population >= 50_000 and (
                own[i] or not key or _city_name(key, name)
            ) and (name == key or not key or p.population * _CITY_SHARE >= area_pop[p.admin1]) and not (
                # a name that is only the first words of the city's ("Oklahoma" of Oklahoma City)
                # is the area's, as the US press names its states bare, unless the city is one
                # news means by any of its names (New York City, Ho Chi Minh City, Quezon City)
                key and name.startswith(key + " ") and p.population < _BIG_CITY
            ):
                out[i] = max(out[i], areas[p.admin1] + 0.3)
    return out


#: A city named otherwise than the area it shares a name with beats it only with this share (one
#: in ten) of the area's people.
_CITY_SHARE = 10
#: A city this large is what news means by its name ...
_BIG_CITY = 1_000_000
#: ... and so is a city this large under its own name ("Nikopol", 105,000, not the Kharkiv
#: village of 588 that a town of Kharkiv oblast in the same story favours)
_OWN_NAME_CITY = 100_000
#: ... over a namesake hamlet of the same country (this few people, or none known) that only
#: the article's focus or a nearby place favours.
_HAMLET = 1_000


def _keep_the_city(readings: Sequence[Place], scores: list[float], hier: dict[int, tuple[float, str]], key: str = "") -> None:
    """Cap, in place, the scores of hamlets that context lifted above a great city of the same
    name and country: "In Greatport, ..." after "Mirefield, in Marsh" is the city of three
    million, not a hamlet of Marsh; a reporter naming a hamlet so says ("Greatport, Marsh"),
    which the explicit hierarchy (``hier``) reads."""
    big: dict[str, tuple[float, bool]] = {}  # country -> best city score, and is it named with its area too
    for i, p in enumerate(readings):
        if p.kind == "place" and (p.population >= _BIG_CITY or (p.population >= _OWN_NAME_CITY and normalize_cached(p.name) == key)) and (
                scores[i] > big.get(p.country, (float("-inf"), False))[0]):
            big[p.country] = (scores[i], i in hier)
    if not big:
        return
    for i, p in enumerate(readings):
        if p.kind == "place" and p.population < _HAMLET and p.country in big:
            city, city_named = big[p.country]
            if i not in hier or city_named:  # ("Greatport, Southland" names the country of both)
                scores[i] = min(scores[i], city - 0.5)


def _town_and_its_area(places: Sequence[Place], abroad: bool = False) -> bool:
    """Are a town and a first-level area of its country among the readings of one name?
    ``abroad``: outside the United States only (the US press names its states bare: "Washington
    state" and a bare "Washington" of the same story are one state)."""
    if len(places) < 2:
        return False  # (one reading is no town and area both: most names, answered at once)
    towns = {p.country for p in places if p.kind == "place"}
    return any(p.kind == "admin1" and p.country in towns and not (abroad and p.country == "US") for p in places)


def _after_gloss(text: str, c: Candidate) -> int:
    """Where the words after a name start: past the closing parenthesis of a name written as
    another's gloss ("the Nohadra (Duhok) Province": "Duhok"), else at its end."""
    if text[c.start - 1 : c.start] == "(" and text[c.end : c.end + 1] == ")":
        return c.end + 1
    return c.end


def _province_named(text: str, c: Candidate, listed: bool) -> bool:
    """Does the text call this mention a first-level area by its area word: "Taiz province",
    "Almaty Province", "the province of Taiz", "the state of X", or a list or apposition
    :func:`_named_provinces` read (``listed``)? A governor's or legislature's "of" is left out:
    it speaks of the body, and its name may be the city's ("the governor of Aden")."""
    if listed:
        return True
    after = _after_gloss(text, c)
    if _STATE_WORD.match(text, after) or _AREA_WORD_CAPITAL.match(text, after):
        return True
    last = _last_before(text, c.start)
    return last in _STATE_OF_LAST and _AREA_OF.search(text, max(0, c.start - 30), c.start) is not None


#: Words written after an area's name that are no part of it: "Eastern Province" is the own
#: name of Zambia's "Eastern" as much as of Saudi Arabia's "Eastern Province".
#: Last words of the names of seas, rivers and lakes that areas are named after ("Red Sea").
_WATER_TAILS = frozenset("Sea River Lake Lakes Gulf Bay".split())

_AREA_WORDS = ("province", "state", "region", "district", "governorate", "oblast", "county", "prefecture", "division")


_VOWELS = frozenset("aeiou")


def _city_name(key: str, name: str) -> bool:
    """Is the written name ``key`` a form of the city's own ``name``: another romanisation of it
    ("Basra" / "Basrah", "Asyut" / "Assiut"), or words of it ("Davao City" / "Davao", "Durango"
    / "Victoria de Durango", "Cluj" / "Cluj-Napoca")? Not another name the city bears, such as
    the area's it once shared ("Rio Grande do Sul" for Rio Grande).

    >>> _city_name("basra", "basrah"), _city_name("davao city", "davao"), _city_name("rio grande do sul", "rio grande")
    (True, True, False)
    >>> _city_name("esfahan", "isfahan"), _city_name("chittagong", "chattogram"), _city_name("bahia", "salvador")
    (True, True, False)
    """
    a, b = skeleton(key), skeleton(name)
    if a == b or (a[:1] in _VOWELS and b[:1] in _VOWELS and a[1:] == b[1:]):
        return True  # (an initial vowel varies too: "Esfahan" / "Isfahan")
    short, long = (key, name) if len(key) <= len(name) else (name, key)
    if f" {long} ".find(f" {short} ") >= 0:
        return short != name or long.endswith(" city")
    # a renamed city's old name spelled much like the new ("Chittagong" / "Chattogram"), not a
    # name of another kind ("Bahia" for Salvador)
    return difflib.SequenceMatcher(None, key, name).ratio() >= 0.5


def _own_name_of(name: str, key: str) -> bool:
    """Is the written name ``key`` the place's own ``name``, perhaps with its area word after it?"""
    if name == key:
        return True
    if key.startswith(name) and key[len(name) : len(name) + 1] == " " and key[len(name) + 1 :] in _AREA_WORDS:
        return True
    # a district GeoNames names with its area word ("Poonch District"), written without it
    return name.startswith(key) and name[len(key) : len(key) + 1] == " " and name[len(key) + 1 :] in _AREA_WORDS


def _haversine(a: Place, b: Place) -> float:
    return distance_km(a.lat, a.lon, b.lat, b.lon)


def _contains(area: Place, p: Place) -> bool:
    if area.id == p.id:
        return False
    if area.kind == "country":
        return p.country == area.country and bool(area.country)
    if area.kind == "admin1":
        return p.admin1 == area.id
    if area.kind == "continent":
        return False
    if area.kind == "admin2":
        return p.country == area.country and p.admin1 == area.admin1 and p.kind == "place" and _haversine(area, p) < 60
    return False


def _softmax(scores: list[float]) -> list[float]:
    m = max(scores)
    ex = [math.exp((s - m) / _SOFTMAX_T) for s in scores]
    total = sum(ex)
    return [e / total for e in ex]


@dataclass(slots=True)
class _Group:
    """All occurrences of one name (one sense per document)."""

    key: str
    form: str
    readings: list[Place]
    priors: list[float]
    members: list[int]  # indices into candidates
    hier: dict[int, tuple[float, str]]  # reading index -> (bonus, evidence)
    probs: list[float] | None = None
    notes: list[list[tuple[str, str]]] | None = None  # per reading: why its score rose
    #: Why the name is left unresolved: the text puts it in an area where none of its readings lies.
    unplaced: str = ""
    #: Readings that count only where the article is about their country (:func:`_compass_regions`).
    gated: tuple[int, ...] = ()


# A region's name of compass words only ("the South East", "the Midlands", "North West") says
# nothing of its country: England's South East is meant in a story about the United Kingdom,
# and in one about Asia or Nigeria it is not. Such a reading starts this much behind the others
# and gets it back only where the article's other places are in its country; and the name,
# whichever reading it takes, says nothing of where the story is (no weight in its focus).
_COMPASS_WORDS = frozenset(
    "north south east west northeast northwest southeast southwest central mid middle midlands the of and".split()
)
_COMPASS_HANDICAP = 3.0


#: Directions as adjectives and area words: "Southern District", "North East Province".
_COMPASS_ADJECTIVES = frozenset("northern southern eastern western north-east north-west south-east south-west".split())
_COMPASS_DIRECTIONS = _COMPASS_WORDS - {"the", "of", "and"} | _COMPASS_ADJECTIVES


def _compass_name(key: str) -> bool:
    """Is ``key`` a name of compass words and area words only ("north east", "southern
    district", "the west region")? Many countries have an area so named."""
    words = key.split()
    return any(w in _COMPASS_DIRECTIONS for w in words) and all(
        w in _COMPASS_WORDS or w in _COMPASS_ADJECTIVES or w in _AREA_WORDS for w in words
    )


def _compass_abroad(g: _Group, story: set[str]) -> bool:
    """A name of compass words whose every reading lies in one country the story names no
    place of ("the three Southern District assemblies" in a story about Ghana, read as
    Israel's Southern District; "North East Small Gela" in one about the Solomon Islands, as
    Singapore's North East): no country has such an area alone, and without the story's country
    the name says nothing of which one. Not a toponym then. ``story``: the countries of the
    story's other names; with none, the name is all there is, and its best reading stands."""
    return (
        bool(story) and g.form == "name" and bool(g.readings) and _compass_name(g.key)
        and all(p.kind in ("place", "admin1", "admin2", "region") and p.country for p in g.readings)
        and not any(p.country in story for p in g.readings)
    )


def _romanised(gazetteer, key: str) -> bool:
    """Is ``key`` read only through another romanisation of a place's name ("Jaffarabad" for
    India's Jāfarābād: :mod:`geo.places.romanise`)? Such a reading is a guess at a name the
    gazetteer lacks: in a story whose other names lie in other countries (a flood in
    Pakistan's Jaffarabad district, which the gazetteer does not hold), it is another town's
    spelling, not a namesake abroad, and no toponym is read; with no other place named, it stands."""
    is_romanised = getattr(gazetteer, "is_romanised_key", None)
    return is_romanised is not None and is_romanised(key)


def _romanised_story(best: Sequence[Place]) -> set[str] | None:
    """The countries a name read only through another romanisation may lie in, from the best
    readings ``best`` of the story's other names: those of its towns and areas; with none, its
    one country named ("India" alone, not "Nepal and India": a country named beside another
    says nothing of where a local name lies); None when the story names no place at all (the
    name is all there is, and its reading stands)."""
    if not best:
        return None
    local = {p.country for p in best if p.kind in ("place", "admin1", "admin2") and p.country}
    if local:
        return local
    named = {p.country for p in best if p.country}
    return named if len(named) == 1 else set()


def _compass_regions(key: str, readings: Sequence[Place]) -> tuple[int, ...]:
    """Indices of the one-country regions among ``readings`` when ``key`` is compass words only."""
    if not _COMPASS_WORDS.issuperset(key.split()) or not any(p.kind == "region" for p in readings):
        return ()
    return tuple(i for i, p in enumerate(readings) if p.kind == "region" and p.country)


# "the Nohadra (Duhok) Province": the press glosses a name with its other name in parentheses
# before the area word; both names are the area's (the one before the parenthesis and the one
# inside it: :func:`_after_gloss`). Short glosses only, on one line.
_GLOSS = r"(?:\s*\([^()\n]{1,40}\))?"
_STATE_WORD = re.compile(
    _GLOSS + r"\s+(?:state|province|department)\b"
    # not the nation's government or a legal condition: "Guatemala state of siege", "Iran state media"
    r"(?!\s+of\s+(?:" + "|".join(w.replace(" ", r"\s+") for w in STATE_AS_NATION["of"]) + r")\b"
    r"|[\s-]+(?i:" + "|".join(STATE_AS_NATION[""]) + r")\b)"
)
# "Ohio Gov. Ann Pike", "New York's attorney general", "the Ohio legislature", "near the New
# York border": offices and bodies a state or province has and a city has not (a city has a
# mayor and a council), and a border, which is an area's
_STATE_BODY = re.compile(
    r"(?:['’]s)?\s+(?:(?:[Gg]overnor|[Ll]ieutenant\s+[Gg]overnor|[Aa]ttorney\s+[Gg]eneral|[Ll]egislature|[Ll]egislators|"
    r"[Ll]awmakers|[Ss]tate\s+[Ss]enate|[Gg]eneral\s+[Aa]ssembly|border|line)\b|(?:[Ll]t\.\s+)?[Gg]ov\.)"
)
# "the state of Washington"; "the governor of New York" (a governor is a state's or a province's,
# a city has a mayor); "upstate New York" (the state's north, not the city); "the department of
# Puno" (Latin America's first-level areas; lower case: "the Department of Labor" is a ministry)
_STATE_OF = re.compile(
    r"\b(?:(?:state|province|(?-i:department)|governor|governorship|legislature)\s+of\s+(?:the\s+)?|(?:upstate|downstate)\s+)$", re.IGNORECASE
)
# The area words of :data:`_STATE_OF` alone, and a governorate: "the province of X", "the governorate of X".
_AREA_OF = re.compile(r"\b(?:state|province|governorate|(?-i:department))\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# What many countries call their first-level areas: "the Kherson region", "Luhansk region's
# governor", "the region of Kharkiv", "Kherson oblast". Not in the United States, whose
# first-level areas are states and where "the Washington region" is the capital's metro area.
# "The Idlib countryside": the rural area around a town, in the Syrian press its governorate.
# "The Kherson regional administration", "the Kherson Regional Military Administration": the
# oblast's, as "region" is; not "Paris Regional Medical Center", "the St. Louis Regional Health
# Commission" (a capitalised "Regional" opens an institution's name, named after a town).
_REGION_WORD = re.compile(
    _GLOSS + r"\s+(?:(?i:region|oblast|governorate|prefecture|countryside)|regional|Regional\s+(?:(?:Military|State)\s+)?Administration)\b"
)
# "southern Gaza", "in northern Idlib", "north-eastern Hama": a compass adjective in lower case
# before a name that is both a town and a first-level area names part of the area (the press
# writes the town's quarters with its word: "the city's south", "south Gaza City"). A
# capitalised one ("Southern Gaza") is read as one name by the recogniser.
_COMPASS_BEFORE = re.compile(r"\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)ern\s+$")
# "Johor State", "Almaty Province", "Lagos State": the area's name as the press of most
# countries writes it, with a capital. Not in the United States, where "Ohio State" and "Penn
# State" are universities and their teams (lower case there: "Washington state").
_AREA_WORD_CAPITAL = re.compile(_GLOSS + r"\s+(?:State|Province)\b")
# Only "the (southern, central...) region of X": in "the Tillaberi region of Niger" X is the
# country around it.
_REGION_OF = re.compile(
    r"\b[Tt]he\s+(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)ern\s+|central\s+)?"
    r"(?:region|oblast|governorate|prefecture)\s+of\s+$"
)
#: The last letters of the words :data:`_STATE_OF` (case ignored: no other character folds to
#: these) and :data:`_REGION_OF` ("of") end in: see :func:`_last_before`.
_STATE_OF_LAST = frozenset("fFeE")
# First-level areas named as such around a name, in the words news uses for a province or a
# state: "the coastal provinces of X and Y", "provinces from X to Y", "states such as X",
# "the departments of X and Y";
# "X and Y provinces", "from X to Y provinces"; "the country's largest province, X"; "X, a
# province in the north". Lower case only ("the United States of America" is no area word).
_AREAS_BEFORE = re.compile(
    r"\b(?P<noun>[Pp]rovinces|states|departments|oblasts|regions|governorates|prefectures)(?:\s+(?:of|from|between|such\s+as|including|like)\s+(?:the\s+)?|\s*[:–—]\s*)"
    # the far end of a range whose near end the data lacks: "provinces from Fenmark to X"
    r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:to|and)\s+(?:the\s+)?)?$"
)
# ("X and Y Provinces" with a capital too, as in "X Province"; not "States": "the Gulf States")
# ("regions" as "region" after one name: the first-level areas of Ukraine, Russia, Italy or
# Ghana that news calls so, "the Kharkiv and Sumy regions")
_AREAS_AFTER = re.compile(r"\s+(?P<noun>[Pp]rovinces|states|departments|oblasts|regions|governorates|prefectures)\b")
#: Letters the words before a name in :data:`_AREAS_BEFORE` end in (of, from, between, as,
#: including, like, the, to, and), the dash or colon before a list ("nine regions – X, Y and
#: Z"), and the comma of an apposition: see :func:`_last_before`.
_AREAS_BEFORE_LAST = frozenset("fmnsgFeod,:–—")
# An apposition: "the largest province of the country, X"; "X, the country's largest province,";
# "X, a province in the north". The words between the article and "province"/"state" are
# adjectives: "Lagos, a city in the state" calls the city a city.
_APPOS_FILLER = r"(?:(?!(?:in|of|near|at|city|town|village|capital|the)\b)[\w'’-]+\s+){0,3}?"
_APPOS_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+" + _APPOS_FILLER
    + r"(?P<noun>province|state)(?:\s+of\s+(?:the\s+)?(?:country|nation|republic|kingdom|federation|[A-Z][\w'’-]*))?\s*,\s*$"
)
_APPOS_AFTER = re.compile(
    r"\s*,\s+(?:the|an?|its|their|[A-Z][\w'’-]*['’]s)\s+" + _APPOS_FILLER
    + r"(?P<noun>province|state)(?=\s*[,.;:)]|\s+(?:of|in|on|that|which|where|whose|with|bordering|and)\b)"
)
#: Any of the area words above (each pattern needs one within 80 characters of the name).
_AREA_WORDS_ANY = ("rovince", "state", "department", "oblast", "regions", "governorate", "prefecture")
#: "from X to Y", "between X and Y": Y is an area of X's kind.
_RANGE_TO = re.compile(r"\s+(?:to|and)\s+(?:the\s+)?")


def _named_provinces(text: str, cands: Sequence[Candidate], run_of: dict[int, list[int]]) -> set[int]:
    """The candidates the text calls first-level areas by the words around them
    (:data:`_AREAS_BEFORE`, :data:`_AREAS_AFTER`, :data:`_APPOS_BEFORE`,
    :data:`_APPOS_AFTER`), with the other members of their list or range. A name that is also
    a country called a "state" in apposition is left alone (a state may be a nation)."""
    out: set[int] = set()
    # where the text has an area word at all: only names near one are asked (most are not);
    # str.find, not a regex over the whole text (a quarter of the cost)
    spots = []
    for word in _AREA_WORDS_ANY:
        i = text.find(word)
        while i != -1:
            spots.append(i)
            i = text.find(word, i + 1)
    if not spots:
        return out
    n = len(cands)
    starts = [c.start for c in cands]
    before: set[int] = set()  # names with an area word in the 80 characters before them
    after: set[int] = set()  # ... and after them
    for spot in spots:
        before.update(range(bisect.bisect_right(starts, spot), bisect.bisect_right(starts, spot + 80)))
        after.update(k for k in range(bisect.bisect_left(starts, spot - 200), bisect.bisect_left(starts, spot))
                     if spot - 80 <= cands[k].end <= spot)

    def with_fellows(k: int, ahead: bool, noun: str) -> None:
        run = run_of.get(k)
        whole = run is not None and (run[0] == k if ahead else run[-1] == k)
        if noun == "states" and any(_a_country_no_area(cands[j]) for j in (run if whole else (k,))):
            return  # "member states like Mali and Niger": a state is a nation there
        if whole:
            out.update(run)
        out.add(k)
        j = k + 1 if ahead else k - 1
        if 0 <= j < n and _RANGE_TO.fullmatch(text, *((cands[k].end, cands[j].start) if ahead else (cands[j].end, cands[k].start))):
            out.add(j)

    for k in sorted(before | after):
        c = cands[k]
        if c.form != "name":
            continue
        last = _last_before(text, c.start) if k in before else ""
        if last in _AREAS_BEFORE_LAST:
            if last == ",":
                m = _APPOS_BEFORE.search(text, max(0, c.start - 80), c.start)
                if m is not None and not (m.group("noun") == "state" and any(p.kind == "country" for p in c.places)):
                    out.add(k)
            elif (m := _AREAS_BEFORE.search(text, max(0, c.start - 80), c.start)) is not None:
                with_fellows(k, True, m.group("noun"))
        nxt = text[c.end : c.end + 1] if k in after else ""
        if nxt == ",":
            m = _APPOS_AFTER.match(text, c.end)
            if m is not None and not (m.group("noun") == "state" and any(p.kind == "country" for p in c.places)):
                out.add(k)
        elif nxt.isspace() and (m := _AREAS_AFTER.match(text, c.end)) is not None:
            with_fellows(k, False, m.group("noun"))
    return out


#: A first-level area that is a city holds no more than this many times the city's people
#: (Moscow's 18 million for the city's 10; Almaty's, Minsk's and Tashkent's areas about theirs).
_CITY_AREA_SPREAD = 2.5


def _city_areas(readings: Sequence[Place]) -> frozenset[int]:
    """Indices of the first-level areas among ``readings`` that are a city of the name itself,
    where the same country has another first-level area of that name: the region around it.

    Moscow, Almaty, Tashkent and Minsk are first-level areas of their own, and so is the region
    around each, under the same name. "The Almaty region", "Moscow oblast", "Minsk Province"
    name the region: the city has a mayor, not a governor, and is called "the city of Almaty".
    """
    areas: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(readings):
        if p.kind == "admin1":
            areas[p.country].append(i)
    if not any(len(v) > 1 for v in areas.values()):
        return frozenset()
    city_pop = {p.admin1: p.population for p in readings if p.kind == "place" and p.admin1}
    out: list[int] = []
    for idx in areas.values():
        own = [i for i in idx if 0 < readings[i].population <= _CITY_AREA_SPREAD * city_pop.get(readings[i].id, 0)]
        if own and len(own) < len(idx):
            out.extend(own)
    return frozenset(out)


def _foreign_areas(readings: Sequence[Place]) -> frozenset[int]:
    """Indices of the first-level areas among ``readings`` that bear the name of a country
    among them and lie in another country, outside the United States (see :func:`resolve`)."""
    countries = {p.country for p in readings if p.kind == "country"}
    if not countries:
        return frozenset()
    return frozenset(i for i, p in enumerate(readings)
                     if p.kind == "admin1" and p.country not in countries and p.country != "US")


def _feature_areas(readings: Sequence[Place]) -> frozenset[int]:
    """Indices of the areas among ``readings`` named after a sea, river or lake that is itself
    among them: Egypt's and Sudan's "Red Sea" provinces beside the sea. Ships cross the sea in
    news of any country; the province is read only where the text names it as one ("Red Sea
    Governorate", "the state of Red Sea"), not from the article's focus on its country."""
    if not any(p.kind == "region" for p in readings):
        return frozenset()
    return frozenset(i for i, p in enumerate(readings)
                     if p.kind in ("admin1", "admin2") and p.name.rsplit(" ", 1)[-1] in _WATER_TAILS)


# English writes a river with the article ("the Dnipro", "the Thames", "across the Zambezi") and
# a town without it ("struck Kharkiv, Odesa and Dnipro", "police in Thames"). A hand-curated river
# (regions.tsv; it has no population, and would start like a region of ten million people) keeps
# that start only after "the"; read from its bare name it starts as a derived river does
# (:data:`_FEATURE_PRIOR`), behind every town and area of the name, and still wins a name no
# town bears. Named with its word ("Dnipro River", "the Zambezi river") it is the river alone.
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


def _hand_rivers(places: Sequence[Place]) -> tuple[int, ...]:
    """Indices of the hand-curated rivers among ``places`` (not the derived ones, which have
    :data:`FEATURE_POPULATION`), when another reading is a town or an area."""
    rivers = tuple(i for i, p in enumerate(places)
                   if p.kind == "region" and p.id.startswith(RIVER_ID_PREFIX) and p.population != FEATURE_POPULATION)
    if rivers and len(rivers) < len(places):
        return rivers
    return ()


def _region_countries(gazetteer, p: Place) -> tuple[str, ...]:
    """The countries a hand-curated region of several countries spans (regions.arrow); () for
    seas, for regions of no listed countries, and for a gazetteer without that table."""
    if gazetteer is None:
        from geo.places.gazetteer import load

        gazetteer = load()
    spans = getattr(gazetteer, "region_countries", None)
    return spans(p.id) if spans is not None else ()


def _a_country_no_area(c: Candidate) -> bool:
    """Is the name a country's and no first-level area's ("Chad", "Burkina Faso")? Then "states"
    around its list are nations ("member states such as Chad, Mali and Niger"), and no member
    of the list is a province."""
    return any(p.kind == "country" for p in c.places) and not any(p.kind == "admin1" for p in c.places)


def _last_before(text: str, pos: int) -> str:
    """The last character of the word before ``pos`` when only whitespace lies between, else "".

    The patterns read before a name (:data:`_STATE_OF`, :data:`_REGION_OF`,
    :data:`_TOWN_BODY_BEFORE`, :data:`_TOWN_PEOPLE_BEFORE`) all end in a word and whitespace
    ("state of ", "the town of the ", "two "), so a name after no such letter needs no search
    back over the characters before it (most names: one test instead of a regex trip per position).

    >>> _last_before("the state of  Ohio", 14), _last_before("in Ohio", 3), _last_before("(Ohio", 1)
    ('f', 'n', '')
    >>> _last_before("of" + " " * 50 + "Ohio", 52)
    ''
    """
    k = pos - 1
    if k < 0 or not text[k].isspace():  # str.isspace is the regexes' \s
        return ""
    # (no pattern looks further back than 40 characters: a longer gap is no word before it)
    stop = max(0, pos - 40)
    while k > stop and text[k - 1].isspace():
        k -= 1
    return text[k - 1] if k > stop else ""


#: A city this large is what news means by its name after a compass adjective too: "western
#: Kabul", "eastern Aleppo", "southern Arequipa" are the city's quarters.
_COMPASS_CITY = 500_000


def _compass_before(text: str, c: Candidate) -> bool:
    """Does a lower-case compass adjective stand right before the name ("southern Gaza"), whose
    readings are a town and an area but no country, region or sea ("western Niger", "southern
    Mexico", "the southern Red Sea" are those) and no great city?"""
    # (the words all end in "n": a name after any other letter needs no search back)
    return (
        _last_before(text, c.start) == "n" and _COMPASS_BEFORE.search(text, max(0, c.start - 24), c.start) is not None
        and not any(p.kind in ("country", "continent", "region") or (p.kind == "place" and p.population >= _COMPASS_CITY)
                    for p in c.places)
    )


def _hierarchy(text: str, cands: Sequence[Candidate], groups: list[_Group], gi_of: list[int], runs: list[list[int]],
               provinces: set[int] | None = None) -> None:
    """Bonus for readings inside the area named right after them ("X, Y" / "X, ST"), and for
    the first-level reading of a name followed by "state"/"province" ("Washington state") or
    after "state of"/"province of" ("the state of Washington"), and outside the United States by
    "region"/"oblast" ("the Kherson region", "the region of Kharkiv").
    Inside a list of three names or more, "X, Y" is two members when both can be areas of one
    kind ("Washington, Nevada and Arizona"), not a place and its state. A town followed by a
    state none of its readings lies in ("Alder, W. Va." with no Alder in West Virginia)
    is left unresolved, not read as a namesake in another state. ``runs``: :func:`_runs` of the candidates."""
    in_list: dict[int, int] = {}
    run_of: dict[int, list[int]] = {}
    pending: list[tuple[int, str]] = []  # names whose state, given after them, holds none of their readings
    for run in runs:
        for j in run:
            in_list[j] = len(run)
            run_of[j] = run
    if provinces is None:
        provinces = _named_provinces(text, cands, run_of)
    for k, c in enumerate(cands):
        g = groups[gi_of[k]]
        if g.form == "demonym":
            continue
        last = _last_before(text, c.start)
        after = _after_gloss(text, c)  # where the words after the name start, asked of four patterns
        if k in provinces or _STATE_WORD.match(text, after) or (last in _STATE_OF_LAST and _STATE_OF.search(text, max(0, c.start - 30), c.start)):
            cities = _city_areas(g.readings)
            for ri, p in enumerate(g.readings):
                if p.kind == "admin1" and ri not in cities:
                    g.hier[ri] = (_HIER_BONUS, "named as a state or province")
        elif (body := _STATE_BODY.match(text, after)) is not None:
            # (never a country's own first-level area of its name, which yields to the country;
            # and a border is a country's before a province's abroad: "the Mali-Niger border")
            countries = {p.country for p in g.readings if p.kind == "country"}
            border = body.group(0).endswith(("border", "line"))
            for ri, p in enumerate(g.readings):
                if p.kind == "admin1" and p.country not in countries and not (border and countries):
                    g.hier[ri] = (_HIER_BONUS, f"named as a state or province ('{text[c.start:body.end()]}')")
        elif (_REGION_WORD.match(text, after) or _AREA_WORD_CAPITAL.match(text, after)
              or (last == "f" and _REGION_OF.search(text, max(0, c.start - 40), c.start))
              or (last == "n" and _compass_before(text, c))):
            cities = _city_areas(g.readings)
            for ri, p in enumerate(g.readings):
                if p.kind == "admin1" and p.country != "US" and ri not in cities:
                    g.hier[ri] = (_HIER_BONUS, "named as a region")
        if k > 0 and _POSSESSIVE.fullmatch(text, cands[k - 1].end, c.start) and cands[k - 1].form == "name":
            # "Pakistan's Punjab province", "the Netherlands' Limburg": the owner holds the place
            owners = [a for a in cands[k - 1].places if a.kind in ("country", "admin1")]
            # (on top of "province" after it, which every same-named province shares)
            for ri, p in enumerate(g.readings):
                if any(_contains(a, p) for a in owners):
                    g.hier[ri] = (g.hier.get(ri, (0.0, ""))[0] + _HIER_BONUS, f"named as {cands[k - 1].text}'s")
        areas: list[Place] = []
        shown = ""
        state: list[Place] = []  # the state or province after the comma, when that is all it can be
        m = _ABBREV_RE.match(text, c.end)
        if m:
            code = STATE_ABBREV[m.group(1)]
            areas = [Place(code, m.group(1), "admin1", 0.0, 0.0, code[:2], code)]
            state = list(areas)
            shown = m.group(0).strip(" ,")
        if k + 1 < len(cands):
            nxt = cands[k + 1]
            between = text[c.end : nxt.start]
            listed = in_list.get(k, 0) >= 3 and in_list.get(k + 1, 0) >= 3 and bool(
                {p.kind for p in g.readings} & {p.kind for p in nxt.places} & {"admin1", "country"}
            )
            dm = _DISTRICT_COMMA.fullmatch(between) if DISTRICT_CUE in c.cues else None
            if (
                (between.strip() in (",", "") and len(between) <= 3)
                # "Bungo Regency, Jambi": the district's word stands between it and its province
                or dm is not None
            ) and nxt.form != "demonym" and not listed:
                areas.extend(p for p in nxt.places if p.kind in ("admin1", "country", "admin2"))
                shown = shown or nxt.text
                if dm is not None and areas and not any(
                    _holds(a, p, False) for a in areas for p in g.readings
                ):
                    # "Bruno district, in Purworejo", "Bruno district, Purworejo regency": the
                    # text names the area that holds the district; a district of that name
                    # elsewhere (Saskatchewan's) is not the one meant, and the data lacks the
                    # one that is: left unresolved, as "Alder, W. Va." is below
                    pending.append((gi_of[k], shown))
                if not state and "," in between and nxt.form == "name" and nxt.places:
                    ng = groups[gi_of[k + 1]]
                    # "W. Va.", or a name whose first reading is a state ("Ohio"; not "Georgia")
                    top = ng.readings[_argmax(ng.priors)] if ng.readings else None
                    if ABBREV_CUE in nxt.cues:
                        state = [p for p in nxt.places if p.kind == "admin1"]
                    elif (top is not None and top.kind == "admin1" and top.id in _ABBREVIATED
                          and not (set(nxt.cues) & _AREA_CUES)):
                        state = [top]
        if state and _town_name(g, cands) and not any(_contains(a, p) for a in state for p in g.readings) and (
            g.readings[_argmax(g.priors)].country in {a.country for a in state}
        ):
            # "Alder, W. Va." where no Alder of the data lies in West Virginia: the town
            # the writer means is not one of its namesakes in other states (unless the text
            # places the name elsewhere too, below). Only when the name's first reading is in
            # the state's country: "Perth, WA" may be Western Australia's, not Washington's.
            pending.append((gi_of[k], shown))
        if not areas:
            continue
        for ri, p in enumerate(g.readings):
            for a in areas:
                if _contains(a, p):
                    bonus = _HIER_BONUS + (0.5 if a.kind == "admin1" else 0.0)
                    if bonus > g.hier.get(ri, (0.0, ""))[0]:
                        g.hier[ri] = (bonus, f"named with {shown} ('{c.text}, {shown}')")
                    # the area right after the comma is read as the one containing this place
                    ag = groups[gi_of[k + 1]] if k + 1 < len(cands) and cands[k + 1].text == shown else None
                    if ag is not None:
                        for ai, q in enumerate(ag.readings):
                            if q.id == a.id:
                                ag.hier[ai] = (max(ag.hier.get(ai, (0.0, ""))[0], _CONTAINER_BONUS), f"contains {c.text}, named before it")
    # Last, as it yields to all of the above: "Dover and Chester in Olmsted County, Minn.",
    # "Huliaipole in Zaporizhzhia": the area after "in" holds the place (or every member of
    # the list) before it.
    for k in range(len(cands) - 1):
        c, nxt = cands[k], cands[k + 1]
        if c.form == "demonym" or nxt.form == "demonym" or not _IN_AREA.fullmatch(text, c.end, nxt.start):
            continue
        holders = [a for a in nxt.places if a.kind in ("admin1", "country")]
        if not holders:
            continue
        run = run_of.get(k, [k])
        for j in (run if run[-1] == k else [k]):
            g = groups[gi_of[j]]
            if g.form == "demonym" or g.hier:
                continue  # read already by what is next to it ("Albany, New York in the United States")
            for ri, p in enumerate(g.readings):
                if p.kind == "place" and any(_contains(a, p) for a in holders) and _IN_BONUS > g.hier.get(ri, (0.0, ""))[0]:
                    g.hier[ri] = (_IN_BONUS, f"in {nxt.text} ('{cands[j].text} in {nxt.text}')")
    _within(text, cands, groups, gi_of)
    for gi, shown in pending:
        g = groups[gi]
        if g.hier:
            continue
        g.unplaced = g.unplaced or f"no reading of it lies in {shown}, named after it"


#: A district whose point lies this close to a town of its name has its seat there (GeoNames
#: puts most districts at their seat; others at the median of their towns).
_SEAT_KM = 2.0


def _seated_districts(cands: Sequence[Candidate]) -> set[int]:
    """The candidates the text calls districts whose district reading has its seat at a town
    reading of another mention of the name ("KARAK: ... Karak district"): the district is its
    own sense there. A district whose point is no town's stays one sense with the town, which
    then stands for it (the town the district is named after)."""
    districts = [k for k, c in enumerate(cands) if DISTRICT_CUE in c.cues]
    if not districts:
        return set()
    out = set()
    for k in districts:
        c = cands[k]
        seats = [p for p in c.places if p.kind == "admin2"]
        towns = [p for o in cands if o.key == c.key and DISTRICT_CUE not in o.cues for p in o.places if p.kind == "place"]
        if any(_haversine(d, t) <= _SEAT_KM for d in seats for t in towns):
            out.add(k)
    return out


def _town_name(g: _Group, cands: Sequence[Candidate]) -> bool:
    """Is the name one of towns only (no country, area or county among its readings), written
    as a name in every mention?"""
    return bool(g.readings) and all(p.kind in ("place", "admin2") for p in g.readings) and all(
        cands[k].form == "name" and not (set(cands[k].cues) & _AREA_CUES) for k in g.members
    )


def _within(text: str, cands: Sequence[Candidate], groups: list[_Group], gi_of: list[int]) -> None:
    """ "the Shahpur area of Poonch district", "the Poonch district's Shahpur area", "Kitshanga,
    a town in North Kivu", "X, a village near Y": the text puts X inside (or near) Y. X's
    readings there win outright; when none lies there, X is left unresolved rather than read as
    a namesake far away (Y keeps its own mention). Only Y's readings that are areas or places
    are asked; a Y with no reading says nothing."""
    for k in range(len(cands) - 1):
        c, nxt = cands[k], cands[k + 1]
        if c.form != "name" or nxt.form != "name" or not (c.places and nxt.places):
            continue
        m = _WITHIN.fullmatch(text, c.end, nxt.start)
        if m is not None:
            near = m.group("rel") == "near"
            # "the Shahpur area of Poonch district" puts X in an area; "the Paris suburb of
            # Saint-Denis" puts a town in X: after "of" (no comma) only areas hold X, and a
            # town's name the text calls a district ("Jenin district")
            areas_only = m.group("rel") == "of" and m.group("appos") is None and not _DISTRICT_AFTER.match(text, nxt.end)
            _held_in(text, cands, groups, gi_of, k, k + 1, near, areas_only)
            # the other members of a list before it: "the Shahpur and Kerni areas of Poonch"
            j = k - 1
            while m.group("appos") is None and j >= 0 and cands[j].form == "name" and _LIST_SEP.fullmatch(text, cands[j].end, cands[j + 1].start):
                _held_in(text, cands, groups, gi_of, j, k + 1, near, areas_only)
                j -= 1
        elif (far := _DISTANCE_FROM.fullmatch(text, c.end, nxt.start)) is not None and not any(
            p.kind in ("country", "admin1") for p in groups[gi_of[k]].readings
        ):
            # "in Nasirabad, 40 kilometres from Turbat": X lies about that far from Y ("Bowling Green,
            # Kentucky, about 60 miles north of Nashville" says it of the town, not of the state)
            km = float(far.group("n").replace(",", "")) * (1.609 if far.group("unit").startswith("mile") else 1.0)
            _held_in(text, cands, groups, gi_of, k, k + 1, True, False, km)
        elif _IN_AREA.fullmatch(text, c.end, nxt.start) and _SETTLEMENT_BEFORE.search(text, max(0, c.start - 20), c.start) and _DISTRICT_AFTER.match(text, nxt.end):
            # "the town of Toul in the Nabatieh district": a settlement the text puts in a
            # district lies there, or is one the gazetteer lacks (not a namesake abroad)
            _held_in(text, cands, groups, gi_of, k, k + 1, False, False)
        elif _DISTRICTS_OWN.fullmatch(text, c.end, nxt.start) and _AREA_AFTER.match(text, nxt.end):
            _held_in(text, cands, groups, gi_of, k + 1, k, False, False)
        elif _POSSESSIVE.fullmatch(text, c.end, nxt.start) and _DISTRICT_AFTER.match(text, nxt.end):
            # "Balochistan's Musakhel district": the district is the province's, not a namesake
            # across the border
            _held_in(text, cands, groups, gi_of, k + 1, k, False, True)


def _held_in(text: str, cands: Sequence[Candidate], groups: list[_Group], gi_of: list[int], x: int, y: int,
             near: bool, areas_only: bool, near_km: float = 0.0) -> None:
    """The text puts candidate ``x`` in (or ``near``) candidate ``y`` (see :func:`_within`);
    ``near_km``: how near, when the text says it ("40 kilometres from Y")."""
    g = groups[gi_of[x]]
    if any(cands[j].form != "name" for j in g.members):
        return
    kinds = ("country", "admin1", "admin2") if areas_only else ("country", "admin1", "admin2", "place")
    # the holder's readings in this document (one sense: "Poonch district" earlier gives "Poonch" its districts)
    holders = [a for a in dict.fromkeys((*cands[y].places, *groups[gi_of[y]].readings)) if a.kind in kinds]
    if not holders:
        return
    where = f"{'near' if near else 'in'} {cands[y].text}"
    pairs = [(ri, a) for ri, p in enumerate(g.readings) for a in holders if _holds(a, p, near, near_km)]
    if not pairs:
        # "near" a country or province says too little to rule out a reading across its border
        if not (near and any(a.kind in ("country", "admin1") for a in holders)):
            g.unplaced = f"no reading of it lies {where}"
        return
    a, b = sorted((cands[x], cands[y]), key=lambda c: c.start)
    for ri in {ri for ri, _ in pairs}:
        if _HIER_BONUS > g.hier.get(ri, (0.0, ""))[0]:
            g.hier[ri] = (_HIER_BONUS, f"{where} ('{text[a.start:b.end]}')")
    # and Y is read as the area or town that holds X ("Jenin district": the West Bank's)
    ag = groups[gi_of[y]]
    held = {a.id for _, a in pairs}
    for ai, q in enumerate(ag.readings):
        if q.id in held and _CONTAINER_BONUS > ag.hier.get(ai, (0.0, ""))[0]:
            ag.hier[ai] = (_CONTAINER_BONUS, f"holds {cands[x].text}")


#: Between X and Y when the text puts X in or near Y: "X area of Y", "X village in Y",
#: "X, a (small) town in Y", "X, a village near Y".
_WITHIN = re.compile(
    # "X area of", "X and Kerni areas of" (the other name may be one the gazetteer lacks)
    r"(?:\s+(?:(?:and|or)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?=areas|villages|towns))?"
    r"(?:area|areas|village|villages|town|towns|locality)"
    r"|(?P<appos>\s*,\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}?(?:village|town|hamlet|settlement|locality|area|city|suburb|neighbou?rhood)))"
    r"\s+(?P<rel>of|in|near)\s+(?:the\s+)?"
)
#: Between X and Y when the text gives X's distance from Y: ", 40 kilometres from", " (25 miles
#: north of", ", about 10 km south-east of the town of".
_DISTANCE_FROM = re.compile(DISTANCE_FROM)
#: Before a name: the text calls it a settlement ("the town of X").
_SETTLEMENT_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(SETTLEMENT_NOUNS)) + r")\s+of\s+$")
#: Between a district and a place it holds: "the Poonch district's Shahpur area".
_DISTRICTS_OWN = re.compile(r"\s+(?:[Dd]istrict|[Tt]ehsil)['’]s\s+")
#: After that place: what makes it a part of the district.
_AREA_AFTER = re.compile(r"\s+(?:area|village|town|sector|locality)\b")
#: Between a district's name and the area after it: "Bungo Regency, Jambi", "Karak district, Khyber".
_DISTRICT_COMMA = re.compile(r"\s+(?:[Dd]istrict|[Tt]ehsil|LGA|[Rr]egency|[Ss]hire)\s*,\s*(?P<in>in\s+(?:the\s+)?)?")
#: After a holder's name: the text calls it a district.
_DISTRICT_AFTER = re.compile(r"\s+(?:[Dd]istrict|[Tt]ehsil|LGA|[Ll]ocal [Gg]overnment [Aa]rea)\b")
_NEAR_KM = 50.0  # "a village near Y": within this distance of Y's point
_DISTRICT_KM = 75.0  # a district's point is its seat or the median of its towns: a place this close may lie in it


def _holds(area: Place, p: Place, near: bool, near_km: float = 0.0) -> bool:
    """Is reading ``p`` inside (or, ``near``, close to: ``near_km`` when the text gives it) the
    reading ``area`` of the holder?"""
    if area.id == p.id:
        return False
    if area.kind in ("place", "admin2") or near:
        if area.kind in ("country", "admin1"):
            return _contains(area, p)
        limit = _DISTRICT_KM if area.kind == "admin2" else _NEAR_KM
        if near_km:
            # a distance news gives is a road's or a rough one: half again, and a town's size
            limit = max(limit, 1.5 * near_km + 10.0)
        return p.country == area.country and _haversine(area, p) <= limit
    return _contains(area, p)


#: "X in Y": Y holds X ("Dover in Olmsted County", "Huliaipole in the Zaporizhzhia region").
_IN_AREA = re.compile(r"\s+in\s+(?:the\s+)?")
_IN_BONUS = 4.0  # less than "X, Y" (_HIER_BONUS): "in" also joins a place to where a person from it is


#: After a name, a municipality's own bodies and officers: a country, a province or a region
#: has no city council, town hall, mayor or selectmen ("the Lebanon City Council", "Jordan
#: Mayor Ann Pike", "the Lebanon Police Department").
_TOWN_BODY_AFTER = re.compile(
    r"\s+(?:(?:[Cc]ity|[Tt]own|[Vv]illage)\s+(?:[Cc]ouncil|[Hh]all|[Mm]anager|[Cc]ommission|[Cc]lerk|officials|limits|[Ss]chools)"
    r"|[Mm]ayor|[Bb]oard\s+of\s+(?:[Ss]electmen|[Aa]ldermen)|[Ss]electmen|[Aa]ldermen"
    # "Orange Walk Town", "Corozal Town": the town's own name with its word, where the key holds
    # the town and its district (a capital: "town" in lower case is a common noun after a name,
    # "the Kisumu town centre")
    r"|Town(?!\s+(?:of|and)\b)"
    # "Muyinga Commune", "in Ruyigi commune": a commune is a municipality (Burundi's, France's,
    # Vietnam's, Mali's), never the province or region that shares its seat's name
    r"|[Cc]ommune(?!\s+(?:of|and)\b)"
    r"|(?:[Pp]olice|[Ff]ire)\s+(?:[Dd]epartment|[Dd]ept\b)|[Ff]ire\s+[Cc]hief)\b"
)
#: Before a name: "the City of Lebanon", "the town of Jordan", "the mayor of Peru".
_TOWN_BODY_BEFORE = re.compile(r"\b(?:[Cc]ity|[Tt]own|[Vv]illage|[Bb]orough|[Mm]ayor)\s+of\s+(?:the\s+)?$")
#: A person or a school named by the bare name: "a Lebanon woman", "two Jordan men", "Malta
#: High School". A country's people and schools take its demonym ("a Lebanese woman"); a town's
#: take its name. (A state's or province's take its name too: "a Georgia man".)
_TOWN_PEOPLE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]wo|[Tt]hree|[Ff]our)\s+$")
#: The last letters of the words those two end in ("of", "the"; "a", "an", "two", "three",
#: "four"): see :func:`_last_before`.
_TOWN_BODY_LAST = frozenset("fe")
_TOWN_PEOPLE_LAST = frozenset("aAnoer")
_TOWN_PEOPLE_AFTER = re.compile(
    r"\s+(?:man|woman|men|women|boy|girl|boys|girls|teen|teens|teenager|teenagers|couple|family|resident|residents|native|motorist|driver)\b"
)
_TOWN_SCHOOL_AFTER = re.compile(r"\s+(?:High|Middle|Elementary|Junior\s+High)\s+School\b")
_TOWN_BONUS = 8.0  # the text says which kind of place the name is: more than any prior gap of kind


def _town_use(text: str, cands: Sequence[Candidate], groups: list[_Group], gi_of: list[int]) -> None:
    """A name used as a municipality's ("the Lebanon City Council", "the City of Lebanon") is
    read as a town, not as the country, province or region of that name; a name that names
    people or a school as a town's do ("a Jordan man", "Malta High School") is not the
    country's (one sense per document: one such use reads every mention). "The Mexico City
    Council" is the council of the town named "Mexico City"."""
    done: set[int] = set()
    for c, gi in zip(cands, gi_of):
        g = groups[gi]
        if gi in done or g.form == "demonym" or not g.readings:
            continue
        if (m := _TOWN_BODY_AFTER.match(text, c.end)) is not None:
            keep, why, phrase = ("place", "admin2"), "named as a town's", text[c.start : m.end()]
        elif (last := _last_before(text, c.start)) in _TOWN_BODY_LAST and (
                m := _TOWN_BODY_BEFORE.search(text, max(0, c.start - 20), c.start)) is not None:
            keep, why, phrase = ("place", "admin2"), "named as a town", text[m.start() : c.end]
        elif (m := _TOWN_SCHOOL_AFTER.match(text, c.end) or (
            _TOWN_PEOPLE_AFTER.match(text, c.end)
            if last in _TOWN_PEOPLE_LAST and _TOWN_PEOPLE_BEFORE.search(text, max(0, c.start - 8), c.start) else None
        )) is not None:
            keep, why, phrase = ("place", "admin2", "admin1"), "its people or school named as a town's", text[c.start : m.end()]
        else:
            continue
        if not any(p.kind in keep for p in g.readings) or all(p.kind in keep for p in g.readings):
            continue
        # (a state by its own name only: "a Georgia man", not a province that has the name as an alias)
        chosen = [ri for ri, p in enumerate(g.readings)
                  if p.kind in keep and (p.kind != "admin1" or normalize_cached(p.name) == g.key)]
        if not chosen:
            continue
        if text.startswith(" City", c.end):
            named_city = [ri for ri in chosen if normalize_cached(g.readings[ri].name) == g.key + " city"]
            chosen = named_city or chosen
        done.add(gi)
        for ri in chosen:
            b, ev = g.hier.get(ri, (0.0, ""))
            g.hier[ri] = (b + _TOWN_BONUS, ev or f"{why} ('{phrase}')")


def _county_lists(cands: Sequence[Candidate], groups: list[_Group], gi_of: list[int], runs: list[list[int]]) -> None:
    """Counties listed together lie in one state ("Reed, Mill, Ash and Elm counties":
    four names that many states have, all four only in Minnesota): the states that hold a
    county of every name of the list (of all but one, in a list of four or more) are read for
    each of them. ``runs``: :func:`_runs` of the candidates."""
    for run in runs:
        members = [j for j in run if COUNTY_CUE in cands[j].cues and cands[j].form == "name"]
        if len(members) < 2 or len(members) < len(run):
            continue
        states: Counter = Counter()
        for j in members:
            g = groups[gi_of[j]]
            states.update({p.id for p in g.readings if p.kind == "admin1"})
        if not states:
            continue
        top = max(states.values())
        need = len(members) if len(members) < 4 else len(members) - 1
        shared = {a for a, n in states.items() if n == top and n >= need}
        if not shared or len(shared) == len(states):
            continue
        names = f"{cands[members[0]].text} … {cands[members[-1]].text}"
        for j in members:
            g = groups[gi_of[j]]
            for ri, p in enumerate(g.readings):
                if p.id in shared and p.kind == "admin1":
                    g.hier[ri] = (max(g.hier.get(ri, (0.0, ""))[0], _HIER_BONUS), f"the state of every county of the list ({names})")


#: Between an owner and what it holds: "Pakistan's Punjab", "the Netherlands' Limburg".
_POSSESSIVE = re.compile(r"['’]s? ")


# A member may take "the" ("Luxembourg, the Netherlands and Belgium"), and a tally after it,
# as reports of cases or votes by area list them ("Oyo – 12, Kano – 40 and Borno – 7";
# "Chile (14 cases), Peru (3 cases, 1 death)"): a number after a dash, or a bracket that opens
# on a number; or before it, "12 in Oyo, 40 in Kano and 7 in Borno".
_LIST_TALLY = r"(?:\s*[–—-]\s*\d[\d,.]*|\s*\(\d[^()\n]{0,60}\))?"
_LIST_LEAD = r"(?:\d[\d,.]*\s+(?:in|from)\s+)?"
_LIST_SEP = re.compile(
    _LIST_TALLY + r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)" + _LIST_LEAD + r"(?:the\s+)?"
)
#: Between two members, a member the gazetteer lacks ("Aragon, Castile-La Mancha, Catalonia";
#: "Murcia, the Valencian Country, Navarre"): the list goes on over it.
_LIST_GAP = re.compile(
    r"\s*,\s*(?:the\s+)?[A-Z][\w'’.]*(?:[\s-][A-Z][\w'’.]*){0,3}\s*,\s*(?:and\s+|or\s+)?(?:the\s+)?"
)
#: A list joined by commas alone is one from this many members ("Kent, Essex, Surrey, Sussex"):
#: fewer may be a place and its areas ("Albany, New York, USA").
_COMMA_LIST = 4
_LIST_BONUS = 2.0


def _runs(text: str, cands: Sequence[Candidate]) -> list[list[int]]:
    """Runs of consecutive candidates joined by commas and a final "and"/"or" (lists; a run
    joined by commas only is kept too when it has :data:`_COMMA_LIST` members or more). A
    member the gazetteer lacks does not end the list (:data:`_LIST_GAP`)."""
    out = []
    n = len(cands)
    k = 0
    while k < n:
        run = [k]
        has_and = False
        while run[-1] + 1 < n:
            a, b = cands[run[-1]], cands[run[-1] + 1]
            m = _LIST_SEP.fullmatch(text, a.end, b.start)
            if m is None:
                if b.start - a.end > 60 or (m := _LIST_GAP.fullmatch(text, a.end, b.start)) is None:
                    break
            has_and = has_and or any(w in m.group(0) for w in ("and", "or", "&"))
            run.append(run[-1] + 1)
        k = run[-1] + 1
        if len(run) >= 2 and (has_and or len(run) >= _COMMA_LIST):
            out.append(run)
    return out


def _lists(cands: Sequence[Candidate], groups: list[_Group], gi_of: list[int], base: list[list[float]], runs: list[list[int]]) -> None:
    """Names listed together share a kind ("New York, New Jersey and Connecticut": states;
    "Jordan, Syria and Lebanon": countries): in a list joined by commas and a final "and"/"or",
    where two thirds of the other confidently read members (after the prior and hierarchy) have
    one kind, the readings of that kind get :data:`_LIST_BONUS` (in a list of sixteen states, one
    member misread as a country must not undo the rest). A comma alone is no list ("Paris,
    Texas"). ``runs``: :func:`_runs` of the candidates."""
    for run in runs:
        kinds: list[str | None] = []
        for j in run:
            g = groups[gi_of[j]]
            if not g.readings or g.form == "demonym" or COUNTY_CUE in cands[j].cues or DISTRICT_AREA_CUE in cands[j].cues:
                kinds.append(None)
                continue
            b = _argmax(g.probs)
            kinds.append(g.readings[b].kind if g.probs[b] >= 0.6 else None)
        for idx, j in enumerate(run):
            others = Counter(x for t, x in enumerate(kinds) if t != idx and x is not None)
            if not others:
                continue
            kind, n = others.most_common(1)[0]
            if 3 * n < 2 * sum(others.values()):
                continue  # no clear kind: one odd member ("Georgia" the country) may be misread
            if kind == "place":
                continue  # towns in a list say nothing about the kind of a name
            gi = gi_of[j]
            g = groups[gi]
            for ri, p in enumerate(g.readings):
                if p.kind == kind:
                    base[gi][ri] += _LIST_BONUS


#: The ranked readings of a name and their priors, by the gazetteer's tuple of its places.
_RANKED = IdentityMemo()


def _ranked(places: tuple[Place, ...], key: str, gazetteer) -> tuple[list[Place], list[float]]:
    """A name's readings, the :data:`MAX_READINGS` best by prior, and their :func:`_priors`
    (``key``: the name, "" for a demonym). Fresh lists each call: the caller owns them."""
    hit = _RANKED.get(places, (key, gazetteer))
    if hit is None:
        ranked = sorted(((prior(p), p) for p in set(places)), key=lambda rp: (-rp[0], rp[1].id))[:MAX_READINGS]
        readings = tuple(p for _, p in ranked)
        hand = getattr(gazetteer, "hand_alias", None)
        pri = tuple(_priors(readings, key, getattr(gazetteer, "is_capital", None), [r for r, _ in ranked],
                            hand(key) if hand is not None and key else frozenset()))
        hit = (readings, pri)
        _RANKED.put(places, (key, gazetteer), hit)
    return list(hit[0]), list(hit[1])


def resolve(text: str, candidates: Sequence[Candidate], *, gazetteer=None) -> tuple[Mention, ...]:
    """Choose a reading for every candidate; return mentions in text order.

    ``gazetteer`` (optional) names countries and areas in evidence strings, and gives the
    countries of a region of several countries (else the embedded gazetteer's).
    """
    cands = sorted(candidates, key=lambda c: (c.start, c.end))
    if not cands:
        return ()
    groups: list[_Group] = []
    index: dict[tuple[str, str], int] = {}
    gi_of: list[int] = []
    seated = _seated_districts(cands)
    runs = _runs(text, cands)  # the lists of names, asked by four rules: found once
    provinces = _named_provinces(text, cands, {j: run for run in runs for j in run})
    for k, c in enumerate(cands):
        # A state's abbreviation ("R-N.Y.", "Albany, N.Y.") names the state only: it is not one
        # sense with the full name, which may be the city ("New York, N.Y.").
        # A name the text calls a district whose seat is the town named elsewhere in the text
        # names the district: the dateline "KARAK:" and "Karak district" are two places at one point.
        # A name with an area word after it ("the Kherson region", "the Idlib countryside") names
        # the area named after the town; the same name bare ("in Kherson") the town, as news uses
        # the two apart. (Not when the area is in another land than the town: "the Beni region"
        # of Congo is no sense of Bolivia's Beni, and the bare mentions say which land is meant.)
        # So too a name the text calls a province or state outside the United States ("Taiz
        # province", "the province of Taiz", "Johor State"): "west of Taiz" in the headline is the
        # city, "Taiz province" below it the governorate, and neither reading is the other's.
        # (a town and an area of its country among the readings is needed by both tests of the
        # area word, the one abroad a narrower case of it: asked first, as most names have no
        # such pair, and the words after the name are then not read)
        gkey = (c.key, "demonym" if c.form == "demonym" else "abbreviation" if ABBREV_CUE in c.cues
                else "district" if k in seated
                else "region" if c.form == "name" and _town_and_its_area(c.places) and (
                    _REGION_WORD.match(text, _after_gloss(text, c)) or _compass_before(text, c)
                    or (_province_named(text, c, k in provinces) and _town_and_its_area(c.places, abroad=True)))
                else "the" if c.form == "name" and _last_before(text, c.start) == "e" and _THE_BEFORE.search(text, max(0, c.start - 8), c.start)
                and _hand_rivers(c.places)
                else "name")
        gi = index.get(gkey)
        if gi is None:
            readings, pri = _ranked(c.places, c.key if c.form != "demonym" else "", gazetteer)
            gi = len(groups)
            index[gkey] = gi
            if COUNTY_CUE in c.cues and all(p.kind == "admin1" for p in readings):
                pri = [0.0] * len(readings)  # the states with a county of that name: equal a priori
            gated = _compass_regions(c.key, readings) if c.form == "name" else ()
            for i in gated:
                # (the region's own name for it: "the South East" is no alias of South East England)
                pri[i] = prior(readings[i]) - _COMPASS_HANDICAP
            if gkey[1] == "name" and len(readings) > 1:
                for i in _hand_rivers(readings):
                    pri[i] = _FEATURE_PRIOR
            groups.append(_Group(c.key, "name" if gkey[1] == "the" else gkey[1], readings, pri, [], {}, gated=gated))
        groups[gi].members.append(k)
        gi_of.append(gi)

    _hierarchy(text, cands, groups, gi_of, runs, provinces)
    _town_use(text, cands, groups, gi_of)
    _county_lists(cands, groups, gi_of, runs)

    # Pass 1: prior + hierarchy.
    base = []
    for g in groups:
        s = [g.priors[i] + g.hier.get(i, (0.0, ""))[0] for i in range(len(g.readings))]
        base.append(s)
        g.probs = _softmax(s) if s else []

    _lists(cands, groups, gi_of, base, runs)

    # Counties whose name several states have and that the text does not place ("Quill County"):
    # their states are a guess, which the places around them would otherwise settle (and then
    # lean on in turn: a large namesake town elsewhere drags the county there, and the county the town).
    vague_counties = [
        gi for gi, g in enumerate(groups)
        if len(g.readings) > 1 and not g.hier and all(p.kind == "admin1" for p in g.readings)
        and all(COUNTY_CUE in cands[k].cues for k in g.members)
    ]
    # Such a county lies in a state the article names outright, when one is among its states: a
    # named state is no context for the county ("Ohio" is one of its own readings), yet it is
    # the text's word, while the county's other states are only that the name exists there.
    vague_set = frozenset(vague_counties)
    named_first = _named_areas(text, cands, groups, vague_set) if vague_counties else set()
    for gi in vague_counties:
        g = groups[gi]
        if any(p.id in named_first for p in g.readings):
            base[gi] = [b + (_NAMED_STATE_BONUS if p.id in named_first else 0.0) for b, p in zip(base[gi], g.readings)]
            g.probs = _softmax(base[gi])

    us_w = us_weight(text)
    # What the rounds ask of each name's readings that no round changes, asked once.
    own_ids_of = [{p.id for p in g.readings} for g in groups]
    # A country named like an area or town abroad ("Georgia", "Jordan"): the article's
    # places inside that country speak for it as they would for one of its towns.
    split_of = [len({p.country for p in g.readings}) > 1 for g in groups]
    # A country's name that is also a first-level area of another country ("Niger" and Nigeria's
    # Niger State, "Luxembourg" and Belgium's province): the press writes the area with its area
    # word ("Niger State") or places it ("Niger, Nigeria"), and means the country when it names
    # it bare, even in a story about the neighbour. The article's focus is no reason for the area
    # then; what the text says of it is (the hierarchy bonus). US states are named bare by the
    # US press, a state's as much as a country's: "Georgia" keeps the focus.
    # (Nor when the text names the area elsewhere with its own words: "Niger State" earlier makes
    # a bare "Niger" later a fair reading of it.)
    areas_named: dict[str, set[int]] = defaultdict(set)
    for gi, g in enumerate(groups):
        if g.readings and g.form != "demonym":
            top = g.readings[_argmax(g.probs)]
            if top.kind == "admin1":
                areas_named[top.id].add(gi)
    foreign_areas = [
        frozenset(i for i in _foreign_areas(g.readings) | _feature_areas(g.readings)
                  if not areas_named.get(g.readings[i].id, set()) - {gi})
        for gi, g in enumerate(groups)
    ]

    # Of each name's mentions, which no round changes (asked once, not at every round): how many
    # stand inside an organisation's name, and does one stand outside any (or in an institution's)?
    n_org_of = [sum(1 for k in g.members if cands[k].form == "organisation" and INSTITUTION_CUE not in cands[k].cues)
                for g in groups]
    placeable = [any(cands[k].form != "organisation" or INSTITUTION_CUE in cands[k].cues for k in g.members)
                 for g in groups]

    # Context rounds: the focus is read from the current readings, then every name is scored again;
    # a second round lets names placed by context support the others.
    for _round in range(_ROUNDS):
        # (a state read as one only now, "Georgia" once the article's places outweigh the country)
        named = _named_areas(text, cands, groups, vague_set) - named_first if vague_counties else set()
        # Document focus: the countries and first-level areas the readings point to.
        country_w: dict[str, float] = defaultdict(float)
        admin1_w: dict[str, float] = defaultdict(float)
        # A name never supports itself, nor do other names whose best reading is one of its own
        # readings ("Dublin City" must not vouch for "Dublin"): their weight is taken out below.
        by_top: dict[str, list[tuple[str, str, float]]] = defaultdict(list)
        for gi, g in enumerate(groups):
            if not g.readings or g.gated:
                # (a name of compass words is in every country: "the North East" says nothing of
                # where the story is, whichever reading it takes)
                continue
            # A town inside an organisation's name is mostly a surname or a brand ("Stevens &
            # Wilkinson", "Columbia Sportswear"): it says nothing of where the story is, while a
            # country or state in one ("Georgia Power", "Pakistan Peoples Party") does.
            # A university's town ("University of Maine at Orono") is a real place the story is
            # near, so it counts like a name.
            n_org = n_org_of[gi]
            n_name = len(g.members) - n_org
            for ri in _focus_readings(g.probs):
                p = g.readings[ri]
                weight = min(n_name + (n_org if p.kind != "place" else 0), 3)
                if not weight:
                    continue
                conf = g.probs[ri] * weight
                a1 = p.id if p.kind == "admin1" else (p.admin1 or "")
                country_w[p.country] += conf
                if a1:
                    admin1_w[a1] += conf
                by_top[p.id].append((p.country, a1, conf))
        if us_w:
            country_w["US"] += us_w
        total = (sum(c for v in by_top.values() for _, _, c in v) + us_w) or 1.0

        # Confident places for proximity (not countries/continents: they are too large).
        anchors: list[tuple[int, Place]] = []
        for gi, g in enumerate(groups):
            if g.readings and g.form != "demonym" and placeable[gi]:
                b = _argmax(g.probs)
                p = g.readings[b]
                if g.probs[b] >= 0.6 and p.kind in ("place", "admin2", "admin1"):
                    anchors.append((gi, p))
        near_index = _Anchors(anchors[:40])

        for gi, g in enumerate(groups):
            if len(g.readings) < 2:
                # nothing to weigh: a lone reading keeps probability 1 whatever its score, and
                # its evidence says "only place of that name", not why its score rose
                continue
            own_country: dict[str, float] = defaultdict(float)
            own_admin1: dict[str, float] = defaultdict(float)
            own_w = 0.0
            for p in g.readings:
                for c_, a_, w_ in by_top.get(p.id, ()):
                    own_country[c_] += w_
                    if a_:
                        own_admin1[a_] += w_
                    own_w += w_
            rest = max(total - own_w, 1e-9)
            own_ids = own_ids_of[gi]
            split = split_of[gi]
            gated = g.gated
            # (the group's own tables, read for each of its readings: looked up once; none is
            # rebound in the loop)
            base_g, hier, foreign, vague = base[gi], g.hier, foreign_areas[gi], gi in vague_set
            scores = []
            notes: list[list[tuple[str, str]]] = []
            for ri, p in enumerate(g.readings):
                s = base_g[ri]
                why: list[tuple[str, str]] = []  # made into words only for the chosen reading
                if ri in hier:
                    why.append(("text", hier[ri][1]))
                elif ri in foreign:
                    scores.append(s)
                    notes.append(why)
                    continue
                held = _region_countries(gazetteer, p) if p.kind == "region" and not p.country else ()
                if held:
                    # a region of several countries ("the Balkans", "the Sahel") holds the story's
                    # countries as a town holds its own: "the Balkan route" in a story on Serbia and
                    # Croatia is the Balkans, not Turkmenistan's Balkan province
                    cw = sum(country_w.get(c, 0.0) - own_country.get(c, 0.0) for c in held)
                else:
                    cw = country_w.get(p.country, 0.0) - own_country.get(p.country, 0.0)
                share = cw / rest
                if cw >= 0.5 and (share >= 0.15 or cw >= 2.0) and (
                    p.kind not in ("country", "continent") or (split and p.kind == "country")
                ):
                    s += _COUNTRY_BONUS * math.sqrt(min(1.0, share))
                    if gated and ri in gated:
                        s += _COMPASS_HANDICAP  # "the South East" in a story about its country
                    why.append(("text", "it holds the article's countries") if held else ("country", p.country))
                a1 = p.admin1
                if a1:
                    # a place in an area the article names; an area the article's places are in
                    aw = admin1_w.get(a1, 0.0) - own_admin1.get(a1, 0.0)
                    if aw >= 0.5:
                        # the more of the article's weight the area holds, the surer
                        s += _ADMIN1_BONUS + _ADMIN1_EXTRA * min(1.0, aw / rest)
                        why.append(("admin1", a1) if p.kind != "admin1" else ("inside", a1))
                if vague and p.id in named:
                    s += _NAMED_STATE_BONUS
                    why.append(("text", "a state with a county of that name, named in the article"))
                if p.kind in ("place", "admin2"):
                    near, anchor, d = near_index.bonus(p, gi, own_ids)
                    if near:
                        s += near
                        why.append(("near", f"{d:.0f} km from {anchor}"))
                scores.append(s)
                notes.append(why)
            _keep_the_city(g.readings, scores, g.hier, g.key)
            g.probs = _softmax(scores)
            g.notes = notes


    # The ranking of each name, best first; a lone far outlier (a hamlet abroad among places
    # of one country) is read in the article's country, or dropped (geo.geoparse.outliers).
    orders: list[list[int]] = [sorted(range(len(g.readings)), key=lambda i: -g.probs[i]) for g in groups]
    outliers = lone_outliers([
        (g.readings, orders[gi]) if g.readings and g.form != "demonym" and not any(
            COUNTY_CUE in cands[k].cues or DISTRICT_AREA_CUE in cands[k].cues for k in g.members) else None
        for gi, g in enumerate(groups)
    ], organisations=frozenset(
        gi for gi, g in enumerate(groups) if all(cands[k].form == "organisation" for k in g.members)
    ), mentions=[len(g.members) for g in groups])
    for gi, ri in outliers.items():
        if ri is not None:
            orders[gi].remove(ri)
            orders[gi].insert(0, ri)

    # (the countries of the story's names but those of compass words, for :func:`_compass_abroad`)
    compass = [gi for gi, g in enumerate(groups) if g.form == "name" and _compass_name(g.key)]
    abroad: set[int] = set()
    if compass:
        story = {g.readings[_argmax(g.probs)].country for gi, g in enumerate(groups)
                 if g.readings and g.probs and gi not in compass}
        abroad = {gi for gi in compass if _compass_abroad(groups[gi], story)}
    # (names read only through another romanisation whose every reading lies in a country the
    # story names no place of: :func:`_romanised`)
    romanised = [gi for gi, g in enumerate(groups) if g.form == "name" and g.readings and _romanised(gazetteer, g.key)]
    unread: set[int] = set()
    if romanised:
        best = [g.readings[_argmax(g.probs)] for gi, g in enumerate(groups)
                if g.readings and g.probs and gi not in romanised and gi not in abroad]
        story = _romanised_story(best)
        unread = {gi for gi in romanised if story is not None and not any(p.country in story for p in groups[gi].readings)}
    out: list[Mention] = []
    # One sense per document: the ranking and its evidence are a group's, made once for all
    # its mentions (the evidence names places through the gazetteer).
    chosen_of: dict[int, tuple[list[int], Place, tuple[ScoredPlace, ...], list[str]]] = {}
    for k, c in enumerate(cands):
        g = groups[gi_of[k]]
        if COUNTY_CUE in c.cues:
            out.append(_county(text, c, k, cands, g, admin1_w, gazetteer))
            continue
        if not g.readings:
            out.append(Mention(c.start, c.end, c.text, None, 0.0, (), c.form, c.cues))
            continue
        if gi_of[k] in abroad:
            continue  # compass words naming an area of a country the story is not about
        if gi_of[k] in unread:
            # a name read only through another romanisation, of a town in a country the story
            # is not about: a name the gazetteer lacks, kept with no place (as a settlement the
            # text names is)
            out.append(Mention(c.start, c.end, c.text, None, 0.0, (), c.form, c.cues))
            continue
        if DISTRICT_AREA_CUE in c.cues:
            # Unresolved on purpose, as a county with no point: the area it lies in is offered.
            bi = _argmax(g.probs)
            area = g.readings[bi]
            out.append(Mention(c.start, c.end, c.text, None, 0.0, (ScoredPlace(area, round(g.probs[bi], 4)),), c.form,
                               c.cues + (f"in {area.name}",)))
            continue
        if g.unplaced:
            # "X, a village in Y" with no reading of X in or near Y: not a namesake far away
            out.append(Mention(c.start, c.end, c.text, None, 0.0, (), c.form, c.cues + (g.unplaced,)))
            continue
        if gi_of[k] in outliers and outliers[gi_of[k]] is None:
            top = g.readings[orders[gi_of[k]][0]]
            if top.kind == "region" and top.population == FEATURE_POPULATION:
                # a river far from the story: the text names a feature, one the gazetteer lacks
                out.append(Mention(c.start, c.end, c.text, None, 0.0, (), c.form, c.cues + (FAR_FEATURE_CUE,)))
            continue  # a lone far outlier with no reading in the article's country: a word or a person
        hit = chosen_of.get(gi_of[k])
        if hit is None:
            order = orders[gi_of[k]]
            chosen = g.readings[order[0]]
            listed = tuple(ScoredPlace(g.readings[i], round(g.probs[i], 4)) for i in order[:MAX_LISTED])
            ev = _evidence(g, order[0], chosen, gazetteer)
            if gi_of[k] in outliers:
                ev = [OUTLIER_CUE, *ev]
            hit = chosen_of[gi_of[k]] = (order, chosen, listed, ev)
        order, chosen, listed, group_ev = hit
        best = order[0]
        ev = list(c.cues) + group_ev
        if log.isEnabledFor(logging.DEBUG):  # the readings passed over, for `python -m geo -vv`
            log.debug("%r -> %s (%.2f); passed over: %s", c.text, chosen.id, g.probs[best],
                      ", ".join(f"{g.readings[i].id} {g.probs[i]:.2f}" for i in order[1:MAX_LISTED]) or "none")
        out.append(
            Mention(c.start, c.end, c.text, chosen, round(g.probs[best], 4), listed, c.form, tuple(ev))
        )
    return tuple(out)


def _county(text: str, c: Candidate, k: int, cands: Sequence[Candidate], g: _Group, admin1_w, gazetteer) -> Mention:
    """A county missing from the gazetteer's rows: its likely first-level area is the one named
    right after it ("Laurel County, Ky."), else the one of its same-named place chosen by
    context, else the first-level area the article names most. A US county of that name in that
    area is the reading (kind "admin2", at its point); without one the mention stays unresolved,
    with the area as the one candidate."""
    area: Place | None = None
    why = ""
    placed = True  # whether the area is known well enough to place the county in it
    if g.readings and not all(p.kind == "admin1" and p.country == "US" for p in g.readings):
        # No US county bears the name: the readings are those of the name itself. Outside the
        # United States a county is named after its main town or is the first-level area of
        # that name ("Kisumu County", "Nakuru County" in Kenya; "Nimba County" in Liberia):
        # that reading, chosen by context, is where the county is.
        bi = _argmax(g.probs)
        best = g.readings[bi]
        if best.country != "US" and best.kind in ("admin1", "place") and g.probs[bi] >= 0.5:
            return Mention(
                c.start, c.end, c.text, best, g.probs[bi], (ScoredPlace(best, g.probs[bi]),), c.form,
                c.cues + (f"the county of {best.name}, outside the United States",),
            )
    abroad = _county_abroad(c, admin1_w, gazetteer)
    if abroad is not None:
        return abroad
    if (k + 1 < len(cands) and text[c.end : cands[k + 1].start].strip() == "," and len(text[c.end : cands[k + 1].start]) <= 3
            and COUNTY_CUE not in cands[k + 1].cues):  # "Reed, Mill and Ash counties": Mill is the next county
        area = next((p for p in cands[k + 1].places if p.kind == "admin1"), None)
        why = f"named with {cands[k + 1].text}"
    if area is None and g.readings:
        best = g.readings[_argmax(g.probs)]
        if best.kind == "admin1" and all(p.kind == "admin1" for p in g.readings):
            # the states that have a county of that name, narrowed by the context; a state
            # picked among equals ("Washington County" alone: 30 states) is only offered
            area = best
            why = "the state with a county of that name" if len(g.readings) == 1 else "a state with a county of that name, by the context"
            placed = g.probs[_argmax(g.probs)] >= 0.5
        elif g.probs[_argmax(g.probs)] >= 0.5 and best.admin1 and gazetteer is not None:
            area = _get(gazetteer, best.admin1)
            why = f"where {best.name} is"
    if area is None and admin1_w and gazetteer is not None:
        code, w = max(admin1_w.items(), key=lambda kv: kv[1])
        if w >= 0.5:
            area = _get(gazetteer, code)
            why = "the area the article names most"
    if area is None:
        return Mention(c.start, c.end, c.text, None, 0.0, (), c.form, c.cues)
    county = _county_point(gazetteer, c.key, area) if placed else None
    if county is not None:
        # The county itself, at its point, in the state the text or the context gives.
        return Mention(
            c.start, c.end, c.text, county, 0.5, (ScoredPlace(county, 0.5), ScoredPlace(area, 0.3)), c.form,
            c.cues + (f"the county in {area.name}: {why}",),
        )
    # Unresolved on purpose: a pin at the area's reference point would claim a precision we
    # do not have, and so would a county in a state the text does not single out. The area is
    # offered as the one candidate, for the app's correction panel.
    return Mention(
        c.start, c.end, c.text, None, 0.0, (ScoredPlace(area, 0.3),), c.form,
        c.cues + (f"in {area.name}: {why}",),
    )


def _county_point(gazetteer, key: str, area: Place) -> Place | None:
    """The US county of this key in the state ``area``, when the data has its point."""
    by_key = getattr(gazetteer, "county_by_key", None)
    if by_key is None or area.kind != "admin1" or area.country != "US":
        return None
    return by_key(key, area.id)


def _county_abroad(c: Candidate, admin1_w, gazetteer) -> Mention | None:
    """A county named like US ones in an article set in another country ("Kent County Council"
    in a Kent planning report): the article's country's area or town of that name, else None.
    The article must weigh a first-level area abroad more than all US states together."""
    if not admin1_w or gazetteer is None:
        return None
    bare, _, word = c.key.rpartition(" ")
    if not bare or word not in ("county", "parish", "borough"):
        return None
    us = sum(w for a, w in admin1_w.items() if a.startswith("US-"))
    abroad = sorted(((w, a) for a, w in admin1_w.items() if not a.startswith("US-") and w >= 0.5 and w > us), reverse=True)
    if not abroad:
        return None
    readings = [p for p in gazetteer.by_key(bare) if p.kind in ("admin1", "place")]
    # the area itself or a town in it ("Kent" of GB-KEN), in the order the article weighs them;
    # else a namesake in the country of the area it weighs most
    here = next(([p for p in readings if code in (p.id, p.admin1)] for _, code in abroad if any(code in (p.id, p.admin1) for p in readings)), [])
    area = _get(gazetteer, abroad[0][1])
    if area is None:
        return None
    if not here:
        here = [p for p in readings if p.country == area.country]
    if not here:
        return None
    area = _get(gazetteer, here[0].admin1 or here[0].id) or area
    best = max(here, key=lambda p: (p.kind == "admin1", p.population))
    return Mention(
        c.start, c.end, c.text, best, 0.5, (ScoredPlace(best, 0.5),), c.form,
        c.cues + (f"the county of {best.name}: the article is set in {area.name}",),
    )


def _get(gazetteer, place_id: str) -> Place | None:
    try:
        return gazetteer.get(place_id)
    except Exception:  # noqa: BLE001 - an id the gazetteer lacks: no placement
        return None


#: After a state's name, a word that ends names of towns: the state's name is then the start
#: of a town's the gazetteer lacks ("Ohio City", "Nevada Springs"), not the state.
_TOWN_TAIL = re.compile(r"[ \t]+(?:" + "|".join(sorted(PLACE_TAILS, key=lambda w: (-len(w), w))) + r")\b")


def _named_areas(text: str, cands: Sequence[Candidate], groups: list[_Group], skip: frozenset[int]) -> set[str]:
    """The first-level areas the article names outright: names (not counties, not demonyms)
    read as one, with at least half of their probability ("Ohio", "N.Y.", "the Ohio Department
    of Transportation"; not "Ohio City", nor the state a county is guessed in)."""
    out: set[str] = set()
    for gi, g in enumerate(groups):
        if gi in skip or g.form == "demonym" or not g.probs:
            continue
        if all(_TOWN_TAIL.match(text, cands[k].end) for k in g.members):
            continue
        if any(COUNTY_CUE in cands[k].cues for k in g.members):
            continue
        b = _argmax(g.probs)
        if g.readings[b].kind == "admin1" and g.probs[b] >= 0.5:
            out.add(g.readings[b].id)
    return out


def _focus_readings(probs: Sequence[float]) -> list[int]:
    """Readings that count for the document's focus: all with some weight, or the best only."""
    if _SOFT_FOCUS:
        return [i for i, p in enumerate(probs) if p >= 0.05]
    return [_argmax(probs)]


def _argmax(xs: Sequence[float]) -> int:
    best, bv = 0, -math.inf
    for i, x in enumerate(xs):
        if x > bv:
            best, bv = i, x
    return best


class _Anchors:
    """The confidently placed mentions of a round (``(group index, place)`` pairs), sorted by
    latitude as well: every reading of every name asks for the nearest, and most readings (the
    namesakes abroad) have none within two degrees, found by two bisections rather than a walk
    over all anchors."""

    __slots__ = ("_anchors", "_lats", "_order")

    #: Degrees of latitude searched around a reading: wider than the 2.0 that
    #: :meth:`bonus` tests, so rounding in the subtraction never leaves an anchor out.
    _WINDOW = 2.5

    def __init__(self, anchors: list[tuple[int, Place]]) -> None:
        self._anchors = anchors
        self._order = sorted(range(len(anchors)), key=lambda k: anchors[k][1].lat)
        self._lats = [anchors[k][1].lat for k in self._order]

    def bonus(self, p: Place, gi: int, own_ids: set[str]) -> tuple[float, str, float]:
        """(bonus, anchor name, km) for the closest confidently placed other mention; of
        anchors equally near in bonus, the first in the text's order."""
        lats = self._lats
        lo = bisect.bisect_left(lats, p.lat - self._WINDOW)
        hi = bisect.bisect_right(lats, p.lat + self._WINDOW, lo)
        best = (0.0, "", 0.0)
        if lo == hi:
            return best
        anchors = self._anchors
        max_dlon = 3.0 / max(0.2, math.cos(math.radians(p.lat)))  # the same for every anchor
        # in the text's order, as ties are broken
        for k in (self._order[lo],) if hi - lo == 1 else sorted(self._order[lo:hi]):
            agi, a = anchors[k]
            if agi == gi or a.id in own_ids:
                continue
            if abs(a.lat - p.lat) > 2.0 or abs(a.lon - p.lon) > max_dlon:
                continue
            d = _haversine(a, p)
            for limit, b in _NEAR_BONUS:
                if d <= limit:
                    if b > best[0]:
                        best = (b, a.name, d)
                    break
        return best


def _name(gazetteer, code: str, kind: str) -> str:
    if gazetteer is None or not code:
        return code
    try:
        if kind == "country":
            p = gazetteer.country(code)
        else:
            p = gazetteer.get(code)
        return p.name if p is not None else code
    except Exception:  # noqa: BLE001 - evidence is best effort; an unknown code shows as itself
        return code


def _evidence(g: _Group, best: int, chosen: Place, gazetteer) -> list[str]:
    if g.form == "demonym":
        return [f"demonym of {chosen.name}"]
    n = len(g.readings)
    ev: list[str] = []
    if n == 1:
        ev.append("only place of that name")
    else:
        for kind, arg in g.notes[best] if g.notes else ():
            if kind == "country":
                ev.append(f"the article is about {_name(gazetteer, arg, 'country')}")
            elif kind == "inside":
                ev.append("the article names places in it")
            elif kind == "admin1":
                ev.append(f"in {_name(gazetteer, arg, 'admin1')}, named in the article")
            else:
                ev.append(arg)
        if best == 0:
            ev.append(f"first of {n} readings by kind and population")
    if len(g.members) > 1:
        ev.append(f"one reading for all {len(g.members)} mentions of the name")
    return ev
