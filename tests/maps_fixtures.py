"""Hand-built Results for the map tests (own text, not the seed's prose).

One story: a visit to Tehran, an agreement, an attack in Baluchistan (admin-1), attacks along
the Iran-Pakistan border and an accusation against Afghanistan. ``hostile_result`` puts the
payloads of docs/SECURITY.md into every string a map shows.
"""
from __future__ import annotations

import datetime as dt

from geo.models import Article, ArticleResult, Event, EventLocation, Mention, Place, Result, Span

PAYLOADS = (
    "<img src=x onerror=alert(1)>",
    "${alert(1)}",
    "\\`+alert(1)+`",
    "</script><script>alert(1)</script>",
    "<svg onload=alert(1)>",
    "\"><script>document.title='pwned'</script>",
    "'-alert(1)-'",
    "{{7*7}}",
)
BAD_URLS = ("javascript:alert(1)", "data:text/html,<script>alert(1)</script>", " JaVaScRiPt:alert(1)")

TEXT = (
    "Pakistan's army chief arrived in Tehran on Monday for talks with Iranian commanders. "
    "Both sides agreed to share intelligence about armed groups. "
    "On Sunday gunmen attacked a police post in Baluchistan, killing four officers. "
    "Officials said separatists had carried out repeated attacks along the border between "
    "Pakistan and Iran. "
    "Islamabad also accused Afghanistan of sheltering the fighters."
)

TEHRAN = Place("gn:112931", "Tehran", "place", 35.6944, 51.4215, "IR", "IR-23", 7153309, 112931)
ISLAMABAD = Place("gn:1176615", "Islamabad", "place", 33.7215, 73.0433, "PK", "PK-IS", 601600, 1176615)
BALOCHISTAN = Place("PK-BA", "Balochistan", "admin1", 28.0, 66.0, "PK", "PK-BA")
PAKISTAN = Place("PAK", "Pakistan", "country", 30.0, 70.0, "PK")
IRAN = Place("IRN", "Iran", "country", 32.0, 53.0, "IR")
AFGHANISTAN = Place("AFG", "Afghanistan", "country", 33.0, 66.0, "AF")


def _span(text: str, needle: str, after: int = 0) -> tuple[int, int]:
    start = text.index(needle, after)
    return start, start + len(needle)


def _sentence(text: str, needle: str) -> Span:
    pos = text.index(needle)
    start = text.rfind(". ", 0, pos)
    start = 0 if start < 0 else start + 2
    end = text.index(".", pos) + 1
    return Span(start, end)


def _mention(text: str, needle: str, place: Place, after: int = 0) -> Mention:
    s, e = _span(text, needle, after)
    return Mention(s, e, text[s:e], place, 0.9)


def _loc(place: Place, text: str, needle: str, role: str = "site", kind: str | None = None) -> EventLocation:
    return EventLocation(place.name, kind or place.kind, place.id, place.lat, place.lon, role, _span(text, needle))


def build_result(
    text: str = TEXT,
    title: str = "Army chief visits Tehran as border attacks continue",
    url: str | None = "https://news.example.org/2026/11/army-chief-tehran",
    names: dict[str, str] | None = None,
    actors: tuple[str, ...] | None = None,
    article_id: str = "a1",
    date: dt.date = dt.date(2026, 11, 16),
) -> Result:
    """The story as a Result; ``names`` overrides display names, ``actors`` every actor list."""
    names = names or {}

    def nm(place: Place) -> Place:
        return Place(place.id, names.get(place.id, place.name), place.kind, place.lat, place.lon,
                     place.country, place.admin1, place.population, place.geonameid)

    tehran, isb, bal, pak, irn, afg = (nm(p) for p in (TEHRAN, ISLAMABAD, BALOCHISTAN, PAKISTAN, IRAN, AFGHANISTAN))
    border_start = text.index("along the border")
    mentions = (
        _mention(text, "Pakistan", pak),
        _mention(text, "Tehran", tehran),
        _mention(text, "Baluchistan", bal),
        _mention(text, "Pakistan", pak, border_start),
        _mention(text, "Iran", irn, border_start),
        _mention(text, "Islamabad", isb),
        _mention(text, "Afghanistan", afg),
    )
    border_span = _span(text, "the border between Pakistan and Iran")
    border_loc = EventLocation(
        names.get("border:IRN|PAK", "Iran–Pakistan border"), "border", "border:IRN|PAK",
        28.9, 61.6, "site", border_span,
    )

    def ev(i: int, typ: str, sub: str, trig: str, sent: str, loc: EventLocation, prec: int, day: int,
           acts: tuple[str, ...], cameo: str | None = None, fat: int | None = None,
           places: tuple[EventLocation, ...] = ()) -> Event:
        ts, te = _span(text, trig)
        return Event(
            id=f"ev{i}", article_id=article_id, type=typ, subtype=sub, trigger=Span(ts, te),
            sentence=_sentence(text, sent), rule=f"rule:{sub.lower()}",
            actors=actors if actors is not None else acts, location=loc, precision=prec,
            date=date + dt.timedelta(days=day), time_precision=1, fatalities=fat, cameo=cameo,
            places=places,
        )

    events = (
        ev(1, "Diplomacy", "Make a visit", "arrived", "arrived", _loc(tehran, text, "Tehran"), 1, 0,
           ("Military Forces of Pakistan",), "042", places=(_loc(pak, text, "Pakistan", "actor_base"),)),
        ev(2, "Strategic developments", "Agreement", "agreed", "agreed",
           _loc(tehran, text, "Tehran"), 2, 0, ("Pakistan", "Iran"), "057"),
        ev(3, "Battles", "Armed clash", "attacked", "attacked", _loc(bal, text, "Baluchistan"), 3, -1,
           ("Unidentified Armed Group", "Police Forces of Pakistan"), fat=4),
        ev(4, "Battles", "Armed clash", "attacks along", "separatists", border_loc, 3, -20,
           ("Baloch Separatists",)),
        ev(5, "Diplomacy", "Accuse", "accused", "accused", _loc(afg, text, "Afghanistan"), 3, 0,
           ("Pakistan", "Taliban"), "112", places=(_loc(isb, text, "Islamabad", "actor_base"),)),
    )
    article = Article(article_id, title, text, date, url, "story.txt")
    return Result((ArticleResult(article, mentions, events),))


def hostile_result() -> Result:
    """Every payload in the title, text, place names and actors; a javascript: URL."""
    p = PAYLOADS
    text = (
        f"{p[0]} Pakistan's army chief arrived in Tehran {p[1]} on Monday. "
        f"Both sides agreed {p[2]} to share intelligence. "
        f"On Sunday gunmen attacked a post in Baluchistan {p[3]}. "
        f"Officials said {p[4]} separatists made attacks along the border between Pakistan and Iran. "
        f"Islamabad {p[5]} also accused Afghanistan {p[6]} {p[7]}."
    )
    names = {
        "gn:112931": p[0], "PK-BA": p[3], "PAK": p[1], "IRN": p[2], "AFG": p[5], "gn:1176615": p[4],
        "border:IRN|PAK": p[6],
    }
    return build_result(text=text, title=" ".join(p), url=BAD_URLS[0], names=names, actors=p)


def many_articles(n: int) -> Result:
    """``n`` variants of the story (for the benchmark and the clustering test)."""
    out = []
    for i in range(n):
        r = build_result(article_id=f"a{i}", date=dt.date(2026, 1, 1) + dt.timedelta(days=i % 300),
                         title=f"Report {i}")
        ar = r.articles[0]
        evs = tuple(
            Event(**{**{f: getattr(e, f) for f in e.__slots__}, "id": f"a{i}-{e.id}",
                     "location": _jitter(e.location, i) if e.location and e.location.kind == "place" else e.location})
            for e in ar.events
        )
        out.append(ArticleResult(ar.article, ar.mentions, evs))
    return Result(tuple(out))


def _jitter(loc: EventLocation, i: int) -> EventLocation:
    d = ((i * 37) % 100 - 50) / 100.0
    return EventLocation(loc.name, loc.kind, loc.id, loc.lat + d, loc.lon - d, loc.role, loc.mention)


# --------------------------------------------------------------------------- geometry for tests
import pytest  # noqa: E402


@pytest.fixture
def areas():
    """The embedded geo.places.areas, with geo.maps.layers' caches cleared around the test."""
    import geo.maps.layers as layers
    import geo.places.areas as real

    layers._clear_caches()
    yield real
    layers._clear_caches()
