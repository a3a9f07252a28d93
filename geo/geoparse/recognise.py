"""Text -> place mentions: recognition of toponyms, then resolution (:mod:`geo.geoparse.resolve`).

>>> [(m.text, m.place.id) for m in parse("Talks opened in Quetta, Balochistan.")]
[('Quetta', 'gn:1167528'), ('Balochistan', 'PK-BA')]

Two pure steps, usable apart (the pipeline-component shape)::

    candidates = recognize(text, skip=spans)          # spans + every gazetteer reading
    mentions = geo.geoparse.resolve.resolve(text, candidates)  # document context -> chosen place

Recognition
-----------
The regex engine finds the capitalised words; only they and their neighbours are tokenised.
Token n-grams that start with a capital are looked up, longest first, among the gazetteer's
normalized keys (:func:`geo.places.normalize.normalize`, the function that built the keys), so
variants and transliterations the gazetteer lists ("Teheran", "Baluchestan") and multi-word
names ("Sistan and Baluchestan", "North Korea", "St. Petersburg") match in one pass; n-grams
never cross punctuation other than a hyphen or the dot of an abbreviation. Possessives are cut
off the span ("Iran's" -> "Iran"); a leading "The" is left out ("The U.S." -> "U.S.").

Other mentions:

* Demonyms ("Pakistani officials", "Sri Lankan") are mentions of their country with
  ``form="demonym"``. Policy: a demonym names people or things *of* a place, not the place, so
  it is no toponym — :func:`toponyms` leaves it out and :func:`demonyms` lists it; events still
  use it ("Pakistani officials" makes Pakistan an actor's country). Gold corpora disagree here
  (LGL annotates demonyms, GeoVirus does not); the benchmark prints both readings.
* US state abbreviations: dotted ones anywhere ("D.C.", "W.Va."), AP's one-dot forms alone where
  the dot cannot end a sentence — a lower-case word follows, or it would end a one-word sentence
  and is no word itself ("Fla. man charged", "the new Ga. law", "Tenn. Gov."; not "to Mass.
  Then"); short ones after "<place>, " or a legislator's "D-"/"R-" ("Alexandria, La.", "Paris,
  TX", "D-Pa."); the postal and press abbreviations of Australian states and Canadian provinces
  after "<place>, " ("Bondi, NSW", "Cairns, Qld", "Guelph, Ont.").
* "Southern California", "West Africa": a direction before a country, continent or first-level
  area is part of the mention, read as that area.
* A county or physical feature the gazetteer lacks ("Laurel County", "Irish Sea", "Lake
  Chad") is still recognised, and left unresolved (``place=None``; a county gets its likely
  state as a candidate: the states that have a county of that name, narrowed by the context)
  rather than pinned somewhere it is not. Seas and regions of the hand-curated table ("Baltic
  Sea", "Darfur", "Middle East") are ordinary mentions of kind "region".

Context rules keep gazetteer noise out, without any statistical model. Word lists come from
registry packages, read once on first use: ``wordfreq`` (English and six European languages)
and ``names`` (US census first names and surnames).

* Common words. Function words, months and weekdays are never places alone. Elsewhere a word's
  English frequency counts only where capitals prove nothing — at the start of a sentence or
  line, in a Title-Case line ("Also Read", "Share this story"), after "the", inside a run of
  capitals ("State Police"), before "of <Name>" ("Battle of Richmond") or before a designation
  number, where a common noun is capitalised as a series' head ("Loop 410", "Bridge 14", "Spring
  2009"; a state stays: "N.C. 12" lies in North Carolina) — and such a candidate is kept only
  if the same name also appears where capitals do count. The bigger the
  place, the more common the word must be; for large places only words frequent in English but
  not in the other languages count ("Reading", "March"), since place names ("California",
  "London") are frequent in every language. Countries and continents are exempt.
* Exonym noise: a name whose every reading is another language's name of a small place
  ("Hamas" for Hamm would need 100,000 people) is dropped; so is an all-caps short word that
  is no acronym key of the gazetteer ("FAO", "SOS"). Acronym keys ("US", "UK") need capitals.
* People. Capitalised words after a title ("Gen.", "President", "Mr.", "Dr.") are a person's
  name; so are a first name followed by a surname ("Chad Ellery", "Ruth T. Abernathy") and a
  small place's name followed by "said"; double first names and hyphenated surnames ("Kerry-Ann
  Hale", "Omar Abdul-Hamid") and Arabic "servant of" names ("Abdel-Karim") too. Every word of a
  person's name is remembered for the whole text, so a later bare "Munir" or "Walker" is no
  place either. A small place that ends a
  longer run of capitals ("Marisela Joan Tyrone") is taken for a surname. A small place named
  like a common surname needs a place cue ("in", ", State", "police") in one mention out of
  five, else it is a person ("Bell" ten times, "from Bell" once). Car makes and "Metro"
  (towns bear these names too: "Toyota", "Pontiac") need a place cue in the same way. Names joined by "&" are a
  firm ("Hartley & Rowe"). A street or school named after someone ("Dover Milford
  Road", "Jefferson Elementary") makes no one's name of its words.
* "Dublin City Council", "Edwardsville City Manager": "City" starts the local body's name,
  so the mention is the town ("Dublin"), not a place named "Dublin City".
* Streets and buildings. "Dublin Road" is a street; "the White House" a building. Diseases and
  virus strains named after a place ("Marburg virus", "A/Perth/16/2009") are no mention of it.
* Organisations (policy). A place named inside the name of a party, armed group, company,
  news outlet or similar body — a run of capitalised words holding a head word such as Party,
  Movement, Army, Front, Taliban, Tehreek, Bank, Inc, Times, Post, Agency ("Tehreek-e-Taliban
  Pakistan", "Pakistan Peoples Party", "New York Times") — is kept as a mention with
  ``form="organisation"``: resolved, so the app can show it, but not a toponym of the text and
  never the site of an event; :func:`toponyms` and the CLI leave it out. So is a demonym there
  ("American Airlines"), and a place before or after a news outlet's nameplate word ("Toledo
  Star", "Radio Havana"). So is a place that names a university or college ("University of
  Alabama", "Harvard University"): the institution is not a site in that town, though the town
  is context for the other names (see :mod:`geo.resolve`). Local public bodies
  and buildings named after their place are ordinary mentions of it, since they are there
  ("Alexandria Police", "Huntsville High School", "Keene Fire Department").

Long texts are processed chunk by chunk (cut at whitespace), so memory stays proportional to
the text and the mentions found, never to the number of tokens.
"""
from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from geo import budget
from geo.errors import DataError, InputError
from geo.geoparse.resolve import COUNTY_CUE, FEATURE_CUE, INSTITUTION_CUE, Candidate, resolve
from geo.lang.en.calendar import CALENDAR_WORDS as _MONTHS_DAYS
from geo.lang.en.organisations import ORG_HEADS as _ORG_HEADS
from geo.lang.en.organisations import OUTLET_HEADS as _OUTLET_HEADS
from geo.lang.en.titles import PERSONAL_TITLES as _PERSONAL_TITLES
from geo.lang.en.titles import TITLES as _TITLES
from geo.models import Mention, Span
from geo.places.normalize import normalize

__all__ = ["parse", "recognize", "toponyms", "demonyms", "CHUNK_CHARS", "COUNTY_CUE", "FEATURE_CUE"]

_COUNTY_WORDS = frozenset({"County", "Parish", "Borough"})

#: Texts are scanned in pieces of about this many characters (cut at whitespace).
CHUNK_CHARS = 64_000

# Combining marks are not \w in `re`; a decomposed "é" must not split a word.
_MARK = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_WORD = rf"(?:[^\W_]|[{_MARK}])+"
_TOKEN = re.compile(rf"{_WORD}(?:['’]{_WORD})*")
_POSSESSIVE = ("'s", "’s", "'S", "’S")

# Lower-case words that may sit inside a multi-word name ("Sistan and Baluchestan",
# "Isle of Man", "Tehreek-e-Taliban", "Rio de Janeiro").
_CONNECTORS = frozenset(
    "and of the de del della di da do dos das du la le les el es al au aux upon on en sur sous van von der den y e i".split()
)
# Abbreviations whose dot may sit inside a name ("St. Louis", "Ft. Worth", "Mt. Everest").
_DOT_ABBREV = frozenset("st ste ft mt pt".split()).union("abcdefghijklmnopqrstuvwxyz")

# Institutions of higher education named after a place ("University of Maine", "Boston College").
_INSTITUTIONS = frozenset("university universities college institute polytechnic seminary".split())
# Heads of "<Head> of <Place>" organisation names (besides the organisation heads above).
_OF_HEADS = frozenset("farmers friends sons daughters knights veterans bishops".split())
# Words after a place that make the whole a street, not the place itself.
_STREETS = frozenset(
    """street st road rd avenue ave boulevard blvd lane ln drive dr highway hwy way terrace
    parkway pkwy pike turnpike alley circle ct""".split()
)
# Sentence/line starts: after these characters (and any opening quotes/brackets) capitals prove nothing.
_SENT_END = frozenset(".!?:;\n\r•|>—–*#")
_OPENERS = " \t\"'“‘([«-"

# wordfreq's Zipf scale: 6 = once per thousand words, 4 = once per 100,000.
_ZIPF_ALWAYS_COMMON = 5.6  # function words ("Of", "Most", "Also"): never a place alone
_ZIPF_COMMON = 3.9  # common enough that a capital at a sentence start proves nothing
_PROMINENT_KINDS = frozenset({"continent", "country", "admin1", "region"})


@functools.cache
def _zipf() -> dict[str, float]:
    """Lower-case English word -> Zipf frequency (wordfreq's "small" list, ~30k words)."""
    try:
        import math

        import wordfreq
    except ImportError as err:  # pragma: no cover - a broken install
        raise DataError("the wordfreq package is missing: pip install -r requirements.txt") from err
    freqs = wordfreq.get_frequency_dict("en", wordlist="small")
    return {w: math.log10(f) + 9.0 for w, f in freqs.items() if f > 1e-8}


@functools.cache
def _zipf_elsewhere() -> dict[str, float]:
    """Word -> highest Zipf frequency in German, French, Spanish, Italian, Portuguese or Dutch.

    Place names are frequent in every language; ordinary English words ("reading", "march",
    "related") mostly in English alone. The difference tells them apart where capitals can't.
    """
    import math

    import wordfreq

    out: dict[str, float] = {}
    for lang in ("de", "fr", "es", "it", "pt", "nl"):
        for w, f in wordfreq.get_frequency_dict(lang, wordlist="small").items():
            if f > 1e-8 and w.isascii():
                z = math.log10(f) + 9.0
                if z > out.get(w, 0.0):
                    out[w] = z
    return out


def _english_word(low: str, z: float, limit: float) -> bool:
    """Is ``low`` (Zipf ``z`` in English) an ordinary English word rather than a name?"""
    if z >= _ZIPF_ALWAYS_COMMON:
        return True
    return z >= limit and z - _zipf_elsewhere().get(low, 0.0) >= 1.0


@functools.cache
def _gazetteer():
    from geo.places.gazetteer import load

    return load()


@dataclass(slots=True)
class _Tok:
    start: int
    end: int  # without a possessive 's
    word: str  # text[start:end]
    cap: bool  # starts with an upper-case letter
    upper: bool  # all letters upper-case (and more than one letter)
    poss: bool  # a possessive 's followed


def _chunks(text: str, size: int) -> Iterator[tuple[int, int]]:
    """(start, end) pieces of about ``size`` characters, cut after whitespace."""
    n, pos = len(text), 0
    while pos < n:
        end = min(n, pos + size)
        if end < n:
            cut = max(text.rfind("\n", pos, end), text.rfind(" ", pos, end))
            if cut > pos + size // 2:
                end = cut + 1
        yield pos, end
        pos = end


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    out: list[_Tok] = []
    for m in _TOKEN.finditer(text, start, end):
        s, e = m.span()
        w = m.group()
        poss = w.endswith(_POSSESSIVE) and len(w) > 2
        if poss:
            e -= 2
            w = w[:-2]
        c = w[0]
        # "d'Ivoire", "l'Aquila": an elided article before a capital is part of a name
        cap = c.isupper() or (len(w) > 2 and c in "dl" and w[1] in "'’" and w[2].isupper())
        out.append(_Tok(s, e, w, cap, len(w) > 1 and w.isupper(), poss))
    return out


@functools.cache
def _capital_re() -> re.Pattern[str]:
    """A word starting with an upper-case letter (any script); built once, on first use."""
    ranges: list[list[int]] = []
    for cp in range(0x10000):  # the Basic Multilingual Plane holds every cased script's capitals
        if chr(cp).isupper() or chr(cp).istitle():
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1][1] = cp
            else:
                ranges.append([cp, cp])
    cls = "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)
    return re.compile(rf"(?<![\w{_MARK}'’])[{cls}]")


# Context kept around each capitalised word (characters): enough for the word before it
# ("the", "said") and the words after it ("of Richmond", "County", "said").
_BEFORE, _AFTER = 12, 12


def _near_capitals(text: str, start: int, end: int) -> list[_Tok]:
    """Tokens of ``text[start:end]`` that are capitalised or near a capitalised word.

    Most words of a text are lower-case and far from any name; skipping them (the regex
    engine finds the capitals) is what makes recognition fast. Tokens of separate windows
    are never adjacent: the gap between them holds words, so no rule joins them.
    """
    out: list[_Tok] = []
    covered = start  # always at a chunk start or a space: tokens never straddle windows
    for m in _capital_re().finditer(text, start, end):
        p = m.start()
        we = min(end, p + _AFTER)
        if we < end:  # finish the word the window ends in
            k = text.find(" ", we, end)
            we = k if k >= 0 else end
        if we <= covered:
            continue
        ws = covered
        if p - _BEFORE > covered:
            k = text.find(" ", p - _BEFORE, p)
            ws = k + 1 if k >= 0 else p
        out.extend(_tokens(text, ws, we))
        covered = we
    return out


# Titles that are abbreviated with a dot ("Gen. Asim"); after a full word ("Judge.") a dot
# ends the sentence, and the capital after it starts a new one.
_TITLE_ABBREVS = frozenset(
    "mr mrs ms mx dr prof gen lt col maj capt sgt cpl adm brig cmdr pres sen rep gov rev hon supt insp det atty sens reps".split()
)


def _title_gap(text: str, a: _Tok, b: _Tok) -> bool:
    """A title and the name after it: "Gen. Asim", "President Raisi"."""
    gap = text[a.end : b.start]
    if a.poss:
        return False
    if gap in (" ", "\u00a0"):
        return True
    return gap in (". ", ".\u00a0") and a.word.lower() in _TITLE_ABBREVS


def _gap_ok(text: str, a: _Tok, b: _Tok) -> bool:
    """May tokens ``a`` and ``b`` belong to one name? (space, hyphen, or "St. ")."""
    if a.poss:
        return False
    gap = text[a.end : b.start]
    if gap == " " or gap == "-":
        return True
    if not gap or "\n" in gap:
        return False
    if gap.strip() == "":
        return len(gap) <= 2
    if gap.startswith(".") and gap[1:].strip(" ") == "" and len(gap) <= 3:
        return a.word.lower() in _DOT_ABBREV
    return False


class _Context:
    """Lazily computed facts about positions of one text (sentence starts, Title-Case lines)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._title_lines: dict[int, bool] = {}

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


@dataclass(frozen=True, slots=True)
class _Match:
    i: int  # first token
    j: int  # last token (inclusive)
    key: str
    places: tuple
    form: str
    end: int = 0  # end offset when it is not the last token's (a dotted abbreviation)


def _in_skip(starts: list[int], ends: list[int], s: int, e: int) -> bool:
    k = bisect.bisect_right(starts, s) - 1
    if k >= 0 and ends[k] > s:
        return True
    k2 = bisect.bisect_left(starts, e)
    return k2 > k + 1  # a skip span starts inside [s, e)


def recognize(text: str, *, skip: Sequence[Span] = (), gazetteer=None) -> tuple[Candidate, ...]:
    """Every toponym span of ``text`` with all its gazetteer readings (unranked).

    ``skip`` spans (boilerplate from :func:`geo.ingest.boilerplate.boilerplate_spans`) yield nothing.

    >>> [(c.text, c.form) for c in recognize("Pakistani troops reached Quetta.")]
    [('Pakistani', 'demonym'), ('Quetta', 'name')]
    """
    if not isinstance(text, str):
        raise InputError(f"text must be a str, got {type(text).__name__}: {text!r:.80}")
    gaz = gazetteer if gazetteer is not None else _gazetteer()
    spans = sorted((int(s.start), int(s.end)) for s in skip if s.end > s.start)
    sk_starts = [s for s, _ in spans]
    sk_ends = [e for _, e in spans]
    # running maximum of ends, so overlapping skip spans are handled by one bisect
    run = 0
    for k, e in enumerate(sk_ends):
        run = max(run, e)
        sk_ends[k] = run
    ctx = _Context(text)
    people: set[str] = set()  # words seen as part of a person's name anywhere in the text
    raw: list[_Found] = []
    for cs, ce in _chunks(text, CHUNK_CHARS):
        if budget.over("geoparsing"):
            break  # the article's time is spent: resolve what was found so far
        toks = _near_capitals(text, cs, ce)
        if spans:
            toks = [t for t in toks if not _in_skip(sk_starts, sk_ends, t.start, t.end)]
        raw.extend(_scan(text, toks, gaz, ctx, people))
    # One sense per document for people too: "Greg Preston ... Preston said" — a small
    # place's single word that names a person elsewhere in the text is that person.
    # A common word capitalised only where capitals prove nothing (sentence start, headline)
    # is kept when the same name also appears where they do ("Reading" mid-sentence).
    strong = {f.candidate.key for f in raw if not f.weak_position}
    # A small place named like a common surname ("Bell", "Welch", "Stevens") that is never
    # used as a place anywhere in the text (no "in"/"from", no ", State", no "police" or
    # "man" after it) is a person or a firm: one sense per document.
    _, surnames = _names()
    risky = {
        f.candidate.key
        for f in raw
        if f.weak_single and (c := f.candidate).form == "name" and not c.cues and " " not in c.text
        and (
            (c.text.lower() in surnames
             and not any(p.kind in _PROMINENT_KINDS or p.population >= _SURNAME_PLACE_POP for p in c.places))
            or (c.text.lower() in _BRANDS and not any(p.kind in _PROMINENT_KINDS for p in c.places))
        )
    }
    if risky:
        # A single place cue among many bare mentions ("from Welch" once, "Welch" ten times)
        # is a person's name after a preposition: a place cue must come with one mention in five.
        seen: dict[str, int] = {}
        cued: dict[str, int] = {}
        for f in raw:
            c = f.candidate
            if c.key in risky:
                seen[c.key] = seen.get(c.key, 0) + 1
                if _place_cue(text, c.start, c.end, gaz):
                    cued[c.key] = cued.get(c.key, 0) + 1
        placed = {k for k, n in cued.items() if n * _CUE_SHARE >= seen[k]}
        # listed with other places ("Bethel, Sharon and Goshen", "at Boone and Marshall farms"),
        # also with names placed in this way ("in Becker, Clay, Douglas and Grant")
        grew = True
        while grew:
            grew = False
            for k in range(len(raw)):
                c = raw[k].candidate
                if c.key in risky and c.key not in placed:
                    for j in (k - 1, k + 1):
                        if 0 <= j < len(raw) and (raw[j].candidate.key not in risky or raw[j].candidate.key in placed):
                            o = raw[j].candidate
                            a, b = (o, c) if j < k else (c, o)
                            if _LIST_JOIN.fullmatch(text, a.end, b.start):
                                placed.add(c.key)
                                grew = True
                                break
        risky -= placed
    return tuple(
        f.candidate
        for f in raw
        if not (f.weak_single and f.candidate.text.lower() in people)
        and (not f.weak_position or f.candidate.key in strong)
        and not (f.weak_single and f.candidate.key in risky)
    )


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


def _place_cue(text: str, start: int, end: int, gaz=None) -> bool:
    """Is the name at ``text[start:end]`` used as a place here: after "in"/"from"/"near"...,
    before ", <its state or country>", before a local body or its people ("police", "man")?"""
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
    nxt = _next_word(text, end) or (text[end + 1 : end + 30].split(" ", 1)[0].lower().strip(".,;:") if text[end : end + 1] == " " else "")
    return nxt in _LOCAL_BODIES or nxt in _RESIDENTS


def _area_after(text: str, pos: int, gaz) -> bool:
    """Does a state abbreviation, first-level area or country start at ``pos`` ("Bell, Calif.",
    "Welch, West Virginia"), rather than another person ("stop Bell, Ortega fired")?"""
    from geo.geoparse.resolve import STATE_ABBREV

    m = re.compile(r"[A-Z][\w.]*(?: [A-Z]\w*)?").match(text, pos)
    if m is None:
        return False
    words = m.group(0)
    if words.split(" ")[0].rstrip(".") in STATE_ABBREV:
        return True
    if gaz is None:
        return True
    for cand in (words, words.split(" ")[0]):
        key = normalize(cand.rstrip("."))
        if key and gaz.is_key(key) and any(p.kind in _PROMINENT_KINDS for p in gaz.by_key(key)):
            return True
    return False


def _lookup_span(text: str, toks: list[_Tok], i: int, gaz, max_tokens: int) -> tuple[int, str] | None:
    """Longest n-gram starting at token ``i`` that is a gazetteer key: (last token, key)."""
    best = None
    shorter = None  # the longest key before ``best``
    j = i
    limit = min(len(toks), i + max_tokens)
    is_key = gaz.is_key
    while j < limit:
        t = toks[j]
        if j > i:
            if not _gap_ok(text, toks[j - 1], t):
                break
            if not t.cap and t.word.lower() not in _CONNECTORS and not t.word[0].isdigit():
                break
        if t.cap:
            key = normalize(text[toks[i].start : t.end])
            if key and is_key(key):
                shorter, best = best, (j, key)
            elif key[:3] in _ABBREV_VARIANTS:
                alt = _ABBREV_VARIANTS[key[:3]] + key[3:]
                if is_key(alt):
                    shorter, best = best, (j, alt)
        if t.poss:
            # "People's Republic of China": a name may hold a possessive.
            if j + 1 < limit and text[t.end + 2 : toks[j + 1].start] == " " and toks[j + 1].cap:
                for k in range(limit - 1, j, -1):
                    key = normalize(text[toks[i].start : toks[k].end])
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


# "St. Petersburg" is often listed only as "Saint Petersburg".
_ABBREV_VARIANTS = {"st ": "saint ", "ft ": "fort ", "mt ": "mount "}


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
    from geo.geoparse.resolve import STATE_ABBREV, US_STATE_ABBREV

    t = toks[i]
    end = _dotted_end(text, t)
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


@dataclass(frozen=True, slots=True)
class _Found:
    """A candidate of the scan, with how far its capital can be trusted."""

    candidate: Candidate
    #: A single word naming no country or continent: the same word used for a person anywhere
    #: in the text, or a surname-like name never used as a place, vetoes it.
    weak_single: bool
    #: Capitalised only where capitals prove nothing (sentence start, headline, before a
    #: number): kept only if the name also appears where capitals count.
    weak_position: bool


class _Scan:
    """One pass over the capitalised tokens of a chunk: what the recognisers share."""

    __slots__ = ("text", "toks", "gaz", "ctx", "people", "n", "max_tokens", "zipf", "first_names", "surnames", "matches",
                 "person", "_runs")

    def __init__(self, text: str, toks: list[_Tok], gaz, ctx: _Context, people: set[str]) -> None:
        self.text, self.toks, self.gaz, self.ctx, self.people = text, toks, gaz, ctx, people
        self.n = len(toks)
        self.max_tokens = max(1, int(getattr(gaz, "max_key_tokens", 6)))
        self.zipf = _zipf()
        self.first_names, self.surnames = _names()
        self.matches: list[_Match] = []
        self.person = [False] * self.n  # tokens that are part of a person's name
        self._runs: _Runs | None = None

    @property
    def runs(self) -> _Runs:
        """The runs of capitalised words of this chunk, computed once (see :class:`_Runs`)."""
        if self._runs is None:
            self._runs = _Runs(self.text, self.toks)
        return self._runs

    def lookup(self, i: int) -> tuple[int, str] | None:
        return _lookup_span(self.text, self.toks, i, self.gaz, self.max_tokens)

    def gap_ok(self, a: int, b: int) -> bool:
        return _gap_ok(self.text, self.toks[a], self.toks[b])

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


# -- recognisers: each returns the token to go on from when it took the token, else None ------


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
    s.matches.append(_Match(i, j, normalize(state.name), (state,), "abbrev", ab[1]))
    return j + 1


def _spaced_state_abbrev(text: str, toks: list[_Tok], i: int, after_place: bool) -> tuple[int, int, str] | None:
    """A two-part state abbreviation written with a space ("W. Va.", "N. J."): (start, end,
    ISO 3166-2). Before a capitalised word and not after "<place>, ", two such letters are
    initials of a name ("S. C. Johnson")."""
    from geo.geoparse.resolve import US_STATE_ABBREV

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
        key = normalize(s.text[toks[i].start : toks[i + 1].end])
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
        own_name = whole is not None and any(normalize(p.name) == whole[1] for p in s.gaz.by_key(whole[1]))
        if not own_name and s.lookup(i + 1) is not None:
            return i + 1
    return None


def _physical_feature(s: _Scan, at: _At) -> int | None:
    """A physical feature the gazetteer lacks: "Baltic Sea", "Lake Chad", "Gulf of Mexico"."""
    i = at.i
    fj = _feature_end(s.text, s.toks, i, at.found[0] if at.found is not None else i - 1, s.gaz)
    if fj is None:
        return None
    key = normalize(s.text[s.toks[i].start : s.toks[fj].end])
    s.matches.append(_Match(i, fj, key, tuple(s.gaz.by_key(key)), "name" if s.gaz.is_key(key) else "feature"))
    return fj + 1


def _part_of_area(s: _Scan, at: _At) -> int | None:
    """ "Southern California", "West Africa": a part of a larger area, read as that area."""
    i, toks = at.i, s.toks
    if not (toks[i].word in _DIRECTIONS and (at.found is None or at.found[0] == i) and i + 1 < s.n and s.gap_ok(i, i + 1)):
        return None
    inner = s.lookup(i + 1)
    if inner is None:
        return None
    inner_places = tuple(s.gaz.by_key(inner[1]))
    if not any(p.kind in _PROMINENT_KINDS for p in inner_places):
        return None
    key = normalize(s.text[toks[i].start : toks[inner[0]].end])
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


def _first_name_person(s: _Scan, at: _At) -> int | None:
    """A first name before a surname is a person ("Chad Ellery", "Ruth T. Abernathy"), unless
    the whole run is a place ("Virginia Beach")."""
    i, toks, text, found = at.i, s.toks, s.text, at.found
    if not ((found is None or found[0] == i) and at.low in s.first_names and i + 1 < s.n):
        return None
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


def _county(s: _Scan, at: _At) -> int | None:
    """ "Laurel County" when the gazetteer lacks that county: a mention of the county,
    resolved through the same-named places and the context to its first-level area."""
    i, toks, found = at.i, s.toks, at.found
    cj = (found[0] if found is not None else i) + 1
    if not (
        cj < s.n
        and toks[cj].word in _COUNTY_WORDS
        and s.text[toks[cj - 1].end : toks[cj].start] == " "
        and not toks[cj - 1].poss
        and at.low not in _GENERIC_GEO
        and s.zipf.get(at.low, 0.0) < _ZIPF_VERY_COMMON
    ):
        return None
    key = normalize(s.text[toks[i].start : toks[cj].end])
    # The US states that have a county of that name (registry list) say more than the
    # towns named like it; else the same-named places lead to the area.
    by_county = getattr(s.gaz, "county_states_by_key", None)
    places = tuple(by_county(key)) if by_county is not None else ()
    if not places:
        places = tuple(s.gaz.by_key(found[1])) if found is not None else ()
    s.matches.append(_Match(i, cj, key, places, "county"))
    return cj + 1


def _gazetteer_name(s: _Scan, at: _At) -> int | None:
    """The longest gazetteer name starting here; an all-caps short word must be one of the
    gazetteer's acronyms ("FAO", "SOS" are not) and acronym keys need capitals in the text."""
    i, toks, found = at.i, s.toks, at.found
    if found is not None and found[0] == i and toks[i].upper and len(toks[i].word) <= 4 and not _acronym_ok(s.gaz, found[1], toks[i : i + 1], strict=True):
        return None
    if found is None or not _acronym_ok(s.gaz, found[1], toks[i : found[0] + 1]):
        return None
    j, key = found
    last = toks[j]
    # "U.S." / "D.C.": the final dot of a dotted abbreviation belongs to the name.
    dotted = j > i and len(last.word) == 1 and last.word.isupper() and s.text[last.end : last.end + 1] == "."
    s.matches.append(_Match(i, j, key, tuple(s.gaz.by_key(key)), "name", last.end + 1 if dotted else 0))
    return j + 1


def _demonym(s: _Scan, at: _At) -> int | None:
    """Demonyms: "Pakistani", "Sri Lankan", plural "Pakistanis"."""
    i, toks, text = at.i, s.toks, s.text
    dem = None
    j = i
    if i + 1 < s.n and toks[i + 1].cap and s.gap_ok(i, i + 1):
        dem = s.gaz.demonym_by_key(normalize(text[toks[i].start : toks[i + 1].end]))
        j = i + 1
    if dem is None:
        j = i
        dem = s.gaz.demonym_by_key(at.low)
    if dem is None:
        return None
    s.matches.append(_Match(i, j, normalize(text[toks[i].start : toks[j].end]), (dem,), "demonym"))
    return j + 1


#: Tried in order at each capitalised token until one takes it; those of the second list see
#: the gazetteer name that starts at the token.
_BEFORE_LOOKUP = (_contraction, _titled_person, _servant_of_name, _state_abbreviation, _two_word_demonym, _leading_the)
_AFTER_LOOKUP = (_physical_feature, _part_of_area, _demonym_before_name, _first_name_person, _county, _gazetteer_name, _demonym)


def _scan(text: str, toks: list[_Tok], gaz, ctx: _Context, people: set[str]) -> list[_Found]:
    """Candidates of a chunk's tokens: the recognisers find spans (and people), then each span
    is judged in its context (see :func:`_judge`)."""
    s = _Scan(text, toks, gaz, ctx, people)
    at = _At(0, "")  # one record, reset at each capitalised token
    before, after, lookup = _BEFORE_LOOKUP, _AFTER_LOOKUP, s.lookup
    i = 0
    n = s.n
    while i < n:
        t = toks[i]
        if not t.cap:
            i += 1
            continue
        at.i, at.low, at.found = i, t.word.lower(), None
        nxt = None
        for rec in before:
            nxt = rec(s, at)
            if nxt is not None:
                break
        else:
            at.found = lookup(i)
            for rec in after:
                nxt = rec(s, at)
                if nxt is not None:
                    break
        i = nxt if nxt is not None else i + 1
    return [f for m in s.matches if not s.person[m.i] and (f := _judge(s, m)) is not None]


# -- judging a span in its context ------------------------------------------------------------


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
    nxt: str  # lower-case next word when it follows closely, else ""
    prev_word: str  # the word right before (one space between), else ""
    single: bool
    low: str  # first word, lower-case


#: Spans whose recogniser settled them: their one cue.
_FIXED_CUES = {"feature": FEATURE_CUE, "county": COUNTY_CUE, "abbrev": "US state abbreviation"}


def _judge(s: _Scan, m: _Match) -> _Found | None:
    """The candidate of a match, or None when its context shows it is no place mention."""
    toks, text = s.toks, s.text
    first, last = toks[m.i], toks[m.j]
    end = m.end if m.end else last.end
    if m.form in _FIXED_CUES:
        places = () if m.form == "feature" else m.places
        cand_end = end if m.form == "abbrev" else last.end
        return _Found(Candidate(first.start, cand_end, text[first.start : cand_end], m.key, places, "name", (_FIXED_CUES[m.form],)), False, False)
    if m.form == "part":
        cue = f"part of {m.places[0].name}"
        return _Found(Candidate(first.start, last.end, text[first.start : last.end], m.key, m.places, "name", (cue,)), False, False)
    chain_s, chain_e = s.runs.chain(m.i, m.j)
    sp = _Span(
        m=m,
        end=end,
        chain_s=chain_s,
        chain_e=chain_e,
        prev_cap=chain_s < m.i,
        next_cap=chain_e > m.j,
        prominent=any(p.kind in _PROMINENT_KINDS for p in m.places),
        big=max((p.population for p in m.places), default=0) >= 100_000,
        nxt=toks[m.j + 1].word.lower() if m.j + 1 < s.n and _gap_ok(text, last, toks[m.j + 1]) else "",
        prev_word=toks[m.i - 1].word if m.i > 0 and text[toks[m.i - 1].end : first.start] == " " else "",
        single=m.i == m.j,
        low=first.word.lower(),
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
    weak_single = sp.single and m.form == "name" and not any(p.kind in ("country", "continent") for p in m.places)
    return _Found(Candidate(first.start, end, text[first.start : end], m.key, m.places, form, tuple(cues)), weak_single, weak_pos)


def _judge_demonym(s: _Scan, sp: _Span) -> tuple[str | None, list[str], bool]:
    """A demonym in a headline that is a very common word is dropped (form None); inside an
    organisation's name ("American Airlines", "Pakistan Peoples Party") it is the organisation's."""
    first = s.toks[sp.m.i]
    if s.ctx.title_line(first.start) and s.zipf.get(sp.low, 0.0) >= _ZIPF_ALWAYS_COMMON:
        return None, [], False
    if s.runs.has(s.runs.org, sp.m.j + 1, sp.chain_e + 1):
        return "organisation", ["part of an organisation's name"], False
    return "demonym", [], False


def _org_word(word: str) -> bool:
    low = word.lower()
    return low in _ORG_HEADS or low in _OUTLET_HEADS


def _not_this_place(s: _Scan, sp: _Span) -> bool:
    """Shapes of text in which a gazetteer name is something else: a street, a holiday, a
    currency, a disease or virus strain, a first name, an English word or a chance collision
    with another language's name of a place."""
    m, text, toks = sp.m, s.text, s.toks
    first, last, end, low = toks[m.i], toks[m.j], sp.end, sp.low
    if sp.nxt in _STREETS and toks[m.j + 1].cap:
        return True  # "Dublin Road": a street
    if last.poss and text[last.end + 2 : last.end + 6] == " Day":
        return True  # "St. Patrick's Day": a holiday
    if text[end : end + 1] == "$" or text[first.start - 1 : first.start] == "$":
        return True  # "US$30", "$US": a currency
    if _next_word(text, end) in _DISEASE_WORDS:
        return True  # "Marburg virus", "Lassa fever": a disease named after a place
    if text[first.start - 1 : first.start] == "/" and _STRAIN_AFTER.match(text, end):
        return True  # "A/Perth/16/2009": a virus strain's name (type/place/number/year)
    if sp.single and low in s.first_names and max((_pop(p) for p in m.places), default=0) < 20_000 and not (
        sp.prominent or _followed_by_area(text, end)
    ):
        return True  # "Her daughter Ruby": a first name before it is a hamlet
    own_name = None  # does a reading bear the name as its own? (computed when needed: names have many readings)
    if sp.single and not any(p.kind in ("country", "continent") for p in m.places) and _english_word(
        low, s.zipf.get(low, 0.0), 4.0
    ):
        own_name = any(normalize(p.name) == m.key for p in m.places)
        if not own_name:
            return True  # "Jewish": an English word that is only another area's alias
    # Every reading is another language's name of a place ("Kan" for Ganzhou, "Hamas"
    # for Hamm): a chance collision, unless the place is large and the word is no
    # frequent English token (exonyms of big cities: "Teheran"). An abbreviation written in
    # capitals that the gazetteer lists as one ("L.A.", "NYC") is no collision with a word.
    if sp.prominent:
        return False
    if own_name is None:
        own_name = any(normalize(p.name) == m.key for p in m.places)
    if not own_name and not (
        s.gaz.is_acronym_key(m.key) and all(toks[k].upper or len(toks[k].word) == 1 for k in range(m.i, m.j + 1))
    ):
        if not sp.big or s.zipf.get(m.key, 0.0) >= _ZIPF_NAME:
            return True
    return False


def _organisation_cue(s: _Scan, sp: _Span) -> str | None:
    """The cue when the name is part of an institution's or organisation's name, else None."""
    m, toks, text = sp.m, s.toks, s.text
    institution = (  # "University of Alabama", "Harvard University", "Iowa State University"
        sp.prev_word == "of" and m.i >= 2 and toks[m.i - 2].word.lower() in _INSTITUTIONS
    ) or s.runs.has(s.runs.institutions, m.j + 1, sp.chain_e + 1)
    if institution:
        # A university is not a site in the town it is named after (Harvard is in
        # Cambridge), but the town or state is still where the story's world is.
        return INSTITUTION_CUE
    of_head = (  # "Bank of America", "Future Farmers of America"
        sp.prev_word == "of" and m.i >= 2 and toks[m.i - 2].word.lower() in _ORG_HEADS | _OF_HEADS
    )
    if of_head or s.runs.has(s.runs.org, sp.chain_s, m.i) or s.runs.has(s.runs.org, m.j + 1, sp.chain_e + 1):
        return "part of an organisation's name"
    first = toks[m.i]
    if sp.single and not sp.prominent and not sp.big and _ampersand_firm(text, first.start, sp.end):
        # "Hartley & Rowe", "Smith & Wesson": names joined by "&" are a firm's
        return "part of an organisation's name"
    return None


def _judge_single_word(s: _Scan, sp: _Span) -> bool | None:
    """A one-word name: None when it is no place here (a month, a common word, a person's
    name), else whether its position is weak (see :class:`_Found`)."""
    m, toks, text, ctx, zipf = sp.m, s.toks, s.text, s.ctx, s.zipf
    first, last, low, prev_word, nxt = toks[m.i], toks[m.j], sp.low, sp.prev_word, sp.nxt
    if low in _MONTHS_DAYS or low in _GENERIC_GEO or low in _ORG_HEADS or low in _TITLES:
        return None
    z = zipf.get(low, 0.0)
    # Countries and continents are never mistaken for a common word; first-level
    # areas only when their name is not a frequent word ("Georgia" yes, "Reading" no).
    exempt = any(
        p.kind in ("country", "continent")
        or (p.kind in ("admin1", "region") and not _english_word(low, z, _ZIPF_COMMON))
        for p in m.places
    )
    if z >= _ZIPF_ALWAYS_COMMON and not (exempt and not ctx.sentence_initial(first.start)):
        return None
    if exempt:
        return False
    if z >= _ZIPF_VERY_COMMON and max((_pop(p) for p in m.places), default=0) < 100_000:
        return None  # "Police", "Battle", "Section": the word, not a small town
    weak_pos = False
    # The bigger the place, the more common the word must be before a
    # capital in a weak position is read as the word ("Reading", "Nice").
    pop = max((_pop(p) for p in m.places if normalize(p.name) == m.key), default=0)
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
    m, toks = sp.m, s.toks
    form, cues = "name", []
    org = _organisation_cue(s, sp)
    if org is not None:
        form = "organisation"
        cues.append(org)
    first = toks[m.i]
    if form == "name" and any(p.id.startswith(_UNION_PREFIX) for p in m.places) and not _UNION_AS_PLACE.search(
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
    if not sp.single and not sp.prominent and (
        last.word in _BUILDINGS
        or (not sp.big and sp.prev_word.lower() == "the" and s.zipf.get(last.word.lower(), 0.0) >= 4.0)
    ):
        return None  # "the White House", "the Grand Canyon Lodge": a building or feature
    if form == "name" and sp.prev_cap and not sp.next_cap and not sp.prominent and not sp.big:
        return None  # the last word of a longer name: a person's surname ("Joan Tyrone")
    if (
        form == "name"
        and sp.next_cap
        and not sp.prominent
        and max((_pop(p) for p in m.places), default=0) < _SMALL_POP
        and sp.nxt not in _LOCAL_BODIES
    ):
        return None  # a small place's name before another name: a brand, firm or person
    return form, cues, weak_pos


_NEXT_WORD = re.compile(r" ([a-z]+)")
# Unions of states (regions.tsv ids "region:union-..."): a place only where a locative
# preposition makes it a territory ("in the EU", "outside the European Union").
_UNION_PREFIX = "region:union-"
_UNION_AS_PLACE = re.compile(
    r"\b(?:in|within|across|throughout|outside|inside|into|from|to|beyond|around)\s+(?:the\s+)?$", re.IGNORECASE
)
_DISEASE_WORDS = frozenset(
    "virus viruses ebolavirus fever flu influenza disease strain variant hemorrhagic haemorrhagic encephalitis".split()
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
    if t.word in _FEATURES:
        # "Lake Chad", "Gulf of Mexico", "Bay of Bengal"
        k = i + 1
        if k + 1 < n and toks[k].word == "of" and _gap_ok(text, t, toks[k]) and _gap_ok(text, toks[k], toks[k + 1]):
            k += 1
        if (
            k < n
            and toks[k].cap
            and _gap_ok(text, toks[k - 1], toks[k])
            and toks[k].word not in _FEATURES
            and (
                _zipf().get(toks[k].word.lower(), 0.0) < _ZIPF_COMMON + 0.6  # "Gulf War": no name
                or (
                    gaz is not None
                    and gaz.is_key(normalize(toks[k].word))
                    and _zipf().get(toks[k].word.lower(), 0.0) < _ZIPF_VERY_COMMON
                )
            )
        ):
            while k + 1 < n and toks[k + 1].cap and _gap_ok(text, toks[k], toks[k + 1]) and k - i < 4:
                k += 1
            return k
        return None
    # "Baltic Sea", "Red River", "South China Sea": capitalised words, then the feature word
    k = max(i, j)
    while k + 1 < n and k - i < 3:
        nt = toks[k + 1]
        if not (nt.cap and _gap_ok(text, toks[k], nt)):
            return None
        if nt.word in _FEATURES:
            return k + 1
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


@functools.cache
def _names() -> tuple[frozenset[str], frozenset[str]]:
    """(first names, surnames) of the US census lists shipped by the ``names`` package, lower-case.

    Only names borne by at least 1 in 20,000 people (first) or 1 in 100,000 (surnames), so rare
    entries that are mostly places stay out.
    """
    try:
        import names
    except ImportError as err:  # pragma: no cover - a broken install
        raise DataError("the names package is missing: pip install -r requirements.txt") from err
    from pathlib import Path

    base = Path(names.__file__).resolve().parent

    def read(fname: str, min_pct: float) -> frozenset[str]:
        out = set()
        with (base / fname).open(encoding="ascii") as f:
            for line in f:
                parts = line.split()
                if len(parts) >= 2 and float(parts[1]) >= min_pct:
                    out.add(parts[0].lower())
        return frozenset(out)

    first = read("dist.male.first", 0.005) | read("dist.female.first", 0.005)
    return first, read("dist.all.last", 0.001)


_ABD = frozenset("abd abdel abdul abdal abdil abdol abdur abdus abdar".split())
_CONTRACTIONS = frozenset({"ve", "ll", "re", "d", "m", "t"})
_SPEECH = frozenset(
    "said says told added explained noted stated wrote asked replied agreed recalled argued insisted testified".split()
)
_LOCATIVE = frozenset("in at from of near to into outside inside across around toward towards via".split())
_ZIPF_VERY_COMMON = 5.0  # "police", "battle"... with a small place: always the word
_ZIPF_NAME = 3.5  # an alternate name this frequent in English is an English word or name
_ZIPF_RARE = 2.5  # rarer than this and no gazetteer name: most likely a surname

# Words after a place that make it the seat of a public body, still a place mention.
_JURISDICTION = frozenset(
    """county parish borough township city town village police sheriff sheriffs fire
    department dept council board government ministry court district region province state
    municipality mayor governor authorities officials""".split()
)


def _joins_left(text: str, toks: list[_Tok], k: int) -> bool:
    """Does token ``k - 1`` belong to the same run of capitalised words as token ``k``?"""
    a, b = toks[k - 1], toks[k]
    if not _gap_ok(text, a, b):
        return False
    hyphen = text[a.end : b.start] == "-"
    if a.cap:
        return not (hyphen and len(a.word) == 1)  # "R-Charleston": a party's letter, no name
    # a lower-case link inside a hyphenated name ("Tehreek-e-Taliban")
    return hyphen and a.word in _CONNECTORS and k >= 2 and toks[k - 2].cap and _gap_ok(text, toks[k - 2], a)


class _Runs:
    """Runs of capitalised words (and inner links) of one chunk's tokens, computed once.

    Every match asks for the run around it and whether an organisation's or institution's
    head word is in it; walking the run per match took time quadratic in a run's length
    ("U.S. U.S. …", "A. A. …"), so the run bounds, the first word that is no function word
    and prefix counts of head words are precomputed, one pass each.
    """

    __slots__ = ("left", "right", "content", "org", "institutions")

    def __init__(self, text: str, toks: list[_Tok]) -> None:
        n = len(toks)
        self.left = left = list(range(n))
        for k in range(1, n):
            if _joins_left(text, toks, k):
                left[k] = left[k - 1]
        self.right = right = list(range(n))
        for k in range(n - 2, -1, -1):
            if toks[k + 1].cap and _gap_ok(text, toks[k], toks[k + 1]):
                right[k] = right[k + 1]
        # content[k]: the first token at or after k that is no sentence-initial function word
        self.content = content = list(range(n + 1))
        for k in range(n - 1, -1, -1):
            if toks[k].word.lower() in _FUNCTION_STARTS:
                content[k] = content[k + 1]
        # prefix counts: org[k] / institutions[k] = head words among tokens [0, k)
        self.org = org = [0] * (n + 1)
        self.institutions = inst = [0] * (n + 1)
        for k, t in enumerate(toks):
            org[k + 1] = org[k] + _org_word(t.word)
            inst[k + 1] = inst[k] + (t.word.lower() in _INSTITUTIONS)

    def chain(self, i: int, j: int) -> tuple[int, int]:
        """Token range of the run of capitalised words around tokens [i, j]; leading
        sentence-initial function words ("The", "In") are not part of a name."""
        return min(self.content[self.left[i]], i), self.right[j]

    @staticmethod
    def has(prefix: list[int], a: int, b: int) -> bool:
        """Is a counted word among tokens [a, b)?"""
        return b > a and prefix[b] > prefix[a]


# Generic geographic words that some gazetteer lists as an area's whole name ("North",
# "Central", "Capital"); alone, they are directions or adjectives, not places.
_GENERIC_GEO = frozenset(
    """north south east west northern southern eastern western central centre center middle
    capital coast coastal border frontier interior upper lower greater inner outer
    islands island lakes lake mountains mountain valley river delta plateau
    metropolitan federal national district region province state county city town village
    north-east north-west south-east south-west northeast northwest southeast southwest
    gulf bay sea ocean strait""".split()
)
# Words that make a physical feature of the name before or after them ("Baltic Sea",
# "Red River", "Lake Chad", "Gulf of Mexico").
_FEATURES = frozenset(
    """Ocean Sea River Lake Lakes Mountains Mountain Mount Valley Bay Gulf Island Islands Desert
    Peninsula Strait Straits Canal Creek Basin Delta Plateau Glacier Falls Reservoir
    Highlands""".split()
)
_DIRECTIONS = frozenset(
    """North South East West Northern Southern Eastern Western Central Northeast Northwest
    Southeast Southwest Northeastern Northwestern Southeastern Southwestern Upper Lower""".split()
)

_FUNCTION_STARTS = frozenset(
    "the a an in on at of for from to by with and or but as after before since during while when if "
    "this that these those its his her their our my your".split()
)


def parse(text: str, *, skip: Sequence[Span] = ()) -> tuple[Mention, ...]:
    """Every place mention of ``text``, resolved, in text order (see the module docstring).

    ``skip`` spans (boilerplate from :func:`geo.ingest.boilerplate.boilerplate_spans`) produce no mentions.
    Offsets are into ``text`` itself: ``m.text == text[m.start:m.end]``.
    """
    if not isinstance(text, str):
        raise InputError(f"text must be a str, got {type(text).__name__}: {text!r:.80}")
    if not text.strip():
        return ()
    gaz = _gazetteer()
    return resolve(text, recognize(text, skip=skip, gazetteer=gaz), gazetteer=gaz)


def toponyms(mentions: Sequence[Mention]) -> tuple[Mention, ...]:
    """The mentions that are toponyms of the text: names of places, written as names (places
    inside organisation names and demonyms left out; see the module docstring)."""
    return tuple(m for m in mentions if m.form not in ("organisation", "demonym"))


def demonyms(mentions: Sequence[Mention]) -> tuple[Mention, ...]:
    """The demonym mentions ("Pakistani officials"), each resolved to its country."""
    return tuple(m for m in mentions if m.form == "demonym")


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
