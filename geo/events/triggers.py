"""Trigger words of one sentence: which rule fired where, and how the trigger reads.

The rules themselves are data in :mod:`geo.events.rules`; this module scans a sentence with all
of them at once (the most specific wins at a position), drops words that only look like events
(verbal attacks, deaths in floods, "chemical weapons inspectors"), classifies generic violence
by its victims, escalates protests by what happened to them, and reads each trigger's CAMEO
code, modality (negated, hypothetical, planned, speculative, background) and whether it refers back to an earlier event.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from geo.events import rules as lex
from geo.events.rules import ARMED_TYPES, DI, GENERIC, PR, RI, SD
from geo.events.ruleset import Rule, prefixes
from geo.models import Span

__all__ = [
    "Trigger",
    "find_triggers",
    "select",
    "split_clauses",
    "clause_at",
    "classify",
    "cameo_code",
    "is_anaphoric",
    "modality_of",
    "MODALITIES",
    "left_context",
    "sentence_piece",
]


@dataclass
class Trigger:
    """Words at ``start:end`` that matched ``rule``; type and sub-type may be reclassified."""

    rule: Rule
    start: int
    end: int
    type: str
    subtype: str
    note: str = ""


_WORD_START = re.compile(r"\b\w")


@functools.cache
def _all_rules() -> re.Pattern[str]:
    """Every trigger rule in one pattern, in priority order.

    At a given position the first rule (the most specific) that matches wins; scanning left to
    right, words taken by one trigger are not read again by another.
    """
    return re.compile("|".join(f"(?P<r{i}>{r.pattern.pattern})" for i, r in enumerate(lex.RULES)), re.IGNORECASE)


@functools.cache
def _rules_at(key: str) -> tuple[int, ...]:
    """The indices, in priority order, of the rules whose match can begin with ``key`` (two ASCII
    characters in lower case).

    Leaving out a rule that cannot match at a position changes no match there: the first rule that
    matches is the same one as in :func:`_all_rules`. A word then tries one to three rules instead
    of all of them (each failed rule costs about a microsecond, and text has a word every six
    characters).
    """
    return tuple(i for i, p in enumerate(_prefixes()) if p is None or key in p)


@functools.cache
def _prefixes() -> tuple[frozenset[str] | None, ...]:
    # the scan falls back to all rules at once where two ASCII characters cannot tell (a
    # one-letter word ending a sentence, a non-ASCII letter): built with the table, so that the
    # first such word of a process does not pay for compiling it (work counts stay steady)
    _all_rules()
    return tuple(prefixes(r.pattern) for r in lex.RULES)


def _match_at(text: str, pos: int, end: int) -> tuple[int, re.Match[str]] | None:
    """(rule index, match) of the first rule matching ``text`` at ``pos`` (not past ``end``)."""
    key = text[pos:min(pos + 2, end)]
    if len(key) < 2 or not key.isascii():
        # a non-ASCII letter may match a rule's letter under IGNORECASE ("ſ" for "s"): all rules then
        m = _all_rules().match(text, pos, end)
        return None if m is None else (int(m.lastgroup[1:]), m)
    rules = lex.RULES
    for i in _rules_at(key.lower()):
        m = rules[i].pattern.match(text, pos, end)  # compiled with the same flags as _all_rules
        if m is not None:
            return i, m
    return None


@functools.cache
def left_context() -> int:
    """How many characters before a sentence its reading can see: the farthest any pattern of the
    rules or of the dates (:mod:`geo.text.dates`) reads back from where it is tried (look-behinds,
    ``\\b``), at least one. Computed with the first sentence scanned."""
    from geo.events.ruleset import load, patterns_of, reach_before
    from geo.text.dates import patterns as date_patterns

    return max([1, reach_before(_WORD_START), *(reach_before(p) for p in (*patterns_of(load()), *date_patterns()))])


def sentence_piece(text: str, s: Span) -> tuple[str, int]:
    """``s`` with the :func:`left_context` characters before it, and where the sentence starts in
    that string: all that a reading bounded by the sentence's end can depend on."""
    lo = max(0, s.start - left_context())
    return text[lo:s.end], s.start - lo


# News repeats sentences (agency boilerplate, lists of "Police arrested ... in <town>." lines),
# so the word scan of a sentence is remembered by its characters, a bounded number of them. It
# reads the sentence and the few characters before it (the rules' look-behinds) and nothing after:
# every rule is matched with the sentence's end as the end of the text.
@functools.lru_cache(maxsize=1024)
def _scan(piece: str, start: int) -> tuple[tuple[tuple[int, int, int], ...], bool]:
    """((rule index, start, end) of each rule match, left to right; do attribution words occur?)
    for the sentence ``piece[start:]`` (offsets into ``piece``)."""
    out: list[tuple[int, int, int]] = []
    taken = start
    end = len(piece)
    # every trigger starts a word: trying the rules only there is ~3x faster than a full scan
    for w in _WORD_START.finditer(piece, start, end):
        if w.start() < taken:
            continue
        found = _match_at(piece, w.start(), end)
        if found is None:
            continue
        i, m = found
        taken = m.end()  # words taken by one rule are not read again by another, kept or not
        out.append((i, m.start(), m.end()))
    return tuple(out), any(map(piece[start:].lower().__contains__, lex.ATTRIBUTION_WORDS))


def find_triggers(text: str, s: Span) -> list[Trigger]:
    out: list[Trigger] = []
    last_end: dict[str, int] = {}
    accident = False
    piece, at = sentence_piece(text, s)
    matches, attributed = _scan(piece, at)
    shift = s.start - at
    # the checks below may read past the sentence's end (a veto after the trigger): they read the
    # text itself for every occurrence of the sentence
    for i, a, b in matches:
        start, end = a + shift, b + shift
        rule = lex.RULES[i]
        if start - last_end.get(rule.name, -1000) <= 30 and rule.subtype != GENERIC and not (
            lex.NEXT_STOP.search(text, last_end[rule.name], start) or lex.OTHER_PLACES_CLAUSE.search(text, last_end[rule.name], start)
        ):
            continue  # "a suicide bomber blew himself up": one event said twice
        if text.endswith("ed", start, end) and " " not in text[start:end] and lex.PARTICIPLE_NOUN.search(text, max(s.start, start - 8), start):
            continue  # "search for the kidnapped": people named by what was done to them
        if rule.has("needs_strike") and not lex.STRIKE_WORD.search(text, s.start, s.end):
            continue  # "shops stayed shut after the attack": fear, no strike
        if rule.vetoes and rule.vetoed(text, s.start, start, end):
            continue  # the rule's vetoes (events.toml): "a man accused of theft", "suspended peace talks"
        if rule.has("may_be_accident") and _accidental_blast(text, s, start, end):
            accident = True
            continue  # "a chemical plant exploded": an industrial accident, no political violence
        if accident and rule.subtype == GENERIC:
            continue  # "..., killing three workers": the deaths of that accident
        bodies = rule.subtype == GENERIC and "bod" in text[start:end].lower()
        if rule.subtype == GENERIC and (
            lex.VERBAL_TARGET.match(text, end)
            # (bodies found: what killed them may be told anywhere in the sentence)
            or lex.NON_VIOLENT_CAUSE.search(text, s.start if bodies else max(s.start, start - 60), s.end if bodies else min(s.end, end + 25))
            or _cause_told_after(text, s, end)
        ):
            continue  # a verbal attack; deaths from a flood, a crash or a fire
        if rule.subtype == GENERIC and text[start:end].lower().startswith("raid") and _law_enforcement(text, s):
            continue  # "police in a joint raid seized explosives": a search, not an attack
        last_end[rule.name] = end
        out.append(Trigger(rule, start, end, rule.type, rule.subtype))
    if attributed:
        rule = lex.REPORTED_ACCUSATION
        for m in rule.pattern.finditer(text, s.start, s.end):
            if not any(t.start < m.end() and m.start() < t.end for t in out) and _attributes(text, m.end(), s.end):
                out.append(Trigger(rule, m.start(), m.end(), rule.type, rule.subtype))
        reported = [t.end for t in out if t.rule is rule]
        if reported:
            # "Iran said Pakistan was behind the attack": one accusation, reported with "said"
            out = [t for t in out if not (t.rule.has("attribution") and any(0 <= t.start - e <= 130 for e in reported))]
        out.sort(key=lambda t: t.start)
    return out


def _cause_told_after(text: str, s: Span, end: int) -> bool:
    """Is a death told with a non-violent cause further on in its sentence?

    "Four people were killed Monday following heavy rain and mudslides": the cause comes past a
    day or a place, too far for the window read around the word, but a word of cause links it,
    the cause's noun at most two words on ("after heavy rain", "due to the floods"; not "after
    the men tried to storm a checkpoint", where the cause's word is a verb of the attackers).
    """
    stop = min(s.end, end + 100)
    for m in lex.CAUSE_LINK.finditer(text, end, stop):
        at = m.end()
        for _ in range(3):
            if lex.NON_VIOLENT_CAUSE.match(text, at, stop):
                return True
            word = _NEXT_WORD.match(text, at, stop)
            if word is None or word.group(1).lower() == "to":
                break
            at = word.end()
    return False


_NEXT_WORD = re.compile(r"([\w'’-]+),?\s+")


def _law_enforcement(text: str, s: Span) -> bool:
    """Does the raid's sentence tell seizures or arrests and no fight or death?"""
    return bool(lex.LAW_ENFORCEMENT_RAID.search(text, s.start, s.end)) and not lex.RAID_VIOLENCE.search(text, s.start, s.end)


_DEVICE = re.compile(r"\b(?:bombs?|i\.?e\.?d|improvised|explosive\s+devices?|(?:land)?mines?|bombers?|militants?|attack)", re.I)


def _accidental_blast(text: str, s: Span, start: int, end: int) -> bool:
    """An explosion whose sentence names an industrial cause and no device or attacker."""
    lo, hi = max(s.start, start - 90), min(s.end, end + 90)
    return bool(lex.INDUSTRIAL_CAUSE.search(text, lo, hi)) and not _DEVICE.search(text, lo, hi)


def _attributes(text: str, start: int, end: int) -> bool:
    """Does an attack's attribution ("the raid had been launched from", "was behind the attack") follow?"""
    window = re.split(r"[.;!?\n]", text[start:min(end, start + 130)], maxsplit=1)[0]
    if not any(map(window.lower().__contains__, lex.ATTRIBUTION_WORDS)):
        return False
    return lex.ATTRIBUTION.search(window) is not None and lex.HOSTILE.search(window) is not None


def split_clauses(text: str, s: Span) -> list[tuple[int, int]]:
    cuts = [s.start]
    for m in lex.CLAUSE_BREAK.finditer(text, s.start, s.end):
        cuts.append(m.start())
    for m in lex.RELATIVE_CLOSE.finditer(text, s.start, s.end):
        cuts.append(m.start(1))  # the main clause goes on after the relative clause
    cuts.sort()
    cuts.append(s.end)
    out = []
    for a, b in zip(cuts, cuts[1:]):
        if b > a:
            out.append((a, b))
    return out


def clause_at(clauses: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    for a, b in clauses:
        if a <= pos < b:
            return a, b
    return clauses[-1] if clauses else (pos, pos)


def classify(text: str, s: Span, t: Trigger, window: tuple[int, int]) -> tuple[str, str, str]:
    """Generic violence -> (type, subtype, why) by its victims, as ACLED distinguishes them."""
    after = text[t.end:min(window[1], t.end + 80)]
    before = text[max(window[0], t.start - 60):t.start]
    word = text[t.start:t.end].lower()
    # ("Nine villagers killed by separatists": a headline's passive without its auxiliary)
    # ("gunmen have been attacking motorists": "been" before an -ing word is the progressive, no passive)
    # ("Soldier killed on border", "two guards shot dead near the post": a headline's passive is
    # also told by a place or a time right after the verb, where an active killing names its victims)
    if "neutrali" in word or word.endswith("sent to hell"):
        # "troops neutralised two bandits", "six khwarij were neutralised": the rule reads these
        # words only of armed men, killed by a force in a fight (the press release's style)
        return "Battles", "Armed clash", "armed men neutralised"
    if re.search(r"\s(?:him|her|them)\s", word):
        # "a constable was leaving home when gunmen shot him dead": the pronoun stands for the victim
        # named last before the verb (the words after it are no victims), not its subject right
        # before it ("farmers were at work when rebels shot them dead")
        told = text[s.start:t.start]
        sec = [m.start() for m in lex.SECURITY_VICTIMS.finditer(told) if told[m.end():].strip()]
        civ = [m.start() for m in lex.CIVILIAN_VICTIMS.finditer(told) if told[m.end():].strip()]
        if sec and (not civ or sec[-1] > civ[-1]):
            return "Battles", "Armed clash", "victims: security forces"
        return "Violence against civilians", "Attack", CIVILIAN_VICTIMS if civ else "killing, victims not stated"
    passive = (re.search(r"\b(?:were|was|been|are|is)\s+$", before) and not word.endswith("ing")) or (
        re.search(r"(?:ed|dead)$", word) is not None
        and re.match(r"(?i)\s+(?:by|in|on|at(?!\s+(?:least|most)\b)|near|outside|during|after)\b", after) is not None
    )
    # the victims: after an active verb ("killed four guards"), before a passive one ("guards were killed")
    # ("according to officials, two constables died": the speaker before them is no victim)
    victims = _after_attribution(before) if passive else after
    scope = victims if passive else _before_speaker(victims[:70])
    noun = word.startswith(("attack", "raid", "assault", "ambush")) and not word.endswith("ed")
    died = lex.DIED_IN.search(text, max(window[0], t.start - 140), t.start) if noun and not passive else None
    toll = lex.AGENT_THEN_TOLL.match(text[t.end:min(window[1], t.end + 100)]) if noun and not passive and died is None else None
    if died is not None:
        # "fifteen soldiers died in a terrorist attack": the dead before the noun are its victims,
        # as a passive's are
        passive = True
        scope = _after_attribution(text[max(window[0], t.start - 140):died.start()])
    elif toll is not None:
        # "an attack by rebels killed 40 people": the victims follow the toll's verb, not the agent
        scope = _before_speaker(text[t.end + toll.end():min(window[1], t.end + toll.end() + 70)])
    elif word.startswith(("attack", "raid", "assault", "ambush", "target", "storm")):
        scope = re.split(r"\b(?:by|from)\b", scope)[0] if not passive else scope
    if word.startswith(("attack", "raid", "assault", "offensive")) and lex.REPELLED.search(before):
        return "Battles", "Armed clash", REPELLED  # "the army repelled an attack on the city"
    if not passive and word.startswith(("attack", "raid", "assault", "target")) and lex.PROPERTY_TARGET.match(after):
        return "Strategic developments", "Looting/property destruction", "target: property"
    told = lex.IN_A_STATES_ATTACK.match(after) if passive and not noun else None
    if told is not None and _state_name(told.group("who")):
        # "two people were killed in a Russian attack on Kherson": the dead of a state's attack
        # on a town, fire from afar as below, whoever they were
        return "Explosions/Remote violence", "Shelling/artillery/missile attack", "a state's attack on a town"
    crowd = _crowd_assault(text, t, before, window, passive)
    if crowd:
        return RI, crowd, "a crowd attacked"
    if not passive and word.startswith(("attack", "target")):
        # "a drone targeted army positions", "attacked the village with Shahed drones": an attack
        # made by a drone, a warplane or a missile is remote violence whoever it hit (ACLED types
        # an air strike or a shelling by its means, before its victims)
        by = lex.AIRBORNE_LAUNCHER.search(before)
        arm = lex.WITH_REMOTE_WEAPON.match(after) if by is None else None
        if by is not None or arm is not None:
            means = (by.group(0) if by is not None else arm.group("weapon")).lower()
            if means.startswith(("missile", "rocket", "artillery", "mortar")):
                return "Explosions/Remote violence", "Shelling/artillery/missile attack", "weapon: missiles"
            return "Explosions/Remote violence", "Air/drone strike", "weapon: drones"
    # ("15 people lost their lives in an Israeli attack on Khan Younis": the dead told before the
    # noun make it read as a passive, the attack is still the state's, on the town)
    state = lex.STATE_ATTACKER.search(before) if word.startswith("attack") and (not passive or died is not None) else None
    if state is not None and lex.ON_A_PLACE.match(after) and _state_name(state.group("who")):
        # "Russian attacks on Kharkiv killed two": a state's attack on a town, no ground force
        # named, is fire from afar (ACLED's shelling, missile and drone attacks), not troops on foot
        return "Explosions/Remote violence", "Shelling/artillery/missile attack", "a state's attack on a town"
    sec = _security_victims(scope, passive, text, t.end, window[1])
    civ = lex.CIVILIAN_VICTIMS.search(scope)
    if not sec and not civ and not passive:
        # "gun attacks in and near the city have left seven people dead": the victims come later
        scope = _before_speaker(text[t.end:window[1]])
        scope = re.split(r"\b(?:by|from)\b", scope)[0] if word.startswith(("attack", "raid", "assault", "ambush")) else scope
        sec = _security_victims(scope, passive, text, t.end, window[1])
        civ = lex.CIVILIAN_VICTIMS.search(scope)
    most = lex.MOSTLY.match(scope, civ.end()) if civ and sec and civ.group(0).lower() in ("people", "persons") else None
    if most is not None and 0 <= sec.start() - most.end() <= 15:
        civ = None  # "killed 20 people, most of them soldiers": who the dead were is told after the count
    if sec and (not civ or sec.start() < civ.start()):
        return "Battles", "Armed clash", "victims: security forces"
    if civ:
        return "Violence against civilians", "Attack", CIVILIAN_VICTIMS
    if re.search(r"\bborder\b", scope) and word.startswith(("attack", "raid", "target")):
        return "Battles", "Armed clash", "target: border"
    if not passive and lex.CIVILIAN_PLACES.search(scope):
        return "Violence against civilians", "Attack", CIVILIAN_TARGET
    if word.startswith(("attack", "raid", "target")) and not passive:
        # "Russia's overnight attack" in a sentence of drones or missiles launched: a remote attack
        weapon = lex.REMOTE_WEAPON.search(text, s.start, s.end)
        if weapon is not None:
            if weapon.group(0).lower().startswith("drone"):
                return "Explosions/Remote violence", "Air/drone strike", "weapon: drones"
            return "Explosions/Remote violence", "Shelling/artillery/missile attack", "weapon: missiles"
    if word.startswith(("attack", "raid", "assault", "ambush", "stormed", "target")):
        return "Battles", "Armed clash", "armed attack, victims not stated"
    return "Violence against civilians", "Attack", "killing, victims not stated"


def _wave_launched(text: str, s: Span, t: Trigger) -> bool:
    """Is ``t`` the wave or series someone launched ("launched a wave of drone attacks on Kyiv
    overnight"), the deed told, not one a perfect tells as a campaign ("have carried out a string
    of attacks")? (Read in the sentence: a quote may open the clause, 'launched a "series of".)"""
    wave = lex.LAUNCHED_WAVE.search(text, max(s.start, t.start - 100), t.start)
    return wave is not None and not lex.PERFECT_AUX.search(text, max(s.start, wave.start() - 30), wave.start())


def _security_victims(scope: str, passive: bool, text: str, at: int, end: int) -> re.Match[str] | None:
    """The first armed men of ``scope`` who may be the attack's victims.

    After an active attack word the words that follow also name the attackers ("In a separate
    attack, bandits killed two people"): armed men who are the subject of a deed of their own
    struck, they were not struck, so they do not make the attack a battle. (An active scope is
    the text from ``at``, the trigger's end; the deed is read in the text up to ``end``, the
    clause's, as the scope may stop inside it.)
    """
    for m in lex.SECURITY_VICTIMS.finditer(scope):
        if passive or not lex.ATTACKER_SUBJECT.match(text, at + m.end(), end):
            return m
    return None


def _apart(text: str, a: Trigger, b: Trigger) -> bool:
    """Does a clause that turns to other places ("…, while in Gwadar …") stand between ``a`` and ``b``?"""
    lo, hi = (a, b) if a.start < b.start else (b, a)
    return lex.OTHER_PLACES_CLAUSE.search(text, lo.end, hi.start) is not None


def _crowd_elsewhere(text: str, kept: list[Trigger], t: Trigger) -> int | None:
    """Where a clause that moves to other places ("while in Gwadar …") opens between the last
    crowd trigger kept and ``t``; None when ``t`` tells the crowd already kept."""
    last = max((k.end for k in kept if k.type in (PR, RI)), default=None)
    if last is None:
        return None
    m = lex.OTHER_PLACES_CLAUSE.search(text, last, t.start)
    return m.start() if m else None


def _done_at_the_protest(pattern: re.Pattern[str], seg: str) -> bool:
    """Does ``pattern`` (violence of a crowd) occur in ``seg`` other than as what the crowd protests?
    (A protest that "turned violent" did so itself, whatever it was over: "a strike over fuel
    prices turned violent".)"""
    return any(
        (lex.TURNED_VIOLENT.match(m.group()) or not lex.PROTESTED_AGAINST.search(seg, max(0, m.start() - 50), m.start()))
        and not _police_barrier(seg, m)
        for m in pattern.finditer(seg)
    )


def _police_barrier(seg: str, m: re.Match[str]) -> bool:
    """Is the barricade ``m`` matched in ``seg`` the police's, not forced by the crowd? ("officers
    put up barricades to keep them off the steps": the police keeping a crowd off, no violence of
    the crowd; "tried to break through the police barricades" is the crowd's force.)"""
    if not m.group().lower().startswith("barri"):
        return False
    return any(
        b.start() <= m.start() and b.end() >= m.end() and not lex.BARRIER_FORCED.search(seg, max(0, b.start() - 60), b.start())
        for b in lex.POLICE_BARRIER.finditer(seg, max(0, m.start() - 80), min(len(seg), m.end() + 60))
    )


def _force_on_the_crowd(text: str, t: Trigger, base: int, part: str) -> bool:
    """Does ``part`` (at ``base`` in ``text``) tell lethal or injuring force other than what set the
    protest at ``t`` off? ("protests began after the roof collapsed, killing 16": the cause.)"""
    return any(
        not (t.end <= base + m.start() and lex.PROTEST_CAUSE.search(text, t.end, base + m.start()))
        for m in lex.EXCESSIVE.finditer(part)
    )


def _crowd_assault(text: str, t: Trigger, before: str, window: tuple[int, int], passive: bool) -> str:
    """The riot sub-type of an assault whose subject is an unarmed crowd, or "".

    "An angry crowd stormed the governor's office", "villagers attacked the police post": ACLED
    codes a crowd's violence as a riot (a violent demonstration against the state or property,
    mob violence against people), not a battle or an attack by an armed group; with an armed side
    anywhere in the clause ("gunmen and villagers attacked …") or told as a passive it is not read.
    """
    word = text[t.start:t.end].lower()
    crowds = list(lex.CROWD_PARTY.finditer(before))
    if passive or not word.endswith("ed") or not crowds or lex.ARMED_PARTY.search(text, window[0], window[1]):
        return ""
    # the crowd is the verb's subject ("activists were armed with clubs and attacked the police"),
    # not the agent of another verb ("residents were angered by yet another attack") or a speaker
    between = before[crowds[-1].end():]
    if len(between.split()) > 10 or re.search(r"\b(?:by|said|says|told)\b", between):
        return ""
    target = text[t.end:min(window[1], t.end + 60)]
    return "Violent demonstration" if lex.STATE_TARGET.search(target) else "Mob violence"


def _crowd_clash(text: str, clause: tuple[int, int], t: Trigger) -> str:
    """The riot sub-type of a clash whose sides are unarmed crowds, or "" when an armed side fights.

    "Supporters of the party clashed with police" is a violent demonstration, "clashes between
    rival students" mob violence (ACLED: riots); with soldiers, rebels or gangs in the clause it
    stays a battle, and so does a clash told as a gunfight ("cadres killed in an encounter with
    security forces"): crowds throw stones, a side that trades fire is armed.
    """
    a, b = clause
    if lex.GUNFIGHT.search(text, t.start, t.end):
        return ""
    if not lex.CROWD_PARTY.search(text, a, b) or lex.ARMED_PARTY.search(text, a, b):
        return ""
    return "Violent demonstration" if lex.POLICE_PARTY.search(text, a, b) else "Mob violence"


#: The note of a generic trigger read as an attack repelled (see geo.events.extract).
REPELLED = "attack repelled"
#: The notes of a generic attack read as one on civilians, by its victims or by its target: a
#: reading a later mention of a fight does not undo (geo.events.drafts.absorb).
CIVILIAN_VICTIMS, CIVILIAN_TARGET = "victims: civilians", "target: where civilians live"


def _after_attribution(words: str) -> str:
    """``words`` after the last attribution in them ("officials said, "): the speaker is no victim."""
    ends = [m.end() for m in lex.SPEECH_HEAD.finditer(words)]
    return words[ends[-1]:] if ends else words


def _before_speaker(words: str) -> str:
    """``words`` up to the attribution that closes them (", police said"): the speaker is no victim."""
    m = lex.SPEECH_TAIL.search(words)
    return words[: m.start()] if m else words


def select(text: str, s: Span, triggers: list[Trigger], clauses: list[tuple[int, int]]) -> list[Trigger]:
    """The triggers of sentence ``s`` that are events of their own, classified and escalated.

    Generic violence beside a protest or a specific violent event is the same event; otherwise
    it is classified by its victims (once per sentence). A protest becomes a riot, excessive
    force or a protest with intervention by what the sentence says happened to it.
    """
    seg = text[s.start:s.end]
    # protests escalate; generic violence is classified, or absorbed by a specific violent event
    # (a crowd only called for or stirred up, "detained activists who had tried to rally protests",
    # is not there: an arrest or violence beside it is no part of it)
    has_crowd = any(t.type in (PR, RI) and not lex.PROTEST_STIRRED.search(text, max(s.start, t.start - 60), t.start) for t in triggers)
    # an explosion or a clash that killed people is one event; an abduction beside a killing is two
    # ("killed three guards, a month after a bombing there": that bombing is another incident)
    specific_violent = [
        t for t in triggers
        if t.type in ("Explosions/Remote violence", "Battles") and t.subtype != GENERIC
        and not lex.DATED_FROM.search(text, max(s.start, t.start - 60), t.start)
    ]
    if any(t.subtype == "Chemical weapon" for t in triggers):
        # "shells filled with chlorine": ACLED codes the attack by its chemical agent
        triggers = [t for t in triggers if t.type != "Explosions/Remote violence" or t.subtype == "Chemical weapon"]
    kept: list[Trigger] = []
    for t in triggers:
        if t.subtype == "Shelling/artillery/missile attack" and (
            lex.AIRBORNE_LAUNCHER.search(text, max(s.start, t.start - 40), t.start)
            or lex.AIR_LAUNCHED.search(text, t.start, t.end)
        ):
            t.subtype, t.note = "Air/drone strike", "fired from the air"
        if t.rule.has("territorial"):
            t.type, t.subtype, t.note = _territory(text, s, t, clause_at(clauses, t.start))
        # (not a crowd still to come: "clashed with police ... where it vowed to stage a sit-in")
        crowds = [
            k for k in triggers
            if k.type in (PR, RI) and not _apart(text, t, k) and not lex.PLANNED.search(text, max(s.start, k.start - 60), k.start)
        ] if has_crowd and t.rule.has("clash") else []
        if crowds:
            # "police clashed with protesters": ACLED codes the protest as a violent demonstration
            # (not a crowd in a clause that turns to other places: "…, while in Gwadar students
            # staged a sit-in")
            for k in crowds:
                if k.type == PR:
                    k.type, k.subtype, k.note = RI, "Violent demonstration", "protesters clashed"
            continue
        if t.rule.has("clash"):
            crowd = _crowd_clash(text, clause_at(clauses, t.start), t)
            if crowd:
                t.type, t.subtype, t.note = RI, crowd, "a crowd clashed"
        if t.subtype == GENERIC:
            if has_crowd or specific_violent:  # ("a mob attacked the police station": the mob's violence)
                continue  # the same event, already counted
            w = clause_at(clauses, t.start)
            t.type, t.subtype, t.note = classify(text, s, t, w)
            if any(k.subtype == GENERIC or k.note for k in kept if k.rule.subtype == GENERIC):
                continue  # one generic violent event per sentence
        elif t.rule.has("pact") and (not lex.ARMED_PACT.search(seg) or lex.MINISTERS_PEACE.search(seg)):
            # "the two ministers agreed to keep up communication": governments' agreements are
            # diplomacy; ACLED's strategic "Agreement" is between armed parties (lexicon.armed_pact)
            # (a peace treaty the foreign ministers sign is one of governments: lexicon.ministers_peace)
            t.type, t.subtype, t.note = DI, "Agreement/Intent to cooperate", "an agreement of governments"
        elif t.type == PR and any(k.type == DI for k in kept) and re.search(r"\bto\s+$", text[max(s.start, t.start - 4):t.start]):
            continue  # "summoned the ambassador to protest against ...": a diplomatic protest
        elif t.type == PR and _state_protests(text, s, t):
            # "Iran protested over the raid": a government's protest is a diplomatic
            # statement (CAMEO's protest officially), not a crowd in the street
            t.type, t.subtype, t.note = DI, "Statement/Accusation", "a state protested"
        elif (
            t.subtype == "Looting/property destruction" and lex.ARSON.search(text, t.start, t.end)
            and lex.STRIKE_WORD.search(text, s.start, s.end) and not lex.ARMED_PARTY.search(text, s.start, s.end)
        ):
            # "youths torched a minibus as the opposition's road blockade went on": arson of a
            # strike or a blockade, no armed group named, is its rioters' (ACLED: a violent demonstration)
            t.type, t.subtype, t.note = RI, "Violent demonstration", "arson during a strike"
        elif (
            t.subtype == "Looting/property destruction" and lex.TURNED_VIOLENT.search(seg)
            and lex.CROWD_PARTY.search(seg) and not lex.ARMED_PARTY.search(seg)
        ):
            # "party activists turned violent in the city, where they set vehicles on fire": the
            # burning of a crowd that turned violent is its riot (ACLED: a violent demonstration)
            t.type, t.subtype, t.note = RI, "Violent demonstration", "a crowd turned violent"
        elif t.type == PR:
            # "police fired tear gas at marchers in Quetta, while in Gwadar students staged a sit-in":
            # a clause of its own at other places is another protest, escalated by its own words
            other = _crowd_elsewhere(text, kept, t)
            part = seg if other is None else text[other:s.end]
            if t.note == "protesters clashed":
                pass
            elif _done_at_the_protest(lex.RIOTOUS, part):
                t.type, t.subtype, t.note = RI, "Violent demonstration", "protesters turned violent"
            elif _force_on_the_crowd(text, t, s.end - len(part), part):
                t.subtype, t.note = "Excessive force against protesters", "lethal force against protesters"
            elif any(not lex.ARREST_AS_CAUSE.search(part, 0, m.start()) for m in lex.INTERVENTION.finditer(part)):
                t.subtype, t.note = "Protest with intervention", "protest dispersed or suppressed"
            called = [
                k for k in kept if k.type == PR and (
                    lex.PROTEST_CALL.search(text, max(s.start, k.start - 40), k.start)
                    or lex.HYPOTHETICAL.search(text, max(s.start, k.start - 60), k.start)
                )
            ] if other is None and t.rule.has("needs_strike") else []
            if called:
                # "backed the call for a strike, and shops stayed shut in A and B": the strike
                # observed is the event, not the call
                for k in called:
                    kept.remove(k)
            elif other is None and any(k.type in (PR, RI) for k in kept):
                continue  # "protesters ... the protest": one protest event
        elif t.type == RI and any(k.type in (PR, RI) for k in kept) and _crowd_elsewhere(text, kept, t) is None:
            if t.subtype == "Violent demonstration":
                for k in kept:
                    if k.type == PR:  # "supporters filled the streets, setting tyres alight": it turned violent
                        k.type, k.subtype, k.note = RI, t.subtype, "protesters turned violent"
            continue
        elif (
            t.type == "Explosions/Remote violence" and lex.BARE_WEAPON.fullmatch(text, t.start, t.end)
            and any(k.type == t.type and clause_at(clauses, k.start) == clause_at(clauses, t.start) for k in kept)
        ):
            continue  # "attacked with drones along with a cruise missile": the weapons of one attack
        elif (
            t.subtype == "Remote explosive/landmine/IED" and lex.BARE_DEVICE.fullmatch(text, t.start, t.end)
            and not lex.DEVICE_WENT_OFF.search(seg)
        ):
            # "an IED was detected near the bus stop and defused": a device the sentence only names
            # (planted, found, defused) went off nowhere; ACLED codes it as disrupted weapons use
            continue
        elif t.subtype == "Meeting" and any(k.subtype == "Meeting" and clause_at(clauses, k.start) == clause_at(clauses, t.start) for k in kept):
            continue  # "will meet in Almaty to resume peace talks": one meeting
        elif has_crowd and t.rule.has("part_of_protest") and not (
            t.subtype == "Arrests" and lex.ARREST_AS_CAUSE.search(text, s.start, t.start)
        ):
            # arrests of protesters / torching by rioters are part of the protest or riot event;
            # "protests broke out after the leader was arrested" tells the arrest as its own event
            continue
        elif t.subtype == "Looting/property destruction" and any(k.type in ARMED_TYPES for k in kept):
            continue  # "raided a village, killing 15 and burning shops": ACLED codes the attack with its damage
        elif t.subtype == "Statement/Accusation" and any(k.subtype == "Arrests" for k in kept) and lex.ARRESTED_ACCUSED.match(text, t.end):
            continue  # "police arrested two leaders, accusing them of sedition": the arrest's charge
        elif t.subtype == "Statement/Accusation" and t.rule.cameo == "010" and _reports_event(text, s, t, triggers):
            continue  # "officials announced that the two had reached an agreement": one event, the agreement
        kept.append(t)
    return kept


def _reports_event(text: str, s: Span, t: Trigger, triggers: list[Trigger]) -> bool:
    """Does a "that" clause after the statement at ``t`` report another event of the sentence?"""
    m = re.match(r"\s+(?:(?:on|last|this)\s+\w+\s+|[\w\s]{0,20}?)?that\b", text[t.end:min(s.end, t.end + 40)])
    return m is not None and any(k.start > t.end + m.end() - 1 and k.type != DI for k in triggers)


def _territory(text: str, s: Span, t: Trigger, window: tuple[int, int]) -> tuple[str, str, str]:
    """Territory changing hands -> (type, sub-type, why) by who took it and whether anyone fought.

    ACLED's "Government regains territory" and "Non-state actor overtakes territory" differ by
    the actor, not the verb ("rebels recaptured the village" is the second); a territory taken
    after the other side withdrew, with no fight, is a non-violent transfer.
    """
    sent = text[s.start:s.end]
    if lex.UNCONTESTED.search(sent):
        return "Strategic developments", "Non-violent transfer of territory", "taken without a fight"
    before = text[max(window[0], t.start - 120):t.start]
    # "the town fell to the M23": told from the place's side, the taker comes after, as in a passive
    fell = re.search(r"\bfell\s+(?:to|into)\b", text[t.start:t.end], re.I)
    passive = fell is not None or re.search(r"\b(?:were|was|been|are|is)\s+$", before)
    subject = text[t.end:min(window[1], t.end + 80)] if passive else before
    if fell is not None:  # (the trigger may hold the taker: "fell to the rebels")
        subject = text[t.start + fell.end():min(window[1], t.end + 60)]
    elif passive:
        m = re.search(r"\bby\s+(.*)", subject)
        subject = m.group(1) if m else ""
    named = [(m.start(), m.end(), _state_name(m.group("name"))) for m in lex.NAMED_ARMY.finditer(subject)]
    # the side told as the one fought ("the force battling the army took the town") took nothing
    opponent = functools.partial(_fought_side, subject)
    named = [n for n in named if not opponent(n[0])]
    other_words = [m for m in lex.NON_STATE_TAKER.finditer(subject) if not opponent(m.start())]
    # "the rebel army", "opposition forces": a state word qualified by a non-state one is no state's
    qualifiers = {m.end() for m in other_words}
    state = [
        m.end() for m in lex.STATE_TAKER.finditer(subject)
        if not any(a <= m.start() < b for a, b, _ in named) and len(subject[:m.start()].rstrip()) not in qualifiers
        and not opponent(m.start())
    ]
    other = [m.end() for m in other_words]
    for _a, b, is_state in named:
        (state if is_state else other).append(b)
    # the nearest actor word before the verb is its subject ("rebels ... from government forces" reads the rebels)
    if state or other:
        last_state, last_other = max(state, default=-1), max(other, default=-1)
        if passive:
            last_state, last_other = -min(state, default=10**6), -min(other, default=10**6)
        if last_state > last_other:
            return "Battles", "Government regains territory", "taken by state forces"
        return "Battles", "Non-state actor overtakes territory", "taken by a non-state group"
    return t.rule.type, t.rule.subtype, ""


def _fought_side(subject: str, start: int) -> bool:
    """Is the actor word at ``start`` of ``subject`` told as the side fought ("battling the
    army", "against the rebels")? A bounded look at the few words before it."""
    return lex.TAKER_OPPONENT.search(subject, max(0, start - 50), start) is not None


def _state_protests(text: str, s: Span, t: Trigger) -> bool:
    """Is the protest at ``t`` a verb whose subject is a state: a country or its capital by name
    ("Iran protested", "Beijing also protested"), or its government ("the foreign ministry
    protested")? A people's name is a crowd ("Pakistanis protested in Karachi")."""
    if text[t.start:t.end].lower() not in ("protested", "protests"):
        return False
    m = lex.STATE_PROTEST_SUBJECT.search(text, max(s.start, t.start - 80), t.start)
    if m is None:
        return False
    name = m.group("name")
    return name is None or _country_or_capital(name)


def _country_or_capital(word: str) -> bool:
    """Is ``word`` the name of a country or of a national capital (which stands for its government)?"""
    from geo.events.lookups import default_capital
    from geo.places import gazetteer

    try:
        places = gazetteer.lookup(word, limit=3)
    except LookupError:
        return False
    for p in places:
        if p.kind == "country":
            return True
        capital = default_capital(p.country) if p.country else None
        if capital is not None and capital.id == p.id:
            return True
    return False


def _state_name(word: str) -> bool:
    """Is ``word`` a country's name or its people's ("Syrian", "Pakistan"), as in "the Syrian Arab Army"?"""
    from geo.places import gazetteer

    try:
        if gazetteer.demonym(word) is not None:
            return True
        return any(p.kind == "country" for p in gazetteer.lookup(word, limit=3))
    except LookupError:
        return False


def cameo_code(text: str, t: Trigger) -> str | None:
    code = t.rule.cameo_at(text, t.end)  # "threatened to strike": a threat of force (a cue in events.toml)
    if t.type == SD and t.subtype == "Agreement":
        return "057"
    return code




def is_anaphoric(text: str, s: Span, t: Trigger) -> bool:
    """'the visit', 'reached the agreement', 'the raid': a reference to an event told before."""
    trig = text[t.start:t.end]
    before = text[max(s.start, t.start - 20):t.start]
    if lex.THAT_CLAUSE.search(before):
        return False  # "the governor said that Russian shelling killed two": "that" opens a clause
    # a rule may read the means ("missile strikes") as the first word of its trigger: with the
    # article before it the noun phrase is definite all the same ("after the missile strikes")
    means = lex.INCIDENT_MEANS.match(trig)
    if means and re.search(r"\b(?:the|this|that|these)\s+$", before, re.I):
        before, trig = before + trig[:means.end()], trig[means.end():]
    # "more clashes", "new attacks", "similar raids" are other events, not the one told before
    if re.search(r"\b(?:the|this|that|these)\s+(?:(?!(?:more|further|new|fresh|other|similar|future|any)\b)[\w-]+\s+)?$", before, re.I) and re.match(
        r"(?:visit|trip|talks|meeting|summit|agreement|deal|accord|memorandum|raid|attack|attacks|assault|ambush|bombings?|blasts?|"
        r"explosions?|strikes?|air\s*strikes?|drone\s+strikes?|clash|clashes|fighting|shelling|killings?|shooting|"
        r"exchanges?\s+of\s+(?:gun)?fire|gun\s*battles?|gunfights?|firefights?|"
        r"protests?|demonstrations?|riots?|arrests?|ceasefire|truce)\b",
        trig,
        re.I,
    ):
        return True
    # "It was the region's deadliest attack in years": a pronoun's predicate names the incident
    # the pronoun refers to, told before
    if lex.PRONOUN_PREDICATE.fullmatch(text, s.start, t.start) and re.match(
        r"(?:raid|attack|attacks|assault|ambush|bombings?|blasts?|explosions?|strikes?|air\s*strikes?|shooting|massacre|murders?|killings?)\b", trig, re.I
    ):
        return True
    # "in this attack the gunmen used drones": the clause is set in the incident its noun names
    if t.type in ARMED_TYPES and lex.SET_IN_TOLD_ATTACK.search(text, max(s.start, t.start - 150), t.start):
        return True
    # "the gunmen killed five more at the well": the deed of the attackers of the incident told
    # before (an abduction or a rape stays an incident of its own, as ACLED keeps them)
    if (
        t.type in ARMED_TYPES and t.subtype not in ("Abduction/forced disappearance", "Sexual violence")
        and lex.TOLD_ATTACKERS.search(text, max(s.start, t.start - 40), t.start)
    ):
        return True
    # "welcomed Lavrov's visit", "the minister's trip was of great importance": a visit named by
    # its visitor refers to the trip told (as "the visit" does)
    if re.search(r"\w(?:'s|’s)\s+(?:[\w-]+\s+)?$", before) and re.match(r"(?:visit|trip)\b", trig, re.I):
        return True
    return bool(re.search(r"\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:agreement|deal|accord|memorandum|visit|trip)\b", trig, re.I))


#: Modalities of events; only "asserted" ones are drawn on the map by default (geo.maps.layers.Filters).
MODALITIES = ("asserted", "negated", "hypothetical", "planned", "speculative", "background")


def _trip_ahead(text: str, s: Span, t: Trigger) -> bool:
    """Is the diplomatic event at ``t`` a trip or meeting still to come?

    A headline's bare infinitive ("Modi to visit Japan", a line with no closing stop), or a
    meeting that is the purpose of a trip told in the present ("heads to Cairo for talks").
    """
    head = text[s.start:t.start]
    if not text[s.start:s.end].rstrip().endswith((".", "!", "?", '"', "”", "'", "’")) and lex.HEADLINE_FUTURE.search(head):
        return True
    purpose = lex.FOR_PURPOSE.search(text, max(s.start, t.start - 40), t.start) or lex.FOR_PURPOSE.match(text[t.start:t.end])
    return bool(purpose) and lex.TRIP_AHEAD.search(head) is not None  # ("to visit Japan for a summit" too)


def _day_told(text: str, s: Span) -> bool:
    """Does sentence ``s`` name a day of the news ("on Monday", "since dawn")? A campaign told in
    the perfect is then that day's incident."""
    return bool(lex.DAY_NAMED.search(text, s.start, s.end) or lex.RECENT_SINCE.search(text, s.start, s.end))


def modality_of(text: str, s: Span, window: tuple[int, int], t: Trigger) -> str:
    """How the text tells the event at ``t``: one of :data:`MODALITIES`.

    Read in the words before the trigger (its clause, at most 60 characters; history up to 80)
    and, for plans and habits told afterwards, in the rest of its clause.
    """
    if t.rule.has("promise"):
        return "planned"  # "pledged to cooperate": the news is the act promised, still to come
    if t.rule.has("speech_act") or t.subtype == "Statement/Accusation":
        if lex.HABIT_ADVERB.search(text, max(s.start, t.start - 40), t.start):
            return "background"  # "has repeatedly denied": a standing position
        if lex.DENIED_CHARGE.search(text, max(s.start, t.start - 50), t.start) and re.match(r"(?:denies|rejects|dismisses|disputes)\b", text[t.start:t.end], re.I):
            return "background"  # "a charge New Delhi denies"
        if lex.WITH_CHARGING.search(text, max(s.start, t.start - 80), t.start) and re.match(r"(?:accusing|blaming)\b", text[t.start:t.end], re.I):
            # "tension stayed high, with each side blaming the other": a charge told as the
            # circumstance of another clause's news, the quarrel behind it, no statement of its own
            return "background"
    if t.rule.has("speech_act"):
        return "asserted"  # the threat / denial itself was made
    before = text[max(s.start, t.start - 60):t.start]
    after = text[t.end:window[1]]
    if lex.NEGATION.search(before) or lex.DENIED_REPORT.search(text, max(s.start, t.start - 140), t.start):
        return "negated"
    if lex.HYPOTHETICAL.search(before):
        return "hypothetical"
    plan = lex.PLANNED.search(before)
    if (plan and not re.search(r"\b(?:was|were)\b", plan.group("tail"), re.I)) or lex.PLANNED_AFTER.match(after):
        # (a "was" after the cue is the sentence's own verb: the plan named a thing, "next
        # year's election", not the event)
        return "planned"
    noun = re.match(r"(?:on|during|in|the)\s|(?:visits?|trips?|tours?|talks|summits?|meetings?)$", text[t.start:t.end], re.I)
    if t.type == DI and lex.PLANNED_CLAUSE.search(text, max(s.start, window[0]), window[1] if noun else t.start):
        # "he will call on the premier, meet the ministers and hold talks": one "will" for all
        return "planned"
    if t.type == DI and lex.BARE_VERB.match(text, t.start) and lex.PLANNED_CLAUSE.search(text, s.start, t.start):
        # "... will call on the premier, meet the ministers, and hold talks": a verb in its bare
        # form, in a later clause of the sentence whose "will" it shares
        return "planned"
    if t.type == DI and _trip_ahead(text, s, t):
        return "planned"
    call = (lex.PROTEST_CALL.search(before) or lex.PROTEST_STIRRED.search(before)) if t.type == PR else None
    if call and not lex.NAMING_WHAT.search(before, 0, call.start()):
        return "planned"  # "the union announced a protest outside the ministry on Monday"
    if lex.SPECULATION.search(before):
        return "speculative"
    if lex.STANCE_PRESENT.match(text, t.start):
        return "background"  # "India accuses Pakistan of …": a standing position, not a statement of the day
    if t.subtype == "Statement/Accusation" and lex.AGGREGATE_PERFECT.search(before) and (
        lex.STANDING_CHARGE.match(text, t.end, window[1])
        or (
            lex.GERUND_CHARGE.match(text, t.end, window[1]) and not lex.DAY_NAMED.search(text, s.start, s.end)
            and not lex.STATE_ACCUSER.match(text, max(s.start, window[0]), t.start)
        )
    ):
        return "background"  # "Islamabad has accused Kabul of sheltering militants": the same
    history = text[max(s.start, window[0], t.start - 80):t.start]
    b = lex.BACKGROUND.search(history)
    if (b and not lex.RECENT_SINCE.search(history, b.start())) or lex.BACKGROUND_AFTER.match(after) or lex.TREND.match(text, t.end, window[1]):
        return "background"
    if lex.COUNT_OF_TIMES.match(after) and not (_day_told(text, s) or lex.DAY_OF_COUNTED.search(text, s.start, s.end)):
        return "background"  # "was attacked three times": a count of incidents (not of one day's)
    year = lex.YEAR_NAMED.search(text, max(s.start, t.start - 80), t.start)  # (across the relative's comma)
    if year and (year.group("rel") or not lex.PAST_VERB.match(text, t.start)):
        return "background"  # "the 2008 attacks", "the 1971 war, which was fought": history
    if lex.ANNIVERSARY_OF.search(text, max(s.start, t.start - 80), t.start) or (
        lex.REMEMBERED_VICTIMS.search(text, max(s.start, t.start - 60), t.start)
        and (lex.YEARS_ON.search(text, s.start, s.end) or lex.COMMEMORATION.search(text, s.start, s.end))
    ) or (lex.VICTIMS_AFTER.match(text, t.end) and lex.COMMEMORATION.search(text, s.start, s.end)):
        # "on the anniversary of the bombing", "mourned the victims of the attack, one year on",
        # "a memorial ceremony for the victims of the massacre": the incident remembered, history
        return "background"
    word = text[t.start:t.end].lower()
    if word.endswith("ing") and lex.PERFECT_PROGRESSIVE.search(before) and not _day_told(text, s):
        return "background"  # "has been attacking ships": a campaign going on, no incident of the day
    if word.endswith("s") and lex.CAMPAIGN_PERFECT.search(before) and not _day_told(text, s):
        return "background"  # "have carried out bomb attacks in areas the SDF holds": a campaign
    if lex.MONTH_BACK.search(text, max(s.start, window[0]), window[1]) and not lex.DAY_NAMED.search(text, max(s.start, window[0]), window[1]):
        return "background"  # "last month gunmen killed three guards": weeks before the news
    if lex.RECENT_DAYS.search(text, max(s.start, window[0]), window[1]) and not _day_told(text, s):
        return "background"  # "gunfights have resumed in recent days": a course of days, no incident told
    dated_from = lex.DATED_FROM.search(text, max(s.start, t.start - 60), t.start)
    if dated_from and dated_from.group("unit").lower().rstrip("s") in ("week", "month", "year", "decade"):
        # "a month after a bombing there": the incident the news dates from; a week or more
        # before the news is context (the guideline's background), "days after" may be news
        return "background"
    if lex.WAVE_TOLD.match(text, t.end, s.end):
        return "background"  # "the protests that have shaken the republic": a wave, no incident
    if lex.RECENTLY_DONE.search(before):
        return "background"  # "recently discussed", "has recently claimed": before the news, no day
    if word.endswith("ing") and lex.CAMPAIGN_MEANS.search(text, max(s.start, t.start - 200), t.start):
        return "background"  # "stepped up its crackdown on migrants, arresting hundreds": the campaign's means
    if not word.split()[0].endswith("ed") and lex.STEPPED_UP.search(before):
        return "background"  # "stepped up artillery fire, drone and air strikes": a campaign's course
    if (
        lex.MONTHS_SPAN.search(text, max(s.start, window[0]), window[1])
        and lex.PERFECT.search(text, max(s.start, window[0]), t.end)
        and not lex.DAY_NAMED.search(text, s.start, s.end)
    ):
        return "background"  # "for four months the two sides have traded fire": a campaign, no incident
    if lex.HISTORY_OPENER.match(text, s.start) and not _day_told(text, s):
        return "background"  # "A year earlier, farmers blocked the highway and police detained their leaders"
    if lex.PERIOD_RANGE.search(text, s.start, min(s.end, t.end + 40)) and not _day_told(text, s):
        return "background"  # "raids on villages rose each year between 2019 and 2023": a period's tally
    if t.subtype == "Arrests" and lex.DAYS_TALLY.match(text, t.end, window[1]):
        # "detained over four nights of protests": a tally of several days (people held are
        # counted; "clashes over two days" still tell the fighting of those days)
        return "background"
    if lex.BACKGROUND_WHERE.search(text, max(s.start, t.start - 120), t.start):  # across "and" of the clause
        return "background"
    if lex.HABITUAL_WHO.search(text, max(s.start, t.start - 80), t.end):
        return "background"
    generic = lex.GENERIC_MENTION.search(history)
    if generic and (_similar_held(text, history, generic, t, window) or _wave_launched(text, s, t)):
        # "similar demonstrations were reported in Rajshahi": other incidents of the day;
        # "launched a wave of drone attacks on Kyiv": the wave is the news
        generic = None
    if generic or lex.BACKGROUND_CLAUSE.search(text, max(s.start, window[0]), window[1]):
        return "background"
    if t.type != DI and lex.CHARGED_DEED.search(text, max(s.start, t.start - 140), t.start) and not lex.DAY_NAMED.search(text, s.start, s.end):
        return "background"  # "rights groups accuse the army of killing civilians"
    if t.type != DI and lex.COURT_CHARGE.search(text, max(s.start, t.start - 140), t.start):
        return "background"  # "a jury convicted the men of conspiracy to murder": the charge tried
    if lex.WAR_TOLL.search(before) or lex.DATED_WHEN.search(text, max(s.start, t.start - 100), t.start):
        return "background"  # "the war has killed 10,000", "in 2018, when dozens were killed"
    if lex.AGGREGATE.search(history) or (lex.AGGREGATE_PERFECT.search(before) and lex.AGGREGATE_AFTER.match(text, t.end, window[1])):
        return "background"  # a count of incidents over time, none of them told
    if lex.AGGREGATE_PERFECT.search(before) and lex.YEAR_TALLY.search(text, max(s.start, window[0]), window[1]):
        return "background"  # "have been murdered so far this year": a tally of the year
    if lex.BACKGROUND_FRAME.search(text, max(s.start, t.start - 180), t.start):
        return "background"  # the frame's conjunction ("after", "when") cut the clause before it
    return "asserted"


def _similar_held(text: str, history: str, generic: re.Match[str], t: Trigger, window: tuple[int, int]) -> bool:
    """Is the generic mention ``generic`` of ``history`` (the words before trigger ``t``) only a
    "similar" told in the simple past after the trigger ("similar protests took place in Kushtia",
    "similar rallies were held in two towns")? A report names so the other incidents of the day
    beside the one it told; the perfect ("similar attacks have taken place") stays a kind."""
    similar = lex.SIMILAR_KIND.search(history)
    return bool(
        similar is not None and similar.start() == generic.start()
        and lex.SIMILAR_HELD.match(text, t.end, max(t.end, window[1]))
    )

