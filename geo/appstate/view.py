"""The map's view (centre and zoom) and the view that fits given bounds."""
from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from geo.errors import InputError
from geo.errors import show as _show


@dataclass(frozen=True, slots=True)
class View:
    """Where the map looks: centre (lat, lon, folium order) and Leaflet zoom level (the app's map
    snaps zoom to quarters, so a fractional zoom is kept as it is)."""

    lat: float
    lon: float
    zoom: float

    def __post_init__(self) -> None:
        if not (isinstance(self.lat, (int, float)) and isinstance(self.lon, (int, float))):
            raise InputError(f"map view needs numbers, got lat={self.lat!r} lon={self.lon!r}")
        if not (math.isfinite(self.lat) and math.isfinite(self.lon)) or abs(self.lat) > 90 or abs(self.lon) > 180:
            raise InputError(f"map view centre out of range: lat={self.lat!r} lon={self.lon!r}")
        if (isinstance(self.zoom, bool) or not isinstance(self.zoom, (int, float))
                or not math.isfinite(self.zoom) or not 0 <= self.zoom <= 19):
            raise InputError(f"map zoom must be a number 0..19, not {self.zoom!r}")

    @property
    def center(self) -> tuple[float, float]:
        """(lat, lon), as folium and st_folium take it."""
        return (float(self.lat), float(self.lon))

    def to_dict(self) -> dict[str, Any]:
        zoom = float(self.zoom)
        return {"lat": float(self.lat), "lon": float(self.lon), "zoom": int(zoom) if zoom.is_integer() else zoom}

    @classmethod
    def from_dict(cls, d: Any) -> View:
        if not isinstance(d, Mapping) or set(d) != {"lat", "lon", "zoom"}:
            raise InputError(f"map view: expected lat, lon and zoom, got {_show(d)}")
        return cls(d["lat"], d["lon"], d["zoom"])


def view_for_bounds(bounds: tuple[float, float, float, float] | None) -> View:
    """A view showing ``bounds`` = (min lon, min lat, max lon, max lat) (GeoJSON order).

    With no bounds, a world view. The zoom is the largest whose 256-pixel tiles fit the box in
    a ~900-pixel-wide map, capped at 10 so a single town still shows its surroundings.
    """
    if bounds is None or not all(math.isfinite(b) for b in bounds):
        return View(20.0, 0.0, 2)
    w, s, e, n = bounds
    lat, lon = (s + n) / 2, (w + e) / 2
    span = max(e - w, (n - s) * 1.6, 0.05)  # latitude degrees "cost" more on a Mercator map
    zoom = int(math.floor(math.log2(360 * 900 / 256 / span / 1.4)))
    return View(round(lat, 5), round(lon, 5), max(1, min(10, zoom)))
