"""The event rules file (geo/lang/en/events.toml): every rule's example sentences fire it, its
counter-examples do not, the loader refuses a broken file with a message saying the fix, and no
code in geo/events decides anything by a rule's name."""
from __future__ import annotations

import copy
import re
import tomllib
from pathlib import Path

import pytest

from geo.errors import DataError
from geo.events import ruleset
from geo.events.rules import GENERIC
from geo.events.triggers import find_triggers
from geo.models import Span

RULES_FILE = Path(ruleset.__file__).parents[1] / "lang" / "en" / "events.toml"
_SET = ruleset.load()
_ALL = (*_SET.rules, _SET.reported)


def _fired(sentence: str) -> set[str]:
    return {t.rule.name for t in find_triggers(sentence, Span(0, len(sentence)))}


def _cases(attr: str) -> list:
    return [pytest.param(r.name, s, id=f"{r.name}: {s[:50]}") for r in _ALL for s in getattr(r, attr)]


@pytest.mark.parametrize(("name", "sentence"), _cases("examples"))
def test_example_fires_its_rule(name: str, sentence: str) -> None:
    assert name in _fired(sentence)


@pytest.mark.parametrize(("name", "sentence"), _cases("counter_examples"))
def test_counter_example_does_not_fire_its_rule(name: str, sentence: str) -> None:
    assert name not in _fired(sentence)


def test_every_rule_has_examples_both_ways() -> None:
    lacking = [r.name for r in _ALL if not r.examples or not r.counter_examples]
    assert lacking == []


def test_vetoes_are_data_and_fire() -> None:
    # the rules whose words are vetoed near them: the veto, not the pattern, drops the counter-example
    accusation = _SET.get("accusation")
    assert accusation is not None and accusation.vetoes
    text = "A man accused of theft appeared before the court."
    m = accusation.pattern.search(text)
    assert m is not None and accusation.vetoed(text, 0, m.start(), m.end())


def test_threat_of_force_takes_its_cameo_cue() -> None:
    threat = _SET.get("threat")
    assert threat is not None
    text = "The commander threatened to strike the rebel positions."
    end = threat.pattern.search(text).end()
    assert threat.cameo_at(text, end) == "138"
    assert threat.cameo_at("They threatened to resign.", len("They threatened")) == threat.cameo == "130"


def test_traits_replace_names() -> None:
    assert [r.name for r in _SET.rules if r.has("territorial")] == ["government-regains", "non-state-overtakes"]
    assert _SET.reported.name == "reported-accusation"
    assert [r.name for r in _SET.rules if r.subtype == GENERIC] == ["armed-assault", "violence"]
    with pytest.raises(ValueError, match="did you mean 'territorial'"):
        _SET.rules[0].has("teritorial")


def test_lexicon_is_handed_out_under_module_names() -> None:
    from geo.events import rules

    assert rules.HOSTILE.search("the raid on the post")
    assert "launched" in rules.ATTRIBUTION_WORDS
    # number words come from geo.lang.en.numbers, not from a copy in the rules file
    assert rules.FATALITIES[1].search("killed seventeen soldiers").group("n") == "seventeen"
    with pytest.raises(AttributeError, match="events.toml"):
        rules.NO_SUCH_PATTERN  # noqa: B018


# -- the loader refuses a broken file, naming the place and the fix


@pytest.fixture(scope="module")
def data() -> dict:
    return tomllib.loads(RULES_FILE.read_text(encoding="utf-8"))


def _rule(d: dict, name: str) -> dict:
    return next(r for r in d["rule"] if r["name"] == name)


def test_the_file_as_shipped_parses_to_the_same_rules(data: dict) -> None:
    again = ruleset.parse(copy.deepcopy(data), "copy")
    assert [r.pattern.pattern for r in again.rules] == [r.pattern.pattern for r in _SET.rules]


def test_unknown_trait_is_refused_with_a_suggestion(data: dict) -> None:
    d = copy.deepcopy(data)
    _rule(d, "armed-clash")["traits"] = ["clahs"]
    with pytest.raises(DataError, match=r"rule 'armed-clash': unknown trait 'clahs' \(did you mean 'clash'\?\)"):
        ruleset.parse(d, "events.toml")


def test_bad_regex_is_refused_with_where_it_is(data: dict) -> None:
    d = copy.deepcopy(data)
    _rule(d, "grenade")["pattern"] = r"\b(?:hand\s+grenades?\b"
    with pytest.raises(DataError, match=r"rule 'grenade': the pattern does not compile: missing \)"):
        ruleset.parse(d, "events.toml")


def test_unknown_macro_is_refused_with_a_suggestion(data: dict) -> None:
    d = copy.deepcopy(data)
    _rule(d, "agreement")["pattern"] = r"\bsigned\s+{{agreement_nouns}}"
    with pytest.raises(DataError, match=r"unknown macro \{\{agreement_nouns\}\} \(did you mean 'agreement_noun'\?\)"):
        ruleset.parse(d, "events.toml")


def test_macro_using_itself_is_refused(data: dict) -> None:
    d = copy.deepcopy(data)
    d["macros"]["det"] = "(?:a|{{det}})"
    with pytest.raises(DataError, match="uses itself"):
        ruleset.parse(d, "events.toml")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda r: r.update(subtype="Air strike"), r"'Air strike' is no sub-type of 'Explosions/Remote violence' \(did you mean 'Air/drone strike'\?\)"),
        (lambda r: r.update(colour="red"), r"unknown key\(s\) \['colour'\]"),
        (lambda r: r.update(veto=[{"pattern": "x", "side": "before"}]), "needs `window`"),
        (lambda r: r.update(veto=[{"pattern": "x", "side": "around", "window": 5}]), "side 'around' should be one of"),
    ],
    ids=["unknown sub-type", "unknown key", "veto without window", "veto side"],
)
def test_malformed_rule_is_refused(data: dict, change, message: str) -> None:
    d = copy.deepcopy(data)
    change(_rule(d, "air-drone-strike"))
    with pytest.raises(DataError, match=message):
        ruleset.parse(d, "events.toml")


def test_a_rule_name_twice_is_refused(data: dict) -> None:
    d = copy.deepcopy(data)
    d["rule"].append(copy.deepcopy(_rule(d, "grenade")))
    with pytest.raises(DataError, match="two rules are called 'grenade'"):
        ruleset.parse(d, "events.toml")


# -- no code decides by a rule's name

_NAME_TEST = re.compile(
    r"""(?:\.name|\.reason|rule_name)\s*(?:==|!=)\s*["']|(?:\.name|\.reason)\s+(?:not\s+)?in\s+[(\[{]|["'][\w-]+["']\s*(?:==|!=)\s*\w+\.(?:name|reason)\b"""
)


def test_no_code_in_events_compares_a_rule_name() -> None:
    root = Path(ruleset.__file__).parent
    found = [
        f"{path.name}:{i}: {line.strip()}"
        for path in sorted(root.glob("*.py"))
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if _NAME_TEST.search(line)
    ]
    assert found == []


def test_the_name_test_would_see_a_comparison() -> None:
    assert _NAME_TEST.search('if t.rule.name == "visit":')
    assert _NAME_TEST.search('if rule.name in ("threat", "rejection"):')
    assert _NAME_TEST.search('if first.trigger.reason == "violence":')
    assert not _NAME_TEST.search('if t.rule.has("visitor_is_subject"):')


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\b(?:the\s+)?(?:raid|Attack)s?", {"at", "ra", "th"}),  # an optional word adds its letters
        (r"(?<!not\s)(?:killed|shot)", {"ki", "sh"}),  # a look-behind takes no character
        (r"(?-i:May)", {"ma"}),  # read ignoring case whatever the flags: tried more often, never less
        (r"[ab]c", {"ac", "bc"}),
        (r"(?:an?\s)?xy", {"xy", "an"} | {"a" + c for c in " \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f"}),  # \s as the engine reads it
        (r"ſhell", {"sh"}),  # "ſ" matches "s" and "S" ignoring case
        (r"[^ab]c", None),  # a negated class: tried everywhere
        (r"(?:an?\s+)*", None),  # may match fewer than two characters: tried everywhere
    ],
)
def test_prefixes_say_what_a_match_can_begin_with(pattern: str, expected: set[str] | None) -> None:
    got = ruleset.prefixes(re.compile(pattern, re.IGNORECASE))
    assert got == (None if expected is None else frozenset(expected))


def test_trying_only_the_rules_that_can_start_a_word_finds_what_all_rules_find() -> None:
    from geo.events import rules as lex
    from geo.events.triggers import _all_rules, _match_at

    full = _all_rules()
    sentences = [s for r in _ALL for s in (*r.examples, *r.counter_examples)]
    assert len(sentences) > 100
    for sentence in sentences:
        for w in re.finditer(r"\b\w", sentence):
            got = _match_at(sentence, w.start(), len(sentence))
            want = full.match(sentence, w.start())
            assert (got and (lex.RULES[got[0]].name, got[1].span())) == (
                want and (lex.RULES[int(want.lastgroup[1:])].name, want.span())
            ), sentence


def test_a_word_opening_with_a_non_ascii_letter_is_tried_with_every_rule() -> None:
    # "ſ" (long s) matches "s" under IGNORECASE, as the rules are compiled: it still fires "shelling"
    assert _fired("Shelling hit the town.") == {"shelling"}
    assert _fired("ſhelling hit the town.") == {"shelling"}


def test_a_word_list_macro_is_one_alternative_wherever_it_stands(data: dict) -> None:
    # "{{number_words}}\s+": the space follows any number word, not only the last of the list
    d = copy.deepcopy(data)
    _rule(d, "agreement")["pattern"] = r"\bsigned\s+{{number_words}}\s+new\s+accords\b"
    _rule(d, "agreement")["examples"] = []
    rule = _rule_of(ruleset.parse(d, "events.toml"), "agreement")
    assert rule.pattern.search("The two ministers signed five new accords.")
    assert not rule.pattern.search("The two ministers signed five accords.")


def _rule_of(rs: ruleset.RuleSet, name: str) -> ruleset.Rule:
    return next(r for r in rs.rules if r.name == name)
