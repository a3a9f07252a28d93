"""A batch's GeoParquet opened in the app: checked, read back as the map's layers (the same rule as a live map), its tables and downloads."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from geo.appstate.memo import _Memo
from geo.errors import InputError
from geo.text.dates import date_label

_BATCH_LAYERS = _Memo(16)


#: Why corrections and share links are off for a map opened from a batch's GeoParquet.
BATCH_READ_ONLY = ("A batch map holds no article text: corrections and share links need the articles, "
                   "so they are off here (run the batch again after fixing the articles or the gazetteer).")


#: Upload suffixes that open a batch's output instead of adding articles.
BATCH_SUFFIXES = (".parquet",)


@dataclass(frozen=True)
class BatchMap:
    """A batch run's output opened in the app: its layers (no filter applied) and file names.

    ``key`` (a hash of the bytes read) names it in caches; ``places_name`` is None when no
    places file came with the events file (the map then has no place layer).
    """

    key: str
    name: str
    layers: Any  # geo.maps.layers.Layers, unfiltered
    places_name: str | None = None


def is_batch_file(name: str) -> bool:
    """True for a file the upload box treats as a batch's output (``.parquet``)."""
    return str(name).lower().endswith(BATCH_SUFFIXES)


def split_uploads(files: Sequence[tuple[str, Any]]) -> tuple[list[tuple[str, Any]], list[tuple[str, Any]]]:
    """(article files, batch files) of uploaded (name, content) pairs, in the order given."""
    articles = [f for f in files if not is_batch_file(f[0])]
    return articles, [f for f in files if is_batch_file(f[0])]


def open_batch(files: Sequence[tuple[str, bytes]]) -> BatchMap:
    """A :class:`BatchMap` from uploaded ``.parquet`` files: one events file (``x.parquet``) and,
    optionally, its places file (``x.places.parquet``, the sibling a batch writes).

    Raises :class:`~geo.errors.InputError` saying what is wrong (no events file, two of them,
    a places file of another run, a file that is not a batch's GeoParquet, too big).
    """
    import hashlib

    from geo.batch import view as batchview

    batch = [(str(n), d) for n, d in files if is_batch_file(n)]
    places = [(n, d) for n, d in batch if n.lower().endswith(".places.parquet")]
    events = [(n, d) for n, d in batch if not n.lower().endswith(".places.parquet")]
    if len(events) != 1:
        names = [n[:120] for n, _ in events]
        raise InputError("open one batch at a time: upload its events file (e.g. events.parquet) and, "
                         f"optionally, its .places.parquet; got events files {names!r}")
    name, data = events[0]
    sibling = name[: -len(".parquet")] + ".places.parquet"
    if len(places) > 1 or (places and places[0][0] != sibling):
        raise InputError(f"the places file of {name[:120]!r} is {sibling[:140]!r}; "
                         f"got {[n[:120] for n, _ in places]!r}")
    place_name, place_data = places[0] if places else (None, None)
    layers = batchview.layers_from_parquet(data, place_data, name=name, places_name=place_name)
    h = hashlib.sha256(data)
    if place_data is not None:
        h.update(b"\0" + place_data)
    return BatchMap(h.hexdigest()[:24], name, layers, place_name)


def batch_layers(batch: BatchMap, filters: Any = None) -> Any:
    """The layers of ``batch`` with ``filters`` applied, by the rule of :func:`geo.maps.layers.build`
    (:func:`geo.maps.layers.from_frames`); remembered for the last few filter choices."""
    from geo.maps import layers

    if filters is None:
        return batch.layers
    return _BATCH_LAYERS.get((batch.key, filters),
                             lambda: layers.from_frames(batch.layers.events, batch.layers.places, filters))


def batch_map_layers(shown: Any) -> tuple[Any, str | None]:
    """What to draw of a batch map's (filtered) layers, and a note when something is left off.

    A corpus has many more place mentions than events (about nine per event in ours), and they
    alone can pass ``limits().max_features``: then the map is drawn without the place points,
    which the note says (the places table still lists them). When the map stays over the limit
    even so, the layers come back whole and drawing them reports the limit.
    """
    from geo.config import limits
    from geo.maps.render import drawn_features

    total, cap = drawn_features(shown), limits().max_features
    without = replace(shown, places=shown.places.iloc[0:0])
    if total <= cap or not len(shown.places) or drawn_features(without) > cap:
        return shown, None
    note = (f"The map leaves out the {len(shown.places):,} place mentions: with their pins it would draw "
            f"{total:,} features, over the limit of {cap:,}. Filter to fewer events, or see them in "
            "the Places tab.")
    return without, note


def event_detail(events: Any, event_id: str) -> dict[str, Any] | None:
    """What the "Selected" panel shows of an event, from an events frame (a batch has no
    articles, but each event row carries its sentence): ``type``, ``subtype``, ``location``,
    ``precision``, ``date`` ("" when undated), ``sentence``, ``article`` (title). None when the
    id is not in the frame."""
    if events is None or not len(events):
        return None
    hit = events[events["id"] == event_id]
    if not len(hit):
        return None
    r = hit.iloc[0]

    def text(v: Any) -> str:
        return "" if v is None or (not isinstance(v, str) and _isna(v)) else str(v)

    return {"type": text(r["type"]), "subtype": text(r["subtype"]), "location": text(r["location_name"]),
            "precision": int(r["precision"]),
            "date": date_label(text(r["date"]) or None, r["time_precision"] if "time_precision" in r else 1),
            "sentence": text(r["sentence"]),
            "article": text(r["article_title"])}


def batch_place_rows(places: Any) -> list[dict[str, Any]]:
    """Rows of the places table for a batch map (one per resolved mention, read-only).

    Keys: ``mention``, ``place``, ``kind``, ``country``, ``province`` (admin-1 id or ""),
    ``role``, ``score``, ``article_id``.
    """
    if places is None or not len(places):
        return []
    rows = []
    for r in places.itertuples(index=False):
        rows.append({"mention": r.text, "place": r.name, "kind": r.kind, "country": r.country,
                     "province": r.admin1 or "", "role": r.role, "score": round(float(r.score), 3),
                     "article_id": r.article_id})
    return rows


def parquet_bytes(frame: Any) -> bytes:
    """``frame`` (a GeoDataFrame) as GeoParquet bytes: a batch map's filtered events, in the
    format a batch writes, so it opens here again."""
    import io

    buf = io.BytesIO()
    frame.to_parquet(buf, index=False)
    return buf.getvalue()


def _isna(value: Any) -> bool:
    import pandas as pd

    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False
