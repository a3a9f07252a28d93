"""Current first-level areas that Natural Earth 4.1 predates (geo/places/build/admin1.py
NEW_AREAS, SUPERSEDED, NEPAL_PROVINCES): Kenya's 47 counties, DR Congo's 26 provinces and Ghana's
16 regions as point-only areas holding their towns; Nepal's seven provinces with polygons. On the
committed data/."""
from __future__ import annotations

import pytest

from geo.places import areas, gazetteer


@pytest.fixture(scope="module")
def gaz() -> gazetteer.Gazetteer:
    return gazetteer.load()


def _area(name: str):
    return next(p for p in gazetteer.lookup(name) if p.kind == "admin1")


def _town(name: str, cc: str):
    return next(p for p in gazetteer.lookup(name) if p.kind == "place" and p.country == cc)


def test_kenya_has_its_47_counties_and_no_province_holds_a_town(gaz) -> None:
    counties = [p for p in gaz.admin1_in("KE") if p.id.startswith("KE-")]
    assert sorted(p.id for p in counties) == [f"KE-{n:02d}" for n in range(1, 48)]
    assert gazetteer.get("KE-13").name == "Kiambu County"
    assert gazetteer.get("admin1:KE:rift-valley").population == 0  # the old province: ground, no towns


@pytest.mark.parametrize(
    ("town", "county"),
    [("Kiambu", "KE-13"), ("Nakuru", "KE-31"), ("Kisumu", "KE-17"), ("Lodwar", "KE-43"), ("Eldoret", "KE-44"),
     ("Nairobi", "KE-30"), ("Mombasa", "KE-28")],
)
def test_kenyan_towns_lie_in_their_counties(gaz, town: str, county: str) -> None:
    assert gaz.admin1_of(_town(town, "KE")).id == county


def test_a_county_without_a_namesake_town_is_named_bare_and_with_county() -> None:
    assert _area("Turkana").id == "KE-43"
    assert gazetteer.lookup("Turkana County")[0].id == "KE-43"
    assert gazetteer.lookup("Uasin Gishu")[0].id == "KE-44"


@pytest.mark.parametrize(("name", "county"), [("Nakuru", "KE-31"), ("Kisumu", "KE-17"), ("Machakos", "KE-22"), ("Nairobi", "KE-30")])
def test_a_county_named_like_its_town_leaves_the_bare_name_to_the_town(name: str, county: str) -> None:
    assert [p.kind for p in gazetteer.lookup(name) if p.country == "KE"] == ["place"]
    assert gazetteer.lookup(f"{name} County")[0].id == county


def test_the_old_provinces_keep_their_ground_and_names_but_not_a_county_name() -> None:
    assert gazetteer.lookup("Rift Valley")[0].id == "admin1:KE:rift-valley"
    assert gazetteer.get("admin1:KE:nairobi").name == "Nairobi Province"
    _, province = areas.locate(-0.30, 36.07)  # Nakuru: Natural Earth 4.1 has no county shapes
    assert province.id == "admin1:KE:rift-valley"


def test_nepal_has_its_seven_provinces_with_their_shapes_and_no_zones(gaz) -> None:
    ids = sorted(p.id for p in gaz.admin1_in("NP"))
    assert ids == [f"NP-P{n}" for n in range(1, 8)]  # Natural Earth's 14 zones are gone
    assert _area("Madhesh Province").id == "NP-P2"
    assert _area("Koshi").id == "NP-P1"
    _, province = areas.locate(26.73, 85.92)  # Janakpur, in Madhesh (the old Janakpur zone)
    assert province.id == "NP-P2"
    # the provinces cover Natural Earth's Nepal once: the country's shape is theirs
    total = sum(areas.shape(i).area for i in ids)
    assert abs(total - areas.shape("NPL").area) < 1e-6


@pytest.mark.parametrize(
    ("town", "province"),
    [("Biratnagar", "NP-P1"), ("Birgañj", "NP-P2"), ("Kathmandu", "NP-P3"), ("Pokhara", "NP-P4"), ("Butwāl", "NP-P5"),
     ("Birendranagar", "NP-P6")],
)
def test_nepali_towns_lie_in_their_provinces(gaz, town: str, province: str) -> None:
    assert gaz.admin1_of(_town(town, "NP")).id == province


@pytest.mark.parametrize(
    ("name", "area_id", "town"),
    [("Ituri", "CD-IT", "Bunia"), ("Haut-Katanga", "CD-HK", "Lubumbashi"), ("Lualaba", "CD-LU", "Kolwezi"),
     ("Tanganyika Province", "CD-TA", "Kalemie"), ("Tshopo", "CD-TO", "Kisangani"), ("Kongo Central", "CD-BC", "Matadi")],
)
def test_dr_congo_has_its_26_provinces(gaz, name: str, area_id: str, town: str) -> None:
    assert _area(name).id == area_id
    assert gaz.admin1_of(_town(town, "CD")).id == area_id


def test_bas_congo_is_kongo_central_on_its_own_shape() -> None:
    assert gazetteer.lookup("Bas-Congo")[0].id == "CD-BC"
    assert areas.shape("CD-BC").area > 4


@pytest.mark.parametrize(
    ("name", "area_id", "town"),
    [("Savannah Region", "GH-SV", "Salaga"), ("Bono East", "GH-BE", "Techiman"), ("Oti Region", "GH-OT", "Dambai"),
     ("Western North", "GH-WN", "Bibiani"), ("North East Region", "GH-NE", "Nalerigu")],
)
def test_ghana_has_its_16_regions(gaz, name: str, area_id: str, town: str) -> None:
    assert _area(name).id == area_id
    assert gaz.admin1_of(_town(town, "GH")).id == area_id


def test_bare_savannah_and_bono_are_not_ghanas_regions() -> None:
    assert not [p for p in gazetteer.lookup("Savannah") if p.country == "GH"]
    assert not [p for p in gazetteer.lookup("Bono") if p.kind == "admin1"]
