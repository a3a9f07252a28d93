"""The event taxonomy and the trigger patterns that find events (data for :mod:`geo.events.extract`
and the modules it orchestrates).

Every event of Borderlines carries the name of the rule that produced it (``Event.rule``), so a
reader can see why a sentence became, say, an "Explosions/Remote violence / Air/drone strike".
Rules are ordered and scanned together, left to right: where several rules match at the same
words, the more specific one ("suicide bomber") takes them before a general one ("bomb") can,
and generic violence ("killed", "attack") is classified afterwards by who the
victims are (security forces -> Battles / Armed clash; civilians -> Violence against civilians /
Attack), as ACLED's codebook does.

Types and sub-types follow ACLED (6 types, 25 sub-types); "Diplomacy" holds the CAMEO-style
events ACLED does not record (visits, meetings, intents to cooperate, statements and
accusations, threats), with their CAMEO code.

The rules themselves, their vetoes and the word patterns the event modules read are data,
``geo/lang/en/events.toml``, loaded by :mod:`geo.events.ruleset` on first use; this module keeps
the taxonomy and hands the data out under the names the modules use (``rules.RULES``,
``rules.HOSTILE`` …).
"""
from __future__ import annotations

from geo.events import ruleset
from geo.events.ruleset import Rule

__all__ = ["TAXONOMY", "Rule", "VIOLENT_TYPES", "ARMED_TYPES", "GENERIC", "VAGUE"]

#: ACLED's six event types with their 25 sub-types, plus the CAMEO-style Diplomacy types.
TAXONOMY: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
    "Diplomacy": ("Visit", "Meeting", "Agreement/Intent to cooperate", "Statement/Accusation", "Threat"),
}

#: Types whose events are placed on a border segment when the sentence puts them there.
VIOLENT_TYPES = frozenset(
    {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"}
)
#: Armed violence (no crowd): one family of incidents, the scenes of burning and arms found.
ARMED_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})

#: Sub-type name of generic violence, classified by its victims (see geo.events.triggers.classify).
GENERIC = "generic-violence"


BT, EX, VAC, PR, RI, SD, DI = (
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
    "Diplomacy",
)

# ACLED's codebook: vague plurals are coded with fixed low figures.
VAGUE = {"a": 1, "an": 1, "a dozen": 12, "dozens": 12, "scores": 20, "hundreds": 100, "several": 10}


def __getattr__(name: str) -> object:
    """``RULES``, ``REPORTED_ACCUSATION`` and the lexicon (``HOSTILE``, ``GOV_NOUNS``, ``LEADING`` …),
    read from the rules file on first use and kept as module attributes afterwards."""
    if name.startswith("__"):
        raise AttributeError(name)
    rs = ruleset.load()
    key = name.lower()
    if name == "RULES":
        value: object = rs.rules
    elif name == "REPORTED_ACCUSATION":
        value = rs.reported
    elif name.isupper() and key in rs.lexicon:
        value = rs.lexicon[key]
    elif name.isupper() and key in rs.macros:
        value = rs.macros[key]
    elif name.isupper() and key in rs.words:
        value = rs.words[key]
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}; event patterns are in {rs.source}")
    globals()[name] = value  # later reads are plain attribute reads (the scan reads some per word)
    return value
