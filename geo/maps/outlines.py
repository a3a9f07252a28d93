"""The offline basemap: country and province outlines around a map's extent, and country names.

Two ways to the browser, drawn alike (same styles, same label pane):

* inline (:func:`add_inline`), as folium GeoJSON in the page: what a standalone exported file
  needs, since it must open with no server;
* published (:func:`publish` then :class:`FetchedOutlines`): written once per content as a
  static JSON file that the page fetches. The outlines are most of a regional map's bytes
  (≈ 230 kB for the example article); inline, every first page of the app carried them through
  Streamlit's websocket into the map component, which parsed them as script.

Coordinates in the documents are GeoJSON's (lon, lat), EPSG:4326; labels are (lat, lon, name)
as Leaflet takes them. Nothing here imports streamlit.
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

import folium
from folium.template import Template

from geo.files import atomic_write
from geo.maps.geojson import collection, feature
from geo.maps.layers import basemap

__all__ = ["COUNTRY_STYLE", "PROVINCE_STYLE", "KEEP", "Outlines", "outlines", "add_inline", "publish",
           "FetchedOutlines"]

#: Leaflet path styles of the outlines (countries filled as land, provinces dashed).
COUNTRY_STYLE = {"fillColor": "#f5f1e8", "color": "#a39e93", "weight": 1, "fillOpacity": 1}
PROVINCE_STYLE = {"color": "#c9c2b4", "weight": 0.6, "fill": False, "dashArray": "2 3"}

#: Published documents kept in a folder (newest used first); more than the maps the app keeps
#: rendered (ui.foliummap), so no remembered page points at a removed file.
KEEP = 32

# Country names go in a pane of their own above the data (pointer events off: never in the way
# of a click), each set with textContent: a name is never parsed as HTML. One function for the
# inline and the fetched outlines.
_ADD_LABELS_JS = """function (map, labels) {
    var pane = map.getPane('blLabels') || map.createPane('blLabels');
    pane.style.zIndex = 450; pane.style.pointerEvents = 'none';
    labels.forEach(function (l) {
        var el = document.createElement('span'); el.textContent = l[2];
        L.marker([l[0], l[1]], {pane: 'blLabels', interactive: false, keyboard: false,
            icon: L.divIcon({className: 'bl-label', html: el, iconSize: null})}).addTo(map);
    });
}"""


@dataclass(frozen=True)
class Outlines:
    """A basemap: ``countries`` and ``provinces`` as GeoJSON FeatureCollections (features with
    ``layer: "basemap"``), ``labels`` as (lat, lon, country name)."""

    countries: dict
    provinces: dict
    labels: tuple[tuple[float, float, str], ...]

    def document(self) -> bytes:
        """The outlines as one compact JSON document (what :func:`publish` writes)."""
        data = {"countries": self.countries, "provinces": self.provinces, "labels": self.labels}
        return json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def _collection(frame) -> dict:
    # 3 digits (≈ 100 m) are plenty at the zooms a basemap is read at
    return collection([feature(str(r.id), r.geometry, {"id": str(r.id), "layer": "basemap"}, digits=3)
                       for r in frame.itertuples() if r.geometry is not None])


def outlines(bounds: tuple[float, float, float, float] | None) -> Outlines:
    """The basemap around ``bounds`` (west, south, east, north), from
    :func:`geo.maps.layers.basemap`; empty when there are no bounds or no area data."""
    countries, provinces = basemap(bounds)
    labels = []
    for r in countries.itertuples():
        if r.geometry is None or r.geometry.is_empty or r.geometry.area < 1.0:
            continue  # no name on a sliver at the edge of the clip box
        p = r.geometry.representative_point()
        labels.append((round(p.y, 3), round(p.x, 3), str(getattr(r, "name", ""))))
    return Outlines(_collection(countries), _collection(provinces), tuple(labels))


class _InlineLabels(folium.MacroElement):
    """Country names of an inline basemap."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        ({{ this.add_labels }})({{ this._parent.get_name() }}, {{ this.labels|tojson }});
        {% endmacro %}
        """
    )

    def __init__(self, labels: tuple[tuple[float, float, str], ...]):
        super().__init__()
        self._name = "BlLabels"
        self.labels, self.add_labels = list(labels), _ADD_LABELS_JS


def add_inline(m: folium.Map, basemap_: Outlines) -> None:
    """Draw ``basemap_`` into ``m`` with the page: folium GeoJSON layers (non-interactive, out of
    the layer control) and the country names."""
    if basemap_.countries["features"]:
        folium.GeoJson(basemap_.countries, name="Basemap (offline outlines)", control=False, interactive=False,
                       style_function=lambda f: COUNTRY_STYLE).add_to(m)
        _InlineLabels(basemap_.labels).add_to(m)
    if basemap_.provinces["features"]:
        folium.GeoJson(basemap_.provinces, name="Province outlines", control=False, interactive=False,
                       style_function=lambda f: PROVINCE_STYLE).add_to(m)


class FetchedOutlines(folium.MacroElement):
    """The basemap fetched from ``url`` (a document :func:`publish` wrote) once the map exists.

    The outlines arrive after the data layers, so they go in a pane under Leaflet's overlay pane
    (z-index 350 < 400): land never covers the data. A failed fetch leaves the map without its
    basemap (and says so in the console); the data layers stay usable.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function () {
            var map = {{ this._parent.get_name() }};
            var pane = map.createPane('blBasemap'); pane.style.zIndex = 350;
            fetch({{ this.url|tojson }}).then(function (r) {
                if (!r.ok) { throw new Error('HTTP ' + r.status); }
                return r.json();
            }).then(function (d) {
                var common = {pane: 'blBasemap', interactive: false};
                L.geoJSON(d.countries, Object.assign({style: {{ this.country_style|tojson }}}, common)).addTo(map);
                L.geoJSON(d.provinces, Object.assign({style: {{ this.province_style|tojson }}}, common)).addTo(map);
                ({{ this.add_labels }})(map, d.labels);
            }).catch(function (e) { console.warn('Borderlines: basemap outlines not loaded', e); });
        })();
        {% endmacro %}
        """
    )

    def __init__(self, url: str):
        super().__init__()
        self._name = "BlFetchedOutlines"
        self.url, self.add_labels = url, _ADD_LABELS_JS
        self.country_style, self.province_style = COUNTRY_STYLE, PROVINCE_STYLE


def publish(basemap_: Outlines, folder: str | os.PathLike[str], keep: int = KEEP) -> Path:
    """Write ``basemap_`` as ``folder/<sha256>.json`` unless that file exists; return its path.

    Same content, same file: an existing one is not rewritten, only marked as just used (its
    modification time), and the folder keeps the ``keep`` most recently used documents.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    data = basemap_.document()
    path = folder / f"{hashlib.sha256(data).hexdigest()}.json"
    if path.is_file():
        os.utime(path)
    else:
        atomic_write(path, data)  # a page never fetches a half-written file
    _prune(folder, keep)
    return path


def _prune(folder: Path, keep: int) -> None:
    def used(p: Path) -> float:
        try:
            return p.stat().st_mtime
        except FileNotFoundError:  # removed meanwhile by another session's prune
            return float("inf")

    documents = sorted(folder.glob("*.json"), key=used, reverse=True)
    for old in documents[keep:]:
        old.unlink(missing_ok=True)
