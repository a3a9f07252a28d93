"""Saved maps: round trip, whole-or-nothing saves, concurrency, crash safety, hostile ids."""
from __future__ import annotations

import ast
import inspect
import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from contextlib import closing
from pathlib import Path

import pytest

import geo.store.sqlite as store_module
from geo.errors import DataError, InputError, LimitError, NotFoundError
from geo.store.backends import BACKENDS, default_url, open_store
from geo.store.base import MapStore
from geo.store.share import new_id
from geo.store.sqlite import MIGRATIONS, SCHEMA_VERSION, SQLiteStore

ROOT = Path(__file__).resolve().parents[2]

PAYLOAD = {
    "version": 1,
    "articles": [{"title": "Talks in the capital", "text": "Ministers met in Quetta. <b>bold</b> ${x}"}],
    "corrections": [],
    "filters": {"types": ["Battles"], "precision": [1, 2, 3]},
    "view": {"center": [29.5, 64.1], "zoom": 6},
}


@pytest.fixture()
def store(tmp_path: Path) -> SQLiteStore:
    s = SQLiteStore(tmp_path / "maps.sqlite3")
    yield s
    s.close()


def _raw(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path)


def test_round_trip(store: SQLiteStore) -> None:
    map_id = store.save(PAYLOAD)
    assert store.exists(map_id)
    assert store.load(map_id) == PAYLOAD
    # Two saves of the same content share one stored copy (and its id).
    assert store.save(PAYLOAD) == map_id and store.count() == 1
    assert isinstance(store, MapStore)


def test_unknown_malformed_and_neighbouring_ids_are_not_found(store: SQLiteStore) -> None:
    map_id = store.save(PAYLOAD)
    neighbour = map_id[:-1] + ("A" if map_id[-1] != "A" else "B")
    for bad in (new_id(), neighbour, "", "../x", "x' OR '1'='1", map_id + "A", map_id.lower() + "!"):
        with pytest.raises(NotFoundError):
            store.load(bad)
        assert store.exists(bad) is False


def test_settings_wal_busy_timeout_full_sync(store: SQLiteStore) -> None:
    with closing(_raw(store.path)) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == len(MIGRATIONS)
    with closing(store._connect()) as conn:
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == store.busy_timeout_ms > 0
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_migrates_an_older_file_and_refuses_a_newer_one(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    with closing(_raw(path)) as conn:  # a version-1 file made by an earlier release
        for statement in MIGRATIONS[0]:
            conn.execute(statement)
        conn.execute("PRAGMA user_version=1")
        conn.commit()
    s = SQLiteStore(path)
    map_id = s.save(PAYLOAD)
    with closing(_raw(path)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("SELECT map_id, action FROM map_log").fetchall() == [(map_id, "save")]
        conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
        conn.commit()
    with pytest.raises(DataError, match="newer"):
        SQLiteStore(path)


def test_a_failure_mid_transaction_leaves_nothing(store: SQLiteStore) -> None:
    kept = store.save(PAYLOAD)
    with closing(_raw(store.path)) as conn:
        # The second statement of a save fails after the map row was written.
        conn.execute(
            "CREATE TRIGGER boom BEFORE INSERT ON map_log BEGIN SELECT RAISE(ABORT, 'disk on fire'); END"
        )
        conn.commit()
    with pytest.raises(DataError, match="disk on fire"):
        store.save({**PAYLOAD, "title": "never stored"})
    with closing(_raw(store.path)) as conn:
        rows = conn.execute("SELECT id FROM maps").fetchall()
        conn.execute("DROP TRIGGER boom")
        conn.commit()
    assert rows == [(kept,)]
    assert store.load(kept) == PAYLOAD
    store.save({**PAYLOAD, "title": "after"})  # and the store still works afterwards
    assert store.count() == 2


@pytest.mark.parametrize(
    "payload, error",
    [
        ({"x": float("nan")}, InputError),
        ({"x": float("inf")}, InputError),
        ({"x": object()}, InputError),
        (["not", "a", "dict"], InputError),
    ],
)
def test_unsavable_payloads_are_refused(store: SQLiteStore, payload: object, error: type) -> None:
    with pytest.raises(error):
        store.save(payload)  # type: ignore[arg-type]
    assert store.count() == 0


def test_size_limit(tmp_path: Path) -> None:
    s = SQLiteStore(tmp_path / "small.sqlite3", max_bytes=10_000)
    s.save({"text": "a" * 9_000})
    with pytest.raises(LimitError, match="limit"):
        s.save({"text": "a" * 10_001})
    assert s.count() == 1


def test_damaged_rows_are_reported_not_returned(store: SQLiteStore) -> None:
    map_id = store.save(PAYLOAD)
    with closing(_raw(store.path)) as conn:
        conn.execute("UPDATE maps SET payload = ? WHERE id = ?", ('{"articles": "swapped"}', map_id))
        conn.commit()
    with pytest.raises(DataError, match="damaged"):
        store.load(map_id)


def test_eight_threads_save_and_load_concurrently(tmp_path: Path) -> None:
    s = SQLiteStore(tmp_path / "busy.sqlite3")
    errors: list[BaseException] = []
    saved: list[tuple[str, dict]] = []
    lock = threading.Lock()
    stop = time.monotonic() + 3.0

    def work(n: int) -> None:
        try:
            i = 0
            while time.monotonic() < stop:
                payload = {"thread": n, "i": i, "text": f"map {n}-{i} " * 200}
                map_id = s.save(payload)
                assert s.load(map_id) == payload
                with lock:
                    saved.append((map_id, payload))
                    other_id, other = saved[(i * 7 + n) % len(saved)]
                assert s.load(other_id) == other
                i += 1
        except BaseException as err:  # noqa: BLE001 - collected and re-raised below
            errors.append(err)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors[:3]
    assert len(saved) >= 8
    assert s.count() == len(saved) == len({m for m, _ in saved})
    assert s.integrity_check() == "ok"


_KILL_SCRIPT = textwrap.dedent(
    """
    import sys
    from geo.store.sqlite import SQLiteStore
    s = SQLiteStore(sys.argv[1])
    i = 0
    while True:
        s.save({"i": i, "text": "x" * (50_000 + (i % 7) * 10_000)})
        i += 1
        if i == 3:
            print("saving", flush=True)
    """
)


@pytest.mark.slow
def test_sigkill_during_saves_leaves_every_map_whole_or_absent(tmp_path: Path) -> None:
    path = tmp_path / "killed.sqlite3"
    for round_ in range(3):
        proc = subprocess.Popen(
            [sys.executable, "-c", _KILL_SCRIPT, str(path)],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        try:
            assert proc.stdout.readline().strip() == "saving", proc.stderr.read()
            time.sleep(0.3 + 0.2 * round_)
        finally:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
        assert proc.returncode == -signal.SIGKILL
        s = SQLiteStore(path)  # recovers the WAL on open
        assert s.integrity_check() == "ok"
        with closing(_raw(path)) as conn:
            ids = [r[0] for r in conn.execute("SELECT id FROM maps")]
            logged = {r[0] for r in conn.execute("SELECT map_id FROM map_log")}
        assert ids and set(ids) == logged
        for map_id in ids:
            payload = s.load(map_id)  # checksum verified inside
            assert payload["text"] == "x" * (50_000 + (payload["i"] % 7) * 10_000)


def test_open_store_urls(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    a = open_store(f"sqlite:///{tmp_path / 'a.sqlite3'}")
    assert isinstance(a, SQLiteStore) and a.path == tmp_path / "a.sqlite3"
    b = open_store(str(tmp_path / "b.sqlite3"))
    assert isinstance(b, SQLiteStore) and b.path == tmp_path / "b.sqlite3"
    c = open_store(tmp_path / "c.sqlite3")
    assert isinstance(c, SQLiteStore) and c.path.exists()
    monkeypatch.chdir(tmp_path)
    rel = open_store("sqlite:///rel/e.sqlite3")  # SQLAlchemy's spelling of a relative path
    assert isinstance(rel, SQLiteStore) and (tmp_path / "rel" / "e.sqlite3").exists()
    monkeypatch.delenv("BORDERLINES_STORE_URL", raising=False)
    monkeypatch.setenv("BORDERLINES_DATA_DIR", str(tmp_path / "data"))
    assert default_url() == f"sqlite:///{tmp_path / 'data' / 'maps.sqlite3'}"
    d = open_store()
    assert isinstance(d, SQLiteStore) and d.path == tmp_path / "data" / "maps.sqlite3"
    with pytest.raises(InputError, match="unknown map store"):
        open_store("mysql://db/maps")
    # a configured store URL wins over the data directory
    monkeypatch.setenv("BORDERLINES_STORE_URL", f"sqlite:///{tmp_path / 'configured.sqlite3'}")
    e = open_store()
    assert isinstance(e, SQLiteStore) and e.path == tmp_path / "configured.sqlite3"
    with pytest.raises(InputError):
        open_store("")
    assert "sqlite" in BACKENDS


def test_sql_is_always_parameterized() -> None:
    """No SQL statement in geo/store.py is built from runtime values (f-strings or %/+/format).

    The only f-strings allowed are PRAGMAs of our own integers (PRAGMA takes no bound parameters).
    """
    tree = ast.parse(inspect.getsource(store_module))
    sql_words = ("SELECT", "INSERT", "UPDATE", "DELETE", "CREATE", "DROP")
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "attr", "") in ("execute", "executemany"):
            first = node.args[0]
            if isinstance(first, ast.JoinedStr):
                literal = "".join(v.value for v in first.values if isinstance(v, ast.Constant))
                assert literal.startswith("PRAGMA "), ast.unparse(first)
                for v in first.values:
                    if isinstance(v, ast.FormattedValue):
                        assert ast.unparse(v.value).startswith("int("), ast.unparse(first)
            else:
                assert isinstance(first, (ast.Constant, ast.Name)), ast.unparse(first)
        if isinstance(node, ast.BinOp) and isinstance(node.left, ast.Constant):
            assert not str(node.left.value).lstrip().upper().startswith(sql_words), ast.unparse(node)


def test_hostile_payload_text_round_trips_verbatim(store: SQLiteStore) -> None:
    hostile = {"text": "'); DROP TABLE maps; -- <script>alert(1)</script> ${alert(1)} \\`+alert(1)+` \x00"}
    map_id = store.save(hostile)
    assert store.load(map_id) == hostile
    assert json.loads(json.dumps(store.load(map_id))) == hostile
