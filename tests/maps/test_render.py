"""geo.maps.render: the folium map, without a browser (rendered HTML inspected)."""
from __future__ import annotations

import json
import re

import folium
from folium.plugins import MarkerCluster
from maps_fixtures import PAYLOADS, areas, build_result, hostile_result, many_articles  # noqa: F401

from geo.maps.layers import build
from geo.maps.render import CLUSTER_THRESHOLD, TYPE_STYLES, build_map, event_icon_svg, map_from_result


def _geojson_layers(m):
    out = []

    def walk(el):
        if isinstance(el, folium.GeoJson):
            out.append(el)
        for c in el._children.values():
            walk(c)
    walk(m)
    return out


def _features(m, layer):
    return [f for g in _geojson_layers(m) for f in g.data["features"] if f["properties"].get("layer") == layer]


def test_layers_present_with_ids(areas):
    m = map_from_result(build_result())
    ev = {f["properties"]["id"]: f for f in _features(m, "event")}
    assert set(ev) == {"ev1", "ev2", "ev3", "ev4", "ev5"}
    assert ev["ev1"]["geometry"]["type"] == "Point"
    # uncertainty drawn as geometry, never a pin
    for eid in ("ev3", "ev4", "ev5"):
        assert ev[eid]["geometry"]["type"] in ("Polygon", "MultiPolygon")
    assert {f["properties"]["id"] for f in _features(m, "border")} == {"border:IRN|PAK"}
    assert "PK-BA" in {f["properties"]["id"] for f in _features(m, "province")}
    assert {"IRN", "PAK", "AFG"} <= {f["properties"]["id"] for f in _features(m, "country")}
    roles = {f["properties"]["role"] for f in _features(m, "place")}
    assert roles == {"site", "actor_base"}
    names = {g.layer_name for g in _geojson_layers(m)} | {
        c.layer_name for c in m._children.values() if isinstance(c, (folium.FeatureGroup, MarkerCluster))}
    assert {"Border segments", "Provinces (events)", "Countries involved", "Places: event sites",
            "Events: areas and border zones (uncertain)", "Events: places"} <= names


def test_rendered_map_has_controls_legend_and_styles(areas):
    html = map_from_result(build_result()).get_root().render()
    assert "L.control.scale()" in html
    assert "L.control.layers(" in html
    assert '"preferCanvas": true' in html
    assert "Event dates" in html  # the time filter, since events carry dates
    assert "Full screen" in html
    legend = re.search(r'div.innerHTML = ("bl-legend"|.*Events.*);', html)
    assert legend
    for typ in ("Battles", "Diplomacy", "Strategic developments"):
        assert TYPE_STYLES[typ][0] in html
    # dashed outline for precision-3 events
    assert '"dashArray": "7 5"' in html
    for unused in ("awesome", "bootstrap", "jquery", "fontawesome"):
        assert unused not in html.lower()


def test_symbols_differ_by_type_and_precision():
    a, _, _ = event_icon_svg("Battles", 1)
    b, _, _ = event_icon_svg("Diplomacy", 1)
    c, size, anchor = event_icon_svg("Battles", 2)
    assert a != b and a != c
    assert TYPE_STYLES["Battles"][0] in a and TYPE_STYLES["Diplomacy"][0] in b
    assert anchor == (size[0] // 2, size[1] // 2)  # a disc is anchored at its centre, a pin at its tip


def test_popup_marks_trigger_and_place(areas):
    m = map_from_result(build_result())
    pop = {f["properties"]["id"]: f["properties"]["popup"] for f in _features(m, "event")}
    assert "<mark>arrived</mark>" in pop["ev1"] and "<mark>Tehran</mark>" in pop["ev1"]
    assert 'href="https://news.example.org/2026/11/army-chief-tehran"' in pop["ev1"]
    assert "Fatalities" in pop["ev3"] and "4" in pop["ev3"]


def test_hostile_strings_never_reach_html_raw(areas):
    html = map_from_result(hostile_result()).get_root().render()
    for p in PAYLOADS:
        assert p not in html, p
    assert "javascript:" not in html.lower()
    assert not re.search(r"<(img|svg) [^>]*on(error|load)=", html, re.I)
    assert "<script>alert" not in html


def test_hostile_popup_properties_are_escaped(areas):
    m = map_from_result(hostile_result())
    for g in _geojson_layers(m):
        for f in g.data["features"]:
            for key in ("popup", "tip"):
                v = f["properties"].get(key)
                if v is None:
                    continue
                stripped = re.sub(r"</?(mark|div|span|table|tr|th|td|blockquote|a)\b[^>]*>", "", v)
                assert not re.search(r"[<>`${}\\]", stripped), v


def test_many_points_are_clustered(areas):
    r = many_articles(CLUSTER_THRESHOLD)
    m = map_from_result(r)
    clusters = [c for c in m._children.values() if isinstance(c, MarkerCluster)]
    assert clusters
    assert "L.markerClusterGroup(" in m.get_root().render()


def test_few_points_are_not_clustered(areas):
    from geo.maps.layers import Filters

    m = map_from_result(build_result(), Filters(types=frozenset({"Diplomacy"})))  # one pin: Tehran
    assert not [c for c in m._children.values() if isinstance(c, MarkerCluster)]


def test_events_at_one_spot_are_clustered(areas):
    m = map_from_result(build_result())  # the visit and the agreement are both in Tehran
    assert [c for c in m._children.values() if isinstance(c, MarkerCluster)]


def test_tiles_only_when_asked(areas):
    assert "tile.openstreetmap.org" not in map_from_result(build_result()).get_root().render()
    assert "tile.openstreetmap.org" in map_from_result(build_result(), tiles=True).get_root().render()


def test_fit_bounds_to_content(areas):
    html = map_from_result(build_result()).get_root().render()
    m = re.search(r"fitBounds\(\s*(\[\[.*?\]\])", html, re.S)
    (s, w), (n, e) = json.loads(m.group(1))
    assert s < 25.5 and n > 35.5 and w < 51.5 and e > 66  # Tehran .. Balochistan .. Afghanistan


def test_empty_result_still_makes_a_map(areas):
    from geo.models import Result

    html = build_map(build(Result())).get_root().render()
    assert "no events" in html


def test_area_events_grouped_per_area(areas):
    m = map_from_result(many_articles(30))
    area_feats = [f for f in _features(m, "event") if f["geometry"]["type"] != "Point"]
    assert len(area_feats) == 3  # Balochistan, the border band, Afghanistan: each drawn once
    for f in area_feats:
        assert len(f["properties"]["event_ids"].split(",")) == 30
        assert len(f["properties"]["dates"]) == 30
        assert "and 15 more" in f["properties"]["popup"]


def test_legend_can_start_folded_for_small_map_frames(areas):
    lay = build(build_result())
    folded = build_map(lay, legend_open=False).get_root().render()
    opened = build_map(lay).get_root().render()
    # The legend's markup reaches the page through tojson, which writes "<" as \u003c.
    assert "details open\\u003e\\u003csummary\\u003eLegend" in opened
    assert "details\\u003e\\u003csummary\\u003eLegend" in folded
    assert "details open\\u003e\\u003csummary\\u003eLegend" not in folded
