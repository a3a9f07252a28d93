"""The United States from an article's wording: words of American public life ("sheriff",
"school district", "GOP") are a little focus weight for the US, so a bare "Athens" in a story
about the county jail is not Greece's — unless the article is spelled the British way
("centre", "realise"), which no US local news is (see :mod:`geo.geoparse.resolve`).

>>> us_weight("The sheriff told the school board.")
1.0
>>> us_weight("The sheriff opened the new centre.")
0.0
"""
from __future__ import annotations

import re

__all__ = ["us_weight"]


def _words_re(alternatives: str, flags: int = 0) -> re.Pattern[str]:
    r"""A regex of whole words: ``\b(?:alternatives)\b``, matching the same.

    Python's ``re`` finds no literal prefix to skip ahead with in a pattern that starts with
    ``\b``, so it would try every alternative at every word boundary of the article. Two
    rewrites that match the same: a lookahead on the alternatives' first letters (a condition
    each alternative implies) turns most boundaries away after one character test, and the
    alternatives are grouped by their first letter ("s(?:heriff|chool board)|t(?:ownship)"),
    in their order within each group, so a boundary tries the few alternatives of its letter
    only (two alternatives of different first letters never match at one place).

    >>> _words_re("sheriff|school board|township").pattern
    '\\b(?=[st])(?:s(?:heriff|chool board)|t(?:ownship))\\b'
    """
    groups: dict[str, list[str]] = {}
    depth, start = 0, 0
    for k, ch in enumerate(alternatives + "|"):  # the top-level alternatives, by first letter
        if ch == "|" and depth == 0:
            alt = alternatives[start:k]
            groups.setdefault(alt[:1], []).append(alt[1:])
            start = k + 1
        depth += (ch == "(") - (ch == ")")
    firsts = "".join(sorted(groups))
    if not (firsts.isalpha() and len(firsts) == len(groups) and alternatives == alternatives.lower()):  # pragma: no cover - a guard for editors
        raise ValueError(f"alternatives must be written in lower case, each starting with a letter: {alternatives!r}")
    grouped = "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())
    return re.compile(rf"\b(?=[{firsts}])(?:{grouped})\b", flags)


# Words of American public life that news of other countries rarely uses: an article holding
# several of them is set in the United States even when it names no state ("Athens" in a
# story about the sheriff's office and the school district). Each distinct cue counts once.
# Written in lower case, matched whatever the case (see _us_weight).
_US_CUE_WORDS = (
    r"sheriff|sheriff's|sheriffs|township|county commission(?:ers?)?|school district|school board"
    r"|county (?:attorney|prosecutor|clerk|judge|jail|fair|courthouse|commissioners?|board)"
    r"|state (?:rep|sen|representative|senator|trooper|troopers|legislature|legislator|legislators|lawmakers?)"
    r"|gop|republicans?|democrats?|democratic|interstate|i-\d{1,3}|zip|pta|pto|selectmen|aldermen|alderman"
    r"|fahrenheit|elementary school|middle school|high school|fire chief|police chief|d\.a\.|city council"
)
_US_CUES = _words_re(_US_CUE_WORDS, re.IGNORECASE)
_US_CUE_MIN = 1  # distinct cues needed
_US_CUE_WEIGHT = 0.5  # focus weight per distinct cue (as much as half a mention), at most 2
# Spellings American English does not use: a text written this way is no US local news, so the
# words above prove nothing there ("the Leeds City Council programme to mend the kerbs" is Leeds, England).
_NON_US_WORDS = (
    r"centre|centres|colour\w*|neighbour\w*|programme|programmes|organis\w+|realis\w+|recognis\w+"
    r"|apologis\w+|criticis\w+|favour\w*|honour\w*|labour|defence|licence|metres?|kilometres?|aluminium"
    r"|tyres?|kerb|cheque|travelled|travelling|councillors?|jewellery|storey|whilst|amongst"
)
_NON_US_SPELLING = _words_re(_NON_US_WORDS, re.IGNORECASE)
# A case-insensitive regex costs about twice a plain one, so the text is lower-cased once and
# these are matched as written. That is the same match wherever lower-casing keeps each
# character in its place and what the patterns see in it; of all Unicode only three characters
# break this ("İ" lower-cases to two characters; "ı" and "ſ" match "i" and "s" when case is
# ignored, and stay as they are when lower-cased): a text holding one takes the patterns above.
_US_CUES_LOWER = _words_re(_US_CUE_WORDS)
_NON_US_SPELLING_LOWER = _words_re(_NON_US_WORDS)
_CASE_ODD = ("\u0130", "\u0131", "\u017f")


def _stem(alternative: str) -> str:
    """The letters every match of a regex alternative starts with ("colour" of "colour\\w*",
    "metre" of "metres?": a letter made optional is no part of it)."""
    letters = re.match(r"[a-z]*", alternative).group(0)
    return letters[:-1] if alternative[len(letters) : len(letters) + 1] in ("?", "*", "{") else letters


#: The stems of :data:`_NON_US_WORDS`: a text holding none of them holds no British spelling.
_NON_US_STEMS = tuple(_stem(alt) for alt in _NON_US_WORDS.split("|"))


def us_weight(text: str) -> float:
    """Focus weight of the United States from the article's wording (see :data:`_US_CUES`)."""
    odd = any(ch in text for ch in _CASE_ODD)
    if odd:
        spelling, cues = _NON_US_SPELLING, _US_CUES
    else:
        spelling, cues, text = _NON_US_SPELLING_LOWER, _US_CUES_LOWER, text.lower()
    found = {m.group(0).lower() for m in cues.finditer(text)}
    # a plural cue counts as its singular ("republicans"); no match ends in a line break,
    # so this is what re.sub(r"s$", "", f) would give
    found = {f[:-1] if f.endswith("s") else f for f in found}
    if len(found) < _US_CUE_MIN:
        return 0.0  # most articles: no cue, so the spellings need not be read
    # Each British spelling holds its stem as written, and looking for a few substrings
    # costs a fraction of the regex's trip over every position: no stem, no match.
    if (odd or any(stem in text for stem in _NON_US_STEMS)) and spelling.search(text):
        return 0.0
    return min(2.0, _US_CUE_WEIGHT * len(found))
