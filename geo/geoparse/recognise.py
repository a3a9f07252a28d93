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
off the span ("Iran's" -> "Iran"); a leading "The" is left out ("The U.S." -> "U.S."), and a
name spelt with "The" is read after a lower-case "the" ("in the Hague"). A name linked on by
"-e-" or "-i-" ("Dasht-e-Barchi") is one name, its first word alone no place.

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
  Sea", "Darfur", "Middle East") are ordinary mentions of kind "region", and so are Natural
  Earth's rivers and canals, named with their word ("Kafue River", "Caledonian Canal";
  "the Ruvuma river", "the river Kafue" read the river under the name alone). So is a name the
  gazetteer lacks that the text itself calls a settlement — "the village of X", "the villages
  of X and Y", "residents of X", "in X town", "X Township", "X, a farming town of 2,000",
  "in X, La.", "Ana Ruiz, 34, of X", "in the X neighborhood", a dateline "X — " in capitals
  (words in :mod:`geo.lang.en.settlements`): listed on the map's table, with no pin. So is a
  strange name (no English word, person, group or demonym) a strike names as its site with no
  such word: "drones struck X", "an air strike in X", "strikes hit Y and X" after a known town.

Context rules keep gazetteer noise out, without any statistical model. Word lists come from
registry packages, read once on first use: ``wordfreq`` (English and six European languages)
and ``names`` (US census first names and surnames).

* Common words. Function words, months and weekdays are never places alone. Elsewhere a word's
  English frequency counts only where capitals prove nothing — at the start of a sentence or
  line, in a Title-Case line ("Also Read", "Share this story"), after "the", inside a run of
  capitals ("State Police"), before "of <Name>" ("Battle of Richmond") or before a designation
  number, where a common noun is capitalised as a series' head ("Loop 410", "Bridge 14", "Spring
  2009"; a state stays: "N.C. 12" lies in North Carolina) — and such a candidate is kept only
  if the same name also appears where capitals do count. So is a name of several common words
  after "the" ("the Red Cross", "the Rocky Ford food bank"): a body's or a thing's as often as a
  small place's, it is the place where the text also names it without "the". The bigger the
  place, the more common the word must be; for large places only words frequent in English but
  not in the other languages count ("Reading", "March"), since place names ("California",
  "London") are frequent in every language. Countries and continents are exempt.
* Exonym noise: a name whose every reading is another language's name of a small place
  ("Hamas" for Hamm would need 100,000 people) is dropped (an abbreviated head word, "St. X"
  or "Mt. X" for Saint X or Mount X, is the place's own name; "St. X's" with a possessive is a
  saint's church, school or hospital); so is an all-caps short word that
  is no acronym key of the gazetteer ("FAO", "SOS"). Acronym keys ("US", "UK") need capitals.
* People. Capitalised words after a title ("Gen.", "President", "Mr.", "Dr.") are a person's
  name, and so is a full name after a role in lower case ("police spokesperson Ana Ruiz"); so are a first name followed by a surname ("Chad Ellery", "Ruth T. Abernathy") and a
  small place's name followed by "said"; double first names and hyphenated surnames ("Kerry-Ann
  Hale", "Omar Abdul-Hamid") and Arabic "servant of" names ("Abdel-Karim") too. Every word of a
  person's name is remembered for the whole text, so a later bare "Munir" or "Walker" is no
  place either. A small place that ends a
  longer run of capitals ("Marisela Joan Tyrone") is taken for a surname, unless a bare hyphen
  joins it to another place's name ("Kasota-Sartell": twin towns, merged districts; not a
  ticket of a first name and a surname, "a Clinton-Gore rally"). A small place named
  like a common surname needs a place cue ("in", ", State", "police") in one mention out of
  five, else it is a person ("Bell" ten times, "from Bell" once); a school's name after it
  ("Bell Middle School") is no place cue, schools being named after people as often as after
  towns. A name before "administration" or "presidency" ("the Bell administration", "Bell's
  presidency") is a person's for the whole text. A place's name before a
  surname, the two alone in their run ("Jordan Henderson", "Paris Hilton"), is a person when
  the text uses the pair as one — a verb of saying, an age or a role after it, a role noun or
  a verb of saying before it — or later uses the bare surname so ("Henderson said"); the
  surname is then the person's for the whole text, a country's or large place's name alone
  stays the place ("Jordan's king", "flew to Paris"). Car makes and "Metro"
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
  is context for the other names (see :mod:`geo.resolve`) — except a town it is named "of"
  ("the University of Nairobi", "the College of Charleston"), which is its seat and a site.
  So is a place in a club's or a ship's name after its prefix ("Real Madrid", "Inter Milan",
  "USS Arizona"); a place before what a utility sells, the two alone in their run ("Georgia
  Power", "Fiji Water"); and a place before one capitalised word that names no place, public
  body or people of it when the pair acts as a body — a verb of reporting after it or a
  possessive ("Boston Scientific said", "Pakistan Today reported"; not "Boston Police said",
  "Iowa Democrats said"). A town alone standing for its team stays the town ("Louisville beat
  Duke"). Local public bodies
  and buildings named after their place are ordinary mentions of it, since they are there
  ("Alexandria Police", "Huntsville High School", "Keene Fire Department").

Long texts are processed chunk by chunk (cut at whitespace), so memory stays proportional to
the text and the mentions found, never to the number of tokens.
"""
from __future__ import annotations

import bisect
import dataclasses
import difflib
import re
from collections.abc import Sequence

from geo import budget
from geo.errors import InputError
from geo.geoparse.cues import (
    _BRANDS,
    _CUE_SHARE,
    _LIST_JOIN,
    _PROMINENT_KINDS,
    _SURNAME_PLACE_POP,
    _Context,
    _gazetteer,
    _namesakes,
    _place_cue,
)
from geo.geoparse.judges import _Found
from geo.geoparse.recognisers import _scan
from geo.geoparse.resolve import COUNTY_CUE, FEATURE_CUE, Candidate, resolve
from geo.geoparse.tokens import (
    _chunks,
    _names,
    _near_capitals,
)
from geo.lang.en.placeheads import HEAD_ABBREVIATIONS as _HEAD_ABBREVIATIONS
from geo.models import Mention, Span
from geo.places.normalize import normalize

__all__ = ["parse", "recognize", "toponyms", "demonyms", "CHUNK_CHARS", "COUNTY_CUE", "FEATURE_CUE"]


#: Texts are scanned in pieces of about this many characters (cut at whitespace).
CHUNK_CHARS = 64_000


#: Two or more capitalised parts joined on by hyphens ("-Yal-Adu").
_HYPHEN_CHAIN = re.compile(r"-[A-Z][\w'’]*-[A-Z]")


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
    # "the barracks at Kor-Yal-Adu": a name that opens a longer hyphenated name (two or more
    # capitalised parts joined on, none of them a place of its own) is part of that name, not
    # the place its first part is an alias of; "the Quetta-Gwadar road" keeps Quetta
    if raw:
        starts_at = {f.candidate.start for f in raw}
        raw = [f for f in raw if not (_HYPHEN_CHAIN.match(text, f.candidate.end) and f.candidate.end + 1 not in starts_at)]
    # A pair of a place's name and a surname ("Paris Hilton arrived") whose surname the text
    # uses as a person's elsewhere ("Hilton said", "Paris Hilton said") is that person's name.
    paired = ctx.person_uses
    if paired:
        people |= paired
        raw = [f for f in raw if ctx.pairs.get(f.candidate.start) not in paired]
    # Storms and crude grades named like places ("Typhoon Haiyan", "Brent crude"): a later
    # bare use of the name is the storm or the grade unless a place cue makes it the place
    # ("flooding in Florence"); a grade with a place's name inside ("West Texas
    # Intermediate") names no place at all.
    things, grade_spans = _namesakes(text)
    if things or grade_spans:
        raw = [
            f for f in raw
            if not any(s <= f.candidate.start and f.candidate.end <= e for s, e in grade_spans)
            and not (f.weak_single and f.candidate.text.lower() in things
                     and not _place_cue(text, f.candidate.start, f.candidate.end, gaz, schools=False))
        ]
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
                if _place_cue(text, c.start, c.end, gaz, schools=False):
                    cued[c.key] = cued.get(c.key, 0) + 1
        placed = {k for k, n in cued.items() if n * _CUE_SHARE >= seen[k]}
        # listed with other places ("Bethel, Sharon and Goshen", "at the Boone and Marshall farms"),
        # also with names placed in this way ("in Ashford, Milton, Oakley and Grant")
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
    kept = tuple(
        _with_namesake_area(text, f.candidate, gaz)
        for f in raw
        if not (f.weak_single and f.candidate.text.lower() in people)
        and (not f.weak_position or f.candidate.key in strong)
        and not (f.weak_single and f.candidate.key in risky)
    )
    return _elided_compass_names(text, _saint_areas(text, kept, gaz), gaz)


# "in North and South Kivu", "West and North Darfur", "North and South Waziristan districts": the
# first compass word shares the name that follows the second
_COMPASS_BEFORE = re.compile(r"\b(?P<w>North|South|East|West|Central|Upper|Lower)\s+(?:and|or|&)\s+$")
_COMPASS_HEAD = re.compile(r"(?:North|South|East|West|Central|Upper|Lower)\s+(?=\S)")


def _elided_compass_names(text: str, cands: tuple[Candidate, ...], gaz) -> tuple[Candidate, ...]:
    """Add the place that a bare compass word names by sharing the rest of the next name: "North
    and South Kivu" names North Kivu too, written "North" alone. The shared name must be one of
    the gazetteer's (an area, or a district where the text called the pair districts)."""
    out = list(cands)
    for c in cands:
        head = _COMPASS_HEAD.match(c.text)
        if head is None or c.form != "name":
            continue
        before = _COMPASS_BEFORE.search(text, max(0, c.start - 20), c.start)
        if before is None:
            continue
        key = normalize(f"{before.group('w')} {c.text[head.end():]}")
        places = gaz.by_key(key)
        if not places and any(p.kind == "admin2" for p in c.places):
            places = gaz.districts_by_key(key)
        if places:
            start, end = before.start("w"), before.end("w")
            out.append(Candidate(start, end, text[start:end], key, tuple(places), "name", c.cues))
    return tuple(sorted(out, key=lambda x: (x.start, x.end))) if len(out) > len(cands) else cands


def _saint_areas(text: str, cands: tuple[Candidate, ...], gaz) -> tuple[Candidate, ...]:
    """"St Catherine" in a text that names Jamaica is also Jamaica's parish of Saint Catherine.

    "St" is "Saint" written short, and the two spellings are one name; but a key of the short
    form holds only the places that GeoNames lists under it ("St Catherine", a village in
    Egypt), while Natural Earth's first-level areas are spelt out (the parishes of Jamaica,
    Barbados, Dominica, Antigua). Such an area is one more reading of the short form where the
    text names its country, and only there: a "St. James" in a US story stays among the US
    places of that name, and a "St. John's" school is not Barbados' parish. A town of one
    country named right before it with a comma names that country too ("OCHO RIOS, St Ann —",
    "Speightstown, St Peter": a dateline or an address gives the parish after its town)."""
    heads = [k for k, c in enumerate(cands) if c.form != "demonym" and c.key.partition(" ")[0] in _SAINT_HEADS]
    if not heads:
        return cands
    named = {p.country for c in cands for p in c.places if p.kind == "country"}
    out = list(cands)
    for k in heads:
        c = cands[k]
        head, _, rest = c.key.partition(" ")
        here = named
        if k > 0 and text[cands[k - 1].end : c.start] == ", " and cands[k - 1].places:
            lands = {p.country for p in cands[k - 1].places}
            if len(lands) == 1:
                here = named | lands
        extra = tuple(p for p in gaz.by_key(f"{_HEAD_ABBREVIATIONS[head]} {rest}")
                      if p.kind == "admin1" and p.country in here and p not in c.places)
        if extra:
            out[k] = dataclasses.replace(c, places=c.places + extra)
    return tuple(out)


#: The short forms of "Saint" and "Sainte" that head names, normalized (see :func:`_saint_areas`).
_SAINT_HEADS = frozenset(("st", "ste"))


# "the Zaporizhzhia region", "Odesa oblast": an area word after a town's name (not "state":
# the United States' states and Nigeria's are known by their own names); "the Idlib
# countryside": the rural area around a town, in Syrian usage its governorate
_AREA_AFTER = re.compile(r"\s+(?P<word>region|oblast|province|governorate|prefecture|countryside)\b", re.IGNORECASE)
#: A town must have this many people for the area word after its name to mean the area named after it.
NAMESAKE_MIN_POP = 20_000


def _with_namesake_area(text: str, c: Candidate, gaz) -> Candidate:
    """The candidate, with the first-level area named after its town where the text calls the
    name an area ("the Zaporizhzhia region", "Odesa oblast") and the gazetteer spells the area
    otherwise (Natural Earth's "Zaporizka", "Odeska"; GeoNames has the town's current English
    spelling, the area sources an older one or the native adjective). The area word then picks
    the area (:func:`geo.geoparse.resolve._hierarchy`) as it does for names the area has."""
    after = _AREA_AFTER.match(text, c.end)
    if c.form != "name" or after is None:
        return c
    # an area known as "<town> countryside" ("Damascus Countryside", Rif Dimashq) is that area,
    # not the town's own governorate (Damascus city is one of its own)
    known = tuple(p for p in gaz.by_key(normalize(f"{c.text} {after['word']}")) if p.kind == "admin1" and p not in c.places)
    if known:
        return dataclasses.replace(c, places=c.places + known)
    if any(p.kind in ("admin1", "country") for p in c.places):
        return c
    extra = []
    for p in c.places:
        if p.kind != "place" or p.population < NAMESAKE_MIN_POP or p.admin1 is None:
            continue
        area = gaz.admin1_of(p)
        if area is not None and area.kind == "admin1" and area not in extra and _named_after(normalize(area.name), normalize(p.name)):
            extra.append(area)
    return dataclasses.replace(c, places=c.places + tuple(extra)) if extra else c


def _named_after(area: str, town: str) -> bool:
    """Is the area's name the town's, or an adjective or suffixed form of it ("zaporizka" of
    "zaporizhzhya", "odeska" of "odesa", "kharkivska" of "kharkiv")? Both start alike and
    share most letters.

    >>> _named_after("zaporizka", "zaporizhzhya"), _named_after("odeska", "odesa"), _named_after("donetska", "luhansk")
    (True, True, False)
    """
    return area[:4] == town[:4] and difflib.SequenceMatcher(None, area, town).ratio() >= 0.6


# -- recognisers: each returns the token to go on from when it took the token, else None ------


# -- judging a span in its context ------------------------------------------------------------


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


