"""Sports reports: games told in the words of war.

A match report says "the clash in Lisbon", "hosted Afghanistan", "a penalty shoot-out": read word
by word these are battles, visits and shootings. An article that uses many different words of a
game (``lexicon.sport_words``), densely, is a sports report: its battles, visits and meetings are
games and tours ("the hosts began the chase", "Ghana meet Cape Verde in Lisbon"), whether or not
their sentence has a word of sport. Kept: crowd events (fans who riot or march are news wherever
they are told, not a side that "ran riot" on the pitch) and incidents with dead or wounded counted
(no game kills).
"""
from __future__ import annotations

from geo.events import rules as lex
from geo.events.drafts import Draft
from geo.events.rules import PR, RI

__all__ = ["games_left_out", "is_sports_report"]

#: A sports report names at least this many different words of a game ...
_DISTINCT = 6
#: ... at least this many times per 100 words (a war story with one paragraph on a match does not)
_PER_100_WORDS = 3.0


def is_sports_report(text: str) -> bool:
    """Does ``text`` use many different words of a game, densely (see the module)?"""
    words = [m.group(0).lower() for m in lex.SPORT_WORDS.finditer(text)]
    return len(set(words)) >= _DISTINCT and 100 * len(words) >= _PER_100_WORDS * max(1, len(text.split()))


def games_left_out(drafts: list[Draft], text: str) -> list[Draft]:
    """``drafts`` without the games a sports report tells in the words of war."""
    if not drafts or not is_sports_report(text):
        return drafts
    return [d for d in drafts if (d.type in (PR, RI) and not _side_ran_riot(d, text)) or d.fatalities]


def _side_ran_riot(d: Draft, text: str) -> bool:
    """Is riot draft ``d`` a side that "ran riot" in the game (``lexicon.side_ran_riot``: no crowd
    named before it in its clause)?"""
    return d.type == RI and lex.SIDE_RAN_RIOT.match(text, max(0, d.trigger.start - 60), d.trigger.start) is not None
