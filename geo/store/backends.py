"""Which store a URL names: the registry of backends (edit :data:`BACKENDS` to add one) and :func:`open_store`, the front door the app, CLI and tests use."""
from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from urllib.parse import unquote

from geo.errors import InputError
from geo.store.base import MapStore
from geo.store.sqlite import SQLiteStore


def data_dir() -> Path:
    """Where Borderlines keeps its files: ``$BORDERLINES_DATA_DIR``, else ``./var``."""
    return Path(os.environ.get("BORDERLINES_DATA_DIR") or "var")


def default_url() -> str:
    """The store the app opens: ``$BORDERLINES_STORE_URL`` when set (e.g. a PostgreSQL URL for
    several app processes), else SQLite in :func:`data_dir`."""
    configured = os.environ.get("BORDERLINES_STORE_URL", "").strip()
    if configured:
        return configured
    return f"sqlite:///{(data_dir() / 'maps.sqlite3').resolve()}"


def _open_sqlite(location: str) -> SQLiteStore:
    return SQLiteStore(location)


def _open_postgres(location: str) -> MapStore:
    # Imported on use: the product needs psycopg only when PostgreSQL is configured.
    from geo.store.postgres import open_postgres

    return open_postgres(location)


#: URL scheme -> factory taking the location part of the URL.
BACKENDS: dict[str, Callable[[str], MapStore]] = {
    "sqlite": _open_sqlite,
    "postgresql": _open_postgres,
    "postgres": _open_postgres,
}


def open_store(url: str | os.PathLike[str] | None = None) -> MapStore:
    """Open the store named by ``url``: ``sqlite:///rel/path`` or ``sqlite:////abs/path`` (as
    SQLAlchemy spells them), a plain file path, or ``None`` for :func:`default_url`."""
    if url is None:
        url = default_url()
    if isinstance(url, os.PathLike):
        return _open_sqlite(os.fspath(url))
    if not isinstance(url, str) or not url.strip():
        raise InputError(f"not a map store URL: {url!r}")
    scheme = url.split(":", 1)[0].lower() if ":" in url else ""
    if scheme not in BACKENDS or len(scheme) < 2:  # "C:\\maps.db" is a path, not a scheme
        if "://" in url:
            raise InputError(f"unknown map store {scheme!r} in {url!r}; known: {sorted(BACKENDS)}")
        return _open_sqlite(url)
    # As SQLAlchemy: sqlite:///rel/path and sqlite:////abs/path (the rest after "://" + "/").
    rest = url[len(scheme) + 1:]
    location = unquote(rest[3:] if rest.startswith("///") else rest.lstrip("/") if rest.startswith("//") else rest)
    if not location:
        raise InputError(f"map store URL {url!r} names no location")
    return BACKENDS[scheme](location)
