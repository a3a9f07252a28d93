"""The recognisers: small functions, each trying one reading of the capitalised words at a position (a titled person, a state abbreviation, a demonym, a physical feature, a county, a gazetteer name …), run in a fixed order by :func:`_scan`; what they find goes to the judges."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from geo.geoparse.cues import (
    _ABD,
    _BASINS,
    _CONTRACTIONS,
    _COUNTY_WORDS,
    _DIRECTIONS,
    _DISTRICT_OFFICES,
    _DISTRICT_PLURALS,
    _DISTRICT_WORDS,
    _FEATURES,
    _GENERIC_GEO,
    _LOCATIVE,
    _LOW_FEATURES,
    _LOW_FEATURES_BEFORE,
    _LOW_FEATURES_PLURAL,
    _LOW_WATER,
    _NAMED_AFTER,
    _NOT_SURNAMES,
    _PLACE_WORDS,
    _PROMINENT_KINDS,
    _SPEECH,
    _STREETS,
    _ZIPF_COMMON,
    _ZIPF_RARE,
    _ZIPF_VERY_COMMON,
    _acronym_ok,
    _Context,
    _feature_end,
    _lookup_span,
    _mark_person,
    _next_word,
    _place_cue,
    _span_keys,
    _state_abbrev,
)
from geo.geoparse.judges import _AGE_AFTER, _APPOSITION, _COURT_OR_STATION, _Found, _judge, _Match
from geo.geoparse.resolve import _ABBREV_RE, US_STATE_ABBREV
from geo.geoparse.tokens import (
    _english_word,
    _gap_ok,
    _joins,
    _names,
    _Runs,
    _title_gap,
    _Tok,
    _zipf,
)
from geo.lang.en import alternation
from geo.lang.en.bodies import AREA_OFFICES as _AREA_OFFICES
from geo.lang.en.bodies import BODY_TAILS as _BODY_TAILS
from geo.lang.en.bodies import BORDER_WITH
from geo.lang.en.calendar import CALENDAR_WORDS as _MONTHS_DAYS
from geo.lang.en.distances import DISTANCE_FROM as _DISTANCE_FROM
from geo.lang.en.organisations import ARMED_GROUP_NAMES as _ARMED_GROUP_NAMES
from geo.lang.en.organisations import NEWS_AGENCY_NAMES as _NEWS_AGENCY_NAMES
from geo.lang.en.organisations import ORG_HEADS as _ORG_HEADS
from geo.lang.en.placeheads import FEATURE_HEADS as _FEATURE_HEADS
from geo.lang.en.placeheads import FEATURE_HEADS_OF as _FEATURE_HEADS_OF
from geo.lang.en.placeheads import FEATURE_HEADS_PLURAL as _FEATURE_HEADS_PLURAL
from geo.lang.en.placeheads import FEATURE_HEADS_ROMANCE as _FEATURE_HEADS_ROMANCE
from geo.lang.en.placeheads import NAME_LINKS as _HYPHEN_LINKS
from geo.lang.en.placeheads import PLACE_HEADS as _PLACE_HEADS
from geo.lang.en.placeheads import RIVER_CUE_AFTER, RIVER_CUE_BEFORE
from geo.lang.en.placeheads import ROMANCE_COMPASS as _ROMANCE_COMPASS
from geo.lang.en.placeheads import ROMANCE_LINKS as _ROMANCE_LINKS
from geo.lang.en.settlements import AFTER_STRUCK_SITE as _AFTER_STRUCK_SITE
from geo.lang.en.settlements import APPOSITION_SETTLEMENT_NOUNS as _APPOSITION_SETTLEMENT_NOUNS
from geo.lang.en.settlements import AREA_WORDS as _AREA_WORDS
from geo.lang.en.settlements import ATTACK_LOCATIVES as _ATTACK_LOCATIVES
from geo.lang.en.settlements import ATTACK_VERBS as _ATTACK_VERBS
from geo.lang.en.settlements import ATTACK_WORDS as _ATTACK_WORDS
from geo.lang.en.settlements import COMMUNITY_AFTER as _COMMUNITY_AFTER
from geo.lang.en.settlements import COUNTY_ABBREVIATION as _COUNTY_ABBREVIATION
from geo.lang.en.settlements import IRISH_COUNTIES as _IRISH_COUNTIES
from geo.lang.en.settlements import NOT_SETTLEMENT_TAILS as _NOT_SETTLEMENT_TAILS
from geo.lang.en.settlements import PEOPLE_OF_A_PLACE as _PEOPLE_OF_A_PLACE
from geo.lang.en.settlements import POSTS_AT as _POSTS_AT
from geo.lang.en.settlements import QUARTER_AFTER as _QUARTER_AFTER
from geo.lang.en.settlements import SETTLEMENT_AFTER as _SETTLEMENT_AFTER
from geo.lang.en.settlements import SETTLEMENT_NOUNS as _SETTLEMENT_NOUNS
from geo.lang.en.settlements import SETTLEMENT_NOUNS_PLURAL as _SETTLEMENT_NOUNS_PLURAL
from geo.lang.en.settlements import SETTLEMENT_OF as _SETTLEMENT_OF
from geo.lang.en.settlements import SETTLEMENT_TAILS as _SETTLEMENT_TAILS
from geo.lang.en.settlements import SITE_NOUNS_AFTER as _SITE_NOUNS_AFTER
from geo.lang.en.settlements import SITE_NOUNS_PLURAL as _SITE_NOUNS_PLURAL
from geo.lang.en.settlements import SITES_OF_PLURAL as _SITES_OF_PLURAL
from geo.lang.en.settlements import TOWNSHIP_COUNTRIES as _TOWNSHIP_COUNTRIES
from geo.lang.en.settlements import US_TOWNSHIP_STATES as _US_TOWNSHIP_STATES
from geo.lang.en.titles import PERSON_ROLES as _PERSON_ROLES
from geo.lang.en.titles import PERSONAL_TITLES as _PERSONAL_TITLES
from geo.lang.en.titles import TITLES as _TITLES
from geo.lang.en.titles import UNITS_AFTER_TITLE as _UNITS_AFTER_TITLE
from geo.models import RIVER_ID_PREFIX
from geo.places.article import is_article as _is_article
from geo.places.normalize import normalize_cached

#: The words :class:`_Scan` lists the positions of.
_SCAN_WORDS = (
    _FEATURES | _LOW_FEATURES | _DISTRICT_WORDS | _FEATURE_HEADS | _FEATURE_HEADS_OF | _FEATURE_HEADS_ROMANCE | _BASINS
)
_FEATURE_SCAN = _FEATURES | _LOW_FEATURES | _FEATURE_HEADS | _FEATURE_HEADS_OF | _FEATURE_HEADS_ROMANCE | _BASINS
#: Tokens before a plural head ("rivers", "river basins") that the names of its list may span
#: ("the Ruvuma, Lurio and Zambezi rivers": five names with their "and"), read in steps of four
#: (a feature word counts as near a name up to three tokens after it).
_LIST_REACH = 12


class _Scan:
    """One pass over the capitalised tokens of a chunk: what the recognisers share."""

    __slots__ = ("text", "toks", "gaz", "ctx", "people", "n", "max_tokens", "zipf", "first_names", "surnames", "matches",
                 "person", "joins", "keys", "features", "district_words", "district_of", "counties_of", "bordered", "_runs", "listed_from", "struck_list",
                 "by_county", "hand_alias")

    def __init__(self, text: str, toks: list[_Tok], gaz, ctx: _Context, people: set[str]) -> None:
        self.text, self.toks, self.gaz, self.ctx, self.people = text, toks, gaz, ctx, people
        self.n = len(toks)
        self.max_tokens = max(1, int(getattr(gaz, "max_key_tokens", 6)))
        self.zipf = _zipf()
        self.first_names, self.surnames = _names()
        self.matches: list[_Match] = []
        self.person = [False] * self.n  # tokens that are part of a person's name
        self.joins = _joins(text, toks)  # joins[k]: tokens k and k + 1 may belong to one name
        self.keys = _span_keys(gaz)  # n-grams already looked up, with their keys
        # "Lake", "River"…, and their lower-case forms ("the Ahr river"); "district", "LGA"…:
        # most names have none within a few words, and are no district. One pass over the
        # chunk's words finds both (most words are neither).
        self.features: list[int] = []
        self.district_words: list[int] = []
        plural = False
        for k, w in enumerate([t.word for t in toks]):
            if w in _SCAN_WORDS:
                if w in _FEATURE_SCAN:
                    self.features.append(k)
                    if _plural_head(text, toks, k):
                        # the first names of a list before it are far from the word itself
                        self.features.extend(range(max(0, k - _LIST_REACH), k, 4))
                        plural = True
                if w in _DISTRICT_WORDS:
                    self.district_words.append(k)
        if plural:
            self.features.sort()
        # where a name may start after "district of " (read in the text: the tokens start only
        # a few characters before a capital, and "district" may be none of them)
        span = (toks[0].start, toks[-1].end) if toks else (0, 0)
        self.district_of = (
            {m.end() for m in _DISTRICT_OF.finditer(text, *span)} if text.find("istrict of ", *span) >= 0 else frozenset()
        )
        if text.find("istricts ", *span) >= 0 or text.find("egencies ", *span) >= 0:
            # "the districts of Juba and Jabal Murad": every name listed after the plural
            self.district_of = set(self.district_of) | _districts_listed_after(text, span)
        # where the names listed after "counties of " start ("the counties of Napa and Sonoma")
        self.counties_of = (
            _counties_listed_after(text, span)
            if text.find("ounties of ", *span) >= 0 or text.find("arishes of ", *span) >= 0 else {}
        )
        # where the names listed after "the border with " start, in a story about counties
        # (:data:`geo.lang.en.bodies.BORDER_WITH`)
        self.bordered = (
            _listed_after_border(text, span)
            if any(text.find(w, *span) >= 0 for w in BORDER_WITH) and text.find("ount", *span) >= 0 else frozenset()
        )
        self._runs: _Runs | None = None
        #: Where the next name of a list of settlements may start ("the villages of A and B").
        self.listed_from = -1
        self.struck_list = False  # the list at listed_from is of a strike's sites (told by no noun)
        #: The gazetteer's registry of US counties (None for one without it), asked by
        #: :func:`_county` at most capitalised words: looked up once per chunk.
        self.by_county = getattr(gaz, "county_states_by_key", None)
        #: Its hand-written aliases (None for a gazetteer without the table, a test's), asked
        #: of every match the judges read: looked up once per chunk.
        self.hand_alias = getattr(gaz, "hand_alias", None)

    @property
    def runs(self) -> _Runs:
        """The runs of capitalised words of this chunk, computed once (see :class:`_Runs`)."""
        if self._runs is None:
            self._runs = _Runs(self.text, self.toks, self.joins)
        return self._runs

    def lookup(self, i: int) -> tuple[int, str] | None:
        return _lookup_span(self.text, self.toks, i, self.gaz, self.max_tokens, self.joins, self.keys)

    def gap_ok(self, a: int, b: int) -> bool:
        """May tokens ``a`` and ``b`` belong to one name (:func:`_gap_ok`)?"""
        return self.joins[a] if b == a + 1 else _gap_ok(self.text, self.toks[a], self.toks[b])

    def run_end(self, i: int) -> int:
        """Last token of the run of capitalised words starting after token ``i``."""
        j = i
        while j + 1 < self.n and self.toks[j + 1].cap and self.gap_ok(j, j + 1):
            j += 1
        return j


@dataclass(slots=True)
class _At:
    """The capitalised token a recogniser looks at, and the gazetteer name starting there."""

    i: int
    low: str
    found: tuple[int, str] | None = None  # (last token, key) of the longest gazetteer name


def _contraction(s: _Scan, at: _At) -> int | None:
    """ "I’ve", "We'll": a contraction, not a name."""
    w = s.toks[at.i].word
    if ("’" in w or "'" in w) and at.low.split("’")[-1].split("'")[-1] in _CONTRACTIONS:
        return at.i + 1
    return None


def _titled_person(s: _Scan, at: _At) -> int | None:
    """A title starts a person's name: the capitalised words after it are that name — unless
    title and words together are a place ("Prince Edward Island")."""
    i, toks = at.i, s.toks
    if not (
        at.low in _TITLES
        and i + 1 < s.n
        and toks[i + 1].cap
        and _title_gap(s.text, toks[i], toks[i + 1])
        and ((here := s.lookup(i)) is None or here[0] == i)
    ):
        return None
    j = s.run_end(i + 1)
    found = s.lookup(i + 1)
    if found is not None and found[0] == j:
        # "Governor Texas" is odd, but "President Obama" is common: a prominent place right
        # after a non-personal title is kept ("Premier Ontario").
        if any(p.kind in _PROMINENT_KINDS for p in s.gaz.by_key(found[1])) and at.low not in _PERSONAL_TITLES:
            return i + 1
        if at.low not in _PERSONAL_TITLES and j + 1 < s.n and toks[j + 1].word in _UNITS_AFTER_TITLE and s.joins[j]:
            # "Local Unit Commander Kenema division": the commander of the unit named after the
            # place, not a person named like it (which would hide the place all text long)
            return i + 1
    _mark_person(toks, i + 1, j, s.person, s.people)
    return j + 1


def _servant_of_name(s: _Scan, at: _At) -> int | None:
    """Arabic "servant of" names ("Abdel-Hamid Bassem", "Abdul-Salam") name a person."""
    i, toks = at.i, s.toks
    if at.low in _ABD and i + 1 < s.n and toks[i + 1].cap and s.text[toks[i].end : toks[i + 1].start] == "-":
        j = s.run_end(i + 1)
        _mark_person(toks, i, j, s.person, s.people)
        return j + 1
    return None


def _state_abbreviation(s: _Scan, at: _At) -> int | None:
    """US state abbreviations ("Charleston, W.Va.", "Alexandria, La.", "Paris, TX")."""
    i, toks, text = at.i, s.toks, s.text
    t = toks[i]
    if len(t.word) > 5:
        return None
    after_place = (bool(s.matches) and s.matches[-1].j == i - 1 and text[toks[i - 1].end : t.start].strip() == ",") or (
        i > 0 and toks[i - 1].word in ("D", "R", "I") and text[toks[i - 1].end : t.start] == "-"
    )  # "Alexandria, La." or a legislator's "D-Pa."
    ab = _spaced_state_abbrev(text, toks, i, after_place) or _state_abbrev(text, toks, i, after_place, s.ctx)
    if ab is None:
        return None
    try:
        state = s.gaz.get(ab[2])
    except Exception:  # noqa: BLE001 - a gazetteer without that state: no mention
        state = None
    if state is None:
        return None
    j = i
    while j + 1 < s.n and toks[j + 1].end <= ab[1]:
        j += 1
    s.matches.append(_Match(i, j, normalize_cached(state.name), (state,), "abbrev", ab[1]))
    return j + 1


def _irish_county(s: _Scan, at: _At) -> int | None:
    """ "Co Cork", "Co. Antrim": the county that Irish news abbreviates so
    (:data:`geo.lang.en.settlements.COUNTY_ABBREVIATION`), read among the first-level areas of
    that name in Ireland and the United Kingdom. Without this, "Co" (a company's head word) made
    the county part of an organisation's name, and the county's town ("Cork") its reading."""
    i, toks = at.i, s.toks
    if toks[i].word != _COUNTY_ABBREVIATION or i + 1 >= s.n or not toks[i + 1].cap:
        return None
    if s.text[toks[i].end : toks[i + 1].start] not in (" ", ". "):
        return None
    found = s.lookup(i + 1)
    if found is None or found[1] not in _IRISH_COUNTIES:
        return None
    areas = tuple(p for p in s.gaz.by_key(found[1]) if p.kind == "admin1" and p.country in ("IE", "GB"))
    if not areas:
        return None
    # keyed as the county, not as the bare name: one sense per text must not give the county
    # the city's reading where the text names both ("Co Cork" and "the Cork to Limerick road")
    s.matches.append(_Match(i, found[0], "county " + found[1], areas, "name"))
    return found[0] + 1


def _spaced_state_abbrev(text: str, toks: list[_Tok], i: int, after_place: bool) -> tuple[int, int, str] | None:
    """A two-part state abbreviation written with a space ("W. Va.", "N. J."): (start, end,
    ISO 3166-2). Before a capitalised word and not after "<place>, ", two such letters are
    initials of a name ("S. C. Johnson")."""
    t = toks[i]
    if len(t.word) != 1 or not t.word.isupper() or i + 1 >= len(toks):
        return None
    u = toks[i + 1]
    if text[t.end : u.start] != ". " or not u.cap or len(u.word) > 3 or text[u.end : u.end + 1] != ".":
        return None
    code = US_STATE_ABBREV.get(f"{t.word}.{u.word}")
    if code is None:
        return None
    if not after_place and text[u.end + 2 : u.end + 3].isupper():
        return None
    return t.start, u.end + 1, code


def _two_word_demonym(s: _Scan, at: _At) -> int | None:
    """ "Sri Lankan" before the place "Sri"."""
    i, toks = at.i, s.toks
    if i + 1 < s.n and toks[i + 1].cap and s.gap_ok(i, i + 1):
        key = normalize_cached(s.text[toks[i].start : toks[i + 1].end])
        dem = s.gaz.demonym_by_key(key)
        if dem is not None:
            s.matches.append(_Match(i, i + 1, key, (dem,), "demonym"))
            return i + 2
    return None


def _leading_the(s: _Scan, at: _At) -> int | None:
    """A leading "The" is not part of the name ("The U.S." -> "U.S."), unless only the whole
    is a name ("The Hague")."""
    i = at.i
    if at.low == "the" and i + 1 < s.n and s.toks[i + 1].cap and s.gap_ok(i, i + 1):
        whole = s.lookup(i)
        own_name = whole is not None and any(normalize_cached(p.name) == whole[1] for p in s.gaz.by_key(whole[1]))
        if not own_name and s.lookup(i + 1) is not None:
            return i + 1
    return None


def _physical_feature(s: _Scan, at: _At) -> int | None:
    """A physical feature the gazetteer lacks: "Baltic Sea", "Lake Chad", "Gulf of Mexico"."""
    i = at.i
    lj = _lowercase_feature(s, i)
    if lj is not None:
        key = normalize_cached(s.text[s.toks[i].start : s.toks[lj].end])
        named = _named_feature(s, i, lj, key)
        if named is not None:
            s.matches.append(_Match(i, lj, named[0], named[1], "named feature"))
        else:
            s.matches.append(_Match(i, lj, key, (), "feature"))
        return lj + 1
    fj = _feature_end(s.text, s.toks, i, at.found[0] if at.found is not None else i - 1, s.gaz)
    if fj is None:
        return None
    key = normalize_cached(s.text[s.toks[i].start : s.toks[fj].end])
    word = _FEATURE_HEADS_PLURAL.get(s.toks[i].word)
    if word is None or fj == i or s.gaz.is_key(key):  # "Lakes Entrance" is a town's own name
        s.matches.append(_Match(i, fj, key, tuple(s.gaz.by_key(key)), "name" if s.gaz.is_key(key) else "feature"))
        return fj + 1
    _listed_feature(s, i, fj, normalize_cached(s.text[s.toks[i + 1].start : s.toks[fj].end]), word)
    return _features_listed_after(s, fj, word)


def _listed_feature(s: _Scan, i: int, j: int, name: str, word: str) -> None:
    """Tokens ``i``..``j`` are the river or lake (``word``) ``name`` of a list with a plural head:
    the gazetteer's feature written with that word ("gatun lake", "tigris river") where it has
    one, else an unresolved feature."""
    for form in _FEATURE_KEYS[word]:
        places = tuple(p for p in s.gaz.by_key(form.format(name)) if p.kind == "region")
        if places:
            s.matches.append(_Match(i, j, form.format(name), places, "named feature"))
            return
    s.matches.append(_Match(i, j, name, (), "feature"))


def _features_listed_after(s: _Scan, j: int, word: str) -> int:
    """After "Lakes Gatun" (token ``j`` its last), the other names of the list the plural head
    opens ("Lakes Gatun and Alajuela", "Rivers Tigris, Euphrates and Karun") are features of
    that kind ``word`` too, read as the gazetteer's river or lake of that name where it has one
    ("alajuela lake"), else left unresolved; returns the token after the list."""
    toks, text, n = s.toks, s.text, s.n
    for _ in range(_MAX_LISTED_FEATURES):
        gap = text[toks[j].end : toks[j + 1].start] if j + 1 < n else ""
        if gap == ", " and toks[j + 1].cap:
            k = j + 1
        elif gap in (" ", ", ") and j + 2 < n and toks[j + 1].word in ("and", "or") and toks[j + 2].cap and (
            text[toks[j + 1].end : toks[j + 2].start] == " "
        ):
            k = j + 2
        else:
            break
        e = s.run_end(k)
        _listed_feature(s, k, e, normalize_cached(text[toks[k].start : toks[e].end]), word)
        j = e
        if gap != ", ":
            break  # "X and Y" closes the list
    return j + 1


#: How far after a name its lower-case feature word may come ("the Ruvuma, Lurio and Zambezi rivers").
_FEATURE_WORD_REACH = 14
#: The gazetteer keys a lower-case feature word makes of a name ("the Ruvuma river": "ruvuma river").
_FEATURE_KEYS = {
    "river": ("{} river", "river {}"), "rivers": ("{} river", "river {}"),
    "lake": ("lake {}", "{} lake"), "lakes": ("lake {}", "{} lake"),
}


def _named_feature(s: _Scan, i: int, j: int, key: str) -> tuple[str, tuple] | None:
    """The key and the river or lake readings (gazetteer rows of kind "region") of a name that a
    lower-case feature word makes a river or lake ("the Ruvuma river", "the river Kafue"), when
    the gazetteer has it written with that word; else None (the feature stays unresolved)."""
    toks = s.toks
    word = "river" if i > 0 and toks[i - 1].word == "river" else None
    if word is None:
        for k in range(j + 1, min(s.n, j + 1 + _FEATURE_WORD_REACH)):
            if toks[k].word in _LOW_FEATURES:
                word = toks[k].word
                break
    for form in _FEATURE_KEYS.get(word or "", ()):
        fkey = form.format(key)
        places = tuple(p for p in s.gaz.by_key(fkey) if p.kind == "region")
        if places:
            return fkey, places
    return None


#: Names of a list read as features by the plural head after it ("the A, B and C rivers").
_MAX_LISTED_FEATURES = 5


def _plural_head(text: str, toks: list[_Tok], k: int) -> bool:
    """Is token ``k`` a plural feature word closing a list: "rivers", "lakes" or a water word
    before "basins" ("the Koshi, Gandaki and Karnali river basins")? (Read in the text: the
    tokens kept around a name may stop before "basins".)"""
    w = toks[k].word  # lower case: "Rivers" is also Nigeria's state
    if w in _LOW_FEATURES_PLURAL:
        return True
    return w in _LOW_WATER and text.startswith(" basins", toks[k].end)


def _sub_basin(s: _Scan, k: int) -> bool:
    """Is token ``k`` the "sub" of "sub-basin" ("the Suru sub-basin")?"""
    toks = s.toks
    return (
        toks[k].word.lower() == "sub" and k + 1 < s.n and toks[k + 1].word in _BASINS
        and s.text[toks[k].end : toks[k + 1].start] == "-"
    )


def _lowercase_feature(s: _Scan, i: int) -> int | None:
    """Last token of a name that a lower-case feature word makes a river, lake or range:
    "the Ahr river", "the river Saryu", "the Rhine and Moselle rivers" (both). Whatever else
    the name reads as, the text says what it is here. A country, province or region before
    the word is read so only after "the" ("Assam river levels" are Assam's)."""
    toks, text, n = s.toks, s.text, s.n
    j = s.run_end(i)
    if s.zipf.get(toks[i].word.lower(), 0.0) >= _ZIPF_COMMON + 0.6:
        return None  # "the river Police": no name
    before = i > 0 and toks[i - 1].word in _LOW_FEATURES_BEFORE and text[toks[i - 1].end : toks[i].start] == " "
    after = j + 1 < n and (toks[j + 1].word in _LOW_FEATURES or _sub_basin(s, j + 1)) and (
        text[toks[j].end : toks[j + 1].start] == " "
    )
    head = j + 1
    the_at = i - 1
    if not (before or after):
        # "X and Y rivers", "X, Y and Z rivers": X is a feature when the list ends in a plural head
        k = j
        for _ in range(_MAX_LISTED_FEATURES):
            if k + 2 >= n:
                return None
            gap = text[toks[k].end : toks[k + 1].start]
            if gap == ", " and toks[k + 1].cap:
                k = s.run_end(k + 1)
            elif gap in (" ", ", ") and toks[k + 1].word in ("and", "or") and toks[k + 2].cap and (
                text[toks[k + 1].end : toks[k + 2].start] == " "
            ):
                if toks[k + 2].word.lower() in _LOW_FEATURES_PLURAL:
                    return None  # "Orrin and Rivers": no name before the plural word
                k = s.run_end(k + 2)
                if toks[k].word.lower() in _LOW_FEATURES_PLURAL and toks[k].cap:
                    after, head = True, k  # "the Orrin and Tally Rivers": the last name holds the word
                    break
            else:
                return None
            if k + 1 < n and _plural_head(text, toks, k + 1) and text[toks[k].end : toks[k + 1].start] == " ":
                after, head = True, k + 1
                break
        if not after:
            return None
    # every name of such a list takes the list's "the" ("the Rhine and Moselle rivers", "the
    # Koshi, Gandaki and Karnali river basins")
    k = i - 1
    for _ in range(_MAX_LISTED_FEATURES):
        if k >= 1 and toks[k].word in ("and", "or") and toks[k - 1].cap:
            k -= 1
        elif not (k >= 1 and toks[k].cap and text[toks[k].end : toks[k + 1].start] == ", "):
            break
        while k >= 1 and toks[k - 1].cap and s.gap_ok(k - 1, k):
            k -= 1
        the_at = k - 1
        k -= 1
    # After "the", a water word makes a feature even of an area's name ("the Moselle river");
    # "the Luzon mountain ranges" are Luzon's.
    the = the_at >= 0 and toks[the_at].word.lower() == "the" and (
        before or toks[head].word.lower() in _LOW_WATER or _sub_basin(s, head)  # a sub-basin is a river's
    )
    if not the and not before:
        found = s.lookup(i)
        if found is not None and found[0] == j and any(p.kind in _PROMINENT_KINDS for p in s.gaz.by_key(found[1])):
            return None
    return j


def _place_head(s: _Scan, at: _At) -> int | None:
    """ "Puerto Jordán", "Fort Jordan", "Cape Syria": a country, area or region after a head
    word of place names (:data:`geo.lang.en.placeheads.PLACE_HEADS`) is part of another
    place's name, one the gazetteer lacks (those it has, "Port Sudan", are its own names). The
    whole is the mention, left unresolved rather than read as the country."""
    i, toks, found = at.i, s.toks, at.found
    if not (toks[i].word in _PLACE_HEADS and (found is None or found[0] == i) and i + 1 < s.n
            and toks[i + 1].cap and s.text[toks[i].end : toks[i + 1].start] == " "):
        return None
    inner = s.lookup(i + 1)
    if inner is None or not any(p.kind in _PROMINENT_KINDS for p in s.gaz.by_key(inner[1])):
        return None
    j = inner[0]
    s.matches.append(_Match(i, j, normalize_cached(s.text[toks[i].start : toks[j].end]), (), "head"))
    return j + 1


def _part_of_area(s: _Scan, at: _At) -> int | None:
    """ "Southern California", "West Africa", "South East Queensland": a part of a larger area,
    read as that area."""
    i, toks = at.i, s.toks
    if not (toks[i].word in _DIRECTIONS and i + 1 < s.n and s.gap_ok(i, i + 1)):
        return None
    found_end = None if at.found is None else at.found[0]
    if found_end is not None and found_end > i:
        longer = s.lookup(i + 1)
        if longer is not None and longer[0] > found_end:
            # "South Port-of-Spain", "North Port-au-Prince": the name after the compass word goes
            # on past the gazetteer name the pair makes (a "South Port", a Florida "North Port"),
            # which is then a fragment; the compass word is passed over, the longer name read
            return i + 1
    inner = s.lookup(i + 1) if found_end in (None, i) else None
    if (
        inner is None and toks[i + 1].word in _DIRECTIONS and found_end in (None, i, i + 1)
        and i + 2 < s.n and s.gap_ok(i + 1, i + 2)
    ):
        # two compass words ("South East Queensland", "North West Tasmania"): the pair is no
        # place of its own before an area (Singapore's "South East" district, North
        # Macedonia's regions), though a gazetteer lists it; a name that goes on whole ("North
        # West England") was found longer, and is left to itself
        inner = s.lookup(i + 2)
    if inner is None:
        return None
    # a part of an area, not of a town: "Western New York" is the state's west, not the city's
    inner_places = tuple(p for p in s.gaz.by_key(inner[1]) if p.kind in _PROMINENT_KINDS)
    if not inner_places:
        return None
    if all(p.id.startswith(RIVER_ID_PREFIX) for p in inner_places):
        # "West Nile (virus)", "North Platte": a direction before a river's name makes another
        # name (a disease, a town), no part of the river; both words are passed over
        return inner[0] + 1
    key = normalize_cached(s.text[toks[i].start : toks[inner[0]].end])
    s.matches.append(_Match(i, inner[0], key, inner_places, "part"))
    return inner[0] + 1


def _demonym_before_name(s: _Scan, at: _At) -> int | None:
    """ "Canadian" is the demonym before it is a Texas town; a country's own name is its name,
    though a plural demonym looks the same ("Philippines", from "Philippine")."""
    found = at.found
    if not (found is None or found[0] == at.i):
        return None
    dem = s.gaz.demonym_by_key(at.low)
    if dem is None or (found is not None and any(p.kind == "country" for p in s.gaz.by_key(found[1]))):
        return None
    s.matches.append(_Match(at.i, at.i, at.low, (dem,), "demonym"))
    return at.i + 1


#: "the town of ", "residents of ", "the villages of ": the noun before "of", right before a name.
_NOUN_OF_BEFORE = re.compile(r"\b([A-Za-z]+) of $")


def _noun_of(text: str, start: int) -> str | None:
    """The noun (lower case) of "the villages of " right before a name starting at ``start``, or None."""
    if text[start - 3 : start] != "of ":
        return None
    m = _NOUN_OF_BEFORE.search(text, max(0, start - 24), start)
    return m.group(1).lower() if m is not None else None

#: ", a farming town of 2,000", ", the village where", ", a suburb north of": an apposition whose
#: head noun calls the name before it a settlement (a noun that starts a compound, "a town
#: councillor", "a village elder", names a person: the head must end the phrase).
_SETTLEMENT_APPOSITION = re.compile(
    r", (?:a|an|the) (?:(?!(?:where|which|that|who|whose|when|of|in|and|with|for|on|at|to)\b)[A-Za-z][a-z,'-]*+ ){0,3}?"
    r"(" + alternation(_APPOSITION_SETTLEMENT_NOUNS) + r")(?=[,.;:)]| (?:of|in|near|on|outside|north|south|east|west"
    r"|about|with|where|that|which|some|just|located|[0-9]))"
)

#: ", 22, of ": a person's age, then where the person lives.
_AGE_OF_BEFORE = re.compile(r", \d{1,3}, of $")

#: " — ", " -- " after a line's first words in capitals: a dateline ("ORLUND — Police said").
#: (the land and the agency may come between: "GOMA, Congo — ", "SUVA (AFP) – ")
_DATELINE_AFTER = re.compile(r"(?:,(?: (?:[A-Z][\w.'’-]*|of|the)){1,6})?(?: \([A-Z][\w .'’-]{0,30}\))? (?:—|–|--?) ")

#: " area of " and a capitalised name: "the Orlund area of Brask".
_AREA_OF_PLACE = re.compile(r" area of [A-Z]")

#: ", Texas," / ", Pakistan." after a name: an area, then punctuation or the end of the line.
_AREA_AFTER = re.compile(r", ([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=[,.;:)]|\s[—–-]|\s*$)", re.MULTILINE)

#: Names of settlements read by :func:`_named_settlement` have at most this many words.
_SETTLEMENT_MAX_WORDS = 3


def _named_settlement(s: _Scan, at: _At) -> int | None:
    """A name the gazetteer lacks that the text itself calls a settlement: "the village of
    Orlund", "residents of Orlund", "the villages of Orlund and Brask", "in Brask town",
    "Velmont, a farming town of 2,000", "of Velmont, La.", "near Velmont, Texas.". The name is
    kept as a mention, left unresolved (no pin where the data has no point), as a county or a
    physical feature the gazetteer lacks is; the words are in :mod:`geo.lang.en.settlements`."""
    if at.found is not None and not _first_part_of_settlement(s, at):
        _list_goes_on_after(s, at)
        if at.found[0] + 1 < s.n and s.text[s.toks[at.found[0]].end : s.toks[at.found[0]].end + 1] in (",", " ") and (
            _struck_position(s, at.i, at.found[0])
        ):
            # "drones struck Brask and Orlund": a town the gazetteer knows opens a list of a
            # strike's sites, and the names after it are sites as much as it is
            nxt = _LIST_NEXT.match(s.text, s.toks[at.found[0]].end)
            if nxt is not None:
                s.listed_from, s.struck_list = nxt.end(), True
        return None  # a gazetteer name: its own readings, judged as usual
    i, toks, text = at.i, s.toks, s.text
    start = toks[i].start
    cue = ""
    plural = False
    if start == s.listed_from and (not s.struck_list or _strange_name(s, i, _settlement_run(s, i, stop_at_tail=True)[0])):
        cue = "listed"  # (a list a strike's site opens goes on with names as strange as it)
    elif text[start - 3 : start] == "of ":
        noun = _noun_of(text, start)
        if noun is not None:
            if noun in _SETTLEMENT_OF or noun in _PEOPLE_OF_A_PLACE or noun in _SITES_OF_PLURAL:
                cue, plural = "of", noun in _SETTLEMENT_NOUNS_PLURAL or noun in _SITES_OF_PLURAL
        elif _AGE_OF_BEFORE.search(text, max(0, start - 12), start) or (
            i >= 2 and s.person[i - 2] and text[toks[i - 2].end : start] == ", of "
        ):
            cue = "home"  # "Tom Quarrick, 22, of Orlund", "Ana Reyes, of Orlund,": where a person lives
    elif i > 0 and toks[i - 1].word in _SETTLEMENT_NOUNS and text[toks[i - 1].end : start] == " ":
        cue = "noun before"  # "near the village Dvorna"
    j, articles = _settlement_run(s, i, stop_at_tail=True)
    if not cue:
        cue, j, plural = _site_cue(s, i, j)
    if j > i and toks[j].word in _NOUN_TAILS and not toks[j].poss:
        # "Yar Orlund Village": the name, then its settlement noun written with a capital; the
        # noun is not part of the name (a run of one common word is left: "Olympic Village")
        j -= 1
        cue = cue or "noun tail"
    elif j - i - articles >= _SETTLEMENT_MAX_WORDS:
        return None  # a longer run of capitals: an organisation's or a person's name
    end = toks[j].end
    if j > i and toks[j].word in _SETTLEMENT_TAILS:
        # "Brask Township", "Orlund Twp.": the township, its word with it
        end = toks[j].end + (text[toks[j].end : toks[j].end + 1] == "." and toks[j].word == "Twp")
        cue = cue or "township"
    if not cue:
        after = text[end : end + 1]
        if after == ",":
            if text[end + 1 : end + 2] != " ":
                return None
            if _SETTLEMENT_APPOSITION.match(text, end, end + 80):
                cue = "apposition"
            elif not toks[j].poss and _locative_before(s, i) and _area_follows(s, end):
                cue = "area after"
        elif after == " ":
            if toks[i].upper and _DATELINE_AFTER.match(text, end) and s.ctx.sentence_initial(start):
                cue = "dateline"  # "ORLUND — Police said": the town the report is filed from
            elif j + 1 < s.n and toks[j + 1].start == end + 1 and not toks[j].poss:
                nxt = toks[j + 1].word
                if nxt in _SETTLEMENT_AFTER:
                    if _locative_before(s, i) or _THE_OR_ON_BEFORE.search(text, max(0, start - 12), start):
                        cue = "noun after"  # "in Brask town", "the strike on Orlund village"
                elif nxt in _COMMUNITY_AFTER and _locative_before(s, i):
                    cue = "noun after"  # "in Brask community": no article, so no people's name
                elif nxt == "area" and _LOCATIVE_THE_BEFORE.search(text, max(0, start - 16), start):
                    cue = "area"  # "in the Orlund area": a locality the report names
                elif (nxt in _QUARTER_AFTER or (nxt == "area" and _AREA_OF_PLACE.match(text, end))) and (
                    i > 0 and toks[i - 1].word == "the"
                ):
                    cue = "quarter"  # "in the Orlund neighborhood", "the Orlund area of Brask"
        if not cue and _struck_site(s, i, j):
            cue = "struck"  # "drones struck Orlund", "an air strike in Brask": the site of the strike
        if not cue:
            return None
    if not _settlement_words(s, i, j, person_shape=cue in ("apposition", "area after", "post", "site noun", "list", "located")):
        return None
    key = normalize_cached(text[start:end])
    if not key:
        return None
    s.matches.append(_Match(i, j, key, (), "settlement", end))
    if plural or cue == "listed" or cue == "struck":
        # "the villages of Orlund, Brask and Velmont": the next name of the list is one too
        m = _LIST_NEXT.match(text, end)
        s.listed_from = m.end() if m is not None else -1
        s.struck_list = cue == "struck" or (cue == "listed" and s.struck_list)
    return j + 1


#: Where a sentence ends, looking back or on from a name (a strike's words are sought inside it).
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")

#: A word that tells a strike or a raid (:data:`geo.lang.en.settlements.ATTACK_WORDS`).
_ATTACK_WORD = re.compile(r"\b(?:" + alternation(_ATTACK_WORDS) + r")\b", re.IGNORECASE)

#: How far around a name a strike's words are sought (its sentence, at most this far each way).
_STRIKE_REACH = 160


def _struck_site(s: _Scan, i: int, j: int) -> bool:
    """Is the name of tokens ``i..j`` the gazetteer lacks the site of a strike or a raid the
    sentence tells: the object of a strike's verb ("drones struck Orlund", "Israeli strikes hit
    Brask"), or after "in", "near", "around" in a sentence with a strike's word ("an air strike in
    Velmont killed three")? War news names villages so, with no "village of" to tell them; the
    name must be strange (:func:`_strange_name`): false places are worse than missing ones."""
    # (where the name stands is asked first: most capitalised words stand nowhere near a strike)
    return _struck_position(s, i, j) and _strange_name(s, i, j)


def _struck_position(s: _Scan, i: int, j: int) -> bool:
    """Does the name of tokens ``i..j`` stand where a strike's site does (:func:`_struck_site`),
    with no lower-case noun after it that it would qualify ("struck Orlund hospital")?"""
    toks, text = s.toks, s.text
    start = toks[i].start
    m = _WORD_BEFORE.search(text, max(0, start - 16), start)
    if m is None:
        return False
    before = m.group(1).lower()
    if before in _ATTACK_LOCATIVES:
        # "an air strike in Brask", "shelling around Orlund": the strike's own noun right before
        # (a sentence's strike elsewhere says nothing of a name after "in": a town's quarter,
        # which the gazetteer lacks too, is told so, and read as a site of its own it would part
        # the town's events)
        noun = _WORD_BEFORE.search(text, max(0, m.start() - 16), m.start())
        if noun is None or noun.group(1).lower() not in _ATTACK_WORDS:
            return False
    elif before not in _ATTACK_VERBS:
        return False
    after = _WORD_AFTER.match(text, toks[j].end)
    if after is not None and (after.group(1) is not None or after.group(2) not in _AFTER_STRUCK_SITE):
        return False  # "struck Orlund hospital", "in Brask, the ruling party": no site of a strike
    # the sentence around the name, bounded each way
    lo = max(0, start - _STRIKE_REACH)
    back = text.rfind(". ", lo, start)
    lo = back + 1 if back >= 0 else lo
    hi = min(len(text), toks[j].end + _STRIKE_REACH)
    stop = _SENTENCE_END.search(text, toks[j].end, hi)
    hi = stop.start() if stop is not None else hi
    return _ATTACK_WORD.search(text, lo, hi) is not None


#: What after a strike's site tells it is none: an apposition (group 1: "in Brask, the ruling
#: party"; a settlement's apposition was read before) or a lower-case word (group 2: "struck Orlund
#: hospital"), to be sought in :data:`geo.lang.en.settlements.AFTER_STRUCK_SITE`.
_WORD_AFTER = re.compile(r"(, (?:a|an|the) )|[ -]([a-z][a-z'’-]*)")

#: The word right before a name, after one space ("struck ", "in ").
_WORD_BEFORE = re.compile(r"\b([A-Za-z]+) $")


def _strange_name(s: _Scan, i: int, j: int) -> bool:
    """Are tokens ``i..j`` a name no reader takes for anything but a place's when the text tells
    no more: every word rare in English, no person's first name or surname, no person's name of
    the text, no armed group's or agency's name, no demonym, no acronym, no possessive?"""
    toks = s.toks
    if toks[j].poss or j - i >= _SETTLEMENT_MAX_WORDS:
        return False
    for k in range(i, j + 1):
        if _article_link(s, k):
            continue
        t = toks[k]
        low = t.word.lower()
        if (
            not t.cap or t.upper or len(low) < 4 or s.person[k] or low in s.people
            or any(c.isupper() for c in t.word[1:])  # "JaPa", "McAllen": a party's or a person's name
            or s.zipf.get(low, 0.0) >= _ZIPF_RARE or low in s.first_names or low in s.surnames
            or low in _ARMED_GROUP_NAMES or low in _NEWS_AGENCY_NAMES or low in _ORG_HEADS
            or s.gaz.demonym_by_key(low) is not None
        ):
            return False
    return True


def _list_goes_on_after(s: _Scan, at: _At) -> None:
    """A gazetteer name that is a member of a list of settlements ("the villages of Orlund,
    Brask and Velmont" where "Brask" is also some place's name) is judged as usual, but the
    list goes on after it: the names after it are villages as much as those before it, so the
    next one keeps the list's cue."""
    toks, text = s.toks, s.text
    start = toks[at.i].start
    if start != s.listed_from and _noun_of(text, start) not in _SETTLEMENT_NOUNS_PLURAL:
        return
    nxt = _LIST_NEXT.match(text, toks[at.found[0]].end)
    s.listed_from = nxt.end() if nxt is not None else -1


#: A name of up to three capitalised words (a list's item in :data:`_LIST_THEN_SITE_NOUN`).
_LIST_NAME = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}"

#: "Orlund, Brask and Velmont villages", "the Tarsk and Orlund sectors": a list of names, then a
#: plural site noun that calls every name of the list one (from the first name on). The noun may
#: take a capital as the names do ("near Tolmar and Vessik Villages": news in Myanmar and Nigeria
#: often writes it so).
_LIST_THEN_SITE_NOUN = re.compile(
    _LIST_NAME + r"(?:(?:,\s+and\s+|,\s+|\s+and\s+)" + _LIST_NAME + r"){1,6}\s+(?:"
    + alternation(_SITE_NOUNS_PLURAL | {w.capitalize() for w in _SITE_NOUNS_PLURAL}) + r")\b"
)

#: " upazila", " Police Station", " checkpost": a singular site noun right after a name ("in Orlund upazila",
#: "the Brask Police Station"; its capital may be the name's style).
_SITE_NOUN_AFTER = re.compile(r"\s+(" + alternation(w for w in _SITE_NOUNS_AFTER if w not in _SITE_NOUNS_PLURAL) + r")\b", re.IGNORECASE)

#: "the police outposts at ", "a checkpoint in ", "the posts (OPs) at ": a post, then where it stands.
_POST_BEFORE = re.compile(
    r"\b(?:" + alternation(_POSTS_AT) + r")(?:\s+\([A-Za-z]+\))?\s+(?:at|in)\s+$", re.IGNORECASE
)

#: ", 40 km south of", ", south-west of the capital": where a name lies from another place.
_LOCATED_AFTER = re.compile(
    _DISTANCE_FROM + r"|,\s+(?:just\s+|about\s+)?(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+"
    r"(?:the\s+(?:capital|city|town|border|provincial)\b|[A-Z])"
    r"|,\s+in\s+the\s+(?:[a-z-]+\s+)?(?:district|province|region|state|county)\s+of\s+[A-Z]"
)

#: " in the Brask district", " in Dovan's Tarsk district": the administrative area holding a name.
_IN_AREA_AFTER = re.compile(
    r" in (?:the )?(?:[A-Z][\w'’-]*(?:'s|’s)? ){1,3}(?:" + alternation(_AREA_WORDS) + r")\b", re.IGNORECASE
)


def _site_cue(s: _Scan, i: int, j: int) -> tuple[str, int, bool]:
    """Words around a name of tokens ``i..j`` the gazetteer lacks that tell it is a site of the
    countryside (a village, a rural subdivision, a camp, a post), as rural news names them:
    "attacked the police outposts at Orlund and Brask", "in Orlund upazila", "the Brask Police
    Station", "the Tarsk and Velmont villages", "in Orlund, 40 km south of Brask", "in Orlund in the
    Brask district". Returns the cue ("" for none), the name's last token and whether a list goes
    on after it (its next name is one too). Each look is bounded (no walk over the text)."""
    toks, text = s.toks, s.text
    last = toks[j]
    if last.poss or last.word.lower() in _AREA_WORDS:
        return "", j, False  # "in Brask County, 2 miles from": an area's own name, read by its recogniser
    start = toks[i].start
    # (cheap looks first: most capitalised names here are people's or bodies' names, and no
    # post, list or site noun is near them)
    back4 = start - 4 if start > 4 else 0  # (no builtin call: this runs for most unknown names)
    if text[back4:start].rstrip()[-2:] in ("at", "in") and _POST_BEFORE.search(text, max(0, start - 40), start):
        return "post", j, True
    # asked twice below ("site noun", "located"), of tokens no step in between changes: once
    located = _locative_before(s, i)
    told = located or (
        text.endswith(("on ", "the "), back4, start) and _THE_OR_ON_BEFORE.search(text, max(0, start - 12), start) is not None
    )
    if told:
        for k in range(i, j + 1):
            e = toks[k].end
            # (a site noun comes after whitespace, which _SITE_NOUN_AFTER's "\s+" needs: a token
            # followed by anything else, a hyphen or a comma, has none; str.isspace is re's \s)
            if not text[e : e + 1].isspace() or (k != j and toks[k].poss):
                continue
            noun = _SITE_NOUN_AFTER.match(text, e)
            if noun is None:
                continue
            if noun.group(1).lower() == "camp" and k == i and (toks[i].word.lower() in s.first_names or toks[i].word.lower() in s.surnames):
                return "", j, False  # "the Harris camp said": a politician's side, no camp of tents
            return "site noun", k, False
    end = last.end
    after = text[end : end + 5]
    if (after[:1] == "," or after.lstrip().startswith("and ")) and _LIST_THEN_SITE_NOUN.match(text, start, start + 240):
        return "list", j, True
    if located and (_LOCATED_AFTER.match(text, end) or _IN_AREA_AFTER.match(text, end)):
        return "located", j, False
    return "", j, False


#: "on ", "the ", "on the ": before "<Name> village" the name is the village's ("the strike on Orlund
#: village"); a local body's name ("Brask town council") is no place here.
_THE_OR_ON_BEFORE = re.compile(r"\b(?:on|the|on the) $")

#: "in the ", "near the ", "at the ": before "<Name> area", a locality's name ("in the Orlund area").
_LOCATIVE_THE_BEFORE = re.compile(r"\b(?:in|near|at|into|from) the $")

#: Settlement nouns written with a capital after a name ("Yar Orlund Village"): the name is the
#: settlement's (a civil township's "Township" is part of its name: :data:`_SETTLEMENT_TAILS`).
#: Their plurals close a list so ("Tolmar and Vessik Villages": each name is a village).
_NOUN_TAILS = frozenset(w.capitalize() for w in _SETTLEMENT_AFTER) - _SETTLEMENT_TAILS | {"Villages", "Hamlets"}

#: Words of a settlement's name after a gazetteer name are rarer than this in English (Zipf):
#: "the village of Gul Dara", not "the city of Boston Police".
_NAME_WORD_ZIPF = 3.0


def _first_part_of_settlement(s: _Scan, at: _At) -> bool:
    """Is the gazetteer name at ``at`` only the first part of a settlement's name the text gives
    ("the village of Gul Dara": "Gul" is another place's alternate name, "Dara" a city's; "in
    Santi Orlund village", "Yar Orlund Village": the whole told as a village by the noun after
    it)? The name so told is one name, of words that are no English words; its parts are no
    places of their own."""
    i, toks, text = at.i, s.toks, s.text
    start = toks[i].start
    j, articles = _settlement_run(s, i)
    if j > i and toks[j].word in _NOUN_TAILS:
        j -= 1  # "Orlund Kesh Village": told as a village by the noun after it
    elif not (j + 1 < s.n and (toks[j + 1].word in _SETTLEMENT_AFTER or toks[j + 1].word in _COMMUNITY_AFTER and _locative_before(s, i))
              and text[toks[j].end : toks[j + 1].start] == " " and not toks[j].poss):  # "in Orlund Kesh village", "at Orlund Kesh community"
        # ("the towns of Orlund and Gul Dara": a later member of a list of settlements is one too)
        if start != s.listed_from and _noun_of(text, start) not in _SETTLEMENT_NOUNS:
            return False
        if j - i - articles >= _SETTLEMENT_MAX_WORDS:
            return False
    if j == i or at.found[0] >= j:
        return False
    return all(s.zipf.get(toks[k].word.lower(), 0.0) < _NAME_WORD_ZIPF for k in range(at.found[0] + 1, j + 1)
               if not _article_link(s, k))


def _settlement_run(s: _Scan, i: int, *, stop_at_tail: bool = False) -> tuple[int, int]:
    """The last token of the capitalised run a settlement's name starting at ``i`` may span, up
    to :data:`_SETTLEMENT_MAX_WORDS` words and one word beyond to tell a longer run, with the
    number of lower-case Arabic articles inside it, which do not count as words ("the village of
    Kfar Dunin al-Fawqa"); with ``stop_at_tail``, the run ends at a township's tail word ("Brask
    Township Committee": the township's name ends there)."""
    toks = s.toks
    j = i
    articles = 0
    while j - i - articles < _SETTLEMENT_MAX_WORDS:
        if j + 1 < s.n and toks[j + 1].cap and s.joins[j]:
            j += 1
        elif j + 2 < s.n and s.joins[j] and _article_link(s, j + 1):
            j += 2  # the article is part of the name
            articles += 1
        else:
            break
        if stop_at_tail and toks[j].word in _SETTLEMENT_TAILS:
            break
    return j, articles


def _article_link(s: _Scan, k: int) -> bool:
    """Is token ``k`` the Arabic article written in lower case and joined by a hyphen to the
    capitalised word after it ("al-Fawqa", "el-Delb", "ash-Sharqi")?"""
    toks = s.toks
    return (
        _is_article(toks[k].word) and not toks[k].cap and k + 1 < s.n and s.text[toks[k].end : toks[k].end + 1] == "-"
        and toks[k + 1].start == toks[k].end + 1 and toks[k + 1].cap
    )


#: Words a place's name runs on with after its first word to be another place's ("at Orlund Kesh
#: Dawa"): at least this many.
_LONG_NAME_MIN_MORE = 2


def _longer_name(s: _Scan, at: _At) -> int | None:
    """A place's one-word name that opens a longer name the gazetteer lacks: "raided Orlund Kesh
    Dawa" after a locative, the run of capitals going on with two or more words of no area's or
    city's name, no common English word and no person's name at its end, is one village's name
    (villages are often named after a larger place); the first word alone is not that place.
    The words after it may be small places' names (short words are, somewhere)."""
    found = at.found
    i, toks = at.i, s.toks
    if found is None or found[0] != i or not _locative_before(s, i):
        return None
    j = i
    while j + 1 < s.n and toks[j + 1].cap and s.joins[j] and j - i <= _SETTLEMENT_MAX_WORDS:
        j += 1
    if j - i < _LONG_NAME_MIN_MORE or j - i >= _SETTLEMENT_MAX_WORDS or toks[j].poss:
        return None
    for k in range(i + 1, j + 1):
        w = toks[k].word
        low = w.lower()
        if toks[k].upper or low in s.people or s.person[k] or s.zipf.get(low, 0.0) >= (_NAME_WORD_ZIPF if k == j else _ZIPF_COMMON):
            return None
        if k == j and (low in s.first_names or low in s.surnames):
            return None  # "in Texas Kimberly Smith": a person's name after the place
        own = s.lookup(k)
        if own is not None and (own[0] > k or any(p.kind != "place" or p.population >= _BIG_PLACE for p in s.gaz.by_key(own[1]))):
            return None  # "at Orlund Kenya Road": a word that names an area or a city is that place
    if not _settlement_words(s, i, j, person_shape=False):
        return None
    key = normalize_cached(s.text[toks[i].start : toks[j].end])
    if not key:
        return None
    s.matches.append(_Match(i, j, key, (), "long name", toks[j].end))
    return j + 1


def _romance_fragment(s: _Scan, at: _At) -> int | None:
    """ "Torres del Paine", "Foz do Iguaçu", "Lula da Silva": a gazetteer name followed by a
    Romance link ("del", "do", "da": :data:`geo.lang.en.placeheads.ROMANCE_LINKS`) and a
    capitalised word is the first word of a longer name, of a place the gazetteer lacks or of a
    person, not the town of that name abroad ("Torres" alone is a Brazilian town); the words
    are passed over. A name after the link that is a country's or a first-level area's
    ("Santiago de Chile", "Santiago de Cuba") says which place the first word is, and is left
    to it; names the gazetteer has whole ("Rio de Janeiro") were found whole. A compass word
    after the link (:data:`geo.lang.en.placeheads.ROMANCE_COMPASS`) is the longer name's and
    never says so: "Maguindanao del Norte" (a province the data lacks) is not the Philippine
    province beside Guinea-Bissau's Norte region."""
    found = at.found
    if found is None:
        return None
    toks, text, j = s.toks, s.text, found[0]
    if not (
        j + 2 < s.n and toks[j + 1].word in _ROMANCE_LINKS and toks[j + 2].cap
        and text[toks[j].end : toks[j + 1].start] == " " and text[toks[j + 1].end : toks[j + 2].start] == " "
    ):
        return None
    after = s.lookup(j + 2)
    if (
        after is not None and toks[j + 2].word.lower() not in _ROMANCE_COMPASS
        and any(p.kind in ("country", "admin1") for p in s.gaz.by_key(after[1]))
    ):
        return None
    e = j + 2
    while e + 1 < s.n and toks[e + 1].cap and s.gap_ok(e, e + 1):
        e += 1
    return e + 1


def _locative_before(s: _Scan, i: int) -> bool:
    """Is token ``i`` right after a locative preposition ("in", "near", "from")?"""
    return i > 0 and s.toks[i - 1].word.lower() in _LOCATIVE and s.text[s.toks[i - 1].end : s.toks[i].start] == " "


#: ", ", " and ", ", and " between the names of a list.
_LIST_NEXT = re.compile(r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?=[A-Z])")


def _area_follows(s: _Scan, end: int) -> bool:
    """Does a state's abbreviation, or a country's or first-level area's name followed by
    punctuation, come right after the name ending at ``end`` ("Velmont, La.", "Velmont, Texas,")?"""
    text = s.text
    ab = _ABBREV_RE.match(text, end)
    if ab is not None and ab.group(0).startswith(", "):
        return True
    m = _AREA_AFTER.match(text, end)
    if m is None:
        return False
    key = normalize_cached(m.group(1))
    return bool(key) and s.gaz.is_key(key) and any(p.kind in ("country", "admin1") for p in s.gaz.by_key(key))


def _settlement_words(s: _Scan, i: int, j: int, person_shape: bool) -> bool:
    """May tokens ``i..j`` be the name of a settlement: no word of a person's name in the text, no
    title, month, street or building word, no lone English word ("the city of Light")? With
    ``person_shape``, a first name then a surname ("Ana Velmont, a") is taken for a person."""
    toks = s.toks
    words = [toks[k].word.lower() for k in range(i, j + 1)]
    first, last = words[0], words[-1]
    if any(s.person[k] or w in s.people for k, w in zip(range(i, j + 1), words)):
        return False
    if first in _TITLES or first in _MONTHS_DAYS or first in _FUNCTION_WORDS or first in _GENERIC_GEO and i == j:
        return False
    if last in _NOT_SETTLEMENT_TAILS or last in _STREETS or last in _ORG_HEADS or last in _BODY_TAILS:
        return False
    if j > i and toks[i].word not in _DIRECTIONS and s.zipf.get(first, 0.0) >= _ZIPF_COMMON and s.ctx.sentence_initial(toks[i].start):
        return False  # "Three Brask Township scouts": a sentence's first word is capitalised anyway
    if i == j and (s.zipf.get(first, 0.0) >= _ZIPF_COMMON or toks[i].upper and len(first) <= 4):
        return False  # "the city of Light", "residents of NYC" (an acronym the gazetteer lacks)
    if person_shape and j > i and first in s.first_names and (last in s.surnames or s.zipf.get(last, 0.0) < _ZIPF_RARE):
        return False
    return True


#: Words that start no settlement's name ("the town of The", "residents of This").
_FUNCTION_WORDS = frozenset("the a an this that these those its his her their our my your all every".split())


def _first_name_person(s: _Scan, at: _At) -> int | None:
    """A first name before a surname is a person ("Chad Ellery", "Ruth T. Abernathy"), unless
    the whole run is a place ("Virginia Beach")."""
    i, toks, text, found = at.i, s.toks, s.text, at.found
    if not ((found is None or found[0] == i) and at.low in s.first_names and i + 1 < s.n):
        return None
    if found is not None and _COURT_OR_STATION.match(text, toks[i].end):
        return None  # "Preston Crown Court": a court or police station takes its town's name, no person's
    j = i + 1
    if j + 1 < s.n and toks[j].cap and text[toks[i].end : toks[j].start] == "-" and toks[j].word.lower() in s.first_names:
        j += 1  # a double first name ("Kerry-Ann", "Jean-Pierre"); "Winston-Salem" is none
    if toks[j].cap and len(toks[j].word) == 1 and j + 1 < s.n and s.gap_ok(j - 1, j):
        j += 1  # middle initial
    nt = toks[j]
    nlow = nt.word.lower()
    # a person's names are separated by spaces ("Logan-Rogersville" is two places)
    gap = text[toks[j - 1].end : nt.start]
    if not (
        nt.cap
        and (gap == " " or (gap == ". " and j > i + 1))
        and nlow not in _NOT_SURNAMES
        and nlow not in _MONTHS_DAYS
        and len(nt.word) > 1
    ):
        return None
    first_places = s.gaz.by_key(found[1]) if found is not None else ()
    first_country = any(p.kind in ("country", "continent") for p in first_places)
    first_area = first_country or any(p.kind == "admin1" for p in first_places)
    nxt_found = s.lookup(j)
    nxt_country = nxt_found is not None and any(p.kind in ("country", "continent") for p in s.gaz.by_key(nxt_found[1]))
    # After a first name that also names a first-level area ("Mary", "Victoria"), a
    # surname, a second first name ("Victoria Lynn") or a rare word that names no place
    # ("Victoria Wojtaszek": surnames beyond the census list) make the pair a person.
    second_name = (
        nlow in s.surnames
        or nlow in s.first_names
        or (nxt_found is None and s.zipf.get(nlow, 0.0) < _ZIPF_RARE)
    )
    if not ((second_name and not first_country) or not (first_area or nxt_country)):
        return None
    if not second_name and toks[s.run_end(j)].word.lower() in _BODY_TAILS:
        return None  # "the Shelby Community Center", "the Orlun Food Pantry": the town's, no person
    while j + 1 < s.n and toks[j + 1].cap and s.gap_ok(j, j + 1) and (
        toks[j + 1].word.lower() in s.surnames or text[toks[j].end : toks[j + 1].start] == "-"
    ):
        j += 1  # more surnames, or a hyphenated one ("Karim Abdul-Rahman")
    if j + 1 < s.n and toks[j + 1].cap and toks[j + 1].word.lower() in _NAMED_AFTER and s.gap_ok(j, j + 1):
        # "Old Dover Milford Road", "Jefferson Elementary": a street or building
        # named after a person or place; its words are no one's name elsewhere.
        return j + 2
    _mark_person(toks, i, j, s.person, s.people)
    return j + 1


def _person_pair(s: _Scan, at: _At) -> int | None:
    """A place's name and a surname, the two alone in their run of capitals, that the text
    treats as one person: "Jordan Henderson said", "said Paris Hilton", "striker Jordan
    Henderson", "Jordan Henderson, 33,", "Chad Ellery, the club's captain,". People are named
    after places ("Jordan", "Paris", "Chad") and places after people ("Henderson"); two places
    never stand side by side without a comma, so the pair is one name, and these uses are a
    person's, never a place's. The surname alone is then that person for the whole text
    ("Henderson scored"); the place's name alone keeps its reading when it is a country or a
    large place ("flew to Paris"). A possessive is no such use: towns take it as often as
    people ("Rock Hill's mayor", of a town the gazetteer may lack).

    A first name of the census before a surname of the census that is no common word is a
    person's name with no more ("Jordan Henderson visited"), as :func:`_first_name_person`
    reads one; the rule there leaves out first names that name a country or a first-level area
    ("Georgia", "Chad") for want of a surname's evidence, which this one brings.

    Without such a use the pair is remembered: a later bare use of the surname as a person's
    ("Henderson said", "said Henderson"), the way news names someone a second time, makes it
    a person then (:func:`geo.geoparse.recognise.recognize`). A surname that is also a common
    English word ("Georgia Power") is no evidence: such a pair may be a firm (the judges')."""
    i, toks, text, found = at.i, s.toks, s.text, at.found
    if not (found is not None and found[0] == i and i + 1 < s.n and s.joins[i] and toks[i + 1].cap):
        return None
    if text[toks[i].end : toks[i + 1].start] != " " or at.low in _GENERIC_GEO or toks[i].upper:
        return None
    j = i + 1
    if len(toks[j].word) == 1 and j + 1 < s.n and toks[j + 1].cap and text[toks[j].end : toks[j + 1].start] == ". ":
        j += 1  # a middle initial ("Paris M. Hilton")
    b = toks[j]
    blow = b.word.lower()
    # a surname of the census, or after a first name a rare word that names no place ("Chad
    # Ellery": surnames beyond the census list, as in _first_name_person)
    census = blow in s.surnames
    if not (census or (at.low in s.first_names and s.zipf.get(blow, 0.0) < _ZIPF_RARE)):
        return None  # most capitalised pairs: one set look-up
    bfound = s.lookup(j)
    if (
        not (census or bfound is None)
        or len(blow) < 3
        or b.upper
        or blow in _NOT_SURNAMES
        or blow in _PLACE_WORDS
        or blow in _MONTHS_DAYS
        or blow in _PERSON_ROLES
        or _english_word(blow, s.zipf.get(blow, 0.0), _ZIPF_COMMON)
        or (j + 1 < s.n and toks[j + 1].cap and s.joins[j])  # a longer run: no pair
    ):
        return None
    if bfound is not None and (bfound[0] != j or any(p.kind in _PROMINENT_KINDS for p in s.gaz.by_key(bfound[1]))):
        return None  # "Paris Texas", "Jordan Henderson Field": a place, or a longer name
    if _place_cue(text, toks[i].start, b.end, s.gaz):
        return None  # "in Rock Hill", "a Rock Hill man", "Spring Hill, Fla.": a place the gazetteer lacks
    # A census first name before a census surname that is no common word is a full name's
    # shape, as in _first_name_person: "Jordan Henderson visited" with nothing more
    full_name = at.low in s.first_names and blow in s.surnames and s.zipf.get(blow, 0.0) < _ZIPF_SURNAME_ONLY
    if not (full_name or _acts_as_person(s, i, j)):
        s.ctx.pairs[toks[i].start] = s.ctx.pairs[b.start] = blow
        s.ctx.pair_surnames.add(blow)
        return None
    for k in range(i, j + 1):
        s.person[k] = True
    s.people.add(blow)
    s.ctx.person_uses.add(blow)  # the same pair elsewhere is this person too
    if not any(p.kind in _PROMINENT_KINDS or p.population >= _BIG_PLACE for p in s.gaz.by_key(found[1])):
        s.people.add(at.low)  # a small place's name is the person's for the whole text
    return j + 1


#: A place at least this large keeps its name elsewhere in a text that names a person after it.
_BIG_PLACE = 100_000

#: A surname less frequent than this in English (Zipf) is seldom also a common word: "Henderson"
#: (3.9), "Moore" (4.3); not "Ford" (4.5), "Park", "King", "Cross" ("Victoria Cross", "Jordan
#: Park"), which the other languages' lists do not tell from English words.
_ZIPF_SURNAME_ONLY = 4.5


def _acts_as_person(s: _Scan, i: int, j: int) -> bool:
    """Do the words around the name ``toks[i..j]`` make it a person's: a verb of saying, an
    age or an apposition naming a role after it; a verb of saying or a role or kin noun right
    before it?"""
    toks, text = s.toks, s.text
    b = toks[j]
    if _next_word(text, b.end) in _SPEECH or _AGE_AFTER.match(text, b.end):
        return True
    role = _APPOSITION.match(text, b.end, b.end + 60)
    if role is not None and role.group(1) in _PERSON_ROLES:
        return True
    if i == 0 or text[toks[i - 1].end : toks[i].start] != " ":
        return False
    before = toks[i - 1].word.lower()
    return before in _SPEECH or before in _PERSON_ROLES


def _person_use(s: _Scan, i: int) -> bool:
    """Is the capitalised word ``toks[i]``, alone in its run, used as a person's name: a verb of
    saying right after or right before it?"""
    toks, text = s.toks, s.text
    t = toks[i]
    if (i > 0 and toks[i - 1].cap and s.joins[i - 1]) or (i + 1 < s.n and toks[i + 1].cap and s.joins[i]):
        return False
    if _next_word(text, t.end) in _SPEECH:
        return True
    return i > 0 and text[toks[i - 1].end : t.start] == " " and toks[i - 1].word.lower() in _SPEECH


#: The words of :data:`geo.lang.en.bodies.AREA_OFFICES` with the possessive endings that
#: stripping "'s", then "’s" would take off ("governor's", "governor’s"): one set look-up
#: answers what a lower() and two removesuffix() did, at most capitalised words (no office
#: word holds an apostrophe or ends in "s" after one, so the two tests take the same words).
_AREA_OFFICE_FORMS = frozenset(o + e for o in _AREA_OFFICES for e in ("", "'s", "’s", "’s's"))


def _county(s: _Scan, at: _At) -> int | None:
    """ "Laurel County" when the gazetteer lacks that county: a mention of the county,
    resolved through the same-named places and the context to its first-level area."""
    i, toks, found = at.i, s.toks, at.found
    cj = (found[0] if found is not None else i) + 1
    by_county = s.by_county
    if s.counties_of and by_county is not None and (word := s.counties_of.get(toks[i].start)) is not None:
        # "the counties of Napa and Sonoma": the plural county word before the list names every
        # member a county, as it does after the list ("Napa and Sonoma counties"), when the
        # registry lists a county of that name
        j = s.run_end(i)
        key = normalize_cached(s.text[toks[i].start : toks[j].end]) + " " + word
        places = tuple(by_county(key))
        if places:
            s.matches.append(_Match(i, j, key, places, "county"))
            return j + 1
        # ("the counties of Kisumu and Siaya": Kenya's first-level areas named "X County")
        areas = tuple(p for p in s.gaz.by_key(key) if p.kind == "admin1" and p.country != "US")
        if areas:
            s.matches.append(_Match(i, j, key, areas, "name"))
            return j + 1
    if by_county is not None and cj < s.n and (
        toks[cj].word in _COUNTY_LIST_WORDS or s.text[toks[cj - 1].end : toks[cj].start] == ", "
    ):
        listed = _listed_county(s, i, cj - 1, by_county)
        if listed is not None:
            return listed
    if found is not None and found[0] + 1 == cj and (
        (s.bordered and toks[i].start in s.bordered and _county_story(s.text))
        or (cj < s.n and toks[cj].word.lower() in _AREA_OFFICE_FORMS
            and s.text[toks[cj - 1].end : toks[cj].start] == " ")
    ):
        # "the Isiolo governor", "the border with Wajir and Marsabit" (in a story about
        # counties): the office and the border are an area's, not a town's; where the bare name
        # holds only towns and the gazetteer names a first-level area "X County" (Kenya's), that
        # area is meant (the builder keys it only with its word: the bare name is the town's)
        readings = s.gaz.by_key(found[1])
        if not any(p.kind in ("admin1", "country") for p in readings):
            key = found[1] + " county"
            areas = tuple(p for p in s.gaz.by_key(key) if p.kind == "admin1" and p.country != "US"
                          and any(r.kind == "place" and r.country == p.country for r in readings))
            if areas:
                s.matches.append(_Match(i, cj - 1, key, areas, "name"))
                return cj
    if cj < s.n and toks[cj].word == "county" and s.text[toks[cj - 1].end : toks[cj].start] == " " and not toks[cj - 1].poss:
        # "Nakuru county": news outside the US writes the word in lower case too. A first-level
        # area the gazetteer names "X County" (Kenya's counties) is the county; else the name is
        # read alone (the bare "Nakuru" is the town).
        key = normalize_cached(s.text[toks[i].start : toks[cj].end])
        areas = tuple(p for p in s.gaz.by_key(key) if p.kind == "admin1" and p.country != "US")
        if areas:
            s.matches.append(_Match(i, cj, key, areas, "name"))
            return cj + 1
        return None
    if not (
        cj < s.n
        # (_county_word is False unless the word is a county word or in capitals: most words
        # are neither, and are turned away here without the call)
        and (toks[cj].word in _COUNTY_WORDS or toks[cj].upper)
        and _county_word(toks, i, cj)
        and s.text[toks[cj - 1].end : toks[cj].start] == " "
        and not toks[cj - 1].poss
    ):
        return None
    key = normalize_cached(s.text[toks[i].start : toks[cj].end])
    # The US states that have a county of that name (registry list) say more than the
    # towns named like it; else the same-named places lead to the area.
    places = tuple(by_county(key)) if by_county is not None else ()
    # A common word before "County" is no county's name ("This County"), unless the registry
    # lists such a county ("Washington County", "Lake County", "Orange County").
    if not places and (at.low in _GENERIC_GEO or s.zipf.get(at.low, 0.0) >= _ZIPF_VERY_COMMON):
        return None
    if not places:
        places = tuple(s.gaz.by_key(found[1])) if found is not None else ()
    s.matches.append(_Match(i, cj, key, places, "county"))
    return cj + 1


def _township(s: _Scan, at: _At) -> int | None:
    """ "Brask Township", "Orlund Twp.", "the Township of Velmont": a gazetteer name that the
    text calls a civil township is a place of the countries whose townships are named so
    (:data:`geo.lang.en.settlements.TOWNSHIP_COUNTRIES`; in the US, of the states that have
    civil townships, :data:`~geo.lang.en.settlements.US_TOWNSHIP_STATES`), read among their
    places of that name only ("Bradford Township" is no town of England, "Cooper Township" no
    town of Texas); with none there, a settlement the
    gazetteer lacks, left unresolved. The township's word is part of the mention."""
    i, toks, found, text = at.i, s.toks, at.found, s.text
    if found is None:
        return None
    j = found[0]
    start = toks[i].start
    if j + 1 < s.n and toks[j + 1].word in _SETTLEMENT_TAILS and text[toks[j].end : toks[j + 1].start] == " " and not toks[j].poss:
        j += 1
        end = toks[j].end + (toks[j].word == "Twp" and text[toks[j].end : toks[j].end + 1] == ".")
    elif text[max(0, start - 12) : start] == "Township of " and not (i >= 3 and toks[i - 3].cap and toks[i - 3].word.lower() != "the"):
        # ("the Township of Velmont"; in "Tamu Township of Sagaing Region" the name after "of" is
        # the area the township is in)
        end = toks[j].end
    else:
        return None
    # places of that own name: another place's alias ("Penn" for Penngrove) names no township
    places = tuple(p for p in s.gaz.by_key(found[1])
                   if p.country in _TOWNSHIP_COUNTRIES and p.kind == "place" and normalize_cached(p.name) == found[1]
                   and (p.country != "US" or p.admin1 in _US_TOWNSHIP_STATES))
    if places:
        s.matches.append(_Match(i, j, found[1], places, "township", end))
    else:
        s.matches.append(_Match(i, j, normalize_cached(text[start:end]), (), "settlement", end))
    return j + 1


def _county_word(toks: list[_Tok], i: int, cj: int) -> bool:
    """Is token ``cj`` the county word ending the name that starts at token ``i``: "Laurel
    County", or in capitals after a name in capitals ("LAUREL COUNTY, Ky." — a US dateline)?"""
    word = toks[cj].word
    if word in _COUNTY_WORDS:
        return True
    return toks[cj].upper and all(toks[k].upper for k in range(i, cj)) and word.title() in _COUNTY_WORDS


def _district(s: _Scan, at: _At) -> int | None:
    """ "Poonch district", "Chikun local government area", "the district of Bermal", "Hangu and
    Kurram districts": a name the text calls a second-level area, read as the districts of that
    name (data/districts.arrow, outside the US) — with the first-level areas of that name, which
    some countries call districts (Uganda's). Without this cue no name is read as a district.
    A district the data has no point for ("Bermal") is kept with the first-level areas holding
    such districts, to be left unresolved with them as candidates."""
    # (called only near a district word: see _after_for)
    i, toks, found = at.i, s.toks, at.found
    after_of = toks[i].start in s.district_of
    by_key = getattr(s.gaz, "districts_by_key", None)
    if by_key is None:
        return None
    # the run of capitalised words, which the capitalised area word ends ("the Bermal District")
    j = s.run_end(i)
    j = next((k - 1 for k in range(i + 1, j + 1) if toks[k].word in _DISTRICT_WORDS), j)
    if found is not None and found[0] != j:
        # a gazetteer name shorter than the run ("Parigi" of "Parigi Moutong regency") gives
        # way to a district named by the whole run; else the gazetteer's name is the name
        if _district_word_after(s, j) is not None and by_key(normalize_cached(s.text[toks[i].start : toks[j].end])):
            found = None
        else:
            j = found[0]
    k = _district_word_after(s, j)
    if k is None:
        k = _listed_district(s, j)
    if k is None and not after_of:
        # a name the text called a district before ("Poonch district ... areas of Poonch")
        key = normalize_cached(s.text[toks[i].start : toks[j].end])
        places = s.ctx.districts.get(key)
        if places is None or toks[j].poss:
            return None
        s.matches.append(_Match(i, j, key, places, "district" if any(p.kind == "admin2" for p in places) else "district area"))
        return j + 1
    if toks[j].poss or (i == j and (at.low in _GENERIC_GEO or s.zipf.get(at.low, 0.0) >= _ZIPF_COMMON)):
        return None  # "Kabul's district", "the Central district", "this District"
    key = normalize_cached(s.text[toks[i].start : toks[j].end])
    places = by_key(key)
    if places:
        # the same-named first-level areas (Uganda's districts are), never its towns: the
        # text says it is an area
        areas = tuple(p for p in s.gaz.by_key(key) if p.kind == "admin1") if found is not None and found[1] == key else ()
        return _district_match(s, i, j, key, places + areas, "district")
    if found is not None:
        return None  # a name the gazetteer knows, with no district of that name: its own readings
    areas = s.gaz.district_areas_by_key(key)
    if not areas:
        return None
    return _district_match(s, i, j, key, areas, "district area")


#: "in Bajaur", "near Kurram": the locative right before a bare district name (see _bare_district).
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|into|near|across|around)\s$")


def _bare_district(s: _Scan, at: _At) -> int | None:
    """ "clashed with militants in Bajaur", "a blast near Kurram": after a locative, one
    capitalised word that the gazetteer has no place for, that is no common word or census name,
    and that names exactly one district in the world (data/districts.arrow) is that district.
    News names a district without the word "district" as often as with it; a name borne by
    nothing else can mean only the district (two districts of one name need the text's cue)."""
    i, toks = at.i, s.toks
    if at.found is not None or i == 0 or toks[i].poss:
        return None
    if i + 1 < s.n and toks[i + 1].cap and s.gap_ok(i, i + 1):
        return None  # a word of a longer name
    start = toks[i].start
    owner = None
    if not _LOCATIVE_BEFORE.search(s.text, max(0, start - 8), start):
        # (most names have no possessive before them: two characters say so before any search)
        owner = _OWNER_BEFORE.search(s.text, max(0, start - 40), start) if s.text[start - 3 : start - 1] in _POSSESSIVE_S else None
        if owner is None:
            return None
    low = at.low
    if low in s.first_names or low in s.surnames or s.zipf.get(low, 0.0) >= _ZIPF_BARE_DISTRICT:
        return None
    by_key = getattr(s.gaz, "districts_by_key", None)
    places = by_key(low) if by_key is not None else ()
    if len(places) != 1:
        return None
    if owner is not None and not any(
        a.kind == "admin1" and a.id == places[0].admin1 for a in s.gaz.by_key(normalize_cached(owner.group(1)))
    ):
        return None  # "Kerala's Wayanad": only the district's own first-level area owns it so
    return _district_match(s, i, i, low, places, "district")


#: "Kerala's Wayanad", "Tamil Nadu's Villupuram": a first-level area's possessive right before
#: a bare name, which is then that area's district when the area is the district's own.
_POSSESSIVE_S = ("'s", "’s")
_OWNER_BEFORE = re.compile(r"\b([A-Z][\w-]*(?: [A-Z][\w-]*)?)['’]s\s$")


#: A bare name rarer than this in English may be read as the district of that name.
_ZIPF_BARE_DISTRICT = 2.5


def _district_match(s: _Scan, i: int, j: int, key: str, places: tuple, form: str) -> int:
    """Record a district's match, and the name as one the text has called a district."""
    s.matches.append(_Match(i, j, key, places, form))
    s.ctx.districts.setdefault(key, places)
    s.ctx.district_heads.add(key.split(" ", 1)[0])
    return j + 1


def _district_word_after(s: _Scan, j: int) -> int | None:
    """The token after a name ending at ``j`` when it calls the name a district ("district",
    "LGA", "local government area"; not "district attorney"), else None."""
    toks, n = s.toks, s.n
    k = j + 1
    if k >= n or toks[k].word not in _DISTRICT_WORDS or s.text[toks[j].end : toks[k].start] != " ":
        return None
    w = toks[k].word
    if w in ("local", "Local"):
        # read in the text: the tokens stop a few characters after the last capital
        if _LOCAL_GOVERNMENT.match(s.text, toks[k].end) is None:
            return None
        return k
    if k + 1 < n and toks[k + 1].word in _DISTRICT_OFFICES:
        return None
    return k


#: Tokens after a name's first within which its area word may stand (a list: "Bajaur, Mohmand,
#: Khyber and Orakzai districts").
_DISTRICT_REACH = 12

#: Before a name: "the district of Bermal".
_DISTRICT_OF = re.compile(r"\b[Dd]istrict of (?:the )?")

#: The rest of "local government area" after "local"; Nigerian news often leaves "area" out
#: where the name ends its phrase ("in Tsafe Local Government, where"; not "the Tsafe Local
#: Government chairman", its council's).
_LOCAL_GOVERNMENT = re.compile(r" [Gg]overnment(?: [Aa]reas?\b|(?=[,.;:)]| (?:of|in|and|on|where|when)\b))")

#: Names of a list read as districts by the plural word after it.
_MAX_LISTED_DISTRICTS = 5


def _listed_district(s: _Scan, j: int) -> int | None:
    """ "Hangu and Kurram districts", "Bajaur, Mohmand and Khyber districts": the token of the
    plural word when the name ending at ``j`` is a member of such a list, else None."""
    toks, text, n = s.toks, s.text, s.n
    k = j
    for _ in range(_MAX_LISTED_DISTRICTS):
        if k + 2 >= n:
            return None
        gap = text[toks[k].end : toks[k + 1].start]
        if gap in (" ", ", ") and toks[k + 1].word in ("and", "or") and toks[k + 2].cap:
            k = s.run_end(k + 2)
        elif gap == ", " and toks[k + 1].cap:
            k = s.run_end(k + 1)
        else:
            return None
        if toks[k].word in _DISTRICT_PLURALS:  # "… and Indramayu Regencies": the run took the plural word
            k -= 1
        if k + 1 < n and toks[k + 1].word in _DISTRICT_PLURALS and text[toks[k].end : toks[k + 1].start] == " ":
            return k + 1
    return None


#: Plural county words after a list of names, with the singular they make the key of:
#: "Putnam and Warren counties", and with a capital as US papers often write it ("Benton and
#: Tama Counties": a title-case plural after names the registry lists as counties is no other
#: name's word).
_COUNTY_PLURALS = {"counties": "county", "parishes": "parish", "Counties": "county", "Parishes": "parish"}
#: The words after a name that may go on to such a plural: "Putnam and Warren counties".
_COUNTY_LIST_WORDS = frozenset({"and", "or"}) | frozenset(_COUNTY_PLURALS)
#: A list of capitalised names joined by commas, "and" or "or" ("Caddo, Bossier and Webster"),
#: as one group; :data:`_LISTED_NAME` finds its names.
_NAME_LIST = r"((?:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*)(?:(?:,? and |,? or |, )[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*)*)"
_LISTED_NAME = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*")
#: "the counties of Napa and Sonoma", "the parishes of Caddo, Bossier and Webster": a plural
#: county word before "of" and a list of capitalised names (group 2).
_COUNTIES_OF = re.compile(r"\b(counties|parishes) of " + _NAME_LIST)


#: "the districts of Juba and Jabal Murad", "the regencies of Cirebon, Indramayu and Kuningan":
#: a plural district word before "of" and a list of capitalised names (group 1).
#: (and the list a plural introduces: "the affected districts include Orlund, Brask and Tarsk",
#: "districts such as Velmont and Dunsa", as disaster reports list the districts hit)
_DISTRICTS_OF = re.compile(
    r"\b(?:[Dd]istricts|[Rr]egencies) (?:of|include|includes|including|such as|like|namely) (?:the )?" + _NAME_LIST
)


def _districts_listed_after(text: str, span: tuple[int, int]) -> set[int]:
    """Where each name listed after "districts of " / "regencies of " (or "districts include ",
    "districts such as "…) starts in ``text`` (within ``span``): each is read as a name after
    "district of " is."""
    return {
        m.start(1) + name.start() for m in _DISTRICTS_OF.finditer(text, *span) for name in _LISTED_NAME.finditer(m.group(1))
    }


def _counties_listed_after(text: str, span: tuple[int, int]) -> dict[str, str]:
    """Where each name listed after "counties of " / "parishes of " starts in ``text`` (within
    ``span``), with the singular word that makes its county key."""
    out = {}
    for m in _COUNTIES_OF.finditer(text, *span):
        word = "parish" if m.group(1) == "parishes" else "county"
        for name in _LISTED_NAME.finditer(m.group(2)):
            out[m.start(2) + name.start()] = word
    return out


#: "the border with Wajir, Marsabit and Samburu": the list after a word of
#: :data:`geo.lang.en.bodies.BORDER_WITH` (group 1).
_BORDER_LIST = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in BORDER_WITH) + r")(?:the )?" + _NAME_LIST
)
#: A story about counties: the lower-case word, as the press of countries with counties as
#: first-level areas writes it ("Isiolo county", "the two counties").
_COUNTY_STORY = re.compile(r"\b(?:county|counties)\b")


def _listed_after_border(text: str, span: tuple[int, int]) -> frozenset[int]:
    """Where each name listed after "the border with " starts in ``text`` (within ``span``)."""
    return frozenset(
        m.start(1) + name.start() for m in _BORDER_LIST.finditer(text, *span) for name in _LISTED_NAME.finditer(m.group(1))
    )


def _county_story(text: str) -> bool:
    return _COUNTY_STORY.search(text) is not None


def _listed_county(s: _Scan, i: int, j: int, by_county) -> int | None:
    """ "Putnam and Warren counties", "Bossier, Caddo and Webster parishes": every name of a
    list that ends in a plural county word is a county, when the registry lists a county of
    that name. Returns the token after the name ``toks[i..j]``, else None."""
    toks, text, n = s.toks, s.text, s.n
    k = j
    for step in range(_MAX_LISTED_COUNTIES):
        if k + 1 >= n:
            return None
        nxt = toks[k + 1]
        gap = text[toks[k].end : nxt.start]
        if nxt.word in _COUNTY_PLURALS and gap == " ":
            if step == 0 and not (
                i >= 2 and toks[i - 1].word in ("and", "or") and toks[i - 2].cap
                and text[toks[i - 2].end : toks[i - 1].start] in (" ", ", ")
            ):
                return None  # "the three metro Columbus counties", "Indiana counties": no list, no county
            break
        if gap in (" ", ", ") and nxt.word in ("and", "or") and k + 2 < n and toks[k + 2].cap:
            k = s.run_end(k + 2)
        elif gap == ", " and nxt.cap:
            k = s.run_end(k + 1)
        else:
            return None
        if toks[k].word in _COUNTY_PLURALS:  # "… and Tama Counties": the run took the plural word
            k -= 1
    else:
        return None
    key = normalize_cached(text[toks[i].start : toks[j].end]) + " " + _COUNTY_PLURALS[toks[k + 1].word]
    places = tuple(by_county(key))
    if not places:
        # "Samburu and Meru counties": outside the US a first-level area the gazetteer names
        # "X County" (Kenya's counties) is the county, as "Nakuru county" is (:func:`_county`);
        # the bare key holds the town
        areas = tuple(p for p in s.gaz.by_key(key) if p.kind == "admin1" and p.country != "US")
        if not areas:
            return None
        s.matches.append(_Match(i, j, key, areas, "name"))
        return j + 1
    s.matches.append(_Match(i, j, key, places, "county"))
    return j + 1


#: Names of a list read as counties by the plural word after it.
_MAX_LISTED_COUNTIES = 6


def _gazetteer_name(s: _Scan, at: _At) -> int | None:
    """The longest gazetteer name starting here; an all-caps short word must be one of the
    gazetteer's acronyms ("FAO", "SOS" are not) and acronym keys need capitals in the text."""
    i, toks, found = at.i, s.toks, at.found
    with_the = _named_with_the(s, i)
    if with_the is not None:
        found = with_the
    elif found is not None and _goes_on_linked(s, found[0]):
        # "Dasht-e-Barchi", "Mazar-i-Sharif": a name linked on by "-e-", "-i-" is one longer
        # name (Persian and Urdu write "of" so); its first word alone is another place
        return s.runs.right[found[0]] + 1
    if found is not None and found[0] == i and toks[i].upper and len(toks[i].word) <= 4 and (
        (not _acronym_ok(s.gaz, found[1], toks[i : i + 1], strict=True)
         # a dateline's town in capitals, opening its line before a dash and a sentence ("SUVA –
         # Pacific leaders met"), is the town
         and not _short_dateline(s.text, toks[i].start, toks[i].end))
        # "after some VAR confusion": a short word in capitals after a word in lower case is an
        # acronym, unless the gazetteer has it as one ("US", "UAE") or it is a country's name
        # ("flew to IRAN", for emphasis); a province's or a town's name is written in capitals
        # where its whole line is (a dateline, a headline: "TEHRAN, Iran")
        or (_after_lower_word(s.text, toks[i].start) and not s.gaz.is_acronym_key(found[1])
            and not any(p.kind == "country" for p in s.gaz.by_key(found[1])))
    ):
        return None
    if found is None or not _acronym_ok(s.gaz, found[1], toks[i : found[0] + 1]):
        return None
    j, key = found
    last = toks[j]
    # "U.S." / "D.C.": the final dot of a dotted abbreviation belongs to the name.
    dotted = j > i and len(last.word) == 1 and last.word.isupper() and s.text[last.end : last.end + 1] == "."
    places = tuple(s.gaz.by_key(key))
    river = _river_meant(s, i, j, key, places)
    if river is not None:
        key, places = river
    s.matches.append(_Match(i, j, key, places, "name", last.end + 1 if dotted else 0))
    return j + 1


_RIVER_AFTER = re.compile(RIVER_CUE_AFTER, re.IGNORECASE)
_RIVER_BEFORE = re.compile(RIVER_CUE_BEFORE, re.IGNORECASE)
#: How far before a name its river cue is looked for ("the water levels in the").
_RIVER_CUE_REACH = 40


def _river_meant(s: _Scan, i: int, j: int, key: str, places: tuple) -> tuple[str, tuple] | None:
    """The key and river readings of a name "X River" that is a county's or province's too
    ("Tana River", Kenya's county) when the words around it say the river (it bursts its banks,
    people live along it: ``RIVER_CUE_AFTER``, ``RIVER_CUE_BEFORE``); else None. The river
    starts far behind such an area (it is keyed on population 1), so without these words the
    area is read, as a dateline or "in Tana River" mean.

    The mention is keyed under the river's other form ("river tana"), which names the river
    alone: one sense per text then neither gives it the county's reading nor the county's
    mentions the river's."""
    if not (key.startswith("river ") or key.endswith(" river")):
        return None  # (checked first: most names are no river's, and their readings need no scan)
    rivers = tuple(p for p in places if p.id.startswith(RIVER_ID_PREFIX))
    if not rivers or len(rivers) == len(places):
        return None
    text, start, end = s.text, s.toks[i].start, s.toks[j].end
    if _RIVER_AFTER.match(text, end) is None and _RIVER_BEFORE.search(text, max(0, start - _RIVER_CUE_REACH), start) is None:
        return None
    words = key.split()
    alt = (
        " ".join([*words[1:], "river"]) if words[0] == "river"
        else " ".join(["river", *words[:-1]]) if words[-1] == "river" else ""
    )
    alt_places = s.gaz.by_key(alt) if alt else ()
    if alt_places and all(p.id.startswith(RIVER_ID_PREFIX) for p in alt_places):
        return alt, rivers
    return key, rivers


def _short_dateline(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a dateline: at the start of a line, then a dash and a capital?

    >>> _short_dateline("SUVA – Leaders met.", 0, 4), _short_dateline("x. SOS – we need help", 3, 6)
    (True, False)
    >>> _short_dateline("GOMA, Congo — Rebels", 0, 4), _short_dateline("SUVA (AFP) – Leaders", 0, 4)
    (True, True)
    """
    m = _DATELINE_AFTER.match(text, end)
    return (start == 0 or text[start - 1] == "\n") and m is not None and text[m.end() : m.end() + 1].isupper()


def _after_lower_word(text: str, pos: int) -> bool:
    """Does a word in lower case end right before ``pos``, across spaces only?

    >>> _after_lower_word("some VAR", 5), _after_lower_word("DOHA: VAR", 6), _after_lower_word("VAR", 0)
    (True, False, False)
    """
    k = pos - 1
    while k >= 0 and text[k] == " ":
        k -= 1
    return k < pos - 1 and text[k].islower()


def _named_with_the(s: _Scan, i: int) -> tuple[int, str] | None:
    """The gazetteer name "The Hague", "The Gambia" written with a lower-case "the" ("in the
    Hague"): a name whose own spelling starts with "The"; the word after it alone may be
    another place's name or a surname ("Hague")."""
    if i == 0 or s.toks[i - 1].word != "the" or not s.joins[i - 1]:
        return None
    whole = s.lookup(i - 1)
    if whole is None or not any(normalize_cached(p.name) == whole[1] for p in s.gaz.by_key(whole[1])):
        return None
    return whole


def _goes_on_linked(s: _Scan, j: int) -> bool:
    """Does the name ending at token ``j`` go on with a lower-case link after a hyphen and a
    capitalised word ("Dasht-e-Barchi", "Qala-e Fatehullah": the Persian link joins one name,
    written with a hyphen or a space after it)?"""
    toks, text = s.toks, s.text
    if j + 2 >= s.n or toks[j + 1].cap or not toks[j + 2].cap:
        return False
    link = toks[j + 1]
    return link.word in _HYPHEN_LINKS and text[toks[j].end : link.start] == "-" and text[link.end : toks[j + 2].start] in ("-", " ")


def _demonym(s: _Scan, at: _At) -> int | None:
    """Demonyms: "Pakistani", "Sri Lankan", plural "Pakistanis"."""
    i, toks, text = at.i, s.toks, s.text
    dem = None
    j = i
    if i + 1 < s.n and toks[i + 1].cap and s.gap_ok(i, i + 1):
        dem = s.gaz.demonym_by_key(normalize_cached(text[toks[i].start : toks[i + 1].end]))
        j = i + 1
    if dem is None:
        j = i
        dem = s.gaz.demonym_by_key(at.low)
    if dem is None:
        return None
    s.matches.append(_Match(i, j, normalize_cached(text[toks[i].start : toks[j].end]), (dem,), "demonym"))
    return j + 1


#: Tried in order at each capitalised token until one takes it; those of the second list see
#: the gazetteer name that starts at the token.
_BEFORE_LOOKUP = (
    _contraction, _titled_person, _servant_of_name, _irish_county, _state_abbreviation, _two_word_demonym, _leading_the,
)


_AFTER_LOOKUP = (
    _physical_feature, _place_head, _district, _part_of_area, _demonym_before_name, _named_settlement, _longer_name,
    _township, _first_name_person, _person_pair, _county, _romance_fragment, _gazetteer_name, _demonym, _bare_district,
)


# Most capitalised words are no title, contraction, "Abd", "The", direction or first name, nor
# near a feature word ("Lake", "River"), and the recognisers of those return None at their first
# test. Those tests are asked once here, by _scan, which then calls only the recognisers that may
# take the word (in the same order, so the same one takes it): most tokens make a few calls only.
_BEFORE_LONG = (_two_word_demonym,)  # a word of more than five letters, none of the above
_BEFORE_SHORT = (_state_abbreviation, _two_word_demonym)  # five letters or fewer
_SPECIAL_BEFORE = _TITLES | _ABD | {"the", _COUNTY_ABBREVIATION.lower()}


def _without(*skipped) -> tuple:
    return tuple(r for r in _AFTER_LOOKUP if r not in skipped)


#: _AFTER[a direction or first name][a feature word within the next three tokens]
#: [a district word within :data:`_DISTRICT_REACH` tokens, or "district of" before]
_AFTER = (
    (
        (_without(_part_of_area, _first_name_person, _physical_feature, _district), _without(_part_of_area, _first_name_person, _physical_feature)),
        (_without(_part_of_area, _first_name_person, _district), _without(_part_of_area, _first_name_person)),
    ),
    (
        (_without(_physical_feature, _district), _without(_physical_feature)),
        (_without(_district), _AFTER_LOOKUP),
    ),
)


#: Of those, the recognisers that return None at once when no gazetteer name starts at the word
#: (``at.found`` is None: "Orlund Kesh Dawa", a township, "Torres del Paine", a place's name
#: and a surname each open with one), and the one that returns None at once when one does (a
#: bare district is a name the gazetteer lacks). Their first test, asked before any other work,
#: is asked once by :func:`_after_for`.
_NEEDS_FOUND = frozenset({_longer_name, _township, _romance_fragment, _person_pair})
_NEEDS_UNFOUND = frozenset({_bare_district})


def _dropping(table, skipped: frozenset):
    """:data:`_AFTER` (or a part of it) without the recognisers ``skipped``, order kept."""
    if table and callable(table[0]):
        return tuple(r for r in table if r not in skipped)
    return tuple(_dropping(t, skipped) for t in table)


#: _AFTER_BY_FOUND[no gazetteer name starts at the word] is :data:`_AFTER` for that case.
_AFTER_BY_FOUND = (_dropping(_AFTER, _NEEDS_UNFOUND), _dropping(_AFTER, _NEEDS_FOUND))


def _before_for(word: str, low: str) -> tuple:
    """The recognisers of :data:`_BEFORE_LOOKUP` that may take ``word`` (``low``: lower-case)."""
    if low in _SPECIAL_BEFORE or "'" in word or "’" in word:
        return _BEFORE_LOOKUP
    return _BEFORE_SHORT if len(word) <= 5 else _BEFORE_LONG


def _after_for(s: _Scan, i: int, word: str, low: str, found: tuple[int, str] | None) -> tuple:
    """The recognisers of :data:`_AFTER_LOOKUP` that may take token ``i`` (``word``, ``low``;
    ``found``: the gazetteer name starting there, :attr:`_At.found`).

    A physical feature's name holds its feature word at most three tokens after its first
    ("Lake Chad", "South China Sea"; see :func:`geo.geoparse.cues._feature_end`), or just
    before it ("the river Saryu")."""
    features = s.features  # most articles name no lake, river or sea
    near_feature = bool(features) and (k := bisect.bisect_left(features, i - 1)) < len(features) and features[k] <= i + 3
    dw = s.district_words  # nor any district
    near_district = (bool(dw) and (k := bisect.bisect_left(dw, i + 1)) < len(dw) and dw[k] <= i + _DISTRICT_REACH) or (
        bool(s.district_of) and s.toks[i].start in s.district_of
    ) or low in s.ctx.district_heads
    return _AFTER_BY_FOUND[found is None][word in _DIRECTIONS or low in s.first_names][near_feature][near_district]


def _scan(text: str, toks: list[_Tok], gaz, ctx: _Context, people: set[str]) -> list[_Found]:
    """Candidates of a chunk's tokens: the recognisers find spans (and people), then each span
    is judged in its context (see :func:`_judge`)."""
    s = _Scan(text, toks, gaz, ctx, people)
    at = _At(0, "")  # one record, reset at each capitalised token
    # (what s.lookup(i) calls, called here without the method between: most capitalised words
    # ask it; none of these attributes is rebound while the chunk is scanned)
    gaz_, max_tokens, joins, keys = s.gaz, s.max_tokens, s.joins, s.keys
    pairs = ctx.pair_surnames  # grows as pairs are found: the same set, read at every word
    i = 0
    n = s.n
    while i < n:
        t = toks[i]
        if not t.cap:
            i += 1
            continue
        w = t.word
        low = w.lower()
        if low in pairs and _person_use(s, i):
            ctx.person_uses.add(low)  # "Jordan Henderson visited ... Henderson said"
        at.i, at.low, at.found = i, low, None
        nxt = None
        for rec in _before_for(w, low):
            nxt = rec(s, at)
            if nxt is not None:
                break
        else:
            at.found = _lookup_span(text, toks, i, gaz_, max_tokens, joins, keys)
            for rec in _after_for(s, i, w, low, at.found):
                nxt = rec(s, at)
                if nxt is not None:
                    break
        i = nxt if nxt is not None else i + 1
    return [f for m in s.matches if not s.person[m.i] and (f := _judge(s, m)) is not None]
