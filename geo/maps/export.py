"""Exports: one self-contained HTML file per map, GeoJSON (RFC 7946) and CSV; atomic writes.

The HTML file inlines every script and style it needs (see geo.maps.assets), loads nothing from the
network (tiles only when asked), embeds its source articles and a content hash, and lists the
articles in a folding panel (which yields to popups) so every feature can be traced back to its
sentence offline.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
import os
import re
from html.parser import HTMLParser
from pathlib import Path

import folium
import pandas as pd
from branca.element import Element
from folium.plugins import MarkerCluster
from folium.template import Template
from shapely.geometry import mapping
from shapely.geometry.polygon import orient

from geo.config import limits
from geo.errors import DataError
from geo.files import atomic_write  # re-exported: export.atomic_write
from geo.html import escape, safe_url
from geo.maps import assets
from geo.maps.layers import EVENT_COLUMNS, Filters, Layers, build
from geo.maps.render import build_map, drawn_features
from geo.models import Result

__all__ = ["html_string", "write_html", "offline_html", "remote_loads", "geojson_dict", "write_geojson", "csv_string", "write_csv",
           "content_hash", "json_for_script", "atomic_write"]

# A <script src> or <link href> pointing anywhere but inline content (http, https, //host).
# What a page LOADS from the network (the offline promise), as opposed to what it quotes: an
# article may well name "code.jquery.com", and its text is embedded as data, never loaded.
_REMOTE_URL = r"""\s*(?:https?:)?//"""
_CSS_REMOTE = re.compile(r"""url\(\s*["']?""" + _REMOTE_URL + r"""|@import\s+(?:url\(\s*)?["']?""" + _REMOTE_URL, re.I)
_CDN_HOSTS = ("cdn.jsdelivr.net", "cdnjs.cloudflare.com", "code.jquery.com", "netdna.bootstrapcdn.com",
              "unpkg.com")
# In script code: a call that fetches a remote URL, or a CDN address as a string literal. The
# inlined libraries hold other URL strings (XML namespaces) that load nothing; escaped article
# text never holds a bare quote (geo.html.escape), and data blocks (application/json) are no code.
_JS_REMOTE = re.compile(
    r"""(?:\b(?:fetch|importScripts|import|open|sendBeacon)\s*\(\s*(?:["'`][A-Za-z]+["'`]\s*,\s*)?"""
    r"""|\.(?:src|href)\s*=\s*)["'`]""" + _REMOTE_URL
    + r"""|["'`]\s*(?:https?:)?//(?:""" + "|".join(re.escape(h) for h in _CDN_HOSTS) + r""")""",
    re.I,
)
_LOADING_ATTRS = frozenset({"src", "href", "srcset", "data", "poster", "action", "formaction", "background"})
_DATA_SCRIPT_TYPES = ("application/json", "application/ld+json", "text/plain")


# --------------------------------------------------------------------------- helpers

def content_hash(result: Result) -> str:
    """``sha256:<hex>`` of the map's inputs (articles and corrections), via geo.serialize."""
    from geo.serialize import content_hash as serialize_hash
    from geo.serialize import to_jsonable

    inputs = {"articles": [to_jsonable(a.article) for a in result.articles],
              "corrections": [to_jsonable(c) for c in result.corrections]}
    return "sha256:" + serialize_hash(inputs)


_JSON_STR = str.maketrans({c: f"\\u{ord(c):04x}" for c in "<>&'`${}\u2028\u2029"})


def json_for_script(value: object) -> str:
    """JSON safe inside ``<script type="application/json">`` and free of raw markup characters.

    Inside strings ``< > & ' ` $ { }`` (and U+2028/9) become ``\\uXXXX`` escapes, so ``</script>``
    cannot end the block and no input text appears verbatim in the file. NaN is refused.
    """
    if isinstance(value, dict):
        return "{" + ",".join(json_for_script(str(k)) + ":" + json_for_script(v) for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(json_for_script(v) for v in value) + "]"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False).translate(_JSON_STR)
    return json.dumps(value, allow_nan=False)


def _walk(element):
    yield element
    for child in list(getattr(element, "_children", {}).values()):
        yield from _walk(child)


# --------------------------------------------------------------------------- HTML

class _Provenance(folium.MacroElement):
    """Embedded sources (JSON block) and the panel listing them; all text set with textContent.

    The panel is a ``<details>`` folded by default into one line at the bottom left (a native
    disclosure: focusable, Enter/Space toggle it, Escape folds it back). It never covers a popup:
    Leaflet draws every control above the map pane, and popups live inside that pane's stacking
    context, so no z-index can put the panel between markers and popups — a lower one would drop
    it behind the whole map. Instead it yields to whichever came last: a popup that opens (or
    slides, as the map moves) under a panel opened before it folds it; a panel opened while a
    popup was still moving into place makes room for it instead; the folded line steps out of sight while a popup covers its
    spot; opening the panel beside a popup, or showing an article's text in it, pans the map the
    shorter way until the popup clears it (or closes the popup when the window has no room for both).
    """

    _template = Template(
        """
        {% macro header(this, kwargs) %}
        <meta name="borderlines-content-hash" content="{{ this.hash_attr }}">
        <script type="application/json" id="bl-source">{{ this.payload }}</script>
        <style>
        .bl-sources summary { cursor: pointer; font-weight: 600; white-space: nowrap; }
        .bl-sources summary:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; border-radius: 2px; }
        .bl-sources[open] { width: 280px; max-width: calc(100vw - 40px); }
        .bl-sources[open] summary { margin-bottom: 4px; }
        /* the list scrolls under a fixed summary; the height leaves room for the zoom buttons */
        .bl-src-body { max-height: min(45vh, calc(100vh - 230px)); overflow: auto; overscroll-behavior: contain; }
        .bl-sources.bl-yield:not([open]) { visibility: hidden; }
        .bl-art { border-top: 1px solid #ddd; padding: 5px 0; }
        .bl-art pre { white-space: pre-wrap; font: 12px/1.4 system-ui, sans-serif; background: #f7f7f7; padding: 6px; max-height: 30vh; overflow: auto; }
        .bl-art button { font: inherit; font-size: 11px; }
        .bl-hash { font-family: ui-monospace, monospace; font-size: 10px; color: #666; word-break: break-all; }
        </style>
        {% endmacro %}
        {% macro script(this, kwargs) %}
        (function () {
            var map = {{ this._parent.get_name() }};
            var src = JSON.parse(document.getElementById('bl-source').textContent);
            var box = null, sum = null;
            var ctl = L.control({position: 'bottomleft'});
            ctl.onAdd = function () {
                box = L.DomUtil.create('details', 'bl-panel bl-sources');
                sum = L.DomUtil.create('summary', '', box);
                sum.textContent = 'Sources: ' + src.articles.length + ' article' + (src.articles.length === 1 ? '' : 's');
                var body = L.DomUtil.create('div', 'bl-src-body', box);
                var hash = L.DomUtil.create('div', 'bl-hash', body);
                hash.textContent = 'content hash ' + src.content_hash + ' · made ' + src.created;
                src.articles.forEach(function (a) {
                    var d = L.DomUtil.create('div', 'bl-art', body);
                    var t = L.DomUtil.create(a.url && /^https?:\\/\\//i.test(a.url) ? 'a' : 'strong', '', d);
                    t.textContent = a.title || 'Untitled article';
                    if (t.tagName === 'A') { t.href = a.url; t.target = '_blank'; t.rel = 'noopener noreferrer nofollow'; }
                    var meta = L.DomUtil.create('div', 'bl-dim', d);
                    meta.textContent = [a.date || 'undated', a.source, a.events + ' event' + (a.events === 1 ? '' : 's')].join(' · ');
                    var b = L.DomUtil.create('button', '', d); b.type = 'button'; b.textContent = 'Show text';
                    b.setAttribute('aria-expanded', 'false');
                    var pre = null;
                    L.DomEvent.on(b, 'click', function () {
                        if (!pre) { pre = L.DomUtil.create('pre', '', d); pre.textContent = a.text; b.textContent = 'Hide text'; }
                        else { d.removeChild(pre); pre = null; b.textContent = 'Show text'; }
                        b.setAttribute('aria-expanded', pre ? 'true' : 'false');
                    });
                });
                // Escape folds the panel from anywhere inside it and leaves focus on its summary
                L.DomEvent.on(box, 'keydown', function (e) {
                    if ((e.key === 'Escape' || e.key === 'Esc') && box.open) {
                        box.open = false; sum.focus(); L.DomEvent.stop(e);
                    }
                });
                // opened, or grown by an article's text: keep clear of an open popup
                L.DomEvent.on(box, 'toggle', function () { if (box.open) { openedAt = Date.now(); } });
                if (window.ResizeObserver) { new ResizeObserver(function () { if (box.open) { makeRoom(); } }).observe(box); }
                else { L.DomEvent.on(box, 'toggle', function () { if (box.open) { makeRoom(); } }); }
                L.DomEvent.disableClickPropagation(box);
                L.DomEvent.disableScrollPropagation(box);
                return box;
            };
            ctl.addTo(map);

            // --- the panel yields to popups (see the class docstring for why not z-index)
            // (which came last, the reader opening the panel or a popup, decides which yields)
            var popup = null, autopanning = false, making = false, GAP = 8, openedAt = 0, poppedAt = 0;
            function rect(el) { return el.getBoundingClientRect(); }
            function overlap(a, b) {
                return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
            }
            // the popup's box and the tip under it, which points at the feature
            function popupRect() {
                var el = popup && popup.isOpen() && popup.getElement();
                if (!el) { return null; }
                var r = rect(el), tip = el.querySelector('.leaflet-popup-tip-container');
                var bottom = tip ? Math.max(r.bottom, rect(tip).bottom) : r.bottom;
                return {left: r.left, right: r.right, top: r.top, bottom: bottom};
            }
            // a popup opened or moved: fold the panel if it covers the popup, and hide the folded
            // line while the popup still covers its spot (it comes back when the popup closes)
            function settle() {
                var p = popupRect();
                if (p && box.open && overlap(rect(box), p)) {
                    // a popup opened after the panel folds it; a panel opened while the popup
                    // was still moving into place makes room for it instead
                    if (openedAt > poppedAt) { makeRoom(); } else { box.open = false; }
                }
                mark();
            }
            function mark() {
                var p = popupRect();
                // (only the folded line steps aside: an open panel is never hidden, it makes room)
                L.DomUtil[p && !box.open && overlap(rect(box), p) ? 'addClass' : 'removeClass'](box, 'bl-yield');
            }
            // the panel was opened while a popup is shown: pan the map the shorter way (right or
            // up) until the popup clears the panel; with no room for both, the popup closes
            function makeRoom() {
                var p = popupRect(), s = rect(box), c = rect(map.getContainer());
                if (making || !p || !overlap(s, p)) { return; }  // one pan at a time: it animates
                var dx = s.right + GAP - p.left, dy = p.bottom - (s.top - GAP);
                var right = p.right + dx <= c.right - GAP, up = p.top - dy >= c.top + GAP;
                if (right && (!up || dx <= dy)) { making = true; map.panBy([-dx, 0]); }
                else if (up) { making = true; map.panBy([0, dy]); }
                else { map.closePopup(); }
            }
            // Leaflet pans a popup into view after it opens: measure where it comes to rest
            map.on('autopanstart', function () { autopanning = true; });
            map.on('popupopen', function (e) { popup = e.popup; poppedAt = Date.now(); if (!autopanning) { settle(); } });
            map.on('moveend resize', function () {
                var ours = making;
                autopanning = making = false;
                if (ours) {
                    // after our own pan the panel may have grown meanwhile (text shown): make room
                    // again; the panel the reader opened is never folded by the room made for it
                    makeRoom();
                    if (!making) { mark(); }
                    return;
                }
                settle();
            });
            map.on('popupclose', function (e) {
                if (e.popup === popup) { popup = null; L.DomUtil.removeClass(box, 'bl-yield'); }
            });
        })();
        {% endmacro %}
        """
    )

    def __init__(self, payload: dict):
        super().__init__()
        self._name = "BlProvenance"
        self.payload = json_for_script(payload)
        self.hash_attr = escape(payload["content_hash"])


def _source_payload(result: Result, layers: Layers) -> dict:
    counts: dict[str, int] = {}
    if len(layers.events):
        for aid in layers.events["article_id"]:
            counts[aid] = counts.get(aid, 0) + 1
    return {
        "format": "borderlines-map/1",
        "content_hash": content_hash(result),
        "created": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        "articles": [{
            "id": a.article.id, "content_hash": a.article.content_hash or None, "title": a.article.title, "date": a.article.date.isoformat() if a.article.date else None,
            "url": safe_url(a.article.url), "source": a.article.source, "text": a.article.text,
            "events": counts.get(a.article.id, 0),
        } for a in result.articles],
        "corrections": [{"article_id": c.article_id, "start": c.start, "end": c.end, "action": c.action,
                         "from_id": c.from_id, "to_id": c.to_id, "at": c.at, "note": c.note}
                        for c in result.corrections],
    }


def _title(result: Result, layers: Layers) -> str:
    n_a, n_e = len(result.articles), len(layers.events)
    return f"Borderlines map: {n_e} event{'s' if n_e != 1 else ''} from {n_a} article{'s' if n_a != 1 else ''}"


def offline_html(m: folium.Map) -> str:
    """Render ``m`` with every asset inlined and every CDN reference removed."""
    root = m.get_root()
    uses_cluster = False
    for el in _walk(root):
        if isinstance(el, MarkerCluster):
            uses_cluster = True
        if hasattr(el, "default_js"):
            # instance attributes shadow folium's class-level CDN lists (never mutate those)
            el.default_js = []
            el.default_css = []
    header = root.header
    header.add_child(Element(assets.inline_style(assets.leaflet_css())), name="bl_leaflet_css", index=1)
    header.add_child(Element(assets.inline_script(assets.leaflet_js())), name="bl_leaflet_js", index=2)
    if uses_cluster:
        header.add_child(Element(assets.inline_style(assets.markercluster_css())), name="bl_cluster_css")
        header.add_child(Element(assets.inline_script(assets.markercluster_js())), name="bl_cluster_js")
    html = root.render()
    bad = remote_loads(html)
    if bad:
        raise DataError(f"offline map still loads from the network: {bad[0]!r}")
    return html


class _Loads(HTMLParser):
    """Collects what an HTML page would fetch: element URLs, CSS url()/@import, script URLs."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self._in: str | None = None  # "style" or "script" while inside one that is code

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            value = value or ""
            if name == "style" and _CSS_REMOTE.search(value):
                self.found.append(f"<{tag} style={value[:80]}>")
            elif tag != "a" and name in _LOADING_ATTRS and re.match(_REMOTE_URL, value):
                self.found.append(f"<{tag} {name}={value[:80]}>")
        if tag == "style":
            self._in = "style"
        elif tag == "script":
            kind = (dict(attrs).get("type") or "").strip().lower()
            self._in = None if kind in _DATA_SCRIPT_TYPES else "script"

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script"):
            self._in = None

    def handle_data(self, data: str) -> None:
        if self._in == "style":
            m = _CSS_REMOTE.search(data)
        elif self._in == "script":
            m = _JS_REMOTE.search(data)
        else:
            return
        if m:
            self.found.append(data[m.start(): m.start() + 80])


def remote_loads(html: str) -> list[str]:
    """What ``html`` would load from the network (empty for an offline page). Text the page
    merely shows or embeds as data (an article naming a CDN host) does not count."""
    p = _Loads()
    p.feed(html)
    p.close()
    return p.found


def html_string(result: Result, tiles: bool = False, filters: Filters | None = None,
                view: tuple[float, float, int] | None = None) -> str:
    """The map of ``result`` as one standalone HTML document (no network unless ``tiles``)."""
    layers = build(result, filters)
    m = build_map(layers, tiles=tiles, view=view, title=_title(result, layers))
    _Provenance(_source_payload(result, layers)).add_to(m)
    return offline_html(m)


def write_html(result: Result, path: str | os.PathLike, tiles: bool = False,
               filters: Filters | None = None, view: tuple[float, float, int] | None = None) -> Path:
    """Write :func:`html_string` to ``path`` atomically; returns the path."""
    return atomic_write(path, html_string(result, tiles=tiles, filters=filters, view=view).encode("utf-8"))


# --------------------------------------------------------------------------- GeoJSON

def _clean(value):
    """JSON-safe property value: NaN/inf → None, numpy scalars → Python."""
    if value is None or (not isinstance(value, (str, bytes, list, tuple, dict)) and pd.isna(value)):
        return None
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def _rfc7946(geom) -> dict:
    """GeoJSON geometry with exterior rings counter-clockwise (RFC 7946 right-hand rule)."""
    if geom.geom_type == "Polygon":
        geom = orient(geom, 1.0)
    elif geom.geom_type == "MultiPolygon":
        geom = type(geom)([orient(p, 1.0) for p in geom.geoms])
    return _round(mapping(geom))


def _round(obj):
    if isinstance(obj, dict):
        return {k: _round(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        if obj and all(isinstance(v, float) for v in obj):
            return [round(v, 6) for v in obj]
        return [_round(v) for v in obj]
    return obj


def geojson_dict(result: Result, filters: Filters | None = None) -> dict:
    """One RFC 7946 FeatureCollection: events, places, provinces, countries, border segments.

    Each feature has ``properties.layer`` naming its layer and ``properties.id`` its id.
    Coordinates are (lon, lat), WGS84.
    """
    layers = build(result, filters)
    limits().check_features(drawn_features(layers), "this map")
    features = []
    for layer, frame in (("event", layers.events), ("place", layers.places), ("province", layers.provinces),
                         ("country", layers.countries), ("border", layers.borders)):
        cols = [c for c in frame.columns if c != "geometry"]
        for row in frame.itertuples(index=False):
            rec = row._asdict()
            geom = rec.pop("geometry")
            if geom is None or geom.is_empty:
                continue
            props = {"layer": layer, **{c: _clean(rec[c]) for c in cols}}
            features.append({"type": "Feature", "properties": props, "geometry": _rfc7946(geom)})
    return {"type": "FeatureCollection", "features": features}


def write_geojson(result: Result, path: str | os.PathLike, filters: Filters | None = None) -> Path:
    """Write :func:`geojson_dict` to ``path`` atomically."""
    text = json.dumps(geojson_dict(result, filters), ensure_ascii=False, allow_nan=False)
    return atomic_write(path, text.encode("utf-8"))


# --------------------------------------------------------------------------- CSV

def _cell(value) -> str:
    value = _clean(value)
    if value is None:
        return ""
    text = str(value)
    # spreadsheet formula injection: a cell starting with = + - @ (or a control) is text
    if text[:1] in ("=", "+", "-", "@", "\t", "\r") and not _is_number(text):
        return "'" + text
    return text


def _is_number(text: str) -> bool:
    try:
        float(text)
        return True
    except ValueError:
        return False


def csv_string(result: Result, filters: Filters | None = None) -> str:
    """Events as CSV (one row per event; ``geometry_type`` says point, polygon or band)."""
    layers = build(result, filters)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(EVENT_COLUMNS + ["geometry_type"])
    for row in layers.events.itertuples(index=False):
        rec = row._asdict()
        w.writerow([_cell(rec[c]) for c in EVENT_COLUMNS] + [rec["geometry"].geom_type])
    return buf.getvalue()


def write_csv(result: Result, path: str | os.PathLike, filters: Filters | None = None) -> Path:
    """Write :func:`csv_string` to ``path`` atomically (UTF-8 with BOM, so spreadsheets read it)."""
    return atomic_write(path, ("\ufeff" + csv_string(result, filters)).encode("utf-8"))
