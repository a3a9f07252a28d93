"""Great-circle distance: the one function every stage uses (resolution, scoring, the app, the builder).

Haversine on a sphere of the mean Earth radius (IUGG, 6,371.0088 km). Over the distances the
product compares (tens to thousands of kilometres, thresholds such as A@161) it differs from
the ellipsoidal distance by at most ~0.5 %, and it costs a fraction of a microsecond where a
pyproj ``Geod.inv`` call costs several: resolution calls it for every pair of candidates.
Line lengths, where the ellipsoid matters (a border of 810 km), use pyproj's Geod in
:mod:`geo.places.areas`.

>>> round(distance_km(33.6844, 73.0479, 35.6892, 51.3890))  # Islamabad – Tehran
1989
>>> distance_km(10.0, 20.0, 10.0, 20.0)
0.0
"""
from __future__ import annotations

import math

__all__ = ["EARTH_RADIUS_KM", "distance_km"]

EARTH_RADIUS_KM = 6371.0088


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres between two (lat, lon) points in degrees (EPSG:4326)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))
