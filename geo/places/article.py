"""The Arabic definite article in place names: "al-Fashir", "El Fasher", "Ar Raqqah", "ash-Shaddadi".

News writes the same town with the article or without it ("al-Qusayr" and "Qusayr", "Al
Hasakah" and "Hasakah"), with one of its transcriptions ("al", Egypt's and Sudan's "el") and,
before the "sun letters", in the assimilated form the article is spoken in ("ar-Raqqa",
"ash-Shaddadi", "an-Nasiriyah", "az-Zawiya"). The gazetteer lists one form or another. This
module reads the article of a normalized name (:func:`geo.places.normalize.normalize`, so the
hyphen is a space): :func:`split` gives (article, bare name), :func:`bare` the name without it.

An assimilated article is one only before its own letter ("ar" before r, "ash" before sh): that
is how the language writes it, and it keeps English words out ("At Raqqa", "As Syria's" are no
article forms, "As Suwayda" is). The plain forms ("al", "el") stand before any letter.

>>> split("ar raqqah")
('ar', 'raqqah')
>>> bare("el fasher"), bare("at raqqa"), bare("aleppo")
('fasher', 'at raqqa', 'aleppo')
"""
from __future__ import annotations

import re

__all__ = ["ARTICLE_COUNTRIES", "split", "bare", "canonical", "is_article", "has_article", "own_name"]

#: Article as written (normalized) -> the letters the bare name must start with ("" = any).
#: "al"/"el" are the plain forms; the others are the article assimilated to a sun letter
#: (t, th, d, dh, r, z, s, sh, n; Egyptian and Sudanese spellings with "e").
_ARTICLES: dict[str, str] = {
    "al": "", "el": "",
    "at": "t", "ath": "th", "ad": "d", "adh": "dh", "ar": "r", "az": "z", "as": "s", "ash": "sh", "an": "n",
    "et": "t", "eth": "th", "ed": "d", "er": "r", "ez": "z", "es": "s", "esh": "sh", "en": "n",
}

#: Countries (ISO alpha-2) whose place names carry the Arabic article: the Arab League's
#: members, Western Sahara, and the neighbours with Arabic-speaking regions that name their
#: towns in Arabic (Chad, Israel). Elsewhere "El" is Spanish ("El Paso") and "An" Vietnamese.
ARTICLE_COUNTRIES = frozenset(
    "DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE EH TD IL".split()
)


def split(key: str) -> tuple[str, str] | None:
    """(article, bare name) of a normalized name that starts with the article, else None.

    >>> split("ash shaddadi"), split("al bab"), split("as damascus")
    (('ash', 'shaddadi'), ('al', 'bab'), None)
    """
    head, sep, rest = key.partition(" ")
    if not sep or not rest:
        return None
    letters = _ARTICLES.get(head)
    if letters is None or not rest.startswith(letters):
        return None
    return head, rest


def canonical(key: str) -> str:
    """The normalized name with every article written "al": the key under which the spellings
    of one name meet ("Jisr al-Shughur" and "Jisr ash Shughur", "Sharm al-Sheikh" and "Sharm
    el-Sheikh", "Dar al-Salaam" and "Dar es Salaam"). A word is the article only before another
    word, and an assimilated form only before its own letter.

    >>> canonical("jisr ash shughur"), canonical("sharm el sheikh"), canonical("ras at tin")
    ('jisr al shughur', 'sharm al sheikh', 'ras al tin')
    >>> canonical("cape town"), canonical("an idea")
    ('cape town', 'an idea')
    """
    words = key.split(" ")
    changed = False
    for k in range(len(words) - 1):
        letters = _ARTICLES.get(words[k])
        if letters is not None and words[k] != "al" and words[k + 1].startswith(letters):
            words[k] = "al"
            changed = True
    return " ".join(words) if changed else key


def bare(key: str) -> str:
    """The normalized name without its leading article (the name itself when it has none)."""
    parts = split(key)
    return parts[1] if parts is not None else key


def is_article(word: str) -> bool:
    """Is the normalized word one of the article's written forms ("al", "el", "ash", …)?"""
    return word in _ARTICLES


#: A word with an article's written form, before another word.
_ARTICLE_WORD = re.compile(r"(?:^| )(?:" + "|".join(sorted(_ARTICLES, key=len, reverse=True)) + r") \S")


def has_article(key: str) -> bool:
    """Does a word of the normalized name, before another word, have an article's written form?
    Names without one cannot be read through the article (the geoparser asks this of every
    capitalised n-gram the gazetteer lacks, so it must be cheap).

    >>> has_article("jisr ash shughur"), has_article("new york"), has_article("al")
    (True, False, False)
    """
    return " " in key and _ARTICLE_WORD.search(key) is not None


def own_name(name: str, key: str, country: str) -> bool:
    """Is the written name ``key`` the place's own name ``name`` (both normalized), with or
    without the article, or with another of its forms? "qusayr" and "el qusayr" are Al Quşayr's
    own name (country "SY"), not a weaker alternate reading; "paso" is no own name of El Paso,
    whose "El" is Spanish.

    >>> own_name("al qusayr", "qusayr", "SY"), own_name("al qusayr", "el qusayr", "SY")
    (True, True)
    >>> own_name("el paso", "paso", "US")
    False
    """
    if name == key:
        return True
    if country not in ARTICLE_COUNTRIES:
        return False
    return bare(canonical(name)) == bare(canonical(key))
