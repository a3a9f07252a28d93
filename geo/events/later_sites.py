"""Sites told after their events: a later sentence that places an incident told before ("the
strikes hit Balochistan"), and one event per town when a sentence lists the places of an event
("in Sarcelles, Cergy and Ermont").

Split from :mod:`geo.events.places`, which places an event from its own sentence and context.
"""
from __future__ import annotations

import bisect
import copy
import re

from geo.events import rules as lex
from geo.events.actors import Actor
from geo.events.dates import is_earlier, is_whole_year
from geo.events.drafts import OWN_CLAUSE, Context, Draft, strength, twin_of
from geo.events.lookups import CountryFn
from geo.events.places import (
    event_location,
    finest,
    in_spans,
    is_actor_name,
    locative_cue,
    province_of_unknown_site,
    set_site,
    told_from_elsewhere,
)
from geo.events.rules import DI
from geo.lang.en.numbers import NUMBER_WORDS
from geo.models import Mention, Span

__all__ = ["site_of_told", "day_of_told", "scene_told_after", "listed_sites", "counted_sites", "listed_unknown_sites", "site_named_later", "land_of_unknown_site"]


_TOLD_FAMILY = {
    "strike": ("Explosions/Remote violence",), "airstrike": ("Explosions/Remote violence",),
    "raid": ("Battles", "Violence against civilians", "Explosions/Remote violence"),
    "attack": ("Battles", "Violence against civilians", "Explosions/Remote violence"),
    "assault": ("Battles", "Violence against civilians"), "ambush": ("Battles", "Violence against civilians"),
    "blast": ("Explosions/Remote violence",), "explosion": ("Explosions/Remote violence",),
    "bombing": ("Explosions/Remote violence",), "shelling": ("Explosions/Remote violence",),
    "clashes": ("Battles",), "fighting": ("Battles",),
    "confrontation": ("Battles",), "shootout": ("Battles",), "shoot-out": ("Battles",), "gunfight": ("Battles",),
    "firefight": ("Battles",), "gunbattle": ("Battles",), "battle": ("Battles",), "skirmish": ("Battles",), "encounter": ("Battles",), "operation": ("Battles",),
    "protest": ("Protests", "Riots"), "rally": ("Protests", "Riots"), "rallie": ("Protests", "Riots"),
    "demonstration": ("Protests", "Riots"), "riot": ("Riots",),
    # "most of the arrests took place in Lahore and Multan", told of protesters arrested: the
    # towns where the crowd was broken up (ACLED codes arrests at a protest with the protest)
    "arrest": ("Protests", "Riots"),
    "killing": ("Violence against civilians", "Battles"), "shooting": ("Violence against civilians", "Battles"),
    "kidnapping": ("Violence against civilians",), "abduction": ("Violence against civilians",),
}

#: Nouns that name one kind of incident: "the strikes" are air or missile strikes, not the bombing told between.
_TOLD_SUBTYPES = {
    "strike": ("Air/drone strike", "Shelling/artillery/missile attack"),
    "airstrike": ("Air/drone strike",),
    "shelling": ("Shelling/artillery/missile attack",),
    "blast": ("Remote explosive/landmine/IED", "Suicide bomb", "Grenade"),
    "explosion": ("Remote explosive/landmine/IED", "Suicide bomb", "Grenade"),
    "bombing": ("Remote explosive/landmine/IED", "Suicide bomb"),
}


def site_of_told(ctx: Context, text: str, s: Span, mentions: list[Mention], actors: list[Actor]) -> None:
    """"The strikes took place in Khost and Paktika": the places of an incident told before.

    The latest event of the family the noun names gets the first place when it had none, only one
    read from context, or an area containing it; each further place of a list ("X and Y") is
    another event of the same incident there (ACLED codes one event per location).
    """
    m = lex.SITE_OF_TOLD.search(text, s.start, s.end)
    if m is None:
        m = lex.IT_HAPPENED.match(text, s.start, s.end)
        if m is None:
            return
        # "It happened in ...": the incident told last, whatever its kind (not a statement)
        last = next((x for x in reversed(ctx.drafts[-10:]) if x.type != DI and x.modality == "asserted"), None)
        noun, types = "", ((last.type,) if last is not None else ())
    elif m.group("burning"):
        noun, types = "fire", ("Riots",)  # a crowd's arson told again (a fire of a strike is no event told)
    else:
        noun = re.sub(r"\s+", "", m.group("noun").lower()).removeprefix("drone")
        noun = noun[:-1] if noun.endswith("s") and noun not in ("clashes",) else noun
        noun = noun[:-2] if noun.endswith("che") else noun[:-1] if noun.endswith("she") else noun  # ambushes, skirmishes
        types = _TOLD_FAMILY.get(noun, ())
    if noun != "arrest" and any(m.start() <= t.start < m.end() for x in ctx.drafts[-10:] for t, _s in x.provenance):
        return  # a trigger of its own read this phrase already (the arrests read as such are also the crowd's)
    recent = [x for x in reversed(ctx.drafts[-10:]) if x.type in types and x.modality == "asserted"]
    preferred = _TOLD_SUBTYPES.get(noun)
    if preferred:
        # in the order the noun names them ("the strikes": air strikes before missile strikes)
        recent = [x for sub in preferred for x in recent if x.subtype == sub]
    if not recent:
        return
    actor_spans = [(a.start, a.end) for a in actors if a.kind in ("country", "group", "org")]
    stop = lex.CLAUSE_BREAK.search(text, m.end(), s.end)
    places = [
        x for x in mentions
        if m.end() <= x.start < (stop.start() if stop else s.end) and x.place is not None and x.form not in ("demonym", "organisation")
        and x.place.kind != "continent" and not in_spans(x, actor_spans) and not is_actor_name(text, x)
    ]
    places = finest(places)
    if not places:
        return
    first, rest = places[0], places[1:]
    # the latest such incident the place may be the site of ("the strikes hit Bint Jbeil": the
    # Israeli strikes on Lebanon, not the rockets fired at Israel told after them)
    told = next((x for x in recent if _refines(x, first, ctx)), None)
    if told is None:
        return

    if not told.date_from_text:
        # "the killings took place in Brask on Sunday": the day too
        # (in its own clause: "..., where troops had raided a camp earlier this year" is another day's)
        _take_day(told, _first_day(text, ctx, m.end(), stop.start() if stop else s.end))
    base = copy.copy(told)
    base.provenance = list(told.provenance)
    set_site(told, text, first, "site told later", locative_cue(text, s, first), ctx)
    told.rule_name += "+site-told-later"
    unknown = _unknown_listed(ctx, text, s, m.end(), first.start)
    # a crowd's own town, told now: another town's crowd told after it is another event
    told.town_told = told.type in ("Protests", "Riots") and first.place.kind in ("place", "admin2")
    told.provenance.append((Span(m.start(), m.end(), "site-told-later"), Span(s.start, s.end)))
    for other in rest:
        twin = copy.copy(base)
        twin.actors, twin.places = list(base.actors), list(base.places)
        twin.provenance = [(Span(m.start(), m.end(), "site-told-later"), Span(s.start, s.end))] + list(base.provenance)
        set_site(twin, text, other, "site told later", locative_cue(text, s, other), ctx)
        twin.rule_name = base.rule_name + "+site-told-later(one event per place)"
        twin.separate = True  # another place of the incident: not merged back
        ctx.drafts.append(twin)
    if len(unknown) > 1 and not rest:
        # "the fighting took place at Tolmi village and Nareth and Dunsa general areas of Borno":
        # sites the gazetteer lacks, listed before the area holding them, are each a place of the
        # incident (one event per location), drawn on that area as the first is
        told.unknown_site = told.unknown_site or unknown[0].text
        for u in unknown[1:]:
            twin = twin_of(told, "(one event per place)")
            twin.unknown_site = u.text
            ctx.drafts.append(twin)


def _unknown_listed(ctx: Context, text: str, s: Span, start: int, end: int) -> list[Mention]:
    """The names the gazetteer lacks that head the place told between ``start`` and ``end``: the
    first one told "in", "at" or "near", and each joined to it by a comma or "and" alone (found by
    bisection over the text's unknown names, a bounded look)."""
    lo, hi = bisect.bisect_left(ctx.unknown_starts, start), bisect.bisect_left(ctx.unknown_starts, end)
    names = ctx.unknown[lo:hi]
    if not names or locative_cue(text, s, names[0]) not in ("in", "near"):
        return []
    out = [names[0]]
    for u in names[1:]:
        if _join_end(text, out[-1].end) != u.start and _join_end(text, _past_site_words(text, out[-1].end)) != u.start:
            break
        out.append(u)
    return out


def _past_site_words(text: str, pos: int) -> int:
    """Past a settlement noun and the road it lies along after a name ("Tolmi Village along the
    Brask road"): where a list of sites may go on."""
    m = lex.SITE_WORDS_AFTER.match(text, pos)
    return m.end() if m is not None else pos


def day_of_told(ctx: Context, text: str, s: Span) -> None:
    """"Militants torched six houses, police said on Friday. The incident happened on Thursday
    evening": the day, in a later sentence, of the latest incident told before, when that one had
    none from the text (the report's day or the article's stood in for it).

    Only the day the sentence gives in the clause of "happened" ("..., where troops had raided a
    camp earlier this year" is another day's).
    """
    m = lex.DAY_OF_TOLD.search(text, s.start, s.end)
    if m is None:
        return
    told = next((x for x in reversed(ctx.drafts[-10:]) if x.type != DI and x.modality == "asserted" and x.sentence.end <= s.start), None)
    if told is None or told.date_from_text or told.sentence.end > s.start:
        return
    stop = lex.CLAUSE_BREAK.search(text, m.end(), s.end)
    day = _first_day(text, ctx, m.end(), stop.start() if stop else s.end)
    if day is None or day.precision != 1:
        return
    # every incident of the sentence that told it ("torched six houses and shot two villagers")
    for x in ctx.drafts[-10:]:
        if x.sentence == told.sentence and x.type != DI and x.modality == "asserted" and not x.date_from_text:
            _take_day(x, day)
            x.rule_name += "+day-told-after"


def scene_told_after(ctx: Context, text: str, s: Span, mentions: list[Mention], actors: list[Actor], before: int) -> None:
    """"The gunmen arrived on motorcycles in Kairu village in Bungudu local government area late
    on Saturday": a sentence opening with the attackers just told, that tells no event of its own
    (``before``: the number of drafts before it), gives the scene of the latest violent incident
    — its finest place inside the site told (a village of the province), and its day when the
    incident had none from the text."""
    if len(ctx.drafts) != before or not lex.SCENE_ACTOR.match(text, s.start, s.end):
        return
    told = next((x for x in reversed(ctx.drafts[-_RECENT_SCENE:]) if x.type != DI and x.modality == "asserted"), None)
    if told is None or (told.sentence.end > s.start and told.sentence != s) or s.start - told.sentence.end > _SCENE_GAP:
        return  # no incident told just before this sentence
    actor_spans = [(a.start, a.end) for a in actors if a.kind in ("country", "group", "org")]
    places = finest([
        m for m in mentions
        if s.start <= m.start < s.end and m.place is not None and m.form in ("name", "district") and m.place.kind != "country"
        and locative_cue(text, s, m) in ("in", "near") and not in_spans(m, actor_spans)
    ])
    day = _first_day(text, ctx, s.start, s.end)
    # every violent event of the sentence that told the incident ("stormed a village and abducted 30")
    for x in ctx.drafts[-_RECENT_SCENE:]:
        if x.sentence != told.sentence or x.type == DI or x.modality != "asserted":
            continue
        if places and _refines(x, places[0], ctx) and (x.location is None or x.location.id != places[0].place.id):
            set_site(x, text, places[0], "scene told after", locative_cue(text, s, places[0]), ctx)
            x.rule_name += "+scene-told-after"
        if not x.date_from_text:
            _take_day(x, day)
        x.provenance.append((Span(s.start, s.start, "scene-told-after"), Span(s.start, s.end)))


def _first_day(text: str, ctx: Context, start: int, end: int):
    """The first date expression of ``text[start:end]`` that gives a day (a DateMatch), or None."""
    from geo.text.dates import find_dates

    return next((x for x in find_dates(text, ctx.ref, start, end, published=ctx.published) if x.date is not None), None)


def _take_day(d: Draft, day) -> None:
    """Date ``d`` by the date expression ``day`` of a later sentence (nothing when None)."""
    if day is not None:
        d.date, d.time_precision, d.date_from_text = day.date, day.precision, True
        d.whole_year, d.earlier = is_whole_year(day), is_earlier(day)


#: The scene of an incident is told in the next sentence or two (characters between them at most).
_SCENE_GAP = 400
#: The drafts looked back at for the incident a scene belongs to.
_RECENT_SCENE = 4


def _refines(told: Draft, m: Mention, ctx: Context) -> bool:
    """May ``m`` be the site of ``told``: it had none, one read from context, or an area around ``m``?"""
    if told.location is None or strength(told) < OWN_CLAUSE:
        return True
    big = ctx.place_by_id.get(told.location.id)
    if big is None:
        return False
    if big.kind == "country":
        return m.place.kind != "country" and m.place.country == big.country
    if big.kind == "admin1":
        return m.place.kind in ("admin2", "place") and m.place.admin1 == big.id
    return False


def listed_sites(d: Draft, text: str, mentions: list[Mention], ctx: Context) -> list[Draft]:
    """The same event at each further place of a list its site heads ("rallies in Lahore, Karachi
    and Quetta"): ACLED codes one event per location, so each is an event of its own.

    Only for events on the ground (not statements and talks, whose listed places are what they
    speak of), only places of the site's kind (towns with towns, districts with districts), each
    joined to the one before by a comma or "and" alone; fatalities stay with the first, as the
    text does not split them.
    """
    loc = d.location
    if d.type == DI or loc is None or loc.mention is None or loc.kind in ("country", "border"):
        return []
    if lex.ENDS_BEFORE.search(text, max(0, loc.mention[0] - 20), loc.mention[0]):
        return []
    i = next((k for k, m in enumerate(mentions) if (m.start, m.end) == loc.mention), None)
    if i is None:
        return []
    listed: list[Mention] = []
    end = loc.mention[1]
    prev = mentions[i]
    for m in mentions[i + 1:]:
        if m.end <= end:
            continue  # a name inside the area apposition skipped ("in Quelimane, in Zambezia province, and in Pemba")
        if _join_end(text, _past_unread_name(text, end, m.start)) != m.start or not _listable(text, m, loc.kind, prev):
            break
        listed.append(m)
        end, prev = m.end, m
    # "in other cities such as Kalat, Mastung and Sibi, protesters …": a site read from the
    # end of a list told before the event heads it from its last place
    start = loc.mention[0]
    prev = mentions[i]
    for m in reversed(mentions[max(0, i - _LIST_BACK):i]):
        if _join_end(text, m.end) != start:
            comma = text.rfind(",", max(0, m.start - 6), m.start)
            if m.place.kind in ("admin1", "admin2") and comma >= 0 and lex.AREA_APPOSITION.match(text, comma):
                continue  # the area of the place before it, in commas ("in Zambezia province, and in Pemba")
            break
        if not _listable(text, m, loc.kind, prev):
            break
        listed.append(m)
        start, prev = m.start, m
    out: list[Draft] = []
    seen = {mentions[i].place.id}
    for m in listed:
        if m.place.id in seen:
            continue  # "in Nairobi, Kenya's capital": the same place named again, not another one
        seen.add(m.place.id)
        twin = twin_of(d, "+listed-site(one event per place)")
        set_site(twin, text, m, "listed with the site", locative_cue(text, d.sentence, m), ctx)
        twin.listed = d.listed = True
        out.append(twin)
    return out


def listed_unknown_sites(d: Draft, text: str, ctx: Context, mentions: list[Mention] = ()) -> list[Draft]:
    """The same event at each further site of a list its own site heads when the gazetteer
    lacks them ("attacked the police outposts at Tolmi and Nareth", "gunmen raided the Tolmi,
    Nareth and Dunsa communities"): one event per site, as :func:`listed_sites` makes for known
    places (ACLED codes one event per location). The sites share the event's location (the area
    that holds them, as read for the first); each keeps its own name, so none is merged with
    another. Names joined by a comma or "and" alone; bounded by the sentence's unknown names."""
    if d.type == DI or d.location is None or d.location.kind == "border":
        return []
    if not d.unknown_site:
        return _unknown_after_town(d, text, ctx)
    lo = bisect.bisect_left(ctx.unknown_starts, d.sentence.start)
    hi = bisect.bisect_left(ctx.unknown_starts, d.sentence.end)
    names = ctx.unknown[lo:hi]
    k = next((i for i, m in enumerate(names) if m.text == d.unknown_site), None)
    if k is None:
        return []
    out: list[Draft] = []
    seen = {d.unknown_site.lower()}
    end = names[k].end
    for m in names[k + 1:]:
        if _join_end(text, end) != m.start:
            break
        end = m.end
        if m.text.lower() in seen:
            continue
        seen.add(m.text.lower())
        twin = twin_of(d, "+listed-unknown-site(one event per place)")
        twin.unknown_site = m.text
        out.append(twin)
    known = _known_town_at(mentions, _join_end(text, end))
    if known is not None and (d.location.mention is None or known.start != d.location.mention[0]):
        # "drones struck Tolmi and Brask in the Velmar region": the list goes on with a town the
        # gazetteer knows, a site of its own (ACLED: one event per place), at its own point
        twin = twin_of(d, "+listed-site-after-unknown(one event per place)")
        twin.unknown_site = ""
        set_site(twin, text, known, "listed with the site", locative_cue(text, d.sentence, known), ctx)
        twin.listed = True
        out.append(twin)
    return out


def _unknown_after_town(d: Draft, text: str, ctx: Context) -> list[Draft]:
    """"drones struck Brask and Tolmi": a list the event's own town heads goes on with a village
    the gazetteer lacks, a site of its own (one event per place) on the province holding the
    town, as a village told inside a district is (bisection into the sentence's unknown names)."""
    loc = d.location
    if loc.kind != "place" or loc.mention is None or d.sentence is None:
        return []
    at = _join_end(text, loc.mention[1])
    k = bisect.bisect_left(ctx.unknown_starts, at) if at >= 0 else len(ctx.unknown_starts)
    if k >= len(ctx.unknown) or ctx.unknown[k].start != at or at >= d.sentence.end:
        return []
    twin = twin_of(d, "+listed-unknown-site-after-town(one event per place)")
    if not province_of_unknown_site(twin, ctx, told=False):
        return []
    twin.unknown_site = ctx.unknown[k].text
    return [twin] + listed_unknown_sites(twin, text, ctx)


def _known_town_at(mentions: list[Mention], start: int) -> Mention | None:
    """The mention of a town or village the gazetteer knows starting at ``start`` (found by
    bisection), or None."""
    if start < 0 or not mentions:
        return None
    k = bisect.bisect_left(mentions, start, key=lambda m: m.start)
    if k < len(mentions) and mentions[k].start == start and mentions[k].place is not None and mentions[k].place.kind == "place":
        return mentions[k]
    return None


def _past_unread_name(text: str, end: int, nxt: int) -> int:
    """Where the list goes on after the name ending at ``end`` when one name the geoparser gave no
    place stands between it and the next place at ``nxt`` ("in Ambala, Kurukshetra, Karnal and
    Jind": a district's bare name, a town the gazetteer lacks): the end of that name, so the list
    runs on past it; else ``end``. A member the gazetteer cannot read does not end the list."""
    j = _join_end(text, end)
    if j < 0 or j >= nxt:
        return end
    name = lex.UNREAD_LIST_NAME.match(text, j, nxt)
    return name.end() if name is not None and _join_end(text, name.end()) == nxt else end


def _join_end(text: str, pos: int) -> int:
    """Where the next name of a list starts after a name ending at ``pos`` (the join, with the
    area the name lies in told in commas skipped), or -1 when no list goes on there."""
    app = lex.AREA_APPOSITION.match(text, pos)
    if app is not None:
        join = lex.PLACE_LIST_JOIN.match(text, app.end())
        if join is not None and join.end() > app.end():
            return _kind_skipped(text, join.start(), join.end())
    join = lex.PLACE_LIST_JOIN.match(text, pos)
    return _kind_skipped(text, join.start(), join.end()) if join is not None else -1


def _kind_skipped(text: str, start: int, end: int) -> int:
    """Where the name starts after the join ``text[start:end]``: past the place's kind when the
    list tells it ("in Tolvik and in the northern city of Brask": the next town named by its kind,
    as a first one often is, is another place of the list all the same). Not after a bare comma:
    "Tolvik, the twin city of Brask" describes the town before it."""
    kind = lex.LIST_KIND_OF.match(text, end) if any(c.isalpha() for c in text[start:end]) else None
    return kind.end() if kind is not None else end


def counted_sites(d: Draft, text: str, ctx: Context) -> list[Draft]:
    """The same event at each other place that "both villages" or "the three towns" counts, when
    the event took its site from the event told before and that event's sentence named as many
    places ("raids on Kalat and Mastung … a gunship strafed both villages"): one event per
    place, as :func:`listed_sites` makes for a list."""
    if d.type == DI or d.location is None or d.location_note != "previous event's site":
        return []
    m = lex.PLACES_COUNTED.search(text, d.window[0], d.window[1])
    if m is None:
        return []
    told = next((o for o in reversed(ctx.drafts[-_RECENT_SCENE * 4:]) if o is not d and o.location is not None and o.location.id == d.location.id), None)
    if told is None:
        return []
    places = []
    for o in ctx.drafts[-_RECENT_SCENE * 4:]:
        if o.sentence == told.sentence and o.location is not None and o.location.kind == d.location.kind and all(o.location.id != p.id for p in places):
            places.append(o.location)
    n = 2 if m.group("n") else NUMBER_WORDS.get(m.group("n2").lower())
    if len(places) != n:
        return []  # the count says other places than the sentence before named
    out: list[Draft] = []
    for loc in places:
        if loc.id != d.location.id:
            twin = twin_of(d, "+counted-site(one event per place)")
            twin.location = loc
            out.append(twin)
    return out


#: How many places before a site a list is read back through (bounded work per event).
_LIST_BACK = 12


def _listable(text: str, m: Mention, kind: str, beside: Mention) -> bool:
    """Can ``m`` be another place of a list whose site is of ``kind``, ``beside`` the place next
    to it in the list? Towns with towns, districts with districts; towns and provinces mixed
    ("in Zanjan, Tabriz, Gilan and Fars") only where neither lies in the other ("Lahore, Punjab"
    is one place)."""
    if m.place is None or m.form != "name" or is_actor_name(text, m):
        return False
    if m.place.kind == kind:
        return True
    a, b = m.place, beside.place
    return (
        {a.kind, kind} == {"place", "admin1"} and b is not None and b.kind in ("place", "admin1")
        and a.admin1 != b.id and b.admin1 != a.id and a.country == b.country
    )


def _government(text: str, m: Mention) -> bool:
    """Does ``m`` stand for its government ("Washington gave no comment", "ties between Washington
    and Beijing")? Such a name says who acts, not where the unplaced event happened."""
    return bool(lex.PLACE_AS_SPEAKER.match(text, m.end) or lex.RELATIONS_BETWEEN.search(text, max(0, m.start - 80), m.start))


#: How far after an unplaced event's sentence the place that places it may be named.
_LATER_CHARS = 1500


def site_named_later(drafts: list[Draft], ctx: Context, text: str, mentions: list[Mention]) -> None:
    """Place each asserted event that nothing before it placed at the first place named after its
    sentence: "Two guards hurt in a skirmish" opening a report whose body names the crossing, a
    lead about "the two sides" before the town is named. The fallbacks of
    :func:`geo.events.places.place_event` read only what comes before; an event is news somewhere,
    and the report names where next. Countries count only when no finer place follows. Run on the
    merged ``drafts``: an unplaced mention of an incident placed elsewhere is merged into it
    first, not placed apart. ``mentions`` are sorted by start: one bisect and a short look per event."""
    starts = [m.start for m in mentions]
    for d in drafts:
        if d.location is not None or d.modality != "asserted" or d.unknown_site:
            continue  # (a village its clause names that the gazetteer lacks is a place of its own)
        # (the mentions within reach only, found by bisection: the rest of the article is not read)
        i, j = bisect.bisect_left(starts, d.sentence.end), bisect.bisect_right(starts, d.sentence.end + _LATER_CHARS)
        near = [
            m for m in mentions[i:j]
            if m.form in ("name", "district") and m.place is not None
            and m.place.kind != "continent" and not is_actor_name(text, m) and not _government(text, m)
            and (d.type == DI or not told_from_elsewhere(text, m))
            # "agreed to boost trade ... They also discussed the tragedy in Gaza": what the sides
            # talk about is not where they met
            and not (d.type == DI and lex.TOPIC_IN.search(text, max(0, m.start - 70), m.start))
        ]
        if not near:
            continue
        m = next((m for m in near if m.place.kind != "country"), near[0])
        set_site(d, text, m, "named later in the article", "in", ctx)
        d.precision = max(d.precision, 3 if m.place.kind != "place" else 2)
        d.rule_name += "+site-named-later"


def land_of_unknown_site(drafts: list[Draft], ctx: Context, country: CountryFn) -> None:
    """Place in the land of the incident told before it an event the text says is another one
    ("A second air strike hit a house in the village of X") at a village the gazetteer does not
    know. Such an event takes no earlier event's site (it is another incident) and no place named
    later (its own place is the unknown one); the incidents of a report are in one land unless the
    text names another, so the country of the latest placed event on the ground holds it (drawn
    as the country, precision 3). Run on the merged ``drafts``, after :func:`site_named_later`."""
    prev: Draft | None = None
    for d in drafts:
        if d.type == DI:
            continue
        if d.location is None and d.unknown_site and d.separate and d.modality == "asserted" and prev is not None:
            place = ctx.place_by_id.get(prev.location.id)
            land = country(place.country) if place is not None and place.country else None
            if land is not None:
                d.location = event_location(land, "site", None)
                d.precision, d.location_note = 3, "land of the incident told before"
                d.rule_name += "+unknown-site's-land"
        if d.location is not None and d.modality == "asserted":
            prev = d
