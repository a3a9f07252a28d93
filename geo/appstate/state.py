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
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from geo.appstate.batchmap import (
    _BATCH_LAYERS,
    BATCH_READ_ONLY,
    BatchMap,
    _isna,
    batch_layers,
    batch_map_layers,
    batch_place_rows,
    event_detail,
    is_batch_file,
    open_batch,
    parquet_bytes,
    split_uploads,
)
from geo.appstate.corrections import _MAX_CORRECTIONS, new_correction, record_correction, undo_last
from geo.appstate.memo import Memo, _Memo
from geo.appstate.review import (
    area_names,
    article_html,
    candidate_choices,
    clicked_feature,
    counts_by,
    event_rows,
    event_sentence,
    find_mention,
    find_name_spans,
    mention_rows,
    point_from_map,
    timeline_counts,
    view_from_map,
)
from geo.appstate.uploads import Upload, ingest_uploads
from geo.appstate.view import View, view_for_bounds
from geo.errors import BorderlinesError, InputError, LimitError
from geo.errors import show as _show
from geo.html import md  # the one Markdown escaper (re-exported for app.py)
from geo.models import Article, Correction, Result
from geo.places.geodesy import distance_km
from geo.text.dates import date_label

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


# --------------------------------------------------------------------------- view


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
        _ = self.filters  # validates types, dates and precision (InputError)
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


# --------------------------------------------------------------------------- selection


# --------------------------------------------------------------------------- uploads


# --------------------------------------------------------------------------- articles view


# --------------------------------------------------------------------------- analysis (cached)


_RESULTS = _Memo(16)
_LAYERS = _Memo(32)


def analyse(articles: Sequence[Article], corrections: Sequence[Correction] = (),
            progress: Callable[..., None] | None = None) -> Result:
    """:func:`geo.pipeline.analyse`, remembered for the last few inputs (shared by sessions:
    the example article and an opened share link are analysed once per process)."""
    from geo import pipeline

    return remembered_result(articles, corrections,
                             lambda: pipeline.analyse(list(articles), list(corrections), progress=progress))


def remembered_result(articles: Sequence[Article], corrections: Sequence[Correction],
                      compute: Callable[[], Result]) -> Result:
    """The remembered analysis of these inputs, else ``compute()``'s, remembered (the one memo of
    results, whether the analysis runs here or in the worker pool)."""
    return _RESULTS.get((tuple(articles), tuple(corrections)), compute)


def remembered_layers(key: Hashable, build: Callable[[], Any]) -> Any:
    """The remembered layer set for ``key`` (inputs and filters), else ``build()``'s, remembered."""
    return _LAYERS.get(key, build)


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
    from geo.appstate.sources import ArticlesSource  # sources builds on this module

    return ArticlesSource(articles, corrections).layers(filters)


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


def places_near(name: str, lat: float, lon: float, limit: int = 8) -> list[tuple[str, str]]:
    """(place id, label) for "add the place named ``name`` where I clicked": gazetteer entries of
    that name, nearest to the click first (with their distance), then the province and country
    that contain the click point."""
    from geo.places import areas, gazetteer

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


# --------------------------------------------------------------------------- a batch's GeoParquet


