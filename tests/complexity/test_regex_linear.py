"""The patterns that once backtracked quadratically read each character a bounded number of times.

The regex engine's steps cannot be counted from Python, so these tests pin the property that
makes each scan linear, on the hostile inputs of issue #16 (wall times: bench/bench_hostile.py):

* JSON size pre-check (``formats._JSON_STRING``): an unterminated string (``"\\"\\"\\…``) is
  consumed whole by ONE match, so ``sub`` never restarts inside it (it restarted at every
  quote and rescanned to the end: 128 KB took 43 s);
* sentence ends (``sentences._END``): a run of stops (``A.....``, ``!?!?…``) is entered only at
  its first character and taken whole, never retried from each character of the run.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.errors import InputError
from geo.ingest import formats
from geo.ingest import readers as ingest
from geo.text import sentences


@pytest.mark.parametrize("body", ['"\\' * 5000, '"\\' * 5000 + '"', '"' + "\\\\" * 5000, '"' + "a\\" * 4000])
def test_an_unterminated_json_string_is_one_match_to_the_end(body: str) -> None:
    m = formats._JSON_STRING.match(body)
    assert m is not None and m.end() == len(body)
    assert len(formats._JSON_STRING.findall(body)) == 1


@given(st.lists(st.sampled_from(['"', "\\", "a", ",", "[", "{", " "]), max_size=60).map("".join))
@settings(max_examples=200)
def test_json_strings_match_as_the_json_grammar_says(text: str) -> None:
    """Every match is a JSON string (escapes pairwise), or an unterminated one up to the end."""
    for m in formats._JSON_STRING.finditer(text):
        s = m.group(0)
        i, closed = 1, False
        while i < len(s):
            if s[i] == "\\":
                i += 2
                continue
            if s[i] == '"':
                closed = i == len(s) - 1
                break
            i += 1
        assert closed or m.end() == len(text), (text, s)


def test_a_json_file_of_repeated_quote_backslash_is_refused_not_stalled() -> None:
    with pytest.raises(InputError, match="not valid JSON"):
        ingest.read_bytes("quotes.json", ('"' + '"\\' * 200_000).encode())


@pytest.mark.parametrize("run", ["." * 3000, "!?" * 1500, "…" * 1000, ".!?" * 1000])
def test_a_run_of_stops_is_entered_only_at_its_first_character(run: str) -> None:
    text = "A" + run + " Then"
    starts = [p for p in range(len(text)) if sentences._END.match(text, p)]
    assert starts == [1]  # the whole run at once; never from inside it
    assert sentences._END.match(text, 1).end() == len(text) - len("Then")


def test_runs_of_stops_still_end_sentences_as_before() -> None:
    text = "They left... Then?! Police came. 'Stop.' He ran!"
    got = [text[s.start:s.end] for s in sentences.split(text)]
    assert got == ["They left...", "Then?!", "Police came.", "'Stop.'", "He ran!"]
