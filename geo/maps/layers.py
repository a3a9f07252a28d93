"""Result → GeoDataFrames (EPSG:4326) for maps and exports; pure, no folium.

Layers:

* ``events``: one row per event. Geometry follows the event's precision: a point for a town
  (precision 1–2), the province polygon for an admin-1 event, the buffered border line for a
  border event, the country outline for a country-level event. Never a pin at a centroid.
* ``places``: one row per resolved mention, with its role (``site`` / ``actor_base`` /
  ``mentioned``), a point at the gazetteer's reference point.
* ``provinces``: the admin-1 areas involved, with event and mention counts (choropleth input).
* ``countries``: outlines of the countries involved.
* ``borders``: the border segments referred to, with length and both sides named.

Geometries come from :mod:`geo.places.areas`. Where an area is unknown there, the uncertainty is
still drawn as geometry: a circle around the reference point, flagged ``approximate``.
Text columns hold raw input: escaping happens where HTML is built (geo.maps.render via geo.html).
"""
from __future__ import annotations

import datetime as dt
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

import geopandas as gpd
import numpy as np
import shapely
from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry

from geo.errors import InputError, NotFoundError
from geo.html import safe_url
from geo.models import Article, Event, Result

__all__ = ["Filters", "Layers", "build", "from_frames", "filter_events", "basemap", "EVENT_COLUMNS", "LATER_EVENT_COLUMNS",
           "PLACE_COLUMNS"]

CRS = "EPSG:4326"
#: Width of the band drawn around a border line for a border-area event (each side).
BORDER_BUFFER_KM = 15.0
#: Radius of the circle drawn when an area's outline is unknown, by kind.
APPROX_RADIUS_KM = {"place": 10.0, "admin2": 30.0, "admin1": 120.0, "country": 300.0, "border": 60.0}
#: Display simplification (degrees, ≈ 0.5 km): keeps exported files small.
SIMPLIFY_DEG = 0.005

EVENT_COLUMNS = [
    "id", "article_id", "article_hash", "type", "subtype", "date", "time_precision", "precision", "modality",
    "fatalities", "actors", "cameo", "rule", "location_id", "location_name", "location_kind",
    "lat", "lon", "countries", "shape", "approximate", "sentence", "trigger_start", "trigger_end",
    "place_start", "place_end", "article_title", "article_url", "article_source", "mentions",
]
#: Columns added after the first batch files were written: filled with nothing when missing.
LATER_EVENT_COLUMNS = ("article_hash", "mentions")
PLACE_COLUMNS = ["id", "name", "kind", "country", "admin1", "role", "article_id", "start", "end", "text",
                 "score", "event_ids"]


#: The modalities drawn on a map unless the user asks for more (see geo.events.triggers.MODALITIES).
DRAWN_MODALITIES: frozenset[str] = frozenset({"asserted"})


@dataclass(frozen=True, slots=True)
class Filters:
    """Which events to keep; ``None`` means no restriction on that field."""

    types: frozenset[str] | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    countries: frozenset[str] | None = None  # ISO alpha-3 or alpha-2 codes
    max_precision: int = 3
    include_undated: bool = True
    #: Events drawn by how the text tells them; by default only what happened ("asserted"):
    #: background, plans, hypotheses, denials and speculation stay listed, not drawn.
    modalities: frozenset[str] | None = DRAWN_MODALITIES

    def __post_init__(self) -> None:
        if self.max_precision not in (1, 2, 3):
            raise InputError(f"max_precision must be 1, 2 or 3, not {self.max_precision!r}")
        if self.start and self.end and self.start > self.end:
            raise InputError(f"start {self.start!r} is after end {self.end!r}")

    def accepts(self, event: Event, countries: Iterable[str] = ()) -> bool:
        """True when ``event`` (located in ``countries``) passes every filter."""
        if self.types is not None and event.type not in self.types:
            return False
        if self.modalities is not None and event.modality not in self.modalities:
            return False
        if event.precision > self.max_precision:
            return False
        if event.date is None:
            if not self.include_undated and (self.start or self.end):
                return False
        else:
            if self.start and event.date < self.start:
                return False
            if self.end and event.date > self.end:
                return False
        if self.countries is not None:
            wanted = {c.upper() for c in self.countries}
            if not wanted & {c.upper() for c in countries}:
                return False
        return True


@dataclass(frozen=True)
class Layers:
    """The GeoDataFrames of one map, plus the articles they come from."""

    events: gpd.GeoDataFrame
    places: gpd.GeoDataFrame
    provinces: gpd.GeoDataFrame
    countries: gpd.GeoDataFrame
    borders: gpd.GeoDataFrame
    articles: tuple[Article, ...] = field(default=())

    def bounds(self) -> tuple[float, float, float, float] | None:
        """(min lon, min lat, max lon, max lat) of the events, places and borders, or None."""
        frames = [f for f in (self.events, self.places, self.borders) if len(f)]
        if not frames:
            frames = [f for f in (self.provinces, self.countries) if len(f)]
        if not frames:
            return None
        boxes = [f.total_bounds for f in frames]
        # Longitudes from the parts, not the frame: Fiji or Chukotka come as pieces on both
        # sides of the antimeridian, and their plain box would span the whole globe.
        parts = shapely.get_parts(np.concatenate([f.geometry.dropna().to_numpy() for f in frames]))
        parts = parts[~shapely.is_empty(parts)] if len(parts) else parts
        if not len(parts):
            return None
        west, east = _lon_span(shapely.bounds(parts))
        return (west, float(min(b[1] for b in boxes)), east, float(max(b[3] for b in boxes)))


def _lon_span(boxes: np.ndarray) -> tuple[float, float]:
    """(west, east) of the narrowest longitude arc covering ``boxes`` (rows minx, miny, maxx, maxy).

    Content on both sides of the antimeridian gives ``east > 180`` (e.g. 176.8 .. 180.1 for
    Fiji), which Leaflet's fitBounds accepts; the arc's centre stays within -180..180.
    """
    merged: list[list[float]] = []
    for lo, hi in sorted(zip(boxes[:, 0].tolist(), boxes[:, 2].tolist())):
        if merged and lo <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], hi)
        else:
            merged.append([lo, hi])
    west, east = merged[0][0], merged[-1][1]
    wrap_gap = west + 360.0 - east  # the gap across the antimeridian
    gaps = [(merged[i + 1][0] - merged[i][1], i) for i in range(len(merged) - 1)]
    if gaps:
        gap, i = max(gaps)
        if gap > wrap_gap:  # a wider empty stretch inside -180..180: go round the other way
            west, east = merged[i + 1][0], merged[i][1] + 360.0
            if (west + east) / 2 > 180.0:
                west, east = west - 360.0, east - 360.0
    return float(west), float(east)


# --------------------------------------------------------------------------- geometry access

def _lookup(fn_name: str, *args):
    """A geo.places.areas look-up, None when the area or border is unknown (a region has no polygon).

    Missing or damaged data (DataError) is not swallowed: a map must not silently lose its areas.
    """
    from geo.places import areas

    try:
        return getattr(areas, fn_name)(*args)
    except (NotFoundError, InputError):
        return None


# Only found geometries are cached.
_SHAPES: dict[str, BaseGeometry] = {}
_BORDERS: dict[str, tuple] = {}


def _shape(area_id: str) -> BaseGeometry | None:
    if area_id in _SHAPES:
        return _SHAPES[area_id]
    geom = _lookup("shape", area_id)
    if geom is None or geom.is_empty:
        return None
    if len(_SHAPES) > 4096:
        _SHAPES.clear()
    _SHAPES[area_id] = out = _display(geom)
    return out


def _border(border_id: str):
    if border_id in _BORDERS:
        return _BORDERS[border_id]
    a, _, b = border_id.removeprefix("border:").partition("|")
    border = _lookup("border", a, b) if a and b else None
    geom = _lookup("border_geometry", border_id)
    if border is None or geom is None or geom.is_empty:
        return border, None
    if len(_BORDERS) > 1024:
        _BORDERS.clear()
    _BORDERS[border_id] = out = (border, _display(geom, lines=True))
    return out


def _display(geom: BaseGeometry, lines: bool = False) -> BaseGeometry:
    out = shapely.simplify(geom, SIMPLIFY_DEG, preserve_topology=True)
    return out if not out.is_empty else geom


def _buffer_km(geom: BaseGeometry, km: float) -> BaseGeometry:
    """Buffer by ``km`` in a local azimuthal equidistant projection (degrees are not km)."""
    c = geom.centroid
    local = f"+proj=aeqd +lat_0={c.y:.6f} +lon_0={c.x:.6f} +datum=WGS84 +units=m"
    s = gpd.GeoSeries([geom], crs=CRS).to_crs(local).buffer(km * 1000.0, quad_segs=8).to_crs(CRS)
    return _display(s.iloc[0])


def _circle(lat: float, lon: float, km: float) -> BaseGeometry:
    return _buffer_km(Point(lon, lat), km)


def _finite(lat: float, lon: float) -> bool:
    return math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180


# --------------------------------------------------------------------------- events

def _event_geometry(event: Event) -> tuple[BaseGeometry | None, str, bool]:
    """(geometry, shape kind, approximate) for an event's location."""
    loc = event.location
    if loc is None or not _finite(loc.lat, loc.lon):
        return None, "", False
    if loc.kind == "border":
        _, line = _border(loc.id)
        if line is not None:
            return _buffer_km(line, BORDER_BUFFER_KM), "border", False
        return _circle(loc.lat, loc.lon, APPROX_RADIUS_KM["border"]), "border", True
    if loc.kind in ("admin1", "admin2", "country", "continent"):
        geom = _shape(loc.id)
        if geom is not None:
            return geom, "area", False
        return _circle(loc.lat, loc.lon, APPROX_RADIUS_KM.get(loc.kind, 300.0)), "area", True
    if event.precision >= 3:
        # a town named but the event only "in the area": a circle, not a pin
        return _circle(loc.lat, loc.lon, 25.0), "area", True
    return Point(loc.lon, loc.lat), "point", False


def _event_countries(event: Event, place_country: dict[str, str]) -> list[str]:
    loc = event.location
    if loc is None:
        return []
    if loc.kind == "country":
        return [loc.id]
    if loc.kind == "border":
        border, _ = _border(loc.id)
        if border is not None:
            return sorted({border.a_country, border.b_country})
        a, _, b = loc.id.removeprefix("border:").partition("|")
        return [c for c in (a, b) if len(c) == 3]  # country ids are ISO alpha-3
    if loc.kind == "admin1" and "-" in loc.id:
        return [loc.id.split("-", 1)[0]]
    code = place_country.get(loc.id)
    return [code] if code else []


def _event_rows(result: Result, filters: Filters, place_country: dict[str, str]) -> list[dict]:
    rows = []
    for ar in result.articles:
        art = ar.article
        text = art.text
        url = safe_url(art.url)
        for ev in ar.events:
            countries = [_iso3(c) or c for c in _event_countries(ev, place_country)]
            if not filters.accepts(ev, countries):
                continue
            geom, shape, approx = _event_geometry(ev)
            if geom is None:
                continue
            s0, s1 = max(0, ev.sentence.start), min(len(text), ev.sentence.end)
            loc = ev.location
            pm = loc.mention if loc and loc.mention else None
            rows.append({
                "id": ev.id, "article_id": ev.article_id, "article_hash": art.content_hash or None,
                "type": ev.type, "subtype": ev.subtype,
                "date": ev.date.isoformat() if ev.date else None,
                "time_precision": ev.time_precision, "precision": ev.precision,
                "modality": ev.modality, "fatalities": ev.fatalities,
                "actors": "; ".join(ev.actors), "cameo": ev.cameo, "rule": ev.rule,
                "location_id": loc.id, "location_name": loc.name, "location_kind": loc.kind,
                "lat": loc.lat, "lon": loc.lon, "countries": ",".join(countries),
                "shape": shape, "approximate": approx,
                "sentence": text[s0:s1],
                # offsets relative to the sentence, so a popup can mark them without the article
                "trigger_start": ev.trigger.start - s0, "trigger_end": ev.trigger.end - s0,
                "place_start": pm[0] - s0 if pm else None, "place_end": pm[1] - s0 if pm else None,
                "article_title": art.title, "article_url": url, "article_source": art.source,
                # how many times the text tells this incident (lead, body, quote: one event)
                "mentions": max(1, len(ev.mentions)),
                "geometry": geom,
            })
    return rows


def filter_events(events: gpd.GeoDataFrame, filters: Filters) -> gpd.GeoDataFrame:
    """Apply ``filters`` to an events frame built by :func:`build` (pure; returns a copy)."""
    if not len(events):
        return events.copy()
    keep = []
    for row in events.itertuples(index=False):
        d = dt.date.fromisoformat(row.date) if isinstance(row.date, str) and row.date else None
        fake = Event(row.id, row.article_id, row.type, row.subtype, None, None, "",  # type: ignore[arg-type]
                     precision=int(row.precision), date=d, modality=str(getattr(row, "modality", None) or "asserted"))
        keep.append(filters.accepts(fake, str(row.countries or "").split(",")))
    return events[keep].copy()


# --------------------------------------------------------------------------- places

_RANK = {"site": 0, "actor_base": 1}


def _place_rows(result: Result) -> list[dict]:
    rows = []
    for ar in result.articles:
        spans_role: dict[tuple[int, int], str] = {}
        ids_role: dict[str, str] = {}
        event_of: dict[tuple[int, int], list[str]] = defaultdict(list)
        for ev in ar.events:
            locs = ([ev.location] if ev.location else []) + list(ev.places)
            for loc in locs:
                role = loc.role if loc is not ev.location else "site"
                # a mention span says exactly which mention plays the role; an id only when
                # the location was not tied to a span
                table, key = (spans_role, loc.mention) if loc.mention else (ids_role, loc.id)
                old = table.get(key)
                if old is None or _RANK.get(role, 2) < _RANK.get(old, 2):
                    table[key] = role
                if loc.mention:
                    event_of[loc.mention].append(ev.id)
        for m in ar.mentions:
            p = m.place
            if p is None or not _finite(p.lat, p.lon):
                continue
            role = spans_role.get((m.start, m.end)) or ids_role.get(p.id) or "mentioned"
            if role not in ("site", "actor_base"):
                role = "mentioned"
            rows.append({
                "id": p.id, "name": p.name, "kind": p.kind, "country": p.country,
                "admin1": p.admin1, "role": role, "article_id": ar.article.id,
                "start": m.start, "end": m.end, "text": m.text, "score": float(m.score),
                "event_ids": ",".join(event_of.get((m.start, m.end), [])),
                "geometry": Point(p.lon, p.lat),
            })
    return rows


# --------------------------------------------------------------------------- areas involved

def _frame(rows: list[dict], columns: list[str]) -> gpd.GeoDataFrame:
    if not rows:
        return gpd.GeoDataFrame({c: [] for c in columns}, geometry=[], crs=CRS)
    return gpd.GeoDataFrame(rows, geometry="geometry", crs=CRS)[columns + ["geometry"]]


def _area_name(area_id: str, fallback: str) -> str:
    for kind in ("admin1", "country"):
        names = _names(kind)
        if area_id in names:
            return names[area_id]
    return fallback


_NAMES: dict[str, dict[str, str]] = {}


def _names(kind: str) -> dict[str, str]:
    """id → name of the display areas of ``kind`` (cached once found)."""
    if kind in _NAMES:
        return _NAMES[kind]
    frame = _display_frame(kind)
    if frame is None or "id" not in getattr(frame, "columns", ()):
        return {}
    _NAMES[kind] = out = dict(zip(frame["id"], frame["name"]))
    if kind == "country" and "country" in frame.columns:
        _NAMES["iso3"] = {str(c2).upper(): str(i) for i, c2 in zip(frame["id"], frame["country"]) if c2}
    return out


def _iso3_of() -> dict[str, str]:
    """alpha-2 → alpha-3, from the country display frame (its ``country`` column is alpha-2)."""
    _names("country")
    return _NAMES.get("iso3", {})


def _iso3(code: str) -> str:
    code = (code or "").upper()
    return code if len(code) == 3 else _iso3_of().get(code, "")


def build(result: Result, filters: Filters | None = None) -> Layers:
    """Turn a pipeline Result into the map's layers (``filters`` applied to events)."""
    filters = filters or Filters()
    place_country: dict[str, str] = {}
    place_admin1: dict[str, str] = {}
    for ar in result.articles:
        for m in ar.mentions:
            if m.place is not None:
                place_country[m.place.id] = m.place.country
                if m.place.admin1:
                    place_admin1[m.place.id] = m.place.admin1
    # Rows of every modality once; the ones the filter does not draw stay as context (below).
    every = _event_rows(result, replace(filters, modalities=None), place_country)
    if filters.modalities is None:
        event_rows, context = every, []
    else:
        event_rows = [r for r in every if r["modality"] in filters.modalities]
        # "attacks along their border" told as background: the border is drawn, the attacks are not
        context = [r for r in every if r["modality"] not in filters.modalities]
    events = _frame(event_rows, EVENT_COLUMNS)
    for col in ("fatalities", "place_start", "place_end", "trigger_start", "trigger_end", "precision"):
        events[col] = events[col].astype("Int64")  # whole numbers with gaps, not floats
    place_rows = _place_rows(result)
    places = _frame(place_rows, PLACE_COLUMNS)

    provinces, countries, borders = _involved(event_rows, place_rows, place_admin1, context)
    return Layers(events, places, provinces, countries, borders,
                  tuple(ar.article for ar in result.articles))


def _involved(event_rows: list[dict], place_rows: list[dict], place_admin1: dict[str, str],
              context_rows: Sequence[dict] = ()) -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame, gpd.GeoDataFrame]:
    """(provinces, countries, borders) involved, from event and place rows (dicts with the
    columns of the events and places frames). The one rule for both :func:`build` (live
    Result) and :func:`from_frames` (frames read back, e.g. a batch's GeoParquet).

    ``place_admin1`` maps a place id to its admin-1 id (for events sited at a town);
    ``referred_borders`` (id -> name) are border segments drawn even with no drawn event on them.
    """
    # provinces: admin-1 event sites and the admin-1 areas of the places mentioned
    ev_count: Counter[str] = Counter()
    for r in event_rows:
        if r["location_kind"] == "admin1":
            ev_count[r["location_id"]] += 1
        elif r["location_id"] in place_admin1:
            ev_count[place_admin1[r["location_id"]]] += 1
    mention_count: Counter[str] = Counter()
    prov_name: dict[str, str] = {}
    prov_country: dict[str, str] = {}
    for r in place_rows:
        a1 = r["id"] if r["kind"] == "admin1" else r["admin1"]
        if a1:
            mention_count[a1] += 1
            prov_country.setdefault(a1, r["country"])
            if r["kind"] == "admin1":
                prov_name[a1] = r["name"]
    for r in event_rows:
        if r["location_kind"] == "admin1":
            prov_name.setdefault(r["location_id"], r["location_name"])

    # borders referred to (by events, kind "border")
    border_rows = []
    border_events = Counter(r["location_id"] for r in event_rows if r["location_kind"] == "border")
    border_names = {r["location_id"]: r["location_name"] for r in event_rows if r["location_kind"] == "border"}
    # borders that only events not drawn (background, plans …) refer to: drawn as context, 0 events
    for r in context_rows:
        if r["location_kind"] == "border" and r["location_id"] not in border_events:
            border_events[r["location_id"]] = 0
            border_names[r["location_id"]] = r["location_name"]
    for bid, n in border_events.items():
        border, line = _border(bid)
        if line is None:
            continue
        label, sides = _border_label(border, bid, border_names[bid])
        for side in sides:
            prov_name.setdefault(side, _area_name(side, side))
        border_rows.append({
            "id": bid, "name": label, "a": border.a if border else "", "b": border.b if border else "",
            "a_name": border.a_name if border else "", "b_name": border.b_name if border else "",
            "length_km": round(float(border.length_km), 1) if border else None,
            "events": n, "side_provinces": ",".join(sides), "geometry": line,
        })
    borders = _frame(border_rows, ["id", "name", "a", "b", "a_name", "b_name", "length_km", "events",
                                   "side_provinces"])

    prov_rows = []
    for pid in sorted(set(ev_count) | set(mention_count) | set(prov_name)):
        geom = _shape(pid)
        if geom is None:
            continue
        prov_rows.append({
            "id": pid, "name": prov_name.get(pid) or _area_name(pid, pid),
            "country": prov_country.get(pid, pid.split("-", 1)[0]),
            "events": ev_count.get(pid, 0), "mentions": mention_count.get(pid, 0), "geometry": geom,
        })
    provinces = _frame(prov_rows, ["id", "name", "country", "events", "mentions"])

    # countries: country-level events and mentions, border sides, countries of places
    cevents: Counter[str] = Counter()
    involved: dict[str, str] = {}
    for r in event_rows:
        for c in r["countries"].split(","):
            if _iso3(c):
                cevents[_iso3(c)] += 1
                involved.setdefault(_iso3(c), "")
    for r in place_rows:
        if r["kind"] == "country":
            involved[r["id"]] = r["name"]
        elif _iso3(r["country"]):
            involved.setdefault(_iso3(r["country"]), "")
    country_rows = []
    for cid in sorted(involved):
        geom = _shape(cid)
        if geom is None:
            continue
        country_rows.append({"id": cid, "name": involved[cid] or _area_name(cid, cid),
                             "events": cevents.get(cid, 0), "geometry": geom})
    countries = _frame(country_rows, ["id", "name", "events"])
    return provinces, countries, borders


def _records(frame: gpd.GeoDataFrame, columns: Iterable[str]) -> list[dict]:
    """Rows of ``frame`` as dicts of ``columns``, missing values (None, NaN, pd.NA) as None."""
    cols = list(columns)
    if not len(frame):
        return []
    sub = frame[cols].astype(object)
    return sub.where(sub.notna(), None).to_dict("records")


def from_frames(events: gpd.GeoDataFrame, places: gpd.GeoDataFrame, filters: Filters | None = None,
                articles: Iterable[Article] = ()) -> Layers:
    """Layers from an events and a places frame with the columns :func:`build` gives them
    (EPSG:4326), e.g. a batch's GeoParquet read back (see :mod:`geo.batch.view`).

    Events are kept as given, less those ``filters`` refuse (:func:`filter_events`); places are
    kept whole, as :func:`build` does; provinces, countries and borders are recomputed from what
    is kept by the same rule as :func:`build`, so a filter narrows them the same way.
    """
    kept = filter_events(events, filters) if filters is not None else events.copy()
    kept = kept.reset_index(drop=True)
    context: list[dict] = []
    if filters is not None and filters.modalities is not None and len(events):
        every = filter_events(events, replace(filters, modalities=None))
        every = every[[m not in filters.modalities for m in every["modality"]]]
        context = _records(every, ("location_kind", "location_id", "location_name", "countries"))
    event_rows = _records(kept, ("location_kind", "location_id", "location_name", "countries"))
    for r in event_rows:
        r["countries"] = r["countries"] or ""
    place_rows = _records(places, ("id", "name", "kind", "country", "admin1"))
    place_admin1 = {r["id"]: r["admin1"] for r in place_rows if r["admin1"]}
    provinces, countries, borders = _involved(event_rows, place_rows, place_admin1, context)
    return Layers(kept, places.reset_index(drop=True), provinces, countries, borders, tuple(articles))


def _border_label(border, border_id: str, fallback: str) -> tuple[str, list[str]]:
    """'Iran (Sistan and Baluchestan) – Pakistan (Balochistan), 810 km' and the side provinces.

    For a border between two countries the provinces along it come from geo.places.areas'
    precomputed province-to-foreign-country borders; for a province border each side is
    named with its country.
    """
    if border is None:
        return fallback, []
    km = f"{border.length_km:,.0f} km"
    if border.a == border.a_country and border.b == border.b_country:
        sides: dict[str, list[tuple[str, str]]] = {border.a: [], border.b: []}
        for this, other in ((border.a, border.b), (border.b, border.a)):
            for sub in _lookup("borders_of", other) or ():
                pid, pname, pc = (sub.a, sub.a_name, sub.a_country) if sub.b == other else (sub.b, sub.b_name, sub.b_country)
                if pc == this and pid != this and sub.length_km >= 1.0:  # slivers are data noise
                    sides[this].append((pid, pname))

        def side(area: str, name: str) -> str:
            provs = ", ".join(n for _, n in sides[area])
            return f"{name} ({provs})" if provs else name

        ids = [pid for area in (border.a, border.b) for pid, _ in sides[area]]
        return f"{side(border.a, border.a_name)} – {side(border.b, border.b_name)}, {km}", ids
    countries = _names("country")

    def named(area: str, name: str, country: str) -> str:
        if area == country:
            return name
        return f"{name} ({countries.get(country, country)})" if country else name

    label = f"{named(border.a, border.a_name, border.a_country)} – {named(border.b, border.b_name, border.b_country)}, {km}"
    return label, [x for x, c in ((border.a, border.a_country), (border.b, border.b_country)) if x != c]


# --------------------------------------------------------------------------- basemap

_FRAMES: dict[str, gpd.GeoDataFrame] = {}


def _display_frame(kind: str) -> gpd.GeoDataFrame | None:
    """geo.places.areas' display frame of ``kind``, kept once loaded (it hands out a copy per call)."""
    if kind not in _FRAMES:
        frame = _lookup("display_frame", kind)
        if frame is None:
            return None
        _FRAMES[kind] = frame
    return _FRAMES[kind]


def basemap(bounds: tuple[float, float, float, float] | None, margin_deg: float = 6.0
            ) -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]:
    """(countries, provinces) outlines around ``bounds`` for an offline basemap.

    Keeps only areas intersecting the box grown by ``margin_deg`` (the region plus its
    neighbours), clipped to a wider box, so a regional map stays small. Empty frames when
    geo.places.areas has no data.
    """
    empty = _frame([], ["id", "name"])
    if bounds is None:
        return empty, empty
    w, s, e, n = bounds
    view = shapely.box(max(-180, w - margin_deg), max(-89, s - margin_deg),
                       min(180, e + margin_deg), min(89, n + margin_deg))
    clip = shapely.box(max(-180, w - 3 * margin_deg), max(-89, s - 3 * margin_deg),
                       min(180, e + 3 * margin_deg), min(89, n + 3 * margin_deg))
    out = []
    for kind in ("country", "admin1"):
        frame = _display_frame(kind)
        if frame is None or not len(frame):
            out.append(empty)
            continue
        # provinces only near the content: they are the bulk of the bytes
        box = view if kind == "country" else shapely.box(w - 2, s - 2, e + 2, n + 2)
        sub = frame.iloc[sorted(frame.sindex.query(box, predicate="intersects"))].copy()
        sub["geometry"] = sub.geometry.intersection(clip)
        sub = sub[~sub.geometry.is_empty]
        cols = [c for c in ("id", "name") if c in sub.columns]
        out.append(gpd.GeoDataFrame(sub[cols + ["geometry"]], geometry="geometry", crs=CRS))
    return out[0], out[1]


def _clear_caches() -> None:
    """Forget cached geometries (tests swap the geometry source)."""
    _SHAPES.clear()
    _BORDERS.clear()
    _NAMES.clear()
    _FRAMES.clear()
