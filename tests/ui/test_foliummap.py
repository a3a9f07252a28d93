"""ui.foliummap: what the app hands streamlit-folium's component (no browser, no server)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import streamlit_folium as sf
from maps_fixtures import areas  # noqa: F401

from geo.maps import outlines
from ui import foliummap

_BASE = {"script": "", "header": "", "html": "", "id": "map_x", "js_links": [], "css_links": []}


def _frontend_report_keys() -> list[str]:
    """The keys of the value the installed frontend reports, in the order it builds them."""
    build = Path(sf.__file__).parent / "frontend" / "build" / "static" / "js"
    (bundle,) = build.glob("main.*.js")
    body = re.search(r"function updateComponentValue\(.*?let \w+=\{(.*?)\};", bundle.read_text(encoding="utf-8"), re.S)
    return re.findall(r"(?:^|,)(\w+):", body.group(1))


def _draw(monkeypatch, returned_objects) -> dict:
    sent = {}
    monkeypatch.setattr(sf, "_component_func", lambda **kwargs: sent.update(kwargs))
    foliummap.draw(_BASE, "", key="map", height=600, returned_objects=returned_objects)
    return sent


def test_report_order_is_the_installed_frontends():
    assert list(foliummap._REPORT_ORDER) == _frontend_report_keys()


def test_new_map_reports_nothing_so_no_second_run(monkeypatch):
    # The frontend sends its first value only when its JSON differs from the default's: same
    # keys in the same order, all null, and a newly drawn map sends nothing.
    sent = _draw(monkeypatch, ["last_active_drawing", "last_clicked"])
    first_report = {k: None for k in _frontend_report_keys() if k in ("last_active_drawing", "last_clicked")}
    assert json.dumps(sent["default"]) == json.dumps(first_report)
    assert sent["returned_objects"] == ["last_active_drawing", "last_clicked"]


def test_outlines_publish_into_the_served_folder(areas, tmp_path: Path, monkeypatch):
    monkeypatch.setattr(foliummap, "STATIC_DIR", tmp_path)
    url = foliummap.publish_outlines(outlines.outlines((55.0, 25.0, 70.0, 36.0)))
    assert url.startswith("/app/static/basemap/")
    assert (tmp_path / "basemap" / url.rsplit("/", 1)[1]).is_file()


def test_unwritable_static_folder_leaves_the_outlines_inline(areas, tmp_path: Path, monkeypatch):
    blocker = tmp_path / "static"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    monkeypatch.setattr(foliummap, "STATIC_DIR", blocker)
    assert foliummap.publish_outlines(outlines.outlines((55.0, 25.0, 70.0, 36.0))) is None
