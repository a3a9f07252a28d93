"""What a sentence's own words say about its events, read once per distinct sentence.

Which triggers of a sentence are events of their own (:func:`geo.events.triggers.select`), its
clauses, and for each event its clause, modality, whether it refers back to an earlier event ("the
raid") and whether its words say it is another incident: all of it is read from the sentence's
characters (and the few before it that the rules' look-behinds see, :func:`geo.events.triggers.sentence_piece`),
with the sentence's end as the end of the text. News repeats sentences (agency boilerplate, lists
of "Police arrested ... in <town>." lines), so a reading is remembered by those characters and the
triggers found there, a bounded number of them; what reads past the sentence's end (a CAMEO cue,
"Hours after the ..." opening a sentence) is read by the caller for every occurrence.

    >>> from geo.models import Span
    >>> from geo.events.triggers import find_triggers
    >>> text = "Police arrested two men in Quetta."
    >>> [(t.subtype, r.modality) for t, r in read(text, Span(0, len(text)), find_triggers(text, Span(0, len(text))))]
    [('Arrests', 'asserted')]
"""
from __future__ import annotations

import functools
import re
from typing import NamedTuple

from geo.events import rules as lex
from geo.events.triggers import Trigger, clause_at, is_anaphoric, modality_of, select, sentence_piece, split_clauses
from geo.models import Span

__all__ = ["TriggerReading", "read", "forget"]


class TriggerReading(NamedTuple):
    """How the sentence tells the event of one kept trigger (offsets into the text)."""

    window: tuple[int, int]  # the trigger's clause
    anaphoric: bool  # "the raid": a reference to an event told before
    modality: str  # one of geo.events.triggers.MODALITIES
    separate: bool  # its words say it is another incident ("a separate attack")


def read(text: str, s: Span, triggers: list[Trigger]) -> list[tuple[Trigger, TriggerReading]]:
    """The triggers of sentence ``s`` kept as events (classified and escalated), each with its reading.

    ``triggers`` are those :func:`geo.events.triggers.find_triggers` found in ``s`` (and that the
    caller keeps); the returned triggers are new objects.
    """
    piece, at = sentence_piece(text, s)
    shift = s.start - at
    found = tuple((t.rule.name, t.start - shift, t.end - shift) for t in triggers)
    kept = _read(piece, at, found)
    return [
        (
            Trigger(_rule(name), a + shift, b + shift, type_, subtype, note),
            TriggerReading((w0 + shift, w1 + shift), anaphoric, modality, separate),
        )
        for name, a, b, type_, subtype, note, (w0, w1), anaphoric, modality, separate in kept
    ]


@functools.cache
def _rules_by_name() -> dict[str, object]:
    return {r.name: r for r in (*lex.RULES, lex.REPORTED_ACCUSATION)}


def _rule(name: str):
    return _rules_by_name()[name]


@functools.lru_cache(maxsize=1024)
def _read(piece: str, start: int, found: tuple[tuple[str, int, int], ...]) -> tuple[tuple, ...]:
    """The reading of the sentence ``piece[start:]`` with the triggers ``found`` there (rule name,
    start, end; offsets into ``piece``): one tuple per kept trigger, offsets into ``piece``."""
    s = Span(start, len(piece))
    triggers = [Trigger(_rule(name), a, b, _rule(name).type, _rule(name).subtype) for name, a, b in found]
    clauses = split_clauses(piece, s)
    out = []
    for t in select(piece, s, triggers, clauses):
        window = clause_at(clauses, t.start)
        other = lex.OTHER_INCIDENT.search(piece, t.end, window[1])
        if other:
            window = (window[0], other.start())  # what follows "another attack" is that attack's
        out.append((
            t.rule.name, t.start, t.end, t.type, t.subtype, t.note, window,
            is_anaphoric(piece, s, t),
            modality_of(piece, s, window, t),
            bool(
                lex.SEPARATE.search(piece, max(_quote_opened(piece, window[0]), t.start - 40), t.end)
                or lex.SEPARATE_OPENER.match(piece, start)
                or lex.SEPARATE_AFTER.match(piece, t.end)
            ),
        ))
    return tuple(out)


def _quote_opened(piece: str, start: int) -> int:
    """Where the words before a clause that opens on a quote mark begin: 'reported that another
    "strike on a car" killed one' quotes the source's noun, and 'another' before the quote is still
    its determiner (one more incident, not the one told before). Only the word just before."""
    if start < len(piece) and piece[start] in "\"“" and start > 0:
        word = _WORD_BEFORE.search(piece, max(0, start - 20), start)
        if word:
            return word.start()
    return start


_WORD_BEFORE = re.compile(r"\b\w+\s*$")


def forget() -> None:
    """Drop every reading remembered by the characters of a sentence (the trigger scan, the
    readings, dates, death tolls, locative cues, actor phrases): a counted or timed run then reads
    its text as new, as the first article of a process does."""
    from geo.events import actors, dates, fatalities, places, triggers

    for memo in (triggers._scan, _read, dates._dates_in, fatalities._lowest_toll, places._cue_before, actors._phrases):
        memo.cache_clear()
