"""Judges of a recognised span in its context: is this name a place here, or a person, an organisation, a demonym, a word? Each returns the span as found (with its cues) or nothing."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # annotations only: the scan state is the recognisers', who call these judges
    from geo.geoparse.recognisers import _Scan

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from geo.geoparse.cues import (
    _BUILDINGS,
    _DIRECTIONS,
    _DISEASE_WORDS,
    _GENERIC_GEO,
    _JURISDICTION,
    _LOCAL_BODIES,
    _LOCATIVE,
    _OF_HEADS,
    _PLACE_WORDS,
    _PROMINENT_KINDS,
    _SMALL_POP,
    _SPEECH,
    _STRAIN_AFTER,
    _STREETS,
    _UNION_AS_PLACE,
    _UNION_PREFIX,
    _ZIPF_COMMON,
    _ZIPF_NAME,
    _ZIPF_RARE,
    _ZIPF_VERY_COMMON,
    _ampersand_firm,
    _designation_number,
    _followed_by_area,
    _next_word,
    _of_name,
    _pop,
)
from geo.geoparse.memo import IdentityMemo
from geo.geoparse.resolve import (
    COUNTY_CUE,
    DISTRICT_AREA_CUE,
    DISTRICT_CUE,
    FEATURE_CUE,
    INSTITUTION_CUE,
    NAMED_FEATURE_CUE,
    PLACE_HEAD_CUE,
    SETTLEMENT_CUE,
    TOWNSHIP_CUE,
    Candidate,
)
from geo.geoparse.tokens import (
    _INSTITUTIONS,
    _ZIPF_ALWAYS_COMMON,
    _english_word,
    _Tok,
    _zipf,
)
from geo.lang.en import alternation
from geo.lang.en.bodies import BODY_TAILS as _BODY_TAILS
from geo.lang.en.bodies import COURT_OR_STATION_HEADS, COURT_OR_STATION_QUALIFIERS
from geo.lang.en.calendar import CALENDAR_WORDS as _MONTHS_DAYS
from geo.lang.en.namesakes import EPONYM_COMPOUNDS as _EPONYM_COMPOUNDS
from geo.lang.en.organisations import ARMED_GROUP_NAMES as _ARMED_GROUP_NAMES
from geo.lang.en.organisations import GROUPS_OF_A_LAND as _GROUPS_OF_A_LAND
from geo.lang.en.organisations import NAME_PREFIXES as _NAME_PREFIXES
from geo.lang.en.organisations import NEWS_AGENCY_NAMES as _NEWS_AGENCY_NAMES
from geo.lang.en.organisations import ORG_HEADS as _ORG_HEADS
from geo.lang.en.organisations import ORG_NOUNS as _ORG_NOUNS
from geo.lang.en.organisations import TRADE_HEADS as _TRADE_HEADS
from geo.lang.en.person_names import NAME_PARTICLES as _NAME_PARTICLES
from geo.lang.en.placeheads import COMBINING_FORMS as _COMBINING_FORMS
from geo.lang.en.placeheads import HEAD_ABBREVIATIONS as _HEAD_ABBREVIATIONS
from geo.lang.en.placeheads import ROUTE_WORDS as _ROUTE_WORDS
from geo.lang.en.placeheads import SAINT_WORDS as _SAINT_WORDS
from geo.lang.en.settlements import AREA_WORDS_PLURAL, CAMP_QUALIFIERS, SETTLEMENT_NOUNS, SITE_NOUNS_PLURAL
from geo.lang.en.titles import KIN_AND_ROLES as _KIN_AND_ROLES
from geo.lang.en.titles import OFFICE_TITLES as _OFFICE_TITLES
from geo.lang.en.titles import PERSON_NOUNS as _PERSON_NOUNS
from geo.lang.en.titles import TITLES as _TITLES
from geo.places.article import ARTICLE_COUNTRIES as _ARTICLE_COUNTRIES
from geo.places.article import bare as _bare_article
from geo.places.article import has_article as _has_article
from geo.places.article import is_article as _is_article
from geo.places.article import own_name as own_article_name
from geo.places.normalize import normalize_cached
from geo.places.spelling import skeleton, spelling


# _Match and _Found are made for every span of every article and never changed after; they are
# not frozen because a frozen dataclass sets each field through object.__setattr__, four times
# the cost of a plain slot.
@dataclass(slots=True)
class _Match:
    i: int  # first token
    j: int  # last token (inclusive)
    key: str
    places: tuple
    form: str
    end: int = 0  # end offset when it is not the last token's (a dotted abbreviation)


@dataclass(slots=True)
class _Found:
    """A candidate of the scan, with how far its capital can be trusted."""

    candidate: Candidate
    #: A single word naming no country or continent: the same word used for a person anywhere
    #: in the text, or a surname-like name never used as a place, vetoes it.
    weak_single: bool
    #: Capitalised only where capitals prove nothing (sentence start, headline, before a
    #: number): kept only if the name also appears where capitals count.
    weak_position: bool


@dataclass(slots=True)
class _Span:
    """What the judges of a name read around a match."""

    m: _Match
    end: int  # end offset (past a dotted abbreviation's final dot)
    chain_s: int  # token range of the run of capitalised words around the match
    chain_e: int
    prev_cap: bool
    next_cap: bool
    prominent: bool  # a reading is a continent, country, first-level area or region
    big: bool  # a reading has 100,000 people or more
    country: bool  # a reading is a country or continent
    area: bool  # a reading is a first-level area or region
    max_pop: int  # the largest :func:`_pop` of a reading (0 when none is larger)
    union: bool  # a reading is a union of states ("EU")
    nxt: str  # lower-case next word when it follows closely, else ""
    prev_word: str  # the word right before (one space between), else ""
    single: bool
    low: str  # first word, lower-case
    own: tuple[bool, bool, int] | None = None  # :func:`_own_name` of the match, once asked
    hand: frozenset[str] = frozenset()  # ids of the readings bearing the name as a hand-written alias


def _hand_alias(s: _Scan, key: str) -> frozenset[str]:
    """The readings of ``key`` that bear it as a hand-written alias (a gazetteer without the
    table, a test's, has none: :attr:`_Scan.hand_alias` is None)."""
    hand = s.hand_alias
    return hand(key) if hand is not None else frozenset()


#: Names shorter than this are not matched by spelling (:func:`_read_own`): short words collide.
_SPELLING_MIN = 7
#: ... unless they are no English word at all: "Izium" for Izyum, "Izmail" for Izmayil (a
#: Ukrainian spelling of a war's towns) is no word, where "Lions" (a team) would read Lyons.
_SPELLING_MIN_RARE = 5


def _own(sp: _Span) -> tuple[bool, bool, int]:
    """:func:`_own_name` of the span's name, read once per span (several judges ask)."""
    if sp.own is None:
        sp.own = _own_name(sp.m.places, sp.m.key, sp.hand)
    return sp.own


#: :func:`_readings` of the gazetteer's tuples of places, remembered (see geo.geoparse.memo).
_READINGS = IdentityMemo()


#: Below this many readings, reading them again costs less than remembering the answer.
_MEMO_MIN_READINGS = 8


def _readings(places: tuple) -> tuple[bool, bool, bool, bool, int, bool]:
    """(prominent, big, country, area, max_pop, union) of :class:`_Span`, in one pass: the
    judges ask all of these of a name, and a name may have hundreds of readings."""
    if len(places) < _MEMO_MIN_READINGS:
        return _read(places)
    hit = _READINGS.get(places)
    if hit is None:
        hit = _read(places)
        _READINGS.put(places, None, hit)
    return hit


def _read(places: tuple) -> tuple[bool, bool, bool, bool, int, bool]:
    prominent = country = area = union = False
    people = max_pop = 0
    for p in places:
        kind = p.kind
        prominent = prominent or kind in _PROMINENT_KINDS
        if kind == "country" or kind == "continent":
            country = True
        elif kind == "admin1" or kind == "region":
            area = True
        people = max(people, p.population)
        max_pop = max(max_pop, _pop(p))
        union = union or p.id.startswith(_UNION_PREFIX)
    return prominent, people >= 100_000, country, area, max_pop, union


def _big_town(places: tuple) -> bool:
    """Is one of the readings a town of 100,000 people or more (areas left out)?"""
    return any(p.kind == "place" and p.population >= 100_000 for p in places)


#: :func:`_own_name` of a name's readings, remembered (see geo.geoparse.memo).
_OWN = IdentityMemo()


def _own_name(places: tuple, key: str, hand: frozenset[str] = frozenset()) -> tuple[bool, bool, int]:
    """(own, own_prefix, own_pop) of the readings ``places`` of the name ``key``: does a reading
    bear the name as its own; does one's own name start it ("Lakki" in "lakki marwat"); the
    largest :func:`_pop` of those bearing it. The judges ask these of most names, each question
    a pass over readings that may number hundreds, and the answers depend on the name alone
    (``hand``, the readings that bear it as a hand-written alias, is the key's too)."""
    if len(places) < _MEMO_MIN_READINGS:
        return _read_own(places, key, hand)
    hit = _OWN.get(places, key)
    if hit is None:
        hit = _read_own(places, key, hand)
        _OWN.put(places, key, hit)
    return hit


def _read_own(places: tuple, key: str, hand: frozenset[str] = frozenset()) -> tuple[bool, bool, int]:
    own = prefix = False
    own_pop = 0
    sk = None
    full = _unabbreviated(key)
    for p in places:
        name = normalize_cached(p.name)
        # the name with or without the Arabic article is the place's own ("Qusayr", "al-Qusayr");
        # so is its head word abbreviated ("St. Cloud" for Saint Cloud); so is a spelling a
        # curator wrote into aliases.tsv on purpose ("Zakho" for Zaxo): the press's name of it
        if own_article_name(name, key, p.country) or name == full or p.id in hand:
            own = True
            own_pop = max(own_pop, _pop(p))
        elif _spelled_apart(key) and name[:1] == key[:1] and abs(len(name) - len(key)) <= 2:
            # Another romanisation of the place's own name ("Avdiivka" for "Avdiyivka",
            # "Izium" for "Izyum") is that name, not another language's name colliding with it.
            # Only a change of letters counts ("Grand View" is no spelling of "Grandview"'s
            # name here: it heads a cemetery's), and short names ("Livni" a surname) are left out.
            if sk is None:
                sk = spelling(key)
            if spelling(name) == sk and name.replace(" ", "") != key.replace(" ", ""):
                own = True
                own_pop = max(own_pop, _pop(p))
        if not prefix and name != key and key.startswith(name + " "):
            prefix = True
    return own, prefix, own_pop


def _spelled_apart(key: str) -> bool:
    """Is ``key`` long enough, or rare enough, to be matched to a place by its spelling alone?"""
    return len(key) >= _SPELLING_MIN or (len(key) >= _SPELLING_MIN_RARE and key not in _zipf())


def _unabbreviated(key: str) -> str | None:
    """The name ``key`` with its abbreviated head words written out ("st paris" -> "saint
    paris"), or None when it has none."""
    if " " not in key:
        return None
    words = key.split(" ")
    if not any(w in _HEAD_ABBREVIATIONS for w in words):
        return None
    return " ".join(_HEAD_ABBREVIATIONS.get(w, w) for w in words)


#: A romanisation must keep this much of a name to be told from a chance collision: short
#: names ("Kan", "Bar") share their outline with too many words.
_ROMANISATION_MIN_KEY = 5
_ROMANISATION_MIN_SKELETON = 3


#: Words around a name that say it is a settlement ("Afgoye town", "the town of Kanyabayonga"). Not
#: the words of areas: "the Mahas district" names a district, and a town of that name in another
#: country is the very confusion to avoid.
_SETTLEMENT_NOUNS = SETTLEMENT_NOUNS


def _placed(s: _Scan, sp: _Span) -> str:
    """How the text itself says the name is a place: "settlement" when a settlement noun stands
    around it ("X town", "the town of X"), "locative" after a locative preposition ("near X",
    "in X"), else "". Never for a first name ("Caroline")."""
    if sp.low in s.first_names:
        return ""
    prev, i = sp.prev_word.lower(), sp.m.i
    if sp.nxt in _SETTLEMENT_NOUNS or (prev == "of" and i >= 2 and s.toks[i - 2].word.lower() in _SETTLEMENT_NOUNS):
        return "settlement"
    if prev in _LOCATIVE and prev != "of" or _followed_by_area(s.text, sp.end):
        return "locative"  # "members of Ismaili" is no place
    if _AREA_OR_SITE_AFTER.match(s.text, sp.end) or _PLACED_LIST_BEFORE.search(s.text, max(0, s.toks[i].start - 160), s.toks[i].start):
        # "the Kupiansk and Izium districts", "the Bureij refugee camp": a plural area or site
        # word after the name, or a camp's; "in Jenin, Tulkarem and Tubas": a later member of a list whose first
        # member a locative word places (asked last: most names are placed by the word before)
        return "locative"
    return ""


#: The plural of an area's or a rural site's word after a list's last name, and a camp's word
#: with its qualifier. Not a singular area word: "Bolan district", "Dokan District Governor"
#: are the district recogniser's, whose data says which district it is, where a spelling's
#: likeness to a town's name elsewhere says nothing.
_AREA_OR_SITE_AFTER = re.compile(
    r"\s+(?:(?:" + alternation(CAMP_QUALIFIERS) + r")\s+)?(?:camp\b|"
    + alternation(AREA_WORDS_PLURAL | SITE_NOUNS_PLURAL) + r")\b"
)
_LIST_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
#: A list's earlier members before a name, its first after a locative word ("in Jenin, ").
_PLACED_LIST_BEFORE = re.compile(
    r"\b(?:in|at|from|near|into|outside|inside|across|around|toward|towards|via)\s+"
    + _LIST_NAME + r"(?:\s*,\s*" + _LIST_NAME + r"){0,6}\s*(?:,\s*(?:and\s+)?|\s+and\s+)$"
)


#: Words GeoNames writes after some towns' names and news leaves out.
_SETTLEMENT_TAILS = (" town", " city", " village", " township")

#: How alike two spellings must be (difflib's ratio) when the text calls the name a town.
_LOOSE_SPELLING = 0.75


def _romanisation(places: tuple, key: str, loose: bool = False) -> bool:
    """Is ``key`` another romanisation of a reading's own name ("Afgoye" for Afgooye, "Qandahar"
    for Kandahar)? News spells the towns of non-Latin scripts as each agency transliterates;
    GeoNames keeps one spelling as the name and the others as alternate names, among names of
    the place in other languages that only collide with a word by chance ("Hamas" for Hamm).
    The two spellings must share their consonants and be about as long; ``loose`` (the text
    calls the name a town) accepts any spelling this alike: letters swapped or changed
    ("Kanyabayonga" for Kanyobagonga). Looser than the spelling match of :func:`_read_own`
    (y/i and spaces only, which counts with no cue at all), so it is asked only where the text
    itself places the name (:func:`_placed`)."""
    if len(key) < _ROMANISATION_MIN_KEY:
        return False
    outline = _open_vowel(skeleton(key))
    if len(outline) < _ROMANISATION_MIN_SKELETON:
        return False
    for p in places:
        name = normalize_cached(p.name)
        for tail in _SETTLEMENT_TAILS:
            if name.endswith(tail):
                # GeoNames' "Buthidaung Town": the own name with a word the news leaves out
                name = name[: -len(tail)]
                break
        if name == key:
            return True
        if abs(len(name) - len(key)) > 2:
            continue
        if _open_vowel(skeleton(name)) == outline or (loose and SequenceMatcher(None, name, key).ratio() >= _LOOSE_SPELLING):
            return True
    return False


def _bare_romanisation(places: tuple, key: str) -> bool:
    """Is ``key`` another romanisation of a reading's own Arabic name without its article
    ("Sweida" for As-Suwayda, "Hasakeh" for Al-Hasakah)? The press drops the article, and the
    root left is often of two consonants, too short for :func:`_romanisation`'s outline: here
    the name must keep its first letter and its consonants in order, and be about as long.
    Asked only where the text itself places the name (:func:`_placed`)."""
    if len(key) < _ROMANISATION_MIN_KEY:
        return False
    outline = skeleton(key)
    for p in places:
        if p.country not in _ARTICLE_COUNTRIES:
            continue
        name = normalize_cached(p.name)
        rest = _bare_article(name)
        if rest == name or " " in rest:
            continue
        if rest[:1] == key[:1] and abs(len(rest) - len(key)) <= 2 and skeleton(rest) == outline:
            return True
    return False


#: The Arabic article written before a name with a hyphen ("al-", "ash-"), read back from the
#: name's first letter.
_ARTICLE_BEFORE = re.compile(r"(?:^|(?<=[\s(\"'‘“]))([A-Za-z]{2,3})[-‐]$")


def _arabic_form(s: _Scan, sp: _Span) -> bool:
    """Is the name written as a transliteration of an Arabic name of one of its readings in a
    country that names its places in Arabic: with the article inside ("Deir al-Balah", "Jisr
    al-Shughour") or hyphened before it ("al-Mukha", where the gazetteer lists "Al Mukha")?
    GeoNames keeps such spellings among alternate names, with the other languages' names the
    exonym rule guards against ("Hamas" for Hamm); but the article is Arabic, so the spelling is
    the place's own name in its own language, as the press writes it, not a chance collision."""
    key, places = sp.m.key, sp.m.places
    if _has_article(key):
        return any(p.country in _ARTICLE_COUNTRIES for p in places)
    start = s.toks[sp.m.i].start
    art = _ARTICLE_BEFORE.search(s.text, max(0, start - 5), start)
    if art is None or not _is_article(art.group(1).lower()) or _bare_article(f"{art.group(1).lower()} {key}") != key:
        return False
    with_article = s.gaz.by_key(f"{art.group(1).lower()} {key}")
    return any(p.country in _ARTICLE_COUNTRIES and p in with_article for p in places)


#: Words before a name that place it (:data:`_LOCATIVE` but "of"), and after it or before
#: "of" that call it a town or an area: "in Sweida", "Sweida province", "the city of Sweida".
_PLACING_BEFORE = r"\b(?:in|at|from|near|to|into|outside|inside|across|around|toward|towards|via)\s+"
_PLACING_OF = r"\b(?:city|town|village|province|governorate|district|region)\s+of\s+"
_PLACING_AFTER = r"\s+(?:city|town|village|province|governorate|district|region)\b"


def _placed_in_text(text: str, word: str) -> bool:
    """Does the text place the name ``word`` somewhere, as :func:`_placed` reads a mention (one
    sense per text for a spelling that is the place's own name only where the text places it)?
    Asked only of the few names :func:`_bare_romanisation` accepts."""
    w = re.escape(word)
    return re.search(rf"(?:{_PLACING_BEFORE}|{_PLACING_OF}){w}\b|\b{w}{_PLACING_AFTER}", text) is not None


def _open_vowel(outline: str) -> str:
    """A consonant outline with the vowel it may open with made one: romanisations of Persian and
    Arabic names open on "e" or "i" alike ("Eslam Qaleh" / "Islam Qala", "Esfahan" / "Isfahan")."""
    return "a" + outline[1:] if outline[:1] in "aeiou" else outline


#: Heads of "<Head> of <Place>" names: organisations' and the like ("Bank of America").
_OF_ORG_HEADS = _ORG_HEADS | _OF_HEADS


#: Spans whose recogniser settled them: their one cue.
_FIXED_CUES = {
    "feature": FEATURE_CUE, "county": COUNTY_CUE, "abbrev": "US state abbreviation", "head": PLACE_HEAD_CUE,
    "district": DISTRICT_CUE, "district area": DISTRICT_AREA_CUE, "settlement": SETTLEMENT_CUE,
    "township": TOWNSHIP_CUE, "named feature": NAMED_FEATURE_CUE,
}


def _judge(s: _Scan, m: _Match) -> _Found | None:
    """The candidate of a match, or None when its context shows it is no place mention."""
    toks, text = s.toks, s.text
    first, last = toks[m.i], toks[m.j]
    end = m.end if m.end else last.end
    if m.form == "long name":
        # "at Orlund Kesh Dawa": a longer name the gazetteer lacks, opened by a place's name
        cue = "longer name than its first word's place; not in the gazetteer"
        return _Found(Candidate(first.start, end, text[first.start : end], m.key, (), "name", (cue,)), False, False)
    if m.form in _FIXED_CUES:
        places = () if m.form in ("feature", "head", "settlement") else m.places
        cand_end = end if m.form in ("abbrev", "settlement", "township") else last.end
        return _Found(Candidate(first.start, cand_end, text[first.start : cand_end], m.key, places, "name", (_FIXED_CUES[m.form],)), False, False)
    if m.form == "part":
        cue = f"part of {m.places[0].name}"
        return _Found(Candidate(first.start, last.end, text[first.start : last.end], m.key, m.places, "name", (cue,)), False, False)
    chain_s, chain_e = s.runs.chain(m.i, m.j)
    prominent, big, country, area, max_pop, union = _readings(m.places)
    sp = _Span(
        m=m,
        end=end,
        chain_s=chain_s,
        chain_e=chain_e,
        prev_cap=chain_s < m.i,
        next_cap=chain_e > m.j,
        prominent=prominent,
        big=big,
        country=country,
        area=area,
        max_pop=max_pop,
        union=union,
        nxt=toks[m.j + 1].word.lower() if m.j + 1 < s.n and s.joins[m.j] else "",
        prev_word=toks[m.i - 1].word if m.i > 0 and text[toks[m.i - 1].end : first.start] == " " else "",
        single=m.i == m.j,
        low=first.word.lower(),
        hand=_hand_alias(s, m.key),
    )
    if m.form == "name":
        verdict = _judge_name(s, sp)
        if verdict is None:
            return None
        form, cues, weak_pos = verdict
    else:
        form, cues, weak_pos = _judge_demonym(s, sp)
        if form is None:
            return None
    weak_single = sp.single and m.form == "name" and not sp.country
    return _Found(Candidate(first.start, end, text[first.start : end], m.key, m.places, form, tuple(cues)), weak_single, weak_pos)


def _judge_demonym(s: _Scan, sp: _Span) -> tuple[str | None, list[str], bool]:
    """A demonym in a headline that is a very common word is dropped (form None); inside an
    organisation's name ("American Airlines", "Pakistan Peoples Party") it is the organisation's."""
    first = s.toks[sp.m.i]
    if s.ctx.title_line(first.start) and s.zipf.get(sp.low, 0.0) >= _ZIPF_ALWAYS_COMMON:
        return None, [], False
    if s.runs.has(s.runs.org, sp.m.j + 1, sp.chain_e + 1):
        return "organisation", ["part of an organisation's name"], False
    if sp.nxt in _STREETS and s.toks[sp.m.j + 1].cap:
        return None, [], False  # "Dane Close", "English Street": a street's name
    return "demonym", [], False


#: Words rarer than this in English (Zipf) are no English words.
_ZIPF_RARE_WORD = 2.5


def _not_this_place(s: _Scan, sp: _Span) -> bool:
    """Shapes of text in which a gazetteer name is something else: a street, a holiday, a
    currency, a disease or virus strain, a first name, an English word or a chance collision
    with another language's name of a place."""
    m, text, toks = sp.m, s.text, s.toks
    first, last, end, low = toks[m.i], toks[m.j], sp.end, sp.low
    if sp.nxt in _STREETS and toks[m.j + 1].cap and not _body_after(s, m.j + 1):
        return True  # "Dublin Road": a street ("the Nevada Highway Patrol" is the state's)
    if last.poss and text[last.end + 2 : last.end + 6] == " Day":
        return True  # "St. Patrick's Day": a holiday
    if last.poss and not sp.single and low.rstrip(".") in _SAINT_WORDS and not _big_town(m.places):
        # "St. Michael's School", "pupils of St. Michael's": a saint's church, school or
        # hospital. A big town of the saint's name is written so in its own possessive ("St.
        # Louis's mayor"); an area is not: the Caribbean parishes named after saints ("Saint
        # Andrew", 570,000 people) made "St Andrew's Presbyterian Church" Jamaica's.
        return True
    if sp.single and first.upper and len(first.word) <= 3 and _initials_of_a_name(s, m.j):
        return True  # "KP Bishnu Thapa": a person's initials, not Khyber Pakhtunkhwa
    if text[end : end + 1] == "$" or text[first.start - 1 : first.start] == "$":
        return True  # "US$30", "$US": a currency
    after = _next_word(text, end)  # (read once: two tests below ask it)
    if after in _DISEASE_WORDS:
        return True  # "Marburg virus", "Lassa fever": a disease named after a place
    if sp.single and low in _ARMED_GROUP_NAMES:
        return True  # "an al-Shabab attack": the movement, not the hamlet of its name
    if sp.single and low in _NEWS_AGENCY_NAMES:
        return True  # "Xinhua reported": the news agency, not one of the towns of its name
    if sp.single and first.word in COURT_OR_STATION_QUALIFIERS and _COURT_OR_STATION_HEAD.match(text, end):
        return True  # "Sligo Garda Station": the police's word, not the town on Lake Garda
    if sp.single and after in _EPONYM_COMPOUNDS.get(low, ()):
        return True  # "Molotov cocktails", "Brussels sprouts": a thing named after a place
    if text[first.start - 1 : first.start] == "/" and _STRAIN_AFTER.match(text, end):
        return True  # "A/Perth/16/2009": a virus strain's name (type/place/number/year)
    if sp.single and low in s.first_names and sp.max_pop < 20_000 and not (
        sp.prominent or _followed_by_area(text, end) or _body_after(s, m.j + 1)
    ):
        return True  # "Her daughter Ruby": a first name before it is a hamlet
    if sp.single and not sp.big and not sp.prominent and sp.prev_word in _KIN_AND_ROLES:
        return True  # "the missing student Cristian", "her son Ahmed": a person's name after a role noun
    if sp.single and not sp.country and _english_word(
        low, s.zipf.get(low, 0.0), 4.0
    ):
        own_name = _own(sp)[0]
        if not own_name:
            return True  # "Jewish": an English word that is only another area's alias
    # Every reading is another language's name of a place ("Kan" for Ganzhou, "Hamas"
    # for Hamm): a chance collision, unless the place is large and the word is no
    # frequent English token (exonyms of big cities: "Teheran"). An abbreviation written in
    # capitals that the gazetteer lists as one ("L.A.", "NYC") is no collision with a word.
    if sp.prominent:
        return False
    own_name, own_prefix, _ = _own(sp)
    if not own_name and _arabic_form(s, sp):
        own_name = True  # "al-Mukha", "Deir al-Balah": the Arabic name as the press writes it
    if not own_name and not sp.single and own_prefix:
        own_name = True  # "Lakki Marwat" for Lakki: the own name with its district's, no collision with a word
    # which of the name's words are no English words
    rare = [s.zipf.get(toks[k].word.lower(), 0.0) < _ZIPF_RARE_WORD for k in range(m.i, m.j + 1)]
    if not own_name and not sp.single and all(rare):
        # "Bint Jbeil" for Bent Jbaïl: an alternate spelling of several words none of which is
        # an English word is a transliteration, hardly another language's chance collision
        own_name = True
    if not own_name:
        placed = _placed(s, sp)
        # a name of several words is a romanisation only with a word that is no English word
        # ("in Musa Qala" for Mūsá Qal‘ah; not "in Grand View" for a town of another name)
        if placed and (sp.single or any(rare)) and _romanisation(sp.m.places, sp.m.key, loose=placed == "settlement"):
            # "near Afgoye" for Afgooye: another spelling of the own name, no other language's
            # name; "the town of Kanyabayonga": the text itself says the name is a town's
            own_name = True
        elif sp.single and _bare_romanisation(sp.m.places, sp.m.key) and (
            placed or _placed_in_text(s.text, s.toks[sp.m.i].word)
        ):
            # "in Sweida" for As-Suwayda: the Arabic name without its article; and so is every
            # mention of it in a text that places it once ("residents of Sweida" after "in Sweida")
            own_name = True
    if not own_name and not (
        s.gaz.is_acronym_key(m.key) and all(toks[k].upper or len(toks[k].word) == 1 for k in range(m.i, m.j + 1))
    ):
        if not sp.big or s.zipf.get(m.key, 0.0) >= _ZIPF_NAME:
            return True
    return False


def _organisation_cue(s: _Scan, sp: _Span) -> str | None:
    """The cue when the name is part of an institution's or organisation's name, else None."""
    m, toks, text = sp.m, s.toks, s.text
    of_institution = sp.prev_word == "of" and m.i >= 2 and toks[m.i - 2].word.lower() in _INSTITUTIONS
    if of_institution and _seat(m.places):
        # "the University of Nairobi", "the College of Charleston": a university named "of" a
        # town has its seat there, the site an analyst expects for what happens at it. Named
        # "of" a state or a country it lies somewhere in it ("University of Alabama"), and
        # named before the word after a founder as often as after its town ("Harvard
        # University", "Yale University"): those stay context, below.
        return None
    institution = (  # "University of Alabama", "Harvard University", "Iowa State University"
        of_institution or s.runs.has(s.runs.institutions, m.j + 1, sp.chain_e + 1)
    )
    if institution:
        # A university is not a site in the town it is named after (Harvard is in
        # Cambridge), but the town or state is still where the story's world is.
        return INSTITUTION_CUE
    of_head = (  # "Bank of America", "Future Farmers of America"; not "the banks of Lake Chad"
        sp.prev_word == "of" and m.i >= 2 and toks[m.i - 2].cap and toks[m.i - 2].word.lower() in _OF_ORG_HEADS
    )
    if of_head or s.runs.has(s.runs.org, sp.chain_s, m.i) or s.runs.has(s.runs.org, m.j + 1, sp.chain_e + 1):
        return "part of an organisation's name"
    if sp.chain_s < m.i and toks[m.i - 1].word == "National":
        # "the National Unity Government", "the Government of National Unity", "the National
        # Salvation Front": "National" written before a name in one run of capitals makes the
        # name of a government, a party or a body; no place's own name is so qualified (a town
        # called "National City" is one name of the gazetteer, matched from "National" on)
        return "part of an organisation's name"
    if _group_of_a_land(toks, m.i, sp.chain_s):
        return "part of an organisation's name"
    first = toks[m.i]
    if sp.single and not sp.prominent and not sp.big and _ampersand_firm(text, first.start, sp.end):
        # "Hartley & Rowe", "Smith & Wesson": names joined by "&" are a firm's
        return "part of an organisation's name"
    if sp.prev_word in _NAME_PREFIXES:
        return "part of a club's or a ship's name"  # "Real Madrid", "USS Arizona"
    if sp.single and sp.chain_s == m.i and sp.chain_e == m.i + 1 and text[first.end : toks[m.i + 1].start] == " ":
        return _named_after_the_place(s, sp, toks[m.i + 1])
    return None


#: Words after a place's name that make the two the name of something there, of its public
#: bodies and services ("Kenya Parliament", "the Paris Prosecutor", "Ohio Agriculture", "Henry
#: County Rescue"), or of an event held there ("the Boston Marathon"), however the pair acts:
#: the place stays. Added to the local bodies, streets, titles and the other place words of the
#: recogniser.
_OF_THE_PLACE = frozenset(
    """parliament senate assembly legislature cabinet treasury customs presidency judiciary
    prosecutor coroner ombudsman magistrate health transit housing zoo museum aquarium port
    harbor harbour market prison jail clinic medical general methodist baptist presbyterian
    mercy rescue ambulance emergency patrol guard corrections tourism revenue agriculture
    labor labour commerce planning zoning election elections recreation education transport
    transportation environment wildlife forestry tax marathon games olympics festival fair
    show""".split()
)

#: Verbs after a name that make it the actor of a report.
_ACTING = _SPEECH | frozenset(("announced", "reported"))


def _named_after_the_place(s: _Scan, sp: _Span, w: _Tok) -> str | None:
    """The cue when the place's name and the capitalised word ``w`` after it, the whole run, name
    a company or a brand: "Georgia Power" (:data:`TRADE_HEADS`), or a pair that acts as one, by
    a verb of reporting or a possessive after it ("Boston Scientific said", "Pakistan Today
    reported", "Fiji Water's bottles"). A place acts through its people and public bodies
    ("Boston police said") and names what is there ("the Paris Prosecutor"); those words keep
    it the place (see :data:`_OF_THE_PLACE`). Persons are the recogniser's (a surname after a
    place's name, :func:`geo.geoparse.recognisers._person_pair`); a plural names the place's
    people or a team, read as the town ("Iowa Democrats", "Dallas Cowboys")."""
    wl = w.word.lower()
    if wl in _TRADE_HEADS:
        return "a trade name after the place"
    if wl[-1:] == "s" or wl in _OF_THE_PLACE or wl in _PLACE_WORDS or wl in _PERSON_NOUNS or len(wl) < 3:
        return None
    text = s.text
    acting = (_next_word(text, w.end) in _ACTING) if not w.poss else bool(_POSSESSIVE_THEN_WORD.match(text, w.end))
    if not acting:
        return None
    z = s.zipf.get(wl, 0.0)
    if z < _ZIPF_RARE or ((wl in s.surnames or wl in s.first_names) and not _english_word(wl, z, _ZIPF_COMMON)):
        return None  # a person's name, or a rare word as likely a surname: no firm's name either
    found = s.lookup(sp.m.i + 1)
    if found is not None and any(p.kind in _PROMINENT_KINDS or p.population >= _PROVINCE_CITY for p in s.gaz.by_key(found[1])):
        return None  # "Paris Texas", "Ohio Columbus": two places, no firm
    return "an organisation named after the place, acting"


#: A possessive, then a lower-case word ("Boston Scientific's shares").
_POSSESSIVE_THEN_WORD = re.compile(r"['’]s [a-z]")


#: A city at least this large gives its name to the province around it ("Nairobi", "Tehran").
_PROVINCE_CITY = 100_000


def _seat(places: tuple) -> bool:
    """Is the name whose readings are ``places`` a town's, and a university named "of" it seated
    there? A country's or region's name is not; a first-level area's only when a city of that
    name lies inside it, the province named after its city ("Nairobi", "Lagos"; not
    "Washington", whose city lies outside the state, nor "Alabama", which has none)."""
    areas = []
    cities = set()
    for p in places:
        if p.kind == "admin1":
            areas.append(p.id)
        elif p.kind in _PROMINENT_KINDS:
            return False
        elif p.population >= _PROVINCE_CITY:
            cities.add(p.admin1)
    return all(a in cities for a in areas)


def _group_of_a_land(toks: list, i: int, chain_s: int) -> bool:
    """Is the name at token ``i`` the land of an armed group's branch: "Al-Qaeda in the Indian
    Subcontinent", "Islamic State in Iraq", "Islamic State West Africa Province"? (The words before
    it: a group of :data:`GROUPS_OF_A_LAND`, then "in (the)", or the group's words opening the run
    of capitals right before the name.)"""
    k = i - 1 if i >= 1 and toks[i - 1].word.lower() == "the" else i
    if k >= 2 and toks[k - 1].word.lower() == "in":
        end, opens_run = k - 2, False
    elif chain_s < i:
        # looked at only right before the name: a walk back along a long run of capitals
        # would cost a step per word for every name in it
        end, opens_run = i - 1, True
    else:
        return False
    if toks[end].word.lower() not in _GROUP_LAST_WORDS:
        return False  # most names after "in" follow no group: one set look-up decides for them
    return any(_group_ends_at(toks, end, g) and (not opens_run or i - chain_s == len(g)) for g in _GROUPS_OF_A_LAND)


#: The last words of :data:`GROUPS_OF_A_LAND`.
_GROUP_LAST_WORDS = frozenset(g[-1] for g in _GROUPS_OF_A_LAND)


def _group_ends_at(toks: list, k: int, words: tuple[str, ...]) -> bool:
    """Do the tokens ending at ``k`` spell ``words`` (lower case)?"""
    n = len(words)
    return k - n + 1 >= 0 and all(toks[k - n + 1 + j].word.lower() == w for j, w in enumerate(words))


#: A possessive or nothing, then "administration" or "presidency" in lower case: a leader's term.
_TERM_OF_OFFICE = re.compile(r"(?:['’]s)? (?:administration|presidency)\b")


def _after_capital_possessive(s: _Scan, k: int) -> bool:
    """Does a capitalised possessive stand right before token ``k`` ("the Leaders' Summit", "a
    Farmers' Market", "the Founder's Cup")? The word is then the head of a named thing, its
    capital no proof of a place."""
    if k == 0 or not s.toks[k - 1].cap:
        return False
    prev = s.toks[k - 1]
    return prev.poss or s.text[prev.end : s.toks[k].start] in _PLURAL_POSSESSIVE_GAP


#: What stands between a plural possessive and the next word ("Leaders' Summit").
_PLURAL_POSSESSIVE_GAP = frozenset({"' ", "’ "})


def _judge_single_word(s: _Scan, sp: _Span) -> bool | None:
    """A one-word name: None when it is no place here (a month, a common word, a person's
    name), else whether its position is weak (see :class:`_Found`)."""
    m, toks, text, ctx, zipf = sp.m, s.toks, s.text, s.ctx, s.zipf
    first, last, low, prev_word, nxt = toks[m.i], toks[m.j], sp.low, sp.prev_word, sp.nxt
    if (
        low in _GENERIC_GEO and sp.area and nxt in _AREA_WORDS_AFTER and not sp.next_cap
        and not ctx.sentence_initial(first.start)
    ):
        # "Plateau state", "Delta state", "Lakes state", "Western region": a generic word
        # capitalised before its area word in lower case is that first-level area's name
        # ("Central State Hospital" is a hospital's)
        return False
    if low in _MONTHS_DAYS or low in _GENERIC_GEO or low in _ORG_HEADS or low in _TITLES:
        return None
    z = zipf.get(low, 0.0)
    # Countries and continents are never mistaken for a common word; first-level
    # areas only when their name is not a frequent word ("Georgia" yes, "Reading" no).
    exempt = sp.country or (sp.area and not _english_word(low, z, _ZIPF_COMMON))
    if z >= _ZIPF_ALWAYS_COMMON and not (exempt and not ctx.sentence_initial(first.start)):
        return None
    if exempt:
        return False
    if z >= _ZIPF_VERY_COMMON and sp.max_pop < 100_000:
        return None  # "Police", "Battle", "Section": the word, not a small town
    weak_pos = False
    # The bigger the place, the more common the word must be before a
    # capital in a weak position is read as the word ("Reading", "Nice").
    pop = _own(sp)[2]
    limit = _ZIPF_COMMON if pop < 100_000 else 4.8 if pop < 1_000_000 else _ZIPF_ALWAYS_COMMON
    # Small places: any frequent word (surnames too); larger ones: only words
    # that are English rather than names shared by every language.
    common = z >= limit if pop < 100_000 else _english_word(low, z, limit)
    if common and (
        (first.upper and not s.gaz.is_acronym_key(m.key))  # capitals are an acronym's own form
        or ctx.sentence_initial(first.start)
        or sp.prev_cap
        or sp.next_cap
        or ctx.title_line(first.start)
        or (prev_word.lower() == "the" and z >= 4.5)
        or _of_name(text, toks, m.j)
        or _after_capital_possessive(s, m.i)
    ):
        weak_pos = True  # kept only if the name also appears where capitals count
    if (z >= _ZIPF_COMMON if pop < 100_000 else _english_word(low, z, _ZIPF_COMMON)) and _designation_number(text, sp.end):
        # "Loop 410", "Bridge 14", "Spring 2009": a common noun is capitalised as
        # the head of a numbered designation, so the capital proves nothing.
        weak_pos = True
    if z >= _ZIPF_COMMON and pop < 100_000 and prev_word == "of" and m.i >= 2 and toks[m.i - 2].cap and toks[m.i - 2].word not in _DIRECTIONS:
        return None  # "Chamber of Commerce": the last word of an institution's name
    if pop < 20_000 and _english_word(low, z, 4.0) and not _followed_by_area(text, last.end):
        return None  # "Olympic", "Pack": an English word before it is a hamlet
    if not sp.prominent and _TERM_OF_OFFICE.match(text, last.end):
        s.people.add(low)
        return None  # "the Bell administration", "Bell's presidency": a president's or governor's name
    if not sp.big and prev_word.lower() not in _LOCATIVE and nxt not in _LOCAL_BODIES and (
        nxt in _SPEECH or (prev_word.lower() in _SPEECH and text[first.end : first.end + 1] != ",")
    ):  # ("said Dover Mayor Pruitt", "said Keene police": the town's officials)
        s.people.add(low)
        return None  # "Walker said", "said Barker": a person
    return weak_pos


def _judge_name(s: _Scan, sp: _Span) -> tuple[str, list[str], bool] | None:
    """(form, cues, weak position) of a gazetteer name, or None when it is no place here."""
    if _not_this_place(s, sp):
        return None
    if not sp.country and _person_apposition(s, sp):
        for k in range(sp.chain_s, sp.chain_e + 1):
            if len(s.toks[k].word) > 1:
                s.people.add(s.toks[k].word.lower())
        return None  # "Uba Ogba, the police spokesman", "Tyler Henderson, 25,": a person
    m, toks = sp.m, s.toks
    if sp.single and sp.next_cap and not sp.prominent and m.i + 1 < len(toks) and toks[m.i + 1].word == "House":
        # "Lancaster House", "Chatham House": a house named after a town stands somewhere else,
        # no mention of the town (a hotel or a stadium named so is in the town; "the Ohio House"
        # is the state's legislature, the state's own body)
        return None
    form, cues = "name", []
    org = _organisation_cue(s, sp)
    if (
        org is None and not sp.prominent and sp.prev_word.lower() not in _LOCATIVE  # "of Waycross, a maker of": the firm's
        and _apposition_noun(s, sp) in _ORG_NOUNS
    ):
        org = "a company, by the apposition after it"  # "Nokia, the Finnish telecoms group"
    if org is not None:
        form = "organisation"
        cues.append(org)
    first = toks[m.i]
    if form == "name" and sp.union and not _UNION_AS_PLACE.search(
        s.text, max(0, first.start - 24), first.start
    ):
        # "the EU said", "EU officials": the union as a body acting is an organisation;
        # after a locative preposition ("sold across the EU") it is its members' territory.
        form = "organisation"
        cues.append("a union of states acting, not its territory")
    weak_pos = False
    if sp.single:
        verdict = _judge_single_word(s, sp)
        if verdict is None:
            return None
        weak_pos = verdict
    last = toks[m.j]
    if not sp.single and not sp.prominent and last.word in _BUILDINGS:
        return None  # "the White House", "the Grand Canyon Lodge": a building
    if (
        not sp.single and not sp.prominent and not sp.big and sp.prev_word.lower() == "the"
        and s.zipf.get(last.word.lower(), 0.0) >= 4.0 and sp.nxt not in _JURISDICTION  # "the Falls Church police" are the town's
    ):
        # "the Red Cross", "the Golden Fleece": a name of common words after "the" is as often a
        # body's or a thing's as a small place's; kept only where the text also names that place
        # without it ("in Battle Creek ... the Battle Creek food pantry"), like a capital that
        # proves nothing
        weak_pos = True
    if form == "name" and sp.prev_cap and not sp.next_cap and not sp.prominent and not sp.big and not _hyphen_twin(s, sp, left=True):
        return None  # the last word of a longer name: a person's surname ("Joan Tyrone")
    if form == "name" and sp.prev_cap and not sp.next_cap and _after_a_role(s, sp.chain_s):
        return None  # "the party spokesman Tomas Lisboa": a role before a full name, whatever its size
    if (
        form == "name" and sp.single and sp.next_cap and not sp.prev_cap and not sp.prominent
        and sp.nxt not in _LOCAL_BODIES and not _body_after(s, sp.chain_e) and _after_a_role(s, sp.chain_s, _OFFICE_TITLES)
    ):
        return None  # "the ambassador Cheng Yonghua": an office before a full name starts with the person's first name
    if form == "name" and sp.prev_cap and _inside_unknown_name(s, sp) and not _hyphen_twin(s, sp, left=True):
        return None
    if form == "name" and (_particle_joined(s, sp.m.i - 1, -1) or _particle_joined(s, sp.m.j + 1, 1)):
        return None  # "Harun-or-Rashid", "Zia-ur-Rahman": one person's given name, not Rosetta
    if form == "name" and not sp.prominent and (_hyphen_fragment(s, sp, left=True) or _hyphen_fragment(s, sp, left=False)):
        return None  # "Liptako-Gourma", "Carrefour-Feuilles": one word of a longer name the gazetteer lacks
    if (
        form == "name"
        and sp.next_cap
        and not sp.prominent
        and sp.max_pop < _SMALL_POP
        and sp.nxt not in _LOCAL_BODIES
        and not _body_after(s, sp.chain_e)
        and not _hyphen_twin(s, sp, left=False)
        and not _COURT_OR_STATION.match(s.text, toks[m.j].end)  # "Midleton Garda Station": the town's
    ):
        return None  # a small place's name before another name: a brand, firm or person
    return form, cues, weak_pos


def _particle_joined(s: _Scan, k: int, step: int) -> bool:
    """Is token ``k`` a name particle (:data:`geo.lang.en.person_names.NAME_PARTICLES`) joined by
    bare hyphens to the name on one side and to a capitalised word on the other (``step`` -1:
    the name is after it, "Harun-or-Rashid"; 1: before it, "Rashid-ur-Rahman")?"""
    toks, text = s.toks, s.text
    far = k + step
    if not (0 <= k < s.n and 0 <= far < s.n) or toks[k].word not in _NAME_PARTICLES or not toks[far].cap:
        return False
    near = k - step  # the name's own token
    left, right = (toks[far], toks[near]) if step < 0 else (toks[near], toks[far])
    return text[left.end : toks[k].start] == "-" and text[toks[k].end : right.start] == "-"


def _hyphen_twin(s: _Scan, sp: _Span, *, left: bool) -> bool:
    """Is the name joined by a bare hyphen to another place's name on its ``left`` (else right):
    "Fargo-Moorhead", "the Alden-Marsh school district"? Twin towns, merged districts and routes
    are written so, both names places. Not when both words are persons' names and one a first
    name ("a Clinton-Gore rally": a ticket); a double surname after a first name ("Ann
    Hartley-Rowe") is the person's already (:func:`geo.geoparse.recognisers._first_name_person`)."""
    toks, text, m = s.toks, s.text, sp.m
    k = m.i - 1 if left else m.j + 1
    if k < 0 or k >= s.n or not toks[k].cap:
        return False
    a, b = (toks[k], toks[m.i]) if left else (toks[m.j], toks[k])
    if text[a.end : b.start] != "-" or a.poss:
        return False
    other = next((x for x in s.matches if (x.j if left else x.i) == k and x.form == "name"), None)
    if other is None or s.person[other.i]:
        return False
    words = {toks[m.i].word.lower(), toks[other.j if not left else other.i].word.lower()}
    return not (any(w in s.first_names for w in words) and all(w in s.surnames or w in s.first_names for w in words))


def _hyphen_fragment(s: _Scan, sp: _Span, *, left: bool) -> bool:
    """Is the name joined by a bare hyphen to a capitalised word on its ``left`` (else right)
    that names no place ("Liptako-Gourma", "Carrefour-Feuilles", "Tal-Uri")? The two words are
    one name the gazetteer lacks — a border region, a district, a neighbourhood — not the place
    of the word it knows (Burkina Faso's Gourma province for the tri-border region). Twin names
    of two places ("Fargo-Moorhead", "Dallas-Fort Worth": :func:`_hyphen_twin`) are both read,
    and so are the ends of a road or a line ("the Jowhar-Mahaday road": :data:`_ROUTE_WORDS`);
    so is a name after a combining form ("Sino-", "Trans-", "Pan-"), a direction, the Arabic
    article ("Al-Anbar") or a demonym, and one beside an acronym ("UN-Habitat"). Countries and
    areas are left to the caller: "Hamas-Israel talks" name the country, and a region named by
    its parts ("Rhône-Alpes") holds the area of its known part, a near reading (the tri-border
    "Liptako-Gourma" is a region of its own in ``regions.tsv``)."""
    toks, text, m = s.toks, s.text, sp.m
    k = m.i - 1 if left else m.j + 1
    if k < 0 or k >= s.n:
        return False
    w = toks[k]
    a, b = (w, toks[m.i]) if left else (toks[m.j], w)
    if not w.cap or w.upper or len(w.word) < 2 or a.poss or text[a.end : b.start] != "-":
        return False  # (a party's letter, "R-Charleston", is no name: the town is the member's)
    if not left and _WORD_AFTER_CAP.match(text, w.end):
        return False  # "Athens-Clarke County": the longer name goes on, its own reading is asked
    if w.word in _COMBINING_FORMS or w.word in _DIRECTIONS or _is_article(w.word):
        return False
    key = normalize_cached(w.word)
    if s.gaz.is_key(key) or s.gaz.is_demonym_key(key):
        return False
    if s.gaz.county_states_by_key(key + " county") or s.gaz.districts_by_key(key):
        return False  # "an Athens-Clarke officer": a town and its county (or district), both places
    # the two ends of a road or a line, one of them a place the gazetteer lacks: "the Jowhar-Mahaday road"
    after = _WORD_AFTER.match(text, toks[m.j if left else k].end)
    if after is not None and after.group(1).lower() in _ROUTE_WORDS:
        return False
    # no place's name starts (or ends) at the other word either: "Dallas-Fort Worth"
    return not any((x.j if left else x.i) == k for x in s.matches)


#: The word after a name ("road" in "the Jowhar-Mahaday road"), and a capitalised one.
_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)")
_WORD_AFTER_CAP = re.compile(r"\s+[A-Z]")


_WORD_BEFORE = re.compile(r"\b([a-z]+) $")
_LONGEST_TITLE = max(map(len, _TITLES)) + 2


def _after_a_role(s: _Scan, k: int, roles: frozenset[str] = _TITLES) -> bool:
    """Does a title or role written in lower case stand right before token ``k`` ("police
    spokesperson Ana Ruiz", "the interior minister Omar Dahl")? Its capitalised run is then a
    person's full name: the case of a capitalised title is the recogniser's (:data:`_TITLES`)."""
    start = s.toks[k].start
    # read in the text: the chunk's tokens keep only a few characters before a capital
    word = _WORD_BEFORE.search(s.text, max(0, start - _LONGEST_TITLE), start)
    return word is not None and word.group(1) in roles


def _initials_of_a_name(s: _Scan, j: int) -> bool:
    """Are the two words after token ``j`` a person's names, run on with no punctuation ("KP
    Bishnu Thapa", "AB Nadir Kohli"): rare words, neither upper-case nor the head of a body?"""
    toks = s.toks
    if j + 2 >= s.n or toks[j].poss or not (s.joins[j] and s.joins[j + 1]):
        return False
    names = toks[j + 1], toks[j + 2]
    return all(
        t.cap and not t.upper and t.word.lower() not in _BODY_TAILS
        and (t.word.lower() in s.surnames or t.word.lower() in s.first_names or s.zipf.get(t.word.lower(), 0.0) < _ZIPF_RARE_WORD)
        for t in names
    )


#: A court or police station named after the town before it ("Preston Crown Court", "Midleton
#: Garda Station"): see :data:`geo.lang.en.bodies.COURT_OR_STATION_AFTER`.
_COURT_OR_STATION = re.compile(
    r"\s+(?:" + "|".join(map(re.escape, sorted(COURT_OR_STATION_QUALIFIERS, key=len, reverse=True))) + r")"
    r"\s+(?:" + "|".join(sorted(COURT_OR_STATION_HEADS)) + r")\b"
)
#: The head word after a qualifying word ("Garda Station"): see :data:`_COURT_OR_STATION`.
_COURT_OR_STATION_HEAD = re.compile(r"\s+(?:" + "|".join(sorted(COURT_OR_STATION_HEADS)) + r")\b")


def _body_after(s: _Scan, k: int) -> bool:
    """Does the run of capitalised words that token ``k`` belongs to end in the head word of a
    public body or local institution (:data:`geo.lang.en.bodies.BODY_TAILS`)? "Highway Patrol",
    "Historical Society", "Community Center": the place's name before them is the place they
    serve, not a firm's or a person's name."""
    toks = s.toks
    if k >= s.n or not toks[k].cap or toks[k].word.lower() in s.surnames or toks[k].word.lower() in s.first_names:
        return False  # "Bill Clinton Foundation": a person's
    e = k
    while e + 1 < s.n and toks[e + 1].cap and s.joins[e]:
        e += 1
    return e > k - 1 and toks[e].word.lower() in _BODY_TAILS and not toks[e].upper


#: ", 25," after a name (a person's age, as the press gives it) or ", a former police captain"
#: (an apposition naming a person's role: up to three words before the role noun, which ends
#: the phrase: "the spokesman for", "a nurse,"; not "a town where the mother ...").
#: (", a 30-year-old trader", not ", a 90-year-old bridge": a town's age is its buildings')
#: (not "In Dortmund, 30,000 people gathered": a comma inside the number groups its thousands)
_AGE_AFTER = re.compile(
    r", (?:(?:1[89]|[2-9][0-9]|1[01][0-9])(?:,(?!\d)| years? old)|(?:a |an )?(?:1[89]|[2-9][0-9])-year-old"
    r"(?! (?:town|city|village|market|bridge|building|temple|mosque|church|fort|port|tradition|festival)\b))"
)
_APPOSITION = re.compile(
    r", (?:a|an|the) (?:(?!(?:where|which|that|the|a|an|who|whose|when|of|in|and|with|for|on|at|to)\b)[A-Za-z][a-z'-]*+ ){0,3}?([a-z]++)(?=[,.;:)]| (?:of|for|in|at|who|with|from|and|on|to)\b)"
)


#: ", father of", ", lawyer for": a role noun with no article after a name, then "of" or "for".
_BARE_ROLE = re.compile(r", ([a-z]+) (?:of|for)\b")


def _person_apposition(s: _Scan, sp: _Span) -> bool:
    """Is the run of capitalised words holding the name a person's name, by what follows it:
    an age (", 25,") or, for a name of two words or more, an apposition naming a role? Places
    take neither: "Jos, the capital of the state" names no role, and "In Washington, the
    president said" has a single word."""
    text, toks = s.text, s.toks
    end = toks[sp.chain_e].end
    if _AGE_AFTER.match(text, end):
        return True
    if sp.chain_e == sp.chain_s:
        return False
    bare = _BARE_ROLE.match(text, end)  # "Clemente Rodriguez, father of the missing student"
    if bare is not None and bare.group(1) in _KIN_AND_ROLES:
        return True
    return _apposition_noun(s, sp) in _PERSON_NOUNS or _named_after_a_role(s, sp)


#: "a farmer, " right before a name: a role noun that the name in commas after it renames.
_ROLE_BEFORE = re.compile(r"\b([a-z]+), $")


def _named_after_a_role(s: _Scan, sp: _Span) -> bool:
    """Is the run of capitalised words an apposition set in commas after a noun that only names
    people ("one resident, Kilani Obasa, said")? A place renames no person: "the town, Port
    Halden, lies ..." has a place noun before it."""
    text, toks = s.text, s.toks
    start, end = toks[sp.chain_s].start, toks[sp.chain_e].end
    before = _ROLE_BEFORE.search(text, max(0, start - 24), start)
    return before is not None and before.group(1) in _PERSON_NOUNS and text.startswith(",", end)


def _apposition_noun(s: _Scan, sp: _Span) -> str:
    """The head noun of an apposition right after the run of capitalised words holding the
    name (", the Finnish telecoms group" -> "group"), else ""."""
    end = s.toks[sp.chain_e].end
    m = _APPOSITION.match(s.text, end, end + 60)
    return m.group(1) if m is not None else ""


#: Lower-case words after a first-level area's name that say it is one ("Plateau state").
_AREA_WORDS_AFTER = frozenset("state province region".split())


#: Words after a name that make it an administrative area's ("the Shakar Dara district").
_AREA_HEADS = frozenset("district districts township province county tehsil division governorate prefecture municipality".split())


def _inside_unknown_name(s: _Scan, sp: _Span) -> bool:
    """Is the name one word of a longer name the gazetteer does not know?

    Between two capitalised words ("the villages of Nar Nant Htun") it is part of another name,
    unless a large place bears it as its own name; after one, before an area word ("the Shakar
    Dara district") it is the end of an area's name. A direction ("North Waziristan district"),
    a demonym or a country or province before it ("the Afghan Kunar province") makes no longer name.
    """
    m, toks = sp.m, s.toks
    before = toks[m.i - 1].word
    key = normalize_cached(before)
    if before in _DIRECTIONS or s.gaz.is_demonym_key(key) or any(p.kind in ("country", "admin1") for p in s.gaz.by_key(key)):
        return False
    if sp.next_cap:
        return not sp.prominent and _own(sp)[2] < 100_000
    # a sentence's first word is capitalised anyway: "Yesterday Kunar district ..."
    return sp.nxt in _AREA_HEADS and not s.ctx.sentence_initial(toks[m.i - 1].start)
