"""Death tolls of violent events: the lowest figure a sentence reports (ACLED's convention).

>>> fatalities_in("At least 12 people were killed and 30 wounded.", (0, 46))
12
"""
from __future__ import annotations

import functools
import re

from geo.events import rules as lex
from geo.lang.en.numbers import NUMBER_WORDS

__all__ = ["to_int", "fatalities_in"]


def to_int(word: str) -> int | None:
    """A figure in digits or words (\"12\", \"twelve\", \"dozens\" -> 12), or None."""
    w = re.sub(r"\s+", " ", word.lower().strip())
    if w in lex.VAGUE:
        return lex.VAGUE[w]
    digits = w.replace(",", "")
    if digits.isdigit():
        return int(digits) if len(digits) <= 7 else None  # no real toll has more digits
    return NUMBER_WORDS.get(w)


def fatalities_in(text: str, span: tuple[int, int]) -> int | None:
    """The lowest death toll stated in ``text[span[0]:span[1]]``; 0 for \"no one was killed\"; None if none."""
    return _lowest_toll(text[span[0]:span[1]])


# The toll depends on those characters alone (the patterns read the slice), and news repeats
# sentences: remembered, a bounded number of them.
@functools.lru_cache(maxsize=1024)
def _lowest_toll(seg: str) -> int | None:
    if lex.NO_FATALITIES.search(seg):
        return 0
    best: int | None = None
    for pattern in lex.FATALITIES:
        for m in pattern.finditer(seg):
            n = to_int(m.group("n"))
            if n is None:
                continue
            full = m.group(0).lower()
            if re.search(r"\b(?:injured|wounded|hurt|arrested|abducted)\b", full):
                continue
            best = n if best is None else min(best, n)
    return best
