"""What st_folium reports, read the same way by every reader (geo.appstate.review)."""
from __future__ import annotations

import pytest

from geo.appstate.review import clicked_feature, point_from_map, view_from_map


@pytest.mark.parametrize(
    ("lat", "lng", "expected"),
    [
        (30.2, 427.0, (30.2, 67.0)),  # a world copy to the east wraps back
        (-12.123456, -540.0, (-12.12346, -180.0)),
        (1, 999_999, (1.0, -81.0)),
        (1, 1_000_001, None),  # far beyond any world copy Leaflet shows
        (1, float("-inf"), None),
        (True, 3, None),  # a boolean is no coordinate
    ],
)
def test_the_view_and_the_click_read_a_point_alike(lat, lng, expected) -> None:
    assert point_from_map({"last_clicked": {"lat": lat, "lng": lng}}) == expected
    view = view_from_map({"center": {"lat": lat, "lng": lng}, "zoom": 5})
    assert (None if view is None else (view.lat, view.lon)) == expected


@pytest.mark.parametrize(
    "returned",
    [None, [], {"last_active_drawing": "x"}, {"last_active_drawing": {"properties": ["layer", "id"]}},
     {"last_active_drawing": {"properties": {"layer": "event", "id": "e9"}}}],
)
def test_a_click_on_nothing_known_is_no_feature(returned) -> None:
    assert clicked_feature(returned, {"event": ["e1"]}) is None


def test_a_click_on_a_known_feature_names_it() -> None:
    returned = {"last_active_drawing": {"properties": {"layer": "event", "id": "e1"}}}
    assert clicked_feature(returned, {"event": ["e1"]}) == ("event", "e1")
