"""Geoparsing metrics, exactly as defined in ``shared/benchmarks/geoparsing/README.md``.

Pure functions over plain records, so the benchmark, the tests and any notebook compute the
same numbers:

* recognition: micro precision / recall / F1 of predicted spans against gold spans, both
  exact-span (same ``start`` and ``end``) and overlapping-span. Overlap matching is one-to-one
  (a predicted span can only be credited once): each gold span, in text order, takes the
  unmatched overlapping prediction that is exact if there is one, else the one with the
  largest overlap;
* resolution: for each gold toponym with coordinates matched (overlap) to a prediction with
  coordinates, the great-circle (haversine) error in km. ``a161`` is the share of those within
  161 km (100 miles); ``mean_km``, ``median_km`` and ``auc`` (area under the curve of the
  sorted log-errors, normalised by the log of half the Earth's circumference, 20,039 km;
  Gritta et al. 2018 — lower is better) are over the same set;
* ``a161_e2e`` divides the same hits by every gold toponym with coordinates, so a missed or
  unresolved toponym counts as wrong.

>>> g = {"d": [Toponym(0, 5, 48.85, 2.35)]}
>>> s = score(g, {"d": [Toponym(0, 5, 48.86, 2.34)]})
>>> (s.exact.f1, s.a161, s.a161_e2e)
(1.0, 1.0, 1.0)
"""
from __future__ import annotations

import math
import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from geo.errors import InputError
from geo.metrics import PRF
from geo.places.geodesy import EARTH_RADIUS_KM, distance_km

__all__ = [
    "EARTH_RADIUS_KM",
    "MAX_ERROR_KM",
    "A161_KM",
    "Toponym",
    "PRF",
    "Match",
    "Scores",
    "haversine_km",
    "prf",
    "match_overlap",
    "auc_log_error",
    "score",
]


MAX_ERROR_KM = 20039.0  # half the Earth's circumference: the largest possible error
A161_KM = 161.0


@dataclass(frozen=True, slots=True)
class Toponym:
    """A gold or predicted span; ``lat``/``lon`` are None when it has no resolution."""

    start: int
    end: int
    lat: float | None = None
    lon: float | None = None

    @property
    def has_coords(self) -> bool:
        return self.lat is not None and self.lon is not None


@dataclass(frozen=True, slots=True)
class Match:
    """One gold span paired with an overlapping prediction (indices into the doc's lists)."""

    doc: str
    gold: int
    pred: int
    error_km: float | None  # None when either side has no coordinates


@dataclass(frozen=True, slots=True)
class Scores:
    """Every figure of the README's scoring section for one corpus."""

    exact: PRF
    overlap: PRF
    n_gold_coords: int  # gold toponyms with coordinates (denominator of a161_e2e)
    errors_km: tuple[float, ...]  # one per resolved match, sorted
    matches: tuple[Match, ...]

    @property
    def n_resolved(self) -> int:
        return len(self.errors_km)

    @property
    def hits(self) -> int:
        return sum(1 for e in self.errors_km if e <= A161_KM)

    @property
    def a161(self) -> float:
        return self.hits / self.n_resolved if self.n_resolved else 0.0

    @property
    def a161_e2e(self) -> float:
        return self.hits / self.n_gold_coords if self.n_gold_coords else 0.0

    @property
    def mean_km(self) -> float:
        return statistics.fmean(self.errors_km) if self.errors_km else 0.0

    @property
    def median_km(self) -> float:
        return statistics.median(self.errors_km) if self.errors_km else 0.0

    @property
    def auc(self) -> float:
        return auc_log_error(self.errors_km)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km between two (lat, lon) points in degrees (WGS84 sphere).

    >>> round(haversine_km(0, 0, 0, 1), 1)
    111.2
    """
    return distance_km(lat1, lon1, lat2, lon2)


def prf(tp: int, n_pred: int, n_gold: int) -> PRF:
    """Validated :class:`PRF` from counts."""
    if min(tp, n_pred, n_gold) < 0 or tp > n_pred or tp > n_gold:
        raise InputError(f"inconsistent counts: tp={tp!r}, n_pred={n_pred!r}, n_gold={n_gold!r}")
    return PRF(tp, n_pred, n_gold)


def _overlap(a: Toponym, b: Toponym) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def match_overlap(gold: Sequence[Toponym], pred: Sequence[Toponym]) -> list[tuple[int, int]]:
    """One-to-one (gold index, pred index) pairs of overlapping spans (see module docstring)."""
    order = sorted(range(len(pred)), key=lambda i: (pred[i].start, pred[i].end))
    used: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for gi in sorted(range(len(gold)), key=lambda i: (gold[i].start, gold[i].end)):
        g = gold[gi]
        best, best_key = -1, (-1, -1)
        for pi in order:
            p = pred[pi]
            if p.start >= g.end:
                break
            if pi in used or _overlap(g, p) <= 0:
                continue
            key = (int(p.start == g.start and p.end == g.end), _overlap(g, p))
            if key > best_key:
                best, best_key = pi, key
        if best >= 0:
            used.add(best)
            pairs.append((gi, best))
    return pairs


def auc_log_error(errors_km: Sequence[float]) -> float:
    """Area under the sorted ln(1 + error) curve over ln(20039), trapezoidal (0 best, 1 worst).

    As in Gritta et al. 2018 (``np.trapz(log_errors) / (log(20039) * (n - 1))``); a single
    error is its own normalised log-error.
    """
    if not errors_km:
        return 0.0
    logs = sorted(math.log1p(max(0.0, e)) for e in errors_km)
    norm = math.log(MAX_ERROR_KM)
    if len(logs) == 1:
        return logs[0] / norm
    area = sum(logs) - (logs[0] + logs[-1]) / 2  # trapezoid rule with unit spacing
    return area / (norm * (len(logs) - 1))


def score(gold: Mapping[str, Sequence[Toponym]], pred: Mapping[str, Sequence[Toponym]]) -> Scores:
    """Score predictions against gold, per document id; a document missing from ``pred`` has none.

    Predictions for documents absent from ``gold`` are an input error (a mismatched file).
    """
    extra = set(pred) - set(gold)
    if extra:
        raise InputError(f"predictions for documents not in the gold set: {sorted(extra)[:5]!r}")
    exact_tp = n_pred = n_gold = overlap_tp = n_coords = 0
    errors: list[float] = []
    matches: list[Match] = []
    for doc, g in gold.items():
        p = pred.get(doc, ())
        n_gold += len(g)
        n_pred += len(p)
        n_coords += sum(1 for t in g if t.has_coords)
        exact_tp += len({(t.start, t.end) for t in g} & {(t.start, t.end) for t in p})
        for gi, pi in match_overlap(g, p):
            overlap_tp += 1
            gt, pt = g[gi], p[pi]
            err = None
            if gt.has_coords and pt.has_coords:
                err = haversine_km(gt.lat, gt.lon, pt.lat, pt.lon)  # type: ignore[arg-type]
                errors.append(err)
            matches.append(Match(doc, gi, pi, err))
    return Scores(
        exact=prf(exact_tp, n_pred, n_gold),
        overlap=prf(overlap_tp, n_pred, n_gold),
        n_gold_coords=n_coords,
        errors_km=tuple(sorted(errors)),
        matches=tuple(matches),
    )

