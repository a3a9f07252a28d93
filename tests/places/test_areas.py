"""geo.places.areas on the committed data/: point in province, neighbours, border segments."""
from __future__ import annotations

import math

import pytest
import shapely

from geo.errors import InputError, NotFoundError
from geo.models import Border
from geo.places import areas

PUBLISHED_PAK_IRN_KM = 909  # CIA World Factbook


@pytest.mark.parametrize(
    ("lat", "lon", "country", "admin1"),
    [
        (30.18414, 67.00141, "PAK", "PK-BA"),  # Quetta
        (29.4963, 60.8629, "IRN", "IR-11"),  # Zahedan
        (34.008, 71.57849, "PAK", "PK-KP"),  # Peshawar
        (33.00059, 70.07117, "PAK", "PK-KP"),  # Miran Shah, in former F.A.T.A.
        (35.9221, 74.3087, "PAK", "PK-GB"),  # Gilgit (Natural Earth's "Northern Areas")
        (35.69439, 51.42151, "IRN", "IR-23"),  # Tehran
        (34.52813, 69.17233, "AFG", "AF-KAB"),  # Kabul
    ],
)
def test_locate_points_in_provinces(lat, lon, country, admin1) -> None:
    c, a = areas.locate(lat, lon)
    assert c.id == country and c.kind == "country"
    assert a.id == admin1 and a.kind == "admin1"


def test_locate_at_sea_is_nothing() -> None:
    assert areas.locate(0.0, -30.0) == (None, None)


@pytest.mark.parametrize(("lat", "lon"), [(math.nan, 60.0), (30.0, math.inf), (91.0, 0.0), (0.0, -181.0), ("x", 1.0), (None, 1.0)])
def test_locate_rejects_bad_coordinates(lat, lon) -> None:
    with pytest.raises(InputError, match="lat="):
        areas.locate(lat, lon)


def test_fata_is_part_of_khyber_pakhtunkhwa() -> None:
    kp = areas.shape("PK-KP")
    assert kp.contains(shapely.Point(70.07117, 33.00059))  # Miran Shah
    ids = set(areas.display_frame("admin1").query("country == 'PK'")["id"])
    assert ids == {"PK-BA", "PK-GB", "PK-IS", "PK-JK", "PK-KP", "PK-PB", "PK-SD"}


def test_pakistans_neighbours_are_exactly_its_four_countries() -> None:
    assert areas.neighbours("PAK") == ["AFG", "CHN", "IND", "IRN"]
    assert areas.neighbours("pk") == areas.neighbours("PAK")


def test_pakistan_iran_border_length_is_close_to_published() -> None:
    b = areas.border("PAK", "IRN")
    assert isinstance(b, Border)
    assert b.id == "border:IRN|PAK" and (b.a, b.b) == ("IRN", "PAK")
    assert abs(b.length_km - PUBLISHED_PAK_IRN_KM) / PUBLISHED_PAK_IRN_KM < 0.15
    assert areas.border("IR", "PK") == b  # any order, alpha-2 accepted
    # the reference point lies on the line, in the border region
    line = areas.border_geometry(b.id)
    assert line.distance(shapely.Point(b.lon, b.lat)) < 1e-6
    assert 25 < b.lat < 30 and 60 < b.lon < 64


def test_balochistan_iran_border_covers_the_national_border() -> None:
    national = areas.border("PAK", "IRN")
    prov = areas.border("PK-BA", "IRN")
    assert prov.a_country == "IRN" and prov.b_country == "PAK" and prov.b_name == "Balochistan"
    assert prov.length_km == pytest.approx(national.length_km, rel=0.02)
    national_line = areas.border_geometry(national.id)
    prov_line = areas.border_geometry(prov.id)
    assert national_line.buffer(0.01).contains(prov_line)
    assert prov_line.buffer(0.01).contains(national_line)


def test_province_to_province_across_the_border() -> None:
    b = areas.border("IR-11", "PK-BA")
    assert {b.a_name, b.b_name} == {"Sistan and Baluchestan", "Balochistan"}
    assert b.length_km > 700
    ids = [x.id for x in areas.borders_of("PK-BA")]
    assert {"border:IRN|PK-BA", "border:IR-11|PK-BA", "border:AFG|PK-BA"} <= set(ids)
    assert all(x.a_country != x.b_country for x in areas.borders_of("PK-BA"))


def test_afghanistan_borders_balochistan() -> None:
    assert areas.border("PK-BA", "AFG").length_km > 800


def test_provinces_of_one_country_are_computed_on_demand() -> None:
    b = areas.border("PK-SD", "PK-BA")
    assert b.a_country == b.b_country == "PAK" and b.length_km > 100
    assert "PK-SD" in areas.neighbours("PK-BA")


def test_areas_that_do_not_touch_have_no_border() -> None:
    with pytest.raises(NotFoundError, match="'PAK'.*'USA'"):
        areas.border("PAK", "USA")
    with pytest.raises(NotFoundError, match="'TJK'"):
        areas.border("PAK", "TJK")  # the Wakhan corridor is in between


def test_a_country_has_no_border_with_its_own_province() -> None:
    with pytest.raises(NotFoundError, match="overlap"):
        areas.border("PAK", "PK-BA")
    with pytest.raises(InputError, match="two different"):
        areas.border("PAK", "PK")


def test_unknown_area_is_not_found() -> None:
    with pytest.raises(NotFoundError, match="'XX-99'"):
        areas.shape("XX-99")
    with pytest.raises(NotFoundError, match="'QQ'"):
        areas.neighbours("QQ")
    with pytest.raises(InputError, match="''"):
        areas.border("", "IRN")


def test_display_frames_are_simplified_and_gap_free() -> None:
    countries = areas.display_frame("country")
    provinces = areas.display_frame("admin1")
    assert list(countries.columns) == ["id", "name", "kind", "country", "geometry"]
    assert countries.crs.to_epsg() == 4326
    assert set(countries["kind"]) == {"country"} and set(provinces["kind"]) == {"admin1"}
    pk = provinces[provinces["country"] == "PK"]
    full = sum(shapely.get_num_coordinates(areas.shape(i)) for i in pk["id"])
    assert shapely.get_num_coordinates(pk.geometry.values).sum() < full / 2
    # neighbours still share their edges exactly: no gap between Balochistan and Sistan
    ba = pk.set_index("id").geometry["PK-BA"]
    ir = provinces.set_index("id").geometry["IR-11"]
    assert shapely.intersection(ba.boundary, ir.boundary).length > 5  # degrees of shared line
    assert ba.intersection(ir).area < 1e-9
    with pytest.raises(InputError, match="'continent'"):
        areas.display_frame("continent")
    frame = areas.display_frame("country")
    frame.loc[0, "name"] = "changed"
    assert areas.display_frame("country").loc[0, "name"] != "changed"


def test_iso_parent_shapes_exist_but_points_land_in_units() -> None:
    scotland = areas.shape("GB-SCT")
    edinburgh = shapely.Point(-3.19, 55.95)
    assert scotland.contains(edinburgh)
    country, unit = areas.locate(55.95, -3.19)
    assert country.id == "GBR" and unit.id != "GB-SCT"
    assert "GB-SCT" not in set(areas.display_frame("admin1")["id"])
    assert areas.border("GB-SCT", "GB-ENG").length_km > 100
