"""One exception hierarchy for Borderlines.

Foreign errors are translated at the boundary (``raise X(...) from err``) so callers only
ever need to catch :class:`BorderlinesError`.
"""
from __future__ import annotations

__all__ = [
    "BorderlinesError",
    "InputError",
    "LimitError",
    "NotFoundError",
    "DataError",
    "show",
]


class BorderlinesError(Exception):
    """Base class of every error the package raises on purpose."""


class InputError(BorderlinesError, ValueError):
    """Input that cannot be used as given (empty, malformed, out of range)."""


class LimitError(InputError):
    """Input over a configured limit (size, count, length); the message says which and how to fix it."""


class NotFoundError(BorderlinesError, LookupError):
    """A lookup by id or name found nothing (unknown place, area, border or saved map)."""


class DataError(BorderlinesError, RuntimeError):
    """The embedded data is missing or inconsistent (rebuild with ``python -m geo.places.build build``)."""


def show(value: object, width: int = 80) -> str:
    """``repr(value)`` cut to ``width`` characters: how a message echoes a bad input value
    (STYLE.md: validate at the entry and echo the value) without pasting a megabyte back."""
    text = repr(value)
    return text if len(text) <= width else text[: width - 1] + "…"
