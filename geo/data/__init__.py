"""The builder of data/ (``python -m geo.data build``): build time only, never imported by the app.

Modules: :mod:`geo.data.sources` (where inputs come from), :mod:`geo.data.admin1` (Natural
Earth admin-1 -> keyed areas), :mod:`geo.data.gazetteer_build` (names and places),
:mod:`geo.data.areas_build` (shapes, display simplification, border segments),
:mod:`geo.data.build` (orchestration, manifest). Hand-written tables: ``aliases.tsv``,
``demonyms.tsv``.
"""
