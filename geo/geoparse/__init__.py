"""Geoparsing: recognition of place mentions (:mod:`geo.geoparse.recognise`), resolution in the
document's context (:mod:`geo.geoparse.resolve`) and the gold-corpus metrics (:mod:`geo.geoparse.scoring`).
"""
