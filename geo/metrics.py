"""Precision, recall and F1: the one definition the geoparsing and event benchmarks share."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, overload

__all__ = ["PRF", "Ratio", "ratio"]


def ratio(num: float, den: float) -> float:
    """``num / den``, 0.0 when there is nothing to divide by (an empty corpus scores 0, not NaN)."""
    return num / den if den else 0.0


class Ratio:
    """A read-only attribute computed from two counts of the same object: ``ratio(num, den)``.

    A score record states each of its figures in one line, numerator and denominator by name::

        >>> @dataclass
        ... class Scores:
        ...     right: int
        ...     seen: int
        ...     accuracy = Ratio("right", "seen")
        >>> Scores(3, 4).accuracy, Scores(0, 0).accuracy
        (0.75, 0.0)
    """

    __slots__ = ("num", "den", "name")

    def __init__(self, num: str, den: str) -> None:
        self.num = num
        self.den = den
        self.name = f"{num}/{den}"

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, obj: None, objtype: type | None = None) -> Ratio: ...

    @overload
    def __get__(self, obj: object, objtype: type | None = None) -> float: ...

    def __get__(self, obj: Any, objtype: type | None = None) -> Any:
        if obj is None:
            return self
        return ratio(getattr(obj, self.num), getattr(obj, self.den))

    def __set__(self, obj: object, value: object) -> None:
        raise AttributeError(f"{self.name} is computed from {self.num} and {self.den}; set those instead")

    def __repr__(self) -> str:
        return f"Ratio({self.num!r}, {self.den!r})"


@dataclass(frozen=True, slots=True)
class PRF:
    """Micro precision, recall and F1 with the counts they come from.

    >>> PRF(tp=3, n_pred=4, n_gold=6).f1
    0.6
    """

    tp: int
    n_pred: int
    n_gold: int

    precision = Ratio("tp", "n_pred")
    recall = Ratio("tp", "n_gold")

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return ratio(2 * p * r, p + r)
