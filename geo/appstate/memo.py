"""Results remembered across the app's sessions (threads): the last few analyses, layer sets and rendered maps."""
from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any


class _Memo:
    """The last ``size`` results of a computation, shared by sessions (which are threads).

    The computation runs outside the lock, so a slow analysis never blocks other sessions; two
    sessions asking for the same new key at once may both compute it, and the first one is kept.
    """

    def __init__(self, size: int) -> None:
        self._size = size
        self._items: dict[tuple, Any] = {}
        self._order: list[tuple] = []
        self._lock = threading.Lock()

    def put(self, key: tuple, value: Any) -> None:
        with self._lock:
            if key not in self._items:
                self._order.append(key)
            self._items[key] = value
            while len(self._order) > self._size:
                self._items.pop(self._order.pop(0), None)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._order.clear()

    def get(self, key: tuple, compute: Callable[[], Any]) -> Any:
        with self._lock:
            if key in self._items:
                return self._items[key]
        value = compute()
        with self._lock:
            if key not in self._items:
                self._items[key] = value
                self._order.append(key)
                while len(self._order) > self._size:
                    self._items.pop(self._order.pop(0), None)
            return self._items[key]


#: The memo, for the app's other remembered work (ui.foliummap).
Memo = _Memo
