"""A batch's GeoParquet output read back as map layers (the app's "open a corpus run").

:func:`geo.batch.run` writes ``events.parquet`` and its sibling ``events.places.parquet``
(see :func:`geo.batch.records.output_paths`). :func:`layers_from_parquet` reads them, checks that they
are what a batch writes (EPSG:4326, the columns of :data:`geo.maps.layers.EVENT_COLUMNS` /
:data:`geo.maps.layers.PLACE_COLUMNS`, valid geometries, no missing or non-finite values where a
map needs one) and rebuilds the layers the maps use through :func:`geo.maps.layers.from_frames`,
the rule :func:`geo.maps.layers.build` uses too. Anything else is refused with
:class:`~geo.errors.InputError` saying what is wrong. Pure: no Streamlit, no folium.

A batch holds no article text, so a loaded map has no articles (``Layers.articles`` is empty).
"""
from __future__ import annotations

import datetime as dt
import io
import math
import os
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd
import shapely

from geo.config import limits
from geo.errors import InputError
from geo.html import safe_url
from geo.maps.layers import EVENT_COLUMNS, LATER_EVENT_COLUMNS, PLACE_COLUMNS, Layers, from_frames

__all__ = ["layers_from_parquet", "read_events", "read_places", "places_path_for"]


#: Columns a map cannot do without (missing values refused); the others may be empty.
_EVENT_REQUIRED = ("id", "article_id", "type", "precision", "location_id", "location_name", "location_kind",
                   "lat", "lon", "countries", "approximate", "trigger_start", "trigger_end")
_PLACE_REQUIRED = ("id", "name", "kind", "role", "article_id", "start", "end", "score")
_INT_COLUMNS = {"events": ("time_precision", "precision", "fatalities", "trigger_start", "trigger_end",
                           "place_start", "place_end", "mentions"),
                "places": ("start", "end")}
_FLOAT_COLUMNS = {"events": ("lat", "lon"), "places": ("score",)}
_MAX_SHOWN = 5


def places_path_for(events_path: str | os.PathLike[str]) -> Path:
    """The places file a batch writes beside ``events_path`` (``x.parquet`` → ``x.places.parquet``)."""
    from geo.batch.records import output_paths

    return output_paths(events_path).places


def layers_from_parquet(events_path: Any, places_path: Any = None, *, name: str | None = None,
                        places_name: str | None = None) -> Layers:
    """The map layers of a batch run, from its ``events.parquet`` (and places file).

    ``events_path`` / ``places_path`` are paths, bytes or binary file objects. With
    ``places_path`` None and a path given, the batch's sibling ``<stem>.places.parquet`` is read
    when it exists; otherwise the map has no place layer. ``name`` / ``places_name`` are what
    messages call the inputs (an uploaded file's name). Filters apply afterwards with
    ``geo.maps.layers.from_frames(layers.events, layers.places, filters)``, exactly as for a live Result.
    Raises :class:`~geo.errors.InputError` (a :class:`~geo.errors.LimitError` when too big).
    """
    events = read_events(events_path, name=name)
    if places_path is None and isinstance(events_path, (str, os.PathLike)):
        sibling = places_path_for(events_path)
        places_path = sibling if sibling.is_file() else None
    places = read_places(places_path, name=places_name) if places_path is not None else _empty("places")
    return from_frames(events, places)


def read_events(source: Any, *, name: str | None = None) -> gpd.GeoDataFrame:
    """A batch's events file, checked, with the dtypes :func:`geo.maps.layers.build` gives (text as
    ``object`` with None for missing, whole numbers as ``Int64``)."""
    return _read(source, "events", name)


def read_places(source: Any, *, name: str | None = None) -> gpd.GeoDataFrame:
    """A batch's places file, checked, with the dtypes :func:`geo.maps.layers.build` gives."""
    return _read(source, "places", name)


# --------------------------------------------------------------------------- reading


def _read(source: Any, which: str, name: str | None) -> gpd.GeoDataFrame:
    shown = name or _name_of(source)
    data = _open(source, shown)
    _check_size(data, shown)
    if hasattr(data, "seek"):
        data.seek(0)
    try:
        frame = gpd.read_parquet(data)
    except Exception as err:  # noqa: BLE001 - pyarrow/geopandas raise many types for a bad file
        raise InputError(f"{shown!r} is not a GeoParquet file written by a batch run: "
                         f"{type(err).__name__}: {str(err)[:200]}") from err
    return _check(frame, which, shown)


#: Rows read at a time while measuring a file's real size (memory stays near one batch).
_BATCH_ROWS = 50_000


def _check_size(data: Any, shown: str) -> None:
    """Refuse a file whose table would be too large, before building it.

    A few MB of Parquet can decompress to gigabytes (repeated values compress to nothing), so
    the file size says little: the row count and uncompressed size in the file's metadata are
    checked first, then the columns are decoded in bounded batches, counting their real size,
    and the reading stops as soon as a limit is passed (the metadata may lie).
    """
    import pyarrow.parquet as pq

    from geo.config import env_name, format_bytes

    lim = limits()
    try:
        pf = pq.ParquetFile(data)
        meta = pf.metadata
        rows = meta.num_rows
        declared = sum(meta.row_group(i).total_byte_size for i in range(meta.num_row_groups))
    except Exception as err:  # noqa: BLE001 - pyarrow raises many types for a bad file
        raise InputError(f"{shown!r} is not a GeoParquet file written by a batch run: "
                         f"{type(err).__name__}: {str(err)[:200]}") from err

    def too_many(count: int) -> InputError:
        return InputError(f"{shown!r} holds {count:,} rows; the limit is {lim.max_parquet_rows:,} "
                          f"(set {env_name('max_parquet_rows')} to raise it) or filter the batch's output")

    def too_big(size: int) -> InputError:
        return InputError(f"{shown!r} unpacks to more than {format_bytes(size)}; the limit is "
                          f"{format_bytes(lim.max_parquet_bytes)} (set {env_name('max_parquet_bytes')} "
                          "to raise it) or filter the batch's output")

    if rows > lim.max_parquet_rows:
        raise too_many(rows)
    if declared > lim.max_parquet_bytes:
        raise too_big(declared)
    seen_rows = seen_bytes = 0
    try:
        for batch in pf.iter_batches(batch_size=_BATCH_ROWS):
            seen_rows += batch.num_rows
            seen_bytes += batch.nbytes
            if seen_rows > lim.max_parquet_rows:
                raise too_many(seen_rows)
            if seen_bytes > lim.max_parquet_bytes:
                raise too_big(seen_bytes)
    except InputError:
        raise
    except Exception as err:  # noqa: BLE001
        raise InputError(f"{shown!r} is not a GeoParquet file written by a batch run: "
                         f"{type(err).__name__}: {str(err)[:200]}") from err


def _name_of(source: Any) -> str:
    if isinstance(source, (str, os.PathLike)):
        return Path(source).name
    return str(getattr(source, "name", "") or "the uploaded file")


def _open(source: Any, shown: str) -> Any:
    """Size checked against ``limits().max_file_bytes`` before anything is parsed."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        limits().check_file_bytes(len(source), shown)
        return io.BytesIO(bytes(source))
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        if not path.is_file():
            raise InputError(f"no such file: {str(source)!r}")
        limits().check_file_bytes(path.stat().st_size, shown)
        return path
    if hasattr(source, "read") and hasattr(source, "seek"):
        source.seek(0, os.SEEK_END)
        size = source.tell()
        source.seek(0)
        limits().check_file_bytes(size, shown)
        return source
    raise InputError(f"expected a path, bytes or a binary file for {shown!r}, got {type(source).__name__!r}")


def _check(frame: Any, which: str, shown: str) -> gpd.GeoDataFrame:
    """``frame`` as build() would give it, or InputError naming the first thing wrong."""
    if not isinstance(frame, gpd.GeoDataFrame) or frame.geometry.name != "geometry":
        raise InputError(f"{shown!r}: expected a geometry column named 'geometry'")
    epsg = frame.crs.to_epsg() if frame.crs is not None else None
    if epsg != 4326:
        crs = frame.crs.to_string() if frame.crs is not None else None
        raise InputError(f"{shown!r}: coordinates must be EPSG:4326 (lon, lat), not {crs!r}")
    columns = EVENT_COLUMNS if which == "events" else PLACE_COLUMNS
    if which == "events":
        late = [c for c in LATER_EVENT_COLUMNS if c not in frame.columns]
        if late:  # a file written before these columns existed
            frame = frame.assign(**{c: None for c in late})
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        what = "an events" if which == "events" else "a places"
        raise InputError(f"{shown!r} is not {what} file of a batch run: columns {missing!r} are missing")
    frame = frame[columns + ["geometry"]].reset_index(drop=True)

    geoms = frame.geometry.to_numpy()
    bad = shapely.is_missing(geoms) | shapely.is_empty(geoms)
    bad[~bad] = ~shapely.is_valid(geoms[~bad])
    if bad.any():
        raise InputError(f"{shown!r}: missing, empty or invalid geometry in rows {_rows(frame, bad)}")
    if len(frame):
        w, s, e, n = frame.total_bounds
        if not (-181 <= w and e <= 181 and -91 <= s and n <= 91):  # a little slack at the antimeridian
            raise InputError(f"{shown!r}: coordinates outside lon -180..180 / lat -90..90: "
                             f"bounds {(float(w), float(s), float(e), float(n))!r}")

    required = _EVENT_REQUIRED if which == "events" else _PLACE_REQUIRED
    for col in required:
        gaps = frame[col].isna().to_numpy()
        if gaps.any():
            raise InputError(f"{shown!r}: column {col!r} has missing values in rows {_rows(frame, gaps)}")
    out = frame.copy()
    for col in _FLOAT_COLUMNS[which]:
        values = pd.to_numeric(out[col], errors="coerce").astype("float64")
        wrong = ~values.map(math.isfinite).to_numpy(dtype=bool)
        if wrong.any():
            raise InputError(f"{shown!r}: column {col!r} needs finite numbers; rows {_rows(frame, wrong)} "
                             f"hold {list(out[col][wrong][:_MAX_SHOWN])!r}")
        out[col] = values
    for col in _INT_COLUMNS[which]:
        try:
            out[col] = pd.array(out[col], dtype="Int64")
        except (TypeError, ValueError) as err:
            raise InputError(f"{shown!r}: column {col!r} must hold whole numbers: {str(err)[:120]}") from err
    for col in columns:
        if col in _INT_COLUMNS[which] or col in _FLOAT_COLUMNS[which] or col == "approximate":
            continue
        out[col] = _text(out[col])
    if which == "events":
        out["approximate"] = out["approximate"].astype(bool)
        # the file is untrusted like any upload: links pass the same rule as at ingest
        out["article_url"] = pd.Series([safe_url(u) for u in out["article_url"]], index=out.index, dtype=object)
        _check_events(out, shown)
    return gpd.GeoDataFrame(out, geometry="geometry", crs="EPSG:4326")


def _check_events(events: pd.DataFrame, shown: str) -> None:
    """Values the filters read: precision 1..3, dates YYYY-MM-DD."""
    precision = events["precision"].to_numpy(dtype="int64", na_value=0)
    wrong = (precision < 1) | (precision > 3)
    if wrong.any():
        raise InputError(f"{shown!r}: 'precision' must be 1, 2 or 3; rows {_rows(events, wrong)} hold "
                         f"{sorted(set(precision[wrong].tolist()))[:_MAX_SHOWN]!r}")
    for i, d in enumerate(events["date"]):
        if d is None:
            continue
        try:
            ok = len(d) == 10 and dt.date.fromisoformat(d) is not None
        except ValueError:
            ok = False
        if not ok:
            raise InputError(f"{shown!r}: 'date' must be YYYY-MM-DD; row {i} holds {d[:40]!r}")


def _text(column: pd.Series) -> pd.Series:
    """Text as ``object`` with None for missing, as build() gives it (pandas' .map would turn
    None into NaN, and ``NaN or ""`` is NaN where the app and maps expect "")."""
    values = [None if v is None or (not isinstance(v, str) and pd.isna(v)) else str(v) for v in column]
    return pd.Series(values, index=column.index, dtype=object)


def _rows(frame: pd.DataFrame, mask: Any) -> str:
    """The first few offending rows, by id when there is one."""
    idx = [i for i, m in enumerate(mask) if m]
    ids = [str(frame["id"].iloc[i]) if "id" in frame.columns else str(i) for i in idx[:_MAX_SHOWN]]
    more = f" and {len(idx) - _MAX_SHOWN:,} more" if len(idx) > _MAX_SHOWN else ""
    return f"{', '.join(repr(x) for x in ids)}{more}"


def _empty(which: str) -> gpd.GeoDataFrame:
    columns = EVENT_COLUMNS if which == "events" else PLACE_COLUMNS
    return gpd.GeoDataFrame({c: [] for c in columns}, geometry=[], crs="EPSG:4326")
