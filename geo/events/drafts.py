"""Events while they are read (:class:`Draft`), what the article established (:class:`Context`),
and how drafts become :class:`~geo.models.Event` records.

"The agreement", "the raid" refer back to an earlier draft and fill its missing site or date
(:func:`merge_into_antecedent`); identical drafts (same type, place, actors, date) are merged
(:func:`dedupe`), as ACLED codes one event per day, place and actor pair.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

from geo.events import rules as lex
from geo.events.actors import ActorMemory
from geo.events.rules import VIOLENT_TYPES, Rule
from geo.models import Article, Event, EventLocation, Place, Span

__all__ = ["Draft", "Context", "merge_into_antecedent", "dedupe", "to_event", "referred_party"]


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
    date_from_text: bool = False
    fatalities: int | None = None
    modality: str = "asserted"
    places: list[EventLocation] = field(default_factory=list)
    anaphoric: bool = False
    fallback_site: bool = False
    visit_site: EventLocation | None = None


@dataclass
class Context(ActorMemory):
    """What the article has established so far (for references across sentences)."""

    drafts: list[Draft] = field(default_factory=list)
    dates: dict[tuple, object] = field(default_factory=dict)  # date look-ups, once per sentence
    last_visit: Draft | None = None  # the latest visit with a destination
    last_dated: Draft | None = None  # the latest event with a date read from the text
    dateline: Place | None = None  # the place of the article's dateline ("TEHRAN, 16 Oct —")

    def remember(self, d: Draft) -> None:
        self.drafts.append(d)
        if d.subtype == "Visit" and d.visit_site is not None:
            self.last_visit = d
        if d.date is not None and d.date_from_text:
            self.last_dated = d


def merge_into_antecedent(d: Draft, ctx: Context) -> bool:
    """Fold an anaphoric draft (\"the raid\") into the recent event it refers to; False if none."""
    for prev in reversed(ctx.drafts[-30:]):  # an anaphor refers to something told recently
        same = prev.subtype == d.subtype and prev.type == d.type
        violent_family = prev.type in VIOLENT_TYPES and d.type in VIOLENT_TYPES
        if not (same or violent_family):
            continue
        if prev.location is None or (prev.fallback_site and d.location is not None and not d.fallback_site):
            if d.location is not None:
                prev.location, prev.precision = d.location, d.precision
                prev.fallback_site = d.fallback_site
                prev.rule_name += f"+site-from-later-mention({d.location_note or 'context'})"
        if not prev.date_from_text and d.date_from_text:
            prev.date, prev.time_precision, prev.date_from_text = d.date, d.time_precision, True
        if not prev.actors:
            prev.actors.extend(d.actors)  # otherwise the later actors are mostly speakers
        if prev.fatalities is None:
            prev.fatalities = d.fatalities
        return True
    return False


def dedupe(drafts: list[Draft]) -> list[Draft]:
    """Drafts with identical type, place, modality, date and overlapping actors merged into the first."""
    out: list[Draft] = []
    buckets: dict[tuple, list[Draft]] = {}
    for d in drafts:
        twin = None
        key = (d.type, d.subtype, d.modality, d.cameo, d.location.id if d.location else None)
        for o in buckets.get(key, ()) if d.location is not None else ():
            if (o.type, o.subtype, o.modality, o.cameo) != (d.type, d.subtype, d.modality, d.cameo):
                continue
            if o.location is None or d.location is None or o.location.id != d.location.id:
                continue
            if o.date is not None and d.date is not None and o.date != d.date and o.date_from_text and d.date_from_text:
                continue
            if o.actors and d.actors and not set(o.actors) & set(d.actors):
                continue
            twin = o
            break
        if twin is None:
            out.append(d)
            buckets.setdefault(key, []).append(d)
            continue
        for a in d.actors:
            if a not in twin.actors:
                twin.actors.append(a)
        if not twin.date_from_text and d.date_from_text:
            twin.date, twin.time_precision, twin.date_from_text = d.date, d.time_precision, True
        if twin.fatalities is None:
            twin.fatalities = d.fatalities
    return out


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
        time_precision=d.time_precision if d.date is not None else 3,
        fatalities=d.fatalities,
        modality=d.modality,
        cameo=d.cameo,
        places=places,
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
        wanted = [x for x in drafts if x.subtype == "Statement/Accusation" and x.rule.name != "rejection"]
    else:
        wanted = [x for x in drafts if x.type in VIOLENT_TYPES]
    for x in reversed(wanted[-10:]):
        if x.actors and x.actors[0] != speaker:
            return x.actors[0]
    return None

