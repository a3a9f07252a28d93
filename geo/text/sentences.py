"""Rule-based sentence splitting with offsets into the original text.

Fast and explainable: a sentence ends at ``.``, ``!``, ``?`` or ``…`` (with any closing quotes or
brackets) followed by white space and something that can start a sentence, unless the word
before the full stop is a known abbreviation ("Gen.", "Dr.", "Jan."), an initial ("J.") or a
dotted acronym ("U.S.") that is not followed by a typical sentence opener. Line breaks are
paragraph breaks, except inside hard-wrapped paragraphs (a long line that does not end a
sentence, followed by a line starting in lower case)::

    >>> text = 'Gen. Asim Munir visited Tehran. He met Dr. Ali Reza on Oct. 14.'
    >>> [text[s.start:s.end] for s in split(text)]
    ['Gen. Asim Munir visited Tehran.', 'He met Dr. Ali Reza on Oct. 14.']
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence

from geo.lang.en.titles import DOTTED_ABBREVIATIONS as _TITLE_LIKE
from geo.models import Span

__all__ = ["ABBREVIATIONS", "split", "paragraphs", "overlaps", "overlap_index"]

#: Words that end with a full stop without ending a sentence (compared lower-cased).
ABBREVIATIONS = frozenset(
    """
    gen lt col maj capt cpt sgt cpl pvt brig adm cmdr cdr gov sen rep pres prof rev fr hon
    dr mr mrs ms messrs st mt ft jr sr esq amb supt insp
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    no nos vol vols fig figs art sec ch pp p para approx est dept div govt min
    inc ltd co corp bros assn intl natl univ
    vs v etc al cf ca e.g i.e a.m p.m
    """.split()
)

# Words that typically open a sentence: after a dotted acronym ("... in the U.S. The army ..."),
# one of these says that the full stop also ended the sentence.
_OPENERS = frozenset(
    "the a an he she it they we i in on at but and however meanwhile this that these those his "
    "her their its there officials police according".split()
)

_CLOSERS = "\"'”’)]»"
_OPENING = "\"'“‘([«"
# Candidate ends: terminal punctuation, closing quotes/brackets, then white space.
# Linear time: the run of stops starts where no stop precedes it and is taken whole (possessive),
# so a text of only dots or "!?" is tried once per run, not once per character.
_END = re.compile(r"(?<![.!?…])([.!?…]++)([" + re.escape(_CLOSERS) + r"]*+)(\s++)")
# A stop glued to the next sentence ("hunt down the rest.Doctors said"): pages whose paragraphs
# were joined without a space. A lower-case word of three letters or more before it and a
# capitalised word after it: no abbreviation, initial, acronym or lower-case web address looks like that.
_GLUED = re.compile(r"(?<=[a-z]{3})([.!?])(?=[A-Z][a-z])")
_WORD_BEFORE = re.compile(r"([\w.'’-]+)$")
_LINE = re.compile(r"[^\n]*(?:\n|$)")


def overlaps(a: Span | tuple[int, int], b: Span | tuple[int, int]) -> bool:
    """True when two half-open spans share at least one character."""
    a0, a1 = (a.start, a.end) if isinstance(a, Span) else a
    b0, b1 = (b.start, b.end) if isinstance(b, Span) else b
    return a0 < b1 and b0 < a1


def paragraphs(text: str) -> tuple[Span, ...]:
    """Paragraph spans (trimmed of white space): each line, joining hard-wrapped lines."""
    lines: list[tuple[int, int]] = []
    for m in _LINE.finditer(text):
        if m.start() == m.end():
            break
        lines.append((m.start(), m.end()))
    out: list[Span] = []
    cur: list[int] | None = None
    for start, end in lines:
        line = text[start:end].strip()
        if not line:
            cur = None
            continue
        if cur is not None and _continues(text, cur[0], cur[1], line):
            cur[1] = end
            out[-1] = Span(*_trim(text, cur[0], cur[1]))
            continue
        cur = [start, end]
        out.append(Span(*_trim(text, start, end)))
    return tuple(out)


def _continues(text: str, start: int, end: int, line: str) -> bool:
    # Hard-wrapped prose: the paragraph so far (text[start:end]) is long, does not end a
    # sentence, and this line starts in lower case. Read in place: copying the growing
    # paragraph for every line took time quadratic in a wrapped paragraph's length.
    while end > start and text[end - 1].isspace():
        end -= 1
    return end - start >= 60 and text[end - 1:end] not in ".!?:…\"”" and line[:1].islower()


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_boundary(text: str, para_start: int, m: re.Match[str]) -> bool:
    after = m.end()
    nxt = text[after:after + 1]
    if not nxt:
        return True
    if not (nxt.isupper() or nxt.isdigit() or nxt in _OPENING):
        return False
    if m.group(1) != ".":
        return True  # "!", "?", "..." end sentences whatever precedes them
    # only the word before the stop matters: look at a bounded stretch (linear time overall)
    before = _WORD_BEFORE.search(text, max(para_start, m.start() - 40), m.start())
    if not before:
        return True
    word = before.group(1).lstrip("'’-")
    low = word.lower()
    if m.group(2):
        return True  # 'said "stop." Then' - a closing quote after the stop ends the sentence
    if low in ABBREVIATIONS:
        # "Jan. 14" / "No. 5": a month or number abbreviation before a digit never ends one;
        # a title ("Gen.") never does; others ("etc.", "Inc.") do before a sentence opener.
        if low in _TITLE_LIKE or nxt.isdigit():
            return False
        return _next_word(text, after).lower() in _OPENERS
    if len(word) == 1 and word.isalpha() and word.isupper():
        return False  # an initial: "J. Smith"
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word):
        # dotted acronym "U.S." / "U.N.": a sentence ends only before a typical opener
        return _next_word(text, after).lower() in _OPENERS
    return True




def _next_word(text: str, pos: int) -> str:
    m = re.match(r"[\"'“‘(\[«]*([\w'’-]+)", text[pos:pos + 40])
    return m.group(1) if m else ""


def _ends(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(end of a sentence, start of the next) in text[start:end], in order."""
    ends = [(m.start(3), m.end()) for m in _END.finditer(text, start, end) if _is_boundary(text, start, m)]
    glued = [(m.end(1), m.end(1)) for m in _GLUED.finditer(text, start, end)]
    return sorted(ends + glued) if glued else ends


def split(text: str, skip: Sequence[Span] = (), *, paras: Sequence[Span] | None = None) -> tuple[Span, ...]:
    """Sentence spans of ``text`` (offsets into it), leaving out sentences inside ``skip`` spans.

    A sentence that overlaps a skipped span (e.g. an "Also Read:" headline marked by
    :mod:`geo.ingest.boilerplate`) is left out entirely: its words are not part of the story.
    ``paras``: :func:`paragraphs` of ``text``, when the caller has them already.
    """
    out: list[Span] = []
    for para in paragraphs(text) if paras is None else paras:
        start = para.start
        for end, nxt in _ends(text, para.start, para.end):
            s, e = _trim(text, start, end)
            if s < e:
                out.append(Span(s, e))
            start = nxt
        s, e = _trim(text, start, para.end)
        if s < e:
            out.append(Span(s, e))
    if skip:
        hit = overlap_index(skip)
        out = [s for s in out if not hit(s)]
    return tuple(out)


def overlap_index(spans: Sequence[Span]) -> Callable[[Span], bool]:
    """A test "does this span overlap one of ``spans``?" in logarithmic time per call.

    Comparing every sentence with every skipped span took time growing with their product.
    """
    merged: list[tuple[int, int]] = []
    for a, b in sorted((k.start, k.end) for k in spans):
        if merged and a < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    starts = [a for a, _ in merged]

    def hit(s: Span) -> bool:
        i = bisect.bisect_left(starts, s.end) - 1
        return i >= 0 and merged[i][1] > s.start

    return hit
