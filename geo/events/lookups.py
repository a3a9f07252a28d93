"""The look-ups event extraction needs: the border segment of two areas, the country of a code,
its capital.

:func:`geo.events.extract` takes them as arguments so that rules can be tested on hand-made
places; these defaults read :mod:`geo.places.areas` and :mod:`geo.places.gazetteer` (loaded lazily). An
unknown id or areas that do not touch give None; missing data is an error, not a silent gap.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from geo.errors import InputError, NotFoundError
from geo.models import Border, Mention, Place

__all__ = [
    "BorderFn", "CountryFn", "CapitalFn", "default_border", "default_country", "default_capital", "country_lookup",
    "border_lookup", "seatless_district_area", "default_area", "unoutlined_region_area",
    "province_of", "province_of_town",
]

#: ``border(area_id_a, area_id_b)`` -> the shared boundary, or None when the areas do not touch.
BorderFn = Callable[[str, str], Border | None]


#: ``country(alpha2)`` -> the country entry, or None.
CountryFn = Callable[[str], Place | None]


#: ``capital(alpha2)`` -> the national capital, or None.
CapitalFn = Callable[[str], Place | None]


def default_border(a: str, b: str) -> Border | None:
    """The border segment between two areas from :mod:`geo.places.areas`, or None when they do not touch."""
    from geo.places import areas

    try:
        return areas.border(a, b)
    except (NotFoundError, InputError):
        return None


def _by_code(what: str, code: str) -> Place | None:
    """``gazetteer.<what>(code)`` (``country`` or ``capital`` of an alpha-2 code, ``get`` of an
    id), None for no code or an unknown one."""
    if not code:
        return None
    from geo.places import gazetteer

    try:
        return getattr(gazetteer, what)(code)
    except (NotFoundError, InputError):
        return None


#: A town of the district's name this close to its point is its seat (the point is the seat's).
_SEAT_KM = 2.0


def seatless_district_area(place: Place, name: str) -> Place | None:
    """For a district of the gazetteer whose point is no town's (no town called ``name`` at it: the
    median of its towns, "Kech District", "Khyber Agency"), the first-level area holding it; None
    for any other place. The map has no outline for districts: a point between towns would say
    where an event happened with a precision the text does not give, the province says no more
    than the text."""
    from geo.places import gazetteer
    from geo.places.geodesy import distance_km

    if not place.id.startswith(gazetteer.DISTRICT_ID_PREFIX) or not place.admin1:
        return None

    try:
        seat = any(
            p.kind == "place" and distance_km(p.lat, p.lon, place.lat, place.lon) <= _SEAT_KM
            for p in gazetteer.lookup(name)
        )
        return None if seat else gazetteer.get(place.admin1)
    except (NotFoundError, InputError):
        return None


def unoutlined_region_area(place: Place) -> Place | None:
    """For a hand-made region of one country that has no outline (the map draws it as one point,
    its middle: "Waziristan"), the first-level area at that point; None for any other place."""
    if place.kind != "region" or not place.country or "," in place.country:
        return None
    from geo.places import areas

    try:
        if areas.shape(place.id) is not None:
            return None
    except (NotFoundError, InputError, KeyError):
        pass
    try:
        land, area = areas.locate(place.lat, place.lon)
    except (NotFoundError, InputError):
        return None
    if area is None or area.kind != "admin1" or land is None or land.country != place.country:
        return None
    return area


def province_of(place: Place | None) -> Place | None:
    """The first-level area of the gazetteer holding ``place`` (a town, a district, a region of
    one province), in its country; None when it has none."""
    area = _by_code("get", place.admin1) if place is not None and place.admin1 else None
    return area if area is not None and area.kind == "admin1" and area.country == place.country else None


def province_of_town(place_id: str) -> Place | None:
    """The first-level area holding the town or district ``place_id`` of the gazetteer, or None."""
    return province_of(_by_code("get", place_id))


def default_area(area_id: str) -> Place | None:
    """The first-level area of an ISO 3166-2 id ("PK-BA") from :mod:`geo.places.gazetteer`, or None."""
    return _by_code("get", area_id)


def default_country(alpha2: str) -> Place | None:
    """The country entry for an ISO alpha-2 code from :mod:`geo.places.gazetteer`, or None."""
    return _by_code("country", alpha2)


def default_capital(alpha2: str) -> Place | None:
    """The national capital of a country by ISO alpha-2 code from :mod:`geo.places.gazetteer`, or None."""
    return _by_code("capital", alpha2)


def country_lookup(mentions: Sequence[Mention], fallback: CountryFn) -> CountryFn:
    """alpha-2 -> country Place: first the countries the article names, then the gazetteer."""
    known = {m.place.country: m.place for m in mentions if m.place is not None and m.place.kind == "country"}
    cache: dict[str, Place | None] = {}

    def lookup(alpha2: str) -> Place | None:
        if alpha2 in known:
            return known[alpha2]
        if alpha2 not in cache:
            cache[alpha2] = fallback(alpha2)
        return cache[alpha2]

    return lookup


def border_lookup(border: BorderFn) -> BorderFn:
    """``border`` remembered for one article, the answer "they do not touch" too.

    The areas look-up keeps the segments it found but tells that two areas do not touch by
    intersecting their outlines again (about half a millisecond); an article asks the same pair
    for every event near "their border".
    """
    cache: dict[tuple[str, str], Border | None] = {}

    def lookup(a: str, b: str) -> Border | None:
        key = (a, b)
        if key not in cache:
            cache[key] = border(a, b)
        return cache[key]

    return lookup
