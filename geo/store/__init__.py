"""Saved maps behind one interface: SQLite (:mod:`geo.store.sqlite`, the default) and PostgreSQL
(:mod:`geo.store.postgres`) side by side; share ids (:mod:`geo.store.share`).
"""
