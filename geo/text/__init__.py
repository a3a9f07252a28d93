"""Reading English news text shared by ingest, geoparse and events: sentences and paragraphs
(:mod:`geo.text.sentences`), dates resolved against the article date (:mod:`geo.text.dates`).
"""
