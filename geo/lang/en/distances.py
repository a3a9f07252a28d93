"""What news writes between a place and another that says how far the first lies from it:
", 40 kilometres from", " (25 miles north of", ", about 10 km south-east of the town of".

One pattern for the geoparser (the distance holds the first name's readings near the second's,
:mod:`geo.geoparse.resolve`) and for events (the second place only locates the first, it is no
site: :mod:`geo.events.places`). Groups: ``n`` (the number), ``unit``.
"""
from __future__ import annotations

__all__ = ["DISTANCE_FROM", "APPOSITION_THEN_DISTANCE", "DISTANCE_BEARING_BEFORE"]

#: "about 40 kilometres north of (the town of)": the distance itself.
_DISTANCE = (
    r"(?:about\s+|some\s+|around\s+|nearly\s+|roughly\s+|approximately\s+|just\s+)?(?P<n>\d{1,4}(?:,\d{3})?(?:\.\d+)?)"
    r"\s*-?\s*(?P<unit>kilomet(?:re|er)s?|kms?|miles?)\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+)?"
    r"(?:of|from)\s+(?:the\s+(?:(?:provincial\s+|regional\s+)?capital|city|town|border|village)\s+(?:of\s+)?)?"
)

DISTANCE_FROM = r"\s*[,(]\s*" + _DISTANCE

#: The distance after an apposition that calls the first place a settlement: "Masaka, a town in
#: the central region about 190 miles north of" (the second place still only locates the first).
APPOSITION_THEN_DISTANCE = (
    r",\s+(?:a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:town|village|city|settlement|district|hamlet|outpost)\b"
    r"[^.;:,()]{0,50}?\s" + _DISTANCE
)

#: A distance with a bearing, ending right before the town it is measured from: "about 60 miles
#: north of", "65 kilometres south-west of the capital, ", "40 km northeast of the town of" (groups
#: ``n``, ``unit``, ``bearing``; read by :mod:`geo.events.offsets`).
DISTANCE_BEARING_BEFORE = (
    r"(?<![\w.,])(?P<n>\d{1,4}(?:,\d{3})?(?:\.\d+)?)\s*-?\s*(?P<unit>kilomet(?:re|er)s?|kms?|miles?)\s+"
    r"(?:to\s+the\s+)?(?P<bearing>(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+of\s+"
    r"(?:the\s+(?:[\w-]+\s+)?(?:capital|city|town|village|port|border\s+town)(?:\s+city)?\s*,?\s*(?:of\s+)?)?$"
)
