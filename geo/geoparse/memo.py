"""Facts about a name's readings, remembered by the identity of the gazetteer's tuple of them.

The gazetteer hands out one tuple of places per key and keeps it (``Gazetteer.by_key``), so the
same tuple comes back for every mention of "Washington" in every article. What the geoparser
derives from such a tuple alone — the readings ranked by prior, what kinds they hold — is the
same each time; a name may have hundreds of readings, and hashing them (frozen dataclasses hash
every field) would cost as much as deriving the facts again. So the facts are keyed by the
tuple's ``id``. An ``id`` is reused once its object is gone, so each entry keeps the tuple
itself and a hit must be that very object; the memo is emptied when full, which bounds its
memory to the tuples it holds and their facts.
"""
from __future__ import annotations

from collections.abc import Hashable
from typing import Any

__all__ = ["IdentityMemo"]


class IdentityMemo:
    """Values computed from an immutable object (and hashable extras), by the object's identity.

    >>> memo = IdentityMemo(size=2)
    >>> places = ("a", "b")
    >>> memo.put(places, "key", 2)
    >>> memo.get(places, "key"), memo.get(("a", "b"), "key"), memo.get(places, "other")
    (2, None, None)
    """

    __slots__ = ("_hits", "_size")

    def __init__(self, size: int = 1 << 14) -> None:
        if not isinstance(size, int) or size < 1:
            raise ValueError(f"size must be a positive integer, got {size!r}")
        self._hits: dict[tuple[int, Hashable], tuple[object, Any]] = {}
        self._size = size

    def get(self, obj: object, extra: Hashable = None) -> Any:
        """The value put for this very ``obj`` and ``extra``, else None."""
        hit = self._hits.get((id(obj), extra))
        if hit is not None and hit[0] is obj:
            return hit[1]
        return None

    def put(self, obj: object, extra: Hashable, value: Any) -> None:
        """Remember ``value`` (not None) for ``obj`` and ``extra``; a full memo starts afresh."""
        if len(self._hits) >= self._size:
            self._hits.clear()
        self._hits[(id(obj), extra)] = (obj, value)

    def __len__(self) -> int:
        return len(self._hits)
