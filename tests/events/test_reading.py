"""A sentence's reading is remembered by its characters (geo.events.reading, the scan in
geo.events.triggers): exactly what a fresh reading gives, whatever stands before or after it."""
from __future__ import annotations

import re

import pytest

from geo.events import reading, triggers
from geo.events import rules as lex
from geo.events.ruleset import load, patterns_of, reach_before
from geo.models import Span


def _forget() -> None:
    triggers._scan.cache_clear()
    reading._read.cache_clear()


def _events(text: str, s: Span) -> list[tuple[str, int, int, str, str, tuple[int, int], str, bool, bool]]:
    found = triggers.find_triggers(text, s)
    return [
        (t.rule.name, t.start, t.end, t.type, t.subtype, r.window, r.modality, r.anaphoric, r.separate)
        for t, r in reading.read(text, s, found)
    ]


@pytest.mark.parametrize(
    "pattern, reach",
    [
        (r"men", 0),
        (r"\bmen\b", 1),
        (r"(?<=unidentified\s)men", 13),
        (r"(?:a|(?<!stocks\s)rall(?:y|ies))+", 7),
        (r"x(?=(?<=ab)c)", 2),
        (r"(?m)^men", 1),
    ],
)
def test_reach_before_counts_what_a_match_reads_before_its_position(pattern: str, reach: int) -> None:
    assert reach_before(re.compile(pattern)) == reach


def test_the_left_context_covers_every_pattern_of_the_rules() -> None:
    from geo.text.dates import patterns as date_patterns

    assert triggers.left_context() >= max(reach_before(p) for p in (*patterns_of(load()), *date_patterns()))
    assert triggers.left_context() >= 13  # "(?<=unidentified\s)men" and the like are in the rules


@pytest.mark.parametrize("first", [0, 1])
def test_the_same_words_after_different_words_are_read_apart(first: int) -> None:
    # "stocks rallied" is no protest (a look-behind before the sentence's first word)
    texts = ["Markets fell as stocks\nrallied in Karachi.", "Traders joined crowds\nrallied in Karachi."]
    _forget()
    fresh = []
    for text in texts:
        _forget()
        fresh.append(_events(text, Span(text.index("rallied"), len(text))))
    assert fresh[0] == [] and [e[0] for e in fresh[1]] == ["protest"]
    _forget()
    order = texts if first == 0 else texts[::-1]
    remembered = {text: _events(text, Span(text.index("rallied"), len(text))) for text in order}
    assert [remembered[t] for t in texts] == fresh


def test_what_follows_the_sentence_is_read_for_each_occurrence() -> None:
    # a trigger ending a sentence with no stop: "attacked\nthe budget plan" is a verbal attack
    verbal, violent = "Rebels attacked\nthe budget plan.", "Rebels attacked\nthe town."
    s = Span(0, len("Rebels attacked"))
    _forget()
    assert [e[0] for e in _events(violent, s)] == ["violence"]
    assert _events(verbal, s) == []
    _forget()
    assert _events(verbal, s) == []
    assert [e[0] for e in _events(violent, s)] == ["violence"]


def test_a_repeated_sentence_is_scanned_once() -> None:
    line = "Police arrested three men in Quetta.\n"
    text = "Arrests\n" + line * 50
    _forget()
    spans = [Span(m.start(), m.end() - 1) for m in re.finditer(re.escape(line), text)]
    results = {tuple(_events(text, s)[0][1:3]) for s in spans}
    assert len(results) == 50  # each occurrence has its own offsets
    # the first line follows "Arrests\n", every other one a line like itself
    assert triggers._scan.cache_info().misses == 2
    assert reading._read.cache_info().misses == 2


def test_the_reading_is_what_select_and_modality_give() -> None:
    text = "Officials said militants may have attacked the checkpoint. The raid killed two soldiers."
    first = Span(0, text.index(" The raid") + 0)
    second = Span(text.index("The raid"), len(text))
    _forget()
    got = _events(text, first) + _events(text, second)
    clauses = [triggers.split_clauses(text, s) for s in (first, second)]
    want = []
    for s, cl in zip((first, second), clauses):
        for t in triggers.select(text, s, triggers.find_triggers(text, s), cl):
            w = triggers.clause_at(cl, t.start)
            want.append((t.rule.name, t.start, t.end, t.type, t.subtype, w, triggers.modality_of(text, s, w, t),
                         triggers.is_anaphoric(text, s, t), bool(lex.SEPARATE.search(text, max(w[0], t.start - 40), t.end))))
    assert got == want
    assert [(e[6], e[7]) for e in got] == [("speculative", False), ("asserted", True)]
