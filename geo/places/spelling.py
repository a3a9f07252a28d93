"""Spellings of one name: the consonant outline that two romanisations of a name share.

Kept apart from :mod:`geo.places.normalize` on purpose: the gazetteer's keys are made by that
module, whose source is part of the data build's fingerprint; these comparisons make no key.
"""
from __future__ import annotations

__all__ = ["skeleton"]

#: Letters that romanisations of one name trade freely: vowels (and y, w, h lengthening or
#: softening them) are dropped after the first letter; q/k and doubled letters are one sound.
_SKELETON_DROP = str.maketrans("", "", "aeiouyhw ")


def skeleton(key: str) -> str:
    """The consonant outline of a normalized key, the same for two romanisations of one name
    ("afgoye" and "afgooye", "qandahar" and "kandahar" -> "kndr"), different for a chance
    collision of two names ("hamas" and "hamm"). The first letter is kept as it is, vowel or not.

    >>> skeleton("afgoye") == skeleton("afgooye")
    True
    >>> skeleton("hamas") == skeleton("hamm")
    False
    """
    if not key:
        return ""
    rest = key[1:].replace("q", "k").translate(_SKELETON_DROP)
    out = [key[0].replace("q", "k")]
    for ch in rest:
        if ch != out[-1]:
            out.append(ch)
    return "".join(out)
