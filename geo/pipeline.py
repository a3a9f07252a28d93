"""The one function the app, the CLI and batch runs call: articles -> :class:`~geo.models.Result`.

Per article: clean (boilerplate spans, :mod:`geo.ingest.boilerplate`) -> geoparse (:mod:`geo.geoparse.recognise`) ->
the analyst's corrections -> events (:mod:`geo.events.extract`). Corrections change mentions only;
everything derived from them (events, their places, the provinces and border segments the map
draws) is derived again, so a corrected place moves every event that stood on it::

    >>> r = analyse_text("Talks in Quetta\\nPolice arrested two men in Quetta on Monday.", date="2024-03-06")
    >>> [(e.subtype, e.location.name, e.date.isoformat()) for e in r.articles[0].events]
    [('Arrests', 'Quetta', '2024-03-04')]

Pure over its inputs: the heavy data (gazetteer, areas) is loaded once by those modules.
"""
from __future__ import annotations

import datetime as dt
import gc
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from geo.errors import InputError, NotFoundError
from geo.models import Article, ArticleResult, Correction, Mention, Result, ScoredPlace, Span

log = logging.getLogger(__name__)

__all__ = ["analyse", "analyse_article", "analyse_text", "apply_corrections", "settle", "ACTIONS"]

#: Correction actions understood by :func:`apply_corrections`.
ACTIONS = ("choose", "remove", "add")


def _place_of(place_id: str):
    from geo.places import gazetteer

    return gazetteer.get(place_id)


def apply_corrections(
    article: Article,
    mentions: Sequence[Mention],
    corrections: Sequence[Correction],
    *,
    get_place: Callable[[str], object] | None = None,
) -> tuple[Mention, ...]:
    """The mentions of ``article`` after its analyst corrections, in text order.

    * ``choose``: the mention at ``start:end`` takes place ``to_id`` (one of its candidates, or
      any gazetteer entry);
    * ``remove``: the mention at ``start:end`` is dropped (not a place, or not this place);
    * ``add``: a mention of place ``to_id`` is added at ``start:end``, replacing any mention
      overlapping that span.

    Corrections are an audit trail replayed in order, so a later one wins: removing a mention
    that is already gone changes nothing, and choosing a place where no mention is left adds
    one. Corrections of other articles are ignored. A malformed correction (unknown action,
    span outside the text, no place id) raises :class:`~geo.errors.InputError`, an unknown
    place id :class:`~geo.errors.NotFoundError`, each echoing the value.
    """
    get_place = get_place or _place_of
    by_span = {(m.start, m.end): m for m in mentions}
    text = article.text
    for c in corrections:
        if c.article_id != article.id:
            continue
        if c.action not in ACTIONS:
            raise InputError(f"unknown correction action {c.action!r}; expected one of {ACTIONS}")
        if not (0 <= c.start < c.end <= len(text)):
            raise InputError(f"correction span {(c.start, c.end)!r} is outside the article ({len(text)} characters)")
        key = (c.start, c.end)
        if c.action == "remove":
            by_span.pop(key, None)
            continue
        if not c.to_id:
            raise InputError(f"correction {c.action!r} at {key!r} needs a place id (to_id), got {c.to_id!r}")
        old = by_span.get(key)
        chosen = None
        if old is not None:
            chosen = next((sp.place for sp in old.candidates if sp.place.id == c.to_id), None)
        if chosen is None:
            chosen = get_place(c.to_id)
            if chosen is None:
                raise NotFoundError(f"no place with id {c.to_id!r}")
        if c.action == "add" or old is None:
            for other in [k for k in by_span if k != key and k[0] < c.end and c.start < k[1]]:
                del by_span[other]  # the analyst's span replaces what the geoparser read there
        evidence = (f"corrected by an analyst ({c.action}{': ' + c.note if c.note else ''})",)
        others = tuple(sp for sp in (old.candidates if old else ()) if sp.place.id != chosen.id)
        by_span[key] = Mention(
            start=c.start,
            end=c.end,
            text=text[c.start:c.end],
            place=chosen,
            score=1.0,
            candidates=(ScoredPlace(chosen, 1.0),) + others,
            form=old.form if old is not None and c.action == "choose" else "name",
            evidence=evidence,
        )
    return tuple(sorted(by_span.values(), key=lambda m: (m.start, m.end)))


def _skipped(article: Article) -> tuple[Span, ...]:
    """The article's skipped spans, plus boilerplate :mod:`geo.ingest.boilerplate` finds (for hand-built articles)."""
    from geo.ingest.boilerplate import boilerplate_spans

    found = boilerplate_spans(article.text, article.title or None)
    spans = {(s.start, s.end): s for s in article.skipped}
    for s in found:
        spans.setdefault((s.start, s.end), s)
    return tuple(sorted(spans.values(), key=lambda s: (s.start, s.end)))


def analyse_article(article: Article, corrections: Sequence[Correction] = (), *, statements: bool = False) -> ArticleResult:
    """One article: clean -> geoparse -> corrections -> events (``statements``: see :func:`geo.events.extract.extract`)."""
    from geo import budget
    from geo.events import extract as events
    from geo.geoparse import recognise as geoparse

    if not isinstance(article, Article):
        raise InputError(f"analyse expects Article records, got {type(article).__name__}: {article!r:.80}")
    skipped = _skipped(article)
    if skipped != article.skipped:
        article = replace(article, skipped=skipped)
    with budget.article_budget(_label(article)) as b:
        mentions = geoparse.parse(article.text, skip=skipped)
        mentions = apply_corrections(article, mentions, corrections)
        found = events.extract(article, mentions, statements=statements)
    log.info("article %s: %d place mentions, %d events%s", article.id, len(mentions), len(found),
             "" if b.exceeded is None else f" (stopped at its time budget in {b.exceeded})")
    return ArticleResult(
        article=article, mentions=mentions, events=found, notes=tuple(b.notes), complete=b.exceeded is None
    )


def _label(article: Article) -> str:
    """How a note names an article: its title (or first words) and where it came from."""
    title = " ".join((article.title or article.text[:80]).split())[:80]
    return f"{title} ({article.source})" if article.source else title


def analyse(
    articles: Iterable[Article],
    corrections: Sequence[Correction] = (),
    progress: Callable[[int, int], None] | None = None,
) -> Result:
    """Analyse articles in order; ``progress(done, total)`` is called after each one.

    ``corrections`` apply to the article whose id they carry and are returned in the result
    (the audit trail), in the order given.
    """
    items = list(articles)
    corrections = tuple(corrections)
    by_article: dict[str, list[Correction]] = {}
    for c in corrections:
        if not isinstance(c, Correction):
            raise InputError(f"corrections must be Correction records, got {type(c).__name__}: {c!r:.80}")
        by_article.setdefault(c.article_id, []).append(c)
    out = []
    for i, article in enumerate(items, 1):
        out.append(analyse_article(article, by_article.get(getattr(article, "id", ""), ())))
        if progress is not None:
            progress(i, len(items))
    return Result(articles=tuple(out), corrections=corrections)


def analyse_text(
    text: str,
    title: str | None = None,
    date: str | dt.date | None = None,
    url: str | None = None,
) -> Result:
    """Analyse one pasted article (see :func:`geo.ingest.readers.from_text` for title/date/url)."""
    from geo.ingest.readers import from_text

    return analyse([from_text(text, title=title, date=date, url=url)])


def settle() -> None:
    """Put what the process has loaded so far (gazetteer, areas, word lists, memos of the warm-up
    article) out of the garbage collector's sight, for a process that lives on to analyse many
    articles (a batch worker, the app's workers, the server).

    Those objects live as long as the process; left in the collector's generations, every full
    collection during an analysis walks them all again (measured: 5-9 % of a pass over
    GeoVirus-like text). Call it once, after the warm-up.
    """
    gc.collect()
    gc.freeze()
