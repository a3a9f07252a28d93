"""``python -m geo bench classify --corpus case2021_task2_dev.tsv``: CASE 2021 Task 2 scores.

Labels every snippet with :func:`geo.events.case2021.label` (the product's event extraction) and, in the
same run, with two baselines: the majority class, and a keyword-only classifier — the first word
of the snippet that any trigger rule of :mod:`geo.events.rules` matches, read as that rule's
sub-type with none of the context (victims, escalation of protests, modality, the choice among a
snippet's events). Prints accuracy, weighted and macro F1 over the 25 ACLED codes (rows whose gold
is one of them) and over all labels, per-class F1, the largest confusions, and the ratios.
"""
from __future__ import annotations

import argparse
import time
from collections import Counter
from collections.abc import Sequence

from geo.errors import InputError
from geo.events.case2021 import ACLED_CODES, CASE_CODES, NONE, Snippet, label, read_snippets
from geo.events.classscoring import ClassScores, classification_scores


def add_arguments(sub) -> None:
    c = sub.add_parser("classify", help="CASE 2021 Task 2 event classification against a gold TSV")
    c.add_argument("--corpus", required=True, help="TSV id<TAB>EventSnippet<TAB>SubType")
    c.add_argument("--confusions", type=int, default=15, metavar="N", help="print the N largest confusion pairs")
    c.add_argument("--limit", type=int, default=0, metavar="N", help="only the first N snippets")


def keyword_label(text: str) -> str:
    """Baseline: the sub-type of the first trigger word in ``text``, no context at all."""
    from geo.events.rules import DI, GENERIC
    from geo.events.triggers import find_triggers
    from geo.models import Span

    triggers = find_triggers(text, Span(0, len(text)))
    if not triggers:
        return NONE
    t = triggers[0]
    if t.type == DI:
        return "ATTRIB" if t.rule.cameo == "112" else "DIPLO"
    if t.subtype == GENERIC:
        return "ATTACK"
    return CASE_CODES.get((t.type, t.subtype), "OTHER")


def _line(name: str, s: ClassScores) -> str:
    return f"{name:<14} n={s.n:<4} accuracy {s.accuracy:.3f}  weighted F1 {s.weighted_f1:.3f}  macro F1 {s.macro_f1:.3f}"


def _ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}" if b else "inf"


def report(snippets: Sequence[Snippet], preds: dict[str, dict[str, str]], seconds: float, top: int) -> str:
    gold = {s.id: s.gold for s in snippets if s.gold}
    out = []
    scores: dict[str, tuple[ClassScores, ClassScores]] = {}
    for name, p in preds.items():
        scores[name] = (classification_scores(gold, p, ACLED_CODES), classification_scores(gold, p))
    out.append(f"{len(gold)} snippets with gold ({sum(g in ACLED_CODES for g in gold.values())} of the 25 ACLED codes)")
    out.append(f"product: {len(snippets)} snippets in {seconds:.2f} s CPU = {len(snippets) / seconds if seconds else 0:.0f} snippets/s")
    out.append("-- 25 ACLED codes (CASE subtask 1)")
    for name, (a, _) in scores.items():
        out.append(_line(name, a))
    out.append("-- all labels")
    for name, (_, b) in scores.items():
        out.append(_line(name, b))
    ours = scores["product"]
    for name in preds:
        if name == "product":
            continue
        base = scores[name]
        out.append(
            f"ratio product / {name}: weighted F1 (25) x{_ratio(ours[0].weighted_f1, base[0].weighted_f1)}  "
            f"macro F1 (25) x{_ratio(ours[0].macro_f1, base[0].macro_f1)}  weighted F1 (all) x{_ratio(ours[1].weighted_f1, base[1].weighted_f1)}"
        )
    out.append("-- per class (product, all labels): P / R / F1 (support)")
    for c, (p, r, f, n) in sorted(ours[1].per_class.items(), key=lambda x: (-x[1][3], x[0])):
        out.append(f"  {c:<30} {p:.2f} / {r:.2f} / {f:.2f} ({n})")
    out.append(f"-- largest confusions (product, gold -> predicted), top {top}")
    for g, p, k in ours[1].confusions[:top]:
        out.append(f"  {k:4d}  {g} -> {p}")
    return "\n".join(out)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    snippets = read_snippets(Path(args.corpus))
    if args.limit:
        snippets = snippets[: args.limit]
    if not any(s.gold for s in snippets):
        raise InputError(f"{args.corpus}: no gold labels (third column) to score against")
    label("Police arrested two men in the capital.")  # load the gazetteer and word lists, untimed
    t0 = time.process_time()
    ours = {s.id: label(s.text) for s in snippets}
    seconds = time.process_time() - t0
    majority = Counter(s.gold for s in snippets if s.gold).most_common(1)[0][0]
    preds = {
        "product": ours,
        "keyword-only": {s.id: keyword_label(s.text) for s in snippets},
        "majority": {s.id: majority for s in snippets},
    }
    print(f"corpus {args.corpus}")
    print(report(snippets, preds, seconds, args.confusions))
    return 0
