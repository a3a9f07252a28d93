"""The app's choices about events that are told but did not happen (geo.appstate.state)."""
from __future__ import annotations

import pytest

from geo.appstate import state as appstate
from geo.errors import InputError
from geo.maps import layers
from geo.pipeline import analyse_text

TEXT = (
    "QUETTA, 12 May 2025 — Gunmen killed two police officers in Quetta on Sunday. "
    "The interior minister will visit Quetta next week. "
    "Separatists have long been plagued by infighting, and militants often attack convoys near Quetta."
)


def test_default_filters_draw_asserted_events_and_list_the_others():
    result = analyse_text(TEXT)
    every = layers.build(result, appstate.make_filters(modalities=None))
    shown = layers.build(result, appstate.make_filters())
    assert set(shown.events["modality"]) == {"asserted"}
    rows = appstate.not_drawn_rows(every.events, shown.events)
    assert rows and {r["modality"] for r in rows} <= {"planned", "background"}
    assert {r["id"] for r in rows}.isdisjoint(set(shown.events["id"]))
    assert len(rows) + len(shown.events) == len(every.events)


def test_modalities_travel_in_share_links_and_old_links_draw_the_default():
    f = appstate.make_filters(modalities=None)
    assert appstate.filters_from_dict(appstate.filters_to_dict(f)).modalities is None
    old = {"types": None, "countries": None, "start": None, "end": None, "max_precision": 3, "include_undated": True}
    assert appstate.filters_from_dict(old).modalities == layers.DRAWN_MODALITIES
    with pytest.raises(InputError):
        appstate.filters_from_dict({**old, "modalities": "asserted"})


def test_a_border_only_background_events_refer_to_is_drawn_as_context():
    text = ("TEHRAN, 12 May 2025 — Iran and Pakistan agreed on Sunday to share intelligence. "
            "Militants have often attacked guards along the border between Iran and Pakistan.")
    result = analyse_text(text)
    shown = layers.build(result)
    assert not any(shown.events["location_kind"] == "border")  # the habit is not drawn as an event
    assert len(shown.borders) == 1 and int(shown.borders["events"].iloc[0]) == 0
    every = layers.build(result, layers.Filters(modalities=None))
    again = layers.from_frames(every.events, every.places, layers.Filters())  # a batch, opened
    assert list(again.borders["id"]) == list(shown.borders["id"])
