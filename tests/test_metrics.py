"""Precision, recall, F1 and the Ratio attribute the score records are built from."""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from geo.metrics import PRF, Ratio, ratio


@pytest.mark.parametrize(("num", "den", "expected"), [(3, 4, 0.75), (0, 5, 0.0), (2, 0, 0.0), (0, 0, 0.0)])
def test_ratio_is_zero_when_there_is_nothing_to_divide_by(num: int, den: int, expected: float) -> None:
    assert ratio(num, den) == expected


@pytest.mark.parametrize(
    ("tp", "n_pred", "n_gold", "p", "r", "f1"),
    [(3, 4, 6, 0.75, 0.5, 0.6), (0, 0, 0, 0.0, 0.0, 0.0), (0, 3, 2, 0.0, 0.0, 0.0), (2, 2, 2, 1.0, 1.0, 1.0)],
)
def test_prf(tp: int, n_pred: int, n_gold: int, p: float, r: float, f1: float) -> None:
    scores = PRF(tp, n_pred, n_gold)
    assert (scores.precision, scores.recall) == (p, r)
    assert scores.f1 == pytest.approx(f1)


@dataclass
class _Counts:
    right: int = 0
    seen: int = 0
    share = Ratio("right", "seen")


def test_a_ratio_attribute_follows_its_counts() -> None:
    counts = _Counts(1, 4)
    assert counts.share == 0.25
    counts.right, counts.seen = 3, 6
    assert counts.share == 0.5
    assert _Counts().share == 0.0  # an empty corpus scores 0, not NaN


def test_a_ratio_attribute_is_read_only_and_no_dataclass_field() -> None:
    with pytest.raises(AttributeError, match="share is computed from right and seen"):
        _Counts().share = 0.9
    assert _Counts(1, 2) == _Counts(1, 2) and "share" not in repr(_Counts())
    assert repr(_Counts.share) == "Ratio('right', 'seen')"
