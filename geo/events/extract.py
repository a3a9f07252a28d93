"""Sentences + resolved place mentions -> events (type, actors, date, location, precision).

Rule based and explainable: each event names the rule that produced it (``Event.rule``), e.g.
``"visit"`` or ``"violence>Armed clash(victims: security forces)+border(their)"``. This module
only orchestrates; per sentence of the article (boilerplate spans and headlines left out):

1. Triggers (:mod:`geo.events.triggers`, rules in :mod:`geo.events.rules`): generic violence is
   classified by its victims and absorbed by a more specific violent event of the sentence;
   protests are escalated by what happened to them. Clauses ("that", "where", ", and",
   "according to", ";" …) cut the sentence so each event reads its own words.
2. Actors (:mod:`geo.events.actors`): people, organisations, countries, demonyms, groups and
   references, then the parties of each event (actor 1 -> actor 2).
3. Location and role (:mod:`geo.events.places`, border segments in :mod:`geo.events.borders`),
   then the parties that depend on them (:mod:`geo.events.parties`: a visit's host country, the
   country an attack is attributed to, the actor of the event a statement is about).
4. Date (:mod:`geo.events.dates`), fatalities (:mod:`geo.events.fatalities`), modality, CAMEO code.
5. Coreference and merging (:mod:`geo.events.drafts`): "the agreement", "the raid" refer back to
   an earlier event; identical events (same type, place, actors, date) are merged.

The module is pure: :func:`extract` depends only on the article, its mentions and the two
look-ups it is given (borders and countries), which default to :mod:`geo.places.areas` and
:mod:`geo.places.gazetteer` (loaded lazily, :mod:`geo.events.lookups`).
"""
from __future__ import annotations

import bisect
import datetime as dt
import logging
import re
from collections.abc import Callable, Sequence

from geo import budget as _budget
from geo.errors import InputError
from geo.events import reading
from geo.events import rules as lex
from geo.events.actors import Actor, event_actors, note_countries, recognise
from geo.events.capitals import bare_capitals, capitals_named
from geo.events.dates import context_before_the_news, date_event, day_of_the_news, listed_days
from geo.events.drafts import OWN_CLAUSE, RECENT, Context, Draft, dedupe, merge_into_antecedent, strength, to_event
from geo.events.fatalities import fatalities_in
from geo.events.later_sites import (
    counted_sites,
    day_of_told,
    land_of_unknown_site,
    listed_sites,
    listed_unknown_sites,
    scene_told_after,
    site_named_later,
    site_of_told,
)
from geo.events.lookups import (
    BorderFn,
    CapitalFn,
    CountryFn,
    border_lookup,
    country_lookup,
    default_border,
    default_capital,
    default_country,
)
from geo.events.parties import complete_parties, mutual_accusation, separate_meetings
from geo.events.places import PRECISION, home_country, is_dateline, note_places, place_country, place_event
from geo.events.rules import ARMED_TYPES, DI, PR, RI, VIOLENT_TYPES
from geo.events.sport import games_left_out
from geo.events.triggers import CIVILIAN_TARGET, CIVILIAN_VICTIMS, REPELLED, cameo_code, find_triggers
from geo.models import Article, Event, Mention, Span
from geo.text import dates as _dates
from geo.text import sentences as _sentences

log = logging.getLogger(__name__)

__all__ = ["extract", "BorderFn", "CountryFn", "default_border", "default_country", "PRECISION", "MAX_SENTENCE_CHARS"]

#: Longer "sentences" (tables, lists, text without stops) are read in pieces of about this many
#: characters, cut at white space, so that the work per sentence stays bounded.
MAX_SENTENCE_CHARS = 1500
#: An event dated this long before the article (a season) is history told for context, not its news.
_HISTORY = dt.timedelta(days=90)
#: ... when the sentence itself says how far back (a year, "ago", "last year"): a day and month
#: alone may be one the date reader put in the wrong year.
_DATED_BACK = re.compile(r"\b(?:(?:19|20)\d\d|ago|last\s+year|earlier|previous\s+year)\b", re.IGNORECASE)
#: A dateline opens the article: places further down that look like one are not it.
_DATELINE_WITHIN = 400


def extract(
    article: Article,
    mentions: Sequence[Mention],
    *,
    sentences: Sequence[Span] | None = None,
    border: BorderFn | None = None,
    country: CountryFn | None = None,
    capital: CapitalFn | None = None,
    statements: bool = False,
) -> tuple[Event, ...]:
    """The events of ``article`` read from its sentences and resolved place ``mentions``.

    ``sentences`` defaults to :func:`geo.text.sentences.split` of the text without the article's
    skipped spans; ``border(a_id, b_id)``, ``country(alpha2)`` and ``capital(alpha2)`` default to
    :func:`default_border`, :func:`default_country` and :func:`default_capital`. Events come in text order; none comes
    from a skipped span or a headline line. ``statements`` keeps the calls, denials and claims of who did
    an attack that are no act between states ("the group claimed responsibility for the
    bombing"): no event of the map, but what CASE 2021 codes (:mod:`geo.events.case2021`).

    >>> from geo.models import Article
    >>> [(e.type, e.subtype) for e in extract(Article("a1", "", "Police arrested two men."), [])]
    [('Strategic developments', 'Arrests')]
    """
    if not isinstance(article, Article):
        raise InputError(f"extract expects an Article, got {type(article).__name__}: {article!r:.80}")
    text = article.text
    border = border_lookup(border or default_border)
    country = country or country_lookup(mentions, default_country)
    line_date = _dates.dateline_date(text)
    ref = article.date or line_date or _dates.day_the_text_gives(text)  # no page date: the dateline's, or one the text gives
    paras = _sentences.paragraphs(text)
    if sentences is None:
        sentences = _sentences.split(text, skip=article.skipped, paras=paras)
    skipped = _merged(article.skipped)
    kept = [s for s in sentences if not _hits(skipped, s)]
    sentences = [piece for s in kept for piece in _pieces(text, s)]
    if len(sentences) > len(kept):
        long = [s for s in kept if s.end - s.start > MAX_SENTENCE_CHARS]
        _budget.note(
            f"{len(long):,} sentence{'s' if len(long) != 1 else ''} longer than {MAX_SENTENCE_CHARS:,} characters "
            f"(the first at character {long[0].start:,}) {'were' if len(long) != 1 else 'was'} read in pieces of at most "
            f"{MAX_SENTENCE_CHARS:,}: an event whose words straddle a cut may be missed"
        )
    headline = _headline_paragraphs(text, paras, article.skipped)
    # names the geoparser could not place ("in Nasirabad, 40 km from Turbat" when the only
    # Nasirabad it knows is far away): no site, but an incident there is at a place of its own
    unknown = sorted((m for m in mentions if m.place is None and m.form == "name"), key=lambda m: m.start)
    mentions = sorted((m for m in mentions if m.place is not None), key=lambda m: m.start)
    mentions = capitals_named(text, mentions, capital or default_capital)  # "Mozambique's capital": Maputo
    mentions = bare_capitals(text, mentions, capital or default_capital)  # "a bomb in the capital": the one named before
    starts = [m.start for m in mentions]
    para_starts = [p.start for p in paras]
    ctx = Context(published=article.date is not None and article.date != line_date, ref=ref, capital=capital or default_capital, statements=statements)
    ctx.home = home_country(mentions, country)
    ctx.unknown, ctx.unknown_starts = unknown, [m.start for m in unknown]
    for s in sentences:
        if _budget.over("events"):
            break  # the article's time is spent: keep the events read so far
        p = bisect.bisect_right(para_starts, s.start) - 1
        lo, hi = bisect.bisect_left(starts, s.start), bisect.bisect_left(starts, s.end)
        sm = [m for m in mentions[lo:hi] if m.end <= s.end]
        actors = recognise(text, s, sm, ctx, country)
        note_countries(ctx, sm, country)
        if ctx.dateline is None and s.start < _DATELINE_WITHIN:
            line = next((m for m in sm if is_dateline(text, s, m)), None)
            if line is not None:
                ctx.dateline, ctx.dateline_mention = line.place, (line.start, line.end)
        if p in headline:
            ctx.add_actors(actors)
            continue
        ctx.dates.clear()  # its look-ups are for one sentence: an article's worth would only be kept alive
        # the sentence's own places are known to its events ("the attack took place in the Lakki
        # Marwat district" refines a site told before in its province)
        ctx.place_by_id.update((m.place.id, m.place) for m in sm if m.form == "name" and m.place.kind != "continent")
        before = len(ctx.drafts)
        _sentence_events(text, s, p, sm, actors, ctx, ref, border, country)
        note_places(ctx, text, s, p, sm, actors)
        site_of_told(ctx, text, s, sm, actors)
        day_of_told(ctx, text, s)
        scene_told_after(ctx, text, s, sm, actors, before)
        ctx.add_actors(actors)
    context_before_the_news(ctx.drafts, ref, text)
    day_of_the_news(ctx.drafts, ref, text)
    _clashes_of_the_crowd_told_after(ctx.drafts, text)
    drafts = dedupe(games_left_out(ctx.drafts, text), _containment(mentions), ctx.kinds)
    site_named_later(drafts, ctx, text, mentions)
    land_of_unknown_site(drafts, ctx, country)
    _unanchored_is_context(drafts)
    events = tuple(to_event(article, d) for d in drafts)
    if log.isEnabledFor(logging.DEBUG):  # which rule read each event, for `python -m geo -vv`
        for e in events:
            log.debug("%s: %s / %s [%s] at %s by rule %s", article.id, e.type, e.subtype, e.modality,
                      e.location.name if e.location else "no place", e.rule)
    return events


#: Location notes of a site taken from another incident or from a name told anywhere before:
#: no place of the event's own.
_UNANCHORED = frozenset({"earlier event's site", "named earlier in the article"})


def _unanchored_is_context(drafts: list[Draft]) -> None:
    """An event told with neither a place nor any day of its own (an undated article whose
    sentence names none; the site only borrowed from an incident told before) is context, not
    an incident one could map or count: "the fighting has also displaced families" after a
    dated raid elsewhere, "sexual violence is used as a weapon". ACLED records an event only
    with its own place and time."""
    for d in drafts:
        # a site its own sentence names that the gazetteer lacks ("attacked the posts at Tolmi")
        # is a place of its own, though the area drawn was borrowed
        if d.modality == "asserted" and d.date is None and d.location_note.split(",")[0] in _UNANCHORED and not d.unknown_site:
            d.modality = "background"

#: How many paragraphs back a crowd told makes unattributed clashes its own.
_CROWD_PARAGRAPHS = 2
#: The drafts looked back at for a crowd told before (bounded work per event).
_RECENT_DRAFTS = 20


def _clashes_of_the_crowd_told_after(drafts: list[Draft], text: str) -> None:
    """Clashes whose sentence names no armed side, in an article that tells no armed incident and
    tells a crowd (a protest or a riot) at the same place only after them: the crowd's clashes
    ("Clashes erupted in the capital on Wednesday. … Thousands of opposition supporters marched
    …"), a riot, as when the crowd is told first (:func:`_crowd_told_before`). Linear: the
    crowds' places are gathered once."""
    last_crowd: dict[str, int] = {}  # place id -> where the last crowd told there starts
    armed = 0
    for d in drafts:
        if d.modality != "asserted":
            continue
        if d.type in (PR, RI) and d.location is not None:
            last_crowd[d.location.id] = max(last_crowd.get(d.location.id, -1), d.sentence.start)
        elif d.type in ARMED_TYPES and not (d.rule.has("clash") and d.type == "Battles"):
            armed += 1
    if not last_crowd or armed:
        return
    for d in drafts:
        if (
            d.rule.has("clash") and d.type == "Battles" and d.subtype == "Armed clash" and d.modality == "asserted"
            and d.location is not None and last_crowd.get(d.location.id, -1) > d.sentence.start
            and not lex.ARMED_PARTY.search(text, d.sentence.start, d.sentence.end)
            and not any(lex.ARMED_PARTY.search(a) for a in d.actors)
        ):
            _crowd_clashed(d, "clashes of a crowd told after")


def _crowd_clashed(d: Draft, why: str) -> None:
    """Read the clashes ``d`` as a crowd's (ACLED: a riot, a violent demonstration), ``why`` kept in its rule name."""
    d.type, d.subtype = RI, "Violent demonstration"
    d.rule_name += f">Violent demonstration({why})"


def _crowd_told_before(ctx: Context, p: int) -> bool:
    """Was a protest or a riot told as news in the last few paragraphs (up to paragraph ``p``)?"""
    return any(
        x.type in (PR, RI) and x.modality == "asserted" and p - x.paragraph <= _CROWD_PARAGRAPHS
        for x in ctx.drafts[-_RECENT_DRAFTS:]
    )


def _crowd_of_the_day(ctx: Context, d: Draft) -> bool:
    """Was a protest or a riot told as news of ``d``'s day (its day known) among the recent drafts?"""
    return d.date is not None and any(
        x.type in (PR, RI) and x.modality == "asserted" and x.date == d.date for x in ctx.drafts[-_RECENT_DRAFTS:]
    )


def _containment(mentions: Sequence[Mention]) -> Callable[[str, str], bool]:
    """``contains(big_id, small_id)`` for the places the article names: a country or first-level
    area and a place inside it."""
    places = {m.place.id: m.place for m in mentions if m.place is not None}
    # an administrative phrase may put an event on a reading the geoparser did not choose
    # ("the department of Arauca": the area, not the town): those readings count too
    for m in mentions:
        for c in m.candidates:
            places.setdefault(c.place.id, c.place)
    alpha3 = {p.country: p.id for p in places.values() if p.kind == "country"}

    def side_in(side: str, sides: set[str]) -> bool:
        """Is a border segment's side one of ``sides`` or a first-level area of one of them?"""
        area = places.get(side)
        return side in sides or (area is not None and alpha3.get(area.country) in sides)

    def contains(big_id: str, small_id: str) -> bool:
        small = places.get(small_id)
        if big_id.startswith("border:") and small_id.startswith("border:") and big_id != small_id:
            # "guns fired across the border" on the two lands' border, then "shells fell in Kestra
            # province" on that province's stretch of it: a part of that border, one incident
            sides = set(big_id[len("border:"):].split("|"))
            return all(side_in(x, sides) for x in small_id[len("border:"):].split("|"))
        if big_id.startswith("border:") and small is not None:
            # "airstrikes on border areas" then "bombed areas near Paktika province": a side of the border
            sides = set(big_id[len("border:"):].split("|"))
            return small.id in sides or small.admin1 in sides or alpha3.get(small.country) in sides
        big = places.get(big_id)
        if big is None or small is None or big.id == small.id:
            return False
        if big.kind == "country":
            return small.kind != "country" and small.country == big.country
        if big.kind == "admin1":
            return small.kind in ("admin2", "place") and small.admin1 == big.id
        return False

    return contains


def _pieces(text: str, s: Span) -> list[Span]:
    """``s`` itself, or pieces of at most MAX_SENTENCE_CHARS cut at white space."""
    if s.end - s.start <= MAX_SENTENCE_CHARS:
        return [s]
    out = []
    start = s.start
    while s.end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        out.append(Span(start, cut))
        start = cut
        while start < s.end and text[start].isspace():
            start += 1
    if start < s.end:
        out.append(Span(start, s.end))
    return out


def _merged(spans: Sequence[Span]) -> list[tuple[int, int]]:
    """Sorted, disjoint (start, end) pairs covering the same characters as ``spans``."""
    out: list[tuple[int, int]] = []
    for a, b in sorted((k.start, k.end) for k in spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _hits(spans: list[tuple[int, int]], s: Span) -> bool:
    """Does ``s`` overlap one of the sorted, disjoint ``spans``? (log time)"""
    i = bisect.bisect_left(spans, (s.end,)) - 1
    return i >= 0 and spans[i][1] > s.start


def _headline_paragraphs(text: str, paras: Sequence[Span], skipped: Sequence[Span]) -> set[int]:
    """Leading lines that are headlines (no final stop, short) when a body follows them.

    A headline repeats what the body says; its events would be counted twice.
    """
    out: set[int] = set()
    hit = _sentences.overlap_index(skipped)
    live = (i for i, p in enumerate(paras) if not hit(p))  # lazily: only the leading lines are read
    i = next(live, None)
    while i is not None:
        line = text[paras[i].start:paras[i].end].rstrip()
        if line[-1:] in ".!?\"”’'" or len(line.split()) > 25:
            break
        nxt = next(live, None)
        if nxt is not None:
            out.add(i)
        i = nxt
    return out


def _sentence_events(
    text: str,
    s: Span,
    p: int,
    mentions: list[Mention],
    actors: list[Actor],
    ctx: Context,
    ref: dt.date | None,
    border: BorderFn,
    country: CountryFn,
) -> None:
    """Read the events of sentence ``s`` (paragraph ``p``) into ``ctx``."""
    triggers = find_triggers(text, s)
    frame = lex.SEPARATE_FRAME.match(text, s.start)
    if frame:  # "Hours after the ambush, ...": that ambush was told before, the sentence tells another incident
        triggers = [t for t in triggers if t.start >= frame.end()]
    if not triggers:
        return
    readings = reading.read(text, s, triggers)  # what the sentence's own words say, read once per distinct sentence
    kept = [t for t, _r in readings]
    prev_subject: str | None = None
    prev_end: int | None = None
    # one record per span, shared by the draft and its provenance (frozen): an article of many
    # events keeps fewer objects alive for the garbage collector to walk
    sentence = s if not s.reason else Span(s.start, s.end)
    for t, r in readings:
        window = r.window
        trigger = Span(t.start, t.end, t.rule.name)
        d = Draft(
            rule=t.rule,
            rule_name=t.rule.name + (f">{t.subtype}({t.note})" if t.note else ""),
            type=t.type,
            subtype=t.subtype,
            cameo=cameo_code(text, t),
            trigger=trigger,
            sentence=sentence,
            paragraph=p,
            window=window,
        )
        d.provenance.append((trigger, sentence))
        # "protests broke out after the leader was arrested": the arrest that brought the crowd
        # out is an incident of its own, not an arrest made at the protest
        # ("After the clashes, 90 protesters were detained": an incident named opens the sentence)
        after_told = d.subtype == "Arrests" and bool(lex.ARREST_AFTERMATH.match(text, s.start))
        cause = d.subtype == "Arrests" and not after_told and bool(lex.ARREST_AS_CAUSE.search(text, s.start, t.start))
        d.separate = r.separate or bool(frame) or cause
        d.in_told_incident = bool(lex.IN_TOLD_INCIDENT.match(text, t.end, window[1]))
        d.fight_told = t.rule.has("clash") and bool(lex.SMALL_ARMS_FIGHT.match(text, t.start))
        # ("the blast also damaged a car": more of the incident its definite noun refers to)
        noun = max(t.start, text.rfind(" ", t.start, t.end) + 1)  # where the trigger's last word starts
        d.also_elsewhere = bool(lex.ALSO.search(text, max(s.start, t.start - 20), min(s.end, t.end + 40))) and not (
            lex.TOLD_INCIDENT_DOES_MORE.match(text, t.end) and lex.DEFINITE.search(text, max(s.start, noun - 30), noun)
        )
        d.counted = d.type != DI and bool(lex.SEVERAL_INCIDENTS.search(text, s.start, s.end))
        d.gathering = d.subtype == "Meeting" and bool(lex.GATHERING.search(text, t.start, t.end))
        # "the minister also met the speaker", "and later met the premier": the next meeting of a
        # trip, told after the first (not one meeting told again)
        cue = lex.FURTHER_MEETING.search(text, max(s.start, t.start - 20), min(s.end, t.end + 30)) if d.subtype == "Meeting" else None
        d.further_meeting = cue is not None and cue.start() < t.start <= cue.end()
        d.two_sides_met = d.subtype == "Meeting" and bool(lex.TWO_SIDES_MET.search(text, max(s.start, t.start - 100), t.start))
        d.talks_outcome = d.subtype == "Agreement/Intent to cooperate" and bool(lex.TALKS_OUTCOME.search(text, window[0], window[1]))
        # (the incident may open a clause of its own: "were detained | after the violence")
        # "detained dozens of PTI supporters", "90 protesters were taken into custody": a crowd's people
        d.of_crowd = d.subtype == "Arrests" and bool(
            lex.CROWD_MEMBERS.search(text, t.end, min(window[1], t.end + 60)) or lex.CROWD_MEMBERS.search(text, max(window[0], t.start - 60), t.start)
        )
        d.follows_incident = (d.subtype == "Arrests" and (
            after_told or bool(lex.ARREST_AFTERMATH.search(text, window[0], max(window[1], min(s.end, t.end + 60))))
        )) or (
            # a curfew answers the unrest or the violence told before it: part of that story
            d.subtype == "Other" and bool(lex.CURFEW.search(text, t.start, t.end))
        ) or (
            # fire traded with "the gunman": the attack told before, answered where it happened
            d.subtype == "Armed clash" and bool(lex.TOLD_ATTACKER.search(text, window[0], window[1]))
        )
        d.specific_read = t.note == REPELLED  # a battle: the artillery told later is part of it
        d.read_as_civilians = t.note in (CIVILIAN_VICTIMS, CIVILIAN_TARGET)
        d.anaphoric = r.anaphoric
        d.modality = r.modality
        nxt = min((k.start for k in kept if k.start > t.start), default=window[1])
        d.actors = event_actors(text, t, window, actors, nxt, d.type, d.subtype, prev_subject, prev_end)
        prev_end = t.end
        prev_subject = d.actors[0] if d.actors else prev_subject
        place_event(d, text, s, t, window, mentions, actors, ctx, border, country)
        if not complete_parties(d, text, t, window, actors, mentions, ctx, country):
            continue  # "witnesses said the attackers crossed from Niger": no accusation
        # the dates and figures between the neighbouring events' triggers belong to this one
        lo = max([k.end for k in kept if k.end <= t.start] + [s.start])
        hi = min([k.start for k in kept if k.start >= t.end] + [s.end])
        date_event(d, text, s, t, (max(window[0], lo), min(window[1], hi)), ref, ctx)
        if d.modality == "asserted" and d.date is not None and ref is not None and d.date_from_text:
            if d.date < ref - _HISTORY and _DATED_BACK.search(text, s.start, s.end):
                d.modality = "background"  # "the militants seized the town in 2019": history, not news of the day
            elif d.date > ref and d.type == DI and not (d.date == ref + dt.timedelta(days=1) and lex.PAST_VERB.match(text, t.start)):
                # "a visit on 29 November" in an article of the 28th (a weekday read as the day
                # after a page dated in American time, told in the past tense, happened)
                d.modality = "planned"
        if d.modality == "asserted" and not d.date_from_text and lex.AFTER_TOLD_INCIDENT.search(text, s.start, s.end):
            # "After the shootings, the gunmen set the hall on fire", "imposed a curfew following
            # the violence": the aftermath of the incident told before, of its day; when that one
            # was dated years or weeks back (history), so is what followed it
            told = next((x for x in reversed(ctx.drafts[-8:]) if x.type in VIOLENT_TYPES or x.type in (PR, RI)), None)
            if told is not None and told.modality == "background" and told.date_from_text and told.date is not None:
                d.modality = "background"
        if t.rule.has("clash") and d.type == "Battles" and _crowd_told_before(ctx, p) and not lex.ARMED_PARTY.search(text, window[0], window[1]):
            # "clashes erupted in the capital" after protesters were told: with no armed side
            # named, the crowd clashed (ACLED: a riot), not two armed forces
            _crowd_clashed(d, "clashes beside a crowd told")
        elif (
            d.subtype == "Looting/property destruction" and d.modality == "asserted"
            and (lex.ARSON.search(text, t.start, t.end) or strength(d) == OWN_CLAUSE)
            and _crowd_of_the_day(ctx, d) and not lex.ARMED_PARTY.search(text, s.start, s.end)
        ):
            # "three other vehicles were torched in Gazipur yesterday", "offices of the party were
            # vandalised in X and Y" in a report of the day's blockade or riots: with no armed side
            # named, the burning or wrecking is the crowd's at that town (ACLED codes looting and
            # destruction during a riot as the riot: a violent demonstration there), as "arson
            # during a strike" is when the sentence names the strike itself. Wrecking told with no
            # town of its own ("shops were looted") is the crowd's act told before, counted with it
            # (drafts._crowd_it_belongs_to).
            _crowd_clashed(d, "damage beside a crowd of the day")
        if d.type in VIOLENT_TYPES or d.subtype == "Excessive force against protesters":
            # an abduction or a rape reported beside a killing does not share its dead
            own = d.subtype in ("Abduction/forced disappearance", "Sexual violence")
            d.fatalities = fatalities_in(text, (t.start if own else lo, hi))
        if d.type in (PR, RI):
            # ACLED names crowds by the country they act in: "Traders (Pakistan)"; a crowd
            # nobody named is "Protesters" / "Rioters"
            if not any(a in {x.name for x in actors if x.kind == "group"} or a in ("Protesters", "Rioters") for a in d.actors):
                d.actors.insert(0, "Rioters" if d.type == RI else "Protesters")
        if d.type in (PR, RI) and d.location is not None:
            c = country(place_country(d.location, mentions))
            groups = {a.name for a in actors if a.kind == "group"} | {"Protesters", "Rioters"}
            if c is not None:
                d.actors = [f"{a} ({c.name})" if a in groups and "(" not in a else a for a in d.actors]
        if d.anaphoric and merge_into_antecedent(d, ctx, text):
            # "joined anti-government protests on Wednesday. … joined the protests in Meru, Nyeri
            # and Laikipia": the event told first took the site of the list's head; the other
            # places listed are the same event there (ACLED: one event per place)
            took = next((x for x in reversed(ctx.drafts[-RECENT:]) if d.location is not None and x.location is d.location), None)
            if took is not None:
                for twin in listed_sites(took, text, mentions, ctx):
                    ctx.remember(twin)
            continue
        ctx.remember(d)
        # the same event again for each other party, place or day the text gives it at once
        # (each twin is made from ``d`` as the steps before it left it)
        listed = listed_sites(d, text, mentions, ctx)
        for twin in (
            separate_meetings(d, text, t, window, actors) + mutual_accusation(d, text, window, ctx)
            + listed + counted_sites(d, text, ctx) + listed_unknown_sites(d, text, ctx, mentions)
        ):
            ctx.remember(twin)
        if listed and ctx.last_scene is listed[-1]:
            # "protesters gathered in Tolvik and in Brask. Police said rioters burned a bus.": a
            # sentence naming no place after a list goes on at the place the list opened with,
            # not at whichever place happened to be named last
            ctx.last_scene = d
        for twin in listed_days(d, text, ctx):
            ctx.remember(twin)
