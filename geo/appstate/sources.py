"""Where the app's map comes from: the analysed articles (with the analyst's corrections) or a
batch run's GeoParquet. One interface, :class:`MapSource`, answers every question the page asks
of its map, so the UI draws whichever source it is handed without asking which one it is.

>>> from geo.ingest.readers import from_text
>>> source = source_for({"articles": (from_text("Floods hit Quetta on 2 May 2024."),), "corrections": ()})
>>> source.kind, source.has_articles, source.is_empty()
('articles', True, False)

Nothing here imports streamlit: the strings it returns (captions, the selected event's lines)
are Markdown already escaped with :func:`geo.html.md`, ready for any Markdown surface.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from geo.appstate import worker
from geo.appstate.batchmap import (
    BATCH_READ_ONLY,
    BatchMap,
    batch_layers,
    batch_map_layers,
    batch_place_rows,
    event_detail,
    parquet_bytes,
)
from geo.appstate.review import area_names, event_sentence, mention_rows
from geo.appstate.state import download_problem, guarded, make_filters, remembered_layers
from geo.html import md
from geo.models import Article, Correction, Result
from geo.text.dates import date_label

__all__ = ["ArticlesSource", "BatchSource", "Download", "EventLines", "MapSource", "source_for"]

#: The Articles tab of a map without articles.
BATCH_NO_TEXT = "A batch map holds no article text; each event keeps its sentence (Events tab)."


@dataclass(frozen=True)
class EventLines:
    """What the "Selected" panel shows of one event: ``heading``, ``where_when`` and ``article``
    are escaped Markdown; ``sentence`` is the source sentence as plain text."""

    heading: str
    where_when: str
    sentence: str
    article: str


@dataclass(frozen=True)
class Download:
    """One download button: its label, the bytes or text made on click (``build``), the file's
    name and type, the widget key, and whether the button is off."""

    label: str
    build: Callable[[], str | bytes]
    file_name: str
    mime: str
    key: str
    disabled: bool = False


class MapSource(Protocol):
    """What the page asks of its map's source.

    ``kind`` is "articles" or "batch"; ``key`` names the map's content in the app's caches;
    ``has_articles`` says whether articles stand behind the map (corrections, share links,
    the article text and a shared view need them); ``read_only_note`` says why corrections and
    share links are off, ``no_text_note`` why there is no article to read (None when they apply);
    ``no_places_note`` is what the places table says when it has no rows.
    """

    kind: str
    key: Hashable
    has_articles: bool
    read_only_note: str | None
    no_text_note: str | None
    no_places_note: str

    def is_empty(self) -> bool:
        """True when there is nothing to map yet."""

    def analyse(self, progress: Callable[..., None] | None = None) -> Result | None:
        """The analysis behind the map (None for a source that has none)."""

    def all_layers(self) -> Any:
        """Every layer, with every event (no filter, every modality)."""

    def layers(self, filters: Any) -> Any:
        """The layers with ``filters`` applied."""

    def drawn_layers(self, shown: Any) -> tuple[Any, str | None]:
        """What of ``shown`` the map draws, and a note when something is left off."""

    def caption(self) -> str:
        """A line saying what is on the map."""

    def event_lines(self, event_id: str) -> EventLines | None:
        """The selected event's lines, or None when it is not on this map."""

    def place_rows(self) -> list[dict[str, Any]]:
        """The rows of the places table."""

    def download_problem(self, shown: Any) -> str | None:
        """Why the map cannot be downloaded, or None."""

    def downloads(self, shown: Any, filters: Any, today: dt.date) -> list[Download]:
        """The downloads the map offers."""


class ArticlesSource:
    """The map of analysed articles and the analyst's corrections.

    The analysis is run in one place (:meth:`analyse`), in the worker pool
    (:func:`geo.appstate.worker.analyse`: a long article blocks no other session), and remembered
    per process for these inputs: every other answer is built from it.
    """

    kind = "articles"
    has_articles = True
    read_only_note = None
    no_text_note = None
    no_places_note = "No places were found in the text."

    def __init__(self, articles: Sequence[Article] = (), corrections: Sequence[Correction] = ()) -> None:
        self.articles = tuple(articles)
        self.corrections = tuple(corrections)
        self.key: Hashable = (self.articles, self.corrections)

    def __repr__(self) -> str:
        return f"ArticlesSource({len(self.articles)} articles, {len(self.corrections)} corrections)"

    def is_empty(self) -> bool:
        return not self.articles

    def analyse(self, progress: Callable[..., None] | None = None) -> Result:
        return worker.analyse(self.articles, self.corrections, progress=progress)

    def all_layers(self) -> Any:
        return self.layers(make_filters(modalities=None))

    def layers(self, filters: Any) -> Any:
        from geo.maps import layers

        return remembered_layers((self.articles, self.corrections, filters),
                                 lambda: layers.build(self.analyse(), filters))

    def drawn_layers(self, shown: Any) -> tuple[Any, str | None]:
        return shown, None

    def caption(self) -> str:
        n = len(self.articles)
        return f"{n} article{'s' if n != 1 else ''} on the map."

    def event_lines(self, event_id: str) -> EventLines | None:
        found = event_sentence(self.analyse(), event_id)
        if not found:
            return None
        article, event, sentence = found
        loc = event.location
        return EventLines(
            heading=f"**{md(event.type)}** · {md(event.subtype)}",
            where_when=(f"{md(loc.name) if loc else 'no location'} · precision {event.precision} · "
                        f"{date_label(event.date, event.time_precision) or 'undated'}"),
            sentence=sentence,
            article=f"from “{md(article.title)}”",
        )

    def place_rows(self) -> list[dict[str, Any]]:
        provinces = self.all_layers().provinces
        known = dict(zip(provinces["id"], provinces["name"])) if len(provinces) else {}
        result = self.analyse()
        return mention_rows(result, area_names(result, known))

    def download_problem(self, shown: Any) -> str | None:
        return download_problem(shown)

    def downloads(self, shown: Any, filters: Any, today: dt.date) -> list[Download]:
        from geo.maps import export

        result, stamp, cannot = self.analyse(), today.isoformat(), bool(self.download_problem(shown))
        return [
            Download("Map as standalone HTML", guarded(lambda: export.html_string(result, filters=filters), "HTML map"),
                     f"borderlines-{stamp}.html", "text/html", "dl_html", cannot),
            Download("GeoJSON", guarded(lambda: _json_text(export.geojson_dict(result, filters)), "GeoJSON"),
                     f"borderlines-{stamp}.geojson", "application/geo+json", "dl_geojson", cannot),
            # the CSV has no feature cap: it stays on when the map is too big to draw
            Download("Events as CSV", guarded(lambda: "\ufeff" + export.csv_string(result, filters), "CSV"),
                     f"borderlines-{stamp}.csv", "text/csv", "dl_csv"),
        ]


class BatchSource:
    """The map of a batch run's GeoParquet (:class:`~geo.appstate.batchmap.BatchMap`): its layers
    come from the file, so nothing is ever analysed; with no article text behind it,
    corrections and share links are off."""

    kind = "batch"
    has_articles = False
    read_only_note = BATCH_READ_ONLY
    no_text_note = BATCH_NO_TEXT

    def __init__(self, batch: BatchMap) -> None:
        self.batch = batch
        self.key: Hashable = ("batch", batch.key)
        self.no_places_note = ("No places file was opened with this batch." if batch.places_name is None
                               else "The batch found no places.")

    def __repr__(self) -> str:
        return f"BatchSource({self.batch.name!r})"

    def is_empty(self) -> bool:
        return False

    def analyse(self, progress: Callable[..., None] | None = None) -> None:
        return None

    def all_layers(self) -> Any:
        return self.batch.layers

    def layers(self, filters: Any) -> Any:
        return batch_layers(self.batch, filters)

    def drawn_layers(self, shown: Any) -> tuple[Any, str | None]:
        return batch_map_layers(shown)

    def caption(self) -> str:
        b = self.batch
        places_note = f" and {md(b.places_name)}" if b.places_name else " (no places file)"
        return (f"From {md(b.name)}{places_note}: {len(b.layers.events):,} events, "
                f"{len(b.layers.places):,} place mentions.")

    def event_lines(self, event_id: str) -> EventLines | None:
        d = event_detail(self.batch.layers.events, event_id)
        if not d:
            return None
        return EventLines(
            heading=f"**{md(d['type'])}** · {md(d['subtype'])}",
            where_when=f"{md(d['location'])} · precision {d['precision']} · {md(d['date']) or 'undated'}",
            sentence=d["sentence"],
            article=f"from “{md(d['article'])}”",
        )

    def place_rows(self) -> list[dict[str, Any]]:
        return batch_place_rows(self.batch.layers.places)

    def download_problem(self, shown: Any) -> str | None:
        return None  # a GeoParquet download has no feature cap

    def downloads(self, shown: Any, filters: Any, today: dt.date) -> list[Download]:
        stem = self.batch.name.removesuffix(".parquet")[:80] or "events"
        return [Download("Events shown, as GeoParquet", lambda: parquet_bytes(shown.events),
                         f"{stem}.filtered.parquet", "application/vnd.apache.parquet", "dl_batch_events")]


def source_for(session: Mapping[str, Any]) -> MapSource:
    """The source of the map a session shows: its opened batch (``session["batch"]``) when there
    is one, else its articles and corrections."""
    batch = session.get("batch")
    if batch is not None:
        return BatchSource(batch)
    return ArticlesSource(session.get("articles") or (), session.get("corrections") or ())


def _json_text(d: dict) -> str:
    return json.dumps(d, ensure_ascii=False, allow_nan=False)
