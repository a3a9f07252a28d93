"""Files written whole or not at all: exports, the events JSONL, the app's vendor assets, batch summaries."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from geo.errors import InputError

__all__ = ["atomic_write", "check_writable"]


def _parent(path: Path) -> Path:
    if path.is_dir():
        raise InputError(f"output path is a directory: {str(path)!r}")
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise InputError(f"output folder does not exist: {str(parent)!r}")
    return parent


def _temp(path: Path, parent: Path) -> tuple[int, str]:
    try:
        return tempfile.mkstemp(dir=parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as err:
        raise InputError(f"cannot write {str(path)!r}: {err.strerror or err}") from err


def check_writable(path: str | os.PathLike) -> Path:
    """Refuse, with a one-line message, an output path that cannot be written — before the
    work whose result it would hold (a whole analysis) is done. Tries a temp file beside it:
    permission bits alone say nothing for root or on a read-only file system."""
    path = Path(path)
    fd, tmp = _temp(path, _parent(path))
    os.close(fd)
    os.unlink(tmp)
    return path


def atomic_write(path: str | os.PathLike, data: bytes) -> Path:
    """Write ``data`` to ``path`` whole or not at all (temp file beside it, fsync, os.replace)."""
    path = Path(path)
    parent = _parent(path)
    fd, tmp = tempfile.mkstemp(dir=parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        # mkstemp makes 0600 files; a map is meant to be shared: keep the old file's mode or 0644
        os.fchmod(fd, path.stat().st_mode & 0o777 if path.exists() else 0o644)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    try:  # make the rename itself durable
        dir_fd = os.open(parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except OSError:
        pass
    return path
