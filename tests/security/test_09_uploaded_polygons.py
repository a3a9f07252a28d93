"""Item 9: self-intersecting (bowtie) polygon in an uploaded layer -> repaired or rejected.

Borderlines has no upload path for map layers: uploads are articles. A GeoJSON (or KML,
shapefile, GeoPackage) upload is refused with a message saying so; the product's own polygons
(geo.places.areas, what maps and exports draw) are all valid.
"""
from __future__ import annotations

import json

import pytest
import shapely
from shapely.geometry import shape

from geo.errors import InputError
from geo.ingest import readers as ingest
from geo.maps import export
from geo.places import areas
from security.payloads import page_text, run_app, upload

BOWTIE = {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"name": "bowtie"},
          "geometry": {"type": "Polygon", "coordinates": [[[60, 25], [70, 35], [70, 25], [60, 35], [60, 25]]]}}]}


@pytest.mark.parametrize("name", ["layer.geojson", "layer.json", "layer"])
def test_a_geojson_layer_upload_is_refused_with_a_clear_message(name):
    assert not shape(BOWTIE["features"][0]["geometry"]).is_valid  # it is a bowtie
    with pytest.raises(InputError, match="GeoJSON map layer.*not map layers"):
        ingest.read_bytes(name, json.dumps(BOWTIE).encode())
    with pytest.raises(InputError, match="GeoJSON map layer"):
        ingest.read_bytes(name, json.dumps(BOWTIE["features"][0]).encode())


@pytest.mark.parametrize("name, data", [
    ("layer.kml", b'<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><Polygon>'
                  b"<outerBoundaryIs><LinearRing><coordinates>60,25 70,35 70,25 60,35 60,25</coordinates>"
                  b"</LinearRing></outerBoundaryIs></Polygon></Placemark></kml>"),
    ("layer.shp", b"\x00\x00\x27\x0a" + bytes(96)),
    ("layer.gpkg", b"SQLite format 3\x00" + bytes(200)),
    ("layer.kmz", b"PK\x03\x04" + bytes(100)),
])
def test_other_layer_formats_are_refused(name, data):
    with pytest.raises(InputError):
        ingest.read_bytes(name, data)


def test_the_app_refuses_a_layer_upload_and_keeps_working(app_data_dir):
    at = upload(run_app(), [("bowtie.geojson", json.dumps(BOWTIE).encode(), "application/geo+json")])
    shown = page_text(at)
    assert "bowtie.geojson" in shown and "not map layers" in shown
    assert at.title[0].value == "Borderlines"


@pytest.mark.parametrize("kind", ["country", "admin1"])
def test_every_area_polygon_the_product_draws_is_valid(kind):
    frame = areas.display_frame(kind)
    assert len(frame) > 100
    bad = frame[~shapely.is_valid(frame.geometry.to_numpy())]
    assert bad.empty, list(bad["id"])[:10]


def test_exported_area_geometries_are_valid(hostile_analysed):
    fc = export.geojson_dict(hostile_analysed)
    polys = [f for f in fc["features"] if f["geometry"]["type"] in ("Polygon", "MultiPolygon")]
    assert polys and all(shape(f["geometry"]).is_valid for f in polys)
