"""data/romanised.arrow: the names of South Asian and Middle Eastern places under their folding key.

GeoNames writes "Akhnūr", "Rajaori", "R.S. Pora"; the press "Akhnoor", "Rajouri", "RS Pura".
This step reads the built gazetteer (places.arrow, keys.arrow, postings.arrow) and writes, for
every name of a place in :data:`geo.places.romanise.FOLD_COUNTRIES`, one row per place under
the name's :func:`geo.places.romanise.fold` key. The gazetteer reads a name of the text through
this table only when the name itself is no key (:meth:`geo.places.gazetteer.Gazetteer.by_key`).

A folding key is written only where it can swallow no ordinary word or name:

* the name is the place's own (GeoNames' main name, not one of its alternate names: those are
  other languages' or history's, "Nasirabad" for Mymensingh);
* the place is a first-level area, or a populated place of :data:`MIN_POPULATION` people or
  more (the fold of a hamlet's name is too likely another word's);
* the key has :data:`MIN_LENGTH` letters or more ("Tank", "Kot" fold alike with many words);
* it is not the fold of a word of English text (English Zipf >= :data:`ENGLISH_ZIPF` in
  wordfreq's list: "Moon" folds to "mun", "Rosa" to "rusa"), nor of a common US first name or
  surname (the ``names`` package's census lists, with the geoparser's thresholds: "Rooney",
  "Duke").

Deterministic: rows sorted by key, then population (largest first), then row; Arrow IPC with no
timestamps. ``python -m geo.places.build build`` runs it after the gazetteer, and skips it when
its own inputs fingerprint (this file, geo/places/romanise.py, article.py and normalize.py, the
three input tables, the versions of wordfreq, names and pyarrow) is the one in the manifest.
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pyarrow as pa

from geo.lang.en.person_names import census_names
from geo.places.build import sources
from geo.places.normalize import normalize
from geo.places.romanise import FOLD_COUNTRIES, fold, letters

__all__ = ["FILE", "INPUTS", "PACKAGES", "fingerprint", "build_table", "stop_folds"]

FILE = "romanised.arrow"
#: The built tables this step reads.
INPUTS = ("places.arrow", "keys.arrow", "postings.arrow")
PACKAGES = ("wordfreq", "names", "pyarrow")
ENGLISH_ZIPF = 2.5
MIN_POPULATION = 5_000
MIN_LENGTH = 5

_HERE = Path(__file__).resolve()
_CODE = (
    _HERE, _HERE.parents[1] / "romanise.py", _HERE.parents[1] / "article.py", _HERE.parents[1] / "normalize.py",
    _HERE.parents[2] / "lang" / "en" / "person_names.py",
)


def fingerprint(out: Path) -> str:
    """sha256 over this step's inputs: its code, the gazetteer tables it reads, package versions."""
    return sources.inputs_fingerprint(_CODE, [(name, out / name) for name in INPUTS], PACKAGES)


def stop_folds() -> frozenset[str]:
    """The folding keys of English words (Zipf >= :data:`ENGLISH_ZIPF`) and of common US first
    names and surnames: no place may be read under them."""
    import wordfreq

    first, last = census_names()
    words = {w for w, f in wordfreq.get_frequency_dict("en", wordlist="small").items() if f >= 10 ** (ENGLISH_ZIPF - 9)}
    return frozenset(fold(w) for w in words | first | last if w.isalpha())


def build_table(out: Path) -> pa.Table:
    """The romanisation table of the gazetteer built in ``out`` (see the module docstring)."""
    from geo.places.tables import read_table

    places = read_table(out / "places.arrow")
    country = places.column("country").to_pylist()
    population = places.column("population").to_pylist()
    kind = places.column("kind").to_pylist()
    names = places.column("name")
    keys = read_table(out / "keys.arrow")
    key_list: list[str] = keys.column("key").to_pylist()
    starts = keys.column("start").to_pylist()
    postings = read_table(out / "postings.arrow").column("row").to_pylist()
    starts.append(len(postings))
    stop = stop_folds()

    rows_of: dict[str, set[int]] = defaultdict(set)
    for k, key in enumerate(key_list):
        rows = [
            r for r in postings[starts[k] : starts[k + 1]]
            if country[r] in FOLD_COUNTRIES
            and (kind[r] == "admin1" or (kind[r] == "place" and population[r] >= MIN_POPULATION))
        ]
        if not rows:
            continue
        # the place's own name only: its other names are other languages' or history's
        # ("Nasirabad", Mymensingh's old name), which the press writes as it finds them
        rows = [r for r in rows if normalize(names[r].as_py()) == key]
        if not rows:
            continue
        fk = fold(key)
        if len(fk) < MIN_LENGTH or fk in stop:
            continue
        rows_of[fk].update(rows)

    out_key: list[str] = []
    out_row: list[int] = []
    for fk in sorted(rows_of):
        for r in sorted(rows_of[fk], key=lambda r: (-population[r], r)):
            out_key.append(fk)
            out_row.append(r)
    return pa.table({
        "key": pa.array(out_key, pa.string()),
        "row": pa.array(out_row, pa.int32()),
        # the key's geo.places.romanise.letters, the gazetteer's cheap test before the fold
        "letters": pa.array([letters(k) for k in out_key], pa.binary()),
    })
