"""Language data: one home per language for the word lists every stage reads (spaCy's ``lang/``
is the model). Only English today: :mod:`geo.lang.en`.
"""
