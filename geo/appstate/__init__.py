"""The app's decisions as pure functions (:mod:`geo.appstate.state`), where its map comes from
(:mod:`geo.appstate.sources`: the analysed articles or an opened batch, behind one interface) and
the browser assets it serves (:mod:`geo.appstate.assets`). Nothing here imports streamlit:
``app.py`` and ``ui/`` draw, this decides.
"""
