"""A place named with the area of a state that holds it is a site, not an organisation's name
(geo.events.actors, then geo.events.places)."""
from __future__ import annotations

import pytest

from geo.pipeline import analyse_text


@pytest.mark.parametrize(
    "text, where",
    [
        ("Gunmen killed five farmers in Bokkos Local Government Area of Plateau State on Sunday.", "Bokkos"),
        ("Bandits kidnapped twelve travellers in Kajuru LGA of Kaduna State on Tuesday.", "Kajuru"),
    ],
)
def test_a_local_government_area_of_a_state_is_the_site(text, where):
    events = [e for e in analyse_text(text, date="2025-04-02").articles[0].events if e.modality == "asserted"]
    assert [e.location.name if e.location else None for e in events] == [where]
    assert all("Local Government" not in a and "LGA" not in a for e in events for a in e.actors)
