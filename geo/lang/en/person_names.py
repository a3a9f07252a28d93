"""English-language person names: the US census lists shipped by the ``names`` package.

One home for them: the geoparser reads them to tell people from places ("said Walker"), and the
data builder to keep common names out of the bare Arabic-article forms of place names.
"""
from __future__ import annotations

import functools
from pathlib import Path

from geo.errors import DataError

__all__ = ["FIRST_PCT", "LAST_PCT", "NAME_PARTICLES", "census_names"]

#: Lower-case particles that join the parts of one Arabic-derived given name as South Asian and
#: Arabic newspapers write it ("Harun-or-Rashid", "Zia-ur-Rahman", "Ikram-ul-Haq",
#: "Nasir-ud-Din", "Aziz-uz-Zaman"): the article assimilated to the next word. A capitalised word
#: joined by one of them to another is part of a person's name, whatever place it also names
#: ("Rashid" is Rosetta's Arabic name). Not "al", "el", "es", "us" or "e": those also join place
#: names ("Deir-al-Balah", "Dar-es-Salaam", "Qala-e-Naw").
NAME_PARTICLES = frozenset("ur ul ud uz or ar un".split())

#: Only names borne by at least 1 in 20,000 people (first names) or 1 in 100,000 (surnames):
#: the rare entries are mostly places.
FIRST_PCT = 0.005
LAST_PCT = 0.001


@functools.cache
def census_names() -> tuple[frozenset[str], frozenset[str]]:
    """(first names, surnames), lower-case."""
    try:
        import names
    except ImportError as err:  # pragma: no cover - a broken install
        raise DataError("the names package is missing: pip install -r requirements.txt") from err
    base = Path(names.__file__).resolve().parent

    def read(fname: str, min_pct: float) -> frozenset[str]:
        out = set()
        with (base / fname).open(encoding="ascii") as f:
            for line in f:
                parts = line.split()
                if len(parts) >= 2 and float(parts[1]) >= min_pct:
                    out.add(parts[0].lower())
        return frozenset(out)

    first = read("dist.male.first", FIRST_PCT) | read("dist.female.first", FIRST_PCT)
    return first, read("dist.all.last", LAST_PCT)
