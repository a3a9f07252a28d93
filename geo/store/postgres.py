"""Saved maps in PostgreSQL, for several app processes behind a load balancer.

Same interface (:class:`geo.store.base.MapStore`), payload encoding, size limit, ids and checksums
as the SQLite store; chosen by a URL in configuration::

    BORDERLINES_STORE_URL=postgresql://user@db.internal:5432/borderlines

    store = open_store("postgresql://user@127.0.0.1:5432/borderlines")

Why it is built this way:

* psycopg 3 is imported only when a PostgreSQL store is opened, so installs that keep the
  default SQLite store never need it; a missing driver is a :class:`DataError` saying what to
  install;
* a small connection pool per process (psycopg_pool; Streamlit sessions are threads), each
  connection checked before it is handed out, so a restarted server does not fail a request;
* a save is one transaction (the map row and its log row), so a map is stored whole or not at
  all, even when the process is killed mid-save;
* serialization failures and deadlocks (SQLSTATE 40001/40P01) are retried a bounded number of
  times with jittered back-off and never shown to users as such;
* every driver error is translated at this boundary into :mod:`geo.errors`;
* the schema version is a table (``borderlines_schema``: one row per applied migration) and
  :data:`MIGRATIONS` moves it on, under an advisory lock so processes starting at once do not
  race; the tables mirror the SQLite ones;
* SQL is always parameterized; the only composed SQL is a schema name, through
  ``psycopg.sql.Identifier`` after validation.
"""
from __future__ import annotations

import datetime as dt
import importlib
import random
import re
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import quote

from geo.errors import BorderlinesError, DataError, InputError
from geo.store.base import MAX_PAYLOAD_BYTES, encode_map, stored_payload
from geo.store.share import is_id, new_id, validate_id
from geo.store.sql import POSTGRES, count_maps, has_map, load_row, save_map, stored_bytes

if TYPE_CHECKING:  # pragma: no cover - typing only; the driver is imported lazily
    import psycopg
    import psycopg_pool

__all__ = [
    "PostgresStore",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "SCHEMA_TABLE",
    "open_postgres",
    "import_driver",
]

#: Schema migrations: entry ``i`` moves the recorded version from ``i`` to ``i + 1``. Append
#: only; versions match :data:`geo.store.sqlite.MIGRATIONS` (same tables, PostgreSQL types).
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE maps (
            id text PRIMARY KEY,
            created_at timestamptz NOT NULL,
            payload text NOT NULL,
            size integer NOT NULL,
            sha256 text NOT NULL
        )""",
    ),
    (
        # The audit trail of saves; written in the same transaction as the map itself.
        """CREATE TABLE map_log (
            seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            map_id text NOT NULL REFERENCES maps(id),
            action text NOT NULL,
            at timestamptz NOT NULL
        )""",
        "CREATE INDEX map_log_map_id ON map_log(map_id)",
    ),
    (
        # Identical maps share one stored copy: a save looks its content hash up first.
        "CREATE INDEX maps_sha256 ON maps(sha256)",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)
#: Where the applied migrations are recorded (one row per version).
SCHEMA_TABLE = "borderlines_schema"

#: Attempts for a transaction that hits a serialization failure or a deadlock.
RETRIES = 8
#: Connections per process (a Streamlit server runs sessions as threads).
POOL_SIZE = 8
#: Seconds to wait for the server when connecting, and for a free pooled connection.
CONNECT_TIMEOUT_S = 10
POOL_TIMEOUT_S = 30
#: Key of the advisory lock that serialises migrations across processes ("BRDRLNS1").
_MIGRATION_LOCK = 0x4252_4452_4C4E_5331
_SCHEMA_RE = re.compile(r"[a-z_][a-z0-9_]{0,62}")
_INSTALL_HINT = 'pip install "psycopg[binary]" psycopg-pool  (see requirements.txt for the pinned versions)'

T = TypeVar("T")


def import_driver() -> tuple[Any, Any]:
    """``(psycopg, psycopg_pool)``, imported on first use; :class:`DataError` with the install
    hint when they are missing (as geopandas' ``import_optional_dependency``)."""
    modules = []
    for name in ("psycopg", "psycopg_pool"):
        try:
            modules.append(importlib.import_module(name))
        except ImportError as err:
            raise DataError(
                f"the PostgreSQL map store needs the {name!r} package, which is not installed: "
                f"{_INSTALL_HINT}"
            ) from err
    return modules[0], modules[1]


def _redact(url: str) -> str:
    """``url`` without its password, for messages and ``repr``."""
    return re.sub(r"(://[^/@:]*:)[^@/]*@", r"\1***@", url)


def open_postgres(location: str) -> PostgresStore:
    """The :data:`geo.store.backends.BACKENDS` factory: ``location`` is what :func:`geo.store.backends.open_store`
    keeps of ``postgresql://location`` (percent-decoded), so the parts that may hold reserved
    characters (user, password, query values) are quoted again before libpq reads the URL."""
    userinfo, at, rest = location.rpartition("@")  # the host part never holds "@"
    if at:
        user, colon, password = userinfo.partition(":")
        userinfo = quote(user, safe="") + (":" + quote(password, safe="") if colon else "") + "@"
    where, qmark, query = rest.partition("?")
    if qmark:
        pairs = (p.partition("=") for p in query.split("&") if p)
        query = "&".join(quote(k, safe="") + eq + quote(v, safe="") for k, eq, v in pairs)
    return PostgresStore(f"postgresql://{userinfo}{where}{qmark}{query}")


class PostgresStore:
    """Saved maps in a PostgreSQL database (pooled connections, one transaction per save)."""

    def __init__(self, url: str, *, schema: str | None = None, max_bytes: int = MAX_PAYLOAD_BYTES,
                 pool_size: int = POOL_SIZE, retries: int = RETRIES,
                 connect_timeout_s: float = CONNECT_TIMEOUT_S,
                 pool_timeout_s: float = POOL_TIMEOUT_S,
                 application_name: str = "borderlines-maps") -> None:
        if not isinstance(url, str) or not url.startswith(("postgresql://", "postgres://")):
            raise InputError(f"not a PostgreSQL URL: {_redact(str(url))!r}")
        if schema is not None and not _SCHEMA_RE.fullmatch(schema):
            raise InputError(f"not a schema name (lower-case letters, digits, _): {schema!r}")
        if not isinstance(pool_size, int) or pool_size < 1:
            raise InputError(f"pool_size must be a positive integer, not {pool_size!r}")
        if not isinstance(retries, int) or retries < 1:
            raise InputError(f"retries must be a positive integer, not {retries!r}")
        self.url = url
        self.schema = schema
        self.max_bytes = max_bytes
        self.retries = retries
        self._closed = False
        self._lock = threading.Lock()
        self._psycopg, pool_module = import_driver()
        self._kwargs: dict[str, Any] = {
            "autocommit": True,
            "connect_timeout": max(1, round(connect_timeout_s)),
            "application_name": application_name,  # names our sessions in pg_stat_activity
        }
        if schema is not None:
            # A libpq startup option, not SQL: the name was validated above.
            self._kwargs["options"] = f"-c search_path={schema}"
        # Connect once directly: a wrong host or password is reported now, in the driver's
        # words, instead of as a pool timeout on the first request.
        try:
            with self._psycopg.connect(url, **self._kwargs) as conn:
                self._migrate(conn)
        except self._psycopg.Error as err:
            raise DataError(f"cannot open the map store at {self!r}: {_message(err)}") from err
        self._pool: psycopg_pool.ConnectionPool = pool_module.ConnectionPool(
            url, kwargs=self._kwargs, min_size=1, max_size=pool_size, timeout=pool_timeout_s,
            check=pool_module.ConnectionPool.check_connection, open=True,
            name=f"borderlines-maps-{id(self):x}",
        )
        self._pool_errors = (pool_module.PoolTimeout, pool_module.PoolClosed)

    def __repr__(self) -> str:
        shown = _redact(self.url)
        return f"PostgresStore({shown!r}" + (f", schema={self.schema!r})" if self.schema else ")")

    def __enter__(self) -> PostgresStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions -------------------------------------------------------------------------

    def _run(self, what: str, work: Callable[[psycopg.Connection], T]) -> T:
        """``work(conn)`` on a pooled connection, retried on serialization failures/deadlocks;
        driver errors leave as :class:`DataError` saying what could not be done."""
        if self._closed:
            raise BorderlinesError(f"{self!r} is closed")
        errors = self._psycopg.errors
        retryable = (errors.SerializationFailure, errors.DeadlockDetected)
        for attempt in range(self.retries):
            try:
                with self._pool.connection() as conn:
                    return work(conn)
            except retryable as err:
                last: BaseException = err
                # Jittered exponential back-off: colliding writers spread out.
                time.sleep(random.uniform(0, min(0.5, 0.01 * 2**attempt)))
            except self._pool_errors as err:
                raise DataError(f"could not {what}: the map store is busy or closed ({err}); try again") from err
            except self._psycopg.Error as err:
                raise DataError(f"could not {what}: {_message(err)}") from err
        raise DataError(
            f"could not {what}: the map store stayed busy with other saves after {self.retries} "
            "attempts; try again"
        ) from last

    def _migrate(self, conn: psycopg.Connection) -> None:
        sql = importlib.import_module("psycopg.sql")
        with conn.transaction():
            # Processes that start together queue here; the lock ends with the transaction.
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
            if self.schema is not None:
                conn.execute(sql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(sql.Identifier(self.schema)))
            conn.execute(
                """CREATE TABLE IF NOT EXISTS borderlines_schema (
                    version integer PRIMARY KEY,
                    applied_at timestamptz NOT NULL DEFAULT now()
                )"""
            )
            version = conn.execute("SELECT COALESCE(MAX(version), 0) FROM borderlines_schema").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise DataError(
                    f"map store {self!r} has schema version {version}, newer than this program's "
                    f"{SCHEMA_VERSION}; upgrade Borderlines"
                )
            for number, step in enumerate(MIGRATIONS[version:], start=version + 1):
                for statement in step:
                    conn.execute(statement)
                conn.execute("INSERT INTO borderlines_schema (version, applied_at) VALUES (%s, now())", (number,))

    # -- the MapStore interface ----------------------------------------------------------------

    def save(self, payload: dict[str, Any]) -> str:
        """Store ``payload`` in one transaction and return its id (see :func:`geo.store.sql.save_map`),
        retried on serialization failures; identical maps saved at once queue on a lock of their hash."""
        from geo.config import limits

        encoded = encode_map(payload, self.max_bytes)
        quota = limits()
        unique = self._psycopg.errors.UniqueViolation

        def work(conn: psycopg.Connection) -> str | None:
            map_id = new_id()
            now = dt.datetime.now(dt.UTC)
            try:
                with conn.transaction():
                    # Two equal maps saved at once queue on a lock named by their hash (held to
                    # the end of the transaction), so the second finds the first. Different maps
                    # do not wait for each other: the quota may be passed by the maps being
                    # saved at that very moment, no more.
                    conn.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))", (encoded.digest,))
                    kept = save_map(conn, POSTGRES, encoded, map_id=map_id, now=now, quota=quota)
            except unique as err:
                if getattr(err.diag, "constraint_name", None) != "maps_pkey":
                    raise
                return None  # a 192-bit collision: draw another id
            return kept

        for _attempt in range(5):
            map_id = self._run("save the map", work)
            if map_id is not None:
                return map_id
        raise DataError("could not draw an unused map id")  # pragma: no cover - 2**-192 odds

    def load(self, map_id: str) -> dict[str, Any]:
        """The payload saved under ``map_id``; :class:`NotFoundError` when there is none."""
        map_id = validate_id(map_id)  # before any query
        row = self._run(
            "read the map store",
            lambda conn: load_row(conn, POSTGRES, map_id),
        )
        return stored_payload(map_id, row)

    def exists(self, map_id: str) -> bool:
        """Whether ``map_id`` names a saved map (False for malformed ids, without a query)."""
        if not is_id(map_id):
            return False
        return self._run("read the map store", lambda conn: has_map(conn, POSTGRES, map_id))

    def close(self) -> None:
        """Close the pool; the store is not used afterwards."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
        self._pool.close()

    # -- maintenance -------------------------------------------------------------------------------

    def count(self) -> int:
        """How many maps are saved."""
        return self._run("count saved maps", count_maps)

    def size_bytes(self) -> int:
        """Bytes of saved maps held (payloads, as counted against ``max_store_bytes``)."""
        return self._run("measure the map store", stored_bytes)

    def schema_version(self) -> int:
        """The schema version recorded in the database."""
        return int(self._run(
            "read the schema version",
            lambda conn: conn.execute("SELECT COALESCE(MAX(version), 0) FROM borderlines_schema").fetchone()[0],
        ))


def _message(err: BaseException) -> str:
    """The server's or libpq's own words (first line), without the connection password."""
    diag = getattr(err, "diag", None)
    text = (getattr(diag, "message_primary", None) or str(err) or type(err).__name__).strip()
    return _redact(text.splitlines()[0] if text else type(err).__name__)
