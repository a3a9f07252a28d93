"""The lone far outlier: a small place read far from everything else the article names.

News articles are geographically coherent: their places lie in one or two countries. When all
the names of an article are resolved and one of them is read as a small place (fewer than
:data:`SMALL_POP` people) more than :data:`FAR_KM` from every other place of the article, the
only place of its country while at least :data:`MIN_SHARED` other names share one country, that
reading is most likely wrong: the name is a word or a person's name that happens to name a
hamlet abroad ("Kano" in a story about Japan), or a namesake of a place in the article's own
country that lost on population. Then the name takes its reading in the article's country when
it has one, else it is dropped.

>>> from geo.models import Place
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

from geo.models import Place
from geo.places.geodesy import distance_km

__all__ = ["lone_outliers", "SMALL_POP", "FAR_KM", "MIN_SHARED"]

#: A reading of fewer people than this may be an outlier (a hamlet, not a town news travels to).
SMALL_POP = 10_000
#: ... when it lies farther than this from every other place of the article.
FAR_KM = 1_000.0
#: ... and at least this many other names of the article share one country.
MIN_SHARED = 2

#: Kinds whose point says where the place is (a continent's or a sea's does not).
_POINTED = frozenset({"place", "admin1", "admin2", "country"})


def lone_outliers(picks: Sequence[tuple[Sequence[Place], Sequence[int]] | None]) -> dict[int, int | None]:
    """For each name of an article that is a lone far outlier (see the module docstring): the
    index of its reading in the article's country, or None when it has none (drop the name).

    ``picks[g]``: the readings of name ``g`` and their indices best first (None for a name with
    no reading). Names that are no outlier are not in the answer.
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
    return out
