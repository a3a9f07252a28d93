"""The one normalization of place names, used for gazetteer keys AND for text n-grams.

``normalize`` is pure and deterministic; the geoparser applies the very same function to the
n-grams of an article, so a name matches when both sides normalize to the same key.

Rules, in order:

1. Case-fold (``str.casefold``: "Straße" -> "strasse").
2. Unicode compatibility decomposition (NFKD) and removal of every combining mark, so
   diacritics vanish: "Téhéran" -> "teheran", "Sīstān" -> "sistan". Letters that NFKD does not
   decompose are mapped by hand (ø->o, ł->l, đ->d, æ->ae, œ->oe, þ->th, ı->i, ʻ/ʼ dropped).
3. Apostrophes (' ’ ‘ ʼ ʻ ` ´) and dots are *removed*, so abbreviations written with or without
   dots meet: "K.P." -> "kp", "U.S." -> "us", "N.W.F.P." -> "nwfp", "Xi'an" -> "xian",
   "Pakistan's" -> "pakistans". Because case is folded too, such keys collide with ordinary
   words ("us"); the gazetteer flags keys that only come from all-caps abbreviations
   (``Gazetteer.is_acronym_key``) so a caller can require capitals in the text.
4. "&" becomes " and " ("Trinidad & Tobago" == "Trinidad and Tobago").
5. Every other punctuation or symbol (hyphens and dashes of any kind, slashes, commas,
   brackets, quotes) becomes a space; whitespace runs collapse to one space and the ends are
   stripped: "Sistan-Baluchestan" -> "sistan baluchestan", "Iran (Islamic Republic of)" ->
   "iran islamic republic of".

Scripts other than Latin are kept (minus their combining marks): nothing is transliterated,
so "Тегеран" stays "тегеран". Pure-ASCII input (most English news text) takes a fast path of
one ``lower`` and one ``translate``.
"""
from __future__ import annotations

import functools
import string
import unicodedata

__all__ = ["normalize", "normalize_cached", "tokens"]

_DROP = "'."
# ASCII: letters lower-cased by str.lower; drop apostrophes/dots; "&" -> " and "; other
# punctuation -> space. (Digits and letters pass through unchanged.)
_ASCII_MAP: dict[int, str | None] = {ord(c): " " for c in string.punctuation}
_ASCII_MAP.update({ord(c): None for c in _DROP})
_ASCII_MAP[ord("&")] = " and "
_ASCII_MAP[ord("`")] = None
_ASCII_TABLE = str.maketrans(_ASCII_MAP)


def _unicode_table() -> dict[int, str | None]:
    table: dict[int, str | None] = dict(_ASCII_MAP)
    # Letters NFKD leaves whole (no decomposition into base + mark).
    table.update(
        {
            ord("ø"): "o", ord("ł"): "l", ord("đ"): "d", ord("ð"): "d", ord("æ"): "ae",
            ord("œ"): "oe", ord("þ"): "th", ord("ı"): "i", ord("ħ"): "h", ord("ŧ"): "t",
            ord("ŀ"): "l", ord("ĸ"): "k", ord("ŋ"): "ng", ord("ǝ"): "e", ord("ə"): "e",
            ord("ß"): "ss",
        }
    )
    # Apostrophe-like characters are dropped, like the ASCII apostrophe.
    for ch in "’‘‛ʼʻʽʾʿ´`′ˈ":
        table[ord(ch)] = None
    # Dashes, quotes and other separators become spaces.
    for ch in "‐‑‒–—―−⁃«»“”„‟‹›·•…¡¿":
        table[ord(ch)] = " "
    # Every combining mark in the BMP is removed (diacritics after NFKD).
    for cp in range(0x0300, 0x10000):
        if unicodedata.combining(chr(cp)) or unicodedata.category(chr(cp)) == "Mn":
            table[cp] = None
    return table


_UNICODE_TABLE = _unicode_table()


def normalize(text: str) -> str:
    """Return the lookup key of ``text`` (see the module docstring for the rules).

    >>> normalize("  Sīstān-va-Balūchestān ")
    'sistan va baluchestan'
    >>> normalize("K.P.") == normalize("KP") == "kp"
    True
    """
    if text.isascii():
        if text.replace(" ", "").isalnum():
            # letters and digits between spaces (most names): the table would change nothing,
            # and translate costs more than the rest together
            return " ".join(text.lower().split())
        return " ".join(text.lower().translate(_ASCII_TABLE).split())
    # NFKD before case folding too: compatibility forms ("𝙰", "Ⓐ") decompose to capitals.
    folded = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold()).translate(_UNICODE_TABLE)
    # Categories the table does not list (other symbols, punctuation) become spaces.
    if not folded.isascii():
        folded = "".join(
            " " if (unicodedata.category(ch)[0] in "PSZC" and not ch.isspace()) else ch
            for ch in folded
        )
    return " ".join(folded.split())


#: :func:`normalize` remembering its latest 65,536 strings (a few MB): the geoparser normalizes
#: the same n-grams and place names over and over, in one article and from article to article.
normalize_cached = functools.lru_cache(maxsize=1 << 16)(normalize)


def tokens(key: str) -> int:
    """Number of space-separated tokens of a normalized key (0 for the empty key)."""
    return key.count(" ") + 1 if key else 0
