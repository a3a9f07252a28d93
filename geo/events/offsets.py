"""A site told only as a distance and a bearing from a town: "a drone strike about 60 miles north
of Mogadishu", "an ambush 40 km south-west of the capital, Quetta".

Such a site is not the town: at 40 km or more its point would be wrong by that much, and the
village meant is often one the gazetteer lacks. The point is projected from the town along the
bearing (great circle), as a coder placing the event by hand would, and named by the words that
told it. ACLED gives such a point precision 2 (near a town). A distance with no bearing ("65 km
from Mogadishu") cannot be projected and leaves the town.
"""
from __future__ import annotations

import math
import re
from dataclasses import replace

from geo.lang.en.distances import DISTANCE_BEARING_BEFORE
from geo.models import EventLocation

__all__ = ["projected"]

_BEFORE = re.compile(DISTANCE_BEARING_BEFORE, re.IGNORECASE)

#: How far before the town's name the distance may start ("about 65 kilometres south-west of the
#: provincial capital, "): one bounded look per event.
_REACH = 90

#: Degrees clockwise from north of each bearing word, its letters only ("south-west" -> "southwest").
_BEARINGS = {
    "north": 0.0, "northeast": 45.0, "east": 90.0, "southeast": 135.0,
    "south": 180.0, "southwest": 225.0, "west": 270.0, "northwest": 315.0,
}
_KM_PER_UNIT = {"k": 1.0, "m": 1.609344}  # kilometres, km, kms / miles
_EARTH_KM = 6371.0088
#: Nearer than this the town's own point is as good (the scorer's and ACLED's "near the town").
MIN_KM = 10.0
#: Farther than this a bearing from one town says too little ("1,200 km east of the capital").
MAX_KM = 400.0


def projected(text: str, loc: EventLocation) -> EventLocation | None:
    """The point ``loc``'s town stands for when the words right before its name tell a distance
    and a bearing from it, else None.

    >>> town = EventLocation("Sorvan", "place", "gn:1", 10.0, 40.0, mention=(30, 36))
    >>> p = projected("The strike hit 50 km north of Sorvan.", town)
    >>> p.name, round(p.lat, 2), p.lon
    ('50 km north of Sorvan', 10.45, 40.0)
    """
    if loc.kind != "place" or loc.mention is None:
        return None
    start = loc.mention[0]
    m = _BEFORE.search(text, max(0, start - _REACH), start)
    if m is None:
        return None
    km = float(m.group("n").replace(",", "")) * _KM_PER_UNIT[m.group("unit")[0].lower()]
    if not MIN_KM <= km <= MAX_KM:
        return None
    word = re.sub(r"[^a-z]", "", m.group("bearing").lower()).removesuffix("ern")
    bearing = _BEARINGS[word]
    lat, lon = _destination(loc.lat, loc.lon, km, bearing)
    return replace(loc, name=f"{km:.0f} km {word} of {loc.name}", id=f"{loc.id}@{km:.0f}km{bearing:.0f}", lat=lat, lon=lon)


def _destination(lat: float, lon: float, km: float, bearing: float) -> tuple[float, float]:
    """The point ``km`` from (lat, lon) along the initial ``bearing`` (degrees), on a sphere."""
    d = km / _EARTH_KM
    b = math.radians(bearing)
    p1, l1 = math.radians(lat), math.radians(lon)
    p2 = math.asin(math.sin(p1) * math.cos(d) + math.cos(p1) * math.sin(d) * math.cos(b))
    l2 = l1 + math.atan2(math.sin(b) * math.sin(d) * math.cos(p1), math.cos(d) - math.sin(p1) * math.sin(p2))
    return round(math.degrees(p2), 5), round((math.degrees(l2) + 540.0) % 360.0 - 180.0, 5)
