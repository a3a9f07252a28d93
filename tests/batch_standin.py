"""A tiny stand-in pipeline for tests/test_batch.py (never used by the product).

``StandIn(log_dir)(articles) -> Result``: each name of :data:`PLACES` found in a text is a
mention; each sentence holding one of :data:`TRIGGERS` and a place is an event located at the
first place of that sentence. It writes one line per call to ``log_dir/calls.log`` and one
line per load of its "gazetteer" to ``log_dir/loads.log`` (the load is cached per process, as
the real pipeline caches its data), so tests can count work across worker processes.

Text containing :data:`POISON` makes it raise, as a bad article would. ``analyse`` is the
same function configured from the environment, for ``python -m geo batch --pipeline``.
Everything here is our own text and made-up figures.
"""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import os
import re
import time
from pathlib import Path

from geo.models import Article, ArticleResult, Event, EventLocation, Mention, Place, Result, Span

POISON = "<<poison>>"
PLACES = {
    "Mosul": Place("gn:99072", "Mosul", "place", 36.335, 43.1189, "IQ", "IQ-NI", 1739800, 99072),
    "Aleppo": Place("gn:170063", "Aleppo", "place", 36.2021, 37.1343, "SY", "SY-HL", 1602264, 170063),
    "Kandahar": Place("gn:1138336", "Kandahar", "place", 31.6133, 65.7101, "AF", "AF-KAN", 391190, 1138336),
    "Quetta": Place("gn:1167528", "Quetta", "place", 30.1841, 67.0014, "PK", "PK-BA", 733675, 1167528),
    "Goma": Place("gn:216281", "Goma", "place", -1.6792, 29.2228, "CD", "CD-NK", 144124, 216281),
    "Timbuktu": Place("gn:2449067", "Timbuktu", "place", 16.7735, -3.0074, "ML", "ML-6", 32460, 2449067),
}
TRIGGERS = {
    "shelled": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "clashed": ("Battles", "Armed clash"),
    "protested": ("Protests", "Peaceful protest"),
}
_NAMES = re.compile(r"\b(" + "|".join(PLACES) + r")\b")
_SENTENCE = re.compile(r"[^.]+\.")
_KILLED = re.compile(r"(\d+) (?:people|civilians|fighters) died")


@functools.cache
def _gazetteer(log_dir: str) -> dict[str, Place]:
    """Cached per process, like the real gazetteer; each load is logged."""
    with open(Path(log_dir) / "loads.log", "a", encoding="utf-8") as fh:
        fh.write(f"{os.getpid()}\n")
    return PLACES


class StandIn:
    """``analyse(articles) -> Result`` stand-in; ``delay`` seconds of sleep per call."""

    def __init__(self, log_dir: str | os.PathLike[str], delay: float = 0.0) -> None:
        self.log_dir = str(log_dir)
        self.delay = delay

    def __call__(self, articles: list[Article]) -> Result:
        gazetteer = _gazetteer(self.log_dir)
        with open(Path(self.log_dir) / "calls.log", "a", encoding="utf-8") as fh:
            fh.write(f"{os.getpid()} {','.join(a.id for a in articles)}\n")
        if self.delay:
            time.sleep(self.delay)
        return Result(tuple(_one(a, gazetteer) for a in articles))


def _one(article: Article, gazetteer: dict[str, Place]) -> ArticleResult:
    if POISON in article.text:
        raise ValueError(f"cannot read article {article.id!r}")
    mentions = tuple(
        Mention(m.start(), m.end(), m.group(), gazetteer[m.group()], 0.8) for m in _NAMES.finditer(article.text)
    )
    events = []
    for sm in _SENTENCE.finditer(article.text):
        s0, s1 = sm.span()
        inside = [m for m in mentions if s0 <= m.start < s1]
        trig = next(((w, sm.group().find(w)) for w in TRIGGERS if w in sm.group()), None)
        if not inside or trig is None:
            continue
        word, at = trig
        etype, subtype = TRIGGERS[word]
        m = inside[0]
        killed = _KILLED.search(sm.group())
        eid = hashlib.sha256(f"{article.id}|{s0}|{s1}|standin".encode()).hexdigest()[:16]
        events.append(Event(
            id=eid, article_id=article.id, type=etype, subtype=subtype,
            trigger=Span(s0 + at, s0 + at + len(word)), sentence=Span(s0, s1), rule=f"standin:{word}",
            actors=("unidentified armed group",) if etype != "Protests" else ("residents",),
            location=EventLocation(m.place.name, "place", m.place.id, m.place.lat, m.place.lon, "site",
                                   (m.start, m.end)),
            precision=1, date=article.date, time_precision=1,
            fatalities=int(killed.group(1)) if killed else None,
        ))
    return ArticleResult(article, mentions, tuple(events))


def analyse(articles: list[Article]) -> Result:
    """The stand-in configured by BATCH_STANDIN_LOG (a directory) and BATCH_STANDIN_DELAY (s)."""
    return StandIn(os.environ["BATCH_STANDIN_LOG"], float(os.environ.get("BATCH_STANDIN_DELAY", "0")))(articles)


def corpus(n: int = 36, start: dt.date = dt.date(2025, 3, 1)) -> list[Article]:
    """``n`` short articles of our own, varied in places, triggers, dates and figures."""
    names = list(PLACES)
    verbs = list(TRIGGERS)
    out = []
    for i in range(n):
        a, b = names[i % len(names)], names[(i * 5 + 1) % len(names)]
        verb = verbs[i % len(verbs)]
        text = (
            f"Report {i}. Forces {verb} near {a} on day {i % 28 + 1}, and {i % 7} people died. "
            f"Officials in {b} said talks would resume. Markets stayed quiet."
        )
        if i % 4 == 0:
            text += f" Later, crowds protested in {b}."
        aid = hashlib.sha256(text.encode()).hexdigest()[:16]
        out.append(Article(id=aid, title=f"Report {i}", text=text, date=start + dt.timedelta(days=i % 28),
                           source="standin.jsonl"))
    return out
