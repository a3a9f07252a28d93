"""The second party of an event when it depends on its place or on earlier events.

Run once an event is placed: a visit's host is the country of its destination (CAMEO 042,
"X visited Tehran" -> X, Iran); an accusation reported with "said" names the country the attack
is attributed to ("officials said the raid had been launched from Pakistani territory" ->
against Pakistan); a statement about an earlier event names that event's actor ("Niger
condemned the strike" -> Niger, Mali; "Venezuela rejected the accusation" -> the accuser); a
summoned envoy's country is the other party of the complaint.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from geo.events import rules as lex
from geo.events.actors import RECALL, Actor
from geo.events.drafts import OWN_CLAUSE, Context, Draft, referred_party, state_of, strength, twin_of
from geo.events.lookups import CountryFn
from geo.events.places import PRECISION, event_location, place_country
from geo.events.rules import VIOLENT_TYPES
from geo.events.triggers import Trigger
from geo.models import Mention, Place, Span

__all__ = ["complete_parties", "visit_host", "accused", "mutual_accusation", "separate_meetings"]


def complete_parties(
    d: Draft,
    text: str,
    t: Trigger,
    window: tuple[int, int],
    actors: list[Actor],
    mentions: list[Mention],
    ctx: Context,
    country: CountryFn,
) -> bool:
    """Complete ``d.actors`` (actor 1 -> actor 2); False when the draft is no event after all."""
    s = d.sentence
    if t.rule.has("visitor_is_subject") and d.location is not None and d.location_note == "destination":
        # CAMEO 042: actor 1 visits actor 2, the country of the destination
        host = country(place_country(d.location, mentions))
        guest = visit_host(d.actors, host, ctx.recent_actors() + actors)
        if guest is not None and len(d.actors) < 2:  # "to brief EU officials": they are the party
            d.actors.append(guest)
    if t.rule.has("reported_accusation"):
        # "officials said the raid had been launched from Pakistani territory": against Pakistan
        target = accused(text, t.end, s.end, actors, mentions, country)
        subjects = {a.name for a in actors if window[0] <= a.start < t.start}
        speaker = d.actors[0] if d.actors and d.actors[0] in subjects else None
        if speaker is None and lex.UNNAMED_OFFICIALS.search(text, window[0], t.start):
            # unnamed officials speak for the country the statement was made in, or reported from
            # a site read from context (the country of the events told) says nothing of the speaker
            home = country(place_country(d.location, mentions)) if strength(d) == OWN_CLAUSE else None
            if home is None and ctx.dateline is not None:
                home = ctx.dateline if ctx.dateline.kind == "country" else country(ctx.dateline.country)
            speaker = home.name if home is not None else "Officials"
        if target is None or speaker is None or speaker == target:
            return False  # a report of who did it (witnesses), or a country speaking of itself
        d.actors = [speaker, target]
    if t.rule.has("about_earlier_event") and len(d.actors) == 1:
        # "Niger condemned the strike": the party of the event it is about
        verb_end = _verb_end(text, t)
        other = referred_party(text, verb_end, window[1], ctx.drafts, d.actors[0])
        if other is not None:
            d.actors.append(other)
    if t.rule.has("summons_envoy"):
        # "summoned Myanmar's ambassador": the envoy's country is the other party
        envoy = next((a for a in actors if t.start <= a.start and a.end <= t.end and a.kind == "country"), None)
        if envoy is not None and envoy.name not in d.actors:
            d.actors.append(envoy.name)
    if d.type == "Diplomacy" and d.subtype in _SAID and not d.actors and not lex.STATEMENT_SPEAKER.search(
        text, window[0], t.start
    ) and not lex.RECIPROCAL.search(text, window[0], window[1]) and not (
        # ("each country blamed the other": the two parties speak, see mutual_accusation)
        # "The regional government said … It condemned the attack": "it" is the party just named
        lex.PRONOUN_SPEAKER.match(text, window[0], t.start)
        and lex.STATEMENT_SPEAKER.search(text, max(0, s.start - _PRONOUN_REACH), s.start)
    ):
        # a condemnation or a warning nobody speaking for a party makes ("critics condemned the
        # plan", "the plan was criticised") is commentary, not a party's diplomatic act
        return False
    if d.type == "Diplomacy" and lex.FIRST_PERSON_SUBJECT.search(text, max(window[0], t.start - 40), t.start) and not _quoted(text, s.start, t.start):
        # "one day we met our teacher": the writer's own trip, no act between states (in a quote,
        # "we met the delegation" is the speaker's)
        return False
    if t.rule.has("appeal") and (
        lex.APPEAL_TO_THE_PUBLIC.match(text, t.end, window[1])
        or (lex.PASSIVE_APPEAL.search(text, max(window[0], t.start - 12), t.start) and not re.match(r"\s+by\b", text[t.end:t.end + 5]))
    ):
        # "the police chief urged residents to stay calm", "farmers have been urged to grow
        # other crops": a government speaking to its own people, or nobody named speaking
        return False
    if d.type == "Diplomacy" and d.subtype in _SAID and not (t.rule.has("between_states") and ctx.statements) and _non_state_speaker(
        text, t, window, d, actors
    ):
        # (CASE codes an armed group's claim of an attack: kept when asked, like the calls below)
        # a diplomatic act is a government's: what civilians, protesters, rebels, parties or
        # rights groups say ("the rebels accused the army", "residents condemned the raid") is
        # part of the story told, not an act between states
        return False
    if d.type == "Diplomacy" and d.subtype in _SAID and _told_at_home(text, s, t, window):
        return False
    if t.rule.has("between_states") and not ctx.statements and not _between_states(d, text, t, window, actors, ctx):
        # a call, a denial, a claim of who did it is an act between states only when a state
        # speaks to, answers or blames another state ("Pakistan urged Iran to withdraw"); a
        # governor's call on all sides, a denial of a charge no state made, an armed group's
        # claim of an attack are part of the story told
        return False
    return True


def _told_at_home(text: str, s: Span, t: Trigger, window: tuple[int, int]) -> bool:
    """Is the statement at ``t`` one side of a story at home, no act of one state towards another?

    "the army accused the rebels of the ambush", "the military blamed the paramilitary RSF": a
    warring army naming the enemy it fights is the fighting told from one side (its parties are
    the battle's actors); "he accused the government of failing the poor": the opposition or
    critics at home, where no state is named.
    """
    # (the army at the clause's start, or the sentence's: "The army, which blamed the rebels, said")
    army = lex.ARMY_SPEAKER.match(text, window[0], t.start) or lex.ARMY_SPEAKER.match(text, s.start, t.start)
    if army and lex.ARMED_GROUP_ACCUSED.match(text, _verb_end(text, t), window[1]):
        return True
    if _accuses(text, t) and lex.IRREGULARS_ACCUSED.match(text, _verb_end(text, t), window[1]) and not lex.GOVERNMENT_SPEAKS.search(text, s.start, t.start):
        # ("local officials blamed a militia", "the minister blamed suspected armed youth"): armed
        # men of no state charged are the fighting told from one side at home; a government's
        # charge ("the Syrian government ... accused the rebels of staging the attack") may answer
        # another state's, so it is left to the readings below
        return True
    # ("accused the police of beating students": the speaker's own forces, named by no state)
    return lex.THE_GOVERNMENT_ADDRESSED.match(text, t.end, window[1]) is not None or lex.THE_FORCES_ACCUSED.match(
        text, t.end, window[1]
    ) is not None


def _accuses(text: str, t: Trigger) -> bool:
    """Is the trigger at ``t`` a charge ("accused", "blamed"), not a condemnation or a denial?"""
    return text[t.start:t.end].lower().startswith(("accus", "blam"))


def _verb_end(text: str, t: Trigger) -> int:
    """Where the verb of a reaction's trigger ends: "rejected the charge", "rejected Iran's
    charge" are one trigger, what follows the verb names what it reacts to."""
    return t.start + len(text[t.start:t.end].split()[0])


def _between_states(d: Draft, text: str, t: Trigger, window: tuple[int, int], actors: Sequence[Actor], ctx: Context) -> bool:
    """Does the first party of ``d`` speak for a state and another stand for another state?

    A state's denial with no other party answers a state (:func:`_accuser_of`), which becomes
    its other party.
    """
    if not d.actors:
        return False
    speaker = _states(d.actors[0], actors, ctx)
    if not speaker:
        return False
    if len(d.actors) == 1 and (t.rule.has("denial") or t.rule.has("attribution")):
        accuser = _accuser_of(speaker, text, t, window, actors, ctx)
        if accuser is not None:
            d.actors.append(accuser)
    return any(_states(p, actors, ctx) - speaker for p in d.actors[1:])


def _accuser_of(
    states: frozenset[str], text: str, t: Trigger, window: tuple[int, int], actors: Sequence[Actor], ctx: Context
) -> str | None:
    """The state a denial by ``states`` at ``t`` answers, or None: the state named as the
    charge's maker ("rejected Iran's charge", "denied the accusations by Iran"), else the speaker
    of the last accusation told against one of ``states`` or a group of theirs ("Iran accused
    militants based in Pakistan … Pakistan denied any involvement"), else, for "denied the
    charge", the state an attack told as theirs struck ("Azerbaijani troops fired at Armenian
    positions, Armenia said … Azerbaijan denied the charge")."""
    verb_end = _verb_end(text, t)
    for a in actors:
        if a.kind == "country" and a.name not in states and (
            verb_end <= a.start < t.end or (t.end <= a.start < window[1] and lex.CHARGE_BY.fullmatch(text, t.end, a.start))
        ):
            return a.name
    said = [x for x in ctx.drafts[-RECALL:] if x.subtype == "Statement/Accusation" and not x.rule.has("denial") and not x.rule.has("appeal")]
    for x in reversed(said[-10:]):
        if len(x.actors) > 1 and any(_states(a, actors, ctx) & states or state_of(a) in states for a in x.actors[1:]):
            accuser = _states(x.actors[0], actors, ctx)
            return x.actors[0] if accuser and not accuser & states else None
    if lex.REFERRED_EVENT.match(text, verb_end, window[1]):
        struck = [x for x in ctx.drafts[-RECALL:] if x.type in VIOLENT_TYPES and len(x.actors) > 1]
        for x in reversed(struck[-10:]):
            if _states(x.actors[0], actors, ctx) & states:
                other = _states(x.actors[1], actors, ctx)
                return x.actors[1] if other and not other & states else None
    return None


def _states(name: str, actors: Sequence[Actor], ctx: Context) -> frozenset[str]:
    """The states the party ``name`` speaks for: a country (or its capital), a state's office or
    official ("Foreign minister of Iran", "Foreign Ministry (Iran)"), the countries "the two
    countries" stands for; none for a group, a party or anyone the text gives no state."""
    a = next((x for x in reversed(actors) if x.name == name), None) or next(
        (x for x in reversed(ctx.recent_actors()) if x.name == name), None
    )
    kind = a.kind if a is not None else ctx.kinds.get(name)
    if kind == "country":
        return frozenset({name})
    if kind == "refs":
        return frozenset(a.members) if a is not None else frozenset()
    if kind in ("person", "role", "org"):
        state = state_of(name)
        if state != name and state in ctx.latest_country and not lex.NON_STATE_SPEAKER.match(name):
            return frozenset({state})
    return frozenset()


def _quoted(text: str, start: int, pos: int) -> bool:
    """Is ``pos`` inside a quotation opened since ``start`` (an odd number of straight quotes, or
    an opening curly quote not closed)?"""
    before = text[start:pos]
    return before.count('"') % 2 == 1 or before.rfind("\u201c") > before.rfind("\u201d")


def _non_state_speaker(text: str, t: Trigger, window: tuple[int, int], d: Draft, actors: list[Actor]) -> bool:
    """Whether the subject of the statement at ``t`` speaks for no state.

    A state's speaker named between that subject and the verb is the one who speaks
    ("residents said the governor condemned the raid").
    """
    end = None
    speaker = next((a for a in actors if d.actors and a.name == d.actors[0] and window[0] <= a.start < t.start), None)
    if speaker is not None and speaker.kind == "country" and (pos := re.match(r"(?:'s|’s)\s+", text[speaker.end:speaker.end + 4])):
        # "Mexico's Catholic bishops condemned", "Norland's main opposition party accused": the
        # land's possessive says whose clergy or party speaks, not that the state does
        if (m := lex.NON_STATE_SPEAKER.match(text, speaker.end + pos.end(), t.start)) is not None:
            return lex.STATE_SPEAKER.search(text, m.end(), t.start) is None
    if speaker is not None and speaker.kind in ("country", "role", "group"):
        # a country, an office; a group by its noun: "villagers", "Baloch separatists", not "the
        # provincial government". A person or an organisation is known by the words that
        # open the clause ("Leaders of the party, the PPP, condemned").
        if speaker.kind != "group" or lex.NON_STATE_SPEAKER.match(speaker.name) is None:
            return False
        end = speaker.end
    if end is None and d.actors and any(a.name == d.actors[0] and a.kind == "org" for a in actors) and lex.NON_STATE_SPEAKER.match(d.actors[0]):
        # the speaker read as an organisation named a party or a movement ("Awami League"),
        # however the clause calls it ("the AL", "the party's leaders")
        end = window[0]
    if end is None:
        m = lex.NON_STATE_SPEAKER.match(text, window[0], t.start)
        if m is None and text.endswith("ing", t.start, _verb_end(text, t)) and lex.SUBJECT_PARTICIPLE.search(text, window[0], t.start):
            # "The gangs opposed him, blaming him for ...": the participle's subject opens the sentence
            m = lex.NON_STATE_SPEAKER.match(text, d.sentence.start, t.start)
        if m is None:
            return False
        end = m.end()
    return lex.STATE_SPEAKER.search(text, end, t.start) is None


#: How far before its sentence the party that "it" or "they" stands for is looked for.
_PRONOUN_REACH = 250

#: The Diplomacy sub-types that are things said: each needs someone who said it.
_SAID = ("Statement/Accusation", "Threat")


def visit_host(
    parties: Sequence[str], host: Place | None, known: Sequence[Actor]
) -> str | None:
    """The host country a visit is made to (CAMEO 042: actor 1 visits actor 2), or None.

    ``host`` is the country of the visit's destination; it is no party when a visitor already
    stands for it ("visited Iran", "met Iranian officials") or belongs to it (a minister
    touring their own country). ``known`` are the actors recognised so far, to find the
    visitors' countries.
    """
    if host is None or host.name in parties:
        return None
    countries = {a.country for a in known if a.name in parties and a.country}
    return None if host.id in countries else host.name


def accused(
    text: str, start: int, end: int, actors: Sequence[Actor], mentions: Sequence[Mention], country: CountryFn
) -> str | None:
    """The country an attack is attributed to in ``text[start:end]``, or None.

    "the raid had been launched from Pakistani territory" -> Pakistan; "Kabul was behind the
    attack" -> Afghanistan (the party before "behind"). Only countries and organisations of a
    known country count: a police statement that "gunmen" did it accuses no one.
    """
    m = lex.ATTRIBUTION.search(text, start, end)
    if m is None:
        return None
    behind = bool(re.search(r"behind|responsible", m.group(0), re.I))
    lo, hi = (max(start, m.start() - 40), m.start()) if behind else (m.end(), min(end, m.end() + 50))
    groups = [a for a in actors if a.kind == "group"]
    found: list[tuple[int, str]] = []
    for a in actors:
        if lo <= a.start < hi and (a.kind == "country" or (a.kind == "org" and a.country)):
            found.append((a.start, a.name))
    for x in mentions:
        if x.place is None or x.form == "organisation" or not lo <= x.start < hi:
            continue
        if any(g.start <= x.start and x.end <= g.end for g in groups):
            continue  # "Afghan militants" are militants, not the state
        c = x.place if x.place.kind == "country" else country(x.place.country)
        if c is not None:
            found.append((x.start, c.name))
    if not found:
        return None
    found.sort()
    return found[-1][1] if behind else found[0][1]


def mutual_accusation(d: Draft, text: str, window: tuple[int, int], ctx: Context) -> list[Draft]:
    """The second speaker's statement when ``d`` tells two parties accusing each other ("Iran and
    Pakistan blamed each other", "each side blamed the other", "the two traded accusations"), or
    nothing. The parties are the two countries the statement names, or else the last two the text
    named; each speaks in its own country (ACLED: one statement per actor).
    """
    if d.subtype != "Statement/Accusation" or not lex.RECIPROCAL.search(text, window[0], window[1]):
        return []
    pair = [a for a in d.actors if a in ctx.latest_country][:2]
    if len(pair) < 2:
        pair = []
        for name, _place in reversed(ctx.countries[-RECALL:]):  # bounded: a reference looks back RECALL names
            if name not in pair:
                pair.append(name)
            if len(pair) == 2:
                break
        pair.reverse()
    if len(pair) < 2:
        return []
    first, second = pair
    d.actors = [first, second]
    twin = twin_of(d, "+each-side")
    twin.actors = [second, first]
    for x, name in ((d, first), (twin, second)):
        if x.location is None or x.location.kind == "country":
            x.location = event_location(ctx.latest_country[name][1], "site", None)
            x.precision, x.location_note = PRECISION["country"], "speaker's country"
            if "+speaker's-country" not in x.rule_name:
                x.rule_name += "+speaker's-country"
    return [twin]


def separate_meetings(d: Draft, text: str, t: Trigger, window: tuple[int, int], actors: Sequence[Actor]) -> list[Draft]:
    """The meetings after the first when ``d`` tells one party's meetings, in the plural or
    "separately", with leaders of several states ("met separately with the premiers of Lindora and
    Ostavia"): ACLED codes a meeting per pair of parties. ``d`` keeps the first counterpart; a twin
    is made for each other one. (The clause ``window`` holds the trigger.)"""
    if d.subtype != "Meeting" or not d.actors or not lex.SEPARATE_MEETINGS.search(text, window[0], window[1]):
        return []
    # the host is the meeting's subject, named before the trigger; when it was not recognised
    # ("Xi held meetings with ..." after "Xi Jinping" two paragraphs up), the first actor read
    # may be a counterpart, and no state is the host's
    host = state_of(d.actors[0]) if any(a.name == d.actors[0] and window[0] <= a.start < t.start for a in actors) else None
    counterparts: list[Actor] = []
    for a in actors:
        if t.end <= a.start < window[1] and a.kind in ("person", "role", "country") and not a.plural:
            state = state_of(a.name)
            if state != host and all(state_of(o.name) != state for o in counterparts):
                counterparts.append(a)
    if len(counterparts) < 2:
        return []
    first = [d.actors[0]] if host is not None else []
    d.actors = [*first, counterparts[0].name]
    twins = []
    for a in counterparts[1:]:
        twin = twin_of(d, "+one-meeting-per-party")
        twin.actors = [*first, a.name]
        twins.append(twin)
    return twins
