"""Corpus-run benchmark: articles/second on one core and on Dask, memory, growth with size.

    .venv/bin/python -m bench.bench_batch [--sizes 1000,10000] [--workers 2] [--partition-size 50]

Figures, all through geo.batch.run with the real pipeline (geo.pipeline.analyse):

* the baseline: the local engine (one process, one core) on the smallest corpus;
* the Dask engine with ``--workers`` processes on the same corpus, and the speed-up ratio;
* peak resident memory of the local process and of each Dask worker;
* time and rate for each size of ``--sizes`` on the Dask engine (``--growth-engine local`` or
  ``both`` for the local engine), and the per-article time relative to the smallest size.

Each engine first runs a 200-article warm-up corpus (first-use costs off the clock), then the
two engines alternate ``--repeat`` times on the smallest corpus; the best run of each is compared.

Corpora: the gold corpora in ../shared/benchmarks/geoparsing/*.jsonl when present (read here
only, never copied), cycled with our own synthetic articles; each copy gets a numbered line
so ids stay unique. Start-up (data load, cluster start) is timed apart from throughput. The
machine is shared: the load average is printed before and after.
"""
from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "benchmarks" / "geoparsing"

# Our own words for synthetic articles (no prose from the seed or the corpora).
_PLACES = ["Herat", "Kandahar", "Quetta", "Peshawar", "Zahedan", "Mosul", "Aleppo", "Idlib", "Goma",
           "Bunia", "Gao", "Timbuktu", "Maiduguri", "Kherson", "Donetsk", "Sanaa", "Marib", "Khartoum",
           "El Fasher", "Mogadishu"]
_COUNTRIES = ["Afghanistan", "Pakistan", "Iran", "Iraq", "Syria", "Mali", "Nigeria", "Ukraine", "Yemen",
              "Sudan", "Somalia", "Ethiopia", "Niger", "Chad"]
_VERBS = ["attacked a checkpoint near", "shelled villages outside", "clashed with police in",
          "protested against price rises in", "met officials in", "abducted two aid workers near"]
_ACTORS = ["Gunmen", "Security forces", "Militants", "Residents", "Government troops", "Protesters"]


def synthetic(n: int, seed: int = 7) -> list[dict]:
    """``n`` short made-up news items (own text), varied in places, actors, dates and figures."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        place, other = rng.sample(_PLACES, 2)
        country, neighbour = rng.sample(_COUNTRIES, 2)
        day = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(300))
        text = (
            f"{rng.choice(_ACTORS)} {rng.choice(_VERBS)} {place} on {day:%A}, officials said, "
            f"and {rng.randrange(1, 30)} people were killed. "
            f"The governor of the province said forces from {country} had moved closer to the border "
            f"with {neighbour}. Talks were planned in {other} next week. (item {i})"
        )
        out.append({"id": f"syn:{i}", "title": f"{place}: report {i}", "text": text, "date": day.isoformat()})
    return out


def shared_items() -> list[dict]:
    items = []
    for path in sorted(CORPORA.glob("*.jsonl")) if CORPORA.is_dir() else []:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    obj = json.loads(line)
                    items.append({"id": obj["id"], "title": "", "text": obj["text"]})
    return items


def build_corpus(n: int, shared: list[dict]) -> list:
    """``n`` Articles cycling one pool (the shared items interleaved with as many synthetic
    ones), so every size has the same mix; each repeat gets a numbered line for a new id."""
    from geo.ingest.readers import from_text

    syn = synthetic(len(shared) if shared else n)
    pool = [x for pair in zip(shared, syn) for x in pair] + syn[len(shared):] if shared else syn
    out = []
    for i in range(n):
        item = pool[i % len(pool)]
        copy = i // len(pool)
        text = item["text"] if copy == 0 else f"{item['text']}\n\nCopy {copy}."
        out.append(from_text(text, title=item["title"] or None, date=item.get("date"), source=item["id"]))
    return out


def _uptime() -> str:
    try:
        return "load average " + " ".join(Path("/proc/loadavg").read_text().split()[:3]) + f" on {os.cpu_count()} cores"
    except OSError:
        return "load average unknown"


def _timed_run(articles, out: Path, fn, engine, partition_size: int) -> dict:
    from geo.batch import run as batch

    t0, c0 = time.perf_counter(), time.process_time()
    summary = batch.run(articles, out, fn=fn, engine=engine, partition_size=partition_size, progress=False,
                        version=f"bench-{time.time_ns()}")
    summary["wall_s"] = time.perf_counter() - t0
    summary["driver_cpu_s"] = time.process_time() - c0  # this process: scheduler, writes (and all of local)
    return summary


def _line(label: str, s: dict) -> str:
    n = s["counts"]["articles_done"]
    rate = n / s["timings"]["analyse_s"] if s["timings"]["analyse_s"] else float("nan")
    return (f"{label:<34} {n:>6,} articles  {s['timings']['analyse_s']:8.2f} s  {rate:8.1f} articles/s  "
            f"(pipeline cpu {s['timings']['cpu_s']:.1f} s = {1000 * s['timings']['cpu_s'] / n:.2f} ms/article, "
            f"driver cpu {s['driver_cpu_s']:.1f} s, {s['counts']['events']:,} events, "
            f"{s['counts']['problems']} problems, end to end {s['wall_s']:.2f} s)")


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(ROOT))
    from geo.batch import run as batch
    from geo.batch.engines.dask import DaskEngine
    from geo.batch.engines.local import LocalEngine

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000", help="corpus sizes, comma-separated (smallest = baseline)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--partition-size", type=int, default=batch.DEFAULT_PARTITION_SIZE)
    ap.add_argument("--pipeline", default=batch.DEFAULT_PIPELINE, help="module:function")
    ap.add_argument("--growth-engine", choices=("dask", "local", "both"), default="dask")
    ap.add_argument("--repeat", type=int, default=2, help="timed runs of each engine on the smallest size")
    args = ap.parse_args(argv)
    sizes = sorted({int(x) for x in args.sizes.split(",") if x.strip()})

    print(f"machine: {_uptime()} (before)")
    fn = batch.load_pipeline(args.pipeline)
    shared = shared_items()
    print(f"corpora: {len(shared):,} shared articles from {CORPORA if shared else '(absent)'} + synthetic")
    t0 = time.perf_counter()
    corpora = {n: build_corpus(n, shared) for n in sizes}
    chars = {n: sum(len(a.text) for a in c) for n, c in corpora.items()}
    print(f"built corpora {', '.join(f'{n:,} ({chars[n] / n:,.0f} chars/article)' for n in sizes)} "
          f"in {time.perf_counter() - t0:.1f} s")

    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        tmp = Path(tmp)
        base_n = sizes[0]
        warmup = build_corpus(min(200, base_n), shared[::-1])  # other articles than the timed ones

        t0 = time.perf_counter()
        batch.warm(fn)
        print(f"\nlocal start-up (data load, one article): {time.perf_counter() - t0:.2f} s")
        t0 = time.perf_counter()
        local_eng = LocalEngine(setup=functools.partial(batch.warm, fn))
        dask_eng = DaskEngine(workers=args.workers, setup=functools.partial(batch.warm, fn))
        print(f"dask start-up ({args.workers} workers, data loaded in each): {time.perf_counter() - t0:.2f} s")
        with local_eng, dask_eng:
            for eng in (local_eng, dask_eng):  # first-use costs (lazy caches, imports) off the clock
                _timed_run(warmup, tmp / "warm.parquet", fn, eng, args.partition_size)
            runs: dict[str, list[dict]] = {"local": [], "dask": []}
            for r in range(args.repeat):  # alternate, so a burst of load from others hits both
                for name, eng in (("local", local_eng), ("dask", dask_eng)):
                    runs[name].append(_timed_run(corpora[base_n], tmp / f"{name}{r}.parquet", fn, eng,
                                                 args.partition_size))
            for name in ("local", "dask"):
                for r, s in enumerate(runs[name]):
                    label = "local (baseline, 1 process)" if name == "local" else f"dask ({args.workers} workers)"
                    print(_line(f"{label} #{r + 1}", s))
            best = {k: min(v, key=lambda s: s["timings"]["analyse_s"]) for k, v in runs.items()}
            ratio = best["local"]["timings"]["analyse_s"] / best["dask"]["timings"]["analyse_s"]
            print(f"  speed-up of dask over local (best of {args.repeat} each): {ratio:.2f}x "
                  f"(goal >= 1.7x with 2 workers on 2 cores)")
            for name in ("local", "dask"):
                s = best[name]
                n_proc = s["engine"]["workers"]
                print(f"  {name}: CPU share we got {s['timings']['cpu_s'] / (s['timings']['analyse_s'] * n_proc):.0%} "
                      f"of {n_proc} core(s) during the run")
            # What the same work would take with the cores to ourselves: the pipeline's CPU time
            # per article does not depend on how busy the machine is (much).
            cpu_local = best["local"]["timings"]["cpu_s"]
            cpu_dask = best["dask"]["timings"]["cpu_s"]
            print(f"  CPU-based estimate with {args.workers} free cores: {args.workers * cpu_local / cpu_dask:.2f}x "
                  f"(per-article CPU on a worker x{cpu_dask / cpu_local:.2f} of local; driver cpu "
                  f"{best['dask']['driver_cpu_s']:.1f} s not counted)")
            print(f"  peak memory: local process {local_eng.info()['peak_rss_mb']['local']:.0f} MB; per dask worker "
                  + ", ".join(f"{v:.0f} MB" for v in dask_eng.info()["peak_rss_mb"].values()))
            import geopandas as gpd

            same = all(
                gpd.read_parquet(tmp / f"local0{suffix}").equals(gpd.read_parquet(tmp / f"dask0{suffix}"))
                for suffix in (".parquet", ".places.parquet")
            )
            print(f"  output identical to local: {same}")

            engines = {"dask": [dask_eng], "local": [local_eng], "both": [local_eng, dask_eng]}[args.growth_engine]
            for eng in engines:
                print(f"\ngrowth ({eng.name} engine):")
                growth = {}
                for n in sizes:
                    s = best[eng.name] if n == base_n else _timed_run(
                        corpora[n], tmp / f"g{n}.parquet", fn, eng, args.partition_size)
                    growth[n] = s
                    print(_line(f"  {n:,} articles", s))
                print("  peak memory after the largest: " + ", ".join(
                    f"{v:.0f} MB" for v in eng.info()["peak_rss_mb"].values()))
                small, large = sizes[0], sizes[-1]
                if large != small:
                    t_small, t_large = growth[small]["timings"]["analyse_s"], growth[large]["timings"]["analyse_s"]
                    c_small, c_large = growth[small]["timings"]["cpu_s"], growth[large]["timings"]["cpu_s"]
                    print(f"  {large:,} vs {small:,} articles: time x{t_large / t_small:.2f} for x{large / small:.0f} "
                          f"articles; per-article time x{(t_large / large) / (t_small / small):.2f}, per-article "
                          f"pipeline CPU x{(c_large / large) / (c_small / small):.2f} "
                          f"(text per article x{(chars[large] / large) / (chars[small] / small):.2f})")
    print(f"\nmachine: {_uptime()} (after)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
