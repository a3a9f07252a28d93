"""Progress of a corpus run on a terminal: a bar, a rate and the time left."""
from __future__ import annotations

import math
import sys
import time
from typing import IO


def _clock(seconds: float) -> str:
    seconds = int(round(seconds))
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def format_progress(done: int, total: int, rate: float | None, width: int = 24) -> str:
    """One progress line: bar, articles done, rate and ETA.

    >>> format_progress(250, 1000, 50.0, width=8)
    '[##------]    250/1,000 articles  25%  50.0 articles/s  ETA 0:00:15'
    """
    share = done / total if total else 1.0
    filled = min(width, int(share * width))
    bar = "#" * filled + "-" * (width - filled)
    line = f"[{bar}] {done:>6,}/{total:,} articles {share:>4.0%}"
    if rate and rate > 0 and math.isfinite(rate):
        line += f"  {rate:.1f} articles/s  ETA {_clock((total - done) / rate)}"
    else:
        line += "  -- articles/s  ETA --"
    return line


class Progress:
    """A plain-text progress bar on a stream (stderr): redrawn in place on a terminal, one line
    every ``interval`` seconds otherwise (logs). ``done`` counts resumed articles as done; the
    rate counts only articles analysed in this run."""

    def __init__(self, total: int, done: int = 0, stream: IO[str] | None = None, interval: float = 10.0) -> None:
        self.total, self.done, self._start_done = total, done, done
        self.stream = stream if stream is not None else sys.stderr
        self.interval = interval
        self._tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self._t0 = time.perf_counter()
        self._last = -math.inf
        self._drawn: int | None = None  # ``done`` at the last drawing

    def rate(self) -> float | None:
        """Articles per second analysed in this run, or None before the first one."""
        elapsed = time.perf_counter() - self._t0
        new = self.done - self._start_done
        return new / elapsed if new and elapsed > 0 else None

    def advance(self, n: int) -> None:
        """Count ``n`` more articles done and redraw when it is time."""
        self.done += n
        now = time.perf_counter()
        if self._tty or now - self._last >= self.interval or self.done >= self.total:
            self._last = now
            self._draw()

    def _draw(self) -> None:
        self._drawn = self.done
        line = format_progress(self.done, self.total, self.rate())
        self.stream.write(f"\r{line}" if self._tty else f"{line}\n")
        self.stream.flush()

    def close(self) -> None:
        """Final line (and a newline on a terminal)."""
        if self._drawn != self.done:
            self._draw()
        if self._tty:
            self.stream.write("\n")
            self.stream.flush()
