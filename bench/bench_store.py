"""Map store throughput, SQLite (baseline) and PostgreSQL: ``python -m bench.bench_store``.

Each backend gets the same workload for ``--seconds`` (default 30): ``--threads`` threads in
this process (default 8, as Streamlit sessions) and ``--processes`` other processes (default 2,
as app processes behind a load balancer), each looping "save a map, open it, open an earlier
one". Reported: saves/s, loads/s, errors surfaced to callers, and whether every saved map is
there afterwards; then the PostgreSQL/SQLite ratios. Reported, never asserted.

PostgreSQL: ``$BORDERLINES_TEST_PG_URL`` (``eval "$(scripts/start-postgres.sh)"``); the run
works in a schema of its own, dropped afterwards. Without a URL only SQLite is measured.
"""
from __future__ import annotations

import argparse
import json
import os
import secrets
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def payload(who: str, i: int) -> dict[str, Any]:
    """A saved map of a typical size (5 articles, ~10 KB), different for every (who, i)."""
    return {
        "version": 1,
        "who": who,
        "i": i,
        "articles": [
            {"title": f"Report {who}-{i}-{k}", "text": f"Talks resumed near the border crossing, item {i}/{k}. " * 40}
            for k in range(5)
        ],
        "corrections": [],
        "filters": {"types": ["Battles", "Protests"], "precision": [1, 2, 3]},
        "view": {"center": [33.9, 67.7], "zoom": 6},
    }


def open_backend(kind: str, location: str, schema: str, pool_size: int) -> Any:
    if kind == "sqlite":
        from geo.store.sqlite import SQLiteStore

        return SQLiteStore(location)
    from geo.store.postgres import PostgresStore

    return PostgresStore(location, schema=schema or None, pool_size=pool_size)


def workload(store: Any, who: str, stop: float, counts: dict[str, int], lock: threading.Lock) -> None:
    """Save, open, open an earlier map until ``stop``; every exception is counted as an error."""
    mine: list[str] = []
    i = 0
    while time.monotonic() < stop:
        saves = loads = errors = 0
        try:
            map_id = store.save(payload(who, i))
            saves += 1
            mine.append(map_id)
            ok = store.load(map_id)["i"] == i
            loads += 1
            j = (i * 7) % len(mine)
            ok = ok and store.load(mine[j])["i"] == j
            loads += 1
            errors += not ok
        except Exception as err:  # noqa: BLE001 - counted: the figure the benchmark reports
            errors += 1
            if counts["errors"] < 5:
                print(f"  error in {who}: {type(err).__name__}: {err}", file=sys.stderr)
        with lock:
            counts["saves"] += saves
            counts["loads"] += loads
            counts["errors"] += errors
        i += 1


def store_ids(store: Any, kind: str) -> list[str]:
    """Every saved id, read behind the store's back (the interface has no listing)."""
    if kind == "sqlite":
        import sqlite3
        from contextlib import closing

        with closing(sqlite3.connect(store.path)) as conn:
            return [r[0] for r in conn.execute("SELECT id FROM maps")]
    return store._run("list ids", lambda conn: [r[0] for r in conn.execute("SELECT id FROM maps").fetchall()])


def reader(store: Any, ids: list[str], n: int, stop: float, counts: dict[str, int], lock: threading.Lock) -> None:
    """Open saved maps (a fixed pseudo-random walk over ``ids``) until ``stop``."""
    loads = errors = 0
    i = n
    while time.monotonic() < stop:
        try:
            store.load(ids[(i * 7919) % len(ids)])
            loads += 1
        except Exception:  # noqa: BLE001 - counted
            errors += 1
        i += 1
    with lock:
        counts["loads"] += loads
        counts["errors"] += errors


def worker_main(kind: str, location: str, schema: str, seconds: float, who: str) -> None:
    """One extra process: its own store, one thread, the same loop; prints its counts as JSON."""
    store = open_backend(kind, location, schema, pool_size=1)
    counts = {"saves": 0, "loads": 0, "errors": 0}
    workload(store, who, time.monotonic() + seconds, counts, threading.Lock())
    store.close()
    print(json.dumps(counts))


def measure(kind: str, location: str, schema: str, seconds: float, threads: int, processes: int) -> dict[str, float]:
    store = open_backend(kind, location, schema, pool_size=threads)
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "bench.bench_store", "--worker", kind, location, schema, str(seconds), f"p{n}"],
            cwd=ROOT, stdout=subprocess.PIPE, text=True,
        )
        for n in range(processes)
    ]
    counts = {"saves": 0, "loads": 0, "errors": 0}
    lock = threading.Lock()
    t0 = time.perf_counter()
    stop = time.monotonic() + seconds
    pool = [threading.Thread(target=workload, args=(store, f"t{n}", stop, counts, lock)) for n in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    elapsed = time.perf_counter() - t0
    in_process = dict(counts)
    for proc in procs:
        out, _ = proc.communicate(timeout=seconds + 120)
        if proc.returncode != 0:
            counts["errors"] += 1
            continue
        for key, value in json.loads(out.strip().splitlines()[-1]).items():
            counts[key] += value
    # Read-only phase (threads of this process): opening shared links while nobody saves.
    ids = store_ids(store, kind)
    read = {"loads": 0, "errors": 0}
    read_s = min(10.0, seconds / 3)
    t1 = time.perf_counter()
    stop = time.monotonic() + read_s
    pool = [threading.Thread(target=reader, args=(store, ids, n, stop, read, lock)) for n in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    read_elapsed = time.perf_counter() - t1
    stored = store.count()
    integrity = store.integrity_check() if kind == "sqlite" else "n/a"
    store.close()
    return {
        "saves/s": counts["saves"] / elapsed,
        "loads/s": counts["loads"] / elapsed,
        "threads saves/s": in_process["saves"] / elapsed,
        "saves": counts["saves"],
        "loads": counts["loads"],
        "errors": counts["errors"],
        "stored": stored,
        "integrity": integrity,
        "elapsed": elapsed,
        "read-only loads/s": read["loads"] / read_elapsed,
        "read errors": read["errors"],
    }


def show(name: str, r: dict[str, Any], opts_threads: int) -> None:
    lost = r["saves"] - r["stored"]
    print(f"{name:<10} {r['saves/s']:8.0f} saves/s {r['loads/s']:9.0f} loads/s   "
          f"({r['saves']:,} saves, {r['loads']:,} loads in {r['elapsed']:.1f} s; "
          f"errors {r['errors']}; stored {r['stored']:,}, missing {lost}; integrity {r['integrity']})")
    print(f"{'':<10} {r['read-only loads/s']:8.0f} loads/s with nobody saving ({opts_threads} threads; "
          f"errors {r['read errors']})")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["--worker"]:
        kind, location, schema, seconds, who = args[1:6]
        worker_main(kind, location, schema, float(seconds), who)
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--processes", type=int, default=2)
    opts = parser.parse_args(args)
    print(f"map store: {opts.threads} threads + {opts.processes} processes, {opts.seconds:.0f} s per backend, "
          f"~{len(json.dumps(payload('t0', 0))) / 1024:.0f} KB maps; save + 2 loads per loop")

    with tempfile.TemporaryDirectory(prefix="bench-store-") as tmp:
        base = measure("sqlite", str(Path(tmp) / "maps.sqlite3"), "", opts.seconds, opts.threads, opts.processes)
    show("SQLite", base, opts.threads)

    url = os.environ.get("BORDERLINES_TEST_PG_URL", "").strip()
    if not url:
        print('PostgreSQL: not measured (set BORDERLINES_TEST_PG_URL: eval "$(scripts/start-postgres.sh)")')
        return 0
    from geo.store.postgres import import_driver

    psycopg, _pool = import_driver()
    schema = f"bench_{secrets.token_hex(6)}"
    try:
        pg = measure("postgres", url, schema, opts.seconds, opts.threads, opts.processes)
    finally:
        from psycopg import sql

        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(schema)))
    show("PostgreSQL", pg, opts.threads)
    print(f"ratio PostgreSQL/SQLite: saves/s {pg['saves/s'] / base['saves/s']:.2f}x, "
          f"loads/s (mixed) {pg['loads/s'] / base['loads/s']:.2f}x, "
          f"loads/s (read-only) {pg['read-only loads/s'] / base['read-only loads/s']:.2f}x, "
          f"errors {pg['errors'] + pg['read errors']} vs {base['errors'] + base['read errors']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
