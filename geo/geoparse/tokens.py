"""Tokens of news text for the recogniser: words with their offsets and capitals, runs of capitalised words, the gaps a name may span, and the English word statistics that tell a name from a word."""
from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from geo.errors import DataError
from geo.lang.en.organisations import ORG_HEADS as _ORG_HEADS
from geo.lang.en.organisations import OUTLET_HEADS as _OUTLET_HEADS
from geo.lang.en.person_names import census_names

# Combining marks are not \w in `re`; a decomposed "é" must not split a word.
_MARK = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"


# Context kept around each capitalised word (characters): enough for the word before it
# ("the", "said") and the words after it ("of Richmond", "County", "said").
_BEFORE, _AFTER = 12, 12


_WORD = rf"(?:[^\W_]|[{_MARK}])+"


_TOKEN = re.compile(rf"{_WORD}(?:['’]{_WORD})*")


# The same tokens where the text holds no combining mark (nearly always): one character class
# per character instead of a choice of two is a third faster.
_TOKEN_UNMARKED = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_ANY_MARK = re.compile(f"[{_MARK}]")


_POSSESSIVE = ("'s", "’s", "'S", "’S")


# Lower-case words that may sit inside a multi-word name ("Sistan and Baluchestan",
# "Isle of Man", "Tehreek-e-Taliban", "Rio de Janeiro").
_CONNECTORS = frozenset(
    "and of the de del della di da do dos das du la le les el es al au aux upon on en sur sous van von der den y e i".split()
)
# The Arabic article assimilated to the next letter, linking inside a hyphenated name only
# ("Deir ez-Zor", "Jisr ash-Shughur", "Ras an-Naqb"): a connector only when a hyphen follows
# it, since "as", "at" and "an" are English words between two names ("Chelsea at Arsenal").
_ARTICLE_LINKS = frozenset("ez ash ar as ad az at an ed er et esh adh ath eth".split())


# Abbreviations whose dot may sit inside a name ("St. Louis", "Ft. Worth", "Mt. Everest").
_DOT_ABBREV = frozenset("st ste ft mt pt".split()).union("abcdefghijklmnopqrstuvwxyz")


# Institutions of higher education named after a place ("University of Maine", "Boston College").
_INSTITUTIONS = frozenset("university universities college institute polytechnic seminary".split())


# Sentence/line starts: after these characters (and any opening quotes/brackets) capitals prove nothing.
_SENT_END = frozenset(".!?:;\n\r•|>—–*#")


_OPENERS = " \t\"'“‘([«-"


# wordfreq's Zipf scale: 6 = once per thousand words, 4 = once per 100,000.
_ZIPF_ALWAYS_COMMON = 5.6  # function words ("Of", "Most", "Also"): never a place alone


@functools.cache
def _zipf() -> dict[str, float]:
    """Lower-case English word -> Zipf frequency (wordfreq's "small" list, ~30k words)."""
    try:
        import math

        import wordfreq
    except ImportError as err:  # pragma: no cover - a broken install
        raise DataError("the wordfreq package is missing: pip install -r requirements.txt") from err
    freqs = wordfreq.get_frequency_dict("en", wordlist="small")
    return {w: math.log10(f) + 9.0 for w, f in freqs.items() if f > 1e-8}


@functools.cache
def _zipf_elsewhere() -> dict[str, float]:
    """Word -> highest Zipf frequency in German, French, Spanish, Italian, Portuguese or Dutch.

    Place names are frequent in every language; ordinary English words ("reading", "march",
    "related") mostly in English alone. The difference tells them apart where capitals can't.
    """
    import math

    import wordfreq

    out: dict[str, float] = {}
    for lang in ("de", "fr", "es", "it", "pt", "nl"):
        for w, f in wordfreq.get_frequency_dict(lang, wordlist="small").items():
            if f > 1e-8 and w.isascii():
                z = math.log10(f) + 9.0
                if z > out.get(w, 0.0):
                    out[w] = z
    return out


def _english_word(low: str, z: float, limit: float) -> bool:
    """Is ``low`` (Zipf ``z`` in English) an ordinary English word rather than a name?"""
    if z >= _ZIPF_ALWAYS_COMMON:
        return True
    return z >= limit and z - _zipf_elsewhere().get(low, 0.0) >= 1.0


@dataclass(slots=True)
class _Tok:
    start: int
    end: int  # without a possessive 's
    word: str  # text[start:end]
    cap: bool  # starts with an upper-case letter
    upper: bool  # all letters upper-case (and more than one letter)
    poss: bool  # a possessive 's followed


def _chunks(text: str, size: int) -> Iterator[tuple[int, int]]:
    """(start, end) pieces of about ``size`` characters, cut after whitespace."""
    n, pos = len(text), 0
    while pos < n:
        end = min(n, pos + size)
        if end < n:
            cut = max(text.rfind("\n", pos, end), text.rfind(" ", pos, end))
            if cut > pos + size // 2:
                end = cut + 1
        yield pos, end
        pos = end


def _tokens(text: str, start: int, end: int, pattern: re.Pattern[str] = _TOKEN) -> list[_Tok]:
    """Tokens of ``text[start:end]``; ``pattern``: :data:`_TOKEN`, or :data:`_TOKEN_UNMARKED`
    where that stretch holds no combining mark."""
    out: list[_Tok] = []
    add = out.append
    for m in pattern.finditer(text, start, end):
        # one call on the match, not two: its end is its start plus the word's length
        w = m.group()
        s = m.start()
        # (w.endswith(_POSSESSIVE) letter by letter: two index reads cost less than the call)
        if len(w) > 2 and w[-1] in "sS" and w[-2] in "'’":
            w = w[:-2]
            poss = True
        else:
            poss = False
        c = w[0]
        if c.isupper():
            add(_Tok(s, s + len(w), w, True, len(w) > 1 and w.isupper(), poss))
        else:
            # "d'Ivoire", "l'Aquila": an elided article before a capital is part of a name.
            # (A word whose first letter is lower-case is never all upper-case: isupper() is not
            # asked of most words.)
            add(_Tok(s, s + len(w), w, len(w) > 2 and c in "dl" and w[1] in "'’" and w[2].isupper(),
                     len(w) > 1 and not c.islower() and w.isupper(), poss))
    return out


@functools.cache
def _capital_re() -> re.Pattern[str]:
    """A word starting with an upper-case letter (any script); built once, on first use."""
    ranges: list[list[int]] = []
    for cp in range(0x10000):  # the Basic Multilingual Plane holds every cased script's capitals
        if chr(cp).isupper() or chr(cp).istitle():
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1][1] = cp
            else:
                ranges.append([cp, cp])
    cls = "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)
    # The capital first, then the look back at the character before it: a pattern that starts
    # with a character class lets the engine skip ahead to the next capital in one C loop.
    return re.compile(rf"[{cls}](?<![\w{_MARK}'’][\s\S])")


def _near_capitals(text: str, start: int, end: int) -> list[_Tok]:
    """Tokens of ``text[start:end]`` that are capitalised or near a capitalised word.

    Most words of a text are lower-case and far from any name; skipping them (the regex
    engine finds the capitals) is what makes recognition fast. Tokens of separate windows
    are never adjacent: the gap between them holds words, so no rule joins them.
    """
    out: list[_Tok] = []
    pattern = _TOKEN if _ANY_MARK.search(text, start, end) else _TOKEN_UNMARKED
    covered = start  # always at a chunk start or a space: tokens never straddle windows
    run_s = start  # windows that touch are tokenised together, in one regex scan
    for m in _capital_re().finditer(text, start, end):
        p = m.start()
        we = min(end, p + _AFTER)
        if we < end:  # finish the word the window ends in
            k = text.find(" ", we, end)
            we = k if k >= 0 else end
        if we <= covered:
            continue
        ws = covered
        if p - _BEFORE > covered:
            k = text.find(" ", p - _BEFORE, p)
            ws = k + 1 if k >= 0 else p
        if ws > covered:  # a gap of lower-case words: the run so far is complete
            out.extend(_tokens(text, run_s, covered, pattern))
            run_s = ws
        covered = we
    out.extend(_tokens(text, run_s, covered, pattern))
    return out


# Titles that are abbreviated with a dot ("Gen. Asim"); after a full word ("Judge.") a dot
# ends the sentence, and the capital after it starts a new one.
_TITLE_ABBREVS = frozenset(
    "mr mrs ms mx dr prof gen lt col maj capt sgt cpl adm brig cmdr pres sen rep gov rev hon supt insp det atty sens reps".split()
)


def _title_gap(text: str, a: _Tok, b: _Tok) -> bool:
    """A title and the name after it: "Gen. Asim", "President Raisi"."""
    gap = text[a.end : b.start]
    if a.poss:
        return False
    if gap in (" ", "\u00a0"):
        return True
    return gap in (". ", ".\u00a0") and a.word.lower() in _TITLE_ABBREVS


def _gap_ok(text: str, a: _Tok, b: _Tok) -> bool:
    """May tokens ``a`` and ``b`` belong to one name? (space, hyphen, or "St. ")."""
    if a.poss:
        return False
    gap = text[a.end : b.start]
    if gap == " " or gap == "-":
        return True
    if not gap or "\n" in gap:
        return False
    if gap.strip() == "":
        return len(gap) <= 2
    if gap.startswith(".") and gap[1:].strip(" ") == "" and len(gap) <= 3:
        return a.word.lower() in _DOT_ABBREV
    return False


def _joins(text: str, toks: list[_Tok]) -> list[bool]:
    """``joins[k]``: may tokens ``k`` and ``k + 1`` belong to one name (:func:`_gap_ok`)?

    The rules only ever ask this of neighbours, many times over for each pair; a chunk's
    answers are computed once, in one pass; the usual single space is answered inline.
    """
    out = []
    add = out.append
    for a, b in zip(toks, toks[1:]):
        if a.poss:
            add(False)
            continue
        gap = text[a.end : b.start]
        # the usual single space, and what _gap_ok refuses at once: a gap longer than three
        # characters (words between windows) or holding a comma
        add(gap == " " or (len(gap) <= 3 and "," not in gap and _gap_ok(text, a, b)))
    return out


#: Head words of organisations' and news outlets' names ("Party", "Bank", "Times").
_ORG_WORDS = _ORG_HEADS | _OUTLET_HEADS


def _names() -> tuple[frozenset[str], frozenset[str]]:
    """(first names, surnames) of the US census lists (:func:`geo.lang.en.person_names.census_names`)."""
    return census_names()


def _joins_left(text: str, toks: list[_Tok], k: int, joins: list[bool]) -> bool:
    """Does token ``k - 1`` belong to the same run of capitalised words as token ``k``?
    (``joins``: :func:`_joins` of the tokens)"""
    a, b = toks[k - 1], toks[k]
    if not joins[k - 1]:
        return False
    hyphen = text[a.end : b.start] == "-"
    if a.cap:
        return not (hyphen and len(a.word) == 1)  # "R-Charleston": a party's letter, no name
    # a lower-case link inside a hyphenated name ("Tehreek-e-Taliban")
    return hyphen and (a.word in _CONNECTORS or a.word in _ARTICLE_LINKS) and k >= 2 and toks[k - 2].cap and joins[k - 2]


class _Runs:
    """Runs of capitalised words (and inner links) of one chunk's tokens, computed once.

    Every match asks for the run around it and whether an organisation's or institution's
    head word is in it; walking the run per match took time quadratic in a run's length
    ("U.S. U.S. …", "A. A. …"), so the run bounds, the first word that is no function word
    and prefix counts of head words are precomputed, one pass each.
    """

    __slots__ = ("left", "right", "content", "org", "institutions")

    def __init__(self, text: str, toks: list[_Tok], joins: list[bool]) -> None:
        n = len(toks)
        self.left = left = list(range(n))
        for k in range(1, n):
            if not joins[k - 1]:
                continue
            a = toks[k - 1]
            # the usual case of _joins_left inline (a capital before): one call less per token
            if a.cap:
                if len(a.word) != 1 or text[a.end : toks[k].start] != "-":
                    left[k] = left[k - 1]
            # a lower-case word links only as a connector inside a hyphenated name
            elif (a.word in _CONNECTORS or a.word in _ARTICLE_LINKS) and _joins_left(text, toks, k, joins):
                left[k] = left[k - 1]
        self.right = right = list(range(n))
        for k in range(n - 2, -1, -1):
            if toks[k + 1].cap and joins[k]:
                right[k] = right[k + 1]
        # content[k]: the first token at or after k that is no sentence-initial function word
        lows = [t.word.lower() for t in toks]
        self.content = content = list(range(n + 1))
        for k in range(n - 1, -1, -1):
            if lows[k] in _FUNCTION_STARTS:
                content[k] = content[k + 1]
        # prefix counts: org[k] / institutions[k] = head words among tokens [0, k) (summed in C)
        self.org = list(itertools.accumulate(map(_ORG_WORDS.__contains__, lows), initial=0))
        self.institutions = list(itertools.accumulate(map(_INSTITUTIONS.__contains__, lows), initial=0))

    def chain(self, i: int, j: int) -> tuple[int, int]:
        """Token range of the run of capitalised words around tokens [i, j]; leading
        sentence-initial function words ("The", "In") are not part of a name."""
        return min(self.content[self.left[i]], i), self.right[j]

    @staticmethod
    def has(prefix: list[int], a: int, b: int) -> bool:
        """Is a counted word among tokens [a, b)?"""
        return b > a and prefix[b] > prefix[a]


_FUNCTION_STARTS = frozenset(
    "the a an in on at of for from to by with and or but as after before since during while when if "
    "this that these those its his her their our my your".split()
)
