"""The lone far outlier: a small place read far from everything else the article names.

News articles are geographically coherent: their places lie in one or two countries. When all
the names of an article are resolved and one of them is read as a small place (fewer than
:data:`SMALL_POP` people) more than :data:`FAR_KM` from every other place of the article, the
only place of its country while at least :data:`MIN_SHARED` other names share one country, that
reading is most likely wrong: the name is a word or a person's name that happens to name a
hamlet abroad ("Kano" in a story about Japan), or a namesake of a place in the article's own
country that lost on population. Then the name takes its reading in the article's country when
it has one, else it is dropped.

>>> from geo.models import FEATURE_POPULATION, Place
>>> def town(pid, cc, lat, lon, pop=50_000):
...     return Place(pid, pid, "place", lat, lon, cc, None, pop)
>>> picks = [((town("a", "SD", 13.6, 25.3),), [0]), ((town("b", "SD", 15.5, 32.5),), [0]),
...          ((town("far", "US", 40.0, -90.0, 800), town("near", "SD", 12.0, 24.0, 900)), [0, 1])]
>>> lone_outliers(picks)
{2: 1}
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from geo.models import FEATURE_POPULATION, Place
from geo.places.geodesy import distance_km
from geo.places.normalize import normalize_cached

__all__ = ["lone_outliers", "SMALL_POP", "FAR_KM", "MIN_SHARED", "MAX_FOREIGN", "FOREIGN_POP"]

#: A reading of fewer people than this may be an outlier (a hamlet, not a town news travels to).
SMALL_POP = 10_000
#: ... when it lies farther than this from every other place of the article.
FAR_KM = 1_000.0
#: ... and at least this many other names of the article share one country.
MIN_SHARED = 2

#: A country the article never names, where it would place at most this many names, all towns
#: smaller than :data:`FOREIGN_POP`, far from every other place: those readings are outliers too
#: ("Independence" and "Red Cross" read as towns of the US in a story about Mexico City that
#: never names the US: a monument's and a charity's names).
MAX_FOREIGN = 2
FOREIGN_POP = 200_000

#: Kinds whose point says where the place is (a continent's or a sea's does not).
_POINTED = frozenset({"place", "admin1", "admin2", "country"})


def lone_outliers(
    picks: Sequence[tuple[Sequence[Place], Sequence[int]] | None], organisations: frozenset[int] = frozenset(),
    mentions: Sequence[int] | None = None,
) -> dict[int, int | None]:
    """For each name of an article that is a lone far outlier (see the module docstring): the
    index of its reading in the article's country, or None when it has none (drop the name).

    ``picks[g]``: the readings of name ``g`` and their indices best first (None for a name with
    no reading). Names that are no outlier are not in the answer. ``organisations``: the names
    read inside an organisation's name ("Nokia, the Finnish telecoms group"), which say nothing of
    where the story is and are kept as they are by :func:`_unnamed_lands`. ``mentions[g]``: how
    often name ``g`` is mentioned (a country named twice says where the story is; one each when
    not given).
    """
    chosen: list[Place | None] = [pick[0][pick[1][0]] if pick is not None and pick[1] else None for pick in picks]
    by_country = Counter(p.country for p in chosen if p is not None and p.country)
    out: dict[int, int | None] = {}
    for g, p in enumerate(chosen):
        if p is None or p.kind != "place" or p.population >= SMALL_POP or not p.country:
            continue
        if by_country[p.country] > 1:
            continue  # another name of the article is in its country
        others = Counter({c: n for c, n in by_country.items() if c != p.country})
        if not others:
            continue
        home, shared = min(others.items(), key=lambda cn: (-cn[1], cn[0]))
        if shared < MIN_SHARED:
            continue
        pointed = [q for h, q in enumerate(chosen) if h != g and q is not None and q.kind in _POINTED]
        if not pointed or any(distance_km(p.lat, p.lon, q.lat, q.lon) <= FAR_KM for q in pointed):
            continue
        readings, order = picks[g]
        out[g] = next((i for i in order[1:] if readings[i].country == home), None)
    for g, i in _far_features(picks, chosen, by_country).items():
        out.setdefault(g, i)
    told = Counter()
    for g, p in enumerate(chosen):
        if p is not None and p.country:
            told[p.country] += mentions[g] if mentions is not None else 1
    for g, i in _unnamed_lands(picks, chosen, by_country, told).items():
        if g not in out and g not in organisations:
            out[g] = i
    return out


def _far_features(
    picks: Sequence[tuple[Sequence[Place], Sequence[int]] | None], chosen: list[Place | None], by_country: Counter,
) -> dict[int, int | None]:
    """The names read as rivers or canals of the gazetteer's derived features (population
    :data:`geo.models.FEATURE_POPULATION`) whose point lies farther than :data:`FAR_KM` from
    every other place of an article whose names share a country (at least :data:`MIN_SHARED`):
    a namesake far away ("the Red River" of Vietnam in a story about Minnesota; Natural Earth
    lacks that one). Each takes its next reading within FAR_KM of the article's places, else it
    is dropped: the name is left unresolved, as a feature the gazetteer lacks."""
    if not by_country or max(by_country.values()) < MIN_SHARED:
        return {}
    out: dict[int, int | None] = {}
    for g, p in enumerate(chosen):
        if p is None or p.kind != "region" or p.population != FEATURE_POPULATION:
            continue
        pointed = [q for h, q in enumerate(chosen) if h != g and q is not None and q.kind in _POINTED]
        if not pointed or any(distance_km(p.lat, p.lon, q.lat, q.lon) <= FAR_KM for q in pointed):
            continue
        readings, order = picks[g]
        out[g] = next((i for i in order[1:] if any(
            distance_km(readings[i].lat, readings[i].lon, q.lat, q.lon) <= FAR_KM for q in pointed)), None)
    return out


def _unnamed_lands(
    picks: Sequence[tuple[Sequence[Place], Sequence[int]] | None], chosen: list[Place | None], by_country: Counter,
    told: Counter,
) -> dict[int, int | None]:
    """The names read as towns of a country the article otherwise never speaks of (see
    :data:`MAX_FOREIGN`), far from all its other places, while the article's country is
    mentioned more often (``told``: mentions per country, ``by_country``: names): each takes its
    reading in the article's country when it has one, else it is dropped ("Bambui" read in Brazil
    in a story that names Cameroon twice)."""
    if not told:
        return {}
    home, shared = min(told.items(), key=lambda cn: (-cn[1], cn[0]))
    if shared < MIN_SHARED:
        return {}
    out: dict[int, int | None] = {}
    for land, n in by_country.items():
        if land == home or n > MAX_FOREIGN or told[land] >= shared:
            continue
        names = [g for g, p in enumerate(chosen) if p is not None and p.country == land]
        # (every name of the land is judged, an organisation's among them: "Nokia, the Finnish
        # group" beside a Finnish town makes that town no outlier)
        if any(chosen[g].kind != "place" or chosen[g].population >= FOREIGN_POP for g in names):
            continue  # the land itself, one of its areas or a city news names alone
        # (the anchors are places of lands the article speaks of: its own, an area or a land, or
        # a land told twice; another lone town abroad is no anchor: "Fano" read in Italy is not
        # held near the story by "Kassa", a surname read as Košice, in a story on Ethiopia)
        others = [q for q in chosen if q is not None and q.country != land and q.kind in _POINTED and (
            q.country == home or q.kind != "place" or told[q.country] >= MIN_SHARED)]
        if not others or any(
            distance_km(chosen[g].lat, chosen[g].lon, q.lat, q.lon) <= FAR_KM for g in names for q in others
        ):
            continue
        for g in names:
            # only a namesake at home: another name's alias there ("Juan Rodríguez Clara" for a
            # surname) is no better reading than the far one
            readings, order = picks[g]
            far = normalize_cached(chosen[g].name)
            out[g] = next((i for i in order[1:] if readings[i].country == home and normalize_cached(readings[i].name) == far), None)
    return out
