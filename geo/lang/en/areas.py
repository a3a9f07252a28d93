"""First-level areas that English news names bare, where a city of the same name lies inside.

A sizeable city beats the first-level area of its name that contains it ("Tehran", "Kabul":
news means the city; :func:`geo.geoparse.resolve._priors`). A few areas are named bare far more
often than their city: the press writes "Gaza" for the Gaza Strip (the Palestinian territory's
first-level area, PS-GZA) and "Gaza City" for the city, so "strikes across Gaza" and "Gaza's
health ministry" are the Strip's. So is Myanmar's Sagaing Region, which war news names bare
("airstrikes in Sagaing", "a hotspot of resistance in Sagaing") and whose city is "Sagaing town". Keys are normalised names (:func:`geo.places.normalize`);
values are the area's gazetteer id.
"""
from __future__ import annotations

__all__ = ["AREAS_NAMED_BARE"]

AREAS_NAMED_BARE: dict[str, str] = {
    "gaza": "PS-GZA",
    "sagaing": "MM-01",
}
