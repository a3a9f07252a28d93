"""Sentence splitting: offsets into the original text, abbreviations, quotes, paragraphs."""
from __future__ import annotations

import pytest

from geo.models import Span
from geo.text.sentences import overlaps, paragraphs, split


def texts(text: str, skip=()) -> list[str]:
    return [text[s.start:s.end] for s in split(text, skip)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gen. Asim Munir visited Tehran. He met Dr. Ali Reza on Oct. 14 in the capital.",
            ["Gen. Asim Munir visited Tehran.", "He met Dr. Ali Reza on Oct. 14 in the capital."],
        ),
        ("The U.S. envoy arrived. The talks began.", ["The U.S. envoy arrived.", "The talks began."]),
        ("Aid came from the U.S. The army said so.", ["Aid came from the U.S.", "The army said so."]),
        ("Mr. J. R. Smith spoke. Then he left!", ["Mr. J. R. Smith spoke.", "Then he left!"]),
        ('"Stop the attacks," the statement read. "Now."', ['"Stop the attacks," the statement read.', '"Now."']),
        ('He said "we will act." Officials agreed.', ['He said "we will act."', "Officials agreed."]),
        ("Was it planned? Nobody knows.", ["Was it planned?", "Nobody knows."]),
        ("Version 2.5 of the plan failed. It was dropped.", ["Version 2.5 of the plan failed.", "It was dropped."]),
        # paragraphs a page joined without a space still end at the stop
        (
            "Villagers chased off the raiders.Medics said four were hurt.",
            ["Villagers chased off the raiders.", "Medics said four were hurt."],
        ),
        # (an address or an acronym glued to a word is no sentence end)
        ("Read more at lerana-news.com today.", ["Read more at lerana-news.com today."]),
        ("Aid came from the U.S.The army said so.", ["Aid came from the U.S.The army said so."]),
    ],
)
def test_split(text, expected):
    assert texts(text) == expected


def test_newlines_are_paragraph_breaks_and_offsets_are_exact():
    text = "Headline without a stop\n\nIslamabad: Officials spoke. They left.\nShare:\n"
    spans = split(text)
    assert [text[s.start:s.end] for s in spans] == [
        "Headline without a stop",
        "Islamabad: Officials spoke.",
        "They left.",
        "Share:",
    ]
    assert all(not text[s.start].isspace() and not text[s.end - 1].isspace() for s in spans)


def test_hard_wrapped_lines_join_into_one_paragraph():
    text = (
        "Officials said the militants had crossed the border at night and attacked a\n"
        "post before dawn. Nobody was hurt.\n"
    )
    assert texts(text) == [
        "Officials said the militants had crossed the border at night and attacked a\npost before dawn.",
        "Nobody was hurt.",
    ]
    assert len(paragraphs(text)) == 1


def test_skipped_spans_drop_their_sentences():
    text = "Police arrested two men.\nAlso Read: Storm hits coast\nThey were freed."
    start = text.index("Also")
    assert texts(text, [Span(start, start + 27)]) == ["Police arrested two men.", "They were freed."]


def test_overlaps():
    assert overlaps(Span(0, 5), (4, 9)) and not overlaps((0, 5), (5, 9))


def test_empty_and_whitespace_text():
    assert split("") == () and split("  \n\n ") == ()


def test_split_reads_the_paragraphs_it_is_given() -> None:
    text = "Talks in Quetta\nGen. Asim Munir visited Tehran. He met Dr. Ali Reza.\n\nthe end of a line that was\nwrapped here. Next one."
    assert split(text, paras=paragraphs(text)) == split(text)
    # only the paragraphs given are read: a caller that has them does not pay for them twice
    assert split(text, paras=paragraphs(text)[:1]) == (Span(0, 15),)
