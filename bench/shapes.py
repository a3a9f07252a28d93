"""Hostile input shapes: texts whose analysis time once grew with the square of their length.

Each shape is a function ``size -> (file name, bytes)`` that builds about ``size`` characters of
one repeated unit, read through the real entry point (:func:`geo.ingest.read_bytes`, then
:func:`geo.pipeline.analyse`). Used by ``bench/bench_hostile.py`` (wall times) and by
``tests/complexity/`` (counted work). ``prose`` is the baseline: ordinary sentences of our own.
"""
from __future__ import annotations

from collections.abc import Callable

__all__ = ["SHAPES", "PROSE", "repeat_to", "build"]

#: Ordinary news prose written for this benchmark (no real article): places, events, quotes.
PROSE = (
    "Border talks resume in Quetta\n"
    "Officials from Pakistan and Iran met in Quetta on Monday to discuss trade along their border. "
    "The governor of Balochistan said the crossing at Taftan would reopen next week. "
    "Police arrested three men in Turbat after a clash near the market, a spokesman said. "
    "In Zahedan, traders welcomed the news but asked for more lorries to be allowed through. "
    "Dr. Amina Rahimi, who teaches at a university in Karachi, said the U.S. had no role in the talks.\n"
)


def repeat_to(unit: str, size: int) -> str:
    """``unit`` repeated until the text is at least ``size`` characters long."""
    return unit * max(1, -(-size // len(unit)))


_TOWNS = ("Quetta", "Turbat", "Gwadar", "Zahedan", "Peshawar", "Multan", "Sukkur", "Chaman")


def _arrest_lines(size: int) -> str:
    lines: list[str] = ["Arrests across the province\n"]
    total, i = len(lines[0]), 0
    while total < size:
        line = f"Police arrested {i % 9 + 2} men in {_TOWNS[i % len(_TOWNS)]}.\n"
        lines.append(line)
        total += len(line)
        i += 1
    return "".join(lines)


#: name -> size -> (file name, content)
SHAPES: dict[str, Callable[[int], tuple[str, bytes]]] = {
    "prose": lambda n: ("prose.txt", repeat_to(PROSE, n).encode()),
    "json_quote_backslash": lambda n: ("quotes.json", ('"' + repeat_to('"\\', n)).encode()),
    "jsonl_quote_backslash": lambda n: ("quotes.jsonl", ('{"text": "' + repeat_to('"\\', n)).encode()),
    "dots": lambda n: ("dots.txt", ("A" + "." * n).encode()),
    "bang_question": lambda n: ("bangs.txt", ("A" + repeat_to("!?", n)).encode()),
    "us_dotted": lambda n: ("us.txt", repeat_to("U.S. ", n).encode()),
    "initials": lambda n: ("initials.txt", repeat_to("A. ", n).encode()),
    "initials_tight": lambda n: ("initials2.txt", repeat_to("A.", n).encode()),
    "arrest_lines": lambda n: ("arrests.txt", _arrest_lines(n).encode()),
    # events whose sentence names no place: each is placed from what the article told before
    "unplaced_lines": lambda n: ("unplaced.txt", ("Police arrested two men in Quetta.\n" + repeat_to(
        "Police arrested three men.\n", n)).encode()),
    # ... and with no place anywhere: each looked for the site of an earlier event
    "placeless_lines": lambda n: ("placeless.txt", repeat_to("Police arrested three men.\n", n).encode()),
    "wrapped_lines": lambda n: ("wrapped.txt", ("Wrapped\n" + repeat_to(
        "officials in quetta and karachi said the talks on trade would go on next week\n", n)).encode()),
    "one_line_prose": lambda n: ("oneline.txt", repeat_to(PROSE.replace("\n", " "), n).encode()),
}


def build(shape: str, size: int) -> tuple[str, bytes]:
    """The (file name, bytes) of ``shape`` at about ``size`` characters."""
    return SHAPES[shape](size)
