"""GeoJSON features as the browser gets them: coordinates (lon, lat, EPSG:4326) rounded to keep
pages and files small. Shared by the data layers (:mod:`geo.maps.render`) and the basemap
outlines (:mod:`geo.maps.outlines`)."""
from __future__ import annotations

import numpy as np
import shapely
from shapely.geometry import mapping

__all__ = ["feature", "collection"]


def collection(features: list[dict]) -> dict:
    """A GeoJSON FeatureCollection of ``features``."""
    return {"type": "FeatureCollection", "features": features}


def feature(fid: str, geom, props: dict, digits: int = 4) -> dict:
    """A GeoJSON feature; coordinates rounded (4 digits ≈ 10 m, 3 ≈ 100 m).

    >>> from shapely.geometry import Point
    >>> feature("q1", Point(67.123456, 30.1), {"layer": "place"})["geometry"]["coordinates"]
    (67.1235, 30.1)
    """
    geom = shapely.transform(geom, lambda xy: np.round(xy, digits))
    return {"type": "Feature", "id": fid, "properties": props, "geometry": mapping(geom)}
