"""``python -m geo bench events [--corpus bench/events/gold.jsonl] [--errors N]``.

Runs the product's pipeline (:func:`geo.pipeline.analyse_article`) over the real-news event
yardstick (``bench/events/``: paraphrases of real articles with ACLED-style gold events, see
its README), scores the asserted events with :mod:`geo.events.scoring` and prints the figures
next to those of a simple baseline computed in the same run from the same geoparse: every
sentence with a trigger word of :data:`geo.events.rules.RULES` gives one event of the first
matching rule's type, at the first resolved toponym of that sentence, dated with the article
date. When the git-ignored cache of original excerpts is present
(``bench/events/cache/<id>.txt``), the originals are scored too.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import geo
from geo.cli.gold import jsonl_lines
from geo.errors import InputError
from geo.events.scoring import (
    NEAR_KM,
    EventScores,
    GoldEvent,
    Loc,
    NonEvent,
    PredEvent,
    haversine_km,
    location_match,
    score,
)

#: The committed corpus, found from the package so the command works from any directory.
DEFAULT_CORPUS = Path(geo.__file__).resolve().parent.parent / "bench" / "events" / "gold.jsonl"


def add_parser(sub) -> None:
    e = sub.add_parser("events", help="event extraction against the real-news event yardstick (P/R/F1, places, dates, baseline)")
    e.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="gold JSONL (default: bench/events/gold.jsonl of this checkout)")
    e.add_argument("--errors", type=int, default=0, metavar="N", help="list the N worst misses and false positives and N duplicates")
    e.add_argument("--no-originals", action="store_true", help="do not score the cached original excerpts")


@dataclass(frozen=True, slots=True)
class GoldArticle:
    id: str
    region: str
    text: str
    date: dt.date | None
    events: tuple[GoldEvent, ...]
    non_events: tuple[NonEvent, ...]
    sentences: dict  # (start, end) -> sentence text, to find it again in the ingested text


def _loc(obj: dict | None) -> Loc | None:
    if not obj:
        return None
    return Loc(obj.get("id"), obj["kind"], float(obj["lat"]), float(obj["lon"]), obj.get("name", ""))


def _span_reader(text: str, seen: dict) -> Callable:
    """Read ``[[start, end], ...]`` into tuples, remembering each passage's text in ``seen``."""

    def spans(raw) -> tuple[tuple[int, int], ...]:
        res = tuple((int(s), int(e)) for s, e in raw)
        for s, e in res:
            seen[(s, e)] = text[s:e]
        return res

    return spans


def read_gold(path: Path) -> list[GoldArticle]:
    """The articles of an event yardstick JSONL file (format: ``bench/events/README.md``)."""
    out: list[GoldArticle] = []
    for no, line in jsonl_lines(path):
        try:
            obj = json.loads(line)
            aid, text = str(obj["id"]), obj["text"]
            date = dt.date.fromisoformat(obj["date"]) if obj.get("date") else None
            sents: dict = {}
            spans = _span_reader(text, sents)
            events = tuple(
                GoldEvent(
                    aid, int(e["n"]), e["type"], e["subtype"], _loc(e.get("location")),
                    dt.date.fromisoformat(e["date"]) if e.get("date") else None,
                    e.get("date_precision") or "none", spans(e.get("sentences", ())),
                )
                for e in obj.get("events", ())
            )
            nons = tuple(NonEvent(aid, n["kind"], n.get("type"), spans(n.get("sentences", ()))) for n in obj.get("non_events", ()))
        except (KeyError, TypeError, ValueError) as exc:
            raise InputError(f"{path}:{no}: not an event yardstick record ({exc})") from None
        out.append(GoldArticle(aid, obj.get("region", ""), text, date, events, nons, sents))
    return out


def _moved(doc: GoldArticle, text: str) -> Callable[[tuple[int, int]], tuple[int, int]]:
    """Map gold offsets into ``text`` (the ingested article may normalise whitespace or quotes)."""
    cache: dict[tuple[int, int], tuple[int, int]] = {}

    def move(span: tuple[int, int]) -> tuple[int, int]:
        if text == doc.text:
            return span
        if span not in cache:
            needle = doc.sentences.get(span, "")
            i = text.find(needle) if needle else -1
            cache[span] = (i, i + len(needle)) if i >= 0 else (-1, -1)
        return cache[span]

    return move


def _with_spans(doc: GoldArticle, text: str) -> tuple[list[GoldEvent], list[NonEvent]]:
    move = _moved(doc, text)
    evs = [replace(e, sentences=tuple(move(s) for s in e.sentences)) for e in doc.events]
    nons = [replace(n, sentences=tuple(move(s) for s in n.sentences)) for n in doc.non_events]
    return evs, nons


@lru_cache(maxsize=4096)
def _shape(area_id: str):
    from geo.places import areas

    try:
        if area_id.startswith("border:"):
            return areas.border_geometry(area_id)
        return areas.shape(area_id)
    except Exception:  # noqa: BLE001 - an id without geometry simply contains nothing
        return None


#: Area outlines are simplified: a point this close outside one still counts as inside
#: (Kherson city lies 0.2 km outside the simplified Kherson oblast).
OUTLINE_TOLERANCE_KM = 2.0


def contains(area_id: str, lat: float, lon: float) -> bool | None:
    """Does the area hold the point (a border line: within :data:`NEAR_KM` of it)?

    ``None`` when the product has no geometry for the id (hand-made regions): the scorer then
    compares the area's reference point by distance.
    """
    from shapely.geometry import Point

    geom = _shape(area_id)
    if geom is None:
        return None
    pt = Point(lon, lat)
    km = geom.distance(pt) * 111.0  # degrees to km: ample at these tolerances
    if area_id.startswith("border:"):
        return km <= NEAR_KM
    return bool(geom.covers(pt)) or km <= OUTLINE_TOLERANCE_KM


@dataclass(slots=True)
class Run:
    name: str
    scores: EventScores
    seconds: float
    articles: int
    preds: dict
    texts: dict  # article id -> the ingested text the predictions' offsets refer to

    @property
    def per_second(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0


def _as_pred(aid: str, i: int, ev) -> PredEvent:
    loc = ev.location
    return PredEvent(
        aid, ev.type, ev.subtype,
        Loc(loc.id, loc.kind, loc.lat, loc.lon, loc.name) if loc is not None else None,
        ev.date, (ev.sentence.start, ev.sentence.end), ev.modality, ev.rule, i,
    )


def baseline_events(aid: str, article, mentions) -> list[PredEvent]:
    """Every sentence with a trigger word: one event of the first rule's type at its first toponym."""
    from geo.events.rules import RULES
    from geo.text.sentences import split

    out: list[PredEvent] = []
    placed = [m for m in mentions if m.place is not None and m.form == "name"]
    for sent in split(article.text, article.skipped):
        s_text = article.text[sent.start : sent.end]
        rule = next((r for r in RULES if r.pattern.search(s_text)), None)
        if rule is None:
            continue
        m = next((m for m in placed if sent.start <= m.start < sent.end), None)
        loc = Loc(m.place.id, m.place.kind, m.place.lat, m.place.lon, m.place.name) if m else None
        out.append(PredEvent(aid, rule.type, rule.subtype, loc, article.date, (sent.start, sent.end), "asserted", "baseline", len(out)))
    return out


def run_corpus(docs: Sequence[GoldArticle], texts: dict[str, str], with_non_events: bool = True) -> tuple[Run, Run]:
    """Product and baseline on ``texts`` (article id -> text to analyse)."""
    from geo.ingest.readers import from_text
    from geo.pipeline import analyse_article

    ours: dict[str, list[PredEvent]] = {}
    base: dict[str, list[PredEvent]] = {}
    gold: dict[str, list[GoldEvent]] = {}
    nons: dict[str, list[NonEvent]] = {}
    placed: dict[str, bool] = {}
    texts_seen: dict[str, str] = {}
    seconds = 0.0
    base_seconds = 0.0
    for d in docs:
        text = texts[d.id]
        article = from_text(text, date=d.date)
        t0 = time.process_time()
        res = analyse_article(article)
        seconds += time.process_time() - t0
        art = res.article
        ours[d.id] = [_as_pred(d.id, i, e) for i, e in enumerate(res.events)]
        t0 = time.process_time()
        base[d.id] = baseline_events(d.id, art, res.mentions)
        base_seconds += time.process_time() - t0
        placed[d.id] = any(m.place is not None and m.form == "name" for m in res.mentions)
        if text == d.text:
            g, n = _with_spans(d, art.text)
        else:  # an original excerpt: the gold's sentence offsets belong to the paraphrase
            g, n = [replace(e, sentences=()) for e in d.events], []
        texts_seen[d.id] = art.text
        gold[d.id] = g
        nons[d.id] = n if with_non_events else []
    s_ours = score(gold, ours, contains, nons, placed)
    s_base = score(gold, base, contains, nons, placed)
    return (
        Run("product", s_ours, seconds, len(docs), ours, texts_seen),
        Run("baseline", s_base, base_seconds, len(docs), base, texts_seen),
    )


def _pct(a: int, b: int) -> str:
    return f"{a} of {b} ({100 * a / b:.1f} %)" if b else f"{a} of 0"


def format_run(r: Run, speed: bool = True, note: str = "") -> str:
    s = r.scores
    ne = ", ".join(f"{k} {v}" for k, v in s.on_non_events.most_common()) or "none"
    lines = [
        (
            f"{r.name:<9} event P/R/F1 {s.precision:.3f}/{s.recall:.3f}/{s.f1:.3f}  "
            f"({s.tp} matched of {s.n_gold} gold; {s.n_pred} asserted predictions)"
        ),
        (
            f"{'':<9} asserted events with no location: {_pct(s.n_pred_unlocated, s.n_pred_in_placed_articles)} "
            f"(articles naming a place)"
        ),
        (
            f"{'':<9} location right among type-matched pairs {s.location_accuracy:.3f} (n={s.type_pairs}); "
            f"type right among located pairs {s.type_accuracy:.3f} (n={s.loc_pairs}); "
            f"sub-type right among matches {s.subtype_accuracy:.3f}"
        ),
        f"{'':<9} duplicates: {s.duplicates} extra for {s.tp} matched incidents ({s.duplicates_per_match:.2f} per match)",
        (
            f"{'':<9} dates right: {_pct(s.date_right, s.dated_matches)} of matches whose gold has a date; "
            f"undated gold given a date: {s.undated_gold_given_date} of {s.undated_gold_matches}"
        ),
        (
            f"{'':<9} false positives on gold non-event sentences: {sum(s.on_non_events.values())} ({ne}); "
            f"in articles without events: {s.fp_in_eventless}"
        ),
    ]
    if speed:
        lines.append(f"{'':<9} {r.articles} articles in {r.seconds:.2f} s CPU = {r.per_second:,.1f} articles/s (one core{note})")
    return "\n".join(lines)


def _ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}" if b else "inf"


def format_ratio(o: EventScores, b: EventScores) -> str:
    return (
        f"ratio     F1 x{_ratio(o.f1, b.f1)}  precision x{_ratio(o.precision, b.precision)}  recall x{_ratio(o.recall, b.recall)}  "
        f"location accuracy x{_ratio(o.location_accuracy, b.location_accuracy)}  date accuracy x{_ratio(o.date_accuracy, b.date_accuracy)}"
    )


def by_region(docs: Sequence[GoldArticle], r: Run) -> str:
    from geo.events.scoring import score as score_

    parts = []
    for region in sorted({d.region for d in docs}):
        sel = [d for d in docs if d.region == region]
        g = {d.id: list(d.events) for d in sel}
        s = score_(g, {d.id: r.preds[d.id] for d in sel}, contains)
        parts.append(f"{region} ({len(sel)} articles) F1 {s.f1:.3f}")
    return f"{'':<9} by region: " + "; ".join(parts)


def by_family(r: Run) -> str:
    """Recall per type family (matched of gold), largest family first."""
    s = r.scores
    gold = Counter(g.type for g in s.misses) + Counter(m.gold.type for m in s.matches)
    hit = Counter(m.gold.type for m in s.matches)
    parts = [f"{t} {hit[t]}/{n}" for t, n in gold.most_common()]
    return f"{'':<9} recall by type: " + "; ".join(parts)


def _describe_loc(loc: Loc | None) -> str:
    if loc is None:
        return "no place"
    return f"{loc.name or loc.id} [{loc.kind}]"


#: Why an incident was missed, as :func:`reasons` counts them (the keys of :func:`_why_missed`).
MISS_CAUSES = (
    "no event of its type", "right type, wrong place", "its type only at other incidents", "right type, no place",
    "taken by another incident",
)
#: Why a prediction matched nothing (the keys of :func:`_why_false`).
FALSE_CAUSES = ("on a gold non-event", "article has no gold event", "no place", "type right, wrong place", "type not in gold")


def _why_missed(g: GoldEvent, preds: Sequence[PredEvent], used: frozenset[int] = frozenset()) -> tuple[str, str, tuple]:
    """(cause, the reason in words, sort rank) of a missed incident, from the article's asserted
    predictions (``used``: the indexes of those matched to other incidents)."""
    same = [p for p in preds if p.type == g.type]
    if not same:
        kinds = Counter(p.type for p in preds)
        why = "no event of this type" + (f" (article has: {', '.join(k for k, _ in kinds.most_common(3))})" if kinds else "")
        return "no event of its type", why, (2, 0)
    located = [p for p in same if p.location is not None]
    if any(location_match(g.location, p.location, contains) for p in located):
        return "taken by another incident", "right type and place, but that prediction went to another incident (too few events)", (0, 0)
    if located and g.location is not None:
        p = min(located, key=lambda p: haversine_km(g.location.lat, g.location.lon, p.location.lat, p.location.lon))
        km = haversine_km(g.location.lat, g.location.lon, p.location.lat, p.location.lon)
        # every event of its type is another incident's: its place was never read as one more site
        cause = "its type only at other incidents" if all(q.index in used for q in located) else "right type, wrong place"
        return cause, f"right type, wrong place: {_describe_loc(p.location)} is {km:,.0f} km off", (0, -km)
    return "right type, no place", "right type, no place", (1, 0)


def _why_false(p: PredEvent, doc: GoldArticle) -> tuple[str, str, tuple]:
    """(cause, the reason in words, sort rank) of a prediction that matched no incident."""
    kinds = [ne.kind for ne in doc.non_events if any(p.sentence[0] < e and s < p.sentence[1] for s, e in ne.sentences)]
    gold_types = {g.type for g in doc.events}
    if kinds:
        return "on a gold non-event", f"on a gold non-event ({kinds[0]})", (0,)
    if not gold_types:
        return "article has no gold event", "article has no gold event", (1,)
    if p.location is None:
        return "no place", "no place", (2,)
    if p.type in gold_types:
        return "type right, wrong place", f"type right, place {_describe_loc(p.location)} matches no incident", (3,)
    return "type not in gold", f"type not in gold ({', '.join(sorted(gold_types))})", (4,)


def _asserted(r: Run, article: str) -> list[PredEvent]:
    return [p for p in r.preds.get(article, ()) if p.modality == "asserted"]


def _matched(r: Run) -> dict[str, frozenset[int]]:
    """The indexes of each article's predictions that matched an incident."""
    out: dict[str, set[int]] = {}
    for m in r.scores.matches:
        out.setdefault(m.pred.article, set()).add(m.pred.index)
    return {a: frozenset(v) for a, v in out.items()}


def reasons(docs: Sequence[GoldArticle], r: Run) -> str:
    """Misses and false positives counted by cause (misses also by type): where the gap lies,
    told without a line of any article's text, so it can be read on corpora kept unread."""
    by_id = {d.id: d for d in docs}
    used = _matched(r)
    missed: dict[str, Counter] = {c: Counter() for c in MISS_CAUSES}
    for g in r.scores.misses:
        missed[_why_missed(g, _asserted(r, g.article), used.get(g.article, frozenset()))[0]][g.type] += 1
    false = Counter(_why_false(p, by_id[p.article])[0] for p in r.scores.false_positives)

    def part(cause: str, c: Counter) -> str:
        return f"{cause} {c.total()}" + (f" ({', '.join(f'{t} {n}' for t, n in c.most_common())})" if c else "")

    return (
        f"{'':<9} misses by cause: " + "; ".join(part(c, missed[c]) for c in MISS_CAUSES) + "\n"
        f"{'':<9} false positives by cause: " + "; ".join(f"{c} {false[c]}" for c in FALSE_CAUSES)
        + f"; duplicates {r.scores.duplicates}"
    )


def errors(docs: Sequence[GoldArticle], r: Run, n: int) -> list[str]:
    """The ``n`` worst misses, ``n`` worst false positives and ``n`` duplicates, with the reason of
    each (a duplicate names the incident it repeats and the event that matched it)."""
    by_id = {d.id: d for d in docs}
    miss_rows: list[tuple[tuple, str]] = []
    for g in r.scores.misses:
        text = by_id[g.article].text
        snippet = text[g.sentences[0][0] : g.sentences[0][1]][:90] if g.sentences and g.sentences[0][0] >= 0 else ""
        _, why, rank = _why_missed(g, _asserted(r, g.article))
        miss_rows.append(((rank, g.article, g.n), f"MISS {g.article}#{g.n} {g.type} / {g.subtype} at {_describe_loc(g.location)}: {why}\n      \"{snippet}\""))
    fp_rows: list[tuple[tuple, str]] = []
    for p in r.scores.false_positives:
        text = r.texts.get(p.article, "")
        snippet = text[p.sentence[0] : p.sentence[1]][:90]
        _, why, rank = _why_false(p, by_id[p.article])
        fp_rows.append(((rank, p.article, p.index), f"FALSE {p.article} {p.type} / {p.subtype} at {_describe_loc(p.location)} [{p.rule}]: {why}\n      \"{snippet}\""))
    matched_by = {(m.pred.article, m.gold.n): m.pred for m in r.scores.matches}
    dup_rows: list[tuple[tuple, str]] = []
    for d in r.scores.duplicate_pairs:
        p, g = d.pred, d.gold
        first = matched_by[(p.article, g.n)]
        snippet = r.texts.get(p.article, "")[p.sentence[0] : p.sentence[1]][:90]
        dup_rows.append(((p.article, p.index), (
            f"DUP {p.article} {p.type} / {p.subtype} at {_describe_loc(p.location)} [{p.rule}]: repeats "
            f"#{g.n}, matched by {first.type} / {first.subtype} at {_describe_loc(first.location)} [{first.rule}]\n"
            f"      \"{snippet}\"")))
    return [row for _, row in sorted(miss_rows)[:n]] + [row for _, row in sorted(fp_rows)[:n]] + [row for _, row in sorted(dup_rows)[:n]]


def run(args: argparse.Namespace) -> int:
    docs = read_gold(args.corpus)
    n_ev = sum(len(d.events) for d in docs)
    n_ne = sum(len(d.non_events) for d in docs)
    regions = Counter(d.region for d in docs)
    print(
        f"corpus {args.corpus}: {len(docs)} articles ({', '.join(f'{v} {k}' for k, v in sorted(regions.items()))}), "
        f"{n_ev} gold events, {n_ne} gold non-events; scored on the paraphrases"
    )
    from geo.pipeline import analyse_text

    analyse_text(docs[0].text if docs else "warm up")  # load the gazetteer and word lists outside the timing
    texts = {d.id: d.text for d in docs}
    ours, base = run_corpus(docs, texts)
    print(format_run(ours))
    print(by_region(docs, ours))
    print(by_family(ours))
    print(reasons(docs, ours))
    print(format_run(base, note="; its event step only, on the product's geoparse"))
    print(format_ratio(ours.scores, base.scores))
    cache = args.corpus.parent / "cache"
    originals = {d.id: (cache / f"{d.id}.txt").read_text(encoding="utf-8") for d in docs if (cache / f"{d.id}.txt").is_file()}
    if originals and not args.no_originals:
        sel = [d for d in docs if d.id in originals]
        print(f"\noriginal excerpts from {cache} ({len(sel)} of {len(docs)} articles; non-event sentences not scored):")
        o2, b2 = run_corpus(sel, originals, with_non_events=False)
        print(format_run(o2, speed=False))
        print(format_run(b2, speed=False))
        print(format_ratio(o2.scores, b2.scores))
    if args.errors:
        print(f"\nworst misses, false positives and duplicates of the product (top {args.errors} each):")
        for row in errors(docs, ours, args.errors):
            print(row)
    return 0
