"""Border segments as event sites: the cue ("along their border", "cross-border", "on the
frontier between ...") and the two areas whose shared boundary it names.

The two sides come from "between A and B", from "their border" (the last two countries the
article made actors), or from the places of the sentence (a named province wins over its own
country: "the Baluchistan frontier" with Iran is the Balochistan–Iran segment). The segment
itself comes from the ``border`` look-up (:mod:`geo.places.areas` by default); ACLED precision 3.
"""
from __future__ import annotations

import re

from geo.events import rules as lex
from geo.events.actors import RECALL, Actor, ActorMemory, last_two_countries
from geo.events.lookups import BorderFn, CountryFn
from geo.events.triggers import Trigger
from geo.models import EventLocation, Mention, Place, Span

__all__ = ["border_location"]


_BORDER_WORD = re.compile("border", re.I)


def _area_id(place: Place, country: CountryFn) -> tuple[str, str] | None:
    """(area id, country id) for a country or first-level area; a town counts for its province."""
    if place.kind == "country":
        return place.id, place.id
    c = country(place.country)
    cid = c.id if c is not None else ""
    if place.kind == "admin1":
        return place.id, cid
    return None


def border_location(
    text: str,
    s: Span,
    t: Trigger,
    window: tuple[int, int],
    mentions: list[Mention],
    ctx: ActorMemory,
    actors: list[Actor],
    border: BorderFn,
    country: CountryFn,
    strict: bool = False,
) -> tuple[EventLocation, str] | None:
    """The border segment a clause places its event on, with how its two sides were found.

    ``strict`` (for places only mentioned) needs a cue inside the clause itself.
    """
    trig = text[t.start:t.end]
    cue = None
    for m in lex.BORDER_CUE.finditer(text, window[0], window[1]):
        cue = m
        break
    if cue is None:
        cue = _BORDER_WORD.search(trig)
    if cue is None and not strict:
        # "cross-border attacks" before the trigger may sit just outside the clause cut
        cue = lex.BORDER_CUE.search(text, max(s.start, t.start - 25), t.start)
    if cue is None:
        return None
    sides: list[tuple[str, str, Place]] = []  # (area id, country id, place)
    why = ""

    def add(p: Place) -> None:
        a = _area_id(p, country)
        if a and all(a[0] != x[0] for x in sides):
            sides.append((a[0], a[1], p))

    between = lex.BETWEEN.search(text, window[0], window[1])
    if between:
        for m in mentions:
            if m.start >= between.end() and m.start < window[1] and m.form != "demonym":
                if m.place.kind == "country" and re.match(r"(?:'s|’s)\s+\w+", text[m.end:m.end + 30]):
                    continue  # "Pakistan's Balochistan province": the province is the side
                add(m.place)
        why = "between"
    if len(sides) < 2 and lex.THEIR_BORDER.search(text, window[0], window[1]):
        pair = last_two_countries(ctx, [a for a in actors if a.start < t.start], t.start)
        sides = []
        for name in pair or ():
            p = next((pl for n, pl in reversed(ctx.countries[-RECALL:]) if n == name), None)
            if p is None:
                p = next((a.place for a in actors if a.name == name and a.place is not None), None)
            if p is not None:
                add(p)
        why = "their"
    if len(sides) < 2:
        sides = []
        inside = [m for m in mentions if s.start <= m.start < s.end]
        # the named province wins over its own country ("Baluchistan frontier" -> Balochistan-Iran)
        provinces = [m.place for m in inside if m.place.kind == "admin1" and m.form != "demonym"]
        countries = [m.place for m in inside if m.place.kind == "country"]
        for p in provinces[:1]:
            add(p)
        for c in countries:
            if sides and sides[0][1] == c.id:
                continue
            add(c)
        if len(sides) < 2:
            for m in inside:
                c = country(m.place.country) if m.place.kind in ("place", "admin2") else None
                if c is not None and not any(x[1] == c.id for x in sides):
                    add(c)
        if len(sides) < 2:
            for _n, c in reversed(ctx.countries[-RECALL:]):
                if sides and any(x[1] == c.id for x in sides):
                    continue
                add(c)
                if len(sides) >= 2:
                    break
        why = "sentence" if len(sides) >= 2 else why
    if len(sides) < 2:
        return None
    (a_id, a_c, a_p), (b_id, b_c, b_p) = sides[0], sides[1]
    if a_c and a_c == b_c:
        return None  # an internal boundary is no border segment here
    seg = border(a_id, b_id)
    if seg is None and a_p.kind == "admin1" and b_p.kind == "country":
        seg = border(a_id, b_c) if b_c else None
    if seg is None:
        seg = border(a_c, b_c) if a_c and b_c and (a_c, b_c) != (a_id, b_id) else None
    if seg is None:
        return None
    loc = EventLocation(
        name=f"{seg.a_name}–{seg.b_name} border",
        kind="border",
        id=seg.id,
        lat=seg.lat,
        lon=seg.lon,
        role="site",
        mention=(cue.start(), cue.end()) if hasattr(cue, "start") else None,
    )
    return loc, f"border({why})"
