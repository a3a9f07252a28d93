"""Scoring of extracted events against an ACLED-style gold standard (``bench/events/``).

One gold record is one incident: an event type (ACLED's six types; the product's Diplomacy
types form a family of their own), a location with a reference point (and the gazetteer id
when the gazetteer knows the place), a date with its precision. A predicted event *matches* a
gold event of the same article when

* their type families are equal (the ACLED type, or ``Diplomacy``), and
* the location is right (:func:`location_match`): the same place id; or the predicted area
  (country, admin1/admin2, region, border) contains the gold point; or the gold area contains
  the predicted point; or the two points lie within :data:`NEAR_KM` of each other (an area
  whose geometry is unknown counts as a point).

Gold and predictions are paired one to one per article by a maximum matching, so a second
prediction for an incident already matched is a *duplicate*, not a second hit. Only asserted
predictions count (negated, speculative, planned, background ones are not drawn by default).

Besides precision/recall/F1, :func:`score` reports: the share of asserted predictions without
a location (in articles naming a place); location accuracy among pairs whose types agree;
type accuracy among pairs whose locations agree; duplicates per match; date accuracy among
matches whose gold has a date (at the gold's precision); and false positives that fall on
sentences the gold lists as non-events (habitual, background, planned, negated, ...).
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from geo.metrics import PRF, Ratio
from geo.places.geodesy import distance_km as haversine_km

#: Two points this close (great circle) are the same place for scoring.
NEAR_KM = 25.0

#: Location kinds that are areas (or lines), tested by containment rather than distance.
AREA_KINDS = frozenset({"continent", "country", "admin1", "admin2", "region", "border"})

DATE_PRECISIONS = ("day", "week", "month", "year", "none")

#: ``contains(area_id, lat, lon)``: does the area (or border line, with tolerance) hold the point?
#: ``None`` when the area's geometry is unknown: it is then compared as a point.
Contains = Callable[[str, float, float], "bool | None"]


@dataclass(frozen=True, slots=True)
class Loc:
    """A location: gazetteer id (``None`` when the gazetteer does not know the place)."""

    id: str | None
    kind: str
    lat: float
    lon: float
    name: str = ""


@dataclass(frozen=True, slots=True)
class GoldEvent:
    article: str
    n: int
    type: str
    subtype: str
    location: Loc | None
    date: dt.date | None
    precision: str  # one of DATE_PRECISIONS
    sentences: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class NonEvent:
    article: str
    kind: str  # background | habitual | generic | hypothetical | planned | negated | boilerplate
    type: str | None
    sentences: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class PredEvent:
    article: str
    type: str
    subtype: str
    location: Loc | None
    date: dt.date | None
    sentence: tuple[int, int] = (0, 0)
    modality: str = "asserted"
    rule: str = ""
    index: int = 0  # position in the article's prediction list (for reports)


@dataclass(frozen=True, slots=True)
class Pair:
    gold: GoldEvent
    pred: PredEvent


@dataclass(slots=True)
class EventScores:
    n_gold: int = 0
    n_pred: int = 0  # asserted predictions
    matches: list[Pair] = field(default_factory=list)
    n_pred_in_placed_articles: int = 0
    n_pred_unlocated: int = 0
    type_pairs: int = 0  # pairs whose families agree (maximum matching)
    type_pairs_located: int = 0
    loc_pairs: int = 0  # pairs whose locations agree (maximum matching)
    loc_pairs_typed: int = 0
    subtype_right: int = 0
    duplicates: int = 0
    dated_matches: int = 0
    date_right: int = 0
    undated_gold_given_date: int = 0
    undated_gold_matches: int = 0
    on_non_events: Counter = field(default_factory=Counter)
    fp_in_eventless: int = 0
    misses: list[GoldEvent] = field(default_factory=list)
    false_positives: list[PredEvent] = field(default_factory=list)
    # each duplicate with the incident it repeats (so the extra events can be read one by one)
    duplicate_pairs: list[Pair] = field(default_factory=list)

    @property
    def tp(self) -> int:
        return len(self.matches)

    @property
    def prf(self) -> PRF:
        return PRF(self.tp, self.n_pred, self.n_gold)

    @property
    def precision(self) -> float:
        return self.prf.precision

    @property
    def recall(self) -> float:
        return self.prf.recall

    @property
    def f1(self) -> float:
        return self.prf.f1

    unlocated_share = Ratio("n_pred_unlocated", "n_pred_in_placed_articles")
    location_accuracy = Ratio("type_pairs_located", "type_pairs")
    type_accuracy = Ratio("loc_pairs_typed", "loc_pairs")
    subtype_accuracy = Ratio("subtype_right", "tp")
    duplicates_per_match = Ratio("duplicates", "tp")
    date_accuracy = Ratio("date_right", "dated_matches")


def family(event_type: str) -> str:
    """The type family used for matching: the ACLED type; the Diplomacy types are one family."""
    return event_type


def location_match(gold: Loc | None, pred: Loc | None, contains: Contains) -> bool:
    """Is ``pred`` the right location for ``gold``? (see the module docstring)

    An area whose geometry is unknown (``contains`` answers ``None``) counts as a point.
    """
    if gold is None or pred is None:
        return False
    if gold.id is not None and gold.id == pred.id:
        return True
    pred_area = pred.kind in AREA_KINDS and bool(pred.id)
    gold_area = gold.kind in AREA_KINDS and bool(gold.id)
    if pred_area:
        held = contains(pred.id, gold.lat, gold.lon)  # type: ignore[arg-type]
        if held:
            return True
        pred_area = held is not None
    if gold_area:
        held = contains(gold.id, pred.lat, pred.lon)  # type: ignore[arg-type]
        if held:
            return True
        gold_area = held is not None
    if pred_area:
        # An area that does not hold the gold point is wrong, however close its centroid.
        return False
    if gold_area and pred.kind in AREA_KINDS:
        return False  # two areas: only the same id or containment counts
    return haversine_km(gold.lat, gold.lon, pred.lat, pred.lon) <= NEAR_KM


def date_match(gold: dt.date | None, precision: str, pred: dt.date | None) -> bool:
    """Does the predicted date agree with the gold date at the gold's precision?

    ``week`` means the seven days ending on the gold date ("this week", "last week" resolved
    to the last day of that week).
    """
    if gold is None or pred is None:
        return False
    if precision == "day":
        return pred == gold
    if precision == "week":
        return gold - dt.timedelta(days=6) <= pred <= gold
    if precision == "month":
        return (pred.year, pred.month) == (gold.year, gold.month)
    if precision == "year":
        return pred.year == gold.year
    return False


def _max_matching(n_left: int, n_right: int, edges: Mapping[int, Sequence[int]],
                  fixed_left: Iterable[int] = (), fixed_right: Iterable[int] = ()) -> dict[int, int]:
    """Maximum bipartite matching (augmenting paths), left -> right; ``edges[i]`` in order of preference.

    Nodes in ``fixed_left``/``fixed_right`` are already used and take no part.
    """
    used_l, used_r = set(fixed_left), set(fixed_right)
    match_r: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges.get(i, ()):
            if j in used_r or j in seen:
                continue
            seen.add(j)
            if j not in match_r or augment(match_r[j], seen):
                match_r[j] = i
                return True
        return False

    for i in range(n_left):
        if i not in used_l:
            augment(i, set())
    return {i: j for j, i in match_r.items()}


def _overlap(a: tuple[int, int], spans: Sequence[tuple[int, int]]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


def _preference(g: GoldEvent, p: PredEvent) -> tuple:
    # Among equally valid partners prefer the one read from the gold's own sentences, then the
    # same sub-type, then the right date: reports then pair what a reader would pair.
    return (
        not _overlap(p.sentence, g.sentences),
        p.subtype != g.subtype,
        not date_match(g.date, g.precision, p.date),
        p.index,
    )


def score_article(
    gold: Sequence[GoldEvent],
    preds: Sequence[PredEvent],
    contains: Contains,
    non_events: Sequence[NonEvent] = (),
    names_place: bool = True,
    into: EventScores | None = None,
) -> EventScores:
    """Score one article's asserted predictions against its gold events (accumulating ``into``)."""
    s = into if into is not None else EventScores()
    preds = [p for p in preds if p.modality == "asserted"]
    s.n_gold += len(gold)
    s.n_pred += len(preds)
    if names_place:
        s.n_pred_in_placed_articles += len(preds)
        s.n_pred_unlocated += sum(1 for p in preds if p.location is None)
    typed = [[j for j, p in enumerate(preds) if family(p.type) == family(g.type)] for g in gold]
    located = [[j for j, p in enumerate(preds) if location_match(g.location, p.location, contains)] for g in gold]
    full = {i: sorted((j for j in typed[i] if j in set(located[i])), key=lambda j: _preference(gold[i], preds[j]))
            for i in range(len(gold))}
    m = _max_matching(len(gold), len(preds), full)
    for i, j in sorted(m.items()):
        g, p = gold[i], preds[j]
        s.matches.append(Pair(g, p))
        s.subtype_right += p.subtype == g.subtype
        if g.date is not None and g.precision != "none":
            s.dated_matches += 1
            s.date_right += date_match(g.date, g.precision, p.date)
        else:
            s.undated_gold_matches += 1
            s.undated_gold_given_date += p.date is not None
    # Location accuracy among type-agreeing pairs: the full matches, extended by type-only pairs
    # among the events left over (a maximum matching on the rest).
    ext_t = _max_matching(len(gold), len(preds), {i: typed[i] for i in range(len(gold))}, m.keys(), m.values())
    s.type_pairs += len(m) + len(ext_t)
    s.type_pairs_located += len(m)
    # Type accuracy among location-agreeing pairs, the same way.
    ext_l = _max_matching(len(gold), len(preds), {i: located[i] for i in range(len(gold))}, m.keys(), m.values())
    s.loc_pairs += len(m) + len(ext_l)
    s.loc_pairs_typed += len(m)
    matched_preds = set(m.values())
    matched_gold = set(m.keys())
    for j, p in enumerate(preds):
        if j in matched_preds:
            continue
        repeated = next((i for i in sorted(matched_gold) if j in full[i]), None)
        if repeated is not None:
            s.duplicates += 1
            s.duplicate_pairs.append(Pair(gold[repeated], p))
            continue
        s.false_positives.append(p)
        if not gold:
            s.fp_in_eventless += 1
        for ne in non_events:
            if _overlap(p.sentence, ne.sentences):
                s.on_non_events[ne.kind] += 1
                break
    s.misses.extend(g for i, g in enumerate(gold) if i not in matched_gold)
    return s


def score(
    gold: Mapping[str, Sequence[GoldEvent]],
    preds: Mapping[str, Sequence[PredEvent]],
    contains: Contains,
    non_events: Mapping[str, Sequence[NonEvent]] | None = None,
    names_place: Mapping[str, bool] | None = None,
) -> EventScores:
    """Score every article of ``gold`` (predictions for other articles are ignored)."""
    s = EventScores()
    for art, evs in gold.items():
        score_article(
            evs,
            preds.get(art, ()),
            contains,
            (non_events or {}).get(art, ()),
            True if names_place is None else names_place.get(art, True),
            into=s,
        )
    return s
