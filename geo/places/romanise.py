"""The press's romanisations of South Asian and Middle Eastern names: one folding key for all.

GeoNames writes many towns of South Asia, Iran, Central Asia and the Arabic-speaking countries in
a scholarly romanisation ("Akhnūr", "Rajaori", "R.S. Pora", "Bāramūla", "Nushki", "Baqubah"),
newspapers the English way ("Akhnoor", "Rajouri", "RS Pura", "Baramulla", "Noshki", "Baqouba").
Diacritics already fold in :func:`geo.places.normalize.normalize`; the rest is a small set of
spelling equivalences, applied the same way to the gazetteer's names at build time
(``geo/places/build/romanised.py`` writes data/romanised.arrow) and to a capitalised name of the
text the gazetteer has no key for (:meth:`geo.places.gazetteer.Gazetteer.by_key`, a fallback
only). :func:`fold` of a normalized name, in order:

1. the Arabic article is written "al" (:func:`geo.places.article.canonical`: "ash", "el" ...);
2. the final "h" of a word after a vowel goes, and a word's last vowel "e" is "a" (the Arabic
   feminine ending: "Bireh" / "Bira", "Dahiyeh" / "Dahiya", "Baqubah" / "Baqouba");
3. the Persian ezafe between two words ("e", "i", "ye", "yi": "Qala-e-Naw" / "Qala i Naw",
   "Pul-e-Khumri") goes, and so do the spaces ("Garbatulla" / "Garba Tula", "Mirpurkhas" /
   "Mirpur Khas");
4. aspirated consonants lose their "h" ("kh" k, "gh" g, "th" t, "dh" d, "bh" b, "ph" p, "jh"
   j: "Akhnoor" / "Aknur" are one name to the press), and "q" is "k" ("Qandahar" / "Kandahar");
5. "y" is "i" ("Ettayapuram" / "Ettaiyapuram"); "ee" is "i" (before step 2);
6. the back vowels are one: "oo", "ou", "au", "ao" and "o" are "u" ("Akhnoor" / "Akhnūr",
   "Rajouri" / "Rajaori", "Noshki" / "Nushki", "RS Pura" / "R.S. Pora");
7. a doubled letter is one ("Baramulla" / "Baramula", "Khuiratta" / "Khuirata", "aa" / "a").

>>> fold("akhnoor") == fold("akhnur"), fold("rajouri") == fold("rajaori")
(True, True)
>>> fold("rs pura") == fold("rs pora"), fold("baqouba") == fold("baqubah")
(True, True)
>>> fold("multan") == fold("milan")
False

Only :data:`FOLD_COUNTRIES` name their places so; what the fold may make of an English word, a
person's name or a hamlet is kept out at build time (see ``geo/places/build/romanised.py``).
"""
from __future__ import annotations

import re

from geo.places.article import ARTICLE_COUNTRIES, canonical, is_article

__all__ = ["FOLD_COUNTRIES", "MAX_WORDS", "fold", "letters", "short_enough"]

#: Countries (ISO alpha-2) whose names the press romanises otherwise than GeoNames: South Asia
#: (Afghanistan, Pakistan, India, Nepal, Bangladesh, Bhutan, Sri Lanka, the Maldives), Iran,
#: Central Asia (Tajikistan, Uzbekistan, Turkmenistan, Kyrgyzstan) and the Arabic-speaking
#: countries of :data:`geo.places.article.ARTICLE_COUNTRIES` (Israel and Chad among them).
FOLD_COUNTRIES = frozenset("AF PK IN NP BD BT LK MV IR TJ UZ TM KG".split()) | ARTICLE_COUNTRIES

#: A name of the text is read through the fold only with at most this many words, the article
#: and the ezafe not counted ("RS Pura", "Aita al-Shaab"): longer runs of capitals are mostly
#: bodies' and people's names, and 97 % of the names the table holds have no more.
MAX_WORDS = 2
_EZAFE_WORDS = frozenset(("e", "i", "ye", "yi"))

_EZAFE = re.compile(r" (?:e|i|ye|yi)(?= )")
_FINAL = re.compile(r"(?<=[aeiou])h\b")
_LAST_E = re.compile(r"e\b")
_ASPIRATES = re.compile(r"(?<=[kgtdbpj])h")
_BACK = re.compile(r"ou|au|ao|o")
_DOUBLE = re.compile(r"(.)\1+")


def fold(key: str) -> str:
    """The romanisation-folding key of a normalized name (see the module docstring).

    >>> fold("el bireh"), fold("al bira")
    ('albira', 'albira')
    """
    key = canonical(key).replace("ee", "i")
    key = _ASPIRATES.sub("", _LAST_E.sub("a", _FINAL.sub("", _EZAFE.sub("", key)))).replace(" ", "")
    key = key.replace("q", "k").replace("y", "i")
    return _DOUBLE.sub(r"\1", _BACK.sub("u", key))



#: What :func:`letters` keeps of a name: its consonants and where its vowels stand (every vowel
#: and "y" written "a"); it leaves out "h" (which the fold drops), "l" (the article's, which
#: :func:`geo.places.article.canonical` writes for "ash", "ar" ..., whose own letters begin the
#: next word) and the space; q is k. (Bytes: an ASCII key's ``bytes.translate`` costs a tenth
#: of ``str.translate``.)
_LETTERS_TABLE = bytes.maketrans(b"qeiouy", b"kaaaaa")
_LETTERS_DROP = b"hl "
_DOUBLE_BYTES = re.compile(rb"(.)\1+")


def letters(key: str) -> bytes:
    """The outline of a normalized ASCII name that every spelling with the same :func:`fold`
    shares: its consonants in order and its runs of vowels, each doubled one once. A cheap test
    that most names the gazetteer lacks can have no folded reading (the fold costs several
    regular expressions).

    >>> letters("akhnoor") == letters("akhnur") == letters(fold("akhnur")) == b"aknar"
    True
    >>> letters("ash shaddadi") == letters("al shaddadi"), letters("khuiratta")
    (True, b'karata')
    >>> letters("qala e naw") == letters("qala i naw") == letters(fold("qala i naw"))
    True
    """
    if " e " in key or " i " in key or " y" in key:
        key = _EZAFE.sub("", key)
    # (a function, not the template rb"\1", which re expands anew at every call)
    return _DOUBLE_BYTES.sub(_first_of_run, key.encode().translate(_LETTERS_TABLE, _LETTERS_DROP))


def _first_of_run(m: re.Match[bytes]) -> bytes:
    return m.group(1)


def short_enough(key: str) -> bool:
    """Has the normalized name at most :data:`MAX_WORDS` words, the article and the ezafe not
    counted?

    >>> short_enough("rs pura"), short_enough("aita al shaab"), short_enough("madison county sheriff")
    (True, True, False)
    """
    spaces = key.count(" ")
    if spaces < MAX_WORDS:
        return True
    if spaces > MAX_WORDS + 2:
        return False  # an article and an ezafe at most beside two words ("Qala-e-Naw al-Kabir" is rare)
    words = key.split(" ")
    return sum(1 for w in words if not is_article(w) and w not in _EZAFE_WORDS) <= MAX_WORDS
