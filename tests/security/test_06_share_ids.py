"""Item 6: unknown, tampered or neighbouring share id -> plain "not found", no traceback; ≥128-bit ids."""
from __future__ import annotations

import math
from collections import Counter

import pytest

from geo.appstate import state as appstate
from geo.errors import NotFoundError
from geo.ingest import readers as ingest
from geo.store.share import ID_LENGTH, new_id, validate_id
from geo.store.sqlite import SQLiteStore
from security.payloads import button, page_text, run_app


def _neighbours(map_id: str) -> list[str]:
    """Every id one character away (each position +1 in the alphabet), and a case swap."""
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    out = []
    for i, ch in enumerate(map_id):
        out.append(map_id[:i] + alphabet[(alphabet.index(ch) + 1) % 64] + map_id[i + 1:])
    out.append(map_id.swapcase())
    return [x for x in out if x != map_id]


def test_every_neighbour_of_a_saved_map_is_not_found(tmp_path):
    store = SQLiteStore(tmp_path / "maps.sqlite3")
    map_id = store.save({"articles": []})
    for other in _neighbours(map_id) + [map_id[:-1], map_id + "A", " " + map_id, map_id + "\n"]:
        with pytest.raises(NotFoundError) as info:
            store.load(other)
        assert str(info.value).startswith("no saved map with id")
    assert store.load(map_id) == {"articles": []}


def test_ids_look_uniformly_random():
    """≥128 bits: 24 random bytes per id, and no character position is biased."""
    ids = [new_id() for _ in range(4000)]
    assert len(set(ids)) == len(ids) and all(len(i) == ID_LENGTH and validate_id(i) == i for i in ids)
    assert ID_LENGTH * 6 >= 128
    for pos in range(ID_LENGTH):
        counts = Counter(i[pos] for i in ids)
        # 64 symbols, 4000 draws: each ~62.5; a fixed or sequential character would be far off
        assert len(counts) > 50 and max(counts.values()) < 62.5 + 6 * math.sqrt(62.5), (pos, counts.most_common(2))


def test_app_shows_not_found_for_a_neighbour_of_a_real_saved_map(app_data_dir):
    from geo.store.backends import open_store

    article = ingest.from_text("Talks in Quetta\nOfficials met in Quetta on Monday.")
    map_id = open_store().save(appstate.share_payload(appstate.SavedMap((article,))))
    opened = run_app({"map": map_id})
    assert opened.title[0].value == "Borderlines"  # the real one opens
    for other in _neighbours(map_id)[:3] + [map_id.swapcase()]:
        at = run_app({"map": other})
        assert at.title[0].value == "Map not found"
        shown = page_text(at)
        assert "Traceback" not in shown and "Error" not in shown and other not in shown
        assert not at.dataframe
    button(at, "Start a new map").click().run()
    assert not at.exception and at.title[0].value == "Borderlines"
