"""Spellings of one name: the consonant outline that two romanisations of a name share.

Kept apart from :mod:`geo.places.normalize` on purpose: the gazetteer's keys are made by that
module, whose source is part of the data build's fingerprint; these comparisons make no key.
"""
from __future__ import annotations

import re

__all__ = ["skeleton", "spelling"]

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


_I_RUN = re.compile("i+")


def spelling(key: str) -> str:
    """A normalized name with only the romanisation choices that vary between sources for one
    and the same vowel made alike: "y" and "i" ("Zaporizhzhya" / "Zaporizhzhia", "Izyum" /
    "Izium"), "iyi" and "ii" ("Makiyivka" / "Makiivka"), spaces ("Little Rock" / "Littlerock").
    Stricter than :func:`skeleton`: other vowels still tell names apart ("Sidney" / "Sydney"
    share a spelling, "Paris" / "Peres" do not).

    >>> spelling("avdiyivka") == spelling("avdiivka")
    True
    """
    return _I_RUN.sub("i", "".join(ch for ch in key if ch.isalpha()).replace("y", "i"))
