"""Who acts: actor phrases of a sentence, and the parties (actor 1 -> actor 2) of an event.

Recognised per sentence, with what the article has said before (:class:`ActorMemory`): titled
people ("Gen. Asim Munir", later "Munir" and "he"), organisations ("Tehreek-e-Taliban
Pakistan", "the Taliban government in Afghanistan" -> "Taliban (Afghanistan)"), countries and
demonyms ("Iranian officials" -> Iran, "Pakistani militants" -> "Militants (Pakistan)"),
capitals speaking for their country ("Kabul rejected"), groups ("gunmen") and references ("the
two countries", "both parties", "they", "them", "its").
"""
from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from geo.events import rules as lex
from geo.events.lookups import CountryFn
from geo.events.rules import PR, RI
from geo.lang.en.titles import TITLE_ABBREVIATIONS
from geo.models import Mention, Place, Span

__all__ = ["Actor", "ActorMemory", "cap", "recognise", "note_countries", "last_two_countries", "event_actors", "RECALL"]


@dataclass
class Actor:
    """An actor phrase at ``start:end`` of the text, resolved to the name events show."""

    start: int
    end: int
    name: str
    kind: str  # person | org | country | group | role | refs
    plural: bool = False
    country: str | None = None  # country id (alpha-3) the actor belongs to, when known
    members: tuple[str, ...] = ()  # for "the two countries": the names it stands for
    place: Place | None = None  # for country actors and metonymy: the place used


@dataclass
class ActorMemory:
    """The actors an article has named so far, for references across sentences ("he", "their")."""

    actors: list[Actor] = field(default_factory=list)
    persons: dict[str, str] = field(default_factory=dict)  # surname -> full display name
    roles: list[Actor] = field(default_factory=list)
    aliases: dict[str, str] = field(default_factory=dict)  # acronym -> organisation name
    countries: list[tuple[str, Place]] = field(default_factory=list)  # (name, country place) in text order
    #: name -> (its latest position in ``countries``, place): a look-up by name reads no list
    latest_country: dict[str, tuple[int, Place]] = field(default_factory=dict)
    first_start: dict[str, int] = field(default_factory=dict)  # actor name -> where it first acted
    #: actor name -> its kind (person, country, role, org, group, refs); the names "the two
    #: countries" stands for are countries
    kinds: dict[str, str] = field(default_factory=dict)

    def add_actors(self, actors: Sequence[Actor]) -> None:
        """Remember the actors of one sentence (in text order).

        Only the last :data:`RECALL` are ever read back, so older ones are let go (in batches, so
        that the list is cut once every RECALL sentences' worth at most).
        """
        self.actors.extend(actors)
        if len(self.actors) > 2 * RECALL:
            del self.actors[:-RECALL]
        for a in actors:
            self.first_start.setdefault(a.name, a.start)
            self.kinds[a.name] = a.kind
            for n in a.members:
                self.kinds[n] = "country"

    def add_country(self, name: str, place: Place) -> None:
        """Remember that the text named the country ``place`` (as ``name``), after all before."""
        self.countries.append((name, place))
        self.latest_country[name] = (len(self.countries) - 1, place)

    def last_country_named(self, *names: object) -> Place | None:
        """The country last remembered under one of ``names`` (what reading ``countries`` back from
        the end would find), or None; names that are no string are no name."""
        hits = [self.latest_country[n] for n in names if isinstance(n, str) and n in self.latest_country]
        return max(hits, key=lambda hit: hit[0])[1] if hits else None

    def recent_actors(self) -> list[Actor]:
        """The last :data:`RECALL` actors: how far back a reference ("he", "the two countries") looks."""
        return self.actors[-RECALL:]


#: How many earlier actors, roles, countries or events a reference looks back through. A
#: reference points to something told a few paragraphs before, never thousands of items back;
#: the bound keeps the work per sentence constant, so an article's time grows linearly.
RECALL = 200


def note_countries(memory: ActorMemory, mentions: Sequence[Mention], country: CountryFn) -> None:
    """Remember the countries a sentence names, directly or by a demonym of one of its places."""
    for m in mentions:
        if m.place and m.place.kind == "country" and m.form != "organisation":
            memory.add_country(m.place.name, m.place)
        elif m.place and m.form != "organisation" and m.place.kind in ("admin1", "place"):
            c = country(m.place.country)
            if c is not None and m.form == "demonym":
                memory.add_country(c.name, c)


def cap(s: str) -> str:
    """White space collapsed, first letter upper case: "security  forces" -> "Security forces"."""
    s = _SPACES.sub(" ", s.strip())
    return s[:1].upper() + s[1:]


def recognise(text: str, s: Span, mentions: list[Mention], ctx: ActorMemory, country: CountryFn) -> list[Actor]:
    """Actor phrases of one sentence, resolved (people, organisations, countries, groups, references)."""
    found: list[Actor] = []
    seg = text[s.start:s.end]
    base = s.start

    def taken(a: int, b: int) -> bool:
        return any(x.start < b and a < x.end for x in found)

    def add(actor: Actor) -> None:
        if not taken(actor.start, actor.end):
            found.append(actor)

    org_mentions = [m for m in mentions if m.form == "organisation"]
    # organisations first: they hold place names ("Tehreek-e-Taliban Pakistan"); the full
    # pattern is slow, so it only runs where a head word occurs
    phrases = _phrases(seg)
    for m in phrases.orgs:
        name = m.group(0).strip()
        name = re.split(r"(?:'s|’s)\s+", name)[-1]  # "Afghanistan's Taliban" -> Taliban (owner below)
        while name.split(" ", 1)[0].lower() in lex.LEADING and " " in name:
            name = name.split(" ", 1)[1]
        full = name  # "Fighters of the X" is X acting, and the span covers the fighters too
        members = lex.MEMBERS_OF.match(name)
        if members:
            name = name[members.end():]
        words = name.split()
        if not words or (len(words) == 1 and words[0] in lex.ORG_NOT_ALONE):
            continue
        if words[0] in ("Gen.", "President"):
            continue
        start = base + m.start() + m.group(0).rfind(full)
        end = start + len(full)
        if any(
            start <= x.start and x.place is not None and x.form != "organisation"
            and x.place.kind in ("admin1", "admin2", "place")
            and (x.end == end or (x.place.kind == "admin1" and lex.PROVINCE_WORD_AFTER.match(text[x.end:end])))
            for x in mentions
        ):
            # "Rakhine State" is the place the geoparser read, not an organisation; so is a name
            # ending in it ("in Bokkos Local Government Area of Plateau State": the area of a state),
            # and a province read bare before the word of its rank ("in Sennar State")
            continue
        # a country-named org ("Pakistan Army") stays an org; "Afghanistan's Taliban" -> Taliban (Afghanistan)
        owner = _owner_country(text, start, end, mentions, country)
        display = name
        if owner and owner.name not in name:
            display = f"{name} ({owner.name})"
        actor = Actor(start, end, display, "org", plural=True, country=owner.id if owner else None)
        alias = lex.ACRONYM_ALIAS.match(text, end)
        if alias and alias.end() <= s.end:
            ctx.aliases[alias.group("acr")] = display
            actor.end = end  # the alias itself is registered, not part of the span
        add(actor)
    # known acronyms and surnames: look each capitalised word up (linear in the sentence)
    for m in _CAPITALISED.finditer(seg) if ctx.aliases else ():
        if m.group(0) in ctx.aliases:
            add(Actor(base + m.start(), base + m.end(), ctx.aliases[m.group(0)], "org", plural=True))
    for m in phrases.persons:
        name = re.sub(r"(?:'s|’s)$", "", m.group(0))
        surname = name.split()[-1]
        # "FM Velan" is Foreign Minister Velan
        name = _full_title(m.group("title")) + name[len(m.group("title")):]
        owner = _office_country(text, base + m.start(), mentions, country)
        if owner is not None:
            # "Iran's Information Minister X", "the Iranian Foreign Minister X": the office is the
            # country's, and so is what its holder says (ACLED: "Government of Iran")
            name = f"{name} ({owner.name})"
        else:
            # "President Roy", "PM Saman" after "the Iranian President Saman Roy": the person
            # named before, who speaks for his state
            name = _named_before(ctx, re.sub(r"(?:'s|’s)$", "", m.group("name")).split()) or name
        ctx.persons[surname] = name
        add(Actor(base + m.start(), base + m.start() + len(m.group(0).removesuffix("'s").removesuffix("’s")), name, "person", country=owner.id if owner else None))
    for m in _CAPITALISED.finditer(seg) if ctx.persons else ():
        if m.group(0) in ctx.persons:
            add(Actor(base + m.start(), base + m.end(), ctx.persons[m.group(0)], "person"))
    for m in phrases.roles:
        role = m.group("role").lower()
        owner_word = m.group("owner") or m.group("dem")
        a, b = base + m.start(), base + m.end()
        owner = None
        if owner_word:
            owner = _mention_country(mentions, a, a + len(owner_word) + 2, country)
        if owner is not None:
            actor = Actor(a, b, f"{cap(role)} of {owner.name}", "role", country=owner.id)
            ctx.roles.append(actor)
            if len(ctx.roles) > 2 * RECALL:
                del ctx.roles[:-RECALL]  # only the last RECALL are read back
            add(actor)
        elif m.group("the") and not owner_word:
            head = role.split()[-1]
            prev = next((r for r in reversed(ctx.roles[-RECALL:]) if r.name.lower().split(" of ")[0].endswith(head)), None)
            if prev is not None:
                add(Actor(a, b, prev.name, "role", country=prev.country))
    for m in phrases.org_refs:
        org = next((x for x in reversed(ctx.actors[-40:] + found) if x.kind == "org" and x.start < base + m.start()), None)
        if org is not None:
            add(Actor(base + m.start(), base + m.end(), org.name, "org", plural=True, country=org.country))
    for m in phrases.plural_refs:
        pair = last_two_countries(ctx, found, base + m.start())
        if pair:
            add(Actor(base + m.start(), base + m.end(), " and ".join(pair), "refs", plural=True, members=tuple(pair)))
    for m in mentions:
        if m.form == "organisation" or m.place is None:
            continue
        if m.form == "demonym":
            c = m.place if m.place.kind == "country" else country(m.place.country)
            if c is None:
                continue
            after = text[m.end:min(s.end, m.end + 60)]
            # "Pakistani and Afghan border forces": both demonyms qualify the noun
            coord = re.match(r"\s+(?:and|or)\s+[A-Z][a-z]+(?=\s)", after)
            if coord:
                after = after[coord.end():]
            g = _lexicon_patterns().gov_after.match(after)
            grp = _lexicon_patterns().group_after.match(after)
            shift = coord.end() if coord else 0
            if grp and not lex.STATE_GROUP.match(grp.group("noun")):
                end = m.end + shift + grp.end()
                add(Actor(m.start, end, f"{cap(grp.group('noun'))} ({c.name})", "group", plural=True, country=c.id))
            elif g and coord:
                add(Actor(m.start, m.end, c.name, "country", country=c.id, place=c))
            elif g:
                add(Actor(m.start, m.end + shift + g.end(), c.name, "country", country=c.id, place=c))
            continue
        if m.place.kind == "country":
            before = text[max(s.start, m.start - 30):m.start]
            after = text[m.end:m.end + 40]
            if re.search(r"\b(?:in|at|near|to|into|from|across|inside|within|throughout|toward|towards|over|along|of\s+the|with)\s+(?:(?:north|south|east|west|central|north-?west|north-?east|south-?west|south-?east)(?:ern)?\s+)?(?:[A-Z][\w-]+,?\s+(?:and|or)\s+)?$", before, re.I):
                continue
            if re.match(r"(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:province|region|state|district|territory|side|border|soil|city|capital|town)\b", after, re.I):
                continue
            if any(o.start <= m.start and m.end <= o.end for o in org_mentions):
                continue
            if lex.AREA_OF.search(before):
                continue  # "the Tillaberi region of Niger": where, not who
            if re.match(r"\s*[-–]\s*[A-Z]", after):
                continue  # "Pakistan-Iran border": a border name, not an actor
            gov = _lexicon_patterns().possessive_gov.match(after)
            if gov:  # "Sudan's army", "Pakistan's military": the state acting
                add(Actor(m.start, m.end + gov.end(), m.place.name, "country", country=m.place.id, place=m.place))
                continue
            add(Actor(m.start, m.end, m.place.name, "country", country=m.place.id, place=m.place))
        elif m.place.kind == "place":
            before = text[max(s.start, m.start - 25):m.start]
            after = text[m.end:m.end + 60]
            off = lex.OFFICIALS_IN.search(before)
            c = country(m.place.country)
            if c is None:
                continue
            if off:
                add(Actor(m.start - len(off.group(0)), m.end, c.name, "country", country=c.id, place=m.place))
            elif _lexicon_patterns().speech_after.match(after) and (
                not before.strip() or re.search(r"(?:^|[,;:]|\band)\s*$", before)
            ):
                add(Actor(m.start, m.end, c.name, "country", country=c.id, place=m.place))
    for m in phrases.possessed_forces:
        a = base + m.start()
        ref = _singular_ref(ctx, found, a) if m.group("pro").lower() in ("its",) else None
        if m.group("pro").lower() == "their":
            pair = _last_plural(ctx, found, a)
            if pair is not None and pair.kind == "refs":
                add(Actor(a, base + m.end(), pair.name, "refs", plural=True, members=pair.members))
                continue
        if ref is not None:
            add(Actor(a, base + m.end(), ref.name, ref.kind, country=ref.country, place=ref.place))
    for m in phrases.groups:
        a, b = base + m.start(), base + m.end()
        if taken(a, b):
            continue
        name = cap(m.group(0))
        based = _BASED_IN.match(text[b:b + 20])
        if based:
            home = next((x for x in mentions if x.start == b + based.end() and x.place is not None), None)
            hc = None if home is None else (home.place if home.place.kind == "country" else country(home.place.country))
            if hc is not None:
                name = f"{name} ({hc.name})"
        add(Actor(a, b, name, "group", plural=not name.lower().endswith(("bomber",))))
    for m in phrases.pronouns:
        a, b = base + m.start(), base + m.end()
        if taken(a, b):
            continue
        word = m.group(0).lower()
        if word == "it":
            r = _singular_ref(ctx, found, a)
            if r is not None:
                add(Actor(a, b, r.name, r.kind, country=r.country, place=r.place))
        elif word in ("he", "she", "him"):
            p = next((x for x in reversed(found + ctx.recent_actors()) if x.kind in ("person", "role") and x.start < a), None)
            if p is not None:
                add(Actor(a, b, p.name, p.kind, country=p.country))
        else:
            subj = _clause_subject(found, a, text)
            p = _last_plural(ctx, found, a, exclude=subj)
            if p is not None:
                add(Actor(a, b, p.name, p.kind, plural=True, country=p.country, members=p.members))
    found.sort(key=lambda x: x.start)
    return found


def without_state(name: str) -> str:
    """An actor's name without the state it speaks for: "President Saman Roy (Iran)" ->
    "President Saman Roy"."""
    return _STATE_SUFFIX.sub("", name)


_STATE_SUFFIX = re.compile(r"\s*\([^()]*\)$")


def _full_title(title: str) -> str:
    """A title with its initials written out: "Deputy PM" -> "Deputy Prime Minister"."""
    return " ".join(TITLE_ABBREVIATIONS.get(w, w) for w in title.split())


#: How many of the people named last a shorter name of one of them is looked for among.
_NAMED_BEFORE = 50


def _named_before(ctx: ActorMemory, words: list[str]) -> str | None:
    """The name under which a person whose name has all of ``words`` was named before ("Roy" or
    "Saman" of "President Saman Roy (Iran)"), the latest first; None if nobody."""
    if not words:
        return None
    for known in itertools.islice(reversed(ctx.persons.values()), _NAMED_BEFORE):
        have = set(without_state(known).split())
        if have.issuperset(words):
            return known
    return None


class _LexiconPatterns(NamedTuple):
    """Patterns built from the rules file's word lists, compiled once (not formatted per mention)."""

    gov_after: re.Pattern[str]  # "Pakistani officials": a demonym naming its state
    group_after: re.Pattern[str]  # "Pakistani militants": a demonym naming a group
    possessive_gov: re.Pattern[str]  # "Sudan's army"
    speech_after: re.Pattern[str]  # "Kabul rejected": a capital speaking for its country


@functools.cache
def _lexicon_patterns() -> _LexiconPatterns:
    return _LexiconPatterns(
        re.compile(rf"\s+(?:[\w-]+\s+)?(?P<noun>{lex.GOV_NOUNS}|{lex.STATE_MEANS})\b", re.I),
        re.compile(rf"\s+(?:[\w-]+\s+)?(?P<noun>{lex.GROUP_NOUNS})\b", re.I),
        re.compile(rf"(?:'s|’s)\s+(?:[\w-]+\s+)?(?:{lex.GOV_NOUNS})\b", re.I),
        re.compile(rf"\s+{lex.SPEECH}", re.I),
    )


_BY = re.compile(r"\bby\s+")
_SPACES = re.compile(r"\s+")
_BASED_IN = re.compile(r"\s+(?:based\s+in|from)\s+")
_APPOSITION = re.compile(r",\s+(?:the|a|an|who|its|his|her)\b[^,]{0,120},")
_COORDINATION = re.compile(r"(?:'s|’s)?\s*(?:,|and|&|as\s+well\s+as|,\s*and)?\s*(?:its|their|his|her)?\s*(?:neighbou?r(?:ing)?|ally|rival|counterpart)?\s*", re.I)
_AND_BUT = re.compile(r"\s(?:and|but)\s")
_COMMA = re.compile(r"[,;]")
_OPENS_AND_BUT = re.compile(r"\s*,?\s*(?:and|but)\b")
_WITH_AGAINST = re.compile(r"\s+(?:with|against)\b")
_ABOUT = re.compile(r"\b(?:that|to\s+(?:stop|increase|take|run|eradicate))\b")
_PARTICIPANTS = re.compile(r"(?:protesters|demonstrators|rioters|mobs?)\b", re.I)


class _Phrases(NamedTuple):
    """The matches of the actor patterns in one sentence, in text order (offsets into the sentence)."""

    orgs: tuple[re.Match[str], ...]
    persons: tuple[re.Match[str], ...]
    roles: tuple[re.Match[str], ...]
    org_refs: tuple[re.Match[str], ...]
    plural_refs: tuple[re.Match[str], ...]
    possessed_forces: tuple[re.Match[str], ...]
    groups: tuple[re.Match[str], ...]
    pronouns: tuple[re.Match[str], ...]


# The scans read the sentence's own characters only (it is sliced out of the text), so their
# matches depend on its words alone. News repeats lines (agency boilerplate, "Police arrested
# ... in <town>." lists), and a repeated sentence is not scanned again: the last sentences' matches
# are kept, a bounded number of them.
@functools.lru_cache(maxsize=256)
def _phrases(seg: str) -> _Phrases:
    # the full organisation pattern is slow, so it only runs where a head word occurs
    return _Phrases(
        tuple(lex.ORG.finditer(seg)) if lex.ORG_HEAD.search(seg) else (),
        tuple(lex.PERSON.finditer(seg)),
        tuple(lex.ROLE.finditer(seg)),
        tuple(lex.ORG_REF.finditer(seg)),
        tuple(lex.PLURAL_REF.finditer(seg)),
        tuple(lex.POSSESSED_FORCES.finditer(seg)),
        tuple(lex.GROUP.finditer(seg)),
        tuple(lex.PRONOUN.finditer(seg)),
    )


_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*\w|\b[A-Z]\b")


def _clause_subject(found: list[Actor], pos: int, text: str) -> str | None:
    before = [x for x in found if x.end <= pos and "\n" not in text[x.end:pos]]
    return before[-1].name if before else None


def _owner_country(text: str, start: int, end: int, mentions: list[Mention], country: CountryFn) -> Place | None:
    """'Afghanistan's Taliban' / 'the Taliban government in Afghanistan' -> Afghanistan."""
    for m in mentions:
        if m.place is None or m.form == "organisation":
            continue
        c = m.place if m.place.kind == "country" else country(m.place.country)
        if c is None:
            continue
        if m.end <= start and m.place.kind == "country" and re.fullmatch(r"(?:'s|’s)\s+", text[m.end:start]):
            return c
        if m.start >= end and re.fullmatch(r"\s+(?:\w+\s+){0,2}(?:in|of)\s+", text[end:m.start]):
            return c
    return None


#: Between a country and the title of its office holder: "'s", then up to three capitalised words
#: of the office ("Iran's Information Minister", "Iranian Foreign Minister").
_OFFICE_GAP = re.compile(r"(?:['’]s)?\s+(?:[A-Z][\w-]*\s+){0,3}")


def _office_country(text: str, start: int, mentions: list[Mention], country: CountryFn) -> Place | None:
    """The country named right before a titled person ("Iran's Information Minister X"), or None."""
    for m in reversed(mentions):
        if m.end > start:
            continue
        if m.place is None or m.form == "organisation" or start - m.end > 40:
            return None
        c = m.place if m.place.kind == "country" else None
        if c is None and m.form == "demonym":
            c = country(m.place.country)
        if c is not None and _OFFICE_GAP.fullmatch(text, m.end, start):
            return c
        return None
    return None


def _mention_country(mentions: list[Mention], a: int, b: int, country: CountryFn) -> Place | None:
    for m in mentions:
        if m.place is not None and a <= m.start < b:
            return m.place if m.place.kind == "country" else country(m.place.country)
    return None


def last_two_countries(ctx: ActorMemory, found: list[Actor], pos: int) -> list[str] | None:
    names: list[str] = []
    for x in reversed(ctx.recent_actors() + [f for f in found if f.start < pos]):
        for n in x.members or ((x.name,) if x.kind == "country" else ()):
            if n not in names:
                names.append(n)
        if len(names) >= 2:
            return sorted(names[:2], key=lambda n: _first_position(ctx, found, n))
    for n, _p in reversed(ctx.countries[-RECALL:]):
        if n not in names:
            names.append(n)
        if len(names) >= 2:
            return names[:2][::-1]
    return None


def _first_position(ctx: ActorMemory, found: list[Actor], name: str) -> int:
    if name in ctx.first_start:
        return ctx.first_start[name]
    for x in found:
        if x.name == name:
            return x.start
    return 10**12


def _last_plural(ctx: ActorMemory, found: list[Actor], pos: int, exclude: str | None = None) -> Actor | None:
    for x in reversed(ctx.actors[-40:] + [f for f in found if f.start < pos]):
        if x.plural and x.name != exclude:
            return x
    return None


def _singular_ref(ctx: ActorMemory, found: list[Actor], pos: int) -> Actor | None:
    for x in reversed(ctx.actors[-40:] + [f for f in found if f.start < pos]):
        if x.kind in ("country", "org"):
            return x
    return None


def _coordinated(actors: list[Actor], text: str, nearest: int, direction: int) -> list[Actor]:
    """The nearest actor and those coordinated with it ('Pakistan and its neighbor Iran')."""
    out = [actors[nearest]]
    i = nearest
    while 0 <= i + direction < len(actors):
        a, b = (actors[i + direction], actors[i]) if direction < 0 else (actors[i], actors[i + direction])
        gap = text[a.end:b.start]
        if _COORDINATION.fullmatch(gap) and gap.strip(" ,") != "'s":
            out.append(actors[i + direction])
            i += direction
        else:
            break
    return out


def _strip_appositions(text: str, window: tuple[int, int], pos: int) -> list[tuple[int, int]]:
    """Stretches ', the head of the country's army,' that describe the actor before them."""
    out = []
    for m in _APPOSITION.finditer(text[window[0]:pos]):
        out.append((window[0] + m.start(), window[0] + m.end()))
    return out


_DETERMINER = re.compile(r"\b(?:the|a|an|its|their|his|her|these|those|this|that|any)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_PASSIVE_AUX = re.compile(r"\b(?:was|were|been|being|is|are|be|got)\s+(?:\w+\s+)?$", re.IGNORECASE)


def event_actors(
    text: str,
    t: Span,
    window: tuple[int, int],
    actors: list[Actor],
    next_trigger: int,
    type_: str,
    subtype: str,
    prev_subject: str | None = None,
    prev_end: int | None = None,
) -> list[str]:
    """The parties of the event triggered at ``t``: its subject (or agent), then its object.

    ``next_trigger`` is where the sentence's next event starts (its actors are not this one's);
    ``prev_subject`` acts again after "and" ("X met Y, and held a phone call with Z").
    """
    # an actor inside the trigger words is not a party; one reaching into them ("Pakistani jets
    # struck") is the subject
    inwin = [a for a in actors if window[0] <= a.start and a.end <= window[1] and not (t.start <= a.start and a.end <= t.end)]
    names: list[str] = []

    def push(xs: list[Actor]) -> None:
        for a in xs:
            for n in a.members or (a.name,):
                if n not in names:
                    names.append(n)

    nxt = min(next_trigger, window[1])
    # agent of a passive or nominal trigger: "attacks ... by separatist militants"
    agent = _BY.search(text[t.end:min(window[1], t.end + 60)])
    agent_actor = None
    if agent:
        pos = t.end + agent.end()
        agent_actor = next((a for a in inwin if a.start >= pos and a.start - pos <= 20), None)
    # subject: the actors before the trigger, after any blocking word and outside appositions
    blocks = list(lex.BLOCKERS.finditer(text, window[0], t.start))
    subj_from = blocks[-1].end() if blocks else window[0]
    appos = _strip_appositions(text, (subj_from, t.start), t.start)
    before = [a for a in inwin if subj_from <= a.start < t.start and not any(x <= a.start < y for x, y in appos)]
    participants = _PARTICIPANTS.match(text[t.start:t.end])
    if participants and type_ in (PR, RI):
        names.append("Rioters" if participants.group(0).lower().startswith(("mob", "riot")) else "Protesters")
    # "Iran condemned the action by Pakistan": with a subject and an active verb, "by"
    # names the maker of what the object names, not this event's agent
    # (a noun's agent stays: "to halt the raids … by separatist militants")
    if (
        agent_actor is not None and before and _PASSIVE_AUX.search(text, window[0], t.start) is None
        and _DETERMINER.search(text, max(window[0], t.start - 30), t.start) is None
    ):
        agent_actor = None
    if agent_actor is not None:
        push([agent_actor])
    elif before and _AND_BUT.search(text[before[-1].end:t.start]) and not _COMMA.search(text[before[-1].end:t.start]):
        # "Police arrested five suspects ... and seized": the subject of the first verb acts again
        push(_coordinated(before, text, 0, +1))
    elif before:
        push(_coordinated(before, text, len(before) - 1, -1)[::-1])
    elif prev_subject and (
        _OPENS_AND_BUT.match(text[window[0]:window[0] + 8])
        # "captured the town after weeks of fighting with the military": the subject fought
        or (type_ == "Battles" and _WITH_AGAINST.match(text[t.end:t.end + 9]))
        or (prev_end is not None and _AND_BUT.search(text[prev_end:t.start]) and not _COMMA.search(text[prev_end:t.start]))
    ):
        names.append(prev_subject)  # "X met Y, and held a phone call with Z": X made the call
    # object: the first actor after the trigger (and those coordinated with it)
    after = [
        a for a in inwin
        if a.start >= t.end and a.start < nxt and a is not agent_actor and not lex.SPEAKER_AFTER.match(text, a.end)
    ]
    if after and type_ != PR:
        gap = text[t.end:after[0].start]
        if subtype == "Threat" and gap.strip():
            gap = "to stop"  # what a threat is about is no party to it
        if len(gap) <= 60 and "," not in gap and not _ABOUT.search(gap):
            push(_coordinated(after, text, 0, +1))
    return names

