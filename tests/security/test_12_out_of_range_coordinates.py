"""Item 12: latitude 200, swapped lat/lon -> rejected or flagged.

Coordinates never come from an upload: places come from the embedded gazetteer; the only
coordinates from outside are a saved map's view and the view the browser reports.
"""
from __future__ import annotations

import pytest
from maps_fixtures import areas as areas_fixture  # noqa: F401
from maps_fixtures import build_result

from geo.appstate import state as appstate
from geo.errors import InputError
from geo.maps import layers
from geo.models import ArticleResult, EventLocation, Result
from geo.places import areas, gazetteer

OUT = [(200.0, 10.0), (-91.0, 0.0), (10.0, 181.0), (0.0, -540.0), (1e308, 1e308)]


@pytest.mark.parametrize("lat, lon", OUT)
def test_views_and_lookups_refuse_out_of_range(lat, lon):
    with pytest.raises(InputError):
        appstate.View(lat, lon, 5)
    with pytest.raises(InputError):
        appstate.saved_map_from_payload({"kind": appstate.PAYLOAD_KIND, "version": appstate.PAYLOAD_VERSION,
                                         "articles": [{"id": "a", "title": "t", "text": "Quetta"}],
                                         "view": {"lat": lat, "lon": lon, "zoom": 4}})
    with pytest.raises(InputError):
        areas.locate(lat, lon)


def test_the_browser_view_is_range_checked():
    assert appstate.view_from_map({"center": {"lat": 200.0, "lng": 10.0}, "zoom": 5}) is None
    assert appstate.view_from_map({"center": {"lat": 10.0, "lng": 1e9}, "zoom": 5}) is None
    # a panned-around longitude is wrapped, not refused
    assert appstate.view_from_map({"center": {"lat": 10.0, "lng": 370.0}, "zoom": 5}).lon == pytest.approx(10.0)


@pytest.mark.parametrize("lat, lon", OUT)
def test_an_out_of_range_event_is_not_drawn(areas_fixture, lat, lon):
    ar = build_result().articles[0]
    events = tuple(e if e.id != "ev1" else e.__class__(**{**{f: getattr(e, f) for f in e.__slots__},
                   "location": EventLocation("Far", "place", "gn:2", lat, lon)}) for e in ar.events)
    lay = layers.build(Result((ArticleResult(ar.article, ar.mentions, events),)))
    assert "ev1" not in set(lay.events["id"]) and len(lay.events) == len(events) - 1
    w, s, e, n = lay.bounds()
    assert -90 <= s <= n <= 90


def test_gazetteer_coordinates_are_not_swapped():
    """Flagged: a place's point lies in its own country (swapped lat/lon would not)."""
    names = ["Quetta", "Lahore", "Tehran", "Kabul", "Delhi", "Nairobi", "Madrid", "Moscow", "Ankara",
             "Baghdad", "Riyadh", "Kinshasa", "Beijing", "Ottawa", "Bamako"]
    checked = 0
    for name in names:
        place = gazetteer.lookup(name)[0]
        country, _ = areas.locate(place.lat, place.lon)
        swapped = areas.locate(place.lon, place.lat)[0] if abs(place.lon) <= 90 else None
        assert country is not None and country.country == place.country, (name, place, country)
        assert swapped is None or swapped.country != place.country
        checked += 1
    assert checked == len(names)
