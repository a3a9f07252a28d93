"""First-level areas that changed after Natural Earth 4.1 (geo/places/build/admin1.py): new states
and regions as point-only areas holding their towns, merged and renamed areas, and Natural Earth
rows whose Where-On-Earth name is a neighbour's. On the committed data/, with sentences we wrote."""
from __future__ import annotations

import pytest

from geo.errors import NotFoundError
from geo.places import areas, gazetteer
from geo.places.build.admin1 import NEW_AREAS


@pytest.fixture(scope="module")
def gaz() -> gazetteer.Gazetteer:
    return gazetteer.load()


def test_telangana_is_a_first_level_area_of_india(gaz) -> None:
    (tg,) = [p for p in gazetteer.lookup("Telangana") if p.kind == "admin1"]
    assert (tg.id, tg.name, tg.country) == ("IN-TS", "Telangana", "IN")
    assert tg in gaz.admin1_in("IN")
    assert (round(tg.lat, 2), round(tg.lon, 2)) == (17.85, 79.12)  # countrystatecity's reference point
    assert tg.population > 10_000_000  # the towns GeoNames files under it (IN.40), not under Andhra Pradesh


@pytest.mark.parametrize("town", ["Hyderabad", "Warangal", "Karimnagar", "Nizamabad"])
def test_towns_of_telangana_lie_in_it(gaz, town: str) -> None:
    place = next(p for p in gazetteer.lookup(town) if p.country == "IN" and p.kind == "place")
    assert gaz.admin1_of(place).id == "IN-TS"


def test_andhra_pradesh_keeps_its_own_towns(gaz) -> None:
    vijayawada = next(p for p in gazetteer.lookup("Vijayawada") if p.country == "IN")
    assert gaz.admin1_of(vijayawada).id == "IN-AP"
    assert gazetteer.get("IN-AP").population < gazetteer.get("IN-TS").population * 2


@pytest.mark.parametrize(
    ("name", "area_id", "town"),
    [
        ("Ladakh", "IN-LA", "Leh"),  # union territory since 2019, out of Jammu and Kashmir
        ("Sidama", "ET-SI", "Awasa"),  # 2020, out of the SNNPR
        ("Abai Region", "KZ-10", "Semey"),  # 2022, out of East Kazakhstan
        ("Jetisu Region", "KZ-33", "Taldykorgan"),
        ("Ulytau Region", "KZ-62", "Zhezqazghan"),
    ],
)
def test_other_new_areas_are_found_and_hold_their_towns(gaz, name: str, area_id: str, town: str) -> None:
    area = next(p for p in gazetteer.lookup(name) if p.kind == "admin1")
    assert area.id == area_id
    place = next(p for p in gazetteer.lookup(town) if p.kind == "place" and p.country == area.country)
    assert gaz.admin1_of(place).id == area_id


def test_ladakh_is_no_longer_a_region_beside_the_union_territory() -> None:
    assert [p.id for p in gazetteer.lookup("Ladakh")] == ["IN-LA"]


def test_point_only_areas_have_no_shape_and_the_parent_still_covers_the_ground() -> None:
    with pytest.raises(NotFoundError):
        areas.shape("IN-TS")
    _, province = areas.locate(17.38, 78.46)  # Hyderabad
    assert province.id == "IN-AP"  # Natural Earth 4.1's polygon: documented, not invented


def test_a_description_is_not_read_as_a_new_region_without_an_iso_code() -> None:
    # Central Ethiopia Region (2023) is named only by its full name: "central Ethiopia" describes
    assert not [p for p in gazetteer.lookup("Central Ethiopia") if p.kind == "admin1"]
    assert gazetteer.lookup("Central Ethiopia Region")[0].id == "admin1:ET:central-ethiopia"


def test_new_areas_table_names_iso_ids_and_geonames_codes() -> None:
    ids = [a.id for a in NEW_AREAS]
    assert len(ids) == len(set(ids)) and "IN-TS" in ids
    assert all(a.gn_admin1 and a.country == a.id.split("-")[0] for a in NEW_AREAS if not a.id.startswith("admin1:"))


def test_merged_union_territory_keeps_its_old_names(gaz) -> None:
    for old in ("Dadra and Nagar Haveli", "Daman and Diu"):
        assert gazetteer.lookup(old)[0].id == "IN-DH"
    silvassa = next(p for p in gazetteer.lookup("Silvassa") if p.country == "IN")
    assert gaz.admin1_of(silvassa).id == "IN-DH"
    assert areas.shape("IN-DH").area > 0.04  # both polygons


def test_renamed_and_mismatched_areas(gaz) -> None:
    assert gazetteer.lookup("Turkistan Region")[0].id == "KZ-61"  # South Kazakhstan until 2018
    assert gazetteer.lookup("Bangsamoro")[0].id == "PH-14"
    assert gazetteer.get("PH-14").name == "Bangsamoro Autonomous Region in Muslim Mindanao"
    # Natural Earth's Oromiya row carries the woe_name "Addis Ababa": it is Oromia, not the capital
    assert gazetteer.lookup("Oromia")[0].id == "ET-OR"
    assert areas.shape("ET-AA").area < 0.1 < areas.shape("ET-OR").area
    adama = next(p for p in gazetteer.lookup("Adama") if p.country == "ET")
    assert gaz.admin1_of(adama).id == "ET-OR"
    assert gazetteer.lookup("East Darfur")[0].id == "SD-DE"  # its row's woe_name was "South Darfur"


def test_an_event_in_a_district_of_telangana_is_placed_there() -> None:
    from geo.pipeline import analyse_text

    text = "Farmers blocked a highway in Warangal district of Telangana on Monday, demanding higher crop prices."
    (event,) = analyse_text(text, date="2025-03-03").articles[0].events
    place = gazetteer.get(event.location.id) if not event.location.id.startswith("adm2:") else None
    assert event.location.name.startswith("Warangal")
    assert place is None or place.admin1 == "IN-TS"


def test_an_event_in_telangana_is_placed_in_the_state() -> None:
    from geo.pipeline import analyse_text

    text = "Police detained dozens of protesters in Telangana on Friday."
    (event,) = analyse_text(text, date="2025-03-07").articles[0].events
    assert (event.location.id, event.location.kind) == ("IN-TS", "admin1")
