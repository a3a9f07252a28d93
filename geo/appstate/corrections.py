"""Corrections an analyst makes to the reading (choose another place, remove one, add one by name or by a map click): made, recorded and undone."""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from geo.errors import InputError, LimitError
from geo.models import Correction

_MAX_CORRECTIONS = 10_000


def new_correction(article_id: str, start: int, end: int, action: str, from_id: str | None,
                   to_id: str | None, note: str = "", now: dt.datetime | None = None) -> Correction:
    """A correction stamped with the current UTC time (``at``, ISO 8601).

    ``action`` is ``"choose"`` (another reading for the mention), ``"remove"`` (not a place)
    or ``"add"`` (a place the machine missed, ``from_id`` None).
    """
    if action not in ("choose", "remove", "add"):
        raise InputError(f"a correction is 'choose', 'remove' or 'add', not {action!r}")
    if not (isinstance(start, int) and isinstance(end, int)) or not 0 <= start <= end:
        raise InputError(f"not a span of the text: {start!r}..{end!r}")
    if action == "choose" and not to_id:
        raise InputError("choosing another place needs the place chosen")
    if action == "add" and not to_id:
        raise InputError("adding a place needs the place")
    if action == "remove":
        to_id = None
    now = now or dt.datetime.now(dt.UTC)
    return Correction(article_id, start, end, action, from_id, to_id,
                      at=now.astimezone(dt.UTC).isoformat(timespec="seconds"), note=note)


def record_correction(history: Sequence[Correction], correction: Correction) -> tuple[Correction, ...]:
    """``history`` with ``correction`` appended (every change is kept: it is the audit trail).

    A correction identical in effect to the last one for the same span is not repeated.
    """
    key = (correction.article_id, correction.start, correction.end)
    for old in reversed(history):
        if (old.article_id, old.start, old.end) == key:
            if (old.action, old.to_id) == (correction.action, correction.to_id):
                return tuple(history)
            break
    if len(history) >= _MAX_CORRECTIONS:
        raise LimitError(f"{len(history):,} corrections already recorded; the limit is {_MAX_CORRECTIONS:,}")
    return (*history, correction)


def undo_last(history: Sequence[Correction]) -> tuple[Correction, ...]:
    """``history`` without its latest correction."""
    return tuple(history[:-1])
