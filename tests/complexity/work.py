"""Counting work instead of seconds: every Python and C function call made while analysing.

A call counter (``sys.setprofile``) sees each regex call, each string method, each loop body
that calls anything; on a noisy shared machine it gives the same figure on every run, so a
test can compare the work for ``n`` and ``2n`` characters without timing anything.
"""
from __future__ import annotations

import sys
from collections.abc import Callable

__all__ = ["count_calls", "analyse_file", "growth"]


def count_calls(fn: Callable[[], object]) -> int:
    """Number of Python and C function calls made while ``fn()`` runs."""
    calls = 0

    def hook(frame, event, arg):  # noqa: ANN001 - the profile hook's fixed signature
        nonlocal calls
        if event == "call" or event == "c_call":
            calls += 1

    old = sys.getprofile()
    sys.setprofile(hook)
    try:
        fn()
    finally:
        sys.setprofile(old)
    return calls


def analyse_file(name: str, data: bytes) -> object:
    """The real entry point of an upload: read the file, analyse its articles."""
    from geo.events import reading
    from geo.ingest import boilerplate
    from geo.ingest.readers import read_bytes
    from geo.pipeline import analyse

    # the boilerplate memo and the sentence memos keep the last texts read: a counted run reads
    # its text as new
    boilerplate._boilerplate_spans.cache_clear()
    boilerplate._line_reason.cache_clear()
    reading.forget()
    return analyse(read_bytes(name, data).articles)


def growth(make: Callable[[int], tuple[str, bytes]], n: int) -> tuple[int, int, float]:
    """Calls for ``n`` and ``2n`` characters of one shape, and their ratio."""
    analyse_file(*make(n))  # warm caches (gazetteer, word lists, compiled patterns) once
    small = count_calls(lambda: analyse_file(*make(n)))
    large = count_calls(lambda: analyse_file(*make(2 * n)))
    return small, large, large / max(1, small)
