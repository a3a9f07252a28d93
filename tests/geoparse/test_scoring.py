"""Benchmark metrics: hand-computed cases for every figure the README defines."""
from __future__ import annotations

import math

import pytest

from geo.errors import InputError
from geo.geoparse.scoring import (
    Toponym,
    auc_log_error,
    haversine_km,
    match_overlap,
    prf,
    score,
)

PARIS = (48.8566, 2.3522)
LONDON = (51.5074, -0.1278)


def test_haversine_known_distances():
    assert haversine_km(*PARIS, *PARIS) == 0.0
    # Paris-London is about 344 km along the great circle.
    assert haversine_km(*PARIS, *LONDON) == pytest.approx(343.5, abs=1.0)
    # Antipodes: half the circumference.
    assert haversine_km(0, 0, 0, 180) == pytest.approx(math.pi * 6371.0088, rel=1e-9)


def test_prf_counts_and_zero_cases():
    s = prf(3, 4, 6)
    assert (s.precision, s.recall) == (0.75, 0.5)
    assert s.f1 == pytest.approx(0.6)
    assert prf(0, 0, 0).f1 == 0.0
    with pytest.raises(InputError, match="tp=5"):
        prf(5, 4, 6)


def test_exact_and_overlap_recognition():
    gold = {"a": [Toponym(0, 5), Toponym(10, 20), Toponym(30, 35)]}
    # one exact, one overlapping but longer, one spurious
    pred = {"a": [Toponym(0, 5), Toponym(10, 25), Toponym(40, 45)]}
    s = score(gold, pred)
    assert (s.exact.tp, s.exact.n_pred, s.exact.n_gold) == (1, 3, 3)
    assert (s.overlap.tp, s.overlap.n_pred, s.overlap.n_gold) == (2, 3, 3)
    assert s.overlap.f1 == pytest.approx(2 / 3)


def test_overlap_matching_is_one_to_one_and_prefers_exact():
    gold = [Toponym(0, 6), Toponym(11, 22)]  # "Sistan" ... "Baluchestan"
    pred = [Toponym(0, 22)]  # one long prediction covers both
    assert match_overlap(gold, pred) == [(0, 0)]
    gold = [Toponym(5, 10)]
    pred = [Toponym(0, 7), Toponym(5, 10)]
    assert match_overlap(gold, pred) == [(0, 1)]


def test_resolution_metrics_and_end_to_end():
    gold = {
        "a": [Toponym(0, 5, *PARIS), Toponym(10, 16, *LONDON), Toponym(20, 25, *PARIS)],
        "b": [Toponym(0, 4, None, None), Toponym(5, 9, *LONDON)],
    }
    pred = {
        "a": [Toponym(0, 5, *PARIS), Toponym(10, 16, *PARIS)],  # right, 344 km off
        "b": [Toponym(0, 4, *PARIS)],  # gold has no coordinates: recognition only
    }
    s = score(gold, pred)
    assert s.n_gold_coords == 4
    assert s.n_resolved == 2
    assert s.hits == 1
    assert s.a161 == 0.5
    assert s.a161_e2e == 0.25
    assert s.mean_km == pytest.approx(343.5 / 2, abs=1.0)
    assert s.median_km == pytest.approx(343.5 / 2, abs=1.0)
    assert s.errors_km[0] == 0.0


def test_auc_matches_gritta_formula():
    errs = [0.0, 10.0, 100.0, 20039.0]
    logs = sorted(math.log(e + 1) for e in errs)
    expected = sum((logs[i] + logs[i + 1]) / 2 for i in range(3)) / (math.log(20039) * 3)
    assert auc_log_error(errs) == pytest.approx(expected)
    assert auc_log_error([0.0, 0.0]) == 0.0
    assert auc_log_error([20039.0, 20039.0]) == pytest.approx(1.0, abs=1e-4)
    assert auc_log_error([]) == 0.0


def test_missing_prediction_doc_counts_as_missed_and_unknown_doc_is_an_error():
    gold = {"a": [Toponym(0, 5, *PARIS)]}
    s = score(gold, {})
    assert (s.overlap.tp, s.overlap.n_gold, s.a161_e2e) == (0, 1, 0.0)
    with pytest.raises(InputError, match="'zzz'"):
        score(gold, {"zzz": []})
