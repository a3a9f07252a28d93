"""Mob violence is a crowd's, not a village guard's (the mob-violence rule of geo/lang/en/events.toml)."""
from __future__ import annotations

import pytest

from geo.pipeline import analyse_text


@pytest.mark.parametrize(
    "text",
    [
        "Community vigilantes tried to repel the kidnappers but were outgunned, residents said on Monday.",
        "The vigilantes fought the gunmen for an hour before the soldiers arrived.",
    ],
)
def test_vigilantes_defending_their_village_are_no_mob(text):
    events = analyse_text(text, date="2024-06-12").articles[0].events
    assert not [e for e in events if e.subtype == "Mob violence"]
