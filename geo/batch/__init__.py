"""Corpus runs to GeoParquet (:mod:`geo.batch.run`) on an engine (:mod:`geo.batch.engines`), and a
batch's output read back as map layers (:mod:`geo.batch.view`).
"""
