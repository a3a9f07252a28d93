"""Analysis work grows linearly with the text, for every shape that once took quadratic time.

Issue #16: "U.S. U.S. …" and "A. A. …" made the geoparser rescan whole runs for every token,
lines of "Police arrested N men in <town>." made per-event bookkeeping rescan every earlier
event and actor; lines of events whose sentence names no place ("Police arrested three men.")
made the fallback to earlier sites read every earlier event. Work is counted (function calls
through the real entry point, the same code the app and ``python -m geo events`` run), for n
and 2n characters; twice the text may cost at most 2.2 times the work.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.shapes import SHAPES, repeat_to

from .work import analyse_file, count_calls, growth

# Big enough that the old quadratic terms dominated (ratios 2.6-4.8 at these sizes), small
# enough that a counted run stays a few seconds.
SIZES = {
    "prose": 6_000,
    "one_line_prose": 6_000,
    "us_dotted": 4_000,
    "initials": 4_000,
    "initials_tight": 3_000,
    "arrest_lines": 12_000,
    "unplaced_lines": 12_000,
    "placeless_lines": 12_000,
    "wrapped_lines": 12_000,
    "dots": 6_000,
    "bang_question": 6_000,
    "json_quote_backslash": 20_000,
    "jsonl_quote_backslash": 20_000,
}
MAX_GROWTH = 2.2


def _analyse_or_refuse(name: str, data: bytes) -> None:
    from geo.errors import InputError

    try:
        analyse_file(name, data)
    except InputError:
        pass  # a malformed JSON file is refused with a message: still read once, linearly


@pytest.mark.parametrize("shape", sorted(SIZES))
def test_twice_the_text_is_at_most_about_twice_the_work(shape: str) -> None:
    make = SHAPES[shape]
    n = SIZES[shape]
    _analyse_or_refuse(*make(n))
    small = count_calls(lambda: _analyse_or_refuse(*make(n)))
    large = count_calls(lambda: _analyse_or_refuse(*make(2 * n)))
    assert large <= MAX_GROWTH * small, f"{shape}: {small:,} calls for {n:,} chars, {large:,} for {2 * n:,}"


# More shapes of our own: statements (diplomatic events look back at earlier events), pronouns
# and references ("he", "the two countries" look back at earlier actors), capitalised runs.
_OWN = {
    "statements": "Pakistan condemned the attack on Iran, officials in Islamabad said.\n",
    "pronouns": "Gen. Tariq Khan visited Quetta. He said the two countries would talk.\n",
    "caps_run": "Quetta Karachi Lahore Peshawar Multan ",
    "hyphen_caps": "Tehreek-e-Taliban-",
    "border_their": "Iran and Pakistan clashed along their border near Taftan.\n",
    # a speaker that is no country, after countries named in every line: the speaker's country
    # was looked for through every country named before
    "denials": "Iranian officials met. Rebels denied the claim.\n",
    # an incident no earlier words place, then places: each looks ahead for the next place named
    "unplaced_then_named": "In a separate attack, two guards were hurt. Reporters went to Quetta and Kabul.\n",
}


@pytest.mark.parametrize("unit", sorted(_OWN))
def test_own_shapes_grow_linearly(unit: str) -> None:
    text = _OWN[unit]
    small, large, ratio = growth(lambda n: ("own.txt", repeat_to(text, n).encode()), 8_000)
    assert ratio <= MAX_GROWTH, f"{unit}: {small:,} -> {large:,} calls (x{ratio:.2f})"


# Random short units, plus units known to have been hostile (hypothesis shrinks towards them).
_UNITS = st.one_of(
    st.sampled_from(["U.S. ", "A. ", "A.", "!?", "Quetta Karachi ", "Tehreek-e-", "He said. ", "a\n" * 40]),
    st.text(alphabet=list("AUSab .!?\"\\'\n-,:;()QuetaIrnPk"), min_size=1, max_size=12),
)


@settings(max_examples=15)
@given(unit=_UNITS)
def test_any_repeated_unit_grows_linearly(unit: str) -> None:
    """Long runs of one repeated unit, whatever it is: twice the text, about twice the work."""
    if not unit.strip():
        unit = unit + "A."

    def make(n: int) -> tuple[str, bytes]:
        return "unit.txt", ("Title\n" + repeat_to(unit, n)).encode()

    analyse_file(*make(2_000))
    small = count_calls(lambda: analyse_file(*make(2_000)))
    large = count_calls(lambda: analyse_file(*make(4_000)))
    # a fixed cost per article (title, dateline, limits) weighs on tiny texts: allow it once
    assert large <= MAX_GROWTH * small + 2_000, f"{unit!r}: {small:,} -> {large:,} calls"


class _CountingStr(str):
    """A text that counts the characters copied out of it by slicing (work a call count misses)."""

    copied = 0

    def __getitem__(self, key):  # noqa: ANN001, ANN204
        out = str.__getitem__(self, key)
        if isinstance(key, slice):
            type(self).copied += len(out)
        return out


def _copied(text: str, fn) -> int:  # noqa: ANN001
    _CountingStr.copied = 0
    fn(_CountingStr(text))
    return _CountingStr.copied


@pytest.mark.parametrize("shape", ["wrapped_lines", "arrest_lines", "prose", "dots"])
@pytest.mark.parametrize("stage", ["paragraphs", "split"])
def test_sentence_splitting_copies_characters_linearly(shape: str, stage: str) -> None:
    """A hard-wrapped paragraph was copied whole for every line it grew by (quadratic)."""
    from geo.text import sentences

    fn = getattr(sentences, stage)
    small = _copied(SHAPES[shape](20_000)[1].decode(), fn)
    large = _copied(SHAPES[shape](40_000)[1].decode(), fn)
    assert large <= MAX_GROWTH * max(small, 1_000), f"{shape}/{stage}: {small:,} -> {large:,} characters copied"
