"""The embedded gazetteer: names -> ranked candidate places; ids -> places; demonyms -> countries.

Data: data/places.arrow, keys.arrow, postings.arrow, demonyms.arrow (Arrow IPC), built by
``python -m geo.places.build build`` (see data/MANIFEST.json for sources and licenses). Nothing is read
at import time; :func:`load` reads once (``functools.cache``) and Place objects are created on
first use.

Ids (see also geo/models.py): countries ISO alpha-3 ("PAK"); continents "continent:AS";
GeoNames populated places "gn:<geonameid>"; first-level areas the ISO 3166-2 code ("PK-BA",
"IR-11", "US-CA") when one matches the Natural Earth admin-1 row, else
``"admin1:<alpha-2>:<slug of the Natural Earth name>"`` (e.g. "admin1:BA:sarajevo"; 342 of
4,545, where Natural Earth's units are not ISO subdivisions). ISO parents of Natural Earth
units (England, Scotland and Wales over British council areas; French, Italian and Spanish
regions; Iraqi Kurdistan; 126 in all) are first-level entries too, with shapes in geo.places.areas
but never returned by :func:`geo.places.areas.locate`. A place's ``admin1`` is the Natural Earth
unit containing its point (the same polygons as :func:`geo.places.areas.locate`; Edinburgh ->
"GB-EDH", not "GB-SCT").
Hand-curated regions (geo/places/build/regions.tsv: "Middle East", "Darfur", "South China Sea") are
entries of kind "region" with ids "region:<slug>"; :meth:`Gazetteer.region_countries` lists the
countries one spans. US counties are no entries (the registry source has no coordinates for
them); :meth:`Gazetteer.county_states` names the states that have a county of a given name.
Second-level areas elsewhere (GeoNames ADM2: "Poonch District", "Chikun") are no entries
either: :meth:`Gazetteer.districts_by_key` gives those of a name as places of kind "admin2" (id
"adm2:<geonameid>", at the median of their cities500 places, data/districts.arrow), for the
geoparser to read only where the text calls the name a district.
:meth:`Gazetteer.is_capital` tells national capitals. Reference points and the population of
first-level areas are derived as data/README.md describes.

Keys are :func:`geo.places.normalize.normalize` of a name; under each key the places are ranked by a
prior (kind and population, national capitals first among places; rules in
geo/places/build/gazetteer.py), so ``lookup("Tehran")[0]`` is the capital and ``lookup("Punjab")``
lists both Pakistan's and India's provinces.

>>> from geo.places import gazetteer
>>> gazetteer.lookup("Baluchistan")[0].id
'PK-BA'
"""
from __future__ import annotations

import bisect
import functools
import os
from pathlib import Path
from typing import TYPE_CHECKING

from geo.errors import DataError, InputError, NotFoundError
from geo.models import Place
from geo.places.article import canonical as canonical_article
from geo.places.article import has_article
from geo.places.article import split as split_article
from geo.places.normalize import normalize
from geo.places.romanise import fold as fold_romanisation
from geo.places.romanise import letters as romanised_letters
from geo.places.romanise import short_enough as romanised_short_enough
from geo.places.tables import read_columns, read_optional, read_table, require

__all__ = ["Gazetteer", "load", "open_gazetteer", "lookup", "get", "country", "demonym", "DATA_DIR"]

DATA_DIR = Path(os.environ.get("BORDERLINES_DATA") or Path(__file__).resolve().parents[2] / "data")
_FILES = ("places.arrow", "keys.arrow", "postings.arrow", "demonyms.arrow")
# Generic words tried away when a name is not found as given ("Balochistan Province").
#: Ids of US counties: "us-county:NY:putnam-county" (state alpha-2, then the name key).
COUNTY_ID_PREFIX = "us-county:"
#: Ids of second-level areas outside the US (data/districts.arrow): "adm2:<geonameid>".
DISTRICT_ID_PREFIX = "adm2:"


def _county_id(key: str, state: str) -> str:
    return f"{COUNTY_ID_PREFIX}{state.removeprefix('US-')}:{key.replace(' ', '-')}"


_GENERIC_TAIL = ("province", "state", "region", "city", "district", "governorate", "oblast", "county", "prefecture")

if TYPE_CHECKING:  # numpy is imported on first use, with the tables
    import numpy as np


def _check_name(name: object) -> str:
    if not isinstance(name, str):
        raise InputError(f"a place name must be a string, got {name!r}")
    if not name.strip():
        raise InputError(f"a place name must not be empty or blank, got {name!r}")
    return name


class Gazetteer:
    """The loaded tables. Use :func:`load` (cached) rather than constructing one."""

    def __init__(self, data_dir: Path) -> None:
        import numpy as np

        require(data_dir, _FILES, "gazetteer")
        self.data_dir = data_dir

        places = read_table(data_dir / "places.arrow")
        self._kind, self._kind_codes = _dictionary(places.column("kind"))
        self._country, self._country_codes = _dictionary(places.column("country"))
        self._admin1, self._admin1_codes = _dictionary(places.column("admin1"))
        self._lat = _numpy(places.column("lat"))
        self._lon = _numpy(places.column("lon"))
        self._pop = _numpy(places.column("population"))
        self._gid = _numpy(places.column("geonameid"))  # 0 = none
        # National capitals (a column added later: older builds have none).
        self._capital_rows = (
            frozenset(np.flatnonzero(_numpy(places.column("capital"))).tolist())
            if "capital" in places.column_names else frozenset()
        )
        self._names = _Strings(places.column("name"))  # read when a Place is made
        # Populated places ("gn:<geonameid>", rows sorted by geonameid) are found by binary
        # search; only the few thousand other ids go into a dict (saves ~40 MB and 0.1 s).
        place_kind = self._kind.index("place") if "place" in self._kind else -1
        is_place = self._kind_codes == place_kind
        self._place_rows = np.flatnonzero(is_place)
        self._place_gids = self._gid[self._place_rows]
        if len(self._place_gids) and not bool(np.all(np.diff(self._place_gids) > 0)):
            raise DataError(f"places in {str(data_dir)!r} are not sorted by geonameid; rebuild the data")
        other = np.flatnonzero(~is_place)
        ids = places.column("id").combine_chunks()
        self._row_of: dict[str, int] = {ids[int(i)].as_py(): int(i) for i in other}
        self._id_of: dict[int, str] = {r: k for k, r in self._row_of.items()}
        self._places: list[Place | None] = [None] * places.num_rows

        keys = read_table(data_dir / "keys.arrow")
        key_list: list[str] = keys.column("key").to_pylist()
        self._key_index: dict[str, int] = dict(zip(key_list, range(len(key_list))))
        post_table = read_table(data_dir / "postings.arrow")
        postings = _numpy(post_table.column("row"))
        self._starts = np.append(_numpy(keys.column("start")), np.int32(len(postings)))
        self._postings = postings
        # Hand-written aliases (aliases.tsv, the press's spellings a curator added on purpose):
        # key -> the rows bearing it so, a few hundred pairs (older builds have no column).
        self._hand: dict[str, frozenset[int]] = {}
        if "alias" in post_table.column_names:
            flagged = np.flatnonzero(_numpy(post_table.column("alias"))).tolist()
            for i in flagged:
                k = int(np.searchsorted(self._starts, i, side="right")) - 1
                self._hand[key_list[k]] = self._hand.get(key_list[k], frozenset()) | {int(postings[i])}
        acr = np.flatnonzero(_numpy(keys.column("acronym")))
        self._acronym = frozenset(key_list[i] for i in acr.tolist())
        self._by_key_cache: dict[str, tuple[Place, ...]] = {}
        meta = keys.schema.metadata or {}
        #: Number of tokens of the longest key (the geoparser's widest n-gram).
        self.max_key_tokens: int = int(meta.get(b"max_key_tokens", b"0"))

        dem = read_table(data_dir / "demonyms.arrow")
        self._demonyms: dict[str, str] = dict(zip(dem.column("key").to_pylist(), dem.column("country").to_pylist()))
        country_kind = self._kind.index("country") if "country" in self._kind else -1
        self._alpha3: dict[str, str] = {
            self._country[self._country_codes[i]]: self._id_of[i]
            for i in np.flatnonzero(self._kind_codes == country_kind).tolist()
        }

    def __len__(self) -> int:
        return len(self._places)

    def _row(self, place_id: str) -> int | None:
        row = self._row_of.get(place_id)
        if row is None and place_id.startswith("gn:") and place_id[3:].isdigit():
            import numpy as np

            gid = int(place_id[3:])
            i = int(np.searchsorted(self._place_gids, gid))
            if i < len(self._place_gids) and int(self._place_gids[i]) == gid:
                row = int(self._place_rows[i])
        return row

    def _place(self, row: int) -> Place:
        p = self._places[row]
        if p is None:
            # A first pass over news makes thousands of Places: ``ndarray.item`` reads a Python
            # number at once (indexing makes a numpy scalar, then a conversion), the same value.
            gid = self._gid.item(row)
            p = Place(
                id=self._id_of.get(row) or f"gn:{gid}", name=self._names.get(row),
                kind=self._kind[self._kind_codes.item(row)], lat=self._lat.item(row), lon=self._lon.item(row),
                country=self._country[self._country_codes.item(row)],
                admin1=self._admin1[self._admin1_codes.item(row)] or None,
                population=self._pop.item(row), geonameid=gid or None,
            )
            self._places[row] = p
        return p

    # -- fast paths for the geoparser -------------------------------------------------------

    def is_key(self, key: str) -> bool:
        """True when ``key`` (already normalized) names at least one place, also through the
        Arabic article (:meth:`by_key`). O(1)."""
        # most keys asked are no place at all, and hold no article word: answered here, before
        # the call that reads the article's tables
        return key in self._key_index or (
            (" " in key or key in self._article[0]) and bool(self._by_article(key))
        ) or bool(self._romanised_rows(key))

    def by_key(self, key: str) -> tuple[Place, ...]:
        """Places under a normalized key, in prior order (no query-dependent ranking). O(1)."""
        hit = self._by_key_cache.get(key)
        if hit is not None:
            return hit
        k = self._key_index.get(key)
        if k is None:
            return self._by_article(key) or self._by_romanisation(key)
        rows = self._postings[self._starts[k] : self._starts[k + 1]].tolist()
        # A first-level area written with the Arabic article ("Al Anbar") is named bare in news
        # ("Anbar") even where the bare form is a key of its own (a village "Anbar" in Turkey):
        # the area is one more reading of it, after the key's own (the resolver weighs them).
        areas = [r for r in self._article[1].get(key, ()) if r not in rows and self._place(r).kind == "admin1"]
        hit = tuple(self._place(r) for r in rows + areas)
        self._by_key_cache[key] = hit
        return hit

    def hand_alias(self, key: str) -> frozenset[str]:
        """Ids of the places that bear the normalized ``key`` as a hand-written alias
        (geo/places/build/aliases.tsv): a spelling the press uses that a curator added on
        purpose, which the geoparser counts as the place's own name, not as one of the
        alternate names that collide with English words ("Zakho" for GeoNames' Zaxo). Countries
        and abbreviations in capitals are left out (see below). So is a name read only through
        another romanisation of a place's own name (:meth:`_by_romanisation`: "Bhatinda" for
        Bathinda): the press's spelling of that name, no other language's. O(1)."""
        rows = self._hand.get(key)
        if not rows:
            rows = frozenset(self._only_romanised_rows(key))
        if not rows or key in self._acronym:
            # (an abbreviation in capitals, "LA", "PNG", has rules of its own: acronym keys)
            return frozenset()
        # Not a country: countries are never dropped as another language's name, and between
        # two countries an alias must not outrank a country's own name ("Congo" is the
        # Republic's own, the Democratic Republic's alias; "Palestine" a Texas town's own)
        return frozenset(p.id for r in rows if (p := self._place(r)).kind != "country")

    def _by_article(self, key: str) -> tuple[Place, ...]:
        """Places of a key the gazetteer lacks, read through the Arabic article
        (:mod:`geo.places.article`, data/article.arrow): a bare form that stands for a name
        written with the article ("fashir" for Al Fashir); another spelling of the article
        ("jisr al shughur" for Jisr ash Shughur, "el qusayr" for Al Quşayr); an article form
        whose bare name the gazetteer lists ("ar raqqa": the places that bear "raqqa" and
        carry the article in one of their names)."""
        alone, every, canon, rows_with = self._article
        rows = alone.get(key)
        if rows is None:
            if not has_article(key):
                return ()  # most keys asked are no place at all, and hold no article word
            ck = canonical_article(key)
            rows = canon.get(ck)
            if rows is None:
                parts = split_article(ck)
                if parts is None:
                    return ()
                bare = parts[1]
                rows = every.get(bare, ())
                k = self._key_index.get(bare)
                if k is not None:
                    own = [r for r in self._postings[self._starts[k] : self._starts[k + 1]].tolist() if r in rows_with]
                    rows = tuple(dict.fromkeys(own + list(rows)))
                if not rows:
                    return ()
        hit = tuple(self._place(r) for r in rows)
        self._by_key_cache[key] = hit
        return hit

    @functools.cached_property
    def _article(self) -> tuple[dict[str, tuple[int, ...]], dict[str, tuple[int, ...]], dict[str, tuple[int, ...]], frozenset[int]]:
        """data/article.arrow, read on first use: (bare key -> rows it may stand for alone,
        bare key -> every row behind it, canonical article key -> rows, the rows of places named
        with the article); empty when the file is absent (older builds)."""
        alone: dict[str, tuple[int, ...]] = {}
        every: dict[str, tuple[int, ...]] = {}
        canon: dict[str, tuple[int, ...]] = {}
        t = read_optional(self.data_dir / "article.arrow")
        if t is None:
            return alone, every, canon, frozenset()
        rows = t.column("row").to_pylist()
        forms = t.column("form").to_pylist()
        for key, row, form, ok in zip(t.column("key").to_pylist(), rows, forms, t.column("alone").to_pylist()):
            if form == "article":
                canon[key] = canon.get(key, ()) + (row,)
                continue
            every[key] = every.get(key, ()) + (row,)
            if ok:
                alone[key] = alone.get(key, ()) + (row,)
        return alone, every, canon, frozenset(rows)

    def is_romanised_key(self, key: str) -> bool:
        """True when the normalized ``key`` names places only through another romanisation of
        their names (:meth:`_by_romanisation`): no key of its own, no Arabic article form."""
        return bool(self._only_romanised_rows(key))

    def _only_romanised_rows(self, key: str) -> tuple[int, ...]:
        """Rows the normalized ``key`` names only through another romanisation: () when it is a
        key of its own or reads places through the Arabic article."""
        if key in self._key_index or self._by_article(key):
            return ()
        return self._romanised_rows(key)

    def _by_romanisation(self, key: str) -> tuple[Place, ...]:
        """Places of a key the gazetteer lacks, read through another romanisation of the name
        (:mod:`geo.places.romanise`, data/romanised.arrow): "akhnoor" for Akhnūr, "rajouri" for
        Rajaori. A fallback only: a key of its own, or one read through the Arabic article, is
        never asked here."""
        rows = self._romanised_rows(key)
        if not rows:
            return ()
        hit = tuple(self._place(r) for r in rows)
        self._by_key_cache[key] = hit
        return hit

    def _romanised_rows(self, key: str) -> tuple[int, ...]:
        """Rows of the romanisation table under the fold of ``key``: only for a name of 5
        letters or more (a folded key has 5 or more, and the fold never lengthens a name) in Latin letters and of two words at most, the article not counted
        (:func:`geo.places.romanise.short_enough`), whose consonants are those of a folded key
        (:func:`geo.places.romanise.letters`: a cheap test that most names pass no further;
        the geoparser asks this of every capitalised run the gazetteer lacks)."""
        if len(key) < 5 or not key.isascii():
            return ()
        if " " in key and (not has_article(key) or not romanised_short_enough(key)):
            # two words without the Arabic article: most are a word of English and a name ("the
            # sheriff", "Raquel Henry"), which the outline below would cost thousands of times a
            # story; the press writes the South Asian two-word names GeoNames has ("Mirpur Khas",
            # "Dera Bugti") as GeoNames does, and the table holds the glued forms ("Mirpurkhas")
            return ()
        table, sigs = self._romanised
        if not table or romanised_letters(key) not in sigs:
            return ()
        return table.get(fold_romanisation(key), ())

    @functools.cached_property
    def _romanised(self) -> tuple[dict[str, tuple[int, ...]], frozenset[bytes]]:
        """data/romanised.arrow, read on first use: (folding key -> rows, the
        :func:`geo.places.romanise.letters` of every folding key); empty when the file is absent
        (older builds)."""
        out: dict[str, tuple[int, ...]] = {}
        t = read_optional(self.data_dir / "romanised.arrow")
        if t is None:
            return out, frozenset()
        for key, row in zip(t.column("key").to_pylist(), t.column("row").to_pylist()):
            out[key] = out.get(key, ()) + (row,)
        sigs = frozenset(t.column("letters").to_pylist()) if "letters" in t.column_names else frozenset(
            romanised_letters(k) for k in out
        )
        return out, sigs

    def is_acronym_key(self, key: str) -> bool:
        """True when some name behind ``key`` is an all-caps abbreviation ("US", "K.P.", "NWFP"):
        unless the text is in capitals too, the word is probably not that place ("us", "Us")."""
        return key in self._acronym

    def is_demonym_key(self, key: str) -> bool:
        """True when the normalized ``key`` is a demonym ("pakistani", "afghans")."""
        return key in self._demonyms

    def demonym_by_key(self, key: str) -> Place | None:
        """Country of a normalized demonym key (or the area/region of a regional adjective:
        "chechen" -> Chechnya), else None."""
        iso3 = self._demonyms.get(key)
        return self.get(iso3) if iso3 else None

    # -- the public API ---------------------------------------------------------------------

    def lookup(self, name: str, limit: int | None = None) -> list[Place]:
        """Candidate places for ``name``, best prior first (case/diacritic-insensitive)."""
        _check_name(name)
        if limit is not None and (not isinstance(limit, int) or limit < 1):
            raise InputError(f"limit must be a positive integer or None, got {limit!r}")
        key = normalize(name)
        hits = self.by_key(key)
        if not hits:
            for variant in self._variants(key):
                hits = self.by_key(variant)
                if hits:
                    break
        return list(hits[:limit] if limit else hits)

    @staticmethod
    def _variants(key: str) -> list[str]:
        out = []
        if key.startswith("the "):
            out.append(key[4:])
        for word in _GENERIC_TAIL:
            if key.endswith(" " + word):
                out.append(key[: -len(word) - 1])
            if key.startswith(word + " of "):
                out.append(key[len(word) + 4 :])
        return out

    def get(self, place_id: str) -> Place:
        """The place with this id (``"PAK"``, ``"PK-BA"``, ``"gn:112931"``, a US county's
        ``"us-county:NY:putnam-county"``); NotFoundError otherwise."""
        if not isinstance(place_id, str):
            raise InputError(f"a place id must be a string, got {place_id!r}")
        if place_id.startswith(COUNTY_ID_PREFIX):
            where = self._county_ids.get(place_id)
            if where is None:
                raise NotFoundError(f"no place with id {place_id!r}")
            return self.county_by_key(*where)
        if place_id.startswith(DISTRICT_ID_PREFIX):
            drow = self._district_ids.get(place_id)
            if drow is None or self._district_row(drow)["lat"] is None:
                raise NotFoundError(f"no place with id {place_id!r}")
            return self._district(drow)
        row = self._row(place_id)
        if row is None:
            raise NotFoundError(f"no place with id {place_id!r}")
        return self._place(row)

    def country(self, code: str) -> Place:
        """A country by ISO alpha-2 or alpha-3 code (any case); NotFoundError otherwise."""
        if not isinstance(code, str):
            raise InputError(f"a country code must be a string, got {code!r}")
        c = code.strip().upper()
        iso3 = self._alpha3.get(c) if len(c) == 2 else c if len(c) == 3 else None
        row = self._row(iso3) if iso3 else None
        if row is None or self._kind[self._kind_codes[row]] != "country":
            raise NotFoundError(f"no country with ISO code {code!r}")
        return self._place(row)

    def demonym(self, word: str) -> Place | None:
        """The country a demonym refers to ("Pakistani" -> Pakistan), else None."""
        _check_name(word)
        return self.demonym_by_key(normalize(word))

    def is_capital(self, place: Place) -> bool:
        """True when ``place`` is a national capital (Washington, Paris, Islamabad)."""
        if place.kind != "place":
            return False
        pid = place.id
        row = self._row_of.get(pid)
        if row is not None:
            return row in self._capital_rows
        # The geoparser asks this of every town named like a first-level area: a set of the
        # capitals' geonameids answers what a binary search for the row (a numpy call) did.
        return pid.startswith("gn:") and pid[3:].isdigit() and int(pid[3:]) in self._capital_gids

    @functools.cached_property
    def _capital_gids(self) -> frozenset[int]:
        """Geonameids of the populated places among the capital rows (see :meth:`_row`)."""
        place_kind = self._kind.index("place") if "place" in self._kind else -1
        return frozenset(self._gid.item(r) for r in self._capital_rows if self._kind_codes.item(r) == place_kind)

    def capital(self, code: str) -> Place | None:
        """The national capital of a country (alpha-2 or alpha-3 code), the most populous when it
        has several (South Africa); None when the data names none."""
        row = self._capital_by_country.get(self.country(code).country)
        return self._place(row) if row is not None else None

    @functools.cached_property
    def _capital_by_country(self) -> dict[str, int]:
        best: dict[str, int] = {}
        for row in sorted(self._capital_rows):  # sorted: ties go to the same row on every run
            cc = self._country[self._country_codes[row]]
            if cc not in best or self._pop[row] > self._pop[best[cc]]:
                best[cc] = row
        return best

    def county_states(self, name: str) -> tuple[Place, ...]:
        """US states that have a county (parish, borough) of this name ("Edgar County" ->
        Illinois; "Walker County" -> Alabama, Georgia, Texas), from data/counties.arrow; () when
        none or the file is absent (small builds). Counties themselves have no coordinates."""
        _check_name(name)
        return self.county_states_by_key(normalize(name))

    def county_states_by_key(self, key: str) -> tuple[Place, ...]:
        """:meth:`county_states` for an already normalized key. O(1) after the first call."""
        table = self._counties
        return tuple(self._place(self._row_of[a]) for a in table.get(key, ()) if a in self._row_of)

    def county(self, name: str, state: str) -> Place | None:
        """A US county (parish, borough) of this name in this state (ISO id ``"US-NY"``) as a
        place of kind "admin2" at its point, the median of its ZIP points (data/counties.arrow);
        None when the state has no such county or the data has no point for it."""
        _check_name(name)
        return self.county_by_key(normalize(name), state)

    def county_by_key(self, key: str, state: str) -> Place | None:
        """:meth:`county` for an already normalized key."""
        hit = self._county_points.get((key, state))
        if hit is None:
            return None
        name, lat, lon = hit
        return Place(_county_id(key, state), name, "admin2", lat, lon, "US", state)

    def districts_by_key(self, key: str) -> tuple[Place, ...]:
        """Second-level areas outside the US whose name (without its area word: "Poonch
        District" -> "poonch") is the normalized ``key``, as places of kind "admin2" at their
        point, most populated first; those with no point are left out (see
        :meth:`district_areas_by_key`). () when none or data/districts.arrow is absent."""
        return tuple(self._district(r) for r in self._district_rows(key) if self._district_row(r)["lat"] is not None)

    def district_areas_by_key(self, key: str) -> tuple[Place, ...]:
        """The first-level areas holding a second-level area of this name that has no point
        (no cities500 place lies in it: "Bermal" -> Paktika), each once, in the data's order."""
        rows = (self._district_row(r) for r in self._district_rows(key))
        ids = dict.fromkeys(c["admin1"] for c in rows if c["lat"] is None)
        return tuple(self._place(self._row_of[a]) for a in ids if a in self._row_of)

    def _district_rows(self, key: str) -> range:
        """Rows of data/districts.arrow under ``key``: the builder sorts the rows by key, so
        they are adjacent and found by binary search in the Arrow column itself."""
        keys = self._district_keys
        a = bisect.bisect_left(keys, key)
        b = bisect.bisect_right(keys, key, lo=a)
        return range(a, b)

    def _district(self, r: int) -> Place:
        hit = self._district_places.get(r)
        if hit is None:
            c = self._district_row(r)
            hit = Place(f"{DISTRICT_ID_PREFIX}{c['geonameid']}", c["name"], "admin2", c["lat"], c["lon"], c["country"],
                        c["admin1"] or None, geonameid=c["geonameid"] or None)
            self._district_places[r] = hit
        return hit

    def _district_row(self, r: int) -> dict:
        """Row ``r`` of data/districts.arrow as a dict; only its record batch is read."""
        reader, size, batches = self._district_file
        b = r // size
        batch = batches.get(b)
        if batch is None:
            batch = batches[b] = reader.get_batch(b)
        return {name: col[r - b * size].as_py() for name, col in zip(batch.schema.names, batch.columns)}

    @functools.cached_property
    def _district_places(self) -> dict[int, Place]:
        return {}

    @functools.cached_property
    def _district_keys(self) -> _Column:
        """The key column of data/districts.arrow, read on first use (the first "district" of a
        text); only that column is decompressed and no Python string is made for it (a dict
        of its 50,000 keys took 15 ms: a look-up is rare, a binary search enough)."""
        t = read_columns(self.data_dir / "districts.arrow", ("key",))
        return _Column(t.column("key").combine_chunks() if t is not None else None)

    @functools.cached_property
    def _district_file(self) -> tuple:
        """(reader of data/districts.arrow, rows per record batch, the batches read so far)."""
        import pyarrow as pa

        reader = pa.ipc.open_file(pa.memory_map(str(self.data_dir / "districts.arrow")))
        size = int((reader.schema.metadata or {}).get(b"batch_rows", b"0")) or max(1, reader.get_batch(0).num_rows)
        return reader, size, {}

    @functools.cached_property
    def _district_ids(self) -> dict[str, int]:
        """"adm2:<geonameid>" -> a row of that district (for :meth:`get`)."""
        t = read_columns(self.data_dir / "districts.arrow", ("geonameid",))
        return {f"{DISTRICT_ID_PREFIX}{g}": r for r, g in enumerate(t.column("geonameid").to_pylist())} if t is not None else {}

    def region_countries(self, place_id: str) -> tuple[str, ...]:
        """ISO alpha-2 codes of the countries a hand-curated region spans (() for seas and
        regions of many countries), from data/regions.arrow."""
        return self._regions.get(place_id, ())

    @functools.cached_property
    def _counties(self) -> dict[str, tuple[str, ...]]:
        """data/counties.arrow, read on first use: county key -> ids of the states that have one."""
        out: dict[str, tuple[str, ...]] = {}
        t = read_optional(self.data_dir / "counties.arrow")
        if t is not None:
            for k, a in zip(t.column("key").to_pylist(), t.column("admin1").to_pylist()):
                out[k] = out.get(k, ()) + (a,)
        return out

    @functools.cached_property
    def _county_points(self) -> dict[tuple[str, str], tuple[str, float, float]]:
        """data/counties.arrow, read on first use: (county key, state id) -> name as written and
        point, for the counties that have one (older data files have no points)."""
        t = read_optional(self.data_dir / "counties.arrow")
        if t is None or "lat" not in t.column_names:
            return {}
        cols = [t.column(c).to_pylist() for c in ("key", "admin1", "name", "lat", "lon")]
        return {(k, a): (n, la, lo) for k, a, n, la, lo in zip(*cols) if la is not None and lo is not None}

    @functools.cached_property
    def _county_ids(self) -> dict[str, tuple[str, str]]:
        return {_county_id(k, a): (k, a) for k, a in self._county_points}

    @functools.cached_property
    def _regions(self) -> dict[str, tuple[str, ...]]:
        """data/regions.arrow, read on first use: region id -> alpha-2 codes of its countries."""
        t = read_optional(self.data_dir / "regions.arrow")
        if t is None:
            return {}
        countries = (tuple(x for x in c.split(",") if x) for c in t.column("countries").to_pylist())
        return dict(zip(t.column("id").to_pylist(), countries))

    def admin1_of(self, place: Place) -> Place | None:
        """The first-level area containing ``place`` (itself for an admin1), else None."""
        if place.admin1 is None:
            return None
        row = self._row(place.admin1)
        return self._place(row) if row is not None else None

    def admin1_in(self, country_code: str) -> list[Place]:
        """First-level areas of a country (alpha-2 or alpha-3), sorted by id."""
        cc = self.country(country_code).country
        return sorted(
            (self._place(i) for i in self._row_of.values()
             if self._kind[self._kind_codes[i]] == "admin1" and self._country[self._country_codes[i]] == cc),
            key=lambda p: p.id,
        )


class _Column:
    """An Arrow string array seen as a sequence of str (for :mod:`bisect`), each item made on access."""

    __slots__ = ("arr",)

    def __init__(self, arr) -> None:
        self.arr = arr

    def __len__(self) -> int:
        return 0 if self.arr is None else len(self.arr)

    def __getitem__(self, i: int) -> str:
        return self.arr[i].as_py()


def _one_chunk(column):
    return column.chunk(0) if column.num_chunks == 1 else column.combine_chunks()


def _numpy(column) -> np.ndarray:
    """A null-free fixed-width (or boolean) Arrow column as a numpy array, read from its buffer.

    ``Array.to_numpy`` would do the same but makes pyarrow import pandas (~0.2 s) first.
    """
    import numpy as np

    arr = _one_chunk(column) if hasattr(column, "num_chunks") else column
    if arr.null_count:
        raise DataError(f"unexpected nulls in a {arr.type} column of the gazetteer data; rebuild it")
    buf = arr.buffers()[1]
    if str(arr.type) == "bool":
        bits = np.unpackbits(np.frombuffer(buf, dtype=np.uint8), bitorder="little")
        return bits[arr.offset : arr.offset + len(arr)].astype(bool)
    dtype = np.dtype({"double": "float64", "float": "float32"}.get(str(arr.type), str(arr.type)))
    return np.frombuffer(buf, dtype=dtype, count=len(arr), offset=arr.offset * dtype.itemsize)


class _Strings:
    """A null-free Arrow string column read one value at a time, straight from its buffers.

    ``array[row].as_py()`` builds an Arrow scalar first (about 1.5 µs, the most of making a
    Place); slicing the column's bytes at its offsets and decoding them gives the same str
    in a third of that."""

    __slots__ = ("_offsets", "_data")

    def __init__(self, column) -> None:
        import numpy as np

        arr = _one_chunk(column) if hasattr(column, "num_chunks") else column
        if arr.null_count:
            raise DataError(f"unexpected nulls in a {arr.type} column of the gazetteer data; rebuild it")
        width = {"string": np.int32, "large_string": np.int64}.get(str(arr.type))
        if width is None:
            raise DataError(f"expected a string column in the gazetteer data, got {arr.type}; rebuild it")
        _, offsets, data = arr.buffers()
        self._offsets = np.frombuffer(offsets, dtype=width, count=len(arr) + 1, offset=arr.offset * np.dtype(width).itemsize)
        self._data = data.to_pybytes() if data is not None else b""  # names only: a few MB

    def get(self, row: int) -> str:
        offsets = self._offsets
        return self._data[offsets.item(row) : offsets.item(row + 1)].decode()


def _dictionary(column) -> tuple[list, np.ndarray]:
    """(values, codes) of a dictionary-encoded column without nulls; one str object per value."""
    arr = _one_chunk(column)
    return arr.dictionary.to_pylist(), _numpy(arr.indices)


@functools.cache
def open_gazetteer(data_dir: Path) -> Gazetteer:
    """The gazetteer built into ``data_dir`` (cached per directory; tests use small builds)."""
    import gc

    # Half a million short-lived tuples while the key dict is built would trigger many
    # pointless collections of the young generation; nothing here can form a cycle.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return Gazetteer(Path(data_dir))
    finally:
        if enabled:
            gc.enable()


_LOADED: list[Gazetteer] = []


def load() -> Gazetteer:
    """The embedded gazetteer, loaded once (from ``$BORDERLINES_DATA`` or the checkout's data/)."""
    if not _LOADED:  # a list, not only functools.cache: hashing a Path on every call costs ~1 us
        _LOADED.append(open_gazetteer(DATA_DIR))
    return _LOADED[0]


def lookup(name: str, limit: int | None = None) -> list[Place]:
    """Ranked candidate places for a name: ``lookup("Tehran")[0].id == "gn:112931"``."""
    return load().lookup(name, limit)


def get(place_id: str) -> Place:
    """The place with this id; NotFoundError when unknown."""
    return load().get(place_id)


def country(code: str) -> Place:
    """A country by alpha-2 or alpha-3 code; NotFoundError when unknown."""
    return load().country(code)


def capital(code: str) -> Place | None:
    """The national capital of a country by alpha-2 or alpha-3 code ("MZ" -> Maputo), else None."""
    return load().capital(code)


def demonym(word: str) -> Place | None:
    """The country of a demonym ("Iranian" -> Iran), else None."""
    return load().demonym(word)
