"""Hand-made places for the tests of the event modules (geo.events.actors, geo.events.triggers, geo.events.places …).

A few countries, provinces and towns of several regions, found in a text by name or demonym, so
each rule is checked apart from the gazetteer and the geoparser.
"""
from __future__ import annotations

import datetime as dt
import re

from geo.events.extract import extract
from geo.models import Article, Event, Mention, Place

COUNTRIES = {
    "Pakistan": ("PAK", "PK"), "Iran": ("IRN", "IR"), "Mali": ("MLI", "ML"), "Niger": ("NER", "NE"),
    "Myanmar": ("MMR", "MM"), "Bangladesh": ("BGD", "BD"), "Russia": ("RUS", "RU"), "Ukraine": ("UKR", "UA"),
    "Colombia": ("COL", "CO"), "Venezuela": ("VEN", "VE"),
}  # fmt: skip
PLACES = {name: Place(iso3, name, "country", 0.0, 0.0, iso2) for name, (iso3, iso2) in COUNTRIES.items()}
PLACES.update({
    "Tehran": Place("gn:1", "Tehran", "place", 35.7, 51.4, "IR", "IR-23", 7_000_000),
    "Quetta": Place("gn:2", "Quetta", "place", 30.2, 67.0, "PK", "PK-BA", 700_000),
    "Gwadar": Place("gn:9", "Gwadar", "place", 25.1, 62.3, "PK", "PK-BA", 90_000),  # 630 km from Quetta
    "Balochistan": Place("PK-BA", "Balochistan", "admin1", 28.5, 65.5, "PK", "PK-BA"),
    "Menaka": Place("gn:3", "Menaka", "place", 15.9, 2.4, "ML", "ML-9", 20_000),
    "Tillaberi": Place("NE-6", "Tillaberi", "admin1", 14.2, 1.5, "NE", "NE-6"),
    "Rakhine State": Place("MM-16", "Rakhine", "admin1", 20.0, 93.5, "MM", "MM-16"),
    "Teknaf": Place("gn:4", "Teknaf", "place", 20.9, 92.3, "BD", "BD-B", 50_000),
    "Dhaka": Place("gn:5", "Dhaka", "place", 23.7, 90.4, "BD", "BD-C", 10_000_000),
    "Mirpur": Place("gn:8", "Mirpur", "place", 23.78, 90.37, "BD", "BD-C", 1_000_000),  # a part of Dhaka, 9 km off
    "Sumy": Place("gn:6", "Sumy", "place", 50.9, 34.8, "UA", "UA-59", 260_000),
    "Kharkiv": Place("gn:7", "Kharkiv", "place", 50.0, 36.2, "UA", "UA-63", 1_400_000),
    "Sahel": Place("region:sahel", "Sahel", "region", 15.0, 0.0, ""),
    "Kashmir Valley": Place("x:1", "Kashmir Valley", "valley", 34.0, 74.8, ""),  # a kind events do not know
})  # fmt: skip
DEMONYMS = {
    "Pakistani": "Pakistan", "Iranian": "Iran", "Malian": "Mali", "Russian": "Russia", "Ukrainian": "Ukraine",
    "Colombian": "Colombia", "Venezuelan": "Venezuela", "Bangladeshi": "Bangladesh",
}  # fmt: skip


def country(alpha2: str) -> Place | None:
    return next((p for p in PLACES.values() if p.kind == "country" and p.country == alpha2), None)


def capital(alpha2: str) -> Place | None:
    return {"IR": PLACES["Tehran"], "BD": PLACES["Dhaka"]}.get(alpha2)


def mentions_of(text: str) -> list[Mention]:
    """Every hand-made name and demonym in ``text``, longest first, as resolved mentions."""
    found: list[Mention] = []
    for name in sorted([*PLACES, *DEMONYMS], key=len, reverse=True):
        for m in re.finditer(rf"\b{re.escape(name)}\b", text):
            if any(x.start < m.end() and m.start() < x.end for x in found):
                continue
            form = "demonym" if name in DEMONYMS else "name"
            found.append(Mention(m.start(), m.end(), name, PLACES[DEMONYMS.get(name, name)], 1.0, form=form))
    return sorted(found, key=lambda m: m.start)


def read(text: str, date: dt.date | None = dt.date(2025, 5, 12)) -> tuple[Event, ...]:
    """The events of ``text`` read with the hand-made places and no border segments."""
    return extract(Article("t", "", text, date), mentions_of(text), border=lambda a, b: None, country=country,
                   capital=capital)


def one(events: tuple[Event, ...], subtype: str) -> Event:
    found = [e for e in events if e.subtype == subtype]
    assert len(found) == 1, [(e.subtype, e.actors, e.rule) for e in events]
    return found[0]
