"""A site told as a distance and a bearing from a town (geo.events.offsets)."""
from __future__ import annotations

import pytest
from event_fixtures import PLACES, read


def _strike(text: str):
    (e,) = [e for e in read(text) if e.type != "Diplomacy"]
    return e


def test_a_strike_told_as_a_distance_and_bearing_from_a_town_is_placed_there():
    e = _strike("A drone strike about 60 km north of Quetta killed three militants on Sunday.")
    quetta = PLACES["Quetta"]
    assert e.location.name == "60 km north of Quetta"
    assert e.location.lat == pytest.approx(quetta.lat + 60 / 111.2, abs=0.01)
    assert e.location.lon == pytest.approx(quetta.lon, abs=0.01)
    assert e.precision == 2


def test_miles_and_a_compound_bearing_after_the_towns_kind():
    e = _strike("Gunmen ambushed a convoy 25 miles south-west of the provincial capital, Quetta, on Monday.")
    quetta = PLACES["Quetta"]
    assert e.location.name == "40 km southwest of Quetta"
    assert e.location.lat < quetta.lat and e.location.lon < quetta.lon


@pytest.mark.parametrize(
    "text",
    [
        "A bomb went off in a market 65 km from Quetta on Monday.",  # no bearing: it cannot be projected
        "A bomb went off in a market 5 km north of Quetta on Monday.",  # as near as the town itself
    ],
)
def test_a_distance_that_cannot_or_need_not_be_projected_leaves_the_town(text):
    assert _strike(text).location.name == "Quetta"
