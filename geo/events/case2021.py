"""CASE 2021 Task 2 (fine-grained event classification): one label per news snippet.

The labels are read off the product's own event extraction (:func:`geo.pipeline.analyse_article`),
never off a separate model: a snippet's label is what the map would draw for it. One table,
:data:`CASE_CODES`, maps the product's (type, sub-type) to CASE's codes (ACLED's 25 sub-types plus
the task's DIPLO and ATTRIB); :func:`choose` picks one event per snippet by a fixed rule:

1. Only events told as having happened (modality ``asserted``) count; when there are none, the
   snippet's other events are tried in the same order (a snippet chosen for an event that was,
   say, foiled still reports it).
2. Material events (ACLED's six types) come before diplomacy, and among those the first in the
   text: ACLED codes what happened; a visit or a meeting beside it is context.
   Except when that event is the object of a statement told just before it in the same sentence
   ("claimed responsibility for the bombing", "imposed sanctions over the gas attack", "denied
   its jets carried out the strikes"): then the snippet reports the statement. A generic attack
   ("attacked", "killed") followed by an explosion or a strike in the snippet takes that sub-type:
   the weapon told later names the attack.
   The calls, denials and claims of who did an attack that are no act between states ("the group
   claimed responsibility for the bombing") are no event of the map; the classifier asks the
   product to keep them (``analyse_article(..., statements=True)``), as CASE codes them.
3. Diplomacy otherwise: accusations (CAMEO 112, "blamed", "accused", "was behind") are CASE's
   ATTRIB, agreements signed or reached (CAMEO 057; the product keeps governments' agreements apart
   from armed parties', ACLED does not) are AGREEMENT, every other diplomatic event is DIPLO.
4. No event at all: ``NONE``, or ``NATURAL_DISASTER`` / ``MAN_MADE_DISASTER`` when the words that
   make the product drop deaths as non-political (:data:`geo.events.rules.NON_VIOLENT_CAUSE`) name
   a natural hazard or an accident, or ``ORG_CRIME`` when the snippet speaks of crime for gain
   (drugs, smuggling, gangs, extortion). These three are fallbacks of the interface only: the
   product draws no event for them.

Input: ``id<TAB>EventSnippet[<TAB>SubType]`` with or without a header line; output
``id<TAB>LABEL``.
"""
from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from geo.errors import InputError
from geo.events.rules import GENERIC
from geo.events.ruleset import load
from geo.models import Event

__all__ = ["CASE_CODES", "ACLED_CODES", "Snippet", "read_snippets", "choose", "label", "label_all", "NONE"]

NONE = "NONE"

#: (type, sub-type) of the product -> CASE 2021 code. Diplomacy is split by CAMEO code in choose().
CASE_CODES: dict[tuple[str, str], str] = {
    ("Battles", "Armed clash"): "ARMED_CLASH",
    ("Battles", "Government regains territory"): "GOV_REGAINS_TERIT",
    ("Battles", "Non-state actor overtakes territory"): "NON_STATE_ACTOR_OVERTAKES_TER",
    ("Explosions/Remote violence", "Chemical weapon"): "CHEM_WEAP",
    ("Explosions/Remote violence", "Air/drone strike"): "AIR_STRIKE",
    ("Explosions/Remote violence", "Suicide bomb"): "SUIC_BOMB",
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"): "ART_MISS_ATTACK",
    ("Explosions/Remote violence", "Remote explosive/landmine/IED"): "REM_EXPLOS",
    ("Explosions/Remote violence", "Grenade"): "GRENADE",
    ("Violence against civilians", "Sexual violence"): "SEX_VIOL",
    ("Violence against civilians", "Attack"): "ATTACK",
    ("Violence against civilians", "Abduction/forced disappearance"): "ABDUCT_DISSAP",
    ("Protests", "Peaceful protest"): "PEACE_PROTEST",
    ("Protests", "Protest with intervention"): "PROTEST_WITH_INTER",
    ("Protests", "Excessive force against protesters"): "FORCE_AGAINST_PROTEST",
    ("Riots", "Violent demonstration"): "VIOL_DEMONSTR",
    ("Riots", "Mob violence"): "MOB_VIOL",
    ("Strategic developments", "Agreement"): "AGREEMENT",
    ("Strategic developments", "Arrests"): "ARREST",
    ("Strategic developments", "Change to group/activity"): "CHANGE_TO_GROUP_ACT",
    ("Strategic developments", "Disrupted weapons use"): "DISR_WEAP",
    ("Strategic developments", "Headquarters or base established"): "HQ_ESTABLISHED",
    ("Strategic developments", "Looting/property destruction"): "PROPERTY_DISTRUCT",
    ("Strategic developments", "Non-violent transfer of territory"): "NON_VIOL_TERRIT_TRANSFER",
    ("Strategic developments", "Other"): "OTHER",
}
#: CASE subtask 1: the 25 ACLED sub-type codes.
ACLED_CODES: frozenset[str] = frozenset(CASE_CODES.values())

_DIPLOMACY = "Diplomacy"
_ACCUSATION_CAMEO = "112"
#: CAMEO "sign formal agreement": the product's governments' agreements (Diplomacy) are ACLED's Agreement too.
_FORMAL_AGREEMENT_CAMEO = "057"
_NATURAL = re.compile(
    r"\b(?:floods?|flooding|downpours?|monsoon|storms?|cyclones?|hurricanes?|typhoons?|tornado(?:es)?|earthquakes?|"
    r"quakes?|landslides?|mudslides?|avalanches?|heat\s*waves?|drought|wildfires?|forest\s+fires?|tsunami|eruption|"
    r"volcan(?:o|ic))\b",
    re.IGNORECASE,
)


#: Accidents the product does not draw (no political event): explosions it vetoed as industrial, wrecks.
_ACCIDENT = re.compile(
    r"\b(?:explo(?:ded|sions?)|blasts?|ran\s+aground|capsized|sank|shipwreck|wreck|struck\s+by\s+a\s+(?:bulk\s+carrier|ship|vessel|train)|"
    r"food\s+poisoning|toxins?|contaminated)\b",
    re.IGNORECASE,
)
#: Crime for gain, organised: CASE's ORG_CRIME, told when the snippet holds no political event.
_CRIME = re.compile(
    r"\b(?:drugs?|narcotics?|cocaine|heroin|methamphetamine|shabu|cannabis|marijuana|traffick(?:ing|ers?|ed)|smuggl(?:ing|ers?|ed)|"
    r"cartels?|gangs?|gangsters?|mafia|extortion|racketeering|money\s+laundering|fraud|robber(?:y|ies)|robbed|heist|"
    r"counterfeit|poach(?:ing|ers?)|illegal\s+(?:mining|logging))\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Snippet:
    id: str
    text: str
    gold: str | None = None


def read_snippets(path: Path) -> list[Snippet]:
    """Rows ``id<TAB>text[<TAB>label]`` of a TSV file; a first row ``id / EventSnippet`` is a header."""
    if not path.is_file():
        raise InputError(f"no such snippet file: {str(path)!r}")
    out: list[Snippet] = []
    with path.open(encoding="utf-8", newline="") as f:
        for no, row in enumerate(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
            if not row or not any(c.strip() for c in row):
                continue
            if no == 1 and row[0].strip().lower() == "id" and len(row) > 1 and row[1].strip().lower() in ("eventsnippet", "text", "snippet"):
                continue
            if len(row) < 2:
                raise InputError(f"{path}:{no}: expected id<TAB>snippet, got {len(row)} column")
            gold = row[2].strip() if len(row) > 2 and row[2].strip() else None
            out.append(Snippet(row[0].strip(), row[1], gold))
    return out


def _code(e: Event) -> str:
    if e.type == _DIPLOMACY:
        if e.cameo == _FORMAL_AGREEMENT_CAMEO:
            return "AGREEMENT"  # ACLED has one "Agreement" for every agreement signed or reached
        return "ATTRIB" if e.cameo == _ACCUSATION_CAMEO else "DIPLO"
    return CASE_CODES.get((e.type, e.subtype), "OTHER")


def choose(events: Sequence[Event]) -> Event | None:
    """The event a snippet is about (the rule of the module docstring, steps 1–3)."""
    if not events:
        return None
    ordered = sorted(events, key=lambda e: (e.modality != "asserted", e.type == _DIPLOMACY, e.trigger.start))
    first = ordered[0]
    rule = load().get(first.trigger.reason)
    if rule is not None and rule.subtype == GENERIC and first.modality == "asserted":
        # "synchronised attacks … The attacks, mostly with grenades": the weapon told later names the attack
        means = [e for e in ordered if e.type == "Explosions/Remote violence" and e.modality == "asserted" and e.trigger.start > first.trigger.start]
        if means:
            first = means[0]
    if first.type != _DIPLOMACY:
        for d in events:
            if _governs(d, first):
                return d
    return first


#: How far after a statement's verb the event it is about may start ("claimed responsibility for
#: Friday's bombing in the capital").
_OBJECT_REACH = 80


def _governs(d: Event, e: Event) -> bool:
    """Is material event ``e`` the object of statement ``d``, told in the same sentence?

    "X claimed responsibility for the bombing", "Y imposed sanctions over the chemical attack",
    "Z denied its planes carried out the air strikes": the snippet reports the statement; the
    violent event is what it is about (it may well be drawn on the map, told elsewhere).
    """
    return (
        d.type == _DIPLOMACY
        and d.subtype in ("Statement/Accusation", "Threat")
        and d.modality == "asserted"
        and d.sentence == e.sentence
        and 0 <= e.trigger.start - d.trigger.end <= _OBJECT_REACH
    )


def label(text: str) -> str:
    """The CASE code of one snippet."""
    from geo.ingest.readers import from_text
    from geo.pipeline import analyse_article

    if not text.strip():
        return NONE
    article = from_text(text, title="")
    ev = choose(analyse_article(article, statements=True).events)
    if ev is not None:
        return _code(ev)
    from geo.events.rules import NON_VIOLENT_CAUSE

    if _NATURAL.search(text):
        return "NATURAL_DISASTER"
    if NON_VIOLENT_CAUSE.search(text) or _ACCIDENT.search(text):
        return "MAN_MADE_DISASTER"
    if _CRIME.search(text):
        return "ORG_CRIME"
    return NONE


def label_all(snippets: Iterable[Snippet]) -> dict[str, str]:
    """id -> label for every snippet."""
    return {s.id: label(s.text) for s in snippets}
