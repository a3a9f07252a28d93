"""Sports reports: games told in the words of war are no events; crowds and the dead are."""
from __future__ import annotations

from event_fixtures import read

from geo.events.sport import is_sports_report

MATCH_REPORT = (
    "QUETTA: A brisk 61 from the captain and tight bowling carried the hosts to a six-wicket win over "
    "Menaka in the second T20 match on Sunday. The hosts began the chase steadily and the openers added "
    "forty runs in five overs. Menaka's coach said his squad would clash with the league leaders in the "
    "semi-final. Lerana meet Kestria in Quetta on Wednesday, and the winners qualify for the final of the "
    "tournament at the new stadium."
)


def test_a_match_report_tells_no_battle_visit_or_meeting():
    assert is_sports_report(MATCH_REPORT)
    assert [(e.type, e.subtype) for e in read(MATCH_REPORT) if e.modality == "asserted"] == []


def test_fans_who_riot_and_people_killed_are_news_in_a_match_report_too():
    text = MATCH_REPORT + " After the match, fans hurled stones at the police outside the stadium in Quetta."
    assert [e.type for e in read(text) if e.modality == "asserted"] == ["Riots"]
    text = MATCH_REPORT + " Gunmen killed two players on the road to Quetta on Sunday."
    assert [e.type for e in read(text) if e.modality == "asserted"] == ["Violence against civilians"]


def test_a_news_story_with_a_word_of_sport_keeps_its_events():
    text = (
        "Militants attacked a police post in Quetta on Sunday, police said. The post stands near the "
        "cricket stadium, where the league final was played last year."
    )
    assert not is_sports_report(text)
    assert [e.type for e in read(text) if e.modality == "asserted"] == ["Battles"]


def test_a_short_match_report_told_by_its_halves_and_score_is_a_sports_report():
    # no league, cup or stadium named: the game, its halves, the scoring and the score sheet say it
    text = (
        "Both sides played lively football in the first half and created chances in front of goal, but "
        "neither could break the deadlock. After the break Rovers dominated the game and kept scoring "
        "chances coming, while United opened the score sheet on the counter. Rovers fought back but "
        "could not turn their chances into an equaliser, and the game ended 1-0."
    )
    assert is_sports_report(text)
    assert [e.type for e in read(text) if e.modality == "asserted"] == []


def test_a_side_that_ran_riot_on_the_pitch_is_no_riot():
    # "ran riot" of a side in a sports report: it scored at will
    text = MATCH_REPORT + " In the other game the Lerana side ran riot in Quetta, scoring six goals in the second half."
    assert [e.type for e in read(text) if e.modality == "asserted"] == []


def test_fans_who_ran_riot_in_a_match_report_are_a_riot():
    text = MATCH_REPORT + " After the match, visiting fans ran riot in Quetta, smashing shop windows."
    assert [e.type for e in read(text) if e.modality == "asserted"] == ["Riots"]


def test_a_club_named_with_fc_and_the_games_set_phrases_say_sports_report():
    # five words of the game alone are too few; a club's "FC", a hat-trick and a clean sheet say it
    text = (
        "Kestria hosted Lerana FC on Saturday. Arvo scored a hat-trick in the first half and the "
        "goalkeeper kept a clean sheet, though Lerana seemed dangerous on the attack after a free kick."
    )
    assert is_sports_report(text)
    assert [e.type for e in read(text) if e.modality == "asserted"] == []
