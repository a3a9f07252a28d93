"""Saved maps in SQLite, the embedded backend (the interface: :mod:`geo.store.base`).

A saved map is a JSON object (articles, corrections, map state and analysis — see
geo/appstate/state.py) stored whole or not at all, in the data directory
(``$BORDERLINES_DATA_DIR``, default ``./var``)::

    >>> import tempfile
    >>> from geo.store.backends import open_store
    >>> store = open_store(f"sqlite:///{tempfile.mkdtemp()}/maps.sqlite3")
    >>> map_id = store.save({"articles": []})
    >>> store.load(map_id)
    {'articles': []}

SQLite settings and why (see docs SECURITY.md, "Saved maps in SQLite"):

* WAL journal: readers never block the writer, so opening a link while someone saves works;
* an explicit busy timeout, and writes in ``BEGIN IMMEDIATE`` so two writers queue for the
  lock at the start instead of failing with "database is locked" on upgrade;
* ``synchronous=FULL``: a save that returned an id survives a power cut;
* one connection per operation: Streamlit sessions are threads, and a shared connection
  trips ``check_same_thread``;
* the schema version lives in ``PRAGMA user_version`` and :data:`MIGRATIONS` moves it on.

To add a backend, write a class with the :class:`geo.store.base.MapStore` methods beside this
one (as :mod:`geo.store.postgres` is) and add its URL scheme to :data:`geo.store.backends.BACKENDS`.
"""
from __future__ import annotations

import datetime as dt
import os
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

from geo.errors import BorderlinesError, DataError
from geo.store.base import MAX_PAYLOAD_BYTES, encode_map, stored_payload
from geo.store.share import is_id, new_id, validate_id
from geo.store.sql import SQLITE, count_maps, has_map, load_row, save_map, stored_bytes

__all__ = ["SQLiteStore", "MIGRATIONS", "SCHEMA_VERSION"]

#: How long a writer waits for another writer before giving up (milliseconds).
BUSY_TIMEOUT_MS = 15_000

#: Schema migrations: entry ``i`` moves ``user_version`` from ``i`` to ``i + 1``. Append only.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE maps (
            id TEXT PRIMARY KEY,
            created_at TEXT NOT NULL,
            payload TEXT NOT NULL,
            size INTEGER NOT NULL,
            sha256 TEXT NOT NULL
        )""",
    ),
    (
        # The audit trail of saves; written in the same transaction as the map itself.
        """CREATE TABLE map_log (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            map_id TEXT NOT NULL REFERENCES maps(id),
            action TEXT NOT NULL,
            at TEXT NOT NULL
        )""",
        "CREATE INDEX map_log_map_id ON map_log(map_id)",
    ),
    (
        # Identical maps share one stored copy: a save looks its content hash up first.
        "CREATE INDEX maps_sha256 ON maps(sha256)",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)


class SQLiteStore:
    """Saved maps in one SQLite file (WAL, FULL sync, one connection per operation)."""

    def __init__(self, path: str | os.PathLike[str], *, max_bytes: int = MAX_PAYLOAD_BYTES,
                 busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> None:
        self.path = Path(path)
        self.max_bytes = max_bytes
        self.busy_timeout_ms = busy_timeout_ms
        self._closed = False
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with closing(self._connect()) as conn:
                # WAL is a property of the file: set once, kept by every later connection.
                mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
                if str(mode).lower() != "wal":
                    raise DataError(f"could not switch {str(self.path)!r} to WAL (got {mode!r})")
                self._migrate(conn)
        except sqlite3.Error as err:
            raise DataError(f"cannot open the map store at {str(self.path)!r}: {err}") from err

    def __repr__(self) -> str:
        return f"SQLiteStore({str(self.path)!r})"

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- connections ------------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        if self._closed:
            raise BorderlinesError(f"{self!r} is closed")
        # isolation_level=None: we issue BEGIN IMMEDIATE / COMMIT ourselves.
        conn = sqlite3.connect(self.path, timeout=self.busy_timeout_ms / 1000, isolation_level=None)
        conn.execute(f"PRAGMA busy_timeout={int(self.busy_timeout_ms)}")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        return conn

    def _migrate(self, conn: sqlite3.Connection) -> None:
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise DataError(
                    f"map store {str(self.path)!r} has schema version {version}, newer than this "
                    f"program's {SCHEMA_VERSION}; upgrade Borderlines"
                )
            for step in MIGRATIONS[version:]:
                for statement in step:
                    conn.execute(statement)
            # PRAGMA takes no bound parameters; SCHEMA_VERSION is our own integer.
            conn.execute(f"PRAGMA user_version={int(SCHEMA_VERSION)}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    # -- the MapStore interface ----------------------------------------------------------------

    def save(self, payload: dict[str, Any]) -> str:
        """Store ``payload`` in one transaction and return its id (see :func:`geo.store.sql.save_map`);
        ``BEGIN IMMEDIATE`` makes the look-up of an identical map, the quota and the insert see one state."""
        from geo.config import limits

        encoded = encode_map(payload, self.max_bytes)
        quota = limits()
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        try:
            with closing(self._connect()) as conn:
                for _attempt in range(5):
                    map_id = new_id()
                    # BEGIN IMMEDIATE: the look-up, the quota and the insert see one state
                    conn.execute("BEGIN IMMEDIATE")
                    try:
                        kept = save_map(conn, SQLITE, encoded, map_id=map_id, now=now, quota=quota)
                        conn.execute("COMMIT")
                        return kept
                    except sqlite3.IntegrityError as err:
                        conn.execute("ROLLBACK")
                        if "maps.id" not in str(err):
                            raise
                        # else a 192-bit collision: draw another id
                    except BaseException:
                        conn.execute("ROLLBACK")
                        raise
        except sqlite3.Error as err:
            raise DataError(f"could not save the map in {str(self.path)!r}: {err}") from err
        raise DataError("could not draw an unused map id")  # pragma: no cover - 2**-192 odds

    def load(self, map_id: str) -> dict[str, Any]:
        """The payload saved under ``map_id``; :class:`NotFoundError` when there is none."""
        map_id = validate_id(map_id)
        try:
            with closing(self._connect()) as conn:
                row = load_row(conn, SQLITE, map_id)
        except sqlite3.Error as err:
            raise DataError(f"could not read the map store {str(self.path)!r}: {err}") from err
        return stored_payload(map_id, row)

    def exists(self, map_id: str) -> bool:
        """Whether ``map_id`` names a saved map."""
        if not is_id(map_id):
            return False
        with closing(self._connect()) as conn:
            return has_map(conn, SQLITE, map_id)

    def close(self) -> None:
        """Mark the store closed (connections are per operation, so nothing stays open)."""
        self._closed = True

    # -- maintenance -------------------------------------------------------------------------------

    def integrity_check(self) -> str:
        """SQLite's ``PRAGMA integrity_check`` verdict (``"ok"`` when the file is sound)."""
        with closing(self._connect()) as conn:
            return "; ".join(r[0] for r in conn.execute("PRAGMA integrity_check").fetchall())

    def count(self) -> int:
        """How many maps are saved."""
        with closing(self._connect()) as conn:
            return count_maps(conn)

    def size_bytes(self) -> int:
        """Bytes of saved maps held (payloads, as counted against ``max_store_bytes``)."""
        with closing(self._connect()) as conn:
            return stored_bytes(conn)

    def backup(self, target: str | os.PathLike[str]) -> Path:
        """A consistent copy of the store at ``target`` (SQLite's online backup API)."""
        target = Path(target)
        with closing(self._connect()) as src, closing(sqlite3.connect(target)) as dst:
            src.backup(dst)
        return target


