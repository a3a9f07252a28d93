"""The app's decisions as pure functions (:mod:`geo.appstate.state`) and the browser assets it serves
(:mod:`geo.appstate.assets`). Nothing here imports streamlit: ``app.py`` draws, this decides.
"""
