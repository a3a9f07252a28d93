"""Events: sentences + resolved place mentions -> ACLED/CAMEO-typed events. Front door:
:func:`geo.events.extract.extract`. The taxonomy and trigger rules live in :mod:`geo.events.rules`;
triggers, actors, places, borders, dates and parties each have a module of their own.
"""
