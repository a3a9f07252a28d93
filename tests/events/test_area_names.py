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
        ("Troops killed two bandits in Bassa Local Government Area of Plateau State.", "Bassa"),
        # the gazetteer knows "Sennar", not "Sennar State": the rank word makes no organisation of it
        ("Militiamen shot dead nine herders in a village in Sennar State on Monday.", "Sennar"),
        ("The paramilitary force raided a village in Gezira State on Friday, killing 30 people.", "Al Jazirah"),
    ],
)
def test_an_area_named_with_its_state_is_the_site_not_an_organisation(text, where):
    events = [e for e in analyse_text(text, date="2025-04-02").articles[0].events if e.modality == "asserted"]
    assert [e.location.name if e.location else None for e in events] == [where]
    assert not any(a.endswith("State") for e in events for a in e.actors)


def test_a_towns_resistance_committee_is_no_site():
    # Sudan's neighbourhood "resistance committees" are named after their town; the committee
    # that reports a village attack says who speaks, not where the village is
    text = "Militiamen stormed a village on Tuesday, killing 40 people, the Kosti Resistance Committee said."
    events = [e for e in analyse_text(text, date="2024-06-12").articles[0].events if e.modality == "asserted" and e.type != "Diplomacy"]
    assert len(events) == 1
    assert events[0].location is None or events[0].location.name != "Kosti"

