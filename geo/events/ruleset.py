"""Event rules read from data: ``geo/lang/<lang>/events.toml`` checked, compiled once and cached.

The file holds the trigger rules (pattern, ACLED type and sub-type, CAMEO code, traits, vetoes,
CAMEO cues, example sentences), the shared pattern pieces (``[macros]``, written ``{{name}}``
inside a pattern), the patterns the event modules read (``[lexicon]``) and word sets
(``[words]``). Code never asks a rule for its name: it asks for a trait, ``rule.has("clash")``,
so a rule can be renamed, split or added in the data alone.

>>> rules = load()
>>> [r.name for r in rules.rules if r.has("territorial")]
['government-regains', 'non-state-overtakes']
"""
from __future__ import annotations

import difflib
import functools
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources

from geo.errors import DataError
from geo.lang.en import alternation

__all__ = ["TRAITS", "Rule", "Veto", "CameoCue", "RuleSet", "load", "parse", "prefixes", "reach_before", "patterns_of"]

#: Every trait a rule may carry, and what the code does for a rule that has it. A trait outside
#: this table is refused when the file is read (a typo would otherwise silently do nothing).
TRAITS: dict[str, str] = {
    "reported_accusation": "scanned apart, only where an attack's attribution follows; its target is the accused",
    "attribution": "a claim of who did an attack: dropped beside a reported accusation saying the same",
    "territorial": "the sub-type is decided by who took the territory (state forces or anyone else)",
    "clash": "beside a protest, it makes the protest a violent demonstration instead of an event of its own",
    "part_of_protest": "beside a protest, part of that protest event",
    "speech_act": "the statement itself was made: always asserted, whatever words surround it",
    "promise": "a pledge, vow or promise tells an act to come: listed as planned, not drawn",
    "visitor_is_subject": "a visit to a destination: the destination's country is the host party",
    "hosted_here": "a hosted visit: the place after 'in' is where it happened",
    "about_earlier_event": "a reaction to an event told before: that event's party is the other party",
    "denial": "a denial: no accusation a later reaction can refer to",
    "appeal": "an appeal: no diplomatic act when addressed to the speaker's own people or told in the passive with nobody making it",
    "summons_envoy": "an envoy summoned: the envoy's country is the other party; placed where summoned",
    "may_sit_on_border": "placed on a border segment when the sentence puts it there, like violent events",
    "may_be_accident": "an explosion that an industrial cause and no device or attacker make an accident",
    "pact": "an agreement: between armed parties only when its sentence says so (lexicon.armed_pact), else governments'",
    "needs_strike": "what a strike shuts: an event only where its sentence names a strike (lexicon.strike_word)",
    "between_states": "a call, denial or claim of who did it: an event only when a state's speaker addresses, answers or blames another state",
}

#: Macros the code builds from the word lists of geo.lang.en (one home per list).
def _word_list_macros() -> dict[str, str]:
    from geo.lang.en.calendar import MONTH_NAMES, WEEKDAYS
    from geo.lang.en.numbers import NUMBER_WORDS, SMALL_NUMBER_WORDS
    from geo.lang.en.titles import TITLE_ABBREVIATIONS

    return {
        # no weekday is the start of another, so their order in the alternation changes no match
        "weekdays": alternation(WEEKDAYS),
        # capitalised, for case-sensitive use ((?-i:{{month_names}})): "may" and "march" are also verbs
        "month_names": alternation(m.capitalize() for m in MONTH_NAMES),
        # "a", "an" and "hundred" are read by the patterns themselves ("a dozen", "hundreds")
        "number_words": alternation(w for w in NUMBER_WORDS if w not in ("a", "an", "hundred")),
        "small_number_words": alternation(SMALL_NUMBER_WORDS),
        # "FM", "PM": a title as its initials (case-sensitive: "pm" is a time of day)
        "title_abbreviations": alternation(TITLE_ABBREVIATIONS),
    }


_SIDES = ("before", "after")
_RULE_KEYS = frozenset({"name", "type", "subtype", "cameo", "traits", "pattern", "examples", "counter_examples", "veto", "cameo_cue"})
_MACRO = re.compile(r"\{\{(\w+)\}\}")


@dataclass(frozen=True, slots=True)
class Veto:
    """Words that, near a trigger, mean it is no event of its rule ("a man *accused of* theft").

    ``side="before"``: found in the ``window`` characters before the trigger (within its sentence);
    ``side="after"``: starting right after the trigger.
    """

    pattern: re.Pattern[str]
    side: str
    window: int | None = None

    def applies(self, text: str, lo: int, start: int, end: int) -> bool:
        if self.side == "before":
            return self.pattern.search(text, max(lo, start - (self.window or 0)), start) is not None
        return self.pattern.match(text, end) is not None


@dataclass(frozen=True, slots=True)
class CameoCue:
    """Words in the ``window`` characters after a trigger that give the event another CAMEO code."""

    pattern: re.Pattern[str]
    window: int
    code: str


@dataclass(frozen=True, slots=True)
class Rule:
    """One trigger pattern: the words that signal an event of ``type`` / ``subtype``."""

    name: str  # shown to the user as Event.rule; never compared by the code
    type: str
    subtype: str
    pattern: re.Pattern[str]
    cameo: str | None = None
    traits: frozenset[str] = frozenset()
    vetoes: tuple[Veto, ...] = ()
    cameo_cues: tuple[CameoCue, ...] = ()
    examples: tuple[str, ...] = field(default=(), compare=False)
    counter_examples: tuple[str, ...] = field(default=(), compare=False)

    def has(self, trait: str) -> bool:
        """Does the rule carry ``trait`` (one of :data:`TRAITS`)?"""
        if trait not in TRAITS:
            raise ValueError(f"unknown trait {trait!r}{_did_you_mean(trait, TRAITS)}; the traits are listed in geo.events.ruleset.TRAITS")
        return trait in self.traits

    def vetoed(self, text: str, lo: int, start: int, end: int) -> bool:
        """Does a veto of the rule apply to the trigger at ``start:end`` (sentence from ``lo``)?"""
        return any(v.applies(text, lo, start, end) for v in self.vetoes)

    def cameo_at(self, text: str, end: int) -> str | None:
        """The CAMEO code of this rule's trigger ending at ``end``: a cue's, else the rule's."""
        for cue in self.cameo_cues:
            if cue.pattern.search(text[end:end + cue.window]):
                return cue.code
        return self.cameo


@dataclass(frozen=True)
class RuleSet:
    """A language's event rules: ``rules`` scanned together, ``reported`` apart, and the lexicon."""

    source: str
    rules: tuple[Rule, ...]
    reported: Rule
    lexicon: Mapping[str, re.Pattern[str] | list[re.Pattern[str]]]
    macros: Mapping[str, str]
    words: Mapping[str, frozenset[str]]

    def get(self, name: str) -> Rule | None:
        """The rule called ``name`` (an event's ``trigger.reason``), or None for a name no rule has."""
        return next((r for r in (*self.rules, self.reported) if r.name == name), None)


@functools.cache
def load(lang: str = "en") -> RuleSet:
    """The rules of ``lang``, read from ``geo/lang/<lang>/events.toml`` once."""
    ref = resources.files("geo.lang").joinpath(lang, "events.toml")
    source = f"geo/lang/{lang}/events.toml"
    try:
        data = tomllib.loads(ref.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise DataError(f"{source} is missing: the event rules of {lang!r} are read from it") from error
    except tomllib.TOMLDecodeError as error:
        raise DataError(f"{source} is no valid TOML: {error}") from error
    return parse(data, source)


def parse(data: Mapping[str, object], source: str = "<rules>") -> RuleSet:
    """Check and compile the tables of a rules file (already read as TOML); errors say the fix."""
    unknown = set(data) - {"macros", "rule", "lexicon", "words"}
    if unknown:
        raise DataError(f"{source}: unknown table(s) {sorted(unknown)!r}; a rules file holds [macros], [[rule]], [lexicon] and [words]")
    raw_macros = {k: _joined(v, f"macro {k!r}", source) for k, v in _table(data, "macros", source).items()}
    code_macros = _word_list_macros()
    clash = set(raw_macros) & set(code_macros)
    if clash:
        raise DataError(f"{source}: macro(s) {sorted(clash)!r} are built from geo.lang.en word lists; rename the ones in [macros]")

    def expand(text: str, where: str, seen: tuple[str, ...] = ()) -> str:
        def sub(m: re.Match[str]) -> str:
            name = m.group(1)
            if name in code_macros:
                # a word list is one alternative wherever it stands: "shot down {{number_words}}\s+"
                # must read "(?:five|six|...)\s+", not "five|six|...|two\s+" (the space bound to the last word)
                return f"(?:{code_macros[name]})"
            if name not in raw_macros:
                known = sorted({*raw_macros, *code_macros})
                raise DataError(
                    f"{source}: {where}: unknown macro {{{{{name}}}}}{_did_you_mean(name, known)}; "
                    f"define it under [macros] or use one of {known!r}"
                )
            if name in seen:
                raise DataError(f"{source}: {where}: macro {name!r} uses itself ({' -> '.join((*seen, name))})")
            return expand(raw_macros[name], f"macro {name!r}", (*seen, name))

        return _MACRO.sub(sub, text)

    def compile_(value: object, where: str, flags: int) -> re.Pattern[str]:
        text = expand(_joined(value, where, source), where)
        try:
            return re.compile(text, flags)
        except re.error as error:
            near = text[max(0, (error.pos or 0) - 20):(error.pos or 0) + 20]
            raise DataError(f"{source}: {where}: the pattern does not compile: {error.msg} near {near!r}") from error

    rules = [_rule(r, i, source, compile_) for i, r in enumerate(_array(data, "rule", source))]
    seen: set[str] = set()
    for r in rules:
        if r.name in seen:
            raise DataError(f"{source}: two rules are called {r.name!r}; rule names are shown to users and must differ")
        seen.add(r.name)
    apart = [r for r in rules if "reported_accusation" in r.traits]
    if len(apart) != 1:
        raise DataError(f"{source}: exactly one rule must carry the trait 'reported_accusation', found {[r.name for r in apart]!r}")

    lexicon: dict[str, re.Pattern[str] | list[re.Pattern[str]]] = {}
    for name, entry in _table(data, "lexicon", source).items():
        where = f"lexicon {name!r}"
        if not isinstance(entry, dict) or set(entry) - {"pattern", "patterns", "ignore_case"} or ("pattern" in entry) == ("patterns" in entry):
            raise DataError(f"{source}: {where}: write one of `pattern` or `patterns`, and optionally `ignore_case = true`")
        flags = re.IGNORECASE if entry.get("ignore_case", False) is True else 0
        if "pattern" in entry:
            lexicon[name] = compile_(entry["pattern"], where, flags)
        else:
            lexicon[name] = [compile_(p, f"{where}, pattern {j + 1}", flags) for j, p in enumerate(_list(entry["patterns"], where, source))]
    words = {}
    for name, ws in _table(data, "words", source).items():
        if not isinstance(ws, list) or not all(isinstance(w, str) for w in ws):
            raise DataError(f"{source}: words {name!r}: expected a list of strings, got {ws!r}")
        words[name] = frozenset(ws)
    macros = {k: expand(v, f"macro {k!r}") for k, v in raw_macros.items()}
    return RuleSet(source, tuple(r for r in rules if r not in apart), apart[0], lexicon, macros, words)


def _rule(entry: object, i: int, source: str, compile_) -> Rule:
    if not isinstance(entry, dict):
        raise DataError(f"{source}: rule {i + 1}: expected a table, got {entry!r}")
    name = entry.get("name")
    if not isinstance(name, str) or not name:
        raise DataError(f"{source}: rule {i + 1} has no `name`")
    where = f"rule {name!r}"
    unknown = set(entry) - _RULE_KEYS
    if unknown:
        raise DataError(f"{source}: {where}: unknown key(s) {sorted(unknown)!r}; a rule has {sorted(_RULE_KEYS)!r}")
    for key in ("type", "subtype", "pattern"):
        if key not in entry:
            raise DataError(f"{source}: {where} has no `{key}`")
    _check_taxonomy(entry["type"], entry["subtype"], where, source)
    traits = _list(entry.get("traits", []), where, source)
    for t in traits:
        if t not in TRAITS:
            raise DataError(
                f"{source}: {where}: unknown trait {t!r}{_did_you_mean(t, TRAITS)}; "
                f"known traits are {sorted(TRAITS)!r} (a new one is added to geo.events.ruleset.TRAITS with the code that reads it)"
            )
    vetoes = []
    for j, v in enumerate(_list(entry.get("veto", []), where, source)):
        vw = f"{where}, veto {j + 1}"
        if not isinstance(v, dict) or set(v) - {"pattern", "side", "window"} or "pattern" not in v:
            raise DataError(f"{source}: {vw}: a veto is a table with `pattern`, `side` and (before the trigger) `window`")
        side = v.get("side")
        if side not in _SIDES:
            raise DataError(f"{source}: {vw}: side {side!r} should be one of {_SIDES!r}")
        window = v.get("window")
        if side == "before" and not (isinstance(window, int) and window > 0):
            raise DataError(f"{source}: {vw}: a veto before the trigger needs `window`, a positive number of characters, got {window!r}")
        vetoes.append(Veto(compile_(v["pattern"], vw, re.IGNORECASE), side, window))
    cues = []
    for j, c in enumerate(_list(entry.get("cameo_cue", []), where, source)):
        cw = f"{where}, cameo_cue {j + 1}"
        if not isinstance(c, dict) or set(c) != {"pattern", "side", "window", "code"} or c["side"] != "after":
            raise DataError(f"{source}: {cw}: a CAMEO cue is a table with `pattern`, `side = \"after\"`, `window` and `code`")
        cues.append(CameoCue(compile_(c["pattern"], cw, re.IGNORECASE), int(c["window"]), str(c["code"])))
    return Rule(
        name,
        entry["type"],
        entry["subtype"],
        compile_(entry["pattern"], where, re.IGNORECASE),
        entry.get("cameo"),
        frozenset(traits),
        tuple(vetoes),
        tuple(cues),
        tuple(_list(entry.get("examples", []), where, source)),
        tuple(_list(entry.get("counter_examples", []), where, source)),
    )


def prefixes(pattern: re.Pattern[str], k: int = 2) -> frozenset[str] | None:
    """The strings of ``k`` ASCII characters, in lower case, that a match of ``pattern`` can begin
    with; None when that cannot be told (a back-reference, a class negated) or when a match may be
    shorter than ``k``: a caller then tries the pattern everywhere.

    With it a scan tries at a word only the rules that can start there (see
    :func:`geo.events.triggers.find_triggers`). Each character is read as the engine reads it with
    IGNORECASE ("ſ" matches "s", "K" matches "k"), whatever the pattern's flags: a rule is then
    only tried more often than needed, never less.

    >>> sorted(prefixes(re.compile(r"\\b(?:the\\s+)?(?:raid|Attack)s?")))
    ['at', 'ra', 'th']
    """
    # re._parser is the standard library's own reading of a pattern (Python 3.11+): reading it
    # there rather than by hand keeps macros, groups and flags exactly as the engine sees them
    from re import _constants as op
    from re import _parser

    class Unknown(Exception):
        pass

    def seq(items: list) -> set[str]:
        """The first ``k`` characters of the sequence; shorter strings where it may end sooner."""
        acc = {""}
        for item in items:
            if all(len(a) >= k for a in acc):
                break
            acc = _join(acc, one(*item))
        return acc

    def _join(heads: set[str], tails: set[str]) -> set[str]:
        return {h if len(h) >= k else (h + t)[:k] for h in heads for t in (tails if len(h) < k else ("",))}

    def one(code: object, arg: object) -> set[str]:
        if code is op.LITERAL:
            return _ascii_keys(_class_of_char(arg))
        if code is op.IN:
            return _ascii_keys(_class_of_items(arg))
        if code in (op.ANY, op.NOT_LITERAL):
            return set(_ASCII_KEYS)
        if code in (op.AT, op.ASSERT, op.ASSERT_NOT):
            return {""}  # \b, look-arounds: they take no character
        if code is op.SUBPATTERN:
            return seq(list(arg[3]))
        if code is op.ATOMIC_GROUP:
            return seq(list(arg))
        if code is op.BRANCH:
            return set().union(*(seq(list(b)) for b in arg[1]))
        if code in (op.MAX_REPEAT, op.MIN_REPEAT, op.POSSESSIVE_REPEAT):
            lo, hi, body = arg
            piece = seq(list(body))
            out: set[str] = set()
            # beyond k repetitions the first k characters are those of k repetitions
            for n in range(min(lo, k), min(hi, k) + 1):
                acc = {""}
                for _ in range(n):
                    acc = _join(acc, piece)
                out |= acc
            return out
        raise Unknown(code)

    def _class_of_char(ch: int) -> str:
        return re.escape(chr(ch))

    def _class_of_items(items: list) -> str:
        parts = []
        for code, arg in items:
            if code is op.LITERAL:
                parts.append(f"\\U{arg:08x}")
            elif code is op.RANGE:
                parts.append(f"\\U{arg[0]:08x}-\\U{arg[1]:08x}")
            elif code is op.CATEGORY and arg in _CATEGORIES:
                parts.append(_CATEGORIES[arg])
            else:
                raise Unknown(code)  # a negated class, an unknown category
        return "[" + "".join(parts) + "]"

    _CATEGORIES = {
        op.CATEGORY_DIGIT: r"\d", op.CATEGORY_NOT_DIGIT: r"\D", op.CATEGORY_SPACE: r"\s",
        op.CATEGORY_NOT_SPACE: r"\S", op.CATEGORY_WORD: r"\w", op.CATEGORY_NOT_WORD: r"\W",
    }

    try:
        found = seq(list(_parser.parse(pattern.pattern, pattern.flags)))
    except Exception:  # noqa: BLE001 - a reading this function does not know: try the rule everywhere
        return None
    return None if any(len(x) < k for x in found) else frozenset(found)


def reach_before(pattern: re.Pattern[str]) -> int:
    """How many characters before the position where it is tried a match attempt of ``pattern``
    can read: a look-behind's width, one for ``\\b``, ``\\B`` or ``^`` (they look at the character
    before). Nothing else reads before that position.

    A caller that remembers what a stretch of text gave keys it by that many characters before the
    stretch too (:mod:`geo.events.reading`). A reading this function does not know counts as
    reaching the start of the text.

    >>> reach_before(re.compile(r"(?<!stocks\\s)rall(?:y|ies)")), reach_before(re.compile(r"\\bmen")), reach_before(re.compile("men"))
    (7, 1, 0)
    """
    from re import _constants as op
    from re import _parser

    def walk(items) -> int:
        best = 0
        for code, arg in items:
            if code is op.AT:
                reach = 1  # \b, \B, ^ with MULTILINE read the character before; the others none, counted alike
            elif code in (op.ASSERT, op.ASSERT_NOT):
                direction, sub = arg
                reach = walk(sub) + (sub.getwidth()[1] if direction < 0 else 0)
            elif code is op.SUBPATTERN:
                reach = walk(arg[3])
            elif code is op.BRANCH:
                reach = max((walk(b) for b in arg[1]), default=0)
            elif code in (op.MAX_REPEAT, op.MIN_REPEAT, op.POSSESSIVE_REPEAT):
                reach = walk(arg[2])
            elif code is op.ATOMIC_GROUP:
                reach = walk(arg)
            elif code is op.GROUPREF_EXISTS:
                reach = max(walk(arg[1]), walk(arg[2]) if arg[2] is not None else 0)
            elif code in (op.LITERAL, op.NOT_LITERAL, op.IN, op.ANY, op.GROUPREF, op.GROUPREF_IGNORE):
                reach = 0  # characters at or after the position
            else:
                raise ValueError(code)
            best = max(best, reach)
        return best

    try:
        return walk(_parser.parse(pattern.pattern, pattern.flags))
    except Exception:  # noqa: BLE001 - a reading this function does not know: as far back as the text goes
        return _ANYWHERE


#: What :func:`reach_before` answers for a pattern it cannot read: more than any text.
_ANYWHERE = 1 << 62


def patterns_of(rs: RuleSet) -> list[re.Pattern[str]]:
    """Every compiled pattern of a rule set: rules, vetoes, CAMEO cues and the lexicon."""
    out: list[re.Pattern[str]] = []
    for r in (*rs.rules, rs.reported):
        out += [r.pattern, *(v.pattern for v in r.vetoes), *(c.pattern for c in r.cameo_cues)]
    for entry in rs.lexicon.values():
        out += entry if isinstance(entry, list) else [entry]
    return out


#: Every ASCII character in lower case: the keys a scan looks rules up by.
_ASCII_KEYS = frozenset(chr(i).lower() for i in range(128))


@functools.lru_cache(maxsize=1024)
def _ascii_keys(char_class: str) -> set[str]:
    """The ASCII characters (in lower case) that ``char_class`` matches in either case, ignoring case."""
    p = re.compile(char_class, re.IGNORECASE)
    return {c.lower() for i in range(128) for c in (chr(i),) if p.fullmatch(c) or p.fullmatch(c.upper())}


def _check_taxonomy(type_: object, subtype: object, where: str, source: str) -> None:
    from geo.events.rules import GENERIC, TAXONOMY  # the taxonomy is code; it imports this module lazily too

    if type_ not in TAXONOMY:
        raise DataError(f"{source}: {where}: unknown type {type_!r}{_did_you_mean(str(type_), TAXONOMY)}; the types are {list(TAXONOMY)!r}")
    if subtype != GENERIC and subtype not in TAXONOMY[type_]:
        raise DataError(
            f"{source}: {where}: {subtype!r} is no sub-type of {type_!r}{_did_you_mean(str(subtype), TAXONOMY[type_])}; "
            f"its sub-types are {list(TAXONOMY[type_])!r} (or {GENERIC!r}, classified by the victims)"
        )


def _joined(value: object, where: str, source: str) -> str:
    """A pattern written as one string or as a list of strings (one pattern over several lines)."""
    if isinstance(value, str):
        return value
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return "".join(value)
    raise DataError(f"{source}: {where}: a pattern is a string or a list of strings, got {value!r}")


def _table(data: Mapping[str, object], key: str, source: str) -> dict[str, object]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise DataError(f"{source}: [{key}] should be a table, got {value!r}")
    return value


def _array(data: Mapping[str, object], key: str, source: str) -> list[object]:
    value = data.get(key, [])
    if not isinstance(value, list) or not value:
        raise DataError(f"{source}: no [[{key}]] tables; the event rules are written as [[{key}]]")
    return value


def _list(value: object, where: str, source: str) -> list:
    if not isinstance(value, list):
        raise DataError(f"{source}: {where}: expected a list, got {value!r}")
    return value


def _did_you_mean(word: str, known) -> str:
    close = difflib.get_close_matches(word, list(known), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""
