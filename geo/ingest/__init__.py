"""Ingest: files and pasted text -> :class:`geo.models.Article` (:mod:`geo.ingest.readers`), and the
boilerplate spans an analysis skips (:mod:`geo.ingest.boilerplate`).
"""
