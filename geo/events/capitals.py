"""A country's capital named by its country: "Mozambique's capital", "the Kenyan capital", "the
capital of Mozambique" are the capital city, not the country; "the capital" alone is the capital
the article named before, or the capital of the one country it has spoken of.

ACLED places an event in the capital at the city; without this step the event would sit at the
country's reference point, hundreds of kilometres off. Only the events read it: the geoparser
keeps the country mention (its corpora annotate "Mozambique" in "Mozambique's capital").
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from geo.events import rules as lex
from geo.events.lookups import CapitalFn, default_capital
from geo.models import Mention, Place

__all__ = ["capitals_named", "bare_capitals"]


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


#: How far ahead "the capital" at the start of an article looks for its country: the next few
#: mentions, in the next sentence or so.
_AHEAD, _AHEAD_CHARS = 3, 300


def bare_capitals(text: str, mentions: Sequence[Mention], capital: CapitalFn = default_capital) -> list[Mention]:
    """``mentions`` (sorted by start) with a mention added for each bare "the capital": the
    national capital named last before it ("fighting in Mogadishu ... a car bomb in the capital"),
    or, when none was named, the capital of the one country the places before it lie in. News
    names the capital once and then says "the capital"; left unread, the event falls back to the
    country. Before any place is named (a lead sentence), the country named next says which. When
    the places before it span several countries and no capital was named, which capital is meant
    is unknown: nothing is added."""
    capitals: dict[str, Place | None] = {}

    def capital_of(code: str) -> Place | None:
        if code not in capitals:
            capitals[code] = capital(code)
        return capitals[code]

    added: list[Mention] = []
    i, last_capital, codes = 0, None, set()
    for b in lex.CAPITAL_BARE.finditer(text):
        while i < len(mentions) and mentions[i].start < b.start():
            m = mentions[i]
            i += 1
            if m.place is None or not m.place.country:
                continue
            codes.add(m.place.country)
            city = capital_of(m.place.country)
            if city is not None and city.id == m.place.id:
                last_capital = m
        if i < len(mentions) and mentions[i].start < b.end():
            continue  # the words are already part of a mention
        if i > 0 and mentions[i - 1].end > b.start():
            continue
        if last_capital is not None:
            city, why = last_capital.place, f"the capital named before ({last_capital.text})"
        elif len(codes) == 1:
            city = capital_of(next(iter(codes)))
            why = f"the capital of the one country named before ({next(iter(codes))})"
        elif not codes:
            # the article's first words: "a rally in the capital over the killing of Mexican
            # students …", the country or its capital named just after
            ahead = next((m for m in mentions[i : i + _AHEAD] if m.place is not None and m.place.country and m.start - b.end() <= _AHEAD_CHARS), None)
            if ahead is None:
                continue
            city = capital_of(ahead.place.country)
            why = f"the capital of the country named next ({ahead.text})"
        else:
            continue
        if city is None:
            continue
        added.append(Mention(start=b.start(), end=b.end(), text=text[b.start() : b.end()], place=city, form="name", evidence=(why,)))
    if not added:
        return list(mentions)
    return sorted([*mentions, *added], key=lambda m: m.start)
