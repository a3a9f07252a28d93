"""Rivers and canals derived from Natural Earth (geo/places/build/features.py): the reading of
the source package's per-country lines on invented data, and the committed gazetteer's rows."""
from __future__ import annotations

import json
import sqlite3
import zlib
from pathlib import Path

import pytest

from geo.places import gazetteer
from geo.places.build.features import read_features

ROOT = Path(__file__).resolve().parents[2]


def _maps(path: Path, countries: dict[str, list[tuple[str, list[tuple[float, float]]]]]) -> Path:
    """A maps.sqlite3 laid out like the source package's: one zlib'd JSON payload per country."""
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE country_map (alpha2 TEXT PRIMARY KEY, name TEXT, payload BLOB, uncompressed_bytes INTEGER, sha256 TEXT)")
    for alpha2, rivers in countries.items():
        payload = json.dumps({"alpha2": alpha2, "rivers": [{"name": n, "points": [list(p) for p in pts]} for n, pts in rivers],
                              **_falling_east()})
        db.execute("INSERT INTO country_map VALUES (?, ?, ?, ?, '')", (alpha2, alpha2, zlib.compress(payload.encode()), len(payload)))
    db.commit()
    db.close()
    return path


def _falling_east() -> dict:
    """An elevation grid (the package's fields) whose ground falls 10 m a degree eastwards
    from 2,000 m at 80W, over 40S to 10N: every invented river below runs east."""
    import numpy as np

    cols = np.arange(120)
    cells = np.tile((2000 - 10 * cols).astype("<i2"), (50, 1))
    return {"elevation": cells.tobytes().hex(), "rows": 50, "columns": 120, "south": -40.0, "west": -80.0,
            "latitudeStep": 1.0, "longitudeStep": 1.0}


@pytest.fixture
def invented(tmp_path) -> Path:
    # Invented rivers: the Velmar crosses from ZM into MZ; two unrelated Ostra rivers; a
    # river the source already calls "... River"; a canal; a name in two spellings; lines that
    # are no named river (an unnamed "River", a branch).
    return _maps(tmp_path / "maps.sqlite3", {
        "ZM": [("Velmar", [(30.0, -15.0), (31.0, -15.2)]), ("Ostra", [(28.0, -12.0), (28.5, -12.5)]),
               ("River", [(29.0, -14.0), (29.5, -14.5)]), ("Velmar branch", [(30.2, -15.1), (30.4, -15.6)])],
        "MZ": [("Velmar", [(31.0, -15.2), (33.0, -15.8)]), ("Kesh Darya", [(35.0, -13.0), (36.0, -13.0)])],
        "PE": [("Ostra", [(-75.0, -10.0), (-74.0, -10.5)]), ("Tamsin River", [(-73.0, -9.0), (-72.0, -9.0)]),
               ("Brask Canal", [(-76.0, -11.0), (-76.5, -11.2)]), ("Orrin / Tally", [(-71.0, -8.0), (-70.0, -8.0)])],
    })


def test_one_river_across_countries_and_namesakes_apart(invented) -> None:
    features = {f.id: f for f in read_features(invented)}
    velmar = features["region:river-velmar"]
    assert velmar.countries == ("MZ", "ZM") and velmar.names == ("Velmar River", "River Velmar")
    # its point is its mouth: its lowest end, downstream in MZ
    assert (velmar.lon, velmar.lat) == (33.0, -15.8)
    # one name, two rivers far apart: each gets its countries in its id
    assert {"region:river-ostra-pe", "region:river-ostra-zm"} <= set(features)
    assert features["region:river-tamsin"].names == ("Tamsin River", "River Tamsin")
    assert features["region:canal-brask"].names == ("Brask Canal",) and features["region:canal-brask"].kind == "canal"
    # a name with a river word of its own stands alone too; "A / B" gives both names
    assert features["region:river-kesh-darya"].names[0] == "Kesh Darya"
    assert {"Orrin River", "Tally River"} <= set(features["region:river-orrin"].names)
    assert not any("branch" in i or i == "region:river-river" for i in features)


def test_small_builds_keep_the_rivers_of_their_countries(invented) -> None:
    ids = {f.id for f in read_features(invented, only={"PE"})}
    assert "region:river-tamsin" in ids and "region:river-velmar" not in ids


def test_reading_is_deterministic(invented) -> None:
    assert read_features(invented) == read_features(invented)


# -- the committed gazetteer -------------------------------------------------------------------


@pytest.mark.parametrize(("name", "river"), [("Kafue River", "region:river-kafue"), ("River Kafue", "region:river-kafue"),
                                              ("Ruvuma River", "region:river-ruvuma"), ("Caledonian Canal", "region:canal-caledonian"),
                                              ("Sefid Rud", "region:river-sefid-rud")])
def test_rivers_and_canals_are_regions(name: str, river: str) -> None:
    hit = gazetteer.lookup(name)[0]
    assert hit.id == river and hit.kind == "region"


def test_a_river_carries_its_countries() -> None:
    assert gazetteer.load().region_countries("region:river-ruvuma") == ("MZ", "TZ")


def test_a_bare_single_word_is_no_river() -> None:
    # "Kafue" is the town; the river is read only where the text says "river"
    assert all(not h.id.startswith("region:river-") for h in gazetteer.lookup("Kafue"))


def test_the_hand_curated_river_wins_its_names() -> None:
    import pyarrow.feather as feather

    hits = [h for h in gazetteer.lookup("Zambezi River") if h.kind == "region"]
    assert [h.id for h in hits] == ["region:river-zambezi"]
    assert (hits[0].lat, hits[0].lon) == (-16.0, 28.5)  # regions.tsv's point, not Natural Earth's
    regions = feather.read_table(ROOT / "data" / "regions.arrow").to_pydict()
    source = dict(zip(regions["id"], regions["source"]))
    assert source["region:river-zambezi"] == "hand-curated"
    assert source["region:river-kafue"].startswith("Natural Earth")


def test_towns_of_the_name_come_first() -> None:
    # Peace River is a town in Alberta as well as the river it stands on.
    ids = [h.id for h in gazetteer.lookup("Peace River")]
    assert ids.index("region:river-peace") > ids.index("gn:6100069")

