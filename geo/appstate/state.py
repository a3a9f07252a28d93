"""The app's state and every decision it makes, as pure functions (app.py only draws widgets).

What lives here: the record of an analyst's corrections, the filters and map view, the saved-map
payload (what a share link stores and how it is read back, validated), the rows of the review
tables, the timeline counts, and what a click on the map or a table row selects. Nothing here
imports streamlit, so every rule is testable directly.

Payload of a saved map (``PAYLOAD_KIND``, version ``PAYLOAD_VERSION``)::

    {"kind": "borderlines.map", "version": 2, "title": "...",
     "articles": [article dicts], "corrections": [correction dicts],
     "state": {"types": [...] | null, "start": "YYYY-MM-DD" | null, ..., "max_precision": 3,
               "include_undated": true, "layers": ["borders", ...],
               "view": {"lat": 29.5, "lon": 64.1, "zoom": 6.25} | null},
     "analysis": {"version": "<analysis_version()>",
                  "articles": [{"mentions": [...], "events": [...]} per article]} | null}

Version 1 (``filters`` and ``view`` at the top, no analysis) still opens, analysed again.
"""
from __future__ import annotations

import datetime as dt
import functools
import math
import re
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from geo.html import md  # the one Markdown escaper (re-exported for app.py)
from geo.text.dates import date_label
from geo.errors import BorderlinesError, InputError, LimitError
from geo.models import Article, Correction, Event, Mention, Result
from geo.places.geodesy import distance_km

__all__ = [
    "PAYLOAD_KIND",
    "PAYLOAD_VERSION",
    "MAX_SHARED_ARTICLES",
    "View",
    "SavedMap",
    "Upload",
    "FilterChoice",
    "filters_to_dict",
    "filters_from_dict",
    "make_filters",
    "view_for_bounds",
    "new_correction",
    "record_correction",
    "undo_last",
    "share_payload",
    "saved_map_from_payload",
    "mention_rows",
    "candidate_choices",
    "find_name_spans",
    "event_rows",
    "timeline_counts",
    "counts_by",
    "clicked_feature",
    "view_from_map",
    "point_from_map",
    "places_near",
    "article_html",
    "analyse",
    "layers_for",
    "place_choices",
    "find_mention",
    "area_names",
    "event_sentence",
    "ingest_uploads",
    "filter_options",
    "clamp_range",
    "date_label",
    "MapState",
    "LAYER_LABELS",
    "ALL_LAYERS",
    "widget_values",
    "state_from_widgets",
    "analysis_version",
    "remember_result",
    "clear_caches",
    "Memo",
    "md",
    "BATCH_READ_ONLY",
    "BatchMap",
    "is_batch_file",
    "split_uploads",
    "open_batch",
    "batch_layers",
    "batch_map_layers",
    "event_detail",
    "batch_place_rows",
    "parquet_bytes",
]

PAYLOAD_KIND = "borderlines.map"
PAYLOAD_VERSION = 2
#: Articles one saved map may hold (a saved map is a snapshot an analyst hands on).
MAX_SHARED_ARTICLES = 1000
_MAX_CORRECTIONS = 10_000


# --------------------------------------------------------------------------- view


@dataclass(frozen=True, slots=True)
class View:
    """Where the map looks: centre (lat, lon, folium order) and Leaflet zoom level (the app's map
    snaps zoom to quarters, so a fractional zoom is kept as it is)."""

    lat: float
    lon: float
    zoom: float

    def __post_init__(self) -> None:
        if not (isinstance(self.lat, (int, float)) and isinstance(self.lon, (int, float))):
            raise InputError(f"map view needs numbers, got lat={self.lat!r} lon={self.lon!r}")
        if not (math.isfinite(self.lat) and math.isfinite(self.lon)) or abs(self.lat) > 90 or abs(self.lon) > 180:
            raise InputError(f"map view centre out of range: lat={self.lat!r} lon={self.lon!r}")
        if (isinstance(self.zoom, bool) or not isinstance(self.zoom, (int, float))
                or not math.isfinite(self.zoom) or not 0 <= self.zoom <= 19):
            raise InputError(f"map zoom must be a number 0..19, not {self.zoom!r}")

    @property
    def center(self) -> tuple[float, float]:
        """(lat, lon), as folium and st_folium take it."""
        return (float(self.lat), float(self.lon))

    def to_dict(self) -> dict[str, Any]:
        zoom = float(self.zoom)
        return {"lat": float(self.lat), "lon": float(self.lon), "zoom": int(zoom) if zoom.is_integer() else zoom}

    @classmethod
    def from_dict(cls, d: Any) -> View:
        if not isinstance(d, Mapping) or set(d) != {"lat", "lon", "zoom"}:
            raise InputError(f"map view: expected lat, lon and zoom, got {_show(d)}")
        return cls(d["lat"], d["lon"], d["zoom"])


def view_for_bounds(bounds: tuple[float, float, float, float] | None) -> View:
    """A view showing ``bounds`` = (min lon, min lat, max lon, max lat) (GeoJSON order).

    With no bounds, a world view. The zoom is the largest whose 256-pixel tiles fit the box in
    a ~900-pixel-wide map, capped at 10 so a single town still shows its surroundings.
    """
    if bounds is None or not all(math.isfinite(b) for b in bounds):
        return View(20.0, 0.0, 2)
    w, s, e, n = bounds
    lat, lon = (s + n) / 2, (w + e) / 2
    span = max(e - w, (n - s) * 1.6, 0.05)  # latitude degrees "cost" more on a Mercator map
    zoom = int(math.floor(math.log2(360 * 900 / 256 / span / 1.4)))
    return View(round(lat, 5), round(lon, 5), max(1, min(10, zoom)))


# --------------------------------------------------------------------------- filters


@dataclass(frozen=True, slots=True)
class FilterChoice:
    """The values the filter widgets offer for a result (sorted, unique)."""

    types: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    start: dt.date | None = None
    end: dt.date | None = None


def clamp_range(value: Any, lo: dt.date, hi: dt.date) -> tuple[dt.date, dt.date]:
    """A (start, end) date pair moved inside [lo, hi] and put in order; anything else -> (lo, hi)."""
    if not (isinstance(value, (tuple, list)) and len(value) == 2):
        return (lo, hi)
    a, b = (v if isinstance(v, dt.date) else None for v in value)
    a = min(max(a or lo, lo), hi)
    b = min(max(b or hi, lo), hi)
    return (a, b) if a <= b else (b, a)


def filter_options(events: Any) -> FilterChoice:
    """Event types, countries (ISO alpha-3) and the span of day-precision dates in an events
    frame. A date known only to the week, month or year is no point on a day scale: it gives no
    date range (an article whose only date is "in 2021" gets no "Event dates" control)."""
    if events is None or not len(events):
        return FilterChoice()
    types = tuple(sorted({str(t) for t in events["type"] if t}))
    countries = tuple(sorted({c for cs in events["countries"] for c in str(cs or "").split(",") if c}))
    precisions = events["time_precision"] if "time_precision" in events else [1] * len(events)
    dates = sorted(dt.date.fromisoformat(d) for d, p in zip(events["date"], precisions)
                   if isinstance(d, str) and d and not _isna(p) and int(p) == 1)
    return FilterChoice(types, countries, dates[0] if dates else None, dates[-1] if dates else None)


def make_filters(types: Iterable[str] | None = None, countries: Iterable[str] | None = None,
                 start: dt.date | None = None, end: dt.date | None = None,
                 max_precision: int = 3, include_undated: bool = True,
                 modalities: Iterable[str] | None | str = "drawn") -> Any:
    """A :class:`geo.maps.layers.Filters` from widget values (``None`` = no restriction).

    ``modalities`` defaults to the ones a map draws (:data:`geo.maps.layers.DRAWN_MODALITIES`);
    ``None`` draws every event, background and plans included."""
    from geo.maps.layers import DRAWN_MODALITIES, Filters

    return Filters(
        types=frozenset(types) if types is not None else None,
        start=start, end=end,
        countries=frozenset(countries) if countries is not None else None,
        max_precision=int(max_precision), include_undated=bool(include_undated),
        modalities=DRAWN_MODALITIES if modalities == "drawn" else (frozenset(modalities) if modalities is not None else None),
    )


def not_drawn_rows(all_events: Any, shown_events: Any) -> list[dict[str, Any]]:
    """Rows (as :func:`event_rows`, plus ``modality``) of events listed but not drawn: told as
    background, plans, hypotheses, denials or speculation, and left off the map by its filters."""
    if all_events is None or not len(all_events):
        return []
    shown = set(shown_events["id"]) if shown_events is not None and len(shown_events) else set()
    keep = all_events[[(m != "asserted" and i not in shown) for m, i in zip(all_events["modality"], all_events["id"])]]
    modality = dict(zip(keep["id"], keep["modality"]))
    return [{**r, "modality": modality[r["id"]]} for r in event_rows(keep)]


def filters_to_dict(filters: Any) -> dict[str, Any]:
    """:class:`geo.maps.layers.Filters` -> JSON-able dict (sets as sorted lists, dates as ISO)."""
    return {
        "types": sorted(filters.types) if filters.types is not None else None,
        "countries": sorted(filters.countries) if filters.countries is not None else None,
        "start": filters.start.isoformat() if filters.start else None,
        "end": filters.end.isoformat() if filters.end else None,
        "max_precision": int(filters.max_precision),
        "include_undated": bool(filters.include_undated),
        "modalities": sorted(filters.modalities) if filters.modalities is not None else None,
    }


def filters_from_dict(d: Any) -> Any:
    """dict -> :class:`geo.maps.layers.Filters`, validating every field (InputError on bad input)."""
    keys = {"types", "countries", "start", "end", "max_precision", "include_undated", "modalities"}
    if not isinstance(d, Mapping) or not set(d) <= keys:
        raise InputError(f"filters: expected an object with keys {sorted(keys)}, got {_show(d)}")

    def names(key: str) -> list[str] | None:
        v = d.get(key)
        if v is None:
            return None
        if not isinstance(v, list) or len(v) > 500 or not all(isinstance(x, str) and 0 < len(x) <= 100 for x in v):
            raise InputError(f"filters.{key}: expected a list of short strings, got {_show(v)}")
        return v

    def day(key: str) -> dt.date | None:
        v = d.get(key)
        if v is None:
            return None
        try:
            return dt.date.fromisoformat(v) if isinstance(v, str) and len(v) == 10 else _bad(key, v)
        except ValueError:
            return _bad(key, v)

    def _bad(key: str, v: Any) -> None:
        raise InputError(f"filters.{key}: expected a date YYYY-MM-DD, got {_show(v)}")

    precision = d.get("max_precision", 3)
    if isinstance(precision, bool) or precision not in (1, 2, 3):
        raise InputError(f"filters.max_precision: expected 1, 2 or 3, got {_show(precision)}")
    undated = d.get("include_undated", True)
    if not isinstance(undated, bool):
        raise InputError(f"filters.include_undated: expected true or false, got {_show(undated)}")
    # links saved before modalities existed draw what a new map draws
    modalities = names("modalities") if "modalities" in d else "drawn"
    return make_filters(names("types"), names("countries"), day("start"), day("end"), precision, undated, modalities)


# --------------------------------------------------------------------------- map state

#: The map's layers a viewer can switch on and off (key -> label), in drawing order.
LAYER_LABELS: dict[str, str] = {
    "countries": "Countries involved",
    "provinces": "Provinces (events)",
    "borders": "Border segments",
    "places": "Places",
    "events": "Events",
}
ALL_LAYERS = frozenset(LAYER_LABELS)


@dataclass(frozen=True, slots=True)
class MapState:
    """What the map shows, as the map's own state (not the widgets'): filters, layers, view.

    The defaults show every located event on every layer, framed to fit (``view`` None). The
    sidebar widgets are drawn from this state on every run and write back into it when they
    change, so a widget that is not drawn in some run (no dates, a batch, a cleared map) never
    drops a choice; a saved map stores it and opens with it exactly.
    """

    types: frozenset[str] | None = None  # None: every type
    countries: frozenset[str] | None = None  # None: every country
    start: dt.date | None = None  # None: from the first dated event, whatever it is
    end: dt.date | None = None
    max_precision: int = 3
    include_undated: bool = True
    #: "drawn" (the default): the modalities a map draws, asserted events only
    #: (geo.maps.layers.DRAWN_MODALITIES) — background, planned, hypothetical, negated and
    #: speculative events are listed apart and drawn when the sidebar box asks; None: every one
    modalities: frozenset[str] | str | None = "drawn"
    layers: frozenset[str] = ALL_LAYERS
    view: View | None = None  # None: fit the map to its content

    def __post_init__(self) -> None:
        self.filters  # validates types, dates and precision (InputError)
        if not isinstance(self.layers, frozenset) or not self.layers <= ALL_LAYERS:
            raise InputError(f"map layers: expected some of {sorted(ALL_LAYERS)}, got {_show(self.layers)}")
        if self.view is not None and not isinstance(self.view, View):
            raise InputError(f"map view: expected a View, got {_show(self.view)}")

    @property
    def filters(self) -> Any:
        """The :class:`geo.layers.Filters` of this state."""
        return make_filters(self.types, self.countries, self.start, self.end, self.max_precision,
                            self.include_undated, self.modalities)

    @classmethod
    def from_filters(cls, filters: Any, view: View | None = None,
                     layers: Iterable[str] = ALL_LAYERS) -> MapState:
        from geo.maps.layers import DRAWN_MODALITIES

        if filters is None:
            return cls(layers=frozenset(layers), view=view)
        # (a link saved before modalities existed reads as "drawn", as geo.maps.layers decided)
        modalities = "drawn" if filters.modalities == DRAWN_MODALITIES else filters.modalities
        return cls(filters.types, filters.countries, filters.start, filters.end, filters.max_precision,
                   filters.include_undated, modalities, frozenset(layers), view)

    def to_dict(self) -> dict[str, Any]:
        return {**filters_to_dict(self.filters), "layers": sorted(self.layers),
                "view": self.view.to_dict() if self.view is not None else None}

    @classmethod
    def from_dict(cls, d: Any) -> MapState:
        """Validating every field (:class:`InputError` on a tampered or foreign value)."""
        if not isinstance(d, Mapping):
            raise InputError(f"map state: expected an object, got {_show(d)}")
        rest = {k: v for k, v in d.items() if k not in ("layers", "view")}
        layers = d.get("layers", sorted(ALL_LAYERS))
        if not isinstance(layers, list) or not all(isinstance(x, str) for x in layers) or not set(layers) <= ALL_LAYERS:
            raise InputError(f"map state layers: expected some of {sorted(ALL_LAYERS)}, got {_show(layers)}")
        view = d.get("view")
        return cls.from_filters(filters_from_dict(rest), View.from_dict(view) if view is not None else None,
                                frozenset(layers))


#: Keys of the sidebar widgets that show a :class:`MapState` (re-seeded from it on every run).
WIDGET_KEYS = {"types": "w_types", "countries": "w_countries", "dates": "w_dates",
               "precision": "w_precision", "undated": "w_undated", "modalities": "w_modal"}
LAYER_WIDGET_PREFIX = "w_layer_"


def widget_values(state: MapState, options: FilterChoice) -> dict[str, Any]:
    """What each filter widget shows for ``state`` (key -> value); the date slider only when
    there is a span of day-precision dates to choose from (``options.start < options.end``)."""
    values: dict[str, Any] = {
        WIDGET_KEYS["types"]: sorted(state.types or ()),
        WIDGET_KEYS["countries"]: sorted(state.countries or ()),
        WIDGET_KEYS["precision"]: state.max_precision,
        WIDGET_KEYS["undated"]: state.include_undated,
        WIDGET_KEYS["modalities"]: state.modalities is None,  # "also draw background, planned…"
    }
    if options.start and options.end and options.start < options.end:
        values[WIDGET_KEYS["dates"]] = clamp_range((state.start, state.end), options.start, options.end)
    for key in LAYER_LABELS:
        values[LAYER_WIDGET_PREFIX + key] = key in state.layers
    return values


def state_from_widgets(state: MapState, values: Mapping[str, Any], options: FilterChoice) -> MapState:
    """``state`` with what the widgets in ``values`` now show (keys absent: unchanged).

    Nothing chosen in a multiselect means no restriction; a date range that reaches an end of
    the span leaves that end open, so events of articles added later are not hidden by it.
    """
    changes: dict[str, Any] = {}
    if WIDGET_KEYS["types"] in values:
        changes["types"] = frozenset(values[WIDGET_KEYS["types"]]) or None
    if WIDGET_KEYS["countries"] in values:
        changes["countries"] = frozenset(values[WIDGET_KEYS["countries"]]) or None
    if WIDGET_KEYS["precision"] in values:
        changes["max_precision"] = int(values[WIDGET_KEYS["precision"]])
    if WIDGET_KEYS["undated"] in values:
        changes["include_undated"] = bool(values[WIDGET_KEYS["undated"]])
    if WIDGET_KEYS["modalities"] in values:
        changes["modalities"] = None if values[WIDGET_KEYS["modalities"]] else "drawn"
    if WIDGET_KEYS["dates"] in values and options.start and options.end:
        a, b = clamp_range(values[WIDGET_KEYS["dates"]], options.start, options.end)
        changes["start"] = None if a <= options.start else a
        changes["end"] = None if b >= options.end else b
    if any(LAYER_WIDGET_PREFIX + k in values for k in LAYER_LABELS):
        changes["layers"] = frozenset(k for k in LAYER_LABELS if values.get(LAYER_WIDGET_PREFIX + k, k in state.layers))
    return replace(state, **changes)


# --------------------------------------------------------------------------- corrections


def new_correction(article_id: str, start: int, end: int, action: str, from_id: str | None,
                   to_id: str | None, note: str = "", now: dt.datetime | None = None) -> Correction:
    """A correction stamped with the current UTC time (``at``, ISO 8601).

    ``action`` is ``"choose"`` (another reading for the mention), ``"remove"`` (not a place)
    or ``"add"`` (a place the machine missed, ``from_id`` None).
    """
    if action not in ("choose", "remove", "add"):
        raise InputError(f"a correction is 'choose', 'remove' or 'add', not {action!r}")
    if not (isinstance(start, int) and isinstance(end, int)) or not 0 <= start <= end:
        raise InputError(f"not a span of the text: {start!r}..{end!r}")
    if action == "choose" and not to_id:
        raise InputError("choosing another place needs the place chosen")
    if action == "add" and not to_id:
        raise InputError("adding a place needs the place")
    if action == "remove":
        to_id = None
    now = now or dt.datetime.now(dt.timezone.utc)
    return Correction(article_id, start, end, action, from_id, to_id,
                      at=now.astimezone(dt.timezone.utc).isoformat(timespec="seconds"), note=note)


def record_correction(history: Sequence[Correction], correction: Correction) -> tuple[Correction, ...]:
    """``history`` with ``correction`` appended (every change is kept: it is the audit trail).

    A correction identical in effect to the last one for the same span is not repeated.
    """
    key = (correction.article_id, correction.start, correction.end)
    for old in reversed(history):
        if (old.article_id, old.start, old.end) == key:
            if (old.action, old.to_id) == (correction.action, correction.to_id):
                return tuple(history)
            break
    if len(history) >= _MAX_CORRECTIONS:
        raise LimitError(f"{len(history):,} corrections already recorded; the limit is {_MAX_CORRECTIONS:,}")
    return (*history, correction)


def undo_last(history: Sequence[Correction]) -> tuple[Correction, ...]:
    """``history`` without its latest correction."""
    return tuple(history[:-1])


# --------------------------------------------------------------------------- saved maps


@dataclass(frozen=True)
class SavedMap:
    """Everything needed to show a map again: inputs, corrections, the map's state (filters,
    layers, view) and, when saved with it, the analysis result and the version that made it."""

    articles: tuple[Article, ...]
    corrections: tuple[Correction, ...] = ()
    state: MapState = field(default_factory=MapState)
    title: str = ""
    result: Result | None = None  # None: analyse on open
    analysis_version: str | None = None  # the analysis_version() the result was made with


def share_payload(saved: SavedMap) -> dict[str, Any]:
    """The JSON-able payload stored for a share link (see the module docstring).

    The result is stored without its articles (they are in ``articles`` already): per article,
    its mentions and events, in the order of ``articles``.
    """
    from geo.serialize import article_to_dict, correction_to_dict, to_jsonable

    if not saved.articles:
        raise InputError("there is nothing to share yet: add an article first")
    if len(saved.articles) > MAX_SHARED_ARTICLES:
        raise LimitError(f"{len(saved.articles):,} articles; a saved map holds at most {MAX_SHARED_ARTICLES:,}")
    analysis = None
    if saved.result is not None:
        if [ar.article.id for ar in saved.result.articles] != [a.id for a in saved.articles]:
            raise InputError("the analysis stored with a map must be of the map's own articles")
        analysis = {
            "version": str(saved.analysis_version or analysis_version()),
            "articles": [{"mentions": to_jsonable(ar.mentions), "events": to_jsonable(ar.events)}
                         for ar in saved.result.articles],
        }
    return {
        "kind": PAYLOAD_KIND,
        "version": PAYLOAD_VERSION,
        "title": str(saved.title)[:300],
        "articles": [article_to_dict(a) for a in saved.articles],
        "corrections": [correction_to_dict(c) for c in saved.corrections],
        "state": saved.state.to_dict(),
        "analysis": analysis,
    }


def saved_map_from_payload(payload: Any) -> SavedMap:
    """A stored payload -> :class:`SavedMap`, checking every part (InputError when it is not one).

    Version 1 payloads (filters and view apart, no analysis) open too: they are analysed again.
    """
    from geo.serialize import article_from_dict, correction_from_dict

    if not isinstance(payload, Mapping) or payload.get("kind") != PAYLOAD_KIND:
        raise InputError("this is not a saved Borderlines map")
    version = payload.get("version")
    if version not in (1, PAYLOAD_VERSION) or isinstance(version, bool):
        raise InputError(f"saved map version {version!r} is not supported (expected 1 or {PAYLOAD_VERSION})")
    articles, corrections = payload.get("articles"), payload.get("corrections", [])
    if not isinstance(articles, list) or not 0 < len(articles) <= MAX_SHARED_ARTICLES:
        raise InputError("saved map: expected a list of 1 to "
                         f"{MAX_SHARED_ARTICLES:,} articles, got {_show(articles)}")
    if not isinstance(corrections, list) or len(corrections) > _MAX_CORRECTIONS:
        raise InputError(f"saved map: expected a list of corrections, got {_show(corrections)}")
    title = payload.get("title", "")
    if not isinstance(title, str):
        raise InputError(f"saved map title: expected text, got {_show(title)}")
    if version == 1:
        filters, view = payload.get("filters"), payload.get("view")
        state = MapState.from_filters(filters_from_dict(filters) if filters is not None else None,
                                      View.from_dict(view) if view is not None else None)
    else:
        state = MapState.from_dict(payload.get("state"))
    arts = tuple(article_from_dict(a) for a in articles)
    corrs = tuple(correction_from_dict(c) for c in corrections)
    result, made_by = _stored_result(payload.get("analysis"), articles, corrections, len(arts))
    return SavedMap(articles=arts, corrections=corrs, state=state, title=title[:300],
                    result=result, analysis_version=made_by)


def _stored_result(analysis: Any, articles: list, corrections: list, n: int) -> tuple[Result | None, str | None]:
    """(result, version) of a payload's ``analysis``; the result only when its version is the
    current one (an older analysis is not rebuilt: the map is analysed again)."""
    from geo.serialize import result_from_dict

    if analysis is None:
        return None, None
    if not isinstance(analysis, Mapping) or not isinstance(analysis.get("version"), str):
        raise InputError(f"saved map analysis: expected an object with a version, got {_show(analysis)}")
    made_by = analysis["version"][:100]
    if made_by != analysis_version():
        return None, made_by
    parts = analysis.get("articles")
    if not isinstance(parts, list) or len(parts) != n or not all(isinstance(x, Mapping) for x in parts):
        raise InputError("saved map analysis: expected mentions and events for each article")
    result = result_from_dict({
        "articles": [{"article": a, "mentions": x.get("mentions", []), "events": x.get("events", [])}
                     for a, x in zip(articles, parts)],
        "corrections": corrections,
    })
    return result, made_by


#: Source files whose change makes a stored analysis stale (with the data manifest): every
#: module under geo/ except those that only draw, store, serve or export what was found.
_NOT_ANALYSIS = ("appstate", "appassets", "store", "share", "maps", "export", "layers", "batch",
                 "engines", "cli", "commands", "assets", "html", "files", "scoring", "data/", "ui/")


def analysis_version() -> str:
    """The version of the analysis this program runs: a fingerprint of the analysis code and the
    gazetteer data (``data/MANIFEST.json``). A saved map stores it with its result; a map saved
    by another version is analysed again on open (and the page says so)."""
    return _fingerprint()


@functools.lru_cache(maxsize=1)
def _fingerprint() -> str:
    import hashlib
    from pathlib import Path

    geo_dir = Path(__file__).resolve().parent
    h = hashlib.sha256()
    for path in sorted(geo_dir.rglob("*.py")):
        rel = path.relative_to(geo_dir).as_posix()
        if any(part in rel for part in _NOT_ANALYSIS):
            continue
        h.update(rel.encode() + b"\0" + path.read_bytes() + b"\0")
    manifest = geo_dir.parent / "data" / "MANIFEST.json"
    if manifest.is_file():
        h.update(manifest.read_bytes())
    return "a1-" + h.hexdigest()[:16]


# --------------------------------------------------------------------------- review tables


def mention_rows(result: Result, province_names: Mapping[str, str] | None = None) -> list[dict[str, Any]]:
    """One row per mention (resolved or not) for the places table, in text order.

    Keys: ``article_id``, ``article``, ``start``, ``end``, ``mention``, ``place`` (name or ""),
    ``place_id``, ``kind``, ``country``, ``province``, ``score``, ``alternatives`` (count),
    ``key`` (``"<article_id>:<start>:<end>"``, stable across reruns).
    """
    names = province_names or {}
    rows = []
    for ar in result.articles:
        for m in sorted(ar.mentions, key=lambda m: (m.start, m.end)):
            p = m.place
            rows.append({
                "key": f"{ar.article.id}:{m.start}:{m.end}",
                "article_id": ar.article.id,
                "article": ar.article.title,
                "start": m.start,
                "end": m.end,
                "mention": m.text,
                "place": p.name if p else "",
                "place_id": p.id if p else "",
                "kind": p.kind if p else "",
                "country": p.country if p else "",
                "province": (names.get(p.admin1, p.admin1) if p and p.admin1 else ""),
                "score": round(float(m.score), 3),
                "alternatives": max(0, len(m.candidates) - (1 if p else 0)),
            })
    return rows


def area_names(result: Result, known: Mapping[str, str] | None = None) -> dict[str, str]:
    """Names of the first-level areas of every resolved mention: from ``known`` (the map's
    province layer), else the gazetteer, else the id itself."""
    names = dict(known or {})
    wanted = {m.place.admin1 for ar in result.articles for m in ar.mentions if m.place and m.place.admin1}
    for area_id in sorted(wanted - set(names)):
        try:
            from geo.places import gazetteer

            names[area_id] = gazetteer.get(area_id).name
        except Exception:  # noqa: BLE001 - a display name only: any failure shows the id
            names[area_id] = area_id
    return names


def find_mention(result: Result, key: str) -> tuple[Article, Mention] | None:
    """The (article, mention) a :func:`mention_rows` key names, or None."""
    for ar in result.articles:
        for m in ar.mentions:
            if f"{ar.article.id}:{m.start}:{m.end}" == key:
                return ar.article, m
    return None


def candidate_choices(mention: Mention) -> list[tuple[str, str]]:
    """(place id, label) for every reading of ``mention``, the current one first.

    Labels read ``"Hyderabad — place, PK (0.82)"`` so homonyms can be told apart, and are
    unique (the id is appended where two would read the same).
    """
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    ranked = list(mention.candidates)
    if mention.place is not None and all(c.place.id != mention.place.id for c in ranked):
        from geo.models import ScoredPlace

        ranked.insert(0, ScoredPlace(mention.place, mention.score))
    for c in ranked:
        if c.place.id in seen:
            continue
        seen.add(c.place.id)
        where = ", ".join(x for x in (c.place.kind, c.place.country) if x)
        out.append((c.place.id, f"{c.place.name} — {where} ({c.score:.2f})"))
    if mention.place is not None:
        out.sort(key=lambda pair: pair[0] != mention.place.id)
    labels = [label for _, label in out]
    # homonyms with equal kind, country and score: the id tells them apart
    return [(pid, f"{label} · {pid}" if labels.count(label) > 1 else label) for pid, label in out]


def find_name_spans(text: str, name: str, taken: Iterable[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Where ``name`` occurs in ``text`` as a whole word (case-insensitive), skipping spans that
    overlap ``taken`` (existing mentions)."""
    name = name.strip()
    if not name or len(name) > 200:
        return []
    busy = list(taken)
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.IGNORECASE)
    out = []
    for m in pattern.finditer(text):
        s, e = m.span()
        if not any(s < b and a < e for a, b in busy):
            out.append((s, e))
    return out


def event_rows(events: Any) -> list[dict[str, Any]]:
    """Rows of the events table from a :func:`geo.maps.layers.build` events frame.

    Keys: ``id``, ``type``, ``subtype``, ``date``, ``actors``, ``location``, ``country``
    (ISO alpha-3, comma-separated for a border), ``precision``,
    ``sentence`` (the source sentence, raw text; the table widget shows it as text).
    """
    if events is None or not len(events):
        return []
    rows = []
    for r in events.itertuples(index=False):
        rows.append({
            "id": r.id, "type": r.type, "subtype": r.subtype,
            "date": date_label(r.date if isinstance(r.date, str) else None, getattr(r, "time_precision", 1)),
            "actors": r.actors or "", "location": r.location_name or "",
            "country": str(r.countries or "").replace(",", ", "), "precision": int(r.precision), "sentence": " ".join(str(r.sentence or "").split()),
        })
    return rows


def timeline_counts(events: Any) -> Any:
    """Dated events per day and type: a pandas DataFrame indexed by ISO day (every day of the
    span, zeros included, so gaps show), one column per type. Spans over 120 days are counted
    per month (``YYYY-MM``) instead."""
    import pandas as pd

    if events is None or not len(events):
        return pd.DataFrame()
    frame = pd.DataFrame({"date": events["date"], "type": events["type"]}).dropna()
    frame = frame[frame["date"].astype(str).str.len() == 10]
    if frame.empty:
        return pd.DataFrame()
    days = pd.to_datetime(frame["date"])
    monthly = (days.max() - days.min()).days > 120
    if monthly:
        frame["when"] = days.dt.strftime("%Y-%m")
        span = pd.period_range(days.min(), days.max(), freq="M").strftime("%Y-%m")
    else:
        frame["when"] = days.dt.strftime("%Y-%m-%d")
        span = pd.date_range(days.min(), days.max(), freq="D").strftime("%Y-%m-%d")
    table = frame.pivot_table(index="when", columns="type", aggfunc="size", fill_value=0)
    table = table.reindex(list(span), fill_value=0)
    table.index.name = "month" if monthly else "day"
    table.columns.name = None
    return table


def counts_by(events: Any, column: str) -> Any:
    """Event counts per value of ``column`` (``type`` or ``countries``, comma lists split)."""
    import pandas as pd

    if events is None or not len(events):
        return pd.Series(dtype="int64")
    values = events[column].astype(str)
    if column == "countries":
        values = values.str.split(",").explode()
        values = values[values != ""]
    return values.value_counts().sort_index()


# --------------------------------------------------------------------------- selection


def clicked_feature(returned: Mapping[str, Any] | None, known: Mapping[str, Iterable[str]]) -> tuple[str, str] | None:
    """(layer, id) of the feature clicked on the map, from st_folium's return value.

    st_folium returns the clicked layer as GeoJSON in ``last_active_drawing``; geo.maps.render puts
    ``id`` and ``layer`` in its properties. Only ids of features on the map count (the browser
    is untrusted): ``known`` maps a layer name (``event``, ``place``, ``border``, ...) to its ids.
    """
    if not isinstance(returned, Mapping):
        return None
    drawing = returned.get("last_active_drawing")
    if not isinstance(drawing, Mapping):
        return None
    props = drawing.get("properties")
    if not isinstance(props, Mapping):
        return None
    layer, fid = props.get("layer"), props.get("id")
    if not (isinstance(layer, str) and isinstance(fid, str)) or layer not in known:
        return None
    return (layer, fid) if fid in set(known[layer]) else None


def view_from_map(returned: Mapping[str, Any] | None) -> View | None:
    """The view st_folium reports (``center`` {lat, lng} and ``zoom``), or None when it is
    missing or not a sane view (the browser is untrusted). Longitudes wrap into -180..180."""
    if not isinstance(returned, Mapping):
        return None
    center, zoom = returned.get("center"), returned.get("zoom")
    if not isinstance(center, Mapping) or isinstance(zoom, bool) or not isinstance(zoom, (int, float)):
        return None
    lat, lng = center.get("lat"), center.get("lng")
    if not all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in (lat, lng)):
        return None
    if not math.isfinite(zoom) or abs(lng) > 1e6:
        return None
    lng = (lng + 180.0) % 360.0 - 180.0
    try:
        return View(round(float(lat), 5), round(lng, 5), round(float(zoom) * 4) / 4)
    except InputError:
        return None


def event_sentence(result: Result, event_id: str) -> tuple[Article, Event, str] | None:
    """(article, event, sentence text) for ``event_id``, or None when it is not in ``result``."""
    for ar in result.articles:
        for ev in ar.events:
            if ev.id == event_id:
                text = ar.article.text
                return ar.article, ev, text[max(0, ev.sentence.start):min(len(text), ev.sentence.end)]
    return None


# --------------------------------------------------------------------------- uploads


@dataclass(frozen=True, slots=True)
class Upload:
    """What a batch of uploaded files gave: articles, and a message per rejected file."""

    articles: tuple[Article, ...] = ()
    problems: tuple[str, ...] = field(default=())  # what was not read (a file, a row)
    notes: tuple[str, ...] = field(default=())  # what was read with a change (an unsafe link dropped)


def ingest_uploads(files: Sequence[tuple[str, bytes]],
                   progress: Callable[[int, int, str], None] | None = None) -> Upload:
    """Read uploaded files with :func:`geo.ingest.readers.read_bytes`, one by one, so a progress bar can
    follow; a bad file becomes a message, never a crash. Duplicates (same article id) are
    dropped; past ``max_articles`` in total, the rest is refused with a message.

    ``progress(done, total, name)`` is called after each file.
    """
    from geo.ingest import readers as ingest
    from geo.config import limits

    articles: list[Article] = []
    problems: list[str] = []
    notes: list[str] = []
    seen: set[str] = set()
    total = len(files)
    cap = limits().max_articles
    over = 0
    for i, (name, data) in enumerate(files, 1):
        shown = str(name)[:120]
        try:
            report = ingest.read_bytes(name, data)
        except BorderlinesError as err:
            problems.append(f"{shown}: {err}")
        except (ValueError, UnicodeError, RecursionError, OSError) as err:  # belt and braces
            problems.append(f"{shown}: could not be read ({type(err).__name__})")
        else:
            for p in report.problems:
                where = f" ({p.where})" if p.where else ""
                (notes if p.severity == "warning" else problems).append(f"{shown}{where}: {p.message}")
            for a in report.articles:
                if a.id in seen:
                    continue  # the same article twice (a re-upload): keep one
                if len(articles) >= cap:
                    over += 1
                    continue
                seen.add(a.id)
                articles.append(a)
        if progress is not None:
            progress(i, total, shown)
    if over:
        problems.append(f"{over:,} more articles were not read: one batch holds at most {cap:,}")
    return Upload(tuple(articles), tuple(problems), tuple(notes))


# --------------------------------------------------------------------------- articles view


def article_html(text: str, mentions: Iterable[tuple[int, int, bool]], skipped: Iterable[tuple[int, int, str]],
                 show_skipped: bool = False) -> str:
    """The article as escaped HTML: mentions in ``<mark>`` (class ``bl-unres`` when unresolved),
    dropped boilerplate hidden (a short note says how much) or, with ``show_skipped``, struck
    through with its reason. Every piece of text goes through :func:`geo.html.escape`.

    ``mentions`` are (start, end, resolved); ``skipped`` are (start, end, reason).
    """
    from geo.html import escape

    n = len(text)
    cuts = sorted({0, n} | {max(0, min(n, x)) for s, e, *_ in (*mentions, *skipped) for x in (s, e)})
    mention_at = [(max(0, s), min(n, e), ok) for s, e, ok in mentions]
    skip_at = [(max(0, s), min(n, e), why) for s, e, why in skipped]
    out: list[str] = []
    hidden = 0
    for a, b in zip(cuts, cuts[1:]):
        if a >= b:
            continue
        piece = escape(text[a:b])
        skip = next((why for s, e, why in skip_at if s <= a and b <= e), None)
        if skip is not None:
            if show_skipped:
                out.append(f'<del class="bl-skip" title="{escape(skip or "boilerplate")}">{piece}</del>')
            else:
                hidden += b - a
            continue
        ok = next((r for s, e, r in mention_at if s <= a and b <= e), None)
        if ok is None:
            out.append(piece)
        else:
            out.append(f'<mark class="{"bl-res" if ok else "bl-unres"}">{piece}</mark>')
    body = "".join(out).replace("\n", "<br>")
    note = (f'<p class="bl-note">{hidden:,} characters of boilerplate hidden.</p>'
            if hidden and not show_skipped else "")
    return f'<div class="bl-article">{body}</div>{note}'


# --------------------------------------------------------------------------- analysis (cached)

class _Memo:
    """The last ``size`` results of a computation, shared by sessions (which are threads).

    The computation runs outside the lock, so a slow analysis never blocks other sessions; two
    sessions asking for the same new key at once may both compute it, and the first one is kept.
    """

    def __init__(self, size: int) -> None:
        self._size = size
        self._items: dict[tuple, Any] = {}
        self._order: list[tuple] = []
        self._lock = threading.Lock()

    def put(self, key: tuple, value: Any) -> None:
        with self._lock:
            if key not in self._items:
                self._order.append(key)
            self._items[key] = value
            while len(self._order) > self._size:
                self._items.pop(self._order.pop(0), None)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._order.clear()

    def get(self, key: tuple, compute: Callable[[], Any]) -> Any:
        with self._lock:
            if key in self._items:
                return self._items[key]
        value = compute()
        with self._lock:
            if key not in self._items:
                self._items[key] = value
                self._order.append(key)
                while len(self._order) > self._size:
                    self._items.pop(self._order.pop(0), None)
            return self._items[key]


#: The memo, for the app's other remembered work (ui.foliummap).
Memo = _Memo

_RESULTS = _Memo(16)
_LAYERS = _Memo(32)
_BATCH_LAYERS = _Memo(16)


def analyse(articles: Sequence[Article], corrections: Sequence[Correction] = (),
            progress: Callable[..., None] | None = None) -> Result:
    """:func:`geo.pipeline.analyse`, remembered for the last few inputs (shared by sessions:
    the example article and an opened share link are analysed once per process)."""
    from geo import pipeline

    return _RESULTS.get((tuple(articles), tuple(corrections)),
                        lambda: pipeline.analyse(list(articles), list(corrections), progress=progress))


def analysis_notes(result: Result) -> list[str]:
    """What the reader should know about how the articles were read (a sentence read in
    pieces, an article whose analysis stopped at its time budget), each naming its article."""
    return [n for ar in result.articles for n in getattr(ar, "notes", ())]


def download_problem(shown: Any) -> str | None:
    """Why the map's downloads cannot be made (too many drawn features), or None.

    Checked before the buttons are drawn: a download built on click that fails gives the
    browser nothing and the page no message."""
    from geo.config import limits
    from geo.maps.render import drawn_features

    try:
        limits().check_features(drawn_features(shown), "this map")
    except LimitError as err:
        return str(err)
    return None


def guarded(build: Callable[[], str | bytes], what: str) -> Callable[[], str | bytes]:
    """``build`` for a download button; when it fails, the file holds the reason instead of
    nothing (the button's data is made on click, after the page was drawn)."""

    def run() -> str | bytes:
        try:
            return build()
        except BorderlinesError as err:
            return f"Borderlines could not make the {what}: {err}\n"

    return run


def remember_result(articles: Sequence[Article], corrections: Sequence[Correction], result: Result) -> None:
    """Make ``result`` what :func:`analyse` returns for these inputs (a saved map's stored
    analysis: opening it costs no analysis)."""
    _RESULTS.put((tuple(articles), tuple(corrections)), result)


def clear_caches() -> None:
    """Forget every remembered analysis and layer set (tests; a changed gazetteer)."""
    for memo in (_RESULTS, _LAYERS, _BATCH_LAYERS):
        memo.clear()


def layers_for(articles: Sequence[Article], corrections: Sequence[Correction], filters: Any = None) -> Any:
    """:func:`geo.maps.layers.build` of the (cached) analysis, remembered per process for the last
    few inputs: a new session on the example, or a shared link opened twice, builds nothing."""
    from geo.maps import layers

    return _LAYERS.get((tuple(articles), tuple(corrections), filters),
                       lambda: layers.build(analyse(articles, corrections), filters))


def place_choices(name: str, limit: int = 12) -> list[tuple[str, str]]:
    """(place id, label) of gazetteer entries called ``name`` (for "add a missed place")."""
    from geo.places import gazetteer

    name = name.strip()
    if not name or len(name) > 200:
        return []
    found = gazetteer.lookup(name, limit)
    out = []
    for item in list(found)[:limit]:
        p = getattr(item, "place", item)
        where = ", ".join(x for x in (p.kind, p.country) if x)
        out.append((p.id, f"{p.name} — {where}"))
    return out


def point_from_map(returned: Mapping[str, Any] | None) -> tuple[float, float] | None:
    """(lat, lon) of st_folium's ``last_clicked`` ({lat, lng}), or None when absent or insane."""
    if not isinstance(returned, Mapping):
        return None
    click = returned.get("last_clicked")
    if not isinstance(click, Mapping):
        return None
    lat, lng = click.get("lat"), click.get("lng")
    if not all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in (lat, lng)):
        return None
    if abs(lat) > 90 or abs(lng) > 1e6:
        return None
    return (round(float(lat), 5), round((lng + 180.0) % 360.0 - 180.0, 5))


def places_near(name: str, lat: float, lon: float, limit: int = 8) -> list[tuple[str, str]]:
    """(place id, label) for "add the place named ``name`` where I clicked": gazetteer entries of
    that name, nearest to the click first (with their distance), then the province and country
    that contain the click point."""
    from geo.places import areas
    from geo.places import gazetteer

    here = View(lat, lon, 0)  # validates the point
    out: list[tuple[str, str, float]] = []
    name = name.strip()
    if name and len(name) <= 200:
        try:
            found = gazetteer.lookup(name, 50)
        except BorderlinesError:
            found = []
        for p in found:
            km = _km(here.lat, here.lon, p.lat, p.lon)
            where = ", ".join(x for x in (p.kind, p.country) if x)
            out.append((p.id, f"{p.name} — {where}, {km:,.0f} km from the click", km))
        out.sort(key=lambda t: t[2])
        out = out[:limit]
    try:
        country, province = areas.locate(here.lat, here.lon)
    except BorderlinesError:
        country, province = None, None
    seen = {pid for pid, _, _ in out}
    for p, what in ((province, "the province clicked"), (country, "the country clicked")):
        if p is not None and p.id not in seen:
            out.append((p.id, f"{p.name} — {what}", 0.0))
    return [(pid, label) for pid, label, _ in out]


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (km): enough to rank candidates."""
    return distance_km(lat1, lon1, lat2, lon2)


def _show(value: Any, width: int = 80) -> str:
    text = repr(value)
    return text if len(text) <= width else text[: width - 1] + "…"


# --------------------------------------------------------------------------- a batch's GeoParquet

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
