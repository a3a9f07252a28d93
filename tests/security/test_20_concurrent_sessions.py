"""Item 20: several sessions saving maps at once -> no "database is locked", no lost rows, integrity ok.

8 threads (Streamlit sessions are threads of one process) and 2 processes (two app servers
on one data directory) save and open share payloads for a bounded time: 10 s by default,
30 s under ``make fuzz``. Figures (saves/s, opens/s) are printed and written to
artifacts/concurrency.json; nothing is asserted about speed.
"""
from __future__ import annotations

import hashlib
import json
import random
import subprocess
import sys
import textwrap
import threading
import time

import pytest

from geo.store.sqlite import SQLiteStore
from security.payloads import ROOT
from security.profiles import fuzzing

THREADS, PROCESSES = 8, 2

WORKER = textwrap.dedent("""
    import hashlib, json, random, sys, time
    from geo.appstate import state as appstate
    from geo.ingest import readers as ingest
    from geo.store.sqlite import SQLiteStore

    def digest(payload):
        return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()

    def work(store, name, stop, rng):
        saved, errors, opens, i = [], [], 0, 0
        while time.monotonic() < stop:
            try:
                text = f"Talks {name} {i}\\n" + "Officials met in Quetta and Lahore. " * rng.randint(1, 400)
                payload = appstate.share_payload(appstate.SavedMap((ingest.from_text(text),), title=f"{name}-{i}"))
                map_id = store.save(payload)
                saved.append([map_id, digest(payload)])
                for other, want in rng.sample(saved, min(3, len(saved))):
                    got = store.load(other)
                    opens += 1
                    if digest(got) != want:
                        errors.append(f"map {other} changed")
                    appstate.saved_map_from_payload(got)
            except Exception as err:  # every error is a finding: reported, never swallowed
                errors.append(f"{type(err).__name__}: {err}")
            i += 1
        return saved, errors, opens

    if __name__ == "__main__":
        path, name, stop_at = sys.argv[1], sys.argv[2], float(sys.argv[3])
        store = SQLiteStore(path)
        stop = time.monotonic() + (stop_at - time.time())
        saved, errors, opens = work(store, name, stop, random.Random(name))
        print(json.dumps({"saved": saved, "errors": errors, "opens": opens}))
""")


def _digest(payload) -> str:
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()


@pytest.mark.slow
@pytest.mark.fuzz
def test_threads_and_processes_save_and_open_maps(tmp_path, artifacts_dir):
    seconds = 30.0 if fuzzing() else 10.0
    path = tmp_path / "maps.sqlite3"
    store = SQLiteStore(path)
    worker_py = tmp_path / "worker.py"
    worker_py.write_text(WORKER)
    ns: dict = {}
    exec(compile(WORKER.replace('if __name__ == "__main__":', "if False:"), str(worker_py), "exec"), ns)

    start = time.time()
    stop_wall = start + seconds
    procs = [subprocess.Popen([sys.executable, str(worker_py), str(path), f"proc{k}", str(stop_wall)],
                              cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              env={**__import__("os").environ, "PYTHONPATH": str(ROOT)})
             for k in range(PROCESSES)]
    results: list = [None] * THREADS
    stop = time.monotonic() + seconds

    def run(n: int) -> None:
        results[n] = ns["work"](store, f"thread{n}", stop, random.Random(n))

    threads = [threading.Thread(target=run, args=(n,)) for n in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    outs = []
    for p in procs:
        out, err = p.communicate(timeout=seconds + 120)
        assert p.returncode == 0, err[-2000:]
        outs.append(json.loads(out.strip().splitlines()[-1]))
    elapsed = time.time() - start

    saved = [tuple(s) for r in results for s in r[0]] + [tuple(s) for o in outs for s in o["saved"]]
    errors = [e for r in results for e in r[1]] + [e for o in outs for e in o["errors"]]
    opens = sum(r[2] for r in results) + sum(o["opens"] for o in outs)
    figures = {"seconds": round(elapsed, 1), "threads": THREADS, "processes": PROCESSES, "saves": len(saved),
               "opens": opens, "saves_per_s": round(len(saved) / elapsed, 1),
               "opens_per_s": round(opens / elapsed, 1), "errors": len(errors),
               "from_processes": sum(len(o["saved"]) for o in outs)}
    print("concurrency:", json.dumps(figures))
    (artifacts_dir / "concurrency.json").write_text(json.dumps(figures, indent=1))

    assert errors == [], errors[:5]  # no "database is locked", no changed map
    assert figures["from_processes"] > 0 and all(r[0] for r in results)
    assert store.integrity_check() == "ok"
    assert store.count() == len(saved) == len({m for m, _ in saved})  # no lost and no extra rows
    for map_id, want in saved:
        assert _digest(store.load(map_id)) == want
