"""The statements both map stores run, written once; a :class:`Dialect` says how a server spells them.

The SQLite and PostgreSQL stores keep the same two tables (``maps``, ``map_log``) and make the
same decisions inside a transaction: an identical map already stored gives its id back, the
quota is checked before a new map is written, and every save leaves a log row. Only the
transaction handling (``BEGIN IMMEDIATE`` against pooled connections and advisory locks), the
types of the schema and the way a bound parameter is written differ, so the first two stay in
the backends and the last is the dialect::

    >>> POSTGRES.sql("SELECT 1 FROM maps WHERE id = {p}")
    'SELECT 1 FROM maps WHERE id = %s'

Every function here runs inside the caller's transaction on a connection whose ``execute``
returns a cursor (``sqlite3.Connection`` and ``psycopg.Connection`` both do), and lets driver
errors through: each backend translates its own at its boundary.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:  # pragma: no cover - typing only
    from geo.config import Limits
    from geo.store.base import EncodedMap

__all__ = ["Dialect", "SQLITE", "POSTGRES", "save_map", "load_row", "has_map", "count_maps", "stored_bytes"]


class _Cursor(Protocol):
    def fetchone(self) -> Any: ...


class Connection(Protocol):
    """What the statements need of a DB-API connection: ``execute`` returning a cursor."""

    def execute(self, query: Any, params: Sequence[Any] = ...) -> _Cursor: ...


@dataclass(frozen=True, slots=True)
class Dialect:
    """How one server's driver writes a bound parameter (``?`` for sqlite3, ``%s`` for psycopg)."""

    name: str
    param: str

    def sql(self, template: str) -> str:
        """``template`` with each ``{p}`` written as this driver's parameter marker."""
        return template.format(p=self.param)


SQLITE = Dialect("sqlite", "?")
POSTGRES = Dialect("postgresql", "%s")

_FIND_SAME = "SELECT id FROM maps WHERE sha256 = {p} AND payload = {p} LIMIT 1"
_INSERT_MAP = "INSERT INTO maps (id, created_at, payload, size, sha256) VALUES ({p}, {p}, {p}, {p}, {p})"
_INSERT_LOG = "INSERT INTO map_log (map_id, action, at) VALUES ({p}, {p}, {p})"
_LOAD = "SELECT payload, sha256 FROM maps WHERE id = {p}"
_EXISTS = "SELECT 1 FROM maps WHERE id = {p}"
_COUNT = "SELECT COUNT(*) FROM maps"
_STORED_BYTES = "SELECT COALESCE(SUM(size), 0) FROM maps"


def save_map(conn: Connection, dialect: Dialect, encoded: EncodedMap, *, map_id: str, now: Any,
             quota: Limits) -> str:
    """Store ``encoded`` under ``map_id`` and return the id it is kept under.

    An identical map (same sha256 and text) already stored gives its own id back, with a
    ``save-same`` log row and nothing else written; otherwise :meth:`Limits.check_store_bytes`
    may refuse it (:class:`~geo.errors.LimitError`) before the map and its ``save`` log row are
    inserted. ``now`` is the time as the driver stores it (ISO text for SQLite, a datetime for
    PostgreSQL). A clash on ``map_id`` leaves as the driver's integrity error.
    """
    same = conn.execute(dialect.sql(_FIND_SAME), (encoded.digest, encoded.text)).fetchone()
    if same is not None:
        conn.execute(dialect.sql(_INSERT_LOG), (same[0], "save-same", now))
        return str(same[0])
    quota.check_store_bytes(stored_bytes(conn), encoded.size)
    conn.execute(dialect.sql(_INSERT_MAP), (map_id, now, encoded.text, encoded.size, encoded.digest))
    conn.execute(dialect.sql(_INSERT_LOG), (map_id, "save", now))
    return map_id


def load_row(conn: Connection, dialect: Dialect, map_id: str) -> tuple[str, str] | None:
    """``(payload text, sha256)`` of the map saved under ``map_id``, or None."""
    row = conn.execute(dialect.sql(_LOAD), (map_id,)).fetchone()
    return None if row is None else (row[0], row[1])


def has_map(conn: Connection, dialect: Dialect, map_id: str) -> bool:
    """Whether a map is saved under ``map_id``."""
    return conn.execute(dialect.sql(_EXISTS), (map_id,)).fetchone() is not None


def count_maps(conn: Connection) -> int:
    """How many maps are saved."""
    return int(conn.execute(_COUNT).fetchone()[0])


def stored_bytes(conn: Connection) -> int:
    """Bytes of saved payloads, as counted against ``max_store_bytes``."""
    return int(conn.execute(_STORED_BYTES).fetchone()[0])
