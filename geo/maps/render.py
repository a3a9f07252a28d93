"""Layers → folium.Map: event symbols by type, uncertainty as geometry, places by role,
provinces choropleth, countries involved, border segments, legend, time filter.

Everything that reaches HTML is built here from :func:`geo.html.escape`d parts; data travels
to JavaScript only through folium's ``tojson`` serializer, never by string interpolation.
Icons are inline SVG in ``L.divIcon`` (no Font Awesome: it is not available offline).
Feature properties carry ``id`` and ``layer`` so the app can map a click back to a row.
Area layers use folium's GeoJsonPopup/GeoJsonTooltip; point events bind theirs per marker (a
GeoJsonPopup binds to the GeoJSON group, which never joins the map inside a MarkerCluster).
Uncertain events (province, country, border zone) are one dashed feature per area and type,
listing its events, so 200 events in one province do not stack 200 translucent polygons.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import folium
import geopandas as gpd
import pandas as pd
from folium.plugins import MarkerCluster
from folium.template import Template
from folium.utilities import JsCode

from geo.config import limits
from geo.html import escape, mark_spans
from geo.maps import outlines
from geo.maps.geojson import collection as _fc
from geo.maps.geojson import feature as _feature
from geo.maps.layers import Filters, Layers, build
from geo.models import Result
from geo.text.dates import date_label

__all__ = ["TYPE_STYLES", "ROLE_STYLES", "build_map", "drawn_features", "map_from_result", "event_icon_svg",
           "CLUSTER_THRESHOLD"]

#: More point events than this are clustered.
CLUSTER_THRESHOLD = 40

# colour, glyph (SVG drawn in white on a 24×24 grid centred at 12,12)
_G = {
    "cross": '<path d="M7.5 7.5l9 9M16.5 7.5l-9 9" stroke="#fff" stroke-width="2.6" stroke-linecap="round"/>',
    "burst": '<path d="M12 4.5l1.7 3.9 4.1-1.3-1.8 3.9 3.5 2.4-4.2.6.3 4.3-3.6-2.4-3.6 2.4.3-4.3-4.2-.6 3.5-2.4-1.8-3.9 4.1 1.3z" fill="#fff"/>',
    "bang": '<path d="M12 6.5v7" stroke="#fff" stroke-width="2.8" stroke-linecap="round"/><circle cx="12" cy="17.3" r="1.6" fill="#fff"/>',
    "flag": '<path d="M8.5 18.5V5.5M8.5 6h8l-2.2 3 2.2 3h-8" stroke="#fff" stroke-width="2" fill="none" stroke-linejoin="round"/>',
    "bolt": '<path d="M13.5 4.5L7.5 13h4l-1.2 6.5 6.2-8.8h-4.1z" fill="#fff"/>',
    "diamond": '<path d="M12 6l6 6-6 6-6-6z" fill="#fff"/>',
    "rings": '<circle cx="9.6" cy="12" r="3.6" stroke="#fff" stroke-width="2" fill="none"/><circle cx="14.4" cy="12" r="3.6" stroke="#fff" stroke-width="2" fill="none"/>',
    "dot": '<circle cx="12" cy="12" r="3.5" fill="#fff"/>',
}
#: Event type → (colour, glyph name). ACLED's six types plus CAMEO-style "Diplomacy".
TYPE_STYLES: dict[str, tuple[str, str]] = {
    "Battles": ("#c62828", "cross"),
    "Explosions/Remote violence": ("#e65100", "burst"),
    "Violence against civilians": ("#6a1b9a", "bang"),
    "Protests": ("#1565c0", "flag"),
    "Riots": ("#6d4c41", "bolt"),
    "Strategic developments": ("#00838f", "diamond"),
    "Diplomacy": ("#2e7d32", "rings"),
}
_OTHER = ("#546e7a", "dot")
#: Place role → (colour, radius, label).
ROLE_STYLES: dict[str, tuple[str, int, str]] = {
    "site": ("#d84315", 7, "Event sites"),
    "actor_base": ("#283593", 6, "Actor bases"),
    "mentioned": ("#78909c", 4, "Mentioned only"),
}
_CHORO = [(0, "#fff3c4"), (1, "#fec44f"), (2, "#fe9929"), (4, "#ec7014"), (10, "#b34700")]
_BORDER_COLOUR = "#ad1457"
_PRECISION = {1: "the named town", 2: "near a town / part of a region", 3: "region or border area"}


def _missing(value) -> bool:
    return value is None or bool(pd.isna(value))


def _style(type_: str) -> tuple[str, str]:
    return TYPE_STYLES.get(type_, _OTHER)


def event_icon_svg(type_: str, precision: int = 1) -> tuple[str, tuple[int, int], tuple[int, int]]:
    """(svg, icon size, anchor) for an event: a pin for a town (1), a ringed disc near one (2)."""
    colour, glyph = _style(type_)
    g = _G[glyph]
    if precision <= 1:
        svg = (f'<svg xmlns="http://www.w3.org/2000/svg" width="28" height="38" viewBox="0 0 28 38">'
               f'<path d="M14 37C14 37 2.5 23 2.5 14a11.5 11.5 0 1 1 23 0C25.5 23 14 37 14 37z" '
               f'fill="{colour}" stroke="#fff" stroke-width="1.6"/>'
               f'<g transform="translate(2 2)">{g}</g></svg>')
        return svg, (28, 38), (14, 37)
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 32 32">'
           f'<circle cx="16" cy="16" r="14.5" fill="none" stroke="{colour}" stroke-width="1.6" '
           f'stroke-dasharray="3 2.5"/>'
           f'<circle cx="16" cy="16" r="11" fill="{colour}" stroke="#fff" stroke-width="1.5"/>'
           f'<g transform="translate(4 4)">{g}</g></svg>')
    return svg, (32, 32), (16, 16)


def _legend_symbol(type_: str) -> str:
    colour, glyph = _style(type_)
    return (f'<svg width="18" height="18" viewBox="0 0 24 24"><circle cx="12" cy="12" r="11.5" '
            f'fill="{colour}"/>{_G[glyph]}</svg>')


# --------------------------------------------------------------------------- HTML snippets

def _event_popup(row) -> str:
    """The popup of one event: every input part escaped, <mark> around trigger and place."""
    sentence = row.sentence or ""
    spans = [(int(row.trigger_start), int(row.trigger_end))]
    if not _missing(row.place_start) and not _missing(row.place_end):
        spans.append((int(row.place_start), int(row.place_end)))
    colour, _ = _style(row.type)
    lines = [
        f'<div class="bl-pop"><div class="bl-pop-type" style="border-color:{colour}">'
        f'{escape(row.type)} · {escape(row.subtype)}</div>',
        '<table>',
        f'<tr><th>Date</th><td>{escape(_date_text(row) or "not stated")}</td></tr>',
        f'<tr><th>Where</th><td>{escape(row.location_name)} '
        f'<span class="bl-dim">({escape(row.location_kind)})</span></td></tr>',
        f'<tr><th>Precision</th><td>{escape(row.precision)} – {escape(_PRECISION.get(int(row.precision), ""))}'
        f'{" · outline unknown, circle drawn" if row.approximate else ""}</td></tr>',
    ]
    if row.actors:
        lines.append(f'<tr><th>Actors</th><td>{escape(row.actors)}</td></tr>')
    if not _missing(row.fatalities):
        lines.append(f'<tr><th>Fatalities</th><td>{escape(int(row.fatalities))} (lowest reported)</td></tr>')
    if row.modality and row.modality != "asserted":
        lines.append(f'<tr><th>Modality</th><td>{escape(row.modality)}</td></tr>')
    lines.append('</table>')
    lines.append(f'<blockquote class="bl-sent">{mark_spans(sentence, spans)}</blockquote>')
    title = escape(row.article_title or "Untitled article")
    if isinstance(row.article_url, str) and row.article_url:
        lines.append(f'<div class="bl-src"><a href="{escape(row.article_url)}" target="_blank" '
                     f'rel="noopener noreferrer nofollow">{title}</a></div>')
    else:
        lines.append(f'<div class="bl-src">{title} <span class="bl-dim">({escape(row.article_source)})</span></div>')
    lines.append(f'<div class="bl-dim">rule {escape(row.rule)} · id {escape(row.id)}</div></div>')
    return "".join(lines)


def _event_tip(row) -> str:
    return f"{escape(row.type)} · {escape(row.subtype)} · {escape(_date_text(row) or 'undated')} · {escape(row.location_name)}"


def _date_text(row) -> str:
    """The event's date as precise as it is known (a year stays a year, never a day)."""
    return date_label(row.date if isinstance(row.date, str) else None, getattr(row, "time_precision", 1))


# properties.popup / .tip are HTML built here from escaped parts (see _event_popup)
_BIND_EACH = JsCode("""function (feature, layer) {
    layer.bindPopup(feature.properties.popup, {maxWidth: 360, className: 'bl-popup', autoPanPaddingTopLeft: [60, 20]});
    layer.bindTooltip(feature.properties.tip, {className: 'bl-tip', direction: 'top', offset: [0, -20]});
}""")


def _popup() -> folium.GeoJsonPopup:
    return folium.GeoJsonPopup(fields=["popup"], labels=False, class_name="bl-popup", max_width=360,
                               auto_pan_padding_top_left=[60, 20])


def _tooltip() -> folium.GeoJsonTooltip:
    return folium.GeoJsonTooltip(fields=["tip"], labels=False, class_name="bl-tip")


# --------------------------------------------------------------------------- elements

class _Control(folium.MacroElement):
    """A Leaflet control whose inner HTML is pre-escaped markup passed through tojson."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function () {
            var ctl = L.control({position: {{ this.position|tojson }}});
            ctl.onAdd = function () {
                var div = L.DomUtil.create('div', {{ this.css_class|tojson }});
                div.innerHTML = {{ this.markup|tojson }};
                L.DomEvent.disableClickPropagation(div);
                L.DomEvent.disableScrollPropagation(div);
                return div;
            };
            ctl.addTo({{ this._parent.get_name() }});
        })();
        {% endmacro %}
        """
    )

    def __init__(self, markup: str, css_class: str, position: str = "bottomright"):
        super().__init__()
        self._name = "BlControl"
        self.markup, self.css_class, self.position = markup, css_class, position


class _Behaviour(folium.MacroElement):
    """Fullscreen button, time filter and view memory: small self-written JavaScript.

    Layer variable names are folium's generated identifiers; dates come through tojson.
    """

    _template = Template(
        """
        {% macro header(this, kwargs) %}
        <style>{{ this.css }}</style>
        {% endmacro %}
        {% macro script(this, kwargs) %}
        (function () {
            var map = {{ this._parent.get_name() }};
            // fullscreen: the browser's own API, no plugin needed
            var fs = L.control({position: 'topleft'});
            fs.onAdd = function () {
                var a = L.DomUtil.create('a', 'bl-fs leaflet-bar');
                a.href = '#'; a.title = 'Full screen'; a.setAttribute('role', 'button');
                a.innerHTML = '<svg width="16" height="16" viewBox="0 0 16 16"><path d="M1 5V1h4M11 1h4v4M15 11v4h-4M5 15H1v-4" stroke="#333" stroke-width="2" fill="none"/></svg>';
                L.DomEvent.on(a, 'click', function (e) {
                    L.DomEvent.preventDefault(e);
                    var c = map.getContainer();
                    if (document.fullscreenElement) { document.exitFullscreen(); }
                    else if (c.requestFullscreen) { c.requestFullscreen(); }
                });
                return a;
            };
            fs.addTo(map);
            document.addEventListener('fullscreenchange', function () { map.invalidateSize(); });

            {%- if this.time_groups %}
            // time filter: hide dated events outside [from, to]; undated ones stay
            var groups = [{% for g, owner in this.time_groups %}[{{ g }}, {{ owner }}]{% if not loop.last %}, {% endif %}{% endfor %}];
            var items = [];
            groups.forEach(function (g) { g[0].eachLayer(function (l) { items.push([l, g[1]]); }); });
            var tf = L.control({position: 'topright'});
            tf.onAdd = function () {
                var d = L.DomUtil.create('div', 'bl-panel bl-time');
                var h = L.DomUtil.create('div', 'bl-h', d); h.textContent = 'Event dates';
                var from = L.DomUtil.create('input', '', d); from.type = 'date';
                var to = L.DomUtil.create('input', '', d); to.type = 'date';
                [from, to].forEach(function (i) { i.min = {{ this.date_min|tojson }}; i.max = {{ this.date_max|tojson }}; });
                from.value = {{ this.date_min|tojson }}; to.value = {{ this.date_max|tojson }};
                from.setAttribute('aria-label', 'from'); to.setAttribute('aria-label', 'to');
                var n = L.DomUtil.create('div', 'bl-dim', d);
                function apply() {
                    var a = from.value, b = to.value, shown = 0, total = 0;
                    items.forEach(function (it) {
                        var p = it[0].feature.properties, days = p.dates || [p.date];
                        var inside = days.filter(function (day) { return !day || ((!a || day >= a) && (!b || day <= b)); }).length;
                        var has = it[1].hasLayer(it[0]);
                        if (inside && !has) { it[1].addLayer(it[0]); }
                        else if (!inside && has) { it[1].removeLayer(it[0]); }
                        shown += inside; total += days.length;
                    });
                    n.textContent = shown + ' of ' + total + ' events shown (undated always)';
                }
                from.addEventListener('change', apply); to.addEventListener('change', apply);
                apply();
                L.DomEvent.disableClickPropagation(d);
                return d;
            };
            tf.addTo(map);
            {%- endif %}

            // view memory: #zoom/lat/lon in the address, so a reopened or shared file shows the
            // same view; otherwise fit the content (one or the other: a fit animates, and would
            // override the remembered view a frame later)
            var m = /^#(\\d{1,2}(?:\\.\\d+)?)\\/(-?\\d{1,2}(?:\\.\\d+)?)\\/(-?\\d{1,3}(?:\\.\\d+)?)$/.exec(window.location.hash);
            if (m) { map.setView([parseFloat(m[2]), parseFloat(m[3])], parseFloat(m[1]), {animate: false}); }
            {%- if this.fit %}
            else { map.fitBounds({{ this.fit|tojson }}, {maxZoom: 9, animate: false, paddingTopLeft: [60, 50], paddingBottomRight: [170, 50]}); }
            {%- endif %}
            map.on('moveend', function () {
                var c = map.getCenter();
                try { history.replaceState(null, '', '#' + map.getZoom() + '/' + c.lat.toFixed(4) + '/' + c.lng.toFixed(4)); } catch (e) {}
            });
        })();
        {% endmacro %}
        """
    )

    def __init__(self, time_groups: list[tuple[str, str]], date_min: str | None, date_max: str | None,
                 css: str, fit: list[list[float]] | None = None):
        super().__init__()
        self._name = "BlBehaviour"
        self.time_groups, self.date_min, self.date_max, self.css = time_groups, date_min, date_max, css
        self.fit = fit


_CSS = """
.leaflet-container { background: #dce7ef; font: 13px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.bl-panel, .bl-legend { background: rgba(255,255,255,.95); padding: 8px 10px; border-radius: 6px;
  box-shadow: 0 1px 5px rgba(0,0,0,.3); color: #222; max-width: 280px; }
.bl-legend { font-size: 12px; }
.bl-legend summary { cursor: pointer; font-weight: 600; }
.bl-legend .bl-row { display: flex; align-items: center; gap: 6px; margin: 2px 0; }
.bl-legend svg { flex: none; }
.bl-h { font-weight: 600; margin: 4px 0 3px; }
.bl-h:first-child { margin-top: 0; }
.bl-dim { color: #666; font-size: 11px; }
.bl-time input { display: block; margin: 3px 0; font: inherit; }
.bl-fs { display: flex !important; align-items: center; justify-content: center; background: #fff; width: 30px; height: 30px; }
.bl-pop table { border-collapse: collapse; margin: 4px 0; }
.bl-pop th { text-align: left; color: #555; font-weight: 600; padding: 1px 8px 1px 0; vertical-align: top; }
.bl-pop-type { font-weight: 700; border-left: 5px solid; padding-left: 6px; font-size: 14px; }
.bl-sent { margin: 6px 0; padding: 4px 8px; border-left: 3px solid #bbb; background: #f7f7f7; font-style: normal; }
.bl-sent mark { background: #ffe082; padding: 0 1px; }
.bl-src a { color: #0b57d0; }
.bl-label span { font: 600 11px system-ui, sans-serif; color: #5d5748; letter-spacing: .06em;
  text-transform: uppercase; white-space: nowrap; text-shadow: 0 0 3px #fff, 0 0 3px #fff;
  transform: translate(-50%, -50%); display: inline-block; }
.bl-marker { background: none; border: none; filter: drop-shadow(0 1px 2px rgba(0,0,0,.45)); }
.leaflet-popup-content { margin: 10px 12px; }
.bl-many { max-height: 320px; overflow: auto; }
.marker-cluster { background-color: rgba(38, 50, 56, .25) !important; }
.marker-cluster div { background-color: rgba(38, 50, 56, .88) !important; color: #fff; font-weight: 600; }
.bl-item { border-top: 1px solid #ddd; margin-top: 6px; padding-top: 4px; }
"""


# --------------------------------------------------------------------------- the map

def drawn_features(layers: Layers) -> int:
    """Features the map draws: each event, province, country and border segment, and one pin
    per place and role (a place named 40 times is one pin, see :func:`_add_places`) — not the
    place mentions, which grow with the articles' length and are never drawn one by one."""
    places = layers.places
    pins = 0
    if len(places):
        pts = places[places["kind"].isin(["place", "admin2"])]
        pins = len(pts.drop_duplicates(subset=["role", "id"])) if len(pts) else 0
    return len(layers.events) + pins + len(layers.provinces) + len(layers.countries) + len(layers.borders)


def build_map(layers: Layers, tiles: bool = False, view: tuple[float, float, int] | None = None,
              title: str = "Borderlines map", legend_open: bool = True) -> folium.Map:
    """Draw ``layers`` on a folium.Map (offline vector basemap; OSM tiles only if ``tiles``).

    ``view`` = (lat, lon, zoom) opens the map there; otherwise it fits the content.
    ``legend_open=False`` starts the legend folded (for small map frames such as the app's).
    More features than ``limits().max_features`` raise :class:`~geo.errors.LimitError`.
    """
    limits().check_features(drawn_features(layers), "this map")  # before any HTML is built for them
    bounds = layers.bounds()
    m = folium.Map(location=None if view is None else [view[0], view[1]],
                   zoom_start=view[2] if view else 5, tiles=None, control_scale=True,
                   prefer_canvas=True, zoom_snap=0.25, maxZoom=18, minZoom=2)
    m.get_root().title = escape(title)
    # Only Leaflet itself: no jQuery, Bootstrap, Font Awesome or awesome-markers (icons are
    # inline SVG, popups plain Leaflet). Instance attributes; folium's class lists stay intact.
    m.default_js = [(n, u) for n, u in folium.Map.default_js if n == "leaflet"]
    m.default_css = [(n, u) for n, u in folium.Map.default_css if n == "leaflet_css"]
    if tiles:
        folium.TileLayer("OpenStreetMap", name="OpenStreetMap (online)", control=True).add_to(m)

    outlines.add_inline(m, outlines.outlines(bounds))  # a standalone file opens with no server
    _add_countries(m, layers.countries)
    _add_provinces(m, layers.provinces)
    _add_borders(m, layers.borders)
    _add_places(m, layers.places)
    time_groups = _add_events(m, layers.events)

    folium.LayerControl(collapsed=True, position="topright").add_to(m)
    _Control(_legend_markup(layers, legend_open), "bl-legend", "bottomright").add_to(m)
    fit = None
    if view is None and bounds is not None:
        w, s, e, n = bounds
        fit = [[s, w], [n, e]]  # Leaflet: (lat, lon)
    # the date control ranges over day-precision dates only: a year or month is no day to pick
    ev = layers.events
    precisions = ev["time_precision"] if "time_precision" in ev else [1] * len(ev)
    dates = sorted(d for d, p in zip(ev["date"], precisions) if isinstance(d, str) and d and p == 1) if len(ev) else []
    _Behaviour(time_groups if dates else [], dates[0] if dates else None, dates[-1] if dates else None,
               _CSS, fit).add_to(m)
    return m


def map_from_result(result: Result, filters: Filters | None = None, tiles: bool = False) -> folium.Map:
    """Convenience: :func:`geo.maps.layers.build` then :func:`build_map`."""
    return build_map(build(result, filters), tiles=tiles)


def _add_countries(m: folium.Map, countries: gpd.GeoDataFrame) -> None:
    if not len(countries):
        return
    feats = [_feature(r.id, r.geometry, {
        "id": r.id, "layer": "country", "events": int(r.events),
        "tip": f"{escape(r.name)} — country involved ({int(r.events)} event{'s' if r.events != 1 else ''})",
    }) for r in countries.itertuples()]
    folium.GeoJson(_fc(feats), name="Countries involved", tooltip=_tooltip(),
                   style_function=lambda f: {"color": "#37474f", "weight": 2.2, "fill": False, "opacity": 0.9},
                   ).add_to(m)


def _choro_colour(n: int) -> str:
    colour = _CHORO[0][1]
    for lo, c in _CHORO:
        if n >= lo:
            colour = c
    return colour


def _add_provinces(m: folium.Map, provinces: gpd.GeoDataFrame) -> None:
    if not len(provinces):
        return
    feats = [_feature(r.id, r.geometry, {
        "id": r.id, "layer": "province", "events": int(r.events), "fill": _choro_colour(int(r.events)),
        "tip": f"{escape(r.name)} <span class='bl-dim'>({escape(r.id)})</span> — "
               f"{int(r.events)} event{'s' if r.events != 1 else ''}, {int(r.mentions)} mention{'s' if r.mentions != 1 else ''}",
    }) for r in provinces.itertuples()]
    folium.GeoJson(
        _fc(feats), name="Provinces (events)", tooltip=_tooltip(),
        style_function=lambda f: {"fillColor": f["properties"]["fill"], "fillOpacity": 0.55,
                                  "color": "#8d6e63", "weight": 1},
        highlight_function=lambda f: {"weight": 2.5, "color": "#4e342e"},
    ).add_to(m)


def _add_borders(m: folium.Map, borders: gpd.GeoDataFrame) -> None:
    if not len(borders):
        return
    feats = []
    for r in borders.itertuples():
        label = escape(r.name)
        feats.append(_feature(r.id, r.geometry, {
            "id": r.id, "layer": "border", "tip": f"Border segment: {label}",
            "popup": f"<div class='bl-pop'><div class='bl-pop-type' style='border-color:{_BORDER_COLOUR}'>"
                     f"Border segment</div><div>{label}</div><div class='bl-dim'>{int(r.events)} event"
                     f"{'s' if r.events != 1 else ''} refer to it · id {escape(r.id)}</div></div>",
        }))
    folium.GeoJson(_fc(feats), name="Border segments", tooltip=_tooltip(), popup=_popup(),
                   style_function=lambda f: {"color": _BORDER_COLOUR, "weight": 4.5, "opacity": 0.95},
                   highlight_function=lambda f: {"weight": 7},
                   ).add_to(m)


def _add_places(m: folium.Map, places: gpd.GeoDataFrame) -> None:
    if not len(places):
        return
    # countries and provinces are drawn as outlines; pins only for towns and districts
    pts = places[places["kind"].isin(["place", "admin2"])]
    for role, (colour, radius, label) in ROLE_STYLES.items():
        sub = pts[pts["role"] == role]
        if not len(sub):
            continue
        feats = []
        for pid, grp in sub.groupby("id", sort=True):
            r = grp.iloc[0]
            n = len(grp)
            feats.append(_feature(f"{role}:{pid}", r.geometry, {
                "id": pid, "layer": "place", "role": role,
                "tip": f"{escape(r['name'])} — {escape(label.lower())} ({n} mention{'s' if n != 1 else ''})",
            }))
        folium.GeoJson(
            _fc(feats), name=f"Places: {label.lower()}", tooltip=_tooltip(), show=role != "mentioned",
            marker=folium.CircleMarker(radius=radius, fill=True),
            style_function=lambda f, c=colour: {"color": "#fff", "weight": 1.5, "fillColor": c, "fillOpacity": 0.95},
        ).add_to(m)


def _add_events(m: folium.Map, events: gpd.GeoDataFrame) -> list[tuple[str, str]]:
    """Area events as dashed outlines, point events as typed symbols; returns time-filter groups."""
    groups: list[tuple[str, str]] = []
    if not len(events):
        return groups
    areas = events[events["shape"] != "point"]
    points = events[events["shape"] == "point"]
    if len(areas):
        fg = folium.FeatureGroup(name="Events: areas and border zones (uncertain)").add_to(m)
        for typ, grp in areas.groupby("type", sort=True):
            colour, _ = _style(typ)
            # one feature per area and type: the same province drawn once, not once per event
            feats = [_area_feature(sub) for _, sub in grp.groupby("location_id", sort=True)]
            gj = folium.GeoJson(
                _fc(feats), tooltip=_tooltip(), popup=_popup(),
                style_function=lambda f, c=colour: {"color": c, "weight": 2.5, "dashArray": "7 5",
                                                    "fillColor": c, "fillOpacity": 0.13},
                highlight_function=lambda f: {"fillOpacity": 0.3, "weight": 3.5},
            ).add_to(fg)
            groups.append((gj.get_name(), gj.get_name()))
    if len(points):
        # cluster when many, or when events share a spot (a stack of pins hides all but one)
        stacked = points.geometry.apply(lambda g: (round(g.x, 4), round(g.y, 4))).duplicated().any()
        clustered = len(points) > CLUSTER_THRESHOLD or bool(stacked)
        parent = (MarkerCluster(name="Events: places", options={"maxClusterRadius": 40, "showCoverageOnHover": False})
                  if clustered else folium.FeatureGroup(name="Events: places")).add_to(m)
        for (typ, prec), grp in points.groupby(["type", "precision"], sort=True):
            svg, size, anchor = event_icon_svg(typ, int(prec))
            icon = folium.DivIcon(html=svg, icon_size=size, icon_anchor=anchor, class_name="bl-marker")
            # popups bound per marker: a GeoJsonPopup binds to the GeoJSON group, which never
            # joins the map when its markers go into a MarkerCluster (the click then fails)
            gj = folium.GeoJson(
                _fc([_event_feature(r) for r in grp.itertuples()]), marker=folium.Marker(icon=icon),
                on_each_feature=_BIND_EACH,
            ).add_to(parent)
            groups.append((gj.get_name(), parent.get_name() if clustered else gj.get_name()))
    return groups


#: Events listed in one area popup; the rest are counted (the CSV and GeoJSON have them all).
AREA_POPUP_EVENTS = 15


def _area_feature(sub) -> dict:
    """One area (province, country, border zone) with every event of one type placed there."""
    sub = sub.sort_values(["date", "id"], na_position="last")
    rows = list(sub.itertuples())
    first = rows[0]
    n = len(rows)
    if n == 1:
        return _event_feature(first)
    colour, _ = _style(first.type)
    parts = [f'<div class="bl-pop"><div class="bl-pop-type" style="border-color:{colour}">'
             f'{escape(first.type)} · {n} events · {escape(first.location_name)}</div><div class="bl-many">']
    for r in rows[:AREA_POPUP_EVENTS]:
        parts.append(_event_popup(r).replace('<div class="bl-pop">', '<div class="bl-pop bl-item">', 1))
    if n > AREA_POPUP_EVENTS:
        parts.append(f'<div class="bl-dim">and {n - AREA_POPUP_EVENTS} more (see the CSV export)</div>')
    parts.append("</div></div>")
    dates = sorted((r.date if isinstance(r.date, str) else "") for r in rows)  # one per event, "" undated
    return _feature(first.id, first.geometry, {
        "id": first.id, "event_ids": ",".join(r.id for r in rows), "layer": "event",
        "article_id": first.article_id, "type": first.type, "date": next((d for d in dates if d), None),
        "dates": [d or None for d in dates], "precision": int(first.precision),
        "tip": f"{escape(first.type)} · {n} events · {escape(first.location_name)}",
        "popup": "".join(parts),
    })


def _event_feature(r) -> dict:
    return _feature(r.id, r.geometry, {
        "id": r.id, "layer": "event", "article_id": r.article_id, "type": r.type,
        "date": r.date, "precision": int(r.precision),
        "tip": _event_tip(r), "popup": _event_popup(r),
    })


def _legend_markup(layers: Layers, open_: bool = True) -> str:
    ev = layers.events
    counts = Counter(ev["type"]) if len(ev) else Counter()
    rows = [f'<details{" open" if open_ else ""}><summary>Legend</summary><div class="bl-h">Events</div>']
    for typ in sorted(counts, key=lambda t: (t not in TYPE_STYLES, list(TYPE_STYLES).index(t) if t in TYPE_STYLES else 0, t)):
        rows.append(f'<div class="bl-row">{_legend_symbol(typ)}<span>{escape(typ)} ({counts[typ]})</span></div>')
    if not counts:
        rows.append('<div class="bl-dim">no events</div>')
    rows.append('<div class="bl-h">Precision</div>')
    rows.append('<div class="bl-row"><svg width="14" height="18" viewBox="0 0 28 38"><path d="M14 37C14 37 2.5 23 2.5 14a11.5 11.5 0 1 1 23 0C25.5 23 14 37 14 37z" fill="#555"/></svg><span>pin: the named town</span></div>')
    rows.append('<div class="bl-row"><svg width="18" height="18" viewBox="0 0 32 32"><circle cx="16" cy="16" r="14" fill="none" stroke="#555" stroke-width="2" stroke-dasharray="3 2.5"/><circle cx="16" cy="16" r="10" fill="#555"/></svg><span>ringed: near a town</span></div>')
    rows.append('<div class="bl-row"><svg width="18" height="14"><rect x="1" y="1" width="16" height="12" fill="rgba(85,85,85,.15)" stroke="#555" stroke-width="1.6" stroke-dasharray="4 3"/></svg><span>dashed area: province, country or border zone</span></div>')
    rows.append('<div class="bl-h">Map</div>')
    rows.append(f'<div class="bl-row"><svg width="18" height="8"><line x1="0" y1="4" x2="18" y2="4" stroke="{_BORDER_COLOUR}" stroke-width="4"/></svg><span>border segment referred to</span></div>')
    for colour, radius, label in ROLE_STYLES.values():
        rows.append(f'<div class="bl-row"><svg width="18" height="14"><circle cx="9" cy="7" r="{min(radius, 6)}" fill="{colour}" stroke="#fff"/></svg><span>{escape(label)}</span></div>')
    swatches = "".join(f'<span style="display:inline-block;width:14px;height:10px;background:{c};border:1px solid #aaa"></span>' for _, c in _CHORO)
    rows.append(f'<div class="bl-row">{swatches}<span>events per province</span></div></details>')
    return "".join(rows)


# --------------------------------------------------------------------------- the app's map: base + layers

#: Layer key (geo.appstate.state.LAYER_LABELS) -> the function drawing it into a parent element.
_LAYER_DRAWERS = {
    "countries": lambda parent, layers: _add_countries(parent, layers.countries),
    "provinces": lambda parent, layers: _add_provinces(parent, layers.provinces),
    "borders": lambda parent, layers: _add_borders(parent, layers.borders),
    "places": lambda parent, layers: _add_places(parent, layers.places),
    "events": lambda parent, layers: _add_events(parent, layers.events),
}


def base_map(layers: Layers, view: tuple[float, float, float] | None = None, legend_open: bool = False,
             outlines_at: Callable[[outlines.Outlines], str | None] | None = None) -> folium.Map:
    """The app's map without its data layers: offline basemap for ``layers``' extent, legend,
    fullscreen button, and the view (``view`` = (lat, lon, zoom), else fitted to ``layers``).

    Built from the unfiltered layers, it stays the same while filters and layer toggles change,
    so the browser keeps its map (and its pan and zoom) and only swaps :func:`data_layers`.
    It loads Leaflet.markercluster from the start, since a later filter may cluster events.
    ``outlines_at`` publishes the basemap's outlines and returns the URL the browser fetches
    them from (:class:`geo.maps.outlines.FetchedOutlines`); without it, or when it returns
    None, they are drawn inline.
    """
    bounds = layers.bounds()
    m = folium.Map(location=None if view is None else [view[0], view[1]],
                   zoom_start=view[2] if view else 5, tiles=None, control_scale=True,
                   prefer_canvas=True, zoom_snap=0.25, maxZoom=18, minZoom=2)
    m.default_js = [(n, u) for n, u in folium.Map.default_js if n == "leaflet"] + list(MarkerCluster.default_js)
    m.default_css = [(n, u) for n, u in folium.Map.default_css if n == "leaflet_css"] + list(MarkerCluster.default_css)
    basemap = outlines.outlines(bounds)
    url = outlines_at(basemap) if outlines_at is not None else None
    if url is None:
        outlines.add_inline(m, basemap)
    else:
        outlines.FetchedOutlines(url).add_to(m)
    _Control(_legend_markup(layers, legend_open), "bl-legend", "bottomright").add_to(m)
    fit = None
    if view is None and bounds is not None:
        w, s, e, n = bounds
        fit = [[s, w], [n, e]]
    _Behaviour([], None, None, _CSS, fit).add_to(m)
    return m


def data_layers(layers: Layers, shown: frozenset[str] | set[str] | None = None) -> list[folium.FeatureGroup]:
    """The data of ``layers`` as one feature group per layer key in ``shown`` (all when None),
    in drawing order, for streamlit-folium's ``feature_group_to_add``. Each group is named by
    its key (``name``), so the browser can tell which layers are on the map.
    More features than ``limits().max_features`` raise :class:`~geo.errors.LimitError`."""
    keys = [k for k in _LAYER_DRAWERS if shown is None or k in shown]
    frames = {"events": layers.events, "places": layers.places, "provinces": layers.provinces,
              "countries": layers.countries, "borders": layers.borders}
    limits().check_features(sum(len(frames[k]) for k in keys), "this map")
    groups = []
    for key in keys:
        fg = folium.FeatureGroup(name=key, control=False)
        _LAYER_DRAWERS[key](fg, layers)
        groups.append(fg)
    return groups
