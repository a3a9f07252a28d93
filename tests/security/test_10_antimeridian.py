"""Item 10: geometry crossing the antimeridian -> split; map bounds do not span the globe.

Regression for a fix in geo.maps.layers: ``Layers.bounds`` took the plain box of Fiji's or
Chukotka's parts (-179.9 .. 179.9), so the map zoomed out to the whole world.
"""
from __future__ import annotations

import json

import numpy as np
import pytest

from geo.appstate import state as appstate
from geo.maps import export, layers
from geo.maps import render as maps
from geo.maps.layers import _lon_span

AREAS = {"fiji": ("FJI", "country", "Fiji"), "chukotka": ("RU-CHU", "admin1", "Chukotka")}


@pytest.fixture(scope="module", params=sorted(AREAS))
def story(request):
    """An event placed on an area that straddles the antimeridian (built by hand, so the test
    does not depend on which sentences the event rules read)."""
    import datetime as dt

    from geo.models import Article, ArticleResult, Event, EventLocation, Mention, Result, Span
    from geo.places import gazetteer

    area_id, kind, name = AREAS[request.param]
    place = gazetteer.get(area_id)
    text = f"Storm in {name}\nA storm hit {name} on Monday."
    start = text.rindex(name)
    article = Article("a1", f"Storm in {name}", text, dt.date(2024, 3, 4))
    event = Event("e1", "a1", "Strategic developments", "Disrupted weapons use", Span(start - 4, start - 1),
                  Span(text.index("A storm"), len(text)), "test", location=EventLocation(
                      name, kind, area_id, place.lat, place.lon, "site", (start, start + len(name))),
                  precision=3, date=dt.date(2024, 3, 4))
    mention = Mention(start, start + len(name), name, place, 0.9)
    return Result((ArticleResult(article, (mention,), (event,)),))


def _flatten(c):
    if isinstance(c[0], (int, float)):
        return [c]
    return [p for x in c for p in _flatten(x)]


def test_bounds_hug_the_content(story):
    lay = layers.build(story)
    assert len(lay.events) >= 1
    plain = lay.events.total_bounds
    assert plain[2] - plain[0] > 300  # the area really straddles the antimeridian
    w, s, e, n = lay.bounds()
    assert e - w < 40, (w, e)  # not -180..180
    assert -180 <= (w + e) / 2 <= 180
    view = appstate.view_for_bounds(lay.bounds())
    assert view.zoom >= 3


def test_map_fits_a_narrow_box(story):
    html = maps.build_map(layers.build(story)).get_root().render()
    fit = json.loads(html.split("map.fitBounds(", 1)[1].split(", {", 1)[0])
    (s, w), (n, e) = fit
    assert e - w < 40


def test_geojson_parts_are_split_at_the_antimeridian(story):
    fc = export.geojson_dict(story)
    for f in fc["features"]:
        geom = f["geometry"]
        polys = [geom["coordinates"]] if geom["type"] == "Polygon" else geom["coordinates"] if geom["type"] == "MultiPolygon" else []
        for poly in polys:
            lons = np.array(_flatten(poly))[:, 0]
            assert lons.min() >= -180 and lons.max() <= 180
            assert lons.max() - lons.min() < 180, f["properties"]["id"]  # no part wraps the globe


@pytest.mark.parametrize("boxes, expected", [
    ([(10, 0, 20, 1)], (10, 20)),
    ([(10, 0, 20, 1), (-30, 0, -20, 1)], (-30, 20)),
    ([(175, 0, 179.9, 1), (-179.9, 0, -178, 1)], (175, 182)),
    ([(-179.9, 0, -170, 1), (178, 0, 179.9, 1)], (-182, -170)),  # centre 184 -> -176
    ([(-179.9, 0, -150, 1), (170, 0, 179.9, 1)], (-190, -150)),  # centre kept within -180..180
    ([(-170, 0, 170, 1)], (-170, 170)),
])
def test_lon_span(boxes, expected):
    w, e = _lon_span(np.array(boxes, dtype=float))
    assert (round(w, 1), round(e, 1)) == expected
