"""``python -m geo bench geoparse --corpus FILE.jsonl [--errors N]``: accuracy and speed.

Runs the geoparser over a gold corpus (format: ``shared/benchmarks/geoparsing/README.md``),
prints every figure of :mod:`geo.geoparse.scoring`, words per second (recognition + resolution, CPU
time of this single-threaded process, so the figure holds on a shared machine; the gazetteer
and word lists load once, timed apart), and the same figures for a baseline run in the same
process — every capitalised n-gram that is a gazetteer key, read as its most populous place —
with the ratios, so the worth of the context rules shows.

Two readings are printed. The product's policy: a demonym ("Russian officials") is no toponym.
The corpus' own annotation guideline, as its paper documents it (:data:`GUIDELINES`): LGL
annotates demonyms as toponyms, GeoVirus does not. Under a guideline that counts demonyms, our
run is scored with its demonym mentions added and the baseline also reads capitalised demonyms
as their countries. ``--demonyms yes|no`` states the guideline of a corpus not in the table.
``--errors N`` prints the largest error classes (product policy) with examples.
"""
from __future__ import annotations

import argparse
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from geo.cli.gold import jsonl_lines
from geo.errors import InputError
from geo.geoparse.scoring import A161_KM, Scores, Toponym, haversine_km, match_overlap, score
from geo.models import Mention

HELP = "benchmark the geoparser (geoparse), the event extraction (events) or the event classifier (classify) on a gold corpus"


def add_arguments(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="what", metavar="WHAT", required=True)
    g = sub.add_parser("geoparse", help="toponym recognition and resolution against a gold JSONL corpus")
    g.add_argument("--corpus", required=True, type=Path, help="gold JSONL (id, text, toponyms)")
    g.add_argument("--errors", type=int, default=0, metavar="N", help="print the N largest error classes")
    g.add_argument("--limit", type=int, default=0, metavar="N", help="only the first N articles")
    g.add_argument("--no-baseline", action="store_true", help="skip the baseline run")
    g.add_argument(
        "--repeat", type=int, default=1, metavar="N",
        help="time N passes over the corpus and report the fastest (a shared machine's bursts of load only ever slow a pass down)",
    )
    g.add_argument(
        "--demonyms",
        choices=("auto", "yes", "no"),
        default="auto",
        help="does the corpus' guideline annotate demonyms as toponyms? (auto: from the ids' prefix, see GUIDELINES)",
    )
    from geo.cli import bench_events

    bench_events.add_parser(sub)
    from geo.cli import bench_classify

    bench_classify.add_arguments(sub)


#: Annotation guideline of each public corpus on demonyms, keyed by the prefix of its ids
#: ("lgl:40450848"): True when its annotators marked demonyms as toponyms. LGL (Lieberman et al.
#: 2010) does; GeoVirus (Gritta et al. 2018) annotates only names of locations. See
#: ../shared/benchmarks/geoparsing/README.md.
GUIDELINES: dict[str, bool] = {"lgl": True, "geovirus": False}


def guideline_counts_demonyms(docs: Sequence[GoldDoc], choice: str = "auto") -> bool | None:
    """Whether the corpus' guideline counts demonyms: ``choice`` yes/no, else from the ids'
    prefix (None when the corpus is not in :data:`GUIDELINES`)."""
    if choice != "auto":
        return choice == "yes"
    prefixes = {d.id.split(":", 1)[0] for d in docs if ":" in d.id}
    if len(prefixes) == 1:
        return GUIDELINES.get(prefixes.pop())
    return None


@dataclass(frozen=True, slots=True)
class GoldDoc:
    id: str
    text: str
    toponyms: tuple[Toponym, ...]
    extra: tuple[dict, ...]


@dataclass(frozen=True, slots=True)
class Run:
    name: str
    predictions: dict[str, tuple[Mention, ...]]
    seconds: float
    words: int
    scores: Scores

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0


def read_gold(path: Path, limit: int = 0) -> list[GoldDoc]:
    """Gold documents of a benchmark JSONL file."""
    from geo.serialize import loads

    docs: list[GoldDoc] = []
    for no, line in jsonl_lines(path):
        obj = loads(line, name=f"{path}:{no}")
        tops = obj.get("toponyms") or []
        docs.append(
            GoldDoc(
                str(obj["id"]),
                obj["text"],
                tuple(Toponym(int(t["start"]), int(t["end"]), t.get("lat"), t.get("lon")) for t in tops),
                tuple({"name": t.get("name"), **(t.get("extra") or {})} for t in tops),
            )
        )
        if limit and len(docs) >= limit:
            break
    return docs


def _as_toponyms(mentions: Sequence[Mention]) -> list[Toponym]:
    return [
        Toponym(m.start, m.end, m.place.lat if m.place else None, m.place.lon if m.place else None)
        for m in mentions
    ]


def run_parser(name: str, docs: Sequence[GoldDoc], parse: Callable[[str], Sequence[Mention]], repeat: int = 1) -> Run:
    """Run ``parse`` over the documents (timed) and score it; with ``repeat`` > 1 the time is
    that of the fastest of ``repeat`` passes (the output is the same every pass)."""
    preds: dict[str, tuple[Mention, ...]] = {}
    words = sum(len(d.text.split()) for d in docs)
    seconds = float("inf")
    for _ in range(max(1, repeat)):
        spent = 0.0
        for d in docs:
            # CPU time of this (single-threaded) process: "words per second on one core", which
            # stays meaningful when other processes share the machine.
            t0 = time.process_time()
            preds[d.id] = tuple(parse(d.text))
            spent += time.process_time() - t0
        seconds = min(seconds, spent)
    s = score({d.id: d.toponyms for d in docs}, {k: _as_toponyms(v) for k, v in preds.items()})
    return Run(name, preds, seconds, words, s)


def baseline_parse(text: str, gaz, *, with_demonyms: bool = False) -> tuple[Mention, ...]:
    """Every capitalised gazetteer n-gram (longest first), read as its most populous place;
    with ``with_demonyms``, a capitalised demonym first, read as its country."""
    from geo.geoparse.cues import _lookup_span
    from geo.geoparse.tokens import _tokens
    from geo.places.normalize import normalize

    toks = _tokens(text, 0, len(text))
    max_tokens = max(1, int(getattr(gaz, "max_key_tokens", 6)))
    out: list[Mention] = []
    i = 0
    while i < len(toks):
        if toks[i].cap:
            if with_demonyms:
                t = toks[i]
                country = gaz.demonym_by_key(normalize(text[t.start : t.end]))
                if country is not None:
                    out.append(Mention(t.start, t.end, text[t.start : t.end], country, 1.0, form="demonym"))
                    i += 1
                    continue
            found = _lookup_span(text, toks, i, gaz, max_tokens)
            if found is not None:
                j, key = found
                places = gaz.by_key(key)
                best = max(places, key=lambda p: (p.population, p.id))
                s, e = toks[i].start, toks[j].end
                out.append(Mention(s, e, text[s:e], best, 1.0))
                i = j + 1
                continue
        i += 1
    return tuple(out)


def format_run(r: Run, speed: bool = True) -> str:
    s = r.scores
    text = (
        f"{r.name:<10} exact P/R/F1 {s.exact.precision:.3f}/{s.exact.recall:.3f}/{s.exact.f1:.3f}  "
        f"overlap P/R/F1 {s.overlap.precision:.3f}/{s.overlap.recall:.3f}/{s.overlap.f1:.3f}\n"
        f"{'':<10} A@161 {s.a161:.3f} (n={s.n_resolved})  end-to-end A@161 {s.a161_e2e:.3f} "
        f"(n={s.n_gold_coords})  mean {s.mean_km:.0f} km  median {s.median_km:.1f} km  AUC {s.auc:.3f}"
    )
    if speed:
        text += f"\n{'':<10} {r.words:,} words in {r.seconds:.2f} s CPU = {r.words_per_second:,.0f} words/s (one core)"
    return text


def _ratio_line(ours: Run, base: Run, speed: bool = True) -> str:
    o, b = ours.scores, base.scores
    line = (
        f"ratio      overlap F1 x{_ratio(o.overlap.f1, b.overlap.f1)}  A@161 x{_ratio(o.a161, b.a161)}  "
        f"end-to-end A@161 x{_ratio(o.a161_e2e, b.a161_e2e)}"
    )
    if speed:
        line += f"  speed x{_ratio(ours.words_per_second, base.words_per_second)}"
    return line


def error_classes(docs: Sequence[GoldDoc], r: Run, gaz) -> list[tuple[str, int, Counter]]:
    """(class, count, examples) of the errors of a run, largest first.

    Classes: gold toponyms missed (a demonym, left out by policy; a name unknown to the
    gazetteer; or known but refused by a rule), spans that overlap but differ, resolutions more
    than 161 km off (by the gold's GeoNames feature code where the corpus has one, and the kind
    chosen), and spurious predictions (by form and kind).
    """
    from geo.places.normalize import normalize

    classes: dict[str, Counter] = defaultdict(Counter)
    for d in docs:
        preds = r.predictions.get(d.id, ())
        matched = dict(match_overlap(d.toponyms, _as_toponyms(preds)))
        for gi, g in enumerate(d.toponyms):
            name = d.text[g.start : g.end]
            if gi not in matched:
                if gaz.demonym_by_key(normalize(name)) is not None:
                    cls = "missed: demonym (no toponym, by policy)"
                elif gaz.is_key(normalize(name)):
                    cls = "missed: known name, refused by a rule"
                else:
                    cls = "missed: name not in the gazetteer"
                classes[cls][name] += 1
                continue
            m = preds[matched[gi]]
            if (m.start, m.end) != (g.start, g.end):
                classes["span differs from gold"][f"{name} ~ {m.text}"] += 1
            if g.has_coords and m.place is not None:
                err = haversine_km(g.lat, g.lon, m.place.lat, m.place.lon)  # type: ignore[arg-type]
                if err > A161_KM:
                    fcode = d.extra[gi].get("fcode") or "?"
                    cls = f"wrong reading: gold {fcode}, chose {m.place.kind}"
                    classes[cls][f"{name} -> {m.place.name} ({m.place.country}) [{err:.0f} km]"] += 1
        used = set(matched.values())
        for pi, m in enumerate(preds):
            if pi not in used:
                kind = m.place.kind if m.place else "unresolved"
                classes[f"spurious: {m.form} / {kind}"][m.text] += 1
    return sorted(((k, sum(c.values()), c) for k, c in classes.items()), key=lambda x: -x[1])


def run(args: argparse.Namespace) -> int:
    if args.what == "events":
        from geo.cli import bench_events

        return bench_events.run(args)
    if args.what == "classify":
        from geo.cli import bench_classify

        return bench_classify.run(args)
    if args.what != "geoparse":  # pragma: no cover - argparse restricts the choices
        raise InputError(f"unknown benchmark: {args.what!r}")
    from geo.geoparse.cues import _gazetteer
    from geo.geoparse.recognise import demonyms, parse, toponyms
    from geo.geoparse.tokens import _names, _zipf, _zipf_elsewhere

    docs = read_gold(args.corpus, args.limit)
    t0 = time.perf_counter()
    gaz = _gazetteer()
    _zipf()
    _zipf_elsewhere()
    _names()
    load_s = time.perf_counter() - t0
    print(f"corpus {args.corpus} : {len(docs)} articles, {sum(len(d.toponyms) for d in docs):,} gold toponyms")
    print(f"gazetteer + word list load: {load_s:.2f} s (excluded from words/s)")
    if args.repeat > 1:
        print(f"words/s: the fastest of {args.repeat} passes over the corpus")
    parse(docs[0].text if docs else "warm up")  # first-call caches, outside the timing
    ours = run_parser("geoparse", docs, lambda t: toponyms(parse(t)), args.repeat)
    counts = guideline_counts_demonyms(docs, args.demonyms)
    print("product policy (a demonym is no toponym):")
    print(format_run(ours))
    base = None
    if not args.no_baseline:
        base = run_parser("baseline", docs, lambda t: baseline_parse(t, gaz), args.repeat)
        print(format_run(base))
        print(_ratio_line(ours, base))
    if counts is None:
        print("corpus guideline: unknown for these ids (pass --demonyms yes|no); with demonyms counted:")
    elif counts:
        print("corpus guideline (its annotators marked demonyms as toponyms):")
    else:
        print("corpus guideline (demonyms are not annotated): the same as the product policy")
    if counts is None or counts:
        # Same predictions (not timed again), scored with the demonym mentions added.
        withdem: dict[str, tuple[Mention, ...]] = {}
        for d in docs:
            found = parse(d.text)
            withdem[d.id] = tuple(sorted(toponyms(found) + demonyms(found), key=lambda m: (m.start, m.end)))
        gold = {d.id: d.toponyms for d in docs}
        ours_g = Run("geoparse", withdem, ours.seconds, ours.words,
                     score(gold, {k: _as_toponyms(v) for k, v in withdem.items()}))
        print(format_run(ours_g, speed=False))
        if base is not None:
            base_g = run_parser("baseline", docs, lambda t: baseline_parse(t, gaz, with_demonyms=True))
            print(format_run(base_g, speed=False))
            print(_ratio_line(ours_g, base_g, speed=False))
    if args.errors:
        print(f"\nlargest error classes (top {args.errors}):")
        for cls, count, examples in error_classes(docs, ours, gaz)[: args.errors]:
            shown = ", ".join(f"{k} ({v})" for k, v in examples.most_common(8))
            print(f"{count:6d}  {cls}: {shown}")
    return 0


def _ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}" if b else "inf"
