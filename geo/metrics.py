"""Precision, recall and F1: the one definition the geoparsing and event benchmarks share."""
from __future__ import annotations

from dataclasses import dataclass

__all__ = ["PRF", "ratio"]


def ratio(num: float, den: float) -> float:
    """``num / den``, 0.0 when there is nothing to divide by (an empty corpus scores 0, not NaN)."""
    return num / den if den else 0.0


@dataclass(frozen=True, slots=True)
class PRF:
    """Micro precision, recall and F1 with the counts they come from.

    >>> PRF(tp=3, n_pred=4, n_gold=6).f1
    0.6
    """

    tp: int
    n_pred: int
    n_gold: int

    @property
    def precision(self) -> float:
        return ratio(self.tp, self.n_pred)

    @property
    def recall(self) -> float:
        return ratio(self.tp, self.n_gold)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return ratio(2 * p * r, p + r)
