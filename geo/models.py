"""Frozen, typed records shared by every stage of the pipeline.

Offsets (``start``/``end``) are always Python code-point offsets into ``Article.text``, the
original text, never into a cleaned copy. Coordinates are WGS84 (EPSG:4326); fields are named
``lat``/``lon`` so their order never has to be guessed.

Ids are stable strings:

* country: ISO 3166-1 alpha-3, e.g. ``"PAK"``;
* first-level admin area: ISO 3166-2 where one exists, e.g. ``"PK-BA"``, else another stable
  code documented in geo/gazetteer.py;
* continent: ``"continent:<code>"`` (e.g. ``"continent:AS"``);
* US county (second level): ``"us-county:<state>:<name key>"`` (e.g. ``"us-county:NY:putnam-county"``);
* second-level area outside the US (a district): ``"adm2:<geonameid>"``;
* GeoNames populated place: ``"gn:<geonameid>"``;
* border segment between two areas: ``"border:<id_a>|<id_b>"`` with the two ids sorted.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

__all__ = [
    "KINDS",
    "RIVER_ID_PREFIX",
    "FEATURE_POPULATION",
    "Place",
    "ScoredPlace",
    "Mention",
    "Span",
    "Article",
    "Border",
    "EventLocation",
    "Event",
    "Correction",
    "ArticleResult",
    "Result",
]

#: Ids of the rivers among the hand-curated regions (geo/places/build/regions.tsv): a river's
#: point is only the middle of its best-known stretch, no place something happened.
RIVER_ID_PREFIX = "region:river-"
#: Population of the physical features derived from Natural Earth's rivers
#: (geo/places/build/features.py; rows of kind "region"): they have none, and this mark lets the
#: resolver rank them after the towns and countries of their name (hand-curated regions carry 0).
FEATURE_POPULATION = 1

#: Feature kinds of gazetteer entries, from the largest to the smallest.
KINDS = ("continent", "country", "admin1", "admin2", "place", "region")  # "region" (hand-curated, appended later) sits between country and admin1 in size


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry at its reference point (what gold corpora and pins use)."""

    id: str
    name: str
    kind: str  # one of KINDS
    lat: float
    lon: float
    country: str  # ISO 3166-1 alpha-2, "" when the entry belongs to no country
    admin1: str | None = None  # id of the first-level area containing it (its own id for an admin1)
    population: int = 0
    geonameid: int | None = None


@dataclass(frozen=True, slots=True)
class ScoredPlace:
    """A candidate reading of a mention and how strongly the resolver believes it (0..1)."""

    place: Place
    score: float


@dataclass(frozen=True, slots=True)
class Mention:
    """A place named in the text: ``text == article_text[start:end]``."""

    start: int
    end: int
    text: str
    place: Place | None  # the chosen reading; None when nothing could be resolved
    score: float = 0.0
    candidates: tuple[ScoredPlace, ...] = ()  # ranked, the chosen one first
    form: str = "name"  # "name" | "demonym" (Pakistani -> Pakistan)
    evidence: tuple[str, ...] = ()  # short human-readable reasons for the choice


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the original text, with why it matters (e.g. why it was skipped)."""

    start: int
    end: int
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Article:
    """One article. ``text`` is the original text; ``skipped`` marks boilerplate not analysed."""

    id: str  # the caller's id (an "id" column/key, a feed entry's id) when given, else content_hash
    title: str
    text: str
    date: dt.date | None = None
    url: str | None = None  # http(s) only; anything else is dropped at ingest
    source: str = "pasted"  # file name, or "pasted"
    skipped: tuple[Span, ...] = ()
    content_hash: str = ""  # stable hash of title and text (geo.ingest.article_id); "" when not computed


@dataclass(frozen=True, slots=True)
class Border:
    """The shared boundary line of two areas (countries or provinces); geometry lives in geo.places.areas."""

    id: str  # "border:<a>|<b>", a < b
    a: str  # area id
    b: str  # area id
    a_name: str
    b_name: str
    a_country: str  # ISO alpha-3 of side a (itself for a country)
    b_country: str
    length_km: float  # geodesic, WGS84
    lat: float  # a reference point on the line (for pins and scoring)
    lon: float


@dataclass(frozen=True, slots=True)
class EventLocation:
    """Where an event is placed, and in which role the place takes part."""

    name: str
    kind: str  # "place" | "admin1" | "admin2" | "country" | "border"
    id: str  # Place.id or Border.id
    lat: float
    lon: float
    role: str = "site"  # "site" (where it happened) | "actor_base" | "mentioned"
    mention: tuple[int, int] | None = None  # span of the mention in the text, when named there


@dataclass(frozen=True, slots=True)
class Event:
    """One thing that happened (or was said to happen), read from one sentence."""

    id: str  # stable: hash of article id, sentence span and rule
    article_id: str
    type: str  # ACLED event type, or "Diplomacy" for the CAMEO-style types ACLED does not record
    subtype: str
    trigger: Span
    sentence: Span
    rule: str  # the rule or pattern that produced it (explainability)
    actors: tuple[str, ...] = ()
    location: EventLocation | None = None
    precision: int = 3  # ACLED geo_precision: 1 town, 2 near a town / part of a region, 3 region/border
    date: dt.date | None = None
    time_precision: int | None = 3  # 1 day, 2 week, 3 month (or coarser); None: no date (none stated, no article date)
    fatalities: int | None = None  # lowest reported figure
    modality: str = "asserted"  # asserted | negated | hypothetical | planned | speculative | background
    cameo: str | None = None
    places: tuple[EventLocation, ...] = ()  # every other place of the sentence, with its role
    #: every mention of the incident in the text (trigger spans, the first is ``trigger``) and the
    #: sentences they are in: one incident told in the lead, the body and a quote is one event
    mentions: tuple[Span, ...] = ()
    sentences: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Correction:
    """An analyst's change to a mention: recorded, replayable, shown in the audit trail."""

    article_id: str
    start: int
    end: int
    action: str  # "choose" (another candidate / place) | "remove" | "add"
    from_id: str | None
    to_id: str | None
    at: str = ""  # ISO 8601 UTC timestamp
    note: str = ""


@dataclass(frozen=True, slots=True)
class ArticleResult:
    article: Article
    mentions: tuple[Mention, ...] = ()
    events: tuple[Event, ...] = ()
    #: what the reader should know about how the article was read (a sentence read in pieces,
    #: an analysis stopped at its time budget); ``complete`` is False when it was stopped
    notes: tuple[str, ...] = ()
    complete: bool = True


@dataclass(frozen=True, slots=True)
class Result:
    """What the pipeline returns for a set of articles (plus the corrections applied)."""

    articles: tuple[ArticleResult, ...] = ()
    corrections: tuple[Correction, ...] = field(default=())
