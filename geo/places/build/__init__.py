"""The builder of data/ (``python -m geo.places.build build``): build time only, never imported by the app.

Modules: :mod:`geo.places.build.sources` (where inputs come from), :mod:`geo.places.build.admin1` (Natural
Earth admin-1 -> keyed areas), :mod:`geo.places.build.gazetteer` (names and places),
:mod:`geo.places.build.areas` (shapes, display simplification, border segments),
:mod:`geo.places.build.article_names` and :mod:`geo.places.build.districts` (steps with their own
inputs fingerprint: Arabic article forms, second-level areas), :mod:`geo.places.build.builder`
(orchestration, manifest). Hand-written tables: ``aliases.tsv``,
``demonyms.tsv``.
"""
