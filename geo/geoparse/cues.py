"""Word lists and text cues the recognisers and their judges share: what surrounds a name (county words, streets, organisations, residents), the gazetteer look-up of a span, abbreviations of states, physical features, persons' names."""
from __future__ import annotations

import functools
import re

from geo.geoparse.memo import IdentityMemo
from geo.geoparse.resolve import STATE_ABBREV, US_STATE_ABBREV
from geo.geoparse.tokens import (
    _ARTICLE_LINKS,
    _CONNECTORS,
    _FUNCTION_STARTS,
    _INSTITUTIONS,
    _OPENERS,
    _POSSESSIVE,
    _SENT_END,
    _TOKEN,
    _gap_ok,
    _names,
    _Tok,
    _zipf,
)
from geo.lang.en import alternation
from geo.lang.en import namesakes as _NS
from geo.lang.en.bodies import BODY_TAILS
from geo.lang.en.organisations import ORG_HEADS as _ORG_HEADS
from geo.lang.en.placeheads import FEATURE_HEADS as _FEATURE_HEADS
from geo.lang.en.placeheads import FEATURE_HEADS_OF as _FEATURE_HEADS_OF
from geo.lang.en.placeheads import FEATURE_HEADS_ROMANCE as _FEATURE_HEADS_ROMANCE
from geo.lang.en.placeheads import HEAD_ABBREVIATIONS as _HEAD_ABBREVIATIONS
from geo.lang.en.placeheads import ROMANCE_LINKS as _ROMANCE_LINKS
from geo.places.normalize import normalize_cached

_COUNTY_WORDS = frozenset({"County", "Parish", "Borough"})
#: Words after a name that call it a second-level area outside the US ("Poonch district",
#: "Chikun LGA", "the Bermal District", "Kalaya tehsil", Indonesia's "Morowali Regency",
#: Australia's "East Gippsland Shire"); "local government area" is read from its first word.
#: Counties are the US recogniser's (:data:`_COUNTY_WORDS`).
_DISTRICT_WORDS = frozenset({
    "district", "District", "districts", "Districts", "LGA", "tehsil", "Tehsil", "local", "Local", "regency", "Regency",
    "regencies", "Regencies", "Shire",
})
#: The plurals of those words after a list ("Cirebon and Indramayu regencies") or before "of"
#: and one ("the districts of Juba and Jabal Murad"): every name listed is such an area.
_DISTRICT_PLURALS = frozenset({"districts", "Districts", "regencies", "Regencies"})
#: Words after "district" that make it a court's or an office's ("the Kabul district court").
_DISTRICT_OFFICES = frozenset({"attorney", "attorneys", "court", "courts", "judge", "judges", "Attorney", "Court", "Judge"})


# Heads of "<Head> of <Place>" organisation names (besides the organisation heads above).
_OF_HEADS = frozenset("farmers friends sons daughters knights veterans bishops".split())


# Words after a place that make the whole a street, not the place itself.
_STREETS = frozenset(
    """street st road rd avenue ave boulevard blvd lane ln drive dr highway hwy way terrace
    parkway pkwy pike turnpike alley circle ct close crescent mews parade""".split()
)


_ZIPF_COMMON = 3.9  # common enough that a capital at a sentence start proves nothing


_PROMINENT_KINDS = frozenset({"continent", "country", "admin1", "region"})


@functools.cache
def _gazetteer():
    from geo.places.gazetteer import load

    return load()


class _Context:
    """Lazily computed facts about positions of one text (sentence starts, Title-Case lines)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._title_lines: dict[int, bool] = {}
        #: Names the text has called a district so far (key -> the match's readings): a later
        #: bare mention of the name is that district ("the Shahpur areas of Poonch").
        self.districts: dict[str, tuple] = {}
        #: Their first words, lower-case (a cheap test before the look-up).
        self.district_heads: set[str] = set()
        #: Pairs of a place's name and a surname with nothing yet that makes them a person
        #: ("Jordan Henderson visited"): the start offsets of both words -> the surname,
        #: lower-case; and the surnames, for a cheap test at every capitalised word.
        self.pairs: dict[int, str] = {}
        self.pair_surnames: set[str] = set()
        #: Surnames the text uses as a person's: alone ("Henderson said") or in a pair that
        #: acts as a person ("Paris Hilton said"); every pair with one of them is that person.
        self.person_uses: set[str] = set()

    def sentence_initial(self, pos: int) -> bool:
        i = pos - 1
        text = self.text
        while i >= 0 and text[i] in _OPENERS:
            i -= 1
        if i < 0:
            return True
        return text[i] in _SENT_END or text[i] == "\n" or "\n" in text[i:pos]

    def title_line(self, pos: int) -> bool:
        text = self.text
        ls = text.rfind("\n", 0, pos) + 1
        hit = self._title_lines.get(ls)
        if hit is None:
            le = text.find("\n", pos)
            le = len(text) if le < 0 else le
            if le - ls > 400:  # a paragraph, not a headline
                hit = False
            else:
                words = [w for w in _TOKEN.findall(text, ls, le) if len(w) > 3]
                lower = sum(1 for w in words if w[0].islower())
                hit = len(words) >= 2 and lower * 5 <= len(words)
            self._title_lines[ls] = hit
        return hit


# Single words whose everyday sense in English news is a car make or a transit system, though a
# town bears the name too ("Toyota recalled...", "rode the Metro"): like a surname, such a name
# is a place only where the text uses it as one ("in Toyota", "Pontiac, Mich.").
_BRANDS = frozenset("toyota honda nissan mazda subaru pontiac cadillac chevrolet buick chrysler metro".split())


#: Places at least this large keep a surname-like name without a place cue ("Lincoln, Neb.").
_SURNAME_PLACE_POP = 100_000


# Words after a name that make it a place: its people ("an Alexandria man") and local bodies.
_RESIDENTS = frozenset(
    """man woman men women resident residents native natives teen teenager boy girl couple
    family families area native-born based""".split()
)


_CUE_SHARE = 5


_PREV_WORD = re.compile(r"([A-Za-z]+)\W{1,2}$")


_LIST_JOIN = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+")


#: Words of a school's name after a place's name ("Foley Middle School", "Orlund Elementary"):
#: schools are named after people as often as after their town, so for a name that is also a
#: common surname they are no sign that the name is used as a place.
_SCHOOL_WORDS = frozenset("high middle elementary intermediate junior school schools academy".split())


#: A school's name after a name: " Middle School", " Elementary", " High".
_SCHOOL_AFTER = re.compile(r" (?:[A-Z][a-z]+ )?(?:" + "|".join(w.capitalize() for w in _SCHOOL_WORDS) + r")\b")


def _place_cue(text: str, start: int, end: int, gaz=None, schools: bool = True) -> bool:
    """Is the name at ``text[start:end]`` used as a place here: after "in"/"from"/"near"...,
    before ", <its state or country>", before a local body or its people ("police", "man")?
    With ``schools`` false, a school's name after it is no such use (see :data:`_SCHOOL_WORDS`)."""
    if not schools and _SCHOOL_AFTER.match(text, end):
        return False  # "at Foley Middle School": the preposition is the school's
    m = _PREV_WORD.search(text, max(0, start - 16), start)
    # "at McDonald's", "from Macy's": after a preposition, a surname in the possessive with
    # nothing after it is a shop or someone's home, not a town.
    poss = text[end : end + 2] in _POSSESSIVE and not _next_word(text, end + 2)
    if m and not poss and m.group(1).lower() in _LOCATIVE and text[m.end(1) : start].strip() in ("", "-"):
        return True
    if _followed_by_area(text, end) and _area_after(text, end + 2, gaz):
        return True
    if text[end : end + 7] == "-based ":
        return True
    if text[start:end].isupper() and text[end : end + 3] in (" — ", " - ", " – "):
        return True  # a dateline: "MILFORD — Police said..."
    if start >= 2 and text[start - 2 : start] in ("D-", "R-", "I-") and not text[start - 3 : start - 2].isalnum():
        return True  # a legislator's home: "Senator Ann Brooks, R-Wayne"
    if _BODY_NAME_AFTER.match(text, end):
        return True  # "Wellesley Historical Society", "Orlun Food Pantry": the town's own body
    nxt = _next_word(text, end) or (text[end + 1 : end + 30].split(" ", 1)[0].lower().strip(".,;:") if text[end : end + 1] == " " else "")
    return nxt in _LOCAL_BODIES or nxt in _RESIDENTS


#: A run of capitalised words that ends in the head word of a public body or local institution
#: ("Historical Society", "Volunteer Fire Department"), right after a name.
_BODY_NAME_AFTER = re.compile(
    r" (?:[A-Z][a-z]+ ){0,3}(?:" + alternation(w.capitalize() for w in BODY_TAILS) + r")\b"
)


def _area_after(text: str, pos: int, gaz) -> bool:
    """Does a state abbreviation, first-level area or country start at ``pos`` ("Bell, Calif.",
    "Welch, West Virginia"), rather than another person ("stop Bell, Ortega fired")?"""
    m = re.compile(r"[A-Z][\w.]*(?: [A-Z]\w*)?").match(text, pos)
    if m is None:
        return False
    words = m.group(0)
    if words.split(" ")[0].rstrip(".") in STATE_ABBREV:
        return True
    if gaz is None:
        return True
    for cand in (words, words.split(" ")[0]):
        key = normalize_cached(cand.rstrip("."))
        if key and gaz.is_key(key) and any(p.kind in _PROMINENT_KINDS for p in gaz.by_key(key)):
            return True
    return False


#: Gazetteer -> its :func:`_span_keys` table.
_SPAN_KEYS = IdentityMemo(size=4)


#: A table of span keys is emptied when it holds this many n-grams (a few MB).
_SPAN_KEYS_MAX = 1 << 17


def _span_keys(gaz) -> dict[str, str]:
    """The n-grams of text already looked up in ``gaz``, as written ("St. Louis", "Quetta"),
    each with the key it reads as ("saint louis", "quetta"), or "" when it is none.

    Every capitalised word of every article is looked up, and the same words and names come
    back from article to article: one dictionary read answers what took a normalization and
    one or two look-ups among the gazetteer's half a million keys."""
    table = _SPAN_KEYS.get(gaz)
    if table is None:
        table = {}
        _SPAN_KEYS.put(gaz, None, table)
    return table


def _span_key(raw: str, is_key) -> str:
    """The gazetteer key the n-gram ``raw`` reads as, its abbreviation spelt out ("St." as
    "Saint") when only that is a key; "" when neither is."""
    key = normalize_cached(raw)
    if key and is_key(key):
        return key
    head, _, rest = key.partition(" ")
    if rest and head in _HEAD_ABBREVIATIONS:
        # "St. Petersburg" is often listed only as "Saint Petersburg"
        alt = _HEAD_ABBREVIATIONS[head] + " " + rest
        if is_key(alt):
            return alt
    return ""


def _lookup_span(
    text: str, toks: list[_Tok], i: int, gaz, max_tokens: int, joins: list[bool] | None = None,
    keys: dict[str, str] | None = None,
) -> tuple[int, str] | None:
    """Longest n-gram starting at token ``i`` that is a gazetteer key: (last token, key).
    ``joins``: :func:`geo.geoparse.tokens._joins` of the tokens, when the caller has it;
    ``keys``: :func:`_span_keys` of ``gaz``, when the caller has it."""
    best = None
    shorter = None  # the longest key before ``best``
    j = i
    limit = min(len(toks), i + max_tokens)
    is_key = gaz.is_key
    if keys is None:
        keys = _span_keys(gaz)
    start = toks[i].start
    while j < limit:
        t = toks[j]
        if j > i:
            if not (joins[j - 1] if joins is not None else _gap_ok(text, toks[j - 1], t)):
                break
            if not t.cap and t.word.lower() not in _CONNECTORS and not t.word[0].isdigit() and not (
                t.word in _ARTICLE_LINKS and text[t.end : t.end + 1] == "-"
            ):
                break  # "Deir ez-Zor": an assimilated article links only before its hyphen
        if t.cap:
            raw = text[start : t.end]
            key = keys.get(raw)
            if key is None:
                if len(keys) >= _SPAN_KEYS_MAX:
                    keys.clear()
                key = keys[raw] = _span_key(raw, is_key)
            if key:
                shorter, best = best, (j, key)
        if t.poss:
            # "People's Republic of China": a name may hold a possessive.
            if j + 1 < limit and text[t.end + 2 : toks[j + 1].start] == " " and toks[j + 1].cap:
                for k in range(limit - 1, j, -1):
                    key = normalize_cached(text[toks[i].start : toks[k].end])
                    if is_key(key):
                        return (k, key)
            break
        j += 1
    if best is not None and shorter is not None and shorter[0] == best[0] - 1 and _city_body(text, toks, best[0]):
        return shorter  # "Dublin City Council": the council of Dublin, not of "Dublin City"
    return best


# "City Council", "City Manager": the last word of a name is the first of a local body's.
_CITY_WORDS = frozenset({"City", "Town"})


_BODY_WORDS = frozenset(
    "council councilman councilwoman manager hall commission commissioner commissioners clerk attorney "
    "schools school administrator engineer planner board".split()
)


def _city_body(text: str, toks: list[_Tok], j: int) -> bool:
    """Is token ``j`` "City"/"Town" starting a local body's name ("City Council")?"""
    if toks[j].word not in _CITY_WORDS or toks[j].poss or j + 1 >= len(toks):
        return False
    nt = toks[j + 1]
    return nt.cap and nt.word.lower() in _BODY_WORDS and text[toks[j].end : nt.start] == " "


def _acronym_ok(gaz, key: str, toks: list[_Tok], strict: bool = False) -> bool:
    """Acronym keys ("US") need capitals in the text; with ``strict``, capitals need an
    acronym key (or a country/first-level area of that name)."""
    is_acr = getattr(gaz, "is_acronym_key", None)
    if is_acr is not None and is_acr(key):
        return all(t.upper or len(t.word) == 1 for t in toks)
    if strict:
        return any(p.kind in _PROMINENT_KINDS for p in gaz.by_key(key))
    return True


_DOTTED_PARTS = 4


def _dotted_end(text: str, t: _Tok) -> int:
    """End of a dotted abbreviation ("U.S." -> after the last dot), else the token's end."""
    e = t.end
    # A few parts at most ("U.S.", "N.S.W.", "W.Va."): a longer run ("A.A.A.A…") is no
    # abbreviation, and walking it from every token would take quadratic time.
    for _ in range(_DOTTED_PARTS):
        if not (e + 1 < len(text) and text[e] == "." and text[e + 1].isalpha() and text[e + 1].isupper()):
            break
        m = _TOKEN.match(text, e + 1, e + 5)  # four characters tell a part of two from a word
        if m is None or m.end() - m.start() > 2:
            break
        e = m.end()
    if e < len(text) and text[e] == "." and (e > t.end or len(t.word) <= 4):
        e += 1
    return e


def _state_abbrev(
    text: str, toks: list[_Tok], i: int, after_place: bool, ctx: _Context | None = None
) -> tuple[int, int, str] | None:
    """A state abbreviation at token ``i``: (start, end, ISO 3166-2) — "W.Va.", "D.C.", AP's
    "Fla." where its dot cannot end a sentence, and after "<place>, " also "Tex.", "Ill.",
    "TX", and Australia's and Canada's postal and press forms ("Bondi, NSW", "Cairns, Qld",
    "Guelph, Ont.")."""
    t = toks[i]
    if not after_place and text[t.end : t.end + 1] != ".":
        return None  # most words: alone, only a dotted form or AP's "Fla." with its dot is read
    end = _dotted_end(text, t)
    if end == t.end and text[end : end + 1] == "." and t.word in STATE_ABBREV:
        end += 1  # a state's own abbreviation keeps its dot whatever its length ("Calif.", "Sask.")
    form = text[t.start : end]
    dotted = form.count(".") >= 2 and len(form) <= 6  # "D.C.", "W.Va.", "N.Y."
    if not (dotted or after_place):
        # AP style alone ("Fla. man charged", "the new Ga. law"): the dot is the abbreviation's
        # when a lower-case word follows, or when it would end a one-word sentence; before a
        # capital mid-sentence it may end a sentence on a word ("went to Mass. Then").
        if (
            ctx is None
            or t.poss
            or not t.word[1:].islower()
            or text[t.end : t.end + 1] != "."
            or t.word not in US_STATE_ABBREV
        ):
            return None
        after = text[t.end + 1 : t.end + 3]
        if after[:1] != " ":
            return None
        if not after[1:].islower():
            low = t.word.lower()  # a capital follows: only a word that is no word alone ("Pa.", "Mass.")
            if not ctx.sentence_initial(t.start) or _zipf().get(low, 0.0) >= 4.0 or low in _names()[1]:
                return None
        return t.start, t.end + 1, US_STATE_ABBREV[t.word]
    code = STATE_ABBREV.get(form.rstrip("."))
    if code is None or (code[:2] != "US" and not after_place):
        return None  # "B.C." alone is a date's era, not British Columbia
    if not dotted and not (form.endswith(".") or (t.upper and len(t.word) <= 3) or (code[:2] != "US" and len(form) >= 3 and form[1:].islower())):
        return None  # "La" without its dot, "Mo" lower-case: not an abbreviation
    return t.start, end, code


_NEXT_WORD = re.compile(r" ([a-z]+)")


# Unions of states (regions.tsv ids "region:union-..."): a place only where a locative
# preposition makes it a territory ("in the EU", "outside the European Union").
_UNION_PREFIX = "region:union-"


_UNION_AS_PLACE = re.compile(
    r"\b(?:in|within|across|throughout|outside|inside|into|from|to|beyond|around)\s+(?:the\s+)?$", re.IGNORECASE
)


_DISEASE_WORDS = frozenset(
    "virus viruses fever flu influenza disease strain variant hemorrhagic haemorrhagic encephalitis".split()
)


_STRAIN_AFTER = re.compile(r"/\d")


def _next_word(text: str, end: int) -> str:
    """The lower-case word right after ``end`` (one space between), else ""."""
    m = _NEXT_WORD.match(text, end)
    return m.group(1) if m else ""


# A number after a name that designates one of a series ("Route 9", "Gate 3A", "Spring 2009"),
# not a quantity: no unit, time or plural noun after it ("Reading 20 years ago").
_DESIGNATION_NUMBER = re.compile(r"[ \u00a0]\d{1,5}[A-Z]?(?![\w,.:/-]\d)(?![\w/-])")


_QUANTITY_AFTER = re.compile(
    r"\s*(?:%|percent|per|million|billion|thousand|hundred|dozen|a\.m|p\.m|am|pm|mph|km|kg|lb|ft|mi"
    r"|[a-z]{2,}[^siu\W]s)\b"  # a plural noun ("years", "cities"; not "this", "was")
)


def _designation_number(text: str, end: int) -> bool:
    """Does a designation number follow the name ending at ``end`` ("Loop 410 when")?"""
    m = _DESIGNATION_NUMBER.match(text, end)
    return m is not None and _QUANTITY_AFTER.match(text, m.end()) is None


_AMP_AFTER = re.compile(r" & [A-Z]")


_AMP_BEFORE = re.compile(r"[A-Za-z] & $")


def _ampersand_firm(text: str, start: int, end: int) -> bool:
    """Is the name joined by "&" to another capitalised name ("Hartley & Rowe")?"""
    return bool(_AMP_AFTER.match(text, end) or _AMP_BEFORE.search(text, max(0, start - 4), start))


def _followed_by_area(text: str, end: int) -> bool:
    """Is the name followed by ", <Capitalised>" ("Commerce, Texas")?"""
    return text[end : end + 2] == ", " and text[end + 2 : end + 3].isupper()


def _pop(p) -> int:
    return p.population or (500_000 if p.kind in ("admin1", "region") else 0)


def _feature_end(text: str, toks: list[_Tok], i: int, j: int, gaz=None) -> int | None:
    """Last token of a physical-feature name starting at token ``i`` (``j``: end of the
    gazetteer match there, or ``i - 1``), else None."""
    n = len(toks)
    t = toks[i]
    romance = t.word in _FEATURE_HEADS_ROMANCE
    if t.word in _FEATURES or t.word in _FEATURE_HEADS or romance or (
        t.word in _FEATURE_HEADS_OF and i + 1 < n and toks[i + 1].word == "of"
    ):
        # "Lake Chad", "Gulf of Mexico", "Bay of Bengal", "Jabal Safi", "Cape of Good Hope",
        # "Laguna Amarga", "Valle de Cocora"
        k = i + 1
        of = False
        if k + 1 < n and (toks[k].word == "of" or (romance and toks[k].word in _ROMANCE_LINKS)) and (
            _gap_ok(text, t, toks[k]) and _gap_ok(text, toks[k], toks[k + 1])
        ):
            k += 1
            of = True  # "Cape of Good Hope": after "of", a common word starts the name too
        if (
            k < n
            and toks[k].cap
            and _gap_ok(text, toks[k - 1], toks[k])
            and toks[k].word not in _FEATURES
            and (
                of
                or _zipf().get(toks[k].word.lower(), 0.0) < _ZIPF_COMMON + 0.6  # "Gulf War": no name
                or (
                    gaz is not None
                    and gaz.is_key(normalize_cached(toks[k].word))
                    and _zipf().get(toks[k].word.lower(), 0.0) < _ZIPF_VERY_COMMON
                )
            )
        ):
            while (
                k + 1 < n and toks[k + 1].cap and _gap_ok(text, toks[k], toks[k + 1]) and k - i < 4
                and toks[k + 1].word.lower() not in _NO_FEATURE_WORDS  # "Lake Chad After Rains"
            ):
                k += 1
            return k
        return None
    # "Baltic Sea", "Red River", "South China Sea": capitalised words, then the feature word.
    # No function word among them: a Title-Case headline capitalises every word, and "Capacity
    # In Tarbela Dam", "Fishermen Return To Lake Chad" are no names; the name starts after it.
    if t.word.lower() in _NO_FEATURE_WORDS:
        return None
    k = max(i, j)
    while k + 1 < n and k - i < 3:
        nt = toks[k + 1]
        if not (nt.cap and _gap_ok(text, toks[k], nt)):
            return None
        if nt.word in _FEATURES:
            return k + 1
        if nt.word.lower() in _NO_FEATURE_WORDS:
            return None
        k += 1
    return None


def _of_name(text: str, toks: list[_Tok], j: int) -> bool:
    """Is token ``j`` the head of "<Word> of <Name>" ("Battle of Richmond", "Port of Tyne")?"""
    if j + 2 >= len(toks):
        return False
    return (
        toks[j + 1].word == "of"
        and text[toks[j].end : toks[j + 1].start] == " "
        and toks[j + 2].cap
        and text[toks[j + 1].end : toks[j + 2].start] == " "
    )


def _mark_person(toks: list[_Tok], i: int, j: int, person: list[bool], people: set[str]) -> None:
    for k in range(i, j + 1):
        person[k] = True
        if len(toks[k].word) > 1:
            people.add(toks[k].word.lower())


_ABD = frozenset("abd abdel abdul abdal abdil abdol abdur abdus abdar".split())


_CONTRACTIONS = frozenset({"ve", "ll", "re", "d", "m", "t"})


_SPEECH = frozenset(
    "said says told added explained noted stated wrote asked replied agreed recalled argued insisted testified".split()
)


_LOCATIVE = frozenset("in at from of near to into outside inside across around toward towards via".split())

# Words no run of capitals before a feature word holds (:func:`_feature_end`): function words
# and prepositions, which a Title-Case headline capitalises ("Farmers Near Red River Flee").
_NO_FEATURE_WORDS = _FUNCTION_STARTS | _LOCATIVE | frozenset(
    "along over under through between beyond below above off past against amid beside onto".split()
)


_ZIPF_VERY_COMMON = 5.0  # "police", "battle"... with a small place: always the word


_ZIPF_NAME = 3.5  # an alternate name this frequent in English is an English word or name


_ZIPF_RARE = 2.5  # rarer than this and no gazetteer name: most likely a surname


# Words after a place that make it the seat of a public body, still a place mention.
_JURISDICTION = frozenset(
    """county parish borough township city town village police sheriff sheriffs fire
    department dept council board government ministry court district region province state
    municipality mayor governor authorities officials""".split()
)


# Generic geographic words that some gazetteer lists as an area's whole name ("North",
# "Central", "Capital"); alone, they are directions or adjectives, not places.
_GENERIC_GEO = frozenset(
    """north south east west northern southern eastern western central centre center middle
    capital coast coastal border frontier interior upper lower greater inner outer
    islands island lakes lake mountains mountain valley river delta plateau
    metropolitan federal national district region province state county city town village
    north-east north-west south-east south-west northeast northwest southeast southwest
    northeastern northwestern southeastern southwestern
    gulf bay sea ocean strait""".split()
)


# Words that make a physical feature of the name before or after them ("Baltic Sea",
# "Red River", "Lake Chad", "Gulf of Mexico"). Dams too: news names a dam after the town or
# river it lies by ("Mosul Dam", 50 km from Mosul; "the Kakhovka dam" at Nova Kakhovka), and
# the dam, not the town, is where the water is released or the wall breaks; one the gazetteer
# lacks is left unresolved rather than pinned on a namesake town 800 km away.
_FEATURES = frozenset(
    """Ocean Sea River Lake Lakes Mountains Mountain Mount Valley Bay Gulf Island Islands Desert
    Peninsula Strait Straits Canal Creek Basin Delta Plateau Glacier Falls Reservoir
    Highlands Rivers Creeks Dam Dams Stream""".split()
)


# The same words written in lower case after a name, as much of the world's English press
# writes them ("the Ahr river", "the Rhine and Moselle rivers", "the Zagros mountains"), or
# before it ("the river Saryu"), and "the Tarbela dam", "the Tarbela and Mangla dams" alike.
# Valleys and islands are left out: "the Swat valley", "Bali
# island" are named after the district or province, which is a fair reading of them.
_LOW_FEATURES = frozenset("river rivers lake lakes creek creeks canal mountains mountain dam dams".split())
_LOW_FEATURES_BEFORE = frozenset(("river",))
_LOW_WATER = frozenset("river rivers lake lakes creek creeks canal".split())
# Plural heads that make features of every name of a list before them ("the Rhine and Moselle
# rivers", "the Orrin and Tally creeks"), also capitalised as part of the last name ("the
# Orrin and Tally Rivers").
_LOW_FEATURES_PLURAL = frozenset("rivers lakes mountains creeks dams".split())
# Basins, written after a water word or as a "sub-basin" ("the Koshi, Gandaki and Karnali river
# basins", "the Suru sub-basin"): hydrology and climate news names a river's catchment so, and the
# name before is the river's, not a town or province of that name. A bare "basin" is left out:
# "the Los Angeles basin", "the Paris basin" are named after the city and read as it.
_BASINS = frozenset("basin basins".split())


_DIRECTIONS = frozenset(
    """North South East West Northern Southern Eastern Western Central Northeast Northwest
    Southeast Southwest Northeastern Northwestern Southeastern Southwestern Upper Lower""".split()
)


# Words after a first name that make it a place's or an organisation's name, not a person's.
_NOT_SURNAMES = _JURISDICTION | _ORG_HEADS | _STREETS | _GENERIC_GEO | frozenset(
    "university college school hospital high church airport beach springs falls heights park".split()
)


# Words after a small place's name that keep it a place: local bodies and buildings named
# after it ("Athens Police", "Huntsville High School", "Keene Fire Department").
_LOCAL_BODIES = _JURISDICTION | frozenset(
    """high school schools elementary middle academy college university hospital library
    airport station church fire police sheriff's chamber rotary lodge club park city county
    circuit superior municipal volunteer senior seniors community public regional memorial
    central area""".split()
)


_SMALL_POP = 50_000


# Words after a name that make the whole a street or a building named after someone.
_NAMED_AFTER = _STREETS | frozenset("elementary school park bridge library center centre memorial".split())


# Last words of multi-word names that make them buildings, not the hamlets of that name.
_BUILDINGS = frozenset("House Hall Tower Towers Palace Building Mall Stadium Hotel Lodge Mansion".split())


#: Lower-case words that say a place, a part of it or what is there: heads of its streets,
#: features, buildings, areas, public bodies and people ("Boston Police", "Jordan Valley",
#: "Kabul Airport"). After a place's name they keep it that place, whatever the pair does.
_PLACE_WORDS = (
    _LOCAL_BODIES | _GENERIC_GEO | _STREETS | _RESIDENTS | _NAMED_AFTER | _INSTITUTIONS
    | frozenset(w.lower() for w in _FEATURES | _BUILDINGS | _DIRECTIONS | _COUNTY_WORDS | _DISTRICT_WORDS)
)


# -- storms and crude grades named like places (words in geo.lang.en.namesakes) ---------------

_NAME_WORD = r"([A-Z][\w'’-]*)"
#: "Typhoon Haiyan", "Tropical Storm Ana" (read from "Storm"), "cyclone Idai": a capitalised
#: storm word, or one of the three that are never anything but weather in lower case. The
#: pattern opens on the words themselves, so the engine skips ahead to them.
_STORM_OPENERS = tuple([w.capitalize() for w in _NS.STORM_WORDS] + ["typhoon", "hurricane", "cyclone"])
_STORM_NAME = re.compile(r"(?:" + alternation(_STORM_OPENERS) + r")\s+" + _NAME_WORD)
#: "Brent crude", "Brent futures", "Brent Blend".
_GRADE_NAME = re.compile(
    r"(" + alternation(_NS.GRADE_NAMES) + r")\s+(?i:" + alternation(_NS.GRADE_WORDS) + r")\b"
)
_GRADE_PHRASE = re.compile(alternation(_NS.GRADE_PHRASES))


def _namesakes(text: str) -> tuple[frozenset[str], list[tuple[int, int]]]:
    """The lower-case names ``text`` gives a storm or a crude grade ("Typhoon Haiyan" ->
    "haiyan", "Brent crude" -> "brent"), and the spans of grades written with a place's name
    inside ("West Texas Intermediate"). See :mod:`geo.lang.en.namesakes`.

    >>> _namesakes("Typhoon Haiyan neared as WTI, or West Texas Intermediate, fell.")
    (frozenset({'haiyan'}), [(33, 56)])
    """
    # Each pattern opens on literal words: a text holding none of them (most) has no match, and
    # substring tests (a fast search in C) tell so for less than the regex's trip over the text.
    names: set[str] = set()
    if any(w in text for w in _STORM_OPENERS):
        names = {m.group(1).lower() for m in _STORM_NAME.finditer(text)}
    if any(w in text for w in _NS.GRADE_NAMES):
        names |= {m.group(1).lower() for m in _GRADE_NAME.finditer(text)}
    if not any(p in text for p in _NS.GRADE_PHRASES):
        return frozenset(names), []
    return frozenset(names), [m.span() for m in _GRADE_PHRASE.finditer(text)]
