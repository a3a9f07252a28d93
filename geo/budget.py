"""A work budget for one article's analysis, and the notes it leaves for the reader.

Analysis time grows linearly with the text, but a 2 MB article still takes a while; one such
article must not hold a batch or an app session indefinitely. :func:`article_budget` opens a
budget of ``BORDERLINES_MAX_ARTICLE_SECONDS`` (see :mod:`geo.config`) for one article; the
stages check :func:`over` between units of work (a chunk of text, a sentence) and stop
cleanly, keeping what they found. The budget lives in a context variable, so concurrent
sessions (threads) each have their own and no signature changes down the stages::

    >>> with article_budget("a.txt", seconds=60) as b:
    ...     over("events")
    False
    >>> b.exceeded is None
    True
"""
from __future__ import annotations

import contextlib
import contextvars
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

__all__ = ["Budget", "article_budget", "over", "note", "current"]


@dataclass
class Budget:
    """The time one article may take, where it ran out (``exceeded``: the stage), and notes."""

    name: str
    seconds: float
    clock: Callable[[], float] = time.monotonic
    started: float = 0.0
    exceeded: str | None = None
    notes: list[str] = field(default_factory=list)

    def over(self, stage: str) -> bool:
        """True (and remembered, with a note naming the article) once the budget is spent."""
        if self.exceeded is not None:
            return True
        if self.clock() - self.started <= self.seconds:
            return False
        from geo.config import env_name

        self.exceeded = stage
        self.notes.append(
            f"the analysis of {self.name!r} stopped after {self.seconds:g} s, in {stage}: what was found "
            f"before is kept, the rest of the article was not read (set {env_name('max_article_seconds')} "
            "to raise the limit, or split the article)"
        )
        return True


_CURRENT: contextvars.ContextVar[Budget | None] = contextvars.ContextVar("borderlines_budget", default=None)


def current() -> Budget | None:
    """The budget of the article being analysed in this context, if any."""
    return _CURRENT.get()


@contextlib.contextmanager
def article_budget(name: str, seconds: float | None = None, clock: Callable[[], float] | None = None) -> Iterator[Budget]:
    """Open the budget of one article (``seconds`` defaults to the configured limit)."""
    from geo.config import limits

    clock = clock or time.monotonic
    b = Budget(name, float(limits().max_article_seconds if seconds is None else seconds), clock, clock())
    token = _CURRENT.set(b)
    try:
        yield b
    finally:
        _CURRENT.reset(token)


def over(stage: str) -> bool:
    """Has the current article spent its budget? (False outside any budget.)"""
    b = _CURRENT.get()
    return b is not None and b.over(stage)


def note(message: str) -> None:
    """Leave a note for the reader of the current article's result (dropped outside a budget)."""
    b = _CURRENT.get()
    if b is not None and message not in b.notes:
        b.notes.append(message)
