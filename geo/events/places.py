"""Where an event happened, with ACLED precision, and the role of every other place of its sentence.

In order: a visit's destination; the territory taken or lost; a border segment for violence
along a border (:mod:`geo.events.borders`); the place a "where" clause refers to; for statements
the speaker's place or the dateline; a place after "in/at/near"; the scene a sentence opens
with; for diplomacy during a visit its destination. Other places are kept with their role
("actor_base", "mentioned").
"""
from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from dataclasses import replace

from geo.events import rules as lex
from geo.events.actors import Actor
from geo.events.borders import border_location
from geo.events.drafts import OWN_CLAUSE, Context, Draft, strength
from geo.events.lookups import BorderFn, CountryFn, default_area, province_of, seatless_district_area, unoutlined_region_area
from geo.events.offsets import projected
from geo.events.rules import DI, EX, PR, RI, SD, VIOLENT_TYPES
from geo.events.triggers import Trigger
from geo.lang.en.distances import APPOSITION_THEN_DISTANCE, DISTANCE_FROM
from geo.models import RIVER_ID_PREFIX, EventLocation, Mention, Place, Span
from geo.places.normalize import normalize_cached

__all__ = ["PRECISION", "AT_VISIT", "event_location", "locative_cue", "is_dateline", "is_actor_name", "note_places", "place_event", "place_country", "finest", "in_spans", "set_site", "told_from_elsewhere"]

#: ACLED geo_precision by the kind of the place an event is put on.
PRECISION = {"place": 1, "admin2": 2, "admin1": 3, "region": 3, "country": 3, "border": 3}


_TERRITORIAL = frozenset(
    {"Government regains territory", "Non-state actor overtakes territory", "Non-violent transfer of territory"}
)


def _road_end(text: str, m: Mention) -> bool:
    """Is ``m`` one end of a road named after two towns ("the Tyre-Naqura road")?"""
    return bool(lex.ROAD_START.match(text, m.end)) or (text[m.start - 1:m.start] in ("-", "–") and bool(lex.ROAD_WORD.match(text, m.end)))


#: Sub-types whose "from" names the place people were taken at, not where they come from.
_TAKEN_FROM = frozenset({"Arrests", "Abduction/forced disappearance"})


# Diplomacy that happens during a visit: placed at the visit's destination when no place is named.
AT_VISIT = frozenset({"Meeting", "Agreement/Intent to cooperate", "Agreement"})


def event_location(place: Place, role: str, m: Mention | None) -> EventLocation:
    """``place`` in ``role``, pointing at the mention that named it (if any)."""
    return EventLocation(
        name=place.name,
        kind=place.kind if place.kind in PRECISION else "place",
        id=place.id,
        lat=place.lat,
        lon=place.lon,
        role=role,
        mention=(m.start, m.end) if m is not None else None,
    )


_SPACES = re.compile(r"\s+")
_WHERE = re.compile(r"\s*,?\s*where\b")  # "..., where": the place told before the clause
_SCENE = re.compile(r"\s*(?:In|At|Inside|Near)\s+")  # a sentence opening with its scene
_POSSESSIVE = re.compile(r"['’]s\s+")  # "Velmar Oblast's Brask": the area that holds the place after it


#: "by" right before a name: the agent of a passive ("drones launched by Moscow"), no site.
_BY_AGENT = re.compile(r"\bby\s+$")


def locative_cue(text: str, s: Span, m: Mention) -> str:
    """The locative preposition governing a mention: 'in', 'near', 'to', 'from', 'along'… or ''."""
    cue = _cue_before(text[max(s.start, m.start - 70):m.start])
    if not cue and lex.COAST_AFTER.match(text, m.end) and lex.ON_THE.search(text, max(s.start, m.start - 8), m.start):
        return "in"  # "met on Egypt's Mediterranean coast", "on the Egyptian coast": on that land's coast
    return cue


# The cue depends on those 70 characters alone; every stage asks it of the same mentions again
# (the event's place, the places remembered, lists, sites told later), and news repeats phrases.
@functools.lru_cache(maxsize=4096)
def _cue_before(before: str) -> str:
    c = lex.LOCATIVE.search(before)
    if not c or lex.TOPIC_IN.search(before):
        return ""
    prep = _SPACES.sub(" ", c.group("prep").lower().strip())
    if lex.NEAR.match(prep):
        return "near"
    if prep == "from" and lex.REPORTED_FROM.search(before):
        return "in"  # "stone-throwing was reported from Majalgaon": it happened there
    if c.group("verb"):
        return "in"  # "gunmen raided Kaura Namoda": the object of the attack
    if prep in ("in", "at", "inside", "within", "throughout", "across", "around", "over", "off", "on", "streets of"):
        if prep == "in" and _FROM_PLACE_IN.search(before, 0, c.start()):
            # "four farmers from Tolmarek village in Vessa district went to the forest": the area
            # after the home village only says where that village is, the people's origin too
            return "from"
        return "in"
    if prep.endswith(" of") and prep.startswith(("on ", "along ", "off ")):
        return "in"  # "on the Mediterranean coast of Egypt": on the land's own coast
    if prep in ("to", "towards", "toward", "into"):
        return "to"
    return prep


#: "from Tolmarek village ", "from the village of Tolmarek ", "from Tolmarek, ": a home place
#: told right before "in" (the area holding it), so the area is part of where people come from.
_FROM_PLACE_IN = re.compile(
    r"\bfrom\s+(?:the\s+(?:village|town|hamlet|community)\s+of\s+)?(?:[A-Z][\w'’-]*\s+){1,3}"
    r"(?:(?:village|town|hamlet|community|area|locality)\s+)?,?\s*$"
)


#: A name, then what only says where it is from another place: "Nasirabad, 40 kilometres from",
#: "Kidal (25 miles north of", "Bambui, about 10 km south-east of the city of" (up to that place),
#: "Masaka, a town in the central region 190 miles north of".
_NAME_THEN_DISTANCE = (
    re.compile(r"[A-Z][\w'’-]*" + DISTANCE_FROM + "$"),
    re.compile(r"[A-Z][\w'’-]*" + APPOSITION_THEN_DISTANCE + "$"),
)


def told_from_elsewhere(text: str, m: Mention, lo: int = 0) -> bool:
    """Is ``m`` where words about a violent event were said ("talking to reporters in the capital,
    the army chief confirmed the assault") or where its wounded are cared for ("is being treated
    in Quetta")? Neither is where it happened. (``lo``: how far back the cue may be read.)"""
    back = max(lo, m.start - 80)
    return bool(
        lex.SPEECH_VENUE.search(text, back, m.start) or lex.CARE_PLACE.search(text, back, m.start)
        # "was taken to Ramos Mejía Hospital": a hospital named after the place
        or (lex.CARE_NAMED.match(text, m.end) and lex.TAKEN_TO.search(text, back, m.start))
    )



def _across_the_border(text: str, m: Mention) -> bool:
    """``m`` names the land on the other side of a border ("along the border with Mizoram")."""
    return bool(lex.ACROSS_THE_BORDER.search(text, max(0, m.start - 40), m.start))


def _distance_references(text: str, mentions: list[Mention]) -> set[int]:
    """ids of the mentions that only locate the place named just before them ("in Nasirabad, 40
    kilometres from Turbat", Nasirabad known to the gazetteer or not): the reference town is no
    site of the event."""
    return {
        id(m) for m in mentions
        if any(p.search(text, max(0, m.start - 120), m.start) for p in _NAME_THEN_DISTANCE)
    }


def is_dateline(text: str, s: Span, m: Mention) -> bool:
    """A place opening its line and followed by ':' or '—' (after an optional date): a dateline."""
    # a line start further back than 200 characters before the sentence rules it out: the
    # search for it stops there (on a text of one long line it would go back to the start)
    lo = max(0, s.start - 201)
    newline = text.rfind("\n", lo, m.start)
    if newline < 0 and lo > 0:
        return False
    line_start = newline + 1
    if line_start < s.start - 200 or text[line_start:m.start].strip(" \"'“(\t"):
        return False
    return bool(_DATELINE_TAIL.match(text[m.end:m.end + 70]))


#: What follows the place of a dateline: ", Pakistan", "(Reuters)", ", 21 March 2025", then ":", "—" or " - ".
_DATELINE_TAIL = re.compile(
    r"(?:\s*,[^:\n—–()]{1,30})?"
    r"(?:\s*\((?:[A-Z][^()\n]{1,30})\)"  # an agency names the dateline: "Khartoum, June 28 (IANS) Volunteer groups"
    r"|(?:\s*\([^()\n]{1,30}\))?(?:\s*,[^:\n—–()]{1,30})?\s*(?:[:—–]|\s--?\s))"
)


def place_event(
    d: Draft,
    text: str,
    s: Span,
    t: Trigger,
    window: tuple[int, int],
    mentions: list[Mention],
    actors: list[Actor],
    ctx: Context,
    border: BorderFn,
    country: CountryFn,
) -> None:
    """Set ``d.location`` (with precision and the note of how it was found) and ``d.places``."""
    usable = [
        _land_of_place_noun(text, s, m) for m in mentions
        if m.place is not None and m.place.kind != "continent" and not m.place.id.startswith(RIVER_ID_PREFIX)
        and (m.form != "organisation" or _institution_site(text, s, m))
        and not _road_end(text, m)  # "on the Tyre-Naqura road": the road runs between them
        and not _epithet(text, m)  # "on the Caribbean island": the country told, in other words
        and not _body_name(text, m)  # "the Government of National Unity": a body's name, no place
        and not (d.type != DI and told_from_elsewhere(text, m, s.start))
    ]
    # "Karen fighters attacked …": a people or region naming an armed group is an actor, not the site;
    # so is a land owning the attack ("in Russia's overnight attack", "Tehran's strike on Israel")
    actor_name = [is_actor_name(text, m) or bool(lex.OWNS_ATTACK.match(text, m.end)) for m in usable]
    named_actor = [m for m, a in zip(usable, actor_name) if a]
    usable = [m for m, a in zip(usable, actor_name) if not a]
    # "on Egypt's Mediterranean coast": the sea only says which coast of the land, no site (and the
    # land's possessive there is where, not who)
    coast_of = {id(m): c.end() for m in usable if (c := lex.COAST_AFTER.match(text, m.end))}
    if coast_of:
        coasts = [(m.end, coast_of[id(m)]) for m in usable if id(m) in coast_of]
        usable = [m for m in usable if not in_spans(m, coasts)]
    # "in Nasirabad, 40 kilometres from Turbat": Turbat only says where Nasirabad is, no site
    refs = _distance_references(text, usable)
    references = [m for m in usable if id(m) in refs]
    usable = [m for m in usable if id(m) not in refs]
    cues = {id(m): locative_cue(text, s, m) for m in usable}
    if d.type != DI:
        # "clashed with police as the march went on towards the capital": where the crowd was
        # heading is no site of the clash (a visit's destination is its site: kept for diplomacy)
        for m in usable:
            if cues[id(m)] == "to" and lex.HEADING_TO.search(text, max(s.start, m.start - 80), m.start):
                cues[id(m)] = "heading"
    if d.type in (PR, RI):
        # "protests erupted over the lynching of a man in Mymensingh": the place of the act the
        # crowd protests over, told after the trigger, is no site of the crowd (it gathers at home)
        for m in usable:
            if m.start > t.end and lex.GRIEVANCE.search(text, max(t.end, m.start - 120), m.start):
                cues[id(m)] = "grievance"
    if d.subtype in _TAKEN_FROM:
        # "were arrested from Kanpur", "abducted from their school in Kano": where they were taken
        for m in usable:
            if cues[id(m)] == "from" and t.end <= m.start <= t.end + 40 and not lex.ORIGIN.search(text, t.end, m.start):
                cues[id(m)] = "in"
    actor_spans = [(a.start, a.end) for a in actors if a.kind in ("country", "group", "org")]
    site: Mention | None = None
    note = ""
    precision_bump = False
    # "bases along the border with India's Mizoram state": the neighbour across the border is no
    # site (the border segment, read from all the places, may still be)
    inwin = [
        m for m in usable
        if window[0] <= m.start < window[1] and not _across_the_border(text, m)
        and not (d.subtype in ("Meeting", "Agreement/Intent to cooperate") and lex.POSTED_IN.search(text, max(s.start, m.start - 40), m.start))
    ]
    if d.type != DI:
        # "KABUL: Four Pakistani officers were killed …": the dateline is where the report was
        # filed, no place of the clause; it is the last resort (_fallback_site)
        inwin = [
            m for m in inwin
            if (m.start, m.end) != ctx.dateline_mention and not (m.start - s.start < 40 and is_dateline(text, s, m))
        ]
        # "summoned the ambassador in Dhaka to protest against shells": Dhaka is the statement's
        said_at = {x.location.mention for x in ctx.same_sentence(d.sentence) if x.type == DI and x.location}
        inwin = [m for m in inwin if (m.start, m.end) not in said_at]
    if d.subtype == "Visit":
        dest = [
            m for m in inwin
            if m.start >= t.end and cues[id(m)] in ("to", "in", "") and m.form != "demonym"
            and not lex.OFFICE_OF.search(text, max(s.start, m.start - 40), m.start)
            and not lex.NAMED_DOCUMENT.match(text, m.end)  # "to implement the Ankara agreement"
        ]
        if t.rule.has("hosted_here"):
            dest = [m for m in inwin if cues[id(m)] == "in"] or dest
        if dest:
            site, note = dest[0], "destination"
        elif re.match(r"\s+the\s+(?:village|town|city|scene|site|area|region|camp|hospital|district|victims)\b", text[t.end:t.end + 20]):
            # "visited the village" after an attack there: the scene of the last event
            prev = next((x for x in reversed(ctx.drafts[-10:]) if x.location is not None and x.type != DI), None)
            if prev is not None:
                d.location, d.precision, d.location_note = replace(prev.location, role="site", mention=prev.location.mention), prev.precision, "scene of the event visited"
    if d.subtype in _TERRITORIAL:
        # "recaptured the town of Wad Madani", "withdrew from El Fasher": the object is the site
        obj = next((m for m in inwin if t.end <= m.start <= t.end + 45 and m.form != "demonym"), None)
        if obj is not None:
            site, note = obj, "territory"
    # border segment for violent events (and border closures) placed along a border
    if site is None and (d.type in VIOLENT_TYPES or d.rule.has("may_sit_on_border")):
        explicit = [
            m for m in inwin
            if cues[id(m)] in ("in", "near") and m.place.kind in ("place", "admin2") and m.form != "demonym"
        ]
        if not explicit:
            seg_loc = border_location(text, s, t, window, usable, ctx, actors, border, country)
            if seg_loc is not None:
                d.location, d.precision, d.location_note = seg_loc[0], 3, seg_loc[1]
    if d.location is None and site is None:
        where = _WHERE.match(text[window[0]:window[0] + 12])
        if where:
            prev = [m for m in usable if m.end <= window[0] and m.form != "demonym" and m.place.kind != "country"]
            if prev:
                site, note = prev[-1], "where"
    speech = d.subtype in ("Statement/Accusation", "Threat")
    if d.location is None and site is None and speech:
        # a statement is placed where it was made: "officials in Islamabad", "Kabul rejected",
        # a place before the verb, or the dateline; places after the verb are what it is about
        speaker = [m for m in inwin if m.end <= t.start and m.place.kind in ("place", "admin2") and _actor_place(m, actors)]
        here = [
            m for m in inwin
            if m.end <= t.start and cues[id(m)] in ("in", "near") and m.form != "demonym" and m.place.kind in ("place", "admin2")
        ]
        if t.rule.has("summons_envoy"):
            # "summoned Myanmar's ambassador in Dhaka": where the envoy was summoned
            here += [
                m for m in inwin
                if t.end <= m.start <= t.end + 30 and cues[id(m)] == "in" and m.place.kind in ("place", "admin2")
            ][:1]
        dl = [m for m in usable if s.start <= m.start < s.end and is_dateline(text, s, m)]
        venue = [
            m for m in usable
            if s.start <= m.start < s.end and m.place.kind in ("place", "admin2") and m.form == "name"
            and lex.SPEECH_VENUE.search(text, max(s.start, m.start - 80), m.start)
        ]
        if speaker:
            site, note = speaker[-1], "speaker's place"
        elif here:
            site, note = here[-1], "locative"
        elif venue:
            site, note = venue[0], "where it was said"
        elif dl:
            site, note = dl[0], "dateline"
    if d.location is None and site is None and d.type in (PR, RI):
        # "Residents of Menaka protested": the crowd protests where it lives
        home = [m for m in inwin if m.end <= t.start and lex.CROWD_OF.search(text, max(s.start, m.start - 30), m.start)]
        if home:
            site, note = home[-1], "crowd's home"
    if d.location is None and site is None and not speech:
        # "air strikes on southern Tolmaria": a part of a land told by a compass word is a place,
        # not the state struck as a party (the actors read the land after "strikes on" as one)
        land_part = {
            id(m) for m in inwin
            if m.place.kind == "country" and lex.REGION_PART.search(text[max(s.start, m.start - 50):m.start])
        }
        loc = finest([
            m for m in inwin
            if cues[id(m)] in ("in", "near") and m.form != "demonym"
            and (id(m) in coast_of or id(m) in land_part or not in_spans(m, actor_spans))
        ])
        if loc:
            after = [m for m in loc if m.start >= t.end]
            site, note = (after[0] if after else loc[-1]), "locative"
    if d.location is None and site is None and not speech and not text[t.end:window[1]].strip():
        # "shells that landed near Teknaf": the relative clause right after the trigger says where
        rel = lex.RELATIVE_WHERE.match(text, window[1], s.end)
        if rel:
            near = [m for m in usable if rel.start() <= m.start < rel.end() and m.form != "demonym" and cues[id(m)] in ("in", "near")]
            if near:
                site, note = near[0], "relative clause"
    if d.location is None and site is None and d.type == EX:
        # "Hezbollah responded by firing rockets into Israel": the land the fire went into is where
        # it landed, though the same land is read as a party of the exchange
        into = next((
            m for m in usable
            if t.end <= m.start < s.end and m.form != "demonym" and lex.FIRED_INTO.search(text, max(t.end, m.start - 30), m.start)
        ), None)
        if into is not None:
            site, note = into, "where the fire landed"
    if d.location is None and site is None:
        scene = _SCENE.match(text[s.start:s.start + 12])
        if scene:
            first = next((m for m in usable if m.start == s.start + scene.end()), None)
            owned = _POSSESSIVE.match(text, first.end) if first is not None else None
            if owned:
                # "In Velmar Oblast's Brask, a shell hit a school": the scene is the place the
                # area owns, the area only says where it lies
                first = next((m for m in usable if m.start == owned.end() and m.form != "demonym"), first)
            if first is not None:
                site, note = first, "scene"
    if d.location is None and site is None and lex.OWN_AREA.search(text, t.end, window[1]):
        # "Kestra Governor Ana Vell said air defences downed two drones over her region": the
        # official's own area is the place of the title, told before the trigger in the sentence
        # (read among the actors' names too: "Kestra Governor" names the official by the place)
        post = sorted(
            (m for m in usable + named_actor if s.start <= m.start < t.start and m.form == "name" and lex.TITLE_OF_AREA.match(text, m.end)),
            key=lambda m: m.start,
        )
        if post:
            site, note = post[-1], "the official's own area"
            cues[id(site)] = "in"
    if d.location is None and site is None and d.type in VIOLENT_TYPES:
        rest = [
            m for m in inwin
            if m.form != "demonym" and cues[id(m)] not in ("from", "to", "heading", "grievance") and not in_spans(m, actor_spans)
            and m.place.kind in ("place", "admin2", "admin1", "region")
            and not _BY_AGENT.search(text, max(s.start, m.start - 4), m.start)  # "drones launched by Moscow": who, not where
        ]
        if rest:
            site, note, precision_bump = rest[0], "named in the clause", True
    if d.location is None and site is None and d.type in VIOLENT_TYPES:
        # "Kestra Governor Ana Vell said shelling killed two in a village": an area's official who
        # reports an incident whose clause names no place tells the news of the area of the title
        # (the region a regional governor speaks for, the city a mayor speaks for)
        post = [
            m for m in usable + named_actor
            if s.start <= m.start < t.start and m.form == "name" and m.place.kind in ("admin1", "admin2", "place")
            and (title := lex.TITLE_OF_AREA.match(text, m.end)) and lex.OFFICIAL_REPORTS.fullmatch(text, title.end(), t.start)
        ]
        if post:
            site, note = post[-1], "the official's own area"
            cues[id(site)] = "in"
    if d.location is None and site is None and d.type != DI:
        # "in Korvela, 40 kilometres from Mopti", Korvela unknown to the gazetteer: the town only
        # says where the site is, and the province holding the town is the smallest known area
        # holding the site (the town's point may be tens of km off; no site would drop it)
        # (not a national capital's: it often fills a small district of its own, "Sabiid, 40 km
        # southwest of Mogadishu" lies outside the capital's Banaadir)
        ref = next((m for m in references if s.start <= m.start < s.end and m.place.kind in ("place", "admin2")), None)
        name = _unknown_site_between(ctx, text, s, s.start, ref.start) if ref is not None else ""
        seat = ctx.capital(ref.place.country) if name and ref.place.country else None
        area = province_of(ref.place) if name and (seat is None or seat.id != ref.place.id) else None
        if area is not None:
            d.location = event_location(area, "site", None)
            d.precision, d.location_note, d.unknown_site = 3, "province of the town the site is measured from", name
    if site is not None and site.place.kind == "country":
        # "an air raid in southern Afghanistan killed 11, but the military said the weekend raid
        # in Oruzgan province killed militants": the incident named again, at a place in that land
        again = next((
            m for m in usable
            if m.start >= t.end and m.form != "demonym" and m.place.kind in ("admin1", "admin2", "place")
            and m.place.country == site.place.country and lex.INCIDENT_AGAIN.search(text, max(s.start, m.start - 60), m.start)
        ), None)
        if again is not None:
            site, note = again, "the incident named again"
    if site is not None:
        site_cue = cues[id(site)]
        site, area_note = _administrative(text, site, usable, ctx.areas | {m.place.admin1 for m in usable if m.place.kind == "admin1"})
        ctx.place_by_id.setdefault(site.place.id, site.place)  # an area read from a town's name is named too
        if area_note:
            note += f", {area_note}"
        role_loc = event_location(site.place, "site", site)
        prec = PRECISION.get(site.place.kind, 3)
        if "area named after its town" in area_note:
            prec = max(prec, 2)
        if site_cue in ("near", "to") and prec == 1 and note != "destination":
            prec = 2
        if precision_bump or (prec == 1 and lex.PART_OF.match(text, site.end)):
            prec = min(3, prec + 1)  # "El Fasher's eastern district": part of the town
        if site.place.kind == "place" and (
            lex.REGION_AFTER.match(text, site.end) or lex.REGION_OF.search(text, max(s.start, site.start - 30), site.start)
        ):
            prec = 3  # "the Sumy region": the town's name stands for a larger region
        far = projected(text, role_loc)
        if far is not None:
            # "a drone strike about 60 miles north of Mogadishu": the point the words tell, not the town
            role_loc, prec, note = far, 2, note + ", projected from the distance and bearing told"
        d.location, d.precision, d.location_note = role_loc, prec, note
    if d.location is None and d.type != DI:
        # "tribes agreed to a ceasefire after clashes": the clashes share the sentence's scene
        same = None
        for x in reversed(ctx.drafts):
            if x.sentence != d.sentence:
                break
            if x.location is not None and x.type != DI and strength(x) == OWN_CLAUSE:  # its own words placed it
                same = x
                break
        if same is not None:
            d.location, d.precision, d.location_note = replace(same.location, role="site"), same.precision, "same sentence"
    if d.location is None and d.type != DI and not (d.type == SD and d.subtype == "Agreement"):
        # "Bomb disposal experts defused a second device": no place named, the scene is the last one
        # statements in between do not move the scene; nor does history ("a hotel where militants
        # attacked guests in Brask in 2019", a photo caption's old incident): it sets no scene for
        # the news told after it
        prev = ctx.last_scene
        if (
            prev is not None and prev.location is not None and prev.type != DI and strength(prev) == OWN_CLAUSE
            and prev.modality != "background" and d.paragraph - prev.paragraph <= 1 and not usable and not d.separate
        ):
            d.location, d.precision, d.location_note = replace(prev.location, role="site"), prev.precision, "previous event's site"
    if d.location is None and d.subtype in AT_VISIT:
        # "met his counterpart in Nairobi and the two signed an agreement": one meeting, one place
        met = next((
            x for x in reversed(ctx.same_sentence(d.sentence))
            if (x.subtype in AT_VISIT or x.subtype == "Visit") and x.location is not None and strength(x) == OWN_CLAUSE
        ), None)
        if met is not None:
            d.location, d.precision, d.location_note = replace(met.location, role="site"), met.precision, "the meeting's place"
    if d.location is None and d.modality == "asserted" and not (d.subtype in AT_VISIT and _visit_site(ctx) is not None):
        remote = _remote_talk(d, text)
        _fallback_site(
            d, text, s, t, usable, cues, actor_spans, ctx, country, _speaker_land(d, t, actors, mentions, country, remote), remote,
            _named_only_after(text, d.actors[0], s, t, actors) if d.actors else False,
        )
    if d.location is None and d.subtype in AT_VISIT:
        visit = _visit_site(ctx)
        if visit is not None:
            d.location, d.precision, d.location_note, d.fallback_site = visit[0], visit[1], "visit destination", True
    if d.type != DI and (d.location is None or strength(d) < OWN_CLAUSE):
        # "in Nasirabad" unknown to the gazetteer, in the event's clause or before it: a site of its own
        # (the clause's names found by bisection: one look per event, not the article's names)
        # (the sentence up to the clause's end: "In a separate incident in Kalpur, a grenade …")
        d.unknown_site = _unknown_site_between(ctx, text, s, s.start, window[1])
        if strength(d) < OWN_CLAUSE:
            d.rural_site = _rural_unknown(ctx, text, s, window[1])
    if d.type != DI and d.location is not None and d.location.kind == "admin2" and strength(d) == OWN_CLAUSE and d.location.mention:
        # "at Korvela village in Dunmere district": the district's point is its seat town, which the
        # text does not say is the site; the province is the smallest known area drawn with an
        # outline. The unknown name stays the event's own site (another incident's town in the
        # province is another incident: geo.events.drafts._unknown_apart)
        name = _unknown_site_between(ctx, text, s, s.start, d.location.mention[0])
        if name and province_of_unknown_site(d, ctx):
            d.unknown_site = name
    elif d.type != DI and d.location is not None and d.location.kind in ("admin1", "country") and strength(d) == OWN_CLAUSE and d.location.mention:
        # "attacked the village of Korvela in the Dunmere region": the region is the smallest known
        # area holding the site ("in southern Velmar": the land, when it is the only area told), and
        # the unknown village stays the event's own site, so a town of
        # the region told with other news ("shelling of the regional capital") is another incident
        # (geo.events.drafts._unknown_apart), not a finer site of this one
        d.unknown_site = _unknown_site_between(ctx, text, s, s.start, d.location.mention[0])
    elif d.type != DI and d.location is not None and d.location.kind in ("admin2", "place") and d.location_note == "previous event's site":
        # "… attacked a post in the Dunmere district. The assault took place at a checkpoint in the
        # Korvela area": the district told before holds the site this sentence names, unknown to
        # the gazetteer; the same reading as above (the province, not the seat's point)
        name = _unknown_site_between(ctx, text, s, s.start, s.end)
        if name and province_of_unknown_site(d, ctx, told=False):
            d.unknown_site = name
    if d.type != DI and d.location is not None and d.location.kind == "place" and strength(d) >= 3 and d.location.mention:
        # "at Tolmi village near Brask", "in Dunsa upazila of Brask", "Brask's Qelbani tehsil": the site
        # is a village or rural subdivision of the town's district the gazetteer may lack, often tens
        # of km from the town's point (the district's seat); the province holds it (the same reading
        # as a place inside a district above). A town's own quarters ("the Varzo area of Brask")
        # stay at the town's point. (Found in its clause, its sentence or its paragraph: the words
        # around the town's name say it, however the town was linked.)
        part = _subplace_of_town(text, d.location.mention)
        if part and province_of_unknown_site(d, ctx):
            d.unknown_site = d.unknown_site or part
    if d.type != DI and d.location is not None and d.location.kind in ("region", "admin2") and d.location.mention:
        _part_of_region(d, text, ctx)
    if d.type != DI and ctx.unknown:
        # the unknown names of its whole sentence ("in Khar, the main town of Bajaur"): a later
        # mention "in Bajaur" is no site apart from this one (geo.events.drafts._unknown_apart)
        starts = ctx.unknown_starts
        lo, hi = bisect.bisect_left(starts, s.start), bisect.bisect_left(starts, s.end)
        d.unknown_told = tuple(m.text.lower() for m in ctx.unknown[lo:hi])
    if d.subtype == "Visit" and d.location is not None:
        d.visit_site = d.location
    # every other place of the sentence, with its role
    for m in usable:
        if d.location is not None and d.location.mention == (m.start, m.end):
            continue
        if m.form == "demonym" or _actor_place(m, actors) or cues[id(m)] == "from":
            role = "actor_base"
        else:
            role = "mentioned"
        d.places.append(event_location(m.place, role, m))
    for m in named_actor:
        d.places.append(event_location(m.place, "actor_base", m))
    for m in references:
        d.places.append(event_location(m.place, "mentioned", m))
    if d.location is None or d.location.kind != "border":
        # a border named in the clause ("joint patrols along the frontier between ...") is kept
        # as a mentioned place, so the segment still reaches the map
        seg_loc = border_location(text, s, t, window, usable, ctx, actors, border, country, strict=True)
        if seg_loc is not None:
            d.places.append(replace(seg_loc[0], role="mentioned"))
    if d.location_note:
        d.rule_name += "+" + d.location_note.replace(", ", "+").replace(" ", "-")


#: After a demonym, a noun that makes it say where: "the southern Lebanese village of Aitaroun",
#: "on the Afghan side of the border".
_PLACE_NOUN_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:village|town|city|district|province|region|capital|port|camp|countryside|territory|side|soil)\b"
)


def _land_of_place_noun(text: str, s: Span, m: Mention) -> Mention:
    """A demonym in a locative phrase before a place noun ("in the southern Lebanese village of
    Aitaroun", the village unknown to the gazetteer) names the land it is in: read as its country's
    name there (a demonym is otherwise an actor, never a site)."""
    # ("on the Egyptian coast": a land's coast, lexicon coast_after)
    if m.form != "demonym" or not (_PLACE_NOUN_AFTER.match(text, m.end) or lex.COAST_AFTER.match(text, m.end)) or locative_cue(text, s, m) not in ("in", "near"):
        return m
    return replace(m, form="name")


def _institution_site(text: str, s: Span, m: Mention) -> bool:
    """Is an institution named after its town the place where something happens ("protested at
    Kabul University", "rallied outside the Quetta Press Club")? Then its town is the site; a
    party or a firm named after a place ("the Pakistan Peoples Party") is not."""
    return m.place.kind == "place" and locative_cue(text, s, m) in ("in", "near")


def finest(cands: list[Mention]) -> list[Mention]:
    """Leave out areas that contain another candidate ("in Afghanistan's Paktika province")."""

    def contains(big: Place, small: Place) -> bool:
        if big.kind == "country":
            return small.kind != "country" and small.country == big.country
        if big.kind == "admin1":
            return small.kind in ("admin2", "place") and small.admin1 == big.id
        return False

    return [m for m in cands if not any(o is not m and contains(m.place, o.place) for o in cands)]


def in_spans(m: Mention, spans: list[tuple[int, int]]) -> bool:
    return any(a <= m.start and m.end <= b for a, b in spans)


def _actor_place(m: Mention, actors: list[Actor]) -> bool:
    return any(a.start <= m.start and m.end <= a.end for a in actors)


def _visit_site(ctx: Context) -> tuple[EventLocation, int] | None:
    d = ctx.last_visit
    return (d.visit_site, d.precision) if d is not None and d.visit_site is not None else None


def place_country(loc: EventLocation, mentions: list[Mention]) -> str:
    """The alpha-2 country code of the mentioned place ``loc`` stands on, or ""."""
    for m in mentions:
        if m.place is not None and m.place.id == loc.id:
            return m.place.country
    return ""


def _epithet(text: str, m: Mention) -> bool:
    """Is ``m`` a region's name standing for the country of the story ("the Caribbean island",
    "the Gulf state")?"""
    return m.place is not None and m.place.kind == "region" and lex.COUNTRY_EPITHET.match(text, m.end) is not None


def _body_name(text: str, m: Mention) -> bool:
    """Is ``m`` a word of a body's name told with "National" ("the Government of National Unity",
    "the National Unity Government": Libya's or Myanmar's government, not Unity state)?"""
    if lex.BODY_NAME_BEFORE.search(text, max(0, m.start - 40), m.start) is not None:
        return True
    return text[max(0, m.start - 9):m.start] == "National " and lex.BODY_NAME_AFTER.match(text, m.end) is not None


def is_actor_name(text: str, m: Mention) -> bool:
    """"Karen fighters", "the Shan militia", "Tigray forces", "the forces of Tigray": the name is part
    of an actor's name.

    A country's forces stay a country (its actor base) either way; for any other name the
    place of the same name is not where the event happened.
    """
    if m.form == "demonym":
        return False
    if lex.ACTOR_OF.search(text, max(0, m.start - 80), m.start):
        return True  # "the forces of the regional state of Puntland"
    return bool(lex.ACTOR_AFTER.match(text, m.end)) and not re.match(r"\s+(?:people|peoples)\s+(?:in|of|at)\b", text[m.end:m.end + 20])


def note_places(ctx: Context, text: str, s: Span, paragraph: int, mentions: list[Mention], actors: list[Actor]) -> None:
    """Remember the places of sentence ``s`` that could be the site of a later event."""
    actor_spans = [(a.start, a.end) for a in actors if a.kind in ("country", "group", "org")]
    for m in mentions:
        if m.place is None or m.form in ("organisation", "demonym") or m.place.kind == "continent" or _epithet(text, m):
            continue
        if m.place.kind == "admin1":
            ctx.areas.add(m.place.id)
        if is_actor_name(text, m) or in_spans(m, actor_spans) or (m.start, m.end) == ctx.dateline_mention:
            continue  # the dateline is where the report was filed: the last resort, not a scene
        cue = locative_cue(text, s, m)
        if cue != "from":
            ctx.seen.append((paragraph, s.start, m, cue))


#: The words of a first-level area named after its town ("the Tarnov region"; not "state" or
#: "department", which also say a condition or an office: "the lawless state of Brask").
_REGION_WORDS = frozenset({"region", "province", "oblast", "governorate"})
#: The words that name a first-level area after its name ("Sindh province", "Cauca department").
_FIRST_LEVEL_WORDS = _REGION_WORDS | {"state", "department"}


def _administrative(text: str, site: Mention, usable: list[Mention], areas: set[str]) -> tuple[Mention, str]:
    """The site as an administrative phrase reads it, and a note saying how (or "").

    * "Magway Region's Pakokku Township": the place named after the area's possessive, with the
      area as context;
    * "the Thatta district", "Cauca department": the area of that name when the gazetteer has
      one, else the town the area is named after (ACLED precision 2 at least);
    * a town of the same name inside a first-level area the article names wins over the one
      chosen elsewhere ("a village in Kasur district of Punjab province").
    """
    note = ""
    fixed = any(e.startswith("corrected by an analyst") for e in site.evidence)  # the analyst's reading stands
    poss = lex.AREA_POSSESSIVE.match(text, site.end)
    if poss is not None and not poss.group("word") and site.place.kind not in ("admin1", "admin2", "country"):
        poss = None  # "Kabul's Shakar Dara district": a town's possessive, read elsewhere
    if poss is not None:
        inner = next((m for m in usable if m.start == poss.end()), None)
        if inner is not None:
            if site.place.kind != "admin1":
                area = next((c.place for c in site.candidates if c.place.kind == "admin1"), None)
                areas = areas | ({area.id} if area is not None else set())
            else:
                areas = areas | {site.place.id}
            site, note = inner, "inner place of the area"
            fixed = any(e.startswith("corrected by an analyst") for e in site.evidence)
    province = seatless_district_area(site.place, site.text) if site.place.kind == "admin2" and not fixed else None
    if province is not None:
        # "an IED in Kech district": no town of its name to stand for it, so its province
        site = replace(site, place=province)
        return site, (note + ", " if note else "") + "province of a district with no seat"
    after = lex.AREA_AFTER.match(text, site.end) or lex.ADMIN_AREA_OF.search(text, max(0, site.start - 30), site.start)
    if after is not None:
        word = after.group("word").lower() if after.re is lex.ADMIN_AREA_OF else after.group(0).strip().lower()
        big = word in _FIRST_LEVEL_WORDS
        wanted = ("admin1",) if big else ("admin2", "admin1")
        area = next((c.place for c in site.candidates if c.place.kind in wanted and c.place.name.lower() == site.place.name.lower()), None)
        if area is None and site.place.kind in wanted:
            area = site.place
        if area is None and word in _REGION_WORDS and site.place.kind == "place" and site.place.admin1:
            # "Russian strikes on the Tarnov region": the region named after its town, told as a
            # region, is the first-level area holding the town (under another spelling in the
            # gazetteer: "Tarnovska oblast"), not the town's point tens of km from the site
            area = province_of(site.place)
        if area is not None:
            if area is not site.place and not fixed:
                site = replace(site, place=area)
                note = (note + ", " if note else "") + f"area ({word})"
            return site, note
        if site.place.kind == "place":
            note = (note + ", " if note else "") + "area named after its town"
    if site.place.kind in ("place", "admin2") and areas and site.place.admin1 not in areas and not fixed:
        # the reading inside an area the article names wins ("a village of that name in the province");
        # a place the name is only another name of is no namesake ("Islamabad", a local name of
        # Anantnag in Kashmir, does not take the capital away in a story naming Kashmir)
        alt = next(
            (c.place for c in site.candidates if c.place.kind == site.place.kind and c.place.admin1 in areas and c.place.id != site.place.id
             and normalize_cached(c.place.name) == normalize_cached(site.text)),
            None,
        )
        if alt is not None:
            site = replace(site, place=alt)
            note = (note + ", " if note else "") + "inside the named area"
    return site, note


def _fallback_site(
    d: Draft,
    text: str,
    s: Span,
    t: Trigger,
    usable: list[Mention],
    cues: dict[int, str],
    actor_spans: list[tuple[int, int]],
    ctx: Context,
    country: CountryFn,
    speaker_land: Place | None = None,
    remote: bool = False,
    first_party_is_object: bool = False,
) -> None:
    """No place in the event's own clause: the finest place the context gives, nearest first.

    The same sentence (outside the clause), the earlier sentences of its paragraph, the site of
    the last event told before, the article's dateline. Statements are only placed at the
    dateline (the places they name are what they are about). The reason is the location note.
    """
    speech = d.type == DI
    if not speech:
        said_at = {x.location.mention for x in ctx.same_sentence(d.sentence) if x.type == DI and x.location}
        here = [
            m for m in usable
            if m.form != "demonym" and cues[id(m)] not in ("from", "heading", "grievance") and not in_spans(m, actor_spans)
            and (m.start, m.end) not in said_at and m.place.kind != "country" and (m.start, m.end) != ctx.dateline_mention
            and not _across_the_border(text, m)
            # "TEHRAN: Gunmen killed five civilians in Iran's southeast": a line-opening place
            # before ':' or '—' is where the report was filed, wherever the line stands (after
            # a photo caption or a summary the article's own dateline is not known): no site
            and not (m.start - s.start < 40 and is_dateline(text, s, m))
        ]
        here = finest([m for m in here if cues[id(m)] in ("in", "near", "to")] or here)
        if here:
            m = min(here, key=lambda x: abs(x.start - t.start))
            set_site(d, text, m, "same sentence", cues[id(m)], ctx)
            return
        # "in a separate attack": the places told before are those of the other incident, but not
        # those of sentences told after it with no incident of their own ("A separate operation
        # was conducted in Bannu district. Troops engaged another group …": this one's scene)
        since = max((x.sentence.start for x in ctx.drafts[-10:] if x.sentence.start < s.start), default=-1) if d.separate else -1
        seen = [x for x in reversed(ctx.seen[-60:]) if x[0] == d.paragraph and since < x[1] < s.start]
        earlier = [(sent, m, cue) for _p, sent, m, cue in seen if m.place.kind != "country"]
        # "Lindora launched a raid on Ostavia's depots" after a sentence naming a Lindoran town:
        # a country the clause strikes or puts the event in outranks a town of another country
        clause_lands = {
            m.place.country for m in usable
            if m.place.kind == "country" and cues[id(m)] in ("in", "near") and m.form != "demonym" and not _across_the_border(text, m)
        }
        if clause_lands:
            earlier = [x for x in earlier if x[1].place.country in clause_lands]
        if earlier:
            last_sentence = earlier[0][0]
            cands = [(m, cue) for sent, m, cue in earlier if sent == last_sentence]
            located = [x for x in cands if x[1] in ("in", "near")] or cands
            finer = finest([m for m, _ in located])
            m, cue = next(x for x in reversed(located) if x[0] in finer)
            set_site(d, text, m, "earlier sentence of the paragraph", cue, ctx)
            return
        # "struck hideouts across the border in Afghanistan": a country the paragraph puts things
        # in, unless the dateline is a town inside it
        # ("killed in the American attack": a demonym names the attacker, never a land)
        lands = [m for m in usable if m.place.kind == "country" and cues[id(m)] in ("in", "near") and m.form != "demonym"]
        lands += [m for _p, _sent, m, cue in seen if m.place.kind == "country" and cue in ("in", "near") and m.form != "demonym"]
        if lands and (ctx.dateline is None or ctx.dateline.country != lands[0].place.country):
            note = "same sentence" if s.start <= lands[0].start < s.end else "earlier sentence of the paragraph"
            set_site(d, text, lands[0], note, "in", ctx)
            return
        # "KATHMANDU: a curfew was in place in a Nepali town after clashes": a town of that land the
        # sentence does not name; the dateline is where the report was filed, a town the text would
        # have named had the clashes been there: the land, whatever the dateline
        unnamed = next((
            m for m in usable
            if m.place.kind == "country" and s.start <= m.start < s.end and lex.UNNAMED_PLACE_OF_LAND.match(text, m.end)
            and lex.A_PLACE_BEFORE.search(text, max(s.start, m.start - 30), m.start)
        ), None)
        if unnamed is not None:
            set_site(d, text, unnamed, "same sentence", "in", ctx)
            return
    # a call between capitals (``remote``) happens in none of the places it is about: where the caller is
    said = d.subtype in ("Statement/Accusation", "Threat") or remote
    # "the director general summoned the British ambassador", "the ministry lodged a protest with
    # the Chinese embassy": a party the sentence names only after the verb is whom it is said to,
    # not who says it (whose land is then unknown here)
    said_by = d.actors[0] if d.actors and not first_party_is_object else ""
    if said and (said_by or speaker_land is not None):
        # "Pakistan denied the claim" in a report filed from Tehran: said in the speaker's country
        # ("Taliban (Afghanistan)": the country ACLED names the actor by)
        named = re.search(r"\(([^()]+)\)$", said_by)
        home = ctx.last_country_named(said_by, named and named.group(1)) or speaker_land
        if home is not None and (ctx.dateline is None or ctx.dateline.country != home.country):
            seat = ctx.capital(home.country) if home.kind == "country" and lex.GOVERNMENT_BODY.match(said_by) else None
            if seat is not None:
                # "Russia's Foreign Ministry said": a ministry speaks from the capital it sits in
                d.location = event_location(seat, "site", None)
                d.precision, d.location_note = 1, "speaker's seat"
                return
            d.location = event_location(home, "site", None)
            d.precision, d.location_note = 3, "speaker's country"
            return
    if not speech and not d.separate:
        # the last incident told as news (history and plans, "since Hamas attacked Israel", set no
        # scene), before the dateline: "MAPUTO — … killed five people in Cabo Delgado. … Last Friday
        # the insurgents killed two residents of a village the gazetteer does not know": the dateline
        # is where the reporter files, the story's last scene is nearer the event
        prev = ctx.latest_site(lambda x: x.location.role == "site" and x.modality == "asserted" and x.location_note != "dateline")
        if prev is not None:
            d.location, d.precision, d.location_note = replace(prev.location), max(prev.precision, 2), "earlier event's site"
            return
    if d.subtype == "Meeting" and not remote:
        # "At a round of bilateral talks, with the two premiers, the host praised ...": talks that
        # name no place of their own are held where the summit or meeting told before was; "in a
        # separate meeting with ..." too: another meeting of the same trip or summit, not another
        # place (the report's dateline is where it was filed from)
        prev = ctx.last_meeting
        if prev is not None and prev.location is not None:
            d.location, d.precision, d.location_note = replace(prev.location), max(prev.precision, 2), "earlier meeting's site"
            return
    area = default_area(ctx.dateline.admin1) if d.separate and ctx.dateline is not None and ctx.dateline.kind == "place" else None
    if area is not None:
        # "QUETTA: … A police station in Noshki was also attacked, a third incident": another
        # incident the report filed from Quetta tells, somewhere in its province, not in Quetta
        d.location, d.precision, d.location_note = event_location(area, "site", None), 3, "the dateline's province"
        return
    if ctx.dateline is not None and ctx.dateline.kind != "continent":
        prec = PRECISION.get(ctx.dateline.kind, 3)
        d.location = EventLocation(
            name=ctx.dateline.name, kind=ctx.dateline.kind if ctx.dateline.kind in PRECISION else "place",
            id=ctx.dateline.id, lat=ctx.dateline.lat, lon=ctx.dateline.lon, role="site", mention=ctx.dateline_mention,
        )
        # the dateline is where the report was filed: the event is there or near it
        d.precision, d.location_note = max(prec, 2), "dateline"
        return
    if said:
        # a reaction to the incidents told: in the country they happened in
        # (a sea or a region of several lands is in no country: the latest site that is)
        about = ctx.latest_site(lambda x: x.location.id in ctx.place_by_id and bool(ctx.place_by_id[x.location.id].country))
        land = country(ctx.place_by_id[about.location.id].country) if about is not None else None
        if land is not None:
            d.location, d.precision, d.location_note = event_location(land, "site", None), 3, "country of the events told"
    if speech:
        if d.location is None and ctx.home is not None:
            # "President Petro said of the attack …", "officials of both sides held talks": no
            # place, no speaker's country known, but the article is about one country: most
            # likely said or held there (drawn as the country, precision 3)
            d.location, d.precision, d.location_note = event_location(ctx.home, "site", None), 3, "the article's country"
        return
    if not d.separate:
        # the latest place named before the sentence (read from the end: one look, not the article)
        m = next((m for _p, sent, m, _cue in reversed(ctx.seen) if sent < s.start), None)
        if m is not None:
            d.location = event_location(m.place, "site", m)
            d.precision, d.location_note = min(3, PRECISION.get(m.place.kind, 3) + 1), "named earlier in the article"
            return
    if ctx.home is not None:
        # "One soldier hurt in skirmish." opening a report on a border crossing, or a raid "in a
        # town of Kacchi district" the gazetteer does not know: nothing closer is named, but the
        # article's places are in one country, and the incident is there (drawn as the country)
        d.location, d.precision, d.location_note = event_location(ctx.home, "site", None), 3, "the article's country"


def _remote_talk(d: Draft, text: str) -> bool:
    """Is ``d`` talks held apart, by phone or video ("discussed by phone", "a video call")?"""
    return d.subtype == "Meeting" and lex.REMOTE_TALK.search(text, d.sentence.start, d.sentence.end) is not None


def _named_only_after(text: str, name: str, s: Span, t: Trigger, actors: list[Actor]) -> bool:
    """Is the party ``name`` named in the sentence ``s``, and only after the trigger ``t``, as its
    object? ("was summoned by the director general of the Iranian Foreign Ministry": a passive's
    agent after "by" is who acts)"""
    here = [a for a in actors if s.start <= a.start < s.end and name in (a.members or (a.name,))]
    return bool(here) and all(a.start >= t.end and not _BY_WORD.search(text, t.end, a.start) for a in here)


_BY_WORD = re.compile(r"\bby\b")


def _speaker_land(d: Draft, t: Trigger, actors: list[Actor], mentions: list[Mention], country: CountryFn, remote: bool = False) -> Place | None:
    """The country the speaker of a statement belongs to, told in the speaker's own name ("the
    Iranian Foreign Ministry", "Border Guard Bangladesh", "UK Prime Minister Keir Starmer"), or None."""
    if d.subtype not in ("Statement/Accusation", "Threat") and not remote:  # (or talks held by phone)
        return None
    said_by = d.actors[0] if d.actors else None
    named = [m for m in mentions if m.place is not None and m.form != "organisation"]
    for a in reversed([a for a in actors if a.end <= t.start and (said_by is None or a.name == said_by)]):
        for m in named:
            if a.start <= m.start and m.end <= a.end:
                land = m.place if m.place.kind == "country" else country(m.place.country) if m.form == "demonym" else None
                if land is not None:
                    return land
        if a.country is not None:  # "UK Prime Minister Keir Starmer": the office's country, named before the name
            land = next((m.place for m in named if m.place.kind == "country" and m.place.id == a.country), None)
            if land is not None:
                return land
    return None


#: The share of an article's places (mentions, demonyms and organisations' names left out) that
#: must lie in one country for that country to be where its unplaced incidents happened.
HOME_SHARE = 0.6


def home_country(mentions: list[Mention], country: CountryFn) -> Place | None:
    """The country at least :data:`HOME_SHARE` of the article's places are in (and two of them at
    least), or None when its places are spread over several countries."""
    lands = [m.place.country for m in mentions if m.place is not None and m.form == "name" and m.place.country]
    if len(lands) < 2:
        return None
    top, n = Counter(lands).most_common(1)[0]
    return country(top) if n >= 2 and n >= HOME_SHARE * len(lands) else None


def set_site(d: Draft, text: str, m: Mention, note: str, cue: str, ctx: Context) -> None:
    """Put ``d`` at mention ``m`` found by the fallback ``note``; never finer than "near the town"."""
    m, area_note = _administrative(text, m, [m], ctx.areas)
    ctx.place_by_id.setdefault(m.place.id, m.place)
    prec = PRECISION.get(m.place.kind, 3)
    if m.place.kind == "place" and (cue == "near" or lex.REGION_AFTER.match(text, m.end) or lex.PART_OF.match(text, m.end)):
        prec = 3 if lex.REGION_AFTER.match(text, m.end) else 2
    if "area named after its town" in area_note:
        prec = max(prec, 2)
    if (m.start, m.end) == ctx.dateline_mention:
        note, prec = "dateline", max(prec, 2)
    d.location, d.precision = event_location(m.place, "site", m), prec
    d.location_note = note + (f", {area_note}" if area_note else "")


def _unknown_site_between(ctx: Context, text: str, s: Span, start: int, end: int) -> str:
    """The first name the gazetteer does not know that sentence ``s`` places something "in" or
    "near" between ``start`` and ``end`` ("" when none; found by bisection, not by a walk)."""
    lo, hi = bisect.bisect_left(ctx.unknown_starts, start), bisect.bisect_left(ctx.unknown_starts, end)
    return next((m.text for m in ctx.unknown[lo:hi] if locative_cue(text, s, m) in ("in", "near")), "")


def _rural_unknown(ctx: Context, text: str, s: Span, end: int) -> str:
    """The first name the gazetteer does not know in sentence ``s`` up to ``end`` told as a
    village or a rural subdivision ("in Ambel tehsil", "the villages of Tolmi and Nareth"), not
    as where someone came from ("fled from the village of Tolmi"), or "" (found by bisection, a
    bounded look beside each name)."""
    lo, hi = bisect.bisect_left(ctx.unknown_starts, s.start), bisect.bisect_left(ctx.unknown_starts, end)
    for m in ctx.unknown[lo:hi]:
        told = lex.RURAL_AFTER.match(text, m.end, m.end + 20) or lex.RURAL_BEFORE.search(text, max(0, m.start - 25), m.start)
        if told and locative_cue(text, s, m) != "from":
            return m.text
    return ""


#: Where the name of a part told by ``subplace_before`` ends.
_SUBPLACE_WORD = re.compile(r"\s*,|\s+(?:village|hamlet|upazila|union|tehsil|taluka|mandal|block|police|sub-?division)\b", re.I)


def _subplace_of_town(text: str, mention: tuple[int, int]) -> str:
    """The name of a village or rural subdivision by the town at ``mention`` its sentence tells
    the event at ("Tolmi village near Brask", "Dunsa upazila of Brask", "Nareth, a village outside
    Brask", "Brask's Qelbani tehsil"), or "" (a bounded look on either side of the mention: no walk
    over the text)."""
    start, end = mention
    before = lex.SUBPLACE_BEFORE.search(text, max(0, start - 70), start)
    if before is not None:
        return _SUBPLACE_WORD.split(before.group(0), maxsplit=1)[0]
    after = lex.SUBPLACE_AFTER.match(text, end, end + 60)
    return _SUBPLACE_WORD.split(after.group(0)[2:].strip(), maxsplit=1)[0] if after is not None else ""


def _part_of_region(d: Draft, text: str, ctx: Context) -> None:
    """"in North Tolmaran", "southern Tolmaran", "the southern part of Korvela district": the event
    is in a part of a region or district the gazetteer keeps as one point without an outline (a
    region's middle, a district's seat town: often tens of km from any site of the part, and drawn
    so on the map); the first-level area holding it has an outline and holds the part. Regions of
    several countries or with an outline keep their reading."""
    start, end = d.location.mention
    region = ctx.place_by_id.get(d.location.id)
    if region is None:
        return
    # the word before the name ("southern Tolmaran"), or the mention's own first word when the
    # rest of the mention is the region's name ("North Tolmaran" read as Tolmaran; not "South
    # Ossetia", a region's whole name, nor "Northeast Syria", another name of a region)
    first, _, rest = text[start:end].partition(" ")
    told = text[max(0, start - 50):start] + (first + " " if rest.lower() == region.name.lower() else "")
    if lex.REGION_PART.search(told) is None:
        return
    if region.kind == "admin2":  # a district: no outline, its point is its seat town
        area = province_of(region)
    else:
        area = unoutlined_region_area(region)
    if area is None:
        return
    d.location = replace(event_location(area, "site", None), mention=d.location.mention)
    d.precision = 3
    d.location_note += ", province holding the part"


def province_of_unknown_site(d: Draft, ctx: Context, told: bool = True) -> bool:
    """Put ``d``, told at a place the gazetteer does not know inside the district it is at, on
    the first-level area holding that district (precision 3); False when the gazetteer has none.
    ``told``: the text itself puts the site in the district (not a scene read from before)."""
    district = ctx.place_by_id.get(d.location.id) if d.location is not None else None
    area = province_of(district)
    if area is None:
        return False
    d.unknown_within = district.id if told else ""
    d.location = replace(event_location(area, "site", None), mention=d.location.mention)
    d.precision = 3
    d.location_note += ", province of the unknown site"
    return True
