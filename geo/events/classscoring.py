"""Single-label classification metrics for the event-type benchmark (``geo bench classify``):
accuracy, weighted and macro F1, per-class precision / recall / F1 and the confusion pairs."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from geo.geoparse.scoring import prf

__all__ = ["ClassScores", "classification_scores"]



@dataclass(frozen=True, slots=True)
class ClassScores:
    """Single-label classification scores over the rows whose gold label is in the scored set.

    ``weighted_f1`` weights each gold class by its support (scikit-learn's ``average="weighted"``);
    ``macro_f1`` is the unweighted mean over the gold classes. A prediction outside the scored
    set counts as an error of its row (a false negative of the gold class) only.
    """

    n: int
    accuracy: float
    weighted_f1: float
    macro_f1: float
    per_class: dict[str, tuple[float, float, float, int]]  # label -> (P, R, F1, support)
    confusions: list[tuple[str, str, int]]  # (gold, predicted, count), largest first


def classification_scores(
    gold: Mapping[str, str], pred: Mapping[str, str], labels: frozenset[str] | None = None
) -> ClassScores:
    """Scores of ``pred`` against ``gold`` (id -> label) on the rows whose gold is in ``labels``.

    >>> s = classification_scores({"1": "A", "2": "B"}, {"1": "A", "2": "A"})
    >>> (s.accuracy, round(s.weighted_f1, 3), round(s.macro_f1, 3))
    (0.5, 0.333, 0.333)
    """
    rows = [(g, pred.get(i, "NONE")) for i, g in gold.items() if labels is None or g in labels]
    classes = sorted({g for g, _ in rows})
    tp: dict[str, int] = {c: 0 for c in classes}
    fp: dict[str, int] = {c: 0 for c in classes}
    support: dict[str, int] = {c: 0 for c in classes}
    confusions: dict[tuple[str, str], int] = {}
    for g, p in rows:
        support[g] += 1
        if g == p:
            tp[g] += 1
        else:
            confusions[(g, p)] = confusions.get((g, p), 0) + 1
            if p in fp:
                fp[p] += 1
    per: dict[str, tuple[float, float, float, int]] = {}
    for c in classes:
        pr = prf(tp[c], tp[c] + fp[c], support[c])
        per[c] = (pr.precision, pr.recall, pr.f1, support[c])
    n = len(rows)
    return ClassScores(
        n=n,
        accuracy=sum(tp.values()) / n if n else 0.0,
        weighted_f1=sum(per[c][2] * support[c] for c in classes) / n if n else 0.0,
        macro_f1=sum(per[c][2] for c in classes) / len(classes) if classes else 0.0,
        per_class=per,
        confusions=sorted(((g, p, k) for (g, p), k in confusions.items()), key=lambda x: (-x[2], x[0], x[1])),
    )
