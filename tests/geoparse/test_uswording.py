"""The United States from an article's wording (geo.geoparse.uswording): the grouped whole-word
regexes match exactly what the plain alternation matches, and British spellings veto the cues."""
from __future__ import annotations

import re

import pytest

from geo.geoparse import uswording
from geo.geoparse.uswording import _words_re, us_weight

TEXTS = [
    "The Sheriff's deputies met the school board, the GOP and two Democrats on I-95 at 40 Fahrenheit.",
    "State Rep. Ann Lee told the county commissioners and the city council about the township.",
    "sheriffs sheriff's sheriffdom interstates i-4 i-1234 d.a. zip zipper pta ptolemy selectmen",
    "The colour of the centre's programme; neighbours travelled amongst the kerb and cheques.",
    "The high school, the middle school and the elementary school; the police chief and fire chief.",
]


@pytest.mark.parametrize("words", [uswording._US_CUE_WORDS, uswording._NON_US_WORDS])
@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
@pytest.mark.parametrize("text", TEXTS)
def test_grouped_alternatives_match_as_the_plain_alternation(words, flags, text):
    plain = re.compile(rf"\b(?:{words})\b", flags)
    for t in (text, text.lower()):
        assert [m.span() for m in _words_re(words, flags).finditer(t)] == [m.span() for m in plain.finditer(t)]


def test_cues_count_once_each_and_british_spellings_veto_them():
    assert us_weight("No such words here.") == 0.0
    assert us_weight("The sheriff and the sheriff again.") == 0.5  # one distinct cue
    assert us_weight("Republicans and a Republican, the sheriff.") == 1.0  # plural = singular
    assert us_weight("Sheriff, GOP, township, zip, PTA, aldermen.") == 2.0  # at most 2
    assert us_weight("The sheriff opened the new centre.") == 0.0
    assert us_weight("The sheriff opened the new centre, ı.") == 0.0  # the case-odd path
    assert us_weight("Only a centre, no cue.") == 0.0
