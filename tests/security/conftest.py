"""Fixtures of the checklist tests: hypothesis profiles, an app with its own data directory."""
from __future__ import annotations

import os

import pytest

from security.profiles import register

register()


@pytest.fixture(scope="module")
def app_data_dir(tmp_path_factory: pytest.TempPathFactory):
    """Point the app's store at a fresh directory for one module (as tests/test_app.py does)."""
    import streamlit as st

    old = os.environ.get("BORDERLINES_DATA_DIR")
    path = tmp_path_factory.mktemp("secapp")
    os.environ["BORDERLINES_DATA_DIR"] = str(path)
    st.cache_resource.clear()
    yield path
    st.cache_resource.clear()
    if old is None:
        os.environ.pop("BORDERLINES_DATA_DIR", None)
    else:
        os.environ["BORDERLINES_DATA_DIR"] = old


@pytest.fixture(scope="session")
def hostile_analysed():
    """The hostile story through the real ingest and pipeline (a Result with real places)."""
    from geo import pipeline
    from geo.ingest import readers as ingest
    from security.payloads import hostile_article_text

    article = ingest.from_text(hostile_article_text(), url="javascript:alert(1)", date="2024-05-06")
    return pipeline.analyse([article])


@pytest.fixture(scope="session")
def hostile_export(hostile_analysed, tmp_path_factory):
    """The hostile story exported with geo.maps.export.write_html (path)."""
    from geo.maps import export

    return export.write_html(hostile_analysed, tmp_path_factory.mktemp("hostile") / "hostile.html")
