"""The lines of a gold corpus in JSON Lines, shared by the ``bench`` sub-commands.

Each benchmark parses its own records (their fields and the error a bad record gives differ);
what they share is finding the file and walking its non-blank lines with their numbers, so an
error can point at ``FILE:LINE``.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from geo.errors import InputError

__all__ = ["jsonl_lines"]


def jsonl_lines(path: Path) -> Iterator[tuple[int, str]]:
    """``(line number, line)`` of every non-blank line of ``path``, numbered from 1.

    Raises :class:`InputError` at once (before the first line is asked for) when there is no
    such file.
    """
    if not path.is_file():
        raise InputError(f"no such corpus file: {str(path)!r}")
    return _lines(path)


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    with path.open(encoding="utf-8") as f:
        for no, line in enumerate(f, 1):
            if line.strip():
                yield no, line
