"""Maps: a Result as GeoDataFrames (:mod:`geo.maps.layers`), drawn with folium
(:mod:`geo.maps.render`), exported as offline HTML, GeoJSON and CSV (:mod:`geo.maps.export`), with
browser assets from installed packages (:mod:`geo.maps.assets`).
"""
