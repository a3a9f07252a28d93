"""The look-ups events use by default (geo.events.lookups): countries and border segments."""
from __future__ import annotations

from geo.events.lookups import country_lookup, default_border, default_country
from geo.models import Mention, Place


def test_default_country_and_border_read_the_gazetteer_and_areas():
    assert default_country("PK").id == "PAK"
    assert default_country("") is None and default_country("XX") is None
    seg = default_border("PAK", "IRN")
    assert seg is not None and seg.id == "border:IRN|PAK" and seg.length_km > 500
    assert default_border("PAK", "no-such-area") is None  # unknown ids give no segment, no error


def test_the_articles_own_countries_come_first():
    mine = Place("PAK", "Pakistan (as read)", "country", 30.0, 70.0, "PK")
    calls: list[str] = []
    lookup = country_lookup([Mention(0, 8, "Pakistan", mine)], lambda a2: calls.append(a2) or None)
    assert lookup("PK") is mine and lookup("IR") is None and lookup("IR") is None
    assert calls == ["IR"]  # the fallback is asked once per code


def test_a_district_with_no_town_of_its_name_at_its_point_stands_as_its_province():
    from geo.events.lookups import seatless_district_area
    from geo.places import gazetteer

    kech = next(p for p in gazetteer.load().districts_by_key("kech") if p.country == "PK")
    assert seatless_district_area(kech, "Kech").id == "PK-BA"  # its point is the median of its towns
    bannu = next(p for p in gazetteer.load().districts_by_key("bannu") if p.country == "PK")
    assert seatless_district_area(bannu, "Bannu") is None  # its point is the town of Bannu
    assert seatless_district_area(gazetteer.get("PK-BA"), "Balochistan") is None  # no district
