"""Places: the embedded gazetteer, polygons (point -> area, neighbours, border segments), name
normalisation and great-circle distance. Data load lazily, once; :mod:`geo.places.build` makes them.
"""
