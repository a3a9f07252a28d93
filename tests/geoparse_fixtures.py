"""What the geoparser finds in a text, for the tests of geo.geoparse: each mention's surface text
with the fields of its place a test asks about (None when unresolved), after checking that every
mention's offsets give its text."""
from __future__ import annotations

from geo.geoparse.recognise import parse


def found_as(text: str, *fields: str, **kw) -> list[tuple]:
    ms = parse(text, **kw)
    for m in ms:
        assert text[m.start : m.end] == m.text
    return [(m.text, *(getattr(m.place, f) if m.place else None for f in fields)) for m in ms]
