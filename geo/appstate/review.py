"""What the review tabs show: place and event tables, counts and the timeline, the feature a click selected, the article with its mentions highlighted."""
from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from typing import Any

from geo.appstate.view import View
from geo.errors import InputError
from geo.models import Article, Event, Mention, Result
from geo.text.dates import date_label


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


# -- what st_folium reports (the browser is untrusted: every value is checked) -------------------


def clicked_feature(returned: Mapping[str, Any] | None, known: Mapping[str, Iterable[str]]) -> tuple[str, str] | None:
    """(layer, id) of the feature clicked on the map, from st_folium's return value.

    st_folium returns the clicked layer as GeoJSON in ``last_active_drawing``; geo.maps.render puts
    ``id`` and ``layer`` in its properties. Only ids of features on the map count (the browser
    is untrusted): ``known`` maps a layer name (``event``, ``place``, ``border``, ...) to its ids.
    """
    props = _member(_member(returned, "last_active_drawing"), "properties")
    if props is None:
        return None
    layer, fid = props.get("layer"), props.get("id")
    if not (isinstance(layer, str) and isinstance(fid, str)) or layer not in known:
        return None
    return (layer, fid) if fid in set(known[layer]) else None


def view_from_map(returned: Mapping[str, Any] | None) -> View | None:
    """The view st_folium reports (``center`` {lat, lng} and ``zoom``), or None when it is
    missing or not a sane view (the browser is untrusted). Longitudes wrap into -180..180."""
    center = _member(returned, "center")
    zoom = returned.get("zoom") if center is not None else None
    if isinstance(zoom, bool) or not isinstance(zoom, (int, float)) or not math.isfinite(zoom):
        return None
    point = _lat_lng(center)
    if point is None:
        return None
    try:
        return View(round(point[0], 5), round(point[1], 5), round(float(zoom) * 4) / 4)
    except InputError:
        return None


def point_from_map(returned: Mapping[str, Any] | None) -> tuple[float, float] | None:
    """(lat, lon) of st_folium's ``last_clicked`` ({lat, lng}), or None when absent or insane."""
    click = _member(returned, "last_clicked")
    point = _lat_lng(click) if click is not None else None
    if point is None or abs(point[0]) > 90:
        return None
    return (round(point[0], 5), round(point[1], 5))


def _member(value: object, key: str) -> Mapping[str, Any] | None:
    """``value[key]`` when ``value`` is a mapping and so is what it holds there, else None."""
    if not isinstance(value, Mapping):
        return None
    inner = value.get(key)
    return inner if isinstance(inner, Mapping) else None


def _lat_lng(point: Mapping[str, Any]) -> tuple[float, float] | None:
    """(lat, lng) of a Leaflet ``{lat, lng}``, the longitude wrapped into -180..180; None unless
    both are finite numbers and the longitude is within a million degrees (Leaflet's world copies)."""
    lat, lng = point.get("lat"), point.get("lng")
    if not all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in (lat, lng)):
        return None
    if abs(lng) > 1e6:
        return None
    return float(lat), (lng + 180.0) % 360.0 - 180.0


def event_sentence(result: Result, event_id: str) -> tuple[Article, Event, str] | None:
    """(article, event, sentence text) for ``event_id``, or None when it is not in ``result``."""
    for ar in result.articles:
        for ev in ar.events:
            if ev.id == event_id:
                text = ar.article.text
                return ar.article, ev, text[max(0, ev.sentence.start):min(len(text), ev.sentence.end)]
    return None


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
