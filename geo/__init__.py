"""Borderlines: news articles in, maps of places, events, provinces and borders out.

Nothing heavy is loaded at import time: data and optional libraries load lazily, once.
"""
__version__ = "0.1.0"
