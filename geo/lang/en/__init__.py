"""English word lists, each written once and read by every stage that needs it.

* :mod:`~geo.lang.en.calendar` — month and weekday names with their abbreviations;
* :mod:`~geo.lang.en.numbers` — number words ("a dozen" is not here: counts need a number);
* :mod:`~geo.lang.en.titles` — titles before a person's name, and the abbreviations whose dot
  does not end a sentence;
* :mod:`~geo.lang.en.organisations` — head words of organisation names;
* :mod:`~geo.lang.en.placeheads` — head words of place names ("Puerto", "Fort", "Cape").
* :mod:`~geo.lang.en.settlements` — the words with which a text calls a name a settlement ("the
  village of", "X town", "residents of").
* :mod:`~geo.lang.en.namesakes` — storms, crude grades and common things that bear names of
  places ("Typhoon Haiyan", "Brent crude", "Molotov cocktails").

Lists are lower-case words without dots unless a name says otherwise; consumers build their
patterns from them (:func:`alternation`) instead of keeping copies.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["alternation"]


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first so that "sept" wins over "sep".

    >>> alternation(["sep", "sept", "september"])
    'september|sept|sep'
    """
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))
