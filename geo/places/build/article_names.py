"""data/article.arrow: bare forms of place names written with the Arabic article.

The gazetteer lists "El Fasher" and "Al Fashir", and news also writes "Fashir"; it lists "Al
Quşayr" and news writes "al-Qusayr" or "el-Qusayr". This step reads the built gazetteer
(places.arrow, keys.arrow, postings.arrow) and writes, for every key that starts with the
article (:func:`geo.places.article.split`) and names a place in a country whose names carry it
(:data:`geo.places.article.ARTICLE_COUNTRIES`), one row per place: the bare key, the place's
row, ``form`` "bare" and ``alone`` — whether the bare form may stand for that place by itself,
in text without the article. The gazetteer uses every bare row when the text writes an article
form it lacks ("ar-Raqqa"), and the ``alone`` rows when the bare form is no key of its own
("Fashir"). Every name holding the article anywhere also gets rows of ``form`` "article" under
its :func:`geo.places.article.canonical` key (each article written "al"), where the spellings
of one name meet: "Jisr al-Shughur" finds "Jisr ash Shughur", "Sharm al-Sheikh" "Sharm
el-Sheikh".

A bare form may stand alone only where it can swallow no ordinary word or name:

* it is no key of the gazetteer already (then the gazetteer's own readings decide);
* it is no word of English text (English Zipf >= :data:`ENGLISH_ZIPF`: "Qaeda", "Jazeera",
  "Assad" are written after "al" too, but they are an organisation, a network, a family);
* it is no common US first name or surname, nor made of such names only (the ``names``
  package's census lists, with the geoparser's thresholds): "Hassan", "Karim";
* it is a word of fewer than :data:`MAX_SHARED` different names of the gazetteer (its keys
  holding it as a run of whole words): "Jadid" (new), "Sebt" (Saturday), "Shamal" (north),
  "Oued" (river) are the common words of Arabic naming, not the name of one place;
* a one-word bare form stands only for places of :data:`MIN_POPULATION` people or more
  (hamlets named "Al Buwayr" make no "Buwayr").

Deterministic: rows sorted by key, then population (largest first), then row; Arrow IPC with
no timestamps. ``python -m geo.places.build build`` runs it after the gazetteer, and skips it
when its own inputs fingerprint (this file, geo/places/article.py and normalize.py, the three
input tables, the versions of wordfreq, names and pyarrow) is the one in the manifest.
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pyarrow as pa

from geo.lang.en.person_names import census_names
from geo.places.article import ARTICLE_COUNTRIES, canonical, split
from geo.places.build import sources

__all__ = ["FILE", "INPUTS", "PACKAGES", "fingerprint", "build_table"]

FILE = "article.arrow"
#: The built tables this step reads.
INPUTS = ("places.arrow", "keys.arrow", "postings.arrow")
PACKAGES = ("wordfreq", "names", "pyarrow")
ENGLISH_ZIPF = 2.5
MAX_SHARED = 5
MIN_POPULATION = 5_000

_HERE = Path(__file__).resolve()
_CODE = (
    _HERE, _HERE.parents[1] / "article.py", _HERE.parents[1] / "normalize.py",
    _HERE.parents[2] / "lang" / "en" / "person_names.py",
)


def fingerprint(out: Path) -> str:
    """sha256 over this step's inputs: its code, the gazetteer tables it reads, package versions."""
    return sources.inputs_fingerprint(_CODE, [(name, out / name) for name in INPUTS], PACKAGES)


def _person_names() -> frozenset[str]:
    first, last = census_names()
    return first | last


def build_table(out: Path) -> pa.Table:
    """The article table of the gazetteer built in ``out`` (see the module docstring)."""
    import wordfreq

    from geo.places.tables import read_table

    places = read_table(out / "places.arrow")
    country = places.column("country").to_pylist()
    population = places.column("population").to_pylist()
    keys = read_table(out / "keys.arrow")
    key_list: list[str] = keys.column("key").to_pylist()
    starts = keys.column("start").to_pylist()
    postings = read_table(out / "postings.arrow").column("row").to_pylist()
    starts.append(len(postings))
    is_key = set(key_list)

    rows_of: dict[str, set[int]] = defaultdict(set)  # bare form -> rows
    canon_of: dict[str, set[int]] = defaultdict(set)  # name with every article "al" -> rows
    for k, key in enumerate(key_list):
        parts = split(key)
        ck = canonical(key)
        if parts is None and ck == key and "al" not in key.split()[:-1]:
            continue  # no article in this name
        for row in postings[starts[k] : starts[k + 1]]:
            if country[row] in ARTICLE_COUNTRIES:
                canon_of[ck].add(row)
                if parts is not None:
                    rows_of[parts[1]].add(row)

    # How many different names (keys) hold each bare form as a run of whole words.
    keys_with: dict[str, list[int]] = defaultdict(list)
    for k, key in enumerate(key_list):
        for w in set(key.split()):
            keys_with[w].append(k)

    def names_holding(bare: str) -> int:
        words = bare.split()
        if len(words) == 1:
            return len(keys_with.get(bare, ()))
        run = f" {bare} "
        return sum(1 for k in keys_with.get(words[0], ()) if run in f" {key_list[k]} ")

    people = _person_names()
    out_key: list[str] = []
    out_row: list[int] = []
    out_form: list[str] = []
    out_alone: list[bool] = []
    for ck in sorted(canon_of):
        for r in sorted(canon_of[ck], key=lambda r: (-population[r], r)):
            out_key.append(ck)
            out_row.append(r)
            out_form.append("article")
            out_alone.append(False)
    for bare in sorted(rows_of):
        rows = sorted(rows_of[bare], key=lambda r: (-population[r], r))
        may_stand = (
            bare not in is_key
            and names_holding(bare) < MAX_SHARED
            and wordfreq.zipf_frequency(bare, "en") < ENGLISH_ZIPF
            and not all(w in people for w in bare.split())
        )
        one_word = " " not in bare
        for r in rows:
            out_key.append(bare)
            out_row.append(r)
            out_form.append("bare")
            out_alone.append(may_stand and not (one_word and population[r] < MIN_POPULATION))
    return pa.table(
        {
            "key": pa.array(out_key, pa.string()),
            "row": pa.array(out_row, pa.int32()),
            "form": pa.array(out_form, pa.string()).dictionary_encode(),
            "alone": pa.array(out_alone, pa.bool_()),
        }
    )
