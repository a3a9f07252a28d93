"""The built Arrow tables of ``data/``, read the one way the run-time loaders read them.

:mod:`geo.places.gazetteer` and :mod:`geo.places.areas` each need a set of files that
``python -m geo.places.build build`` writes; :func:`require` refuses a directory that lacks any
of them (saying how to build it) and :func:`read_table` memory-maps one.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from geo.errors import DataError

if TYPE_CHECKING:  # pyarrow is imported on first use, with the tables
    import pyarrow as pa

__all__ = ["require", "read_table", "read_optional", "read_columns"]


def require(data_dir: Path, files: Iterable[str], what: str) -> None:
    """Raise :class:`DataError` naming the ``files`` missing from ``data_dir`` (``what`` says whose)."""
    missing = [f for f in files if not (data_dir / f).is_file()]
    if missing:
        raise DataError(f"{what} files missing in {str(data_dir)!r}: {missing!r}; run `python -m geo.places.build build`")


def read_table(path: Path) -> pa.Table:
    """The Arrow IPC file at ``path`` (what ``write_feather`` wrote), memory-mapped."""
    import pyarrow as pa

    # pyarrow.feather's reader costs more than the file: open the IPC file directly.
    return pa.ipc.open_file(pa.memory_map(str(path))).read_all()


def read_optional(path: Path) -> pa.Table | None:
    """:func:`read_table`, or None when the file is absent (small builds leave some out)."""
    return read_table(path) if path.is_file() else None


def read_columns(path: Path, names: Iterable[str]) -> pa.Table | None:
    """Only the columns ``names`` of the Arrow IPC file at ``path`` (the others are not
    decompressed), or None when the file is absent."""
    import pyarrow as pa

    if not path.is_file():
        return None
    with pa.memory_map(str(path)) as source:
        schema = pa.ipc.open_file(source).schema
    wanted = [schema.get_field_index(n) for n in names]
    options = pa.ipc.IpcReadOptions(included_fields=wanted)
    return pa.ipc.open_file(pa.memory_map(str(path)), options=options).read_all()
