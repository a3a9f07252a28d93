"""A country's capital named by its country: "Mozambique's capital", "the Kenyan capital", "the
capital of Mozambique" are the capital city, not the country.

ACLED places an event in the capital at the city; without this step the event would sit at the
country's reference point, hundreds of kilometres off. Only the events read it: the geoparser
keeps the country mention (its corpora annotate "Mozambique" in "Mozambique's capital").
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from geo.events import rules as lex
from geo.events.lookups import CapitalFn, default_capital
from geo.models import Mention

__all__ = ["capitals_named"]


def capitals_named(text: str, mentions: Sequence[Mention], capital: CapitalFn = default_capital) -> list[Mention]:
    """``mentions`` (sorted by start) with each country named for its capital replaced by a
    mention of the capital city spanning the words that name it ("Mozambique's capital"). When
    the city's name follows ("Kenya's capital, Nairobi"), that name's mention takes the whole
    phrase, so it is read where the phrase stands ("in Kenya's capital, Nairobi": in Nairobi)."""
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        m = mentions[i]
        i += 1
        if m.place is None or m.place.kind != "country":
            out.append(m)
            continue
        named = lex.CAPITAL_NAMED.match(text, m.end)
        nxt = mentions[i] if i < len(mentions) else None
        if named and nxt is not None and nxt.start == named.end() and nxt.place is not None and nxt.place.country == m.place.country:
            out.append(replace(nxt, start=m.start, text=text[m.start:nxt.end]))
            i += 1  # the city's own mention is in the phrase
            continue
        after = lex.CAPITAL_AFTER.match(text, m.end)
        before = None if after else lex.CAPITAL_BEFORE.search(text, max(0, m.start - 30), m.start)
        city = capital(m.place.country) if (after or before) else None
        if city is None:
            out.append(m)
            continue
        start, end = (m.start, after.end()) if after else (before.start(), m.end)
        out.append(replace(m, start=start, end=end, text=text[start:end], place=city, form="name",
                           evidence=(*m.evidence, f"the capital of {m.place.name}")))
    return out
