"""Borderlines: news articles in, maps of places, events, provinces and borders out.

The public API, at the package root (``from geo import analyse``)::

    analyse(articles, corrections=())  -> Result      geo.pipeline
    analyse_text(text, ...)            -> Result      geo.pipeline
    parse(text, ...)                   -> mentions    geo.geoparse.recognise
    extract(article, mentions, ...)    -> events      geo.events.extract
    Result, Article, Event, Mention, Place            geo.models

Names resolve lazily (PEP 562) so ``import geo`` stays cheap: nothing heavy (gazetteer,
folium, streamlit) is loaded until it is used. A NullHandler on the package logger keeps the
library quiet unless the caller configures logging (``python -m geo --verbose`` does).
"""
from __future__ import annotations

import importlib
import logging
from typing import Any

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

# Public name -> module that defines it (edit here when the API grows).
_API = {
    "analyse": "geo.pipeline",
    "analyse_text": "geo.pipeline",
    "analyse_article": "geo.pipeline",
    "parse": "geo.geoparse.recognise",
    "extract": "geo.events.extract",
    "Result": "geo.models",
    "Article": "geo.models",
    "Event": "geo.models",
    "Mention": "geo.models",
    "Place": "geo.models",
}

__all__ = ["__version__", *_API]


def __getattr__(name: str) -> Any:
    module = _API.get(name)
    if module is None:
        raise AttributeError(f"module 'geo' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # resolve once
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
