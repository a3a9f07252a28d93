"""Events while they are read (:class:`Draft`), what the article established (:class:`Context`),
and how drafts become :class:`~geo.models.Event` records.

"The agreement", "the raid" refer back to an earlier draft and fill its missing site or date
(:func:`merge_into_antecedent`); identical drafts (same type, place, actors, date) are merged
(:func:`dedupe`), as ACLED codes one event per day, place and actor pair.
"""
from __future__ import annotations

import copy
import datetime as dt
import hashlib
import itertools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from geo.events import rules as lex
from geo.events.actors import RECALL, ActorMemory, without_state
from geo.events.lookups import province_of_town
from geo.events.rules import ARMED_TYPES, DI, GENERIC, VIOLENT_TYPES, Rule
from geo.models import Article, Event, EventLocation, Mention, Place, Span
from geo.places.geodesy import distance_km

__all__ = ["Draft", "Context", "RECENT", "merge_into_antecedent", "dedupe", "absorb", "family", "same_kind", "to_event", "referred_party", "twin_of", "state_of", "WEAK_SITES", "OWN_CLAUSE", "strength"]


@dataclass
class Draft:
    """An event being read: mutable until :func:`to_event` freezes it."""

    rule: Rule
    rule_name: str
    type: str
    subtype: str
    cameo: str | None
    trigger: Span
    sentence: Span
    paragraph: int
    window: tuple[int, int]
    actors: list[str] = field(default_factory=list)
    location: EventLocation | None = None
    location_note: str = ""
    precision: int = 3
    date: dt.date | None = None
    time_precision: int = 3
    whole_year: bool = False  # the date stands for its year ("in 2019", "last year"), not its month
    earlier: bool = False  # "earlier this month / year": a part of the period before the days reported
    date_end: int = -1  # where the words that dated it end in the text (-1: not dated by its own words)
    date_from_text: bool = False
    #: the weekday the text gives when there is no date to count it from ("on Tuesday" in a page
    #: without a publication date): lowercase, "" when none
    weekday: str = ""
    fatalities: int | None = None
    modality: str = "asserted"
    places: list[EventLocation] = field(default_factory=list)
    anaphoric: bool = False
    fallback_site: bool = False
    visit_site: EventLocation | None = None
    separate: bool = False  # the text says it is another incident ("a separate attack")
    #: a copy for another place or day its sentence gives at once (:func:`twin_of`): apart from
    #: the drafts of its sentence
    sibling: bool = False
    #: one of the events a list of places makes ("rallies in Lahore, Karachi and Quetta"): a later
    #: list that names one of its places again tells its event again
    listed: bool = False
    #: told with "also" at a place of its own ("protesters in Gwadar also burned a bus"):
    #: another incident of the kind told, never the place of an earlier one that had none
    also_elsewhere: bool = False
    #: its sentence counts several incidents of its kind ("killed nine militants in two
    #: operations"): a lead over incidents its report tells one by one, each at its own place
    counted: bool = False
    #: the place of the first incident a counted lead was told finer at (:func:`_another_counted`)
    counted_site: str = ""
    #: an arrest the text ties to an incident told ("arrested six people over the attack",
    #: "one of the suspected attackers was arrested"): part of that incident
    follows_incident: bool = False
    #: an arrest of a crowd's people ("police detained dozens of the party's supporters"): part of
    #: the protest or riot of its place and day, even when the crowd is told after it
    of_crowd: bool = False
    #: a killing its words put in an incident told ("were killed in the incident", "died in the
    #: clashes"): a crowd event told before counts those dead
    in_told_incident: bool = False
    #: an intent told as what talks ended on ("the two sides agreed to keep up dialogue"): part of
    #: the talks told before it
    talks_outcome: bool = False
    #: a meeting told as a summit or a conference: one gathering, whoever the text names at it
    gathering: bool = False
    #: a meeting told as the subject's next one ("also met the speaker", "later met the premier"):
    #: another meeting than those told before it, unless a summit's (:func:`_twin`)
    further_meeting: bool = False
    #: a meeting told with "the two sides" or "both leaders" as its subject ("the two sides
    #: discussed trade"): the parties of a meeting told before, so that meeting again when one was
    #: told at its place and day (:func:`_twin`)
    two_sides_met: bool = False
    #: a place its clause names that the gazetteer does not know ("in Nasirabad", unresolved): the
    #: incident has a site of its own even when its location is only read from context
    unknown_site: str = ""
    #: the names of its sentence the gazetteer does not know, lower-cased (see :func:`_unknown_apart`)
    unknown_told: tuple[str, ...] = ()
    #: its site is a village or rural subdivision the gazetteer lacks, told with that word and no
    #: known place ("attacked the post in Daraban tehsil", "reached the villages of X and Y"):
    #: the town a first mention gave is its district's seat, not the site (:func:`absorb`)
    rural_site: str = ""
    #: the id of the known district or town its words put ``unknown_site`` in ("the posts at Tolmi
    #: in Ambel district"), though the event is drawn on the province holding it
    unknown_within: str = ""
    #: a mention with a specific reading ("exchange of fire") was absorbed: later details of the
    #: incident ("hand grenades", "seized the station") do not re-type it
    specific_read: bool = False
    #: a generic attack read as one on civilians by its victims or its target ("killed six
    #: farmers"): a fight or a seizure told later does not re-type it
    read_as_civilians: bool = False
    #: a crowd told at a province or a land that took the first town a later sentence names in
    #: it ("protests in Bihar", then "the blockade at Darbhanga"): its site is that town's own
    #: now, so further towns are other crowds (:func:`_towns_apart`)
    town_told: bool = False
    #: told by the words of a fight with small arms ("the gun battle lasted two hours"), or such a
    #: mention was folded in: a blast told of the same incident is part of the fight, not its type
    fight_told: bool = False
    night: bool = False  # its date was read from "overnight" / "last night": it straddles two days
    #: every mention of the incident: (trigger span named by its rule, sentence span)
    provenance: list[tuple[Span, Span]] = field(default_factory=list)


#: Where a meeting is only assumed to be held, no place later talks can be said to share.
_NO_MEETING_SITE = frozenset({"dateline", "the article's country", "speaker's country", "country of the events told"})


@dataclass
class Context(ActorMemory):
    """What the article has established so far (for references across sentences)."""

    drafts: list[Draft] = field(default_factory=list)
    dates: dict[tuple, object] = field(default_factory=dict)  # date look-ups, once per sentence
    last_visit: Draft | None = None  # the latest visit with a destination
    last_meeting: Draft | None = None  # the latest meeting held, with a place (where later talks are)
    last_dated: Draft | None = None  # the latest event with a date read from the text
    last_scene: Draft | None = None  # the latest event that is no statement (where things happened)
    dateline: Place | None = None  # the place of the article's dateline ("TEHRAN, 16 Oct —")
    home: Place | None = None  # the country most of the article's places are in (see geo.events.places.home_country)
    unknown: list[Mention] = field(default_factory=list)  # names of the text the geoparser could not place
    unknown_starts: list[int] = field(default_factory=list)  # their offsets, in order
    capital: Callable[[str], Place | None] = lambda alpha2: None  # a country's capital (lookups.CapitalFn)
    dateline_mention: tuple[int, int] | None = None
    published: bool = False  # the reference date is a publication date, not the dateline's
    ref: dt.date | None = None  # the date relative dates count from (publication or dateline)
    #: keep the calls, denials and claims of who did an attack that are no act between states
    #: (CASE 2021's classifier codes them, as DIPLO and ATTRIB; the map never asks for them)
    statements: bool = False
    #: places named so far that can be an event's site: (paragraph, sentence start, mention, cue)
    seen: list[tuple[int, int, Mention, str]] = field(default_factory=list)
    areas: set[str] = field(default_factory=set)  # ids of the first-level areas the article names
    place_by_id: dict[str, Place] = field(default_factory=dict)  # the places named so far
    #: drafts older than the last RECENT, that are no statement and have a site, in text order
    #: (they keep both until dedupe, see RECENT); ``settled`` drafts have been looked at
    settled_sites: list[Draft] = field(default_factory=list)
    settled: int = 0

    def remember(self, d: Draft) -> None:
        self.drafts.append(d)
        if d.type != DI:
            self.last_scene = d
        if d.subtype == "Visit" and d.visit_site is not None and d.modality == "asserted":
            # talks told after "will next visit Russia" are not held in Russia: only a visit
            # that happened hosts what follows
            self.last_visit = d
        if d.date is not None and d.date_from_text:
            self.last_dated = d
        if (
            d.subtype in ("Meeting", "Agreement/Intent to cooperate") and d.modality == "asserted" and d.location is not None
            and d.location_note not in _NO_MEETING_SITE
        ):
            # (agreements signed at a place are signed where the sides met: "signed accords at the
            # Hyderabad House in Delhi ... the two leaders also discussed fishermen's issues")
            self.last_meeting = d


    def latest_site(self, wanted: Callable[[Draft], bool] = lambda x: True) -> Draft | None:
        """The latest draft that is no statement, has a site and is ``wanted``: what reading
        every draft back from the last would find, with the settled ones read from an index.

        A text of events that no place could be given to ("Police arrested three men." lines)
        had each of them read every earlier draft.
        """
        while self.settled < len(self.drafts) - RECENT:
            x = self.drafts[self.settled]
            if x.type != DI and x.location is not None:
                self.settled_sites.append(x)
            self.settled += 1
        for x in reversed(self.drafts[self.settled:]):
            if x.type != DI and x.location is not None and wanted(x):
                return x
        for x in reversed(self.settled_sites):
            if wanted(x):
                return x
        return None

    def same_sentence(self, sentence: Span) -> list[Draft]:
        """The drafts of ``sentence`` so far: sentences are read in order, so they are the last ones."""
        out: list[Draft] = []
        for x in reversed(self.drafts):
            if x.sentence != sentence:
                break
            out.append(x)
        return out[::-1]


#: How far back the drafts may still change while an article is read: an anaphor folds into one
#: of the last RECENT drafts (:func:`merge_into_antecedent`), a site told later goes to one of the
#: last 10 (:func:`geo.events.later_sites.site_of_told`). Older drafts keep their type and site until
#: :func:`dedupe` (:meth:`Context.latest_site` relies on it).
RECENT = 30


def merge_into_antecedent(d: Draft, ctx: Context, text: str = "") -> bool:
    """Fold an anaphoric draft (\"the raid\") into the recent event it refers to; False if none.

    A word before the anaphor's noun names its antecedent ("the checkpoint attack", "the Khyber
    attack"): the latest event that has that word beside one of its triggers is preferred to
    the latest event.
    """
    if d.also_elsewhere and _placed_by_its_words(d):
        return False  # "protesters in Gwadar also burned a bus": another incident, not the one told
    recent = ctx.drafts[-RECENT:]  # an anaphor refers to something told recently
    named = re.search(r"\b(?:the|this|that)\s+([\w-]{3,})\s+$", text[max(d.sentence.start, d.trigger.start - 30):d.trigger.start], re.I)
    if named:
        word = re.compile(rf"\b{re.escape(named.group(1))}\b", re.I)
        told = [
            x for x in recent
            if any(word.search(text, max(sent.start, t.start - 40), min(sent.end, t.end + 40)) for t, sent in x.provenance[-8:])  # its latest mentions: bounded work per anaphor
        ]
        recent = [x for x in recent if x not in told] + told  # the named ones are tried first (read from the end)
    trig = text[d.trigger.start:d.trigger.end]
    means_named = (
        d.type == "Explosions/Remote violence" and d.rule.subtype != GENERIC
        and bool(lex.INCIDENT_MEANS.match(trig))
    )
    for prev in reversed(recent):
        same = prev.subtype == d.subtype and prev.type == d.type
        violent_family = prev.type in VIOLENT_TYPES and d.type in VIOLENT_TYPES
        if violent_family and not same and means_named:
            # "the missile strikes", "the rocket attack" (the noun read with its means) name the
            # means: the strike or bombing told before, not a ground fight or a history of attacks
            # told by a generic word (whose own anaphors, "the attack", stay as they were)
            violent_family = prev.type == d.type
        if not (same or violent_family):
            continue
        if prev.modality != "asserted" and d.modality == "asserted" and d.date_from_text:
            continue  # "a summit meant to ...", then "the summit opened on Sunday": the day told is its own news
        if (
            d.date_from_text and d.date is not None and d.time_precision == 1 and prev.date is not None and abs((d.date - prev.date).days) > 7
            and -40 <= d.date_end - d.trigger.end <= 40  # the date beside the noun, not another clause's ("announced a week ago")
        ):
            continue  # "gunmen attacked the village on Sunday", then "after the clashes of May 3": an older incident
        if _days_differ(prev, d) and d.time_precision == prev.time_precision == 1 and not ((prev.night or d.night) and abs((prev.date - d.date).days) == 1):
            continue  # "... on Sunday", then "the killing of a woman on Saturday": another day, another incident
        if _placed_apart(ctx, prev, d):
            continue  # "a strike in the Kherson region ...", then "the attack in Odesa on Tuesday": another incident
        # "The checkpoint attack happened near Miran Shah": a town told later is finer than a
        # border segment or a country the first mention gave
        finer = (
            strength(d) == strength(prev) and d.modality == "asserted" and d.location_note.startswith("locative")
            and d.location is not None and prev.location is not None
            and (
                (prev.location.kind in ("border", "country") and d.location.kind in _TOWNS)
                # "… in Khyber Pakhtunkhwa province", then "the attack took place in the Lakki
                # Marwat district": a part of the area told first
                or _area_holds(ctx, prev.location, d.location)
            )
        )
        if strength(d) > strength(prev) or finer:
            if d.location is not None:
                prev.location, prev.precision = d.location, d.precision
                prev.fallback_site, prev.location_note = d.fallback_site, d.location_note
                prev.rule_name += f"+site-from-later-mention({d.location_note or 'context'})"
        if (
            not prev.date_from_text and d.date_from_text and d.time_precision <= prev.time_precision
            and not _date_of_other_incident(d, text)
        ):
            prev.date, prev.time_precision, prev.date_from_text = d.date, d.time_precision, True
            prev.whole_year, prev.earlier = d.whole_year, d.earlier
        prev.fight_told = prev.fight_told or d.fight_told
        if d.fight_told and _fight_follows(prev, d):
            prev.type, prev.subtype, prev.cameo = d.type, d.subtype, d.cameo
            prev.rule_name += f"+type-from-later-mention({d.rule.name})"
        if not prev.actors:
            prev.actors.extend(d.actors)  # otherwise the later actors are mostly speakers
        if prev.fatalities is None:
            prev.fatalities = d.fatalities
        prev.provenance.extend(d.provenance)
        return True
    return False


def _date_of_other_incident(d: Draft, text: str) -> bool:
    """Is the date of the anaphor ``d`` told after 'after', 'before' or 'following' past its noun
    ("The killing came after a raid overnight killed two", "the attack followed strikes on
    Monday")? That clause names another incident, whose date it is: the one told before keeps
    its own."""
    # a date outside the noun's own clause (date_end -1) is read up to the sentence's end
    end = d.date_end if d.date_end >= 0 else d.sentence.end
    return end > d.trigger.end and bool(lex.OTHER_INCIDENT_TIME.search(text, d.trigger.end, end))


def _fight_follows(first: Draft, later: Draft) -> bool:
    """Is ``later`` the armed clash of an attack ``first`` read as remote violence ("the attack
    began with a suicide car bombing", then "the gun battle lasted two hours")? ACLED codes
    remote violence that is part of an exchange of fire as the armed clash."""
    return (later.type, later.subtype) == ("Battles", "Armed clash") and first.type == "Explosions/Remote violence" and first.rule.subtype == GENERIC


def _placed_apart(ctx: Context, prev: Draft, d: Draft) -> bool:
    """Does the anaphor ``d`` name in its own sentence a town or area that is neither ``prev``'s
    site nor inside or around it? An incident told with its own place elsewhere is another one
    of its kind, not the one told before. A country or a border segment first and a town later
    is the same incident told finer (see :func:`merge_into_antecedent`)."""
    x, y = prev.location, d.location
    if x is None or y is None or x.id == y.id or not _named_in_its_sentence(d) or not d.location_note.startswith("locative"):
        return False
    near = _TOWNS | {"admin1", "admin2"}
    if x.kind not in near or y.kind not in near:
        return False
    if _area_holds(ctx, x, y) or _area_holds(ctx, y, x) or _one_town(x, y):
        return False
    return distance_km(x.lat, x.lon, y.lat, y.lon) > _APART_KM


def _area_holds(ctx: Context, big: EventLocation, small: EventLocation) -> bool:
    """Is the place at ``small`` inside the country or first-level area at ``big`` (both named in
    the article)?"""
    area, place = ctx.place_by_id.get(big.id), ctx.place_by_id.get(small.id)
    if area is None or place is None or area.id == place.id:
        return False
    if area.kind == "country":
        return place.kind != "country" and place.country == area.country
    return area.kind == "admin1" and place.kind in _TOWNS and place.admin1 == area.id


#: Location notes of sites read from context rather than from the event's own words, by how
#: much they say (higher is closer to the event's words); a site named by the event's own clause
#: ranks above them all. A later mention of the incident with a stronger site gives it its site.
WEAK_SITES = {
    "named earlier in the article": 1, "earlier event's site": 1, "earlier meeting's site": 1,
    "dateline": 2, "the dateline's province": 1, "speaker's country": 2, "speaker's seat": 2,
    "earlier sentence of the paragraph": 3, "previous event's site": 3, "same sentence": 3,
    "scene of the event visited": 3, "visit destination": 3, "country of the events told": 1,
    "the article's country": 0,
}
#: Sub-types of the armed family that are their own incidents even beside a killing (ACLED codes them apart).
_OWN_INCIDENT = frozenset({"Abduction/forced disappearance", "Sexual violence"})
_CROWD = frozenset({"Protests", "Riots"})
#: Crowd sub-types by how violent the day was: one crowd of one place and day takes the most
#: violent reading any mention gives ("a march in the city" then "protesters threw stones at
#: the police" is one violent demonstration, as ACLED codes it).
_CROWD_VIOLENCE = {
    "Peaceful protest": 0, "Protest with intervention": 1, "Excessive force against protesters": 2,
    "Violent demonstration": 3,
}
#: Site kinds that are settlements (an incident's point), not areas.
_TOWNS = frozenset({"place", "admin2"})

ContainsFn = Callable[[str, str], bool]


def family(d: Draft) -> tuple[str, ...]:
    """Drafts of one family can be mentions of one incident: armed violence, crowds, else the sub-type."""
    if d.type in ARMED_TYPES and d.subtype not in _OWN_INCIDENT:
        return ("armed",)
    if d.type in _CROWD:
        return ("crowd",)
    if d.subtype == "Statement/Accusation":
        # a condemnation, a summons and an expulsion told one by one are one statement (the
        # guideline's "one briefing"), whatever their CAMEO codes; a threat stays its own event,
        # and so does a denial (the other side's answer)
        return ("said", "denial") if d.rule.has("denial") else ("said",)
    if d.subtype == "Meeting" and d.cameo in _MET:
        # "talks with" and "met": one meeting told with either word (its parties tell meetings
        # apart, :func:`_one_meeting`); a phone call is no meeting in person
        return (d.type, d.subtype, _MET[0])
    if d.subtype == "Visit":
        # "the minister arrived in Dovan" (making a visit, 042) and "the premier welcomed his
        # guest at Dovan airport" (hosting it, 043) tell one trip from either side; its visitor
        # tells trips apart (:func:`_one_visitor` reads no host as a visitor)
        return (d.type, d.subtype)
    return (d.type, d.subtype, d.cameo or "")


#: The CAMEO codes of a meeting held in person: a meeting (040) and talks (046).
_MET = ("040", "046")


def same_kind(a: Draft, b: Draft) -> bool:
    """Can ``a`` and ``b`` tell one incident? One family, and the same sub-type unless one of them
    is generic violence ("the attack") or both are battles (the fighting and the town it took);
    an air strike and a ground battle told side by side stay two events."""
    if family(a) != family(b):
        return False
    if family(a)[0] != "armed" or a.subtype == b.subtype:
        return True
    if {a.subtype, b.subtype} == _ONE_BLAST:
        return True  # "a suicide bombing killed the governor" then "the blast went off upstairs"
    return GENERIC in (a.rule.subtype, b.rule.subtype) or a.type == b.type == "Battles"


#: A suicide bomber's explosion is a bomb blast too: told as either, it is one incident, read as
#: the suicide bombing ACLED codes it as.
_ONE_BLAST = frozenset({"Suicide bomb", "Remote explosive/landmine/IED"})


#: :func:`strength` of a site the event's own clause names.
OWN_CLAUSE = 4


def strength(d: Draft) -> int:
    """How closely the site comes from the event's own words: 0 none … :data:`OWN_CLAUSE`."""
    if d.location is None:
        return 0
    if d.fallback_site:
        return WEAK_SITES["visit destination"]
    return WEAK_SITES.get(d.location_note.split(",")[0], OWN_CLAUSE)


def _weak(d: Draft) -> bool:
    return strength(d) < OWN_CLAUSE


#: How many paragraphs after an incident's first mention a town told of it still refines its site
#: (:func:`_finer`): the lead's retelling, not the background further down.
_RETOLD_PARAGRAPHS = 2


def _finer(a: Draft, b: Draft, contains: ContainsFn) -> bool:
    """Is ``b``'s site a better site of the incident than ``a``'s?"""
    if a.location is not None and b.location is not None and contains(b.location.id, a.location.id):
        return False  # "a base in eastern Colombia" after "near Puerto Jordán in Arauca": the finer site stays
    if (
        a.location is not None and b.location is not None and a.location.kind in _TOWNS
        and b.location.kind not in _TOWNS and b.location.kind != "border"
        and strength(a) >= WEAK_SITES["same sentence"]
    ):
        # "an attack on a post in Turbat" then "as attacks grow in Khyber Pakhtunkhwa": a province
        # or country that does not hold the town the incident's own sentence names says less
        return False
    if (
        a.location is not None and b.location is not None and a.location.kind == "country"
        and b.location.kind in ("admin1", "admin2") and strength(b) >= WEAK_SITES["same sentence"]
        and contains(a.location.id, b.location.id)
    ):
        # "an attack on a village in northern Burkina Faso" then "in Tawori, in the Seno
        # province": the province inside the land the first mention names is finer (a town
        # told later may be another incident's, as one of several towns of a province's unrest)
        return True
    if (
        a.location is not None and b.location is not None and a.location.kind in ("country", "admin1")
        and b.location.kind in _TOWNS and strength(b) >= WEAK_SITES["same sentence"] and _named_in_its_sentence(b)
        and contains(a.location.id, b.location.id) and b.paragraph - a.paragraph <= _RETOLD_PARAGRAPHS
    ):
        # "militants ambushed a convoy in northwest Pakistan", then "the vehicles were patrolling
        # near Peshawar when they came under attack": a lead names the land or province, a later
        # sentence of the same incident the town inside it, which ACLED codes (the finest site).
        # Only close to the lead: a town told far down, in the background, may be an older
        # incident's ("a 2019 attack near Zahedan") read as this one
        return True
    if strength(b) != strength(a):
        return strength(b) > strength(a)
    if b.location is None:
        return False
    if a.location is None:
        return True  # any site is finer than none (a mention placed only by a weak cue)
    if a.location.kind == "border" and b.location.kind not in _TOWNS:
        return False  # a province or country beside the border line is no finer than the segment
    return contains(a.location.id, b.location.id) or (a.location.id == b.location.id and b.precision < a.precision)


def dedupe(drafts: list[Draft], contains: ContainsFn | None = None, kinds: Mapping[str, str] | None = None) -> list[Draft]:
    """One draft per incident: later mentions merged into the first, every mention kept.

    Two drafts are one incident when they are of one family (:func:`family`), of one modality,
    their places fit (same place, one inside the other, or one placed only from context), their
    dates read from the text agree, and the later one does not say it is another incident
    ("a separate attack", "another blast"). Their actors are not compared for armed violence and
    crowds: a report names the attackers in one sentence and the victims or the police who speak
    in the next. The merged draft takes the finest site, a date read from the text, a specific
    sub-type over generic violence, and the actors of all mentions. Meetings are one when their
    parties are (:func:`_one_meeting`; ``kinds`` says which actor names are people, countries…,
    :attr:`~geo.events.actors.ActorMemory.kinds`); other events when their first actors are.
    """
    contains = contains or (lambda big, small: False)
    kinds = kinds or {}
    out: list[Draft] = []
    # a draft is only compared with drafts of its family (same_kind asks that first); absorbing
    # one keeps the twin in its family (it takes the type of a draft of the same family)
    by_family: dict[tuple[str, ...], list[Draft]] = {}
    arrests: list[Draft] = []  # the arrests told so far (a family per CAMEO code: gathered here)
    for d in _incidents_before_their_scene(drafts):
        crowd = _crowd_it_struck(d, by_family.get(("crowd",), []), contains)
        if crowd is not None:
            absorb_deaths(crowd, d)
            continue
        crowd = _crowd_it_belongs_to(d, by_family.get(("crowd",), []), contains)
        if crowd is not None:
            absorb_crowd_act(crowd, d)
            continue
        scene = (
            _incident_it_belongs_to(d, by_family.get(("armed",), []), contains)
            or _fight_its_captives_were_taken_in(d, by_family.get(("armed",), []), contains)
            or _arrest_it_belongs_to(d, arrests, contains)
            or _incident_it_follows(d, out, contains)
            or _talks_it_ends(d, out)
        )
        if scene is not None:
            scene.provenance.extend(d.provenance)
            scene.rule_name += f"+{_tag(d)}-at-the-scene"
            continue
        fam = family(d)
        kin = by_family.setdefault(fam, [])
        twin = None if d.separate and not d.sibling else _twin(d, fam, kin, contains, kinds)
        if twin is not None and _another_counted(twin, d, contains):
            twin = None
        if twin is None:
            out.append(d)
            kin.append(d)
            if d.subtype == "Arrests":
                arrests.append(d)
            continue
        absorb(twin, d, contains)
    return _aftermath_told_first(out, contains)


def _another_counted(lead: Draft, d: Draft, contains: ContainsFn) -> bool:
    """Is ``d`` another of the incidents ``lead`` counts, at a place of its own?

    "Security forces killed nine militants in two operations in Khyber Pakhtunkhwa", then "the
    first operation was carried out in Bannu district …", then "… in Tank district": the first
    place told inside the lead's area is its incident's (the lead takes it), each other place is
    another incident (ACLED: one event per place).
    """
    x, y = lead.location, d.location
    if not lead.counted or x is None or y is None or d.sentence == lead.sentence:
        return False
    if not lead.counted_site:
        if y.id != x.id and contains(x.id, y.id):
            lead.counted_site = y.id
            lead.location, lead.precision, lead.fallback_site = y, d.precision, d.fallback_site
            lead.location_note = d.location_note
            lead.rule_name += f"+site-from-later-mention({d.location_note or 'context'}, first of the count)"
        return False
    return y.id != lead.counted_site and not contains(y.id, lead.counted_site) and not contains(lead.counted_site, y.id)


def _aftermath_told_first(drafts: list[Draft], contains: ContainsFn) -> list[Draft]:
    """``drafts`` without the arrests that name the incident they follow ("police held a dozen
    men after the violence") or arrest a crowd's people ("detained dozens of the party's
    supporters", counted with the protest or riot told next) and the deaths told as an incident's ("three people were
    killed in the incident") when that incident is told only after them: the riot of the next
    sentences, at the same place and on no other day the text gives. Those whose incident was
    told before were already counted with it (:func:`_incident_it_follows`, :func:`_crowd_it_struck`)."""
    out: list[Draft] = []
    for i, d in enumerate(drafts):
        crowd = d.subtype == "Arrests" and d.of_crowd and not d.follows_incident
        aftermath = (d.subtype == "Arrests" and d.follows_incident) or (d.in_told_incident and d.rule.subtype == GENERIC) or crowd
        if aftermath and d.modality == "asserted" and not d.separate:
            after = (
                o for o in drafts[i + 1:i + 1 + RECENT]  # the incidents told next: bounded work per draft
                if o.modality == "asserted" and o.type not in ("Diplomacy", "Strategic developments")
                and (not crowd or o.type in _CROWD)  # a crowd's arrested belong to a crowd event
            )
            o = next(after, None)
            x, y = (o.location, d.location) if o is not None else (None, None)
            if o is not None and not _days_differ(o, d) and _sites_fit(x, y, contains):
                o.provenance.extend(d.provenance)
                o.rule_name += f"+{_tag(d)}-at-the-scene"
                if o.fatalities is None:
                    o.fatalities = d.fatalities
                continue
        out.append(d)
    return out


def _crowd_it_struck(d: Draft, crowds: list[Draft], contains: ContainsFn) -> Draft | None:
    """The protest or riot of the same place and day whose dead ``d`` counts, or None.

    "Police opened fire on protesters outside parliament. A paramedic said ten had been shot
    dead": killings whose victims the sentence does not name, told after a crowd event at the
    same place and on the same day, are that crowd's dead (ACLED codes them with the protest).
    """
    if d.rule.subtype != GENERIC or d.modality != "asserted" or d.separate:
        return None
    # "Three people were killed in the incident": the dead of the crowd event told, whoever they were
    told = d.in_told_incident
    if not told and "victims not stated" not in d.rule_name:
        return None
    for c in reversed(crowds):
        if c.modality != "asserted" or c.location is None or d.location is None:
            continue
        if (c.date is None or c.date != d.date) and not (told and (d.date is None or not d.date_from_text)):
            # the same day, known (an undated "massacre" may be history), unless the killing's
            # words put it in the incident and no words of its own date it
            continue
        same_place = c.location.id == d.location.id or contains(c.location.id, d.location.id)
        if same_place:
            return c
    return None


#: What happens at a protest or a riot that ACLED codes as part of it: the arrests made there
#: and the property the crowd burned or looted.
_CROWD_ACTS = frozenset({"Arrests", "Looting/property destruction"})


def _crowd_it_belongs_to(d: Draft, crowds: list[Draft], contains: ContainsFn) -> Draft | None:
    """The protest or riot told before whose arrests or burned property ``d`` tells, or None.

    "Rioters clashed with police in the suburb. Police said 60 cars were burned and six people
    were arrested": one riot, not a riot, a looting and an arrest. The crowd must be of the same
    modality, at a site that fits (the same, one inside the other, one town, or one of them read
    from context) and not on another day the text gives.
    """
    if d.separate:
        return None
    # "Police said two officers were attacked with sticks", told of a protest with no place or
    # day of its own: the crowd turned on the police (a riot), not a battle somewhere
    scuffle = d.subtype == "Armed clash" and not d.date_from_text and (d.location is None or _weak(d))
    if d.subtype not in _CROWD_ACTS and not scuffle:
        return None
    for c in reversed(crowds[-RECENT:]):  # the crowds told recently: bounded work per draft
        if c.modality != d.modality:
            continue
        x, y = c.location, d.location
        if not (_weak(d) or _sites_fit(x, y, contains)):
            continue
        if _days_differ(c, d):
            continue
        return c
    return None


#: What is done at the scene of an armed incident that ACLED codes as part of it: the arms found
#: there after a fight, the trucks torched with their drivers killed (ACLED's looting and property
#: destruction is the one that happens outside other violence).
_SCENE_ACTS = frozenset({"Disrupted weapons use", "Looting/property destruction"})


def twin_of(d: Draft, why: str) -> Draft:
    """A copy of ``d`` for another place or day the text gives it at once ("rallies in Lahore,
    Karachi and Quetta", "on Sunday and Monday"): lists of its own, no dead (the text does not
    split them), ``why`` added to its rule name, and never merged back into ``d``."""
    twin = copy.copy(d)
    twin.actors, twin.places, twin.provenance = list(d.actors), list(d.places), list(d.provenance)
    twin.fatalities = None
    twin.rule_name = d.rule_name + why
    twin.sibling = not d.separate or d.sibling
    twin.separate = True
    return twin


def _incidents_before_their_scene(drafts: list[Draft]) -> list[Draft]:
    """``drafts`` with each burning told before the armed incident of its own sentence moved
    after it: "armed men set fire to six houses and attacked the residents" tells one attack,
    whose scene the burning is, whichever the sentence names first. Other orders stay as told.
    Linear: each run of drafts of one sentence is looked at once."""
    out: list[Draft] = []
    i = 0
    while i < len(drafts):
        j = i
        while j < len(drafts) and drafts[j].sentence == drafts[i].sentence:
            j += 1
        group = drafts[i:j]
        first = next((k for k, d in enumerate(group) if d.type in ARMED_TYPES and d.modality == "asserted"), None)
        if first is None:
            out.extend(group)
        else:
            acts = [d for d in group[:first] if _scene_act(d)]
            out.extend(d for d in group[:first] if not _scene_act(d))
            out.append(group[first])
            out.extend(acts)
            out.extend(group[first + 1:])
        i = j
    return out


def _scene_act(d: Draft) -> bool:
    # only burning: arms found in a sentence that names weapons ("a cache of mortar shells") are
    # the sentence's event, not the scene of a shelling its words seem to tell
    # ("in a separate incident, gunmen set fire to ... and fought the police": separate from
    # what was told before, not from its own sentence)
    return d.subtype == "Looting/property destruction" and d.modality == "asserted"


def _incident_it_belongs_to(d: Draft, armed: list[Draft], contains: ContainsFn) -> Draft | None:
    """The armed incident told before whose scene ``d`` is, or None: an asserted seizure of arms
    or destruction of property placed by no words of its own but at that incident's site ("at
    the site of the clash troops found rifles"), not said to be another incident, on no other day
    the text gives. ACLED codes looting and arms found apart only outside other violence."""
    if d.subtype not in _SCENE_ACTS or d.modality != "asserted":
        return None
    # arms found where a battle was fought are its spoils; a second bomb defused beside a
    # bombing is an event of its own (ACLED codes defused devices as disrupted weapons use)
    wanted = ("Battles",) if d.subtype == "Disrupted weapons use" else ARMED_TYPES
    own = _own_site(d)
    if own and d.subtype != "Looting/property destruction":
        return None
    for o in reversed(armed[-RECENT:]):  # the incidents told recently: bounded work per draft
        if d.separate and o.sentence != d.sentence:
            return None  # "in a separate incident, gunmen stormed a town and set fire to ...": only that one's
        if o.modality != "asserted":
            continue
        if o.type not in wanted:
            return None
        x, y = o.location, d.location
        if x is not None and y is not None and not _nested(x, y, contains):
            return None
        if own and (x is None or d.paragraph - o.paragraph > 1):
            # "militants stormed the post in Kalam and set fire to two vehicles": burning told
            # with a site of its own is the attack's only there and then (the same or the next
            # paragraph), not a fire in the town told further down
            return None
        if _days_differ(o, d):
            return None
        return o
    return None


def _fight_its_captives_were_taken_in(d: Draft, armed: list[Draft], contains: ContainsFn) -> Draft | None:
    """The armed incident told in ``d``'s own sentence whose captives the arrest ``d`` takes, or
    None: "troops killed six militants and arrested four", "the clash began when one militia
    detained a fighter of the other". Those taken alive in a fight, or whose capture set it off,
    are told with it in one sentence: ACLED codes the fight, not an arrest beside it (the site must
    fit, and the day the text gives be the same)."""
    # (a twin for another place the sentence lists is separate from its first, not from the fight)
    if d.subtype != "Arrests" or d.modality != "asserted" or (d.separate and not d.sibling) or d.of_crowd:
        return None
    for o in reversed(armed[-RECENT:]):  # the incidents told recently: bounded work per draft
        if o.modality != "asserted" or o.type not in ARMED_TYPES:
            continue
        if not any(sent.start == d.sentence.start for _trigger, sent in o.provenance[-4:]):
            continue  # (its latest mentions: an incident told in this sentence was merged last)
        if _sites_fit(o.location, d.location, contains) and not _days_differ(o, d):
            return o
    return None


def _talks_it_ends(d: Draft, told: list[Draft]) -> Draft | None:
    """The meeting or visit told before whose outcome ``d`` is ("the ministers met in Beijing …
    the two sides agreed to keep up communication"), on no other day the text gives; or None."""
    if not d.talks_outcome or d.modality != "asserted":
        return None
    for o in reversed(told[-RECENT:]):  # the events told recently: bounded work per draft
        if o.subtype in ("Meeting", "Visit") and o.modality == "asserted" and not _days_differ(o, d):
            return o
    return None


#: A curfew answers an incident of the same day or of the day or two before.
_AFTERMATH_DAYS = 2


def _incident_it_follows(d: Draft, told: list[Draft], contains: ContainsFn) -> Draft | None:
    """The incident told before that an arrest or a curfew ``d`` follows, or None: "police later
    arrested six people over the attack", "one of the suspected attackers was arrested", "the
    authorities imposed a curfew" after riots are the aftermath of that incident, not events of
    their own (the arrest's words name the incident it follows; a curfew always answers one).
    Fire traded with "the gunman" of an attack on civilians is that attack, answered by guards."""
    if d.modality != "asserted" or d.separate:
        return None
    if not d.follows_incident:
        return _attack_its_suspects_follow(d, told)
    named = d.subtype == "Arrests"  # an arrest names the incident it follows; a curfew is where and when it is
    for o in reversed(told[-RECENT:]):  # the incidents told recently: bounded work per draft
        if o.modality != "asserted" or o.type in ("Diplomacy", "Strategic developments"):
            continue
        if d.subtype == "Armed clash" and o.type != "Violence against civilians":
            continue  # fire traded with the attackers of a battle or a shelling: merged as kin, typed by both
        x, y = o.location, d.location
        if named or (
            _sites_fit(x, y, contains)
            and (o.date is None or d.date is None or 0 <= (d.date - o.date).days <= _AFTERMATH_DAYS)
        ):
            return o
    return None


def _attack_its_suspects_follow(d: Draft, told: list[Draft]) -> Draft | None:
    """The attack just told whose suspects the arrest ``d`` takes, or None: "gunmen opened fire
    on the bus … four people had been arrested" tells the attack's end, not an arrest of its own.
    An arrest that names no place of its own (it is placed at the last incident's site or at the
    dateline, where the reporter files) and no other day, told right after an attack, is the
    police answering that attack: ACLED codes the attack, and an arrest that is the news of its
    own day says where it was made."""
    if d.subtype != "Arrests" or d.of_crowd or _placed_by_its_words(d) or not told:
        return None
    # the last incident told (armed violence, a bombing or a riot, whose suspects are hunted), past
    # the statements and arrests told about it ("… was shot in the
    # capital on Saturday, as the government condemned the attack")
    o = next((o for o in reversed(told[-RECENT:]) if o.type not in ("Diplomacy", "Strategic developments")), None)
    if o is None or o.modality != "asserted" or o.type not in VIOLENT_TYPES or _days_differ(o, d):
        return None
    return o


def _sites_fit(x: EventLocation | None, y: EventLocation | None, contains: ContainsFn) -> bool:
    """Can sites ``x`` and ``y`` be one incident's: either unknown, one inside the other, or two
    settlements of one town?"""
    return x is None or y is None or _nested(x, y, contains) or _one_town(x, y)


def _own_site(d: Draft) -> bool:
    """Do ``d``'s own words (not the last incident's site) place it?"""
    return d.location is not None and d.location_note not in ("previous event's site", "earlier event's site")


def _placed_by_its_words(d: Draft) -> bool:
    """Do ``d``'s own words or its sentence place it ("protesters in Gwadar also ..."), not the
    last incident's site nor the dateline (where the reporter files)?"""
    return _own_site(d) and not d.location_note.startswith("dateline")


def _arrest_it_belongs_to(d: Draft, arrests: list[Draft], contains: ContainsFn) -> Draft | None:
    """The arrest told before in whose raid ``d``'s arms were seized, or None: "police arrested
    five militants in Karachi … weapons were seized from the suspects" is one arrest (the seizure
    placed by no words of its own, at the arrest's site, on no other day the text gives)."""
    if d.subtype != "Disrupted weapons use" or d.separate or d.modality != "asserted" or not arrests:
        return None
    if _own_site(d):
        return None
    o = arrests[-1]
    if o.modality != "asserted" or _days_differ(o, d):
        return None
    x, y = o.location, d.location
    return o if x is None or y is None or _nested(x, y, contains) else None


def _tag(d: Draft) -> str:
    """The draft's sub-type as a word of a rule name ("Looting/property destruction": "looting")."""
    return d.subtype.split("/")[0].lower().replace(" ", "-")


def absorb_crowd_act(crowd: Draft, d: Draft) -> None:
    """Count the arrests, the burning or the scuffle ``d`` with the crowd event ``crowd``. A
    peaceful protest with arrests is a protest with intervention (ACLED: an attempt to disperse or
    suppress it); one whose crowd fought the police a violent demonstration. Burning leaves the
    sub-type as it is: who burned the cars, the crowd or the police, is not known here."""
    crowd.provenance.extend(d.provenance)
    crowd.rule_name += f"+{_tag(d)}-at-the-crowd"
    if d.subtype == "Arrests" and crowd.subtype == "Peaceful protest":
        crowd.subtype = "Protest with intervention"
    elif d.subtype == "Armed clash" and crowd.type == "Protests":
        crowd.type, crowd.subtype = "Riots", "Violent demonstration"
    for a in d.actors:
        if a not in crowd.actors:
            crowd.actors.append(a)


def absorb_deaths(crowd: Draft, d: Draft) -> None:
    """Count the killings ``d`` with the crowd event ``crowd``: a peaceful protest met with them
    becomes excessive force against protesters."""
    crowd.provenance.extend(d.provenance)
    if crowd.type == "Protests" and crowd.subtype != "Excessive force against protesters":
        crowd.subtype, crowd.cameo = "Excessive force against protesters", d.cameo or crowd.cameo
        crowd.rule_name += "+deaths-told-later"
    if crowd.fatalities is None:
        crowd.fatalities = d.fatalities


def _twin(d: Draft, fam: tuple[str, ...], kin: list[Draft], contains: ContainsFn, kinds: Mapping[str, str]) -> Draft | None:
    """The latest draft of ``kin`` (drafts of ``d``'s family ``fam``) that tells ``d``'s incident.

    What depends on ``d`` alone is read once, not for every draft it is compared with (an
    article of many events compares each with every incident of its family).
    """
    # sites read from context fit, actors are not compared: armed violence, crowds, and the
    # abductions and sexual violence ACLED keeps apart from a killing but that are violence too
    loose = fam[0] in ("armed", "crowd") or d.subtype in _OWN_INCIDENT
    y = d.location
    weak = y is not None and _weak(d)
    order: list[Draft] = list(reversed(kin))
    if fam == ("crowd",) and weak:
        # a crowd's act placed only from context ("some of them threw stones" after the capital's
        # march was told) belongs to the crowd of that town before the latest crowd of another
        # town the article lists (one event per town and day)
        order = [o for o in order if o.location is not None and o.location.id == y.id] + [
            o for o in order if o.location is None or o.location.id != y.id
        ]
    for o in order:
        if o.modality != d.modality or not same_kind(o, d):
            continue
        # their places fit: same place, one inside the other, or one of them only placed from context
        x = o.location
        if _towns_apart(o, d) or _unknown_apart(o, d):
            continue
        if d.sibling and not (d.listed and o.listed and o.sentence != d.sentence and x is not None and y is not None and x.id == y.id):
            # a copy for another place or day of its sentence stays apart, but "rallies in
            # Mombasa, Kisumu and Nakuru", then "in Kisumu and Nakuru, protesters chanted …" tells
            # the Nakuru rally again (an event listed alone beside the list may be another one)
            continue
        if d.also_elsewhere and _placed_by_its_words(d) and (x is None or y is None or x.id != y.id):
            continue  # "protesters in Gwadar also burned a bus": another incident of the kind, not the lead's
        if not (
            x is None or y is None or (loose and (weak or _weak(o))) or _nested(x, y, contains)
            or (loose and _one_town(x, y))
        ):
            continue
        if _days_differ(o, d) and not ((o.night or d.night) and abs((o.date - d.date).days) == 1):  # "on Sunday" and "overnight"
            if not (abs((o.date - d.date).days) == 1 and _one_visitor(o, d, kinds)):
                continue  # (a visitor's trip spans days: "arrived on Wednesday", "held talks on Thursday")
        if o.weekday and d.weekday and o.weekday != d.weekday:
            continue  # "late on Tuesday" and "on Wednesday" in a page of no date: two days all the same
        if o.date is not None and d.date is not None and o.date_from_text != d.date_from_text and abs((o.date - d.date).days) > 7:
            continue  # "last month, twin bombings …" beside an incident reported this week: another one
        if d.subtype == "Meeting" and not (o.gathering and d.gathering):
            # ("the two sides discussed trade" names its parties by the meeting told before)
            if d.further_meeting or not (d.two_sides_met or _one_meeting(o, d, kinds)):
                continue  # another pair of parties: another meeting (a host meeting two visitors)
        elif not loose and o.actors and d.actors and o.actors[0] != d.actors[0] and not (
            _one_briefing(o, d) or (o.gathering and d.gathering) or _one_delegation(o, d) or _one_trip_told(o, d)
            or _one_visitor(o, d, kinds)
        ):
            continue  # another speaker, another visitor: another event
        return o
    return None


def _one_briefing(a: Draft, b: Draft) -> bool:
    """Are ``a`` and ``b`` statements of one day at one place about the same parties ("India
    expelled six diplomats", "the ministry summoned the chargé d'affaires")?
    A government's reactions told one by one, each under another name for the speaker, are one
    statement (one briefing), also when each names the government otherwise ("Iran", "Iran's
    foreign ministry"). The text must tell the day of one of them, and both fall on it. Only
    statements are compared here: they are one family (:func:`family`)."""
    # one day: the text tells it for one of them and both fall on it, or both are told in one
    # sentence ("summoned the envoy, accusing his country of ...": one act, whatever the dates)
    one_day = ((a.date_from_text or b.date_from_text) and a.date == b.date) or a.sentence == b.sentence or (
        # a page with no date that tells no day of either: nothing sets them on two days, and a
        # government's reaction to one matter is told again under another name for the envoy
        # ("summoned Myanmar's ambassador", "summoned Aung Min, Myanmar's ambassador, and
        # protested strongly")
        a.date is None and b.date is None and a.subtype == b.subtype == "Statement/Accusation"
    )
    return (
        one_day
        and (bool(set(a.actors) & set(b.actors)) or state_of(a.actors[0]) == state_of(b.actors[0]))
        # not two sides answering each other ("X accused Y", "Y accused X of lying"; a denial is
        # no statement of this family at all)
        and not (a.actors[0] in b.actors[1:] and b.actors[0] in a.actors[1:])
    )


def _one_delegation(a: Draft, b: Draft) -> bool:
    """Are ``a`` and ``b`` visits of one state's envoys ("the Iranian foreign minister arrived in
    Quetta", "she is the first Iranian foreign minister to visit Pakistan")? A visitor named once by
    office and once by the country is one visit to the same place (the caller checked the place
    and the day)."""
    return a.subtype == b.subtype == "Visit" and state_of(a.actors[0]) == state_of(b.actors[0])


def _one_trip_told(a: Draft, b: Draft) -> bool:
    """Are ``a`` and ``b`` one visit told twice in a sentence, once with no place ("a visit by the
    minister, who arrived in Beirut on Monday")? The actors read for the second trigger may be
    the host's (its subject is a relative pronoun), so they are not compared."""
    return (
        a.subtype == b.subtype == "Visit" and a.sentence == b.sentence
        and (a.location is None) != (b.location is None)
    )


def _one_visitor(a: Draft, b: Draft, kinds: Mapping[str, str]) -> bool:
    """Are ``a`` and ``b`` visits of one visitor ("Egypt's president set off on a visit to
    Turkey", "it is the first visit to Turkey by an Egyptian president"; "the minister arrived in
    Beijing", "he is on a four-day trip to China")? They name a visitor in common: a person one of
    them has as its subject (the one who travels) and the other names too, or a state other than
    the host (the land either visit is placed at). A host is no visitor: the subject of "received"
    or "hosted" is not compared, nor a person both name only beside their subjects (the leader two
    guests came to see). The caller checked the places (one inside the other) and the day."""
    if not (a.subtype == b.subtype == "Visit"):
        return False
    lead_a, all_a = _visit_people(a, kinds)
    lead_b, all_b = _visit_people(b, kinds)
    if (lead_a & all_b) or (lead_b & all_a):
        return True
    hosts = {x.location.name for x in (a, b) if x.location is not None and x.location.kind == "country"}
    if not hosts:
        return False  # two towns and no land told: the host's state may be in both
    states = {x.state for x in _sides(a, kinds)[0] if x.state} & {x.state for x in _sides(b, kinds)[0] if x.state}
    return bool(states - hosts)


def _visit_people(d: Draft, kinds: Mapping[str, str]) -> tuple[set[str], set[str]]:
    """The surname of the visit's subject when a person (none when the subject hosts), and the
    surnames of every person it names but its host."""
    hosted = d.rule.has("hosted_here")
    names = [(i, n) for i, n in enumerate(d.actors) if kinds.get(n) == "person" and not (hosted and i == 0)]
    return {_surname(n) for i, n in names if i == 0}, {_surname(n) for _i, n in names}


@dataclass
class _Side:
    """One party of a meeting: the state it speaks for (None: not known) and the people and
    stateless organisations named for it."""

    state: str | None
    people: set[str] = field(default_factory=set)
    orgs: set[str] = field(default_factory=set)


def _sides(d: Draft, kinds: Mapping[str, str]) -> tuple[list[_Side], _Side | None]:
    """The parties of the meeting ``d`` and the one its first actor is: its actors grouped by the
    state each speaks for ("Iran", "President Saman Roy (Iran)" and "Foreign minister of Iran"
    are one side); a person of no known state is a side by his surname. Groups ("troops") and
    names of no known kind say nothing of who met."""
    out: list[_Side] = []
    first: _Side | None = None
    for i, name in enumerate(d.actors):
        kind = kinds.get(name)
        if kind not in ("country", "person", "role", "org"):
            continue
        state = name if kind == "country" else state_of(name)
        state = None if state == name and kind != "country" else state
        person = _surname(name) if kind == "person" else None
        org = name if kind == "org" and state is None else None
        side = next((x for x in out if (state is not None and x.state == state) or (person is not None and person in x.people)), None)
        if side is None:
            side = _Side(state)
            out.append(side)
        side.state = side.state or state
        side.people.update([person] if person else [])
        side.orgs.update([org] if org else [])
        if i == 0:
            first = side
    return out, first


def _surname(name: str) -> str:
    """A person's surname: "Foreign Minister Tomas Reyk (Ostavia)" -> "Reyk"."""
    return without_state(name).split()[-1]


def _side_fit(x: _Side, y: _Side) -> int:
    """How ``x`` and ``y`` fit as one party of a meeting: 2 the same person or organisation named,
    or the same state (unless each names another person for it: a premier and a foreign minister
    of one state hold two meetings); 1 a side of no known state beside one that names nobody (the
    leader of a state named as the state); 0 two parties."""
    if x.people & y.people or x.orgs & y.orgs:
        return 2
    if (x.people or x.orgs) and (y.people or y.orgs):
        return 0
    if x.state is None or y.state is None:
        return 1
    return 2 if x.state == y.state else 0


def _one_meeting(a: Draft, b: Draft, kinds: Mapping[str, str]) -> bool:
    """Are the meetings ``a`` and ``b`` (of one place and day) one meeting by their parties?

    Each party of the one naming fewer must fit one of the other's, and something must say they
    are the same: a person or an organisation named in both ("FM Reyk meets Ostavian president",
    "Foreign Minister Tomas Reyk called on President Saman Roy"), the same two states, or, told
    with the same word, the same first actor (a visitor's talks, then "he also met the
    premier"). "The host met the Lindoran premier" and "the host met the Ostavian president"
    are two. A meeting that names no party is any meeting told with its word at its place and
    day; "talks" and "met" are one meeting only when both name both parties.
    """
    same_word = a.cameo == b.cameo
    (x, fx), (y, fy) = _sides(a, kinds), _sides(b, kinds)
    if len(x) > len(y):
        (x, fx), (y, fy) = (y, fy), (x, fx)
    if not x:
        return same_word
    if len(y) > _MAX_SIDES:
        return same_word and bool(a.actors and b.actors and a.actors[0] == b.actors[0])
    if not same_word and len(x) < 2:
        return False
    for pick in itertools.permutations(y, len(x)):
        fits = [_side_fit(s, t) for s, t in zip(x, pick, strict=True)]
        if 0 in fits:
            continue
        named_in_both = any(s.people & t.people or s.orgs & t.orgs for s, t in zip(x, pick, strict=True))
        same_states = len(x) == len(y) == 2 and fits == [2, 2]
        # the first actors are one party (the same name, person or state)
        first = same_word and any(s is fx and t is fy and f == 2 for s, t, f in zip(x, pick, fits, strict=True))
        if named_in_both or same_states or first:
            return True
    return False


#: Past this many parties a meeting is compared by its first actor (the permutations of its
#: parties are not tried).
_MAX_SIDES = 4


def state_of(actor: str) -> str:
    """The state an actor's name speaks for: "Foreign Ministry (Iran)" and "Foreign minister of
    Iran" speak for Iran, as "Iran" does; other names stand for themselves."""
    m = _STATE_IN_NAME.search(actor)
    return m.group(1) or m.group(2) if m else actor


_STATE_IN_NAME = re.compile(r"\(([^()]+)\)$|\bof\s+(?:the\s+)?([A-Z][\w' -]+)$")


#: Two towns farther apart than this are two incidents' sites.
_APART_KM = 50.0


def _unknown_apart(a: Draft, b: Draft) -> bool:
    """Is one of ``a``, ``b`` at a place the gazetteer does not know and the other at another
    site its own sentence names (or another unknown place)? ("In a separate incident in Nasirabad,
    a grenade …", then "four Levies were killed when their post in Khuzdar district was attacked".)"""
    if not (a.unknown_site or b.unknown_site):
        return False
    if a.unknown_site.lower() in b.unknown_told or b.unknown_site.lower() in a.unknown_told:
        # "a blast in Khar, the main town of Bajaur", then "a blast at the convention in Bajaur":
        # the unknown name was told beside the other's site, as the area that holds it
        return False
    if a.unknown_site and b.unknown_site:
        return a.unknown_site.lower() != b.unknown_site.lower()
    known = b if a.unknown_site else a
    if known.location is not None and known.location.kind in ("admin1", "region", "country", "border"):
        return False  # "a camp in the province", then "seized the town of X": X may lie in it
    unknown = a if a.unknown_site else b
    if unknown.unknown_within and known.location is not None and known.location.id == unknown.unknown_within and not unknown.separate:
        # "killed ten militants in Ambel district", then "they attacked the posts at Tolmi in Ambel
        # district": the district told again holds the site now told finer, one incident
        return False
    if unknown.rural_site and not unknown.separate and known.location is not None and known.location.kind in _TOWNS:
        # "militants attacked a police station in Brask", then "they stormed the Tolmi police
        # station in Ambel tehsil": a site told by its village or rural subdivision, in a sentence
        # naming no known place, is the town's incident told finer (a district's news names its
        # seat first); :func:`absorb` puts it on the town's province
        return False
    return strength(known) >= WEAK_SITES["same sentence"] and _named_in_its_sentence(known)


def _towns_apart(a: Draft, b: Draft) -> bool:
    """Do ``a`` and ``b`` each have a town their own sentence names, far apart? ("security forces
    killed two attackers … at a post in Turbat", then "four Levies were also killed when their post
    in Khuzdar district came under attack": a town of the incident's sentence, even one not tied to
    its clause, says the second incident is another one.)"""
    x, y = a.location, b.location
    if x is None or y is None or x.kind not in _TOWNS or y.kind not in _TOWNS:
        return False
    if min(strength(a), strength(b)) < WEAK_SITES["same sentence"] or not (
        (a.town_told or _named_in_its_sentence(a)) and (b.town_told or _named_in_its_sentence(b))
    ):
        return False  # a town of the dateline or of an earlier sentence is only context
    # a crowd gathers in one town: two towns its sentences name are two crowds however near
    # ("protests in Quetta", then "protests in Mastung", 45 km off; ACLED: one event per town),
    # where an armed incident may range over a district
    apart = _ONE_TOWN_KM if family(a) == family(b) == ("crowd",) else _APART_KM
    return distance_km(x.lat, x.lon, y.lat, y.lon) > apart


def _town_of_its_own(d: Draft) -> bool:
    """Is ``d`` at a town its own sentence names, read from its words or its sentence?"""
    return d.location is not None and d.location.kind in _TOWNS and strength(d) >= WEAK_SITES["same sentence"] and _named_in_its_sentence(d)


def _named_in_its_sentence(d: Draft) -> bool:
    at = d.location.mention if d.location is not None else None
    return at is not None and not d.fallback_site and d.sentence.start <= at[0] < d.sentence.end


def _nested(x: EventLocation | Place, y: EventLocation | Place, contains: ContainsFn) -> bool:
    """Are the sites ``x`` and ``y`` the same place, or one inside the other?"""
    return x.id == y.id or contains(x.id, y.id) or contains(y.id, x.id)


def _days_differ(a: Draft, b: Draft) -> bool:
    """Do the words of ``a`` and of ``b`` each give a day, and not the same one?"""
    return a.date is not None and b.date is not None and a.date != b.date and a.date_from_text and b.date_from_text


#: Two settlements closer than this are one town for an incident: a city and its suburb or
#: quarter ("an attack in Port-au-Prince" and "the attack on Pétionville"), which the gazetteer
#: lists side by side with nothing saying one is part of the other.
_ONE_TOWN_KM = 12.0


def _one_town(x: EventLocation | Place, y: EventLocation | Place) -> bool:
    """Are the sites ``x`` and ``y`` two settlements of one town (see :data:`_ONE_TOWN_KM`)?"""
    if x.kind not in _TOWNS or y.kind not in _TOWNS:
        return False
    return distance_km(x.lat, x.lon, y.lat, y.lon) < _ONE_TOWN_KM


def absorb(twin: Draft, d: Draft, contains: ContainsFn | None = None) -> None:
    """Merge the later mention ``d`` of an incident into ``twin``."""
    contains = contains or (lambda big, small: False)
    twin.provenance.extend(d.provenance)
    if (
        family(twin) == ("crowd",) and not twin.town_told and _town_of_its_own(d) and twin.location is not None
        and twin.location.kind in ("admin1", "country") and contains(twin.location.id, d.location.id)
    ):
        # "In Bihar, protesters tried to torch a bus", then "protesters blocked the line at
        # Darbhanga": the first town told inside the area is where the crowd was, whatever words
        # placed each mention (ACLED codes a crowd at its town); the towns told after it are
        # other crowds (one event per town)
        twin.town_told = True
        twin.location, twin.precision, twin.fallback_site = d.location, d.precision, d.fallback_site
        twin.location_note = d.location_note
        twin.rule_name += f"+site-from-later-mention({d.location_note or 'context'})"
    elif _finer(twin, d, contains):
        twin.location, twin.precision, twin.fallback_site = d.location, d.precision, d.fallback_site
        twin.location_note = d.location_note
        twin.rule_name += f"+site-from-later-mention({d.location_note or 'context'})"
    elif d.rural_site and not twin.unknown_site and twin.location is not None and twin.location.kind in _TOWNS:
        # "Militants attacked a police station in Brask", then "they stormed the Tolmi police post
        # in Ambel tehsil": the later words tell a site in the town's district the gazetteer
        # lacks; the town's point (the district's seat) is not it, its province holds it
        province = province_of_town(twin.location.id)
        if province is not None:
            twin.location = EventLocation(province.name, province.kind, province.id, province.lat, province.lon, "site", twin.location.mention)
            twin.precision = 3
            twin.rule_name += "+province-of-the-rural-site-told-later"
    clash = _fight_follows(twin, d)
    # an attack read from its civilian victims stays one on civilians when a later mention tells a
    # fight or a seizure ("raiders shot six farmers in a hamlet ... then held the hamlet for a day")
    on_civilians = twin.read_as_civilians and twin.type == "Violence against civilians" and d.type == "Battles"
    # ("the gun battle lasted two hours" folded in before "began with a suicide car bombing")
    blast_in_fight = twin.fight_told and d.type == "Explosions/Remote violence" and twin.subtype == "Armed clash"
    # ("militants attacked a police post, killing three guards" then "hurled grenades": an assault
    # told by the armed men it killed or wounded is a battle; the blasts it used are its details.
    # An attack told by its targets alone ("attacks hit six police stations") takes the weapon told
    # after it ("carried out with hand grenades").
    on_armed_men = "victims: security forces" in twin.rule_name and bool(twin.fatalities) and d.type == "Explosions/Remote violence"
    if twin.rule.subtype == GENERIC and d.rule.subtype != GENERIC and (not twin.specific_read or clash) and not on_civilians and not blast_in_fight and not on_armed_men:
        # "an attack killed five" then "a suicide bomber blew himself up": the first specific
        # reading; the weapons and moves told after it ("hand grenades", "seized the station")
        # are details of that incident
        twin.specific_read = True
        if (twin.type, twin.subtype) != (d.type, d.subtype):
            twin.type, twin.subtype, twin.cameo = d.type, d.subtype, d.cameo
            twin.rule_name += f"+type-from-later-mention({d.rule.name})"
    if (
        d.read_as_civilians and d.type == "Violence against civilians" and twin.type == "Battles"
        and "victims not stated" in twin.rule_name and not twin.read_as_civilians
    ):
        # "The attacks took place on Friday", then "bandits ... slaughtered scores of people": the
        # victims told later say whom the attack struck
        twin.type, twin.subtype, twin.cameo, twin.read_as_civilians = d.type, d.subtype, d.cameo, True
        twin.rule_name += f"+type-from-later-mention({d.rule.name}: civilians)"
    twin.fight_told = twin.fight_told or d.fight_told
    if twin.fight_told and twin.type == "Explosions/Remote violence" and twin.rule.subtype == GENERIC:
        # the blast that opened a fight told of the same incident: the fight is the event
        twin.type, twin.subtype, twin.cameo = "Battles", "Armed clash", None  # (as the armed-clash rule gives)
        twin.rule_name += "+type-from-later-mention(gunfight)"
    if d.subtype == "Suicide bomb" and twin.subtype in _ONE_BLAST and twin.subtype != d.subtype:
        twin.subtype, twin.cameo = d.subtype, d.cameo
        twin.rule_name += f"+type-from-later-mention({d.rule.name})"
    if _CROWD_VIOLENCE.get(d.subtype, -1) > _CROWD_VIOLENCE.get(twin.subtype, 99):
        twin.type, twin.subtype, twin.cameo = d.type, d.subtype, d.cameo
        twin.rule_name += f"+type-from-later-mention({d.rule.name})"
    for a in d.actors:
        if a not in twin.actors:
            twin.actors.append(a)
    if not twin.date_from_text and d.date_from_text and d.time_precision <= twin.time_precision:
        # a date the text gives, unless it says less than the one kept ("this year" is no
        # better than the report's day)
        twin.date, twin.time_precision, twin.date_from_text = d.date, d.time_precision, True
        twin.whole_year, twin.earlier = d.whole_year, d.earlier
    twin.weekday = twin.weekday or d.weekday
    if twin.fatalities is None:
        twin.fatalities = d.fatalities


def to_event(article: Article, d: Draft) -> Event:
    """The frozen event of a draft, with a stable id and its places without repeats."""
    key = f"{article.id}|{d.sentence.start}|{d.sentence.end}|{d.trigger.start}|{d.rule.name}"
    places = tuple(
        p for i, p in enumerate(d.places) if all((p.id, p.role) != (q.id, q.role) for q in d.places[:i])
    )
    return Event(
        id=hashlib.sha1(key.encode("utf-8")).hexdigest()[:16],
        article_id=article.id,
        type=d.type,
        subtype=d.subtype,
        trigger=d.trigger,
        sentence=d.sentence,
        rule=d.rule_name,
        actors=tuple(d.actors),
        location=d.location,
        precision=d.precision if d.location is not None else 3,
        date=d.date,
        time_precision=d.time_precision if d.date is not None else None,
        fatalities=d.fatalities,
        modality=d.modality,
        cameo=d.cameo,
        places=places,
        mentions=tuple(t for t, _s in d.provenance) or (d.trigger,),
        sentences=tuple(dict.fromkeys(s for _t, s in d.provenance)) or (d.sentence,),
    )


def referred_party(text: str, start: int, end: int, drafts: list[Draft], speaker: str | None) -> str | None:
    """The other party of a statement about an earlier event, or None.

    "Niger condemned the strike" -> the actor of the last violent event (Mali); "Venezuela
    rejected the accusation" -> the accuser of the last accusation (Colombia). Only when
    ``text[start:end]`` (the words after the statement's verb) refers to such an event.
    """
    m = lex.REFERRED_EVENT.match(text, start, end)
    if m is None:
        return None
    if m.group("said"):
        wanted = [x for x in drafts[-RECALL:] if x.subtype == "Statement/Accusation" and not x.rule.has("denial")]
    else:
        wanted = [x for x in drafts[-RECALL:] if x.type in VIOLENT_TYPES]
    for x in reversed(wanted[-10:]):
        if x.actors and x.actors[0] != speaker:
            return x.actors[0]
    return None

