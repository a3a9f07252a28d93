"""geo.maps.layers: Result -> GeoDataFrames, geometry by precision, roles, counts, filters."""
from __future__ import annotations

import datetime as dt

import pytest
from maps_fixtures import areas, build_result  # noqa: F401  (areas is a fixture)

from geo.errors import InputError
from geo.maps.layers import Filters, build, filter_events


def test_events_geometry_follows_precision(areas):
    ev = build(build_result()).events.set_index("id")
    assert ev.crs.to_epsg() == 4326
    assert ev.loc["ev1", "geometry"].geom_type == "Point"  # Tehran, precision 1
    assert (ev.loc["ev1", "geometry"].x, ev.loc["ev1", "geometry"].y) == pytest.approx((51.4215, 35.6944))
    # admin-1 event: the province polygon, and it contains the province's reference point
    bal = ev.loc["ev3", "geometry"]
    assert bal.geom_type in ("Polygon", "MultiPolygon") and bal.area > 10
    assert areas.shape("PK-BA").buffer(0.05).contains(bal)
    # border event: a band around the border line, not a point
    band = ev.loc["ev4", "geometry"]
    assert band.geom_type in ("Polygon", "MultiPolygon")
    assert band.contains(areas.border_geometry("border:IRN|PAK").interpolate(0.5, normalized=True))
    # country-level event: the country outline
    assert ev.loc["ev5", "geometry"].geom_type in ("Polygon", "MultiPolygon")
    assert not ev.loc[["ev3", "ev4", "ev5"], "approximate"].any()


def test_no_pin_for_area_events_even_without_outlines(monkeypatch):
    """An area with no polygon (a hand-curated region, say) is a dashed circle, never a pin."""
    import geo.maps.layers as layers

    layers._clear_caches()
    monkeypatch.setattr(layers, "_lookup", lambda *args: None)
    ev = build(build_result()).events.set_index("id")
    layers._clear_caches()
    for eid in ("ev3", "ev4", "ev5"):
        assert ev.loc[eid, "geometry"].geom_type == "Polygon"
        assert ev.loc[eid, "approximate"]


def test_places_roles_and_event_links(areas):
    pl = build(build_result()).places
    roles = {(r.text, r.start): r.role for r in pl.itertuples()}
    text = build_result().articles[0].article.text
    assert roles[("Tehran", text.index("Tehran"))] == "site"
    assert roles[("Islamabad", text.index("Islamabad"))] == "actor_base"
    assert roles[("Iran", text.index("Iran", text.index("between")))] == "mentioned"
    assert set(pl[pl["text"] == "Tehran"].iloc[0]["event_ids"].split(",")) == {"ev1", "ev2"}


def test_provinces_countries_borders(areas):
    lay = build(build_result())
    prov = lay.provinces.set_index("id")
    assert prov.loc["PK-BA", "events"] == 1
    assert prov.loc["PK-BA", "geometry"].geom_type in ("Polygon", "MultiPolygon")
    assert {"IRN", "PAK", "AFG"} <= set(lay.countries["id"])
    b = lay.borders.set_index("id").loc["border:IRN|PAK"]
    assert 700 < b["length_km"] < 1100
    assert "Pakistan" in b["name"] and "Iran" in b["name"] and b["name"].endswith(" km")
    assert b["geometry"].geom_type in ("LineString", "MultiLineString")


def test_filters(areas):
    r = build_result()
    assert set(build(r, Filters(types=frozenset({"Battles"}))).events["id"]) == {"ev3", "ev4"}
    assert set(build(r, Filters(max_precision=2)).events["id"]) == {"ev1", "ev2"}
    assert set(build(r, Filters(start=dt.date(2026, 11, 16))).events["id"]) == {"ev1", "ev2", "ev5"}
    assert set(build(r, Filters(countries=frozenset({"AFG"}))).events["id"]) == {"ev5"}
    assert "ev4" in set(build(r, Filters(countries=frozenset({"PAK"}))).events["id"])
    all_ev = build(r).events
    assert set(filter_events(all_ev, Filters(end=dt.date(2026, 11, 1)))["id"]) == {"ev4"}


def test_filters_refuse_nonsense():
    with pytest.raises(InputError, match="max_precision"):
        Filters(max_precision=7)
    with pytest.raises(InputError, match="after end"):
        Filters(start=dt.date(2026, 2, 1), end=dt.date(2026, 1, 1))


def test_empty_result_gives_empty_frames(areas):
    from geo.models import Result

    lay = build(Result())
    assert len(lay.events) == len(lay.places) == len(lay.borders) == 0
    assert lay.bounds() is None


@pytest.mark.parametrize("filters", [None, Filters(types=frozenset({"Battles"})), Filters(max_precision=2),
                                     Filters(countries=frozenset({"PAK"})), Filters(end=dt.date(2026, 11, 1))])
def test_from_frames_narrows_like_build(areas, filters):
    """Frames read back (a batch's GeoParquet) and filtered give what build gives with the filter."""
    from geo.maps.layers import from_frames

    r = build_result()
    whole, want = build(r), build(r, filters)
    got = from_frames(whole.events, whole.places, filters)
    assert list(got.events["id"]) == list(want.events["id"])
    for name in ("provinces", "countries", "borders"):
        g, w = getattr(got, name), getattr(want, name)
        assert g.drop(columns="geometry").to_dict("records") == w.drop(columns="geometry").to_dict("records"), name
    assert len(got.places) == len(want.places) == len(whole.places)


def test_a_border_referred_to_by_background_events_is_still_drawn_as_a_segment() -> None:
    # "Attacks along their border have long troubled both sides": the events are background
    # (not drawn by default) but the segment is what the reader looks for on the map.
    from geo.pipeline import analyse_text

    text = ("ISLAMABAD — Pakistan and Iran agreed on Monday to share intelligence. Militants have long "
            "carried out attacks along the Pakistan-Iran border, officials said.")
    layers = build(analyse_text(text))
    assert "border:IRN|PAK" in set(layers.borders["id"])
    assert not any(layers.events["location_kind"] == "border")  # the background attacks are not drawn
