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
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from geo.lang.en import alternation
from geo.lang.en.numbers import NUMBER_WORDS, SMALL_NUMBER_WORDS

__all__ = ["TAXONOMY", "Rule", "RULES", "REPORTED_ACCUSATION", "VIOLENT_TYPES", "GENERIC", "taxonomy_check"]

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

#: Sub-type name of generic violence, classified by its victims (see geo.events.triggers.classify).
GENERIC = "generic-violence"


@dataclass(frozen=True, slots=True)
class Rule:
    """One trigger pattern: the words that signal an event of ``type`` / ``subtype``."""

    name: str  # shown to the user as Event.rule
    type: str
    subtype: str
    pattern: re.Pattern[str]
    cameo: str | None = None


def _r(name: str, type_: str, subtype: str, pattern: str, cameo: str | None = None) -> Rule:
    return Rule(name, type_, subtype, re.compile(pattern, re.IGNORECASE), cameo)


#: Arms a seizure or a find is about ("seized nine pistols", "two explosive devices were found").
_WEAPON = (
    r"(?:firearms?|guns?|pistols?|revolvers?|rifles?|muskets?|carbines?|kalashnikovs?|ak-47s?|shotguns?|machine\s+guns?|"
    r"weapons?|arms|ammunitions?|ammo|(?:live\s+)?rounds|cartridges|bullets|magazines|explosives?|explosive\s+devices?|"
    r"i\.?e\.?d\.?s?(?![\w.])|(?:land)?mines|grenades?|grenade\s+launchers?|bombs?|rocket\s+bombs?|projectiles|"
    r"rockets?|mortars?|detonators?|(?:arms\s+)?caches?|stash(?:es)?|arsenals?|stockpiles?|suspicious\s+packages?)\b"
)
_DET = r"(?:a|an|the|this|that|its|his|her|their|two|three|\w+-day|new|joint|formal|landmark|historic|bilateral|\s)*"
_AGREEMENT_NOUN = r"(?:agreements?|deals?|accords?|memorand(?:um|a)(?:\s+of\s+understanding)?|mous?|treat(?:y|ies)|ceasefire|cease-fire|truce|pacts?|peace\s+deal)"

#: "... had been launched from", "... was behind": an attack attributed to someone (whom: after it)
_ATTRIBUTION = (
    r"\b(?:(?:had|has|have)\s+been\s+|was\s+|were\s+)?(?:launched|carried\s+out|staged|planned|orchestrated|directed|"
    r"masterminded|sponsored|backed|armed|funded|fired|sent|operating|infiltrat(?:ed|ing)|crossed(?:\s+over)?|came|originated)"
    r"\s+(?:from|by)\b|\b(?:was|were|is|are)\s+(?:behind|responsible\s+for)\b"
)
ATTRIBUTION = re.compile(_ATTRIBUTION, re.IGNORECASE)
#: "travelled to Kabul and then visited Tehran": a named place and "and" between two triggers of
#: one rule make two events, not one said twice.
NEXT_STOP = re.compile(r"\b[A-Z][\w'’-]+\s*,?\s+(?:and|then|before)\s+(?:then\s+|later\s+)?$")
#: What an accusation is about: "the raid had been launched from", not "aid came from Japan".
HOSTILE = re.compile(
    r"\b(?:attacks?|raids?|assaults?|ambush(?:es)?|strikes?|bombings?|blasts?|explosions?|shelling|incursions?|"
    r"militants?|gunmen|fighters|rebels|insurgents|guerrillas|terrorists?|attackers|assailants|bombers?|infiltrators|"
    r"missiles?|rockets?|drones?|shells?|mortars?)\b",
    re.IGNORECASE,
)
#: Words one of which every ATTRIBUTION holds: a cheap test before the pattern runs.
ATTRIBUTION_WORDS = (
    "launched", "carried", "staged", "planned", "orchestrated", "directed", "masterminded", "sponsored", "backed",
    "armed", "funded", "fired", "sent", "operating", "infiltrat", "crossed", "came", "originated", "behind",
    "responsible",
)  # fmt: skip

BT, EX, VAC, PR, RI, SD, DI = (
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
    "Diplomacy",
)

#: Trigger rules, most specific first (a later rule never re-uses words an earlier one took).
RULES: tuple[Rule, ...] = (
    # -- explosions / remote violence
    _r("chemical-weapon", EX, "Chemical weapon",
       r"\b(?:chemical\s+(?:weapons?|attacks?|agents?)|(?:chlorine|sarin|mustard|nerve)\s+(?:gas|agent)s?|gas\s+attacks?|toxic\s+gas\s+attacks?|"
       r"(?:poison(?:ous)?|toxic)\s+gas(?!\s+(?:leak|leaked|leakage|cloud\s+from))|(?:filled|loaded)\s+with\s+(?:[\w-]+\s+){0,2}(?:chlorine|sarin|gas))\b"),
    _r("suicide-bomb", EX, "Suicide bomb",
       r"\b(?:suicide\s+(?:[\w-]+\s+){0,3}?(?:bomb(?:er|ers|ing|ings|s)?|attacks?|attackers?|vests?|devices?|i\.?e\.?d|car|truck|vehicle)|sv-?bieds?|"
       r"(?:detonated\s+(?:[\w-]+\s+){0,2}?)?(?:explosive|suicide)\s+(?:vests?|belts?)|blew\s+(?:himself|herself|themselves)\s+up|"
       r"detonated\s+(?:[\w-]+\s+){0,2}(?:explosives?|bombs?|devices?),?\s+killing\s+(?:himself|herself|themselves))\b"),
    _r("disrupted-weapons", SD, "Disrupted weapons use",
       r"\b(?:(?:seized|seize|seizes|seizing|recovered|confiscated|found|discovered|unearthed|intercepted|impounded|"
       r"(?:destroyed|cleared|dismantled|neutrali[sz]ed|removed)(?=\s+(?:[\w,-]+\s+){0,4}?(?:mines|landmines|i\.?e\.?d|improvised|explosive\s+devices|bombs|unexploded)))"
       r"\s+(?:[\w,.-]+\s+){0,6}?" + _WEAPON + r"|" + _WEAPON + r"(?:\s+[\w,.()-]+){0,10}?\s+(?:were|was|have\s+been|has\s+been|had\s+been|being)\s+(?:\w+\s+)?"
       r"(?:seized|recovered|confiscated|found|discovered|unearthed|intercepted|impounded|defused)|"
       r"defus(?:ed|es|ing)|(?:seized|recovered|confiscated|found)\s+(?:a\s+|an\s+)?(?:large\s+)?(?:cache|haul|stockpile|weapons|arms|explosives|ammunition)|(?:intercepted|shot\s+down|downed)\s+(?:a\s+|an\s+|two\s+|three\s+|several\s+)?(?:[\w-]+\s+)?(?:drones?|missiles?|rockets?)|weapons\s+cache)\b"),
    _r("air-drone-strike", EX, "Air/drone strike",
       r"\b(?:air\s*-?\s*strikes?|air\s+raids?|drone\s+(?:strikes?|attacks?)|(?:bombed|strafed)\s+from\s+the\s+air|warplanes?|fighter\s+jets?|(?:helicopter\s+)?gunships?|aerial\s+(?:bombardment|attacks?|bombing)|(?:drones?|jets?|aircraft|planes|warplanes?|helicopters?)\s+(?:struck|hit|bombed|attacked|targeted|pounded|strafed))\b"),
    _r("shelling", EX, "Shelling/artillery/missile attack",
       r"\b(?:rocket-propelled\s+grenades?|rpgs?|tanks?\s+(?:fire|shells?|attacks?|attacked|shelled)|"
       r"(?:struck|hit|targeted|attacked|pounded)\s+(?:by|with)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:missiles?|rockets?|shells?|mortars?)|"
       r"(?:missiles?|rockets?|shells?|mortars?)\s+(?:were\s+|was\s+)?fired|shell(?:ed|ing|s)|(?-i:shell)(?!\s+(?:compan(?:y|ies)|corporations?|firms?|oil|petrol|stations?))|artillery|mortars?|(?:fired|launched)\s+(?:[\w-]+\s+){0,2}(?:rockets?|missiles?|shells?)|rockets?\s+(?:fire|attacks?|hit|struck|landed|slammed)|missiles?\s+(?:strikes?|attacks?|hit|struck|landed|slammed)|ballistic\s+missiles?|cruise\s+missiles?)\b"),
    _r("grenade", EX, "Grenade", r"\b(?:hand\s+)?grenades?(?:\s+attacks?)?\b"),
    _r("remote-explosive", EX, "Remote explosive/landmine/IED",
       r"\b(?:roadside\s+bombs?|i\.?e\.?d\.?s?(?![\w.])|improvised\s+explosive(?:\s+devices?)?|(?:land\s*)?mines?\s+(?:blast|explosion|exploded|went\s+off)|landmines?|car\s+bombs?|(?:bomb|blast|explosion|explosions|blasts)\s+(?:ripped|tore|hit|struck|killed|exploded|went\s+off)|(?:bomb|bombs)\s+(?:exploded|went\s+off|blast)|(?:a|an|the|two|twin)\s+(?:powerful\s+|huge\s+|massive\s+)?(?:bomb\s+)?(?:blasts?|explosions?)|exploded|detonated|magnetic\s+bombs?|planted\s+(?:a\s+)?bombs?|remote-controlled\s+(?:bombs?|devices?)|explosive\s+devices?|bombings?)\b"),
    # -- riots and protests (before violence: "mob" / "protesters torched")
    _r("mob-violence", RI, "Mob violence", r"\b(?:mobs?|lynch(?:ed|ing|ings)?|vigilantes)\b"),
    _r("riot", RI, "Violent demonstration", r"\b(?:riot(?:ed|ers|s|ing)?)\b(?!\s+(?:police|policemen|gear|squads?|units?|control|shields?|officers|troops|act))"),
    _r("protest", PR, "Peaceful protest",
       r"\b(?:protest(?:ed|ers|s|ing)?|demonstrat(?:ed|ion|ions|ors|ing)|(?<!stocks\s)(?<!shares\s)(?<!markets\s)(?<!prices\s)(?<!bonds\s)(?<!index\s)rall(?:y|ies|ied)(?!\s+(?:behind|around|to\s+(?:win|beat|a|an|the|\d)))|(?<![A-Z])march(?:ed|es)?(?:\s+(?:peacefully|silently|together))?(?=\s+(?:to|through|in|on|from|against|towards?))|sit-ins?|took\s+to\s+the\s+streets|(?:went|go|gone)\s+on\s+(?:a\s+)?strike|(?:general|hunger)\s+strikes?|picket(?:ed|s)?|strik(?:e|ing)\s+workers|"
       r"dispers(?:e|ed|ing)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:crowds?|protesters|demonstrators|rall(?:y|ies)|gatherings?|marchers|anti-[\w-]+))\b"),
    # -- violence against civilians (specific)
    _r("sexual-violence", VAC, "Sexual violence",
       r"\b(?:rap(?:ed|es|ing)|rape|sexual(?:ly)?\s+(?:assault(?:ed|s)?|abuse[ds]?|violence))\b"),
    _r("abduction", VAC, "Abduction/forced disappearance",
       r"\b(?:abduct(?:ed|s|ion|ions|ing)|kidnap(?:p?ed|s|pings?|ping)|forcibly\s+disappeared|enforced\s+disappearances?|(?:taken|held)\s+hostage)\b"),
    # -- battles (specific)
    _r("government-regains", BT, "Government regains territory",
       r"\b(?:recaptur(?:ed|es|ing)|retook|retaken|retake|regain(?:ed|s)?\s+control|took\s+back|cleared\s+(?:the\s+)?(?:town|city|village|area|district)\s+of)\b"),
    _r("non-state-overtakes", BT, "Non-state actor overtakes territory",
       r"\b(?:overran|overrun|took\s+over|taken\s+over|takeover|(?:seized|taken|took|taking|wrested|gained|seize|take)\s+(?:the\s+)?control|"
       r"(?:captured|seized|capture|seize)\s+(?:the\s+|a\s+|two\s+|three\s+|four\s+|five\s+|several\s+|\d+\s+)?(?:[\w-]+\s+){0,3}?(?:towns?|city|villages?|districts?|district\s+cent(?:re|er)|bases?|areas?|capital|provinces?|border\s+(?:crossings?|points?|posts?)|port|neighbou?rhoods?|camps?|hills?|positions|airport|oilfields?)|"
       r"(?:drove|pushed|driven|forced)\s+(?:[\w-]+\s+){1,4}?out\s+of|pushed\s+back|advanced\s+(?:into|in)\b)\b"),
    _r("armed-clash", BT, "Armed clash",
       r"\b(?:clash(?:ed|es)?|fought|gun\s*-?\s*battles?|firefights?|exchange[sd]?\s+(?:of\s+)?fire|skirmish(?:es)?|heavy\s+fighting|fighting\s+(?:between|erupted|broke\s+out))\b"),
    # -- strategic developments
    _r("agreement", SD, "Agreement",
       r"\b(?:(?:reached|reach|reaches|signed|sign|signs|concluded|struck|inked|finali[sz]ed|brokered|announced)\s+" + _DET + _AGREEMENT_NOUN
       + r"|agreed\s+(?:on|to|upon)|agree(?:s|d)?(?=\s+(?:a|an|on|to|joint|new))|(?:ceasefire|truce|deal)\s+(?:was|has\s+been|had\s+been)\s+(?:agreed|reached|signed)|prisoner\s+(?:swap|exchange)s?)\b",
       "057"),
    _r("arrests", SD, "Arrests",
       r"\b(?:arrest(?:ed|s|ing)?|detain(?:ed|s|ing)|taken\s+into\s+custody|rounded\s+up|apprehended|jailed)\b"),
    _r("change-to-group", SD, "Change to group/activity",
       r"\b(?:announced\s+(?:the\s+)?(?:formation|creation|merger|dissolution)|formed\s+a\s+new\s+(?:group|alliance|coalition|militia)|merged\s+with|split\s+from|appointed\s+(?:a\s+)?new\s+(?:leader|commander|chief|head)|named\s+(?:a\s+)?new\s+(?:leader|commander)|pledged\s+allegiance|(?:began|started)\s+recruiting|"
       r"(?:deploy(?:ed|s|ing)?|redeploy(?:ed|s|ing)?|dispatched|sent|moving|moved|forwarded|rushed)\s+(?:(?:more|additional|extra|fresh|new|its|their|the|a|large|number|of|hundreds|thousands|\d+)\s+)*(?:[\w-]+\s+)?(?:troops|forces|soldiers|reinforcements|units|fighters|battalions?|brigades?|police)|"
       r"(?:troops|forces|soldiers|reinforcements|units|fighters)\s+(?:have\s+been\s+|had\s+been\s+|were\s+|was\s+)?(?:deployed|dispatched|redeployed|formed|reinforced|mobili[sz]ed)|"
       r"reinforced\s+(?:its|their|the)\s+(?:presence|positions|troops|forces)|defect(?:ed|ing|ions?)|mobili[sz](?:ed|ing)\s+(?:\w+\s+){0,3}(?:fighters|forces|troops|men|militia)|"
       r"fortif(?:y|ied|ies)\s+(?:their|its)\s+positions)\b"),
    _r("base-established", SD, "Headquarters or base established",
       r"\b(?:set(?:ting)?\s+up|establish(?:ed|es|ing)?|opened|built)\s+(?:a|an|its|their|new|two|three|several|\s)*(?:[\w-]+\s+){0,2}?(?:base|camp|headquarters|outpost|garrison|(?:military|observation|army|police|security)\s+(?:posts?|points?)|checkpoint|command\s+cent(?:re|er))s?\b"),
    _r("looting", SD, "Looting/property destruction",
       r"\b(?:loot(?:ed|ing)|plunder(?:ed|ing)|ransack(?:ed|ing)|torch(?:ed|ing)|set\s+(?:fire\s+to|ablaze|on\s+fire)|burn(?:ed|t)\s+down|demolish(?:ed|ing)|vandali[sz](?:ed|ing)|destroy(?:ed|ing)\s+(?:\w+\s+){0,2}(?:homes|houses|shops|buildings|property|crops|vehicles))\b"),
    _r("non-violent-transfer", SD, "Non-violent transfer of territory",
       r"\b(?:withdr(?:ew|awn)\s+from|pulled\s+out\s+of|handed\s+(?:over\s+)?control|handed\s+over\s+(?:the\s+)?(?:town|city|area|district|base))\b"),
    _r("other-development", SD, "Other",
       r"\b(?:imposed\s+(?:a\s+)?curfew|curfew\s+(?:was|has\s+been)\s+imposed|closed\s+(?:the\s+|all\s+)?(?:border|crossings?|crossing\s+points?|frontier)|(?:internet|mobile)\s+(?:shutdown|blackout)|suspended\s+(?:internet|mobile)\s+services)\b"),
    # -- diplomacy (CAMEO)
    _r("threat", DI, "Threat",
       r"\b(?:threaten(?:ed|s|ing)?|warned\s+(?:of\s+)?(?:retaliation|reprisals?|consequences|that|it\s+would|they\s+would)|vowed\s+(?:retaliation|revenge|to\s+retaliate|to\s+avenge))\b",
       "130"),
    _r("host-visit", DI, "Visit", r"\b(?:hosted|hosts|welcomed\s+(?:the\s+)?visiting|received\s+(?:a\s+|the\s+)?(?:visiting|delegation))\b", "043"),
    _r("visit", DI, "Visit",
       r"\b(?:visit(?:ed|s|ing)?(?!\s+(?:by|from))|(?:made|make|makes|making|paid|pay|pays|on|during|began|begins|wrapped\s+up)\s+(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+){0,2}(?:trip|visit|tour)(?:\s+to)?|flew\s+(?:in)?to|flies\s+to|travel(?:l?ed|s)\s+to|arrived\s+in|arrives\s+in|toured)\b",
       "042"),
    _r("phone-call", DI, "Meeting",
       r"\b(?:(?:made|held|had|received)\s+a\s+(?:phone\s+|telephone\s+)?call\s+(?:to|with|from)|spoke\s+by\s+(?:tele)?phone|(?:phone|telephone)\s+(?:call|conversation)\s+with)\b",
       "041"),
    _r("talks", DI, "Meeting",
       r"\b(?:(?:held|hold|holds|holding|for|in|opened|began|resumed)\s+(?:\w+\s+)?talks|negotiat(?:ed|ions|ing)\s+with|talks\s+with)\b",
       "046"),
    _r("meeting", DI, "Meeting",
       r"\b(?:met(?:\s+with)?|meets?(?:\s+with)?|meeting\s+with|(?:held|hold|holds|had)\s+(?:a\s+)?(?:\w+\s+)?meetings?|discussed|summit)\b",
       "040"),
    _r("intent-to-cooperate", DI, "Agreement/Intent to cooperate",
       r"\b(?:vow(?:ed|s)?\s+to|pledg(?:ed|es)?\s+to|promis(?:ed|es)\s+to|committed\s+to|expressed\s+(?:a\s+|their\s+|his\s+|her\s+)?(?:desire|willingness|readiness|intent(?:ion)?)|offered\s+to\s+(?:help|mediate|cooperate)|will\s+cooperate|to\s+cooperate|explore\s+avenues)\b",
       "030"),
    _r("accusation", DI, "Statement/Accusation", r"\b(?:accus(?:ed|es|ing)|blam(?:ed|es|ing))\b", "112"),
    _r("criticism", DI, "Statement/Accusation",
       r"\b(?:condemn(?:ed|s|ing)|criticized|criticised|criticizes|criticises|denounc(?:ed|es))\b", "111"),
    _r("sanctions", DI, "Statement/Accusation",
       r"\b(?:(?:impos(?:ed|es|ing|e)|slap(?:ped|s)?|announc(?:ed|es)|unveil(?:ed|s)|levied|extend(?:ed|s)|tighten(?:ed|s)?)\s+(?:[\w-]+\s+){0,3}?sanctions|sanctions\s+(?:on|against)|"
       r"expel(?:led|s)?\s+(?:the\s+|two\s+|three\s+|\d+\s+)?(?:[\w'’-]+\s+){0,3}?(?:diplomats?|ambassadors?|envoys?|embassy\s+staff)|"
       r"(?:cut|severed|severs|cuts|broke\s+off|suspended|downgraded)\s+(?:[\w-]+\s+)?(?:diplomatic\s+)?(?:ties|relations)\s+with|recalled\s+(?:its|their|the)\s+(?:ambassador|envoy))\b",
       "160"),
    _r("responsibility", DI, "Statement/Accusation",
       r"\b(?:claim(?:ed|s|ing)?\s+responsibility|took\s+credit|takes?\s+credit|(?:are|is|were|was)\s+(?:suspected\s+to\s+be\s+|believed\s+to\s+be\s+)?behind|"
       r"(?:is|are|was|were)\s+responsible\s+for|denied\s+(?:any\s+)?(?:involvement|responsibility))\b",
       "112"),
    _r("complaint", DI, "Statement/Accusation", r"\b(?:summoned\s+(?:the|a|an)?\s*(?:[\w'’]+\s+){0,2}(?:envoy|ambassador|diplomat|charg[eé]))\b", "114"),
    # Rejections and denials are statements too; CAMEO has no code for "deny", so none is given.
    _r("rejection", DI, "Statement/Accusation",
       r"\b(?:(?:rejected|dismissed|refuted)\s+(?:the|this|these|that|those|such)\s+(?:charges?|accusations?|allegations?|claims?)|denied|denies)\b"),
    _r("appeal", DI, "Statement/Accusation", r"\b(?:urg(?:ed|es)|called\s+on|appealed\s+to)\b(?=\s+(?:the\s+)?[A-Z\w])", "020"),
    _r("announcement", DI, "Statement/Accusation", r"\b(?:announc(?:ed|es)|declared)\b(?!\s+(?:the\s+)?(?:formation|creation|merger|dissolution))", "010"),
    # -- generic violence: classified by the victims afterwards
    _r("violence", BT, GENERIC,
       r"\b(?:attack(?:s|ed|ing)?|raid(?:s|ed)?|assault(?:s|ed)?|ambush(?:ed|es)?|target(?:ed|ing)|opened\s+fire|kill(?:ed|ing|s)|shot\s+dead|gunned\s+down|shot\s+(?:and\s+(?:killed|wounded|injured)|at|(?:a|an|the|two|three|four|five|six|several|\d+)\s+(?:[\w-]+\s+)?(?:man|men|woman|women|boy|girl|child|children|people|person|policem[ae]n|police\s+officers?|officers?|soldiers?|guards?|civilians?|villagers?|workers?|teachers?|schoolteachers?|students?|journalists?|elders?|traders?|shopkeepers?|passengers?|protesters?|demonstrators?|militants?|suspects?))|(?<=was\s)shot|(?<=were\s)shot|(?<=been\s)shot|murder(?:ed|s)?|massacre[ds]?|stabbed|beheaded|stormed)\b"),
)

#: "officials said the raid had been launched from Pakistani territory": an accusation reported
#: with a plain speech verb. Scanned apart from RULES, and only in sentences holding one of
#: ATTRIBUTION_WORDS ("said" is frequent; in the joint scan it would slow every sentence); kept
#: when an ATTRIBUTION follows it and the accused is a country (geo.events.parties.accused).
REPORTED_ACCUSATION = _r(
    "reported-accusation", DI, "Statement/Accusation",
    r"\b(?:said|says|claimed|claims|alleged|alleges|insisted|charged|maintained)\b", "112",
)


# ---------------------------------------------------------------------------- lexicon
# Word lists and patterns the event modules read (geo.events.actors, geo.events.triggers, geo.events.places …): who acts (titles, organisations, groups,
# references), where (locative prepositions, border cues), what happened to whom (victims,
# fatality figures), and how it is said (clause breaks, negation, speculation).

TITLE = (
    r"(?:(?:Lt\.|Lieutenant|Maj\.|Major|Brig\.|Brigadier|Field\s+Marshal|Vice|Deputy|Acting|Chief|Prime|Foreign|"
    r"Interior|Defen[cs]e|Home|Finance|Supreme)\s+)*"
    r"(?:Gen\.|General|President|Minister|Col\.|Colonel|Capt\.|Captain|Adm\.|Admiral|Gov\.|Governor|Dr\.|Mr\.|Mrs\.|"
    r"Ms\.|Sen\.|Senator|King|Queen|Prince|Sheikh|Ayatollah|Mullah|Maulana|Commander|Ambassador|Premier|Chancellor|"
    r"Mayor|Judge|Imam|Leader)"
)
NAME_WORD = r"[A-Z][\w'’-]*[\w]"
PERSON = re.compile(
    rf"\b(?P<title>{TITLE})\s+(?P<name>{NAME_WORD}(?:\s+(?:{NAME_WORD}|bin|ibn|al-\w+|ul|ud|de|van|von))*)"
)
ROLE = re.compile(
    r"(?:(?P<owner>[A-Z][\w-]+)(?:'s|’s)\s+|\b(?P<the>[Tt]he)\s+(?:(?P<dem>[A-Z][a-z]+)\s+)?)"
    r"(?P<role>(?:interior|foreign|defen[cs]e|home|finance|information|prime)\s+minister|minister|"
    r"army\s+chief|military\s+chief|president|foreign\s+secretary|spokes(?:man|woman|person))\b",
)
ORG_HEADS = (
    r"Taliban|Army|Front|Movement|Party|Brigades?|Corps|Council|Liberation|Guards?|Ministry|Commission|Jaish|Lashkar|"
    r"Tehreek|Tehrik|Jamaat|Hizb|Harakat|Ansar|Qaeda|Shabaab|Haram|Hamas|Hezbollah|Houthis?|Militia|Alliance|"
    r"Coalition|Organi[sz]ation|Union|League|Wagner|State|Forces"
)
ORG = re.compile(
    rf"\b(?:(?:{NAME_WORD}|al|Al|e|ul|ud|of|the|and)(?:-|\s+))*(?:{ORG_HEADS})\b(?:(?:-|\s+)(?:{NAME_WORD}))*"
)
ORG_HEAD = re.compile(rf"\b(?:{ORG_HEADS})\b")
ORG_NOT_ALONE = frozenset({"Forces", "State", "Union", "Party", "Army", "Council", "Ministry", "Guard", "Guards", "Front", "League"})
LEADING = frozenset(
    "the a an and of since in on at after before when while as but also because both for with by from recent "
    "last this that these those".split()
)
ACRONYM_ALIAS = re.compile(r",?\s+(?:or|\()\s*(?P<acr>[A-Z][A-Z0-9-]{1,7})\)?")
GOV_NOUNS = (
    r"officials?|government|authorities|military|militaries|army|armed\s+forces|forces|troops|soldiers|police|"
    r"state\s+media|media|navy|air\s+force|diplomats?|delegation|side|leaders?|foreign\s+ministry|ministry|"
    r"embassy|envoy|ambassador|president|prime\s+minister|minister|spokes(?:man|woman|person)|counterparts?|"
    r"security\s+forces|border\s+(?:guards|forces|police)|guards|intelligence|jets|warplanes|drones|people|commanders?|"
    r"generals?|officers|army\s+chief|courts?|judiciary"
)
#: What a state fights with: "Russian missiles", "Ukrainian shelling", "Armenian positions" -> the state acts.
STATE_MEANS = (
    r"missiles?|rockets?|shells?|shelling|artillery|mortars?|air\s*strikes?|strikes?|bombardment|gunfire|"
    r"positions|posts|bases|warships?|tanks?|helicopters?|aircraft|planes|fighter\s+jets"
)
#: "Fighters of the Islamic State Sahel Province": the organisation acts, not its members.
MEMBERS_OF = re.compile(
    r"^(?:Fighters|Members|Militants|Leaders|Commanders|Supporters|Units|Elements|Remnants|Rebels|Gunmen|Insurgents|"
    r"Troops|Soldiers)\s+of\s+(?:the\s+)?(?=[A-Z])"
)
#: "the region of Niger", "parts of Syria": a country named as an area, not as an actor.
AREA_OF = re.compile(
    r"\b(?:province|region|state|district|county|governorate|oblast|part|parts|areas?|territory|soil|capital|city|"
    r"town|village|outskirts|interior|coast|north|south|east|west)\s+of\s+$",
    re.IGNORECASE,
)
#: "the group" refers back to the organisation last named.
ORG_REF = re.compile(
    r"\bthe\s+(?:group|organi[sz]ation|movement|militia)\b(?!\s+of\s+(?:\d|about|around|some|[a-z]+\s+)?"
    r"(?:people|men|women|protesters|students|soldiers|villagers|civilians|militants|fighters|activists|workers|officials|countries))",
    re.IGNORECASE,
)
#: A speaker after the event it reports: "..., residents said" is no party to the event.
SPEAKER_AFTER = re.compile(r"\s+(?:said|say|says|told|reported|added|claimed)\b", re.IGNORECASE)
#: The subject of a reported accusation that speaks for a state without being named.
UNNAMED_OFFICIALS = re.compile(
    r"\b(?:officials|authorities|government|ministry|spokes(?:man|woman|person)|military|army)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)

GROUP_NOUNS = (
    r"shopkeepers?|teachers?|smugglers?|militants?|gunmen|separatists?|insurgents?|rebels?|fighters?|terrorists?|attackers?|assailants?|"
    r"protesters?|demonstrators?|traders?|farmers?|students?|workers?|villagers?|civilians?|nationals?|"
    r"refugees?|migrants?|smugglers?|tribesmen|mob"
)
GROUP = re.compile(
    r"\b(?:(?:armed|unidentified|unknown|suspected|separatist|militant|Baloch|Baluch|Islamist|jihadist|tribal|local|"
    r"rival|masked|heavily\s+armed|angry|striking|government|provincial|federal|interim|counter-terrorism|rebel)\s+)*"
    r"(?:(?<=unidentified\s)men|(?<=armed\s)men|(?<=masked\s)men|(?<=unknown\s)men|(?<=armed\s)groups|(?<=militant\s)groups|"
    r"(?<=rebel\s)groups|(?<=provincial\s)government|(?<=federal\s)government|(?<=interim\s)government|"
    r"(?<=the\s)army|(?<=the\s)military|military(?=\s+(?:jets|warplanes|aircraft|helicopters|drones|planes|gunships))|shopkeepers|teachers|smugglers|militia(?:men)?|crowds?|tribes|elders|gunmen|militants|separatists|insurgents|rebels|fighters|terrorists|attackers|assailants|bombers?|protesters|"
    r"demonstrators|traders|farmers|students|workers|villagers|civilians|soldiers|troops|policemen|police\s+officers|"
    r"police|border\s+guards|guards|security\s+forces|security\s+personnel|paramilitaries|suspects|mob|residents|"
    r"journalists|worshippers|pilgrims|passengers|labou?rers|miners)\b",
    re.IGNORECASE,
)
STATE_GROUP = re.compile(r"^(?:soldiers|troops|police|policemen|police officers|security forces|security personnel|forces|border guards|guards|paramilitaries)$", re.I)
POSSESSED_FORCES = re.compile(
    r"\b(?P<pro>its|their|his|her)\s+(?:own\s+)?(?:armed\s+forces|security\s+forces|forces|troops|soldiers|army|military|police|guards|government|officials)\b",
    re.IGNORECASE,
)
PLURAL_REF = re.compile(
    r"\b(?:the\s+two|both)\s+(?:countries|governments|sides|parties|nations|neighbou?rs|armies|militaries|states|capitals)\b|\bboth\b(?=\s+(?:agreed|said|vowed|pledged|sides?))",
    re.IGNORECASE,
)
PRONOUN = re.compile(
    r"\b(?:they|them|he|she|him|it)\b(?!\s+(?:is|was)\s+(?:not\s+)?(?:clear|unclear|likely|unlikely|believed|feared|expected|thought))",
    re.IGNORECASE,
)
SPEECH = (
    r"(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:said|says|accused|accuses|rejected|rejects|announced|denied|denies|"
    r"condemned|warned|threatened|summoned|urged|demanded|responded|insisted|claimed|blamed|criticized|criticised|"
    r"retaliated|welcomed|hosted|protested|dismissed|vowed|pledged|signed|agreed)\b"
)
OFFICIALS_IN = re.compile(r"\b(?:officials|authorities|sources|diplomats|leaders)\s+in\s+$", re.IGNORECASE)

LOCATIVE = re.compile(
    r"(?:\b(?P<prep>in|at|near|outside|inside|into|across|throughout|around|within|on\s+the\s+outskirts\s+of|"
    r"close\s+to|(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+(?:part\s+of\s+|of\s+)?|"
    r"kilomet(?:re|er)s?\s+(?:from|of)|km\s+(?:from|of)|miles\s+(?:from|of)|to|towards?|from|over|along|off|"
    r"on(?=\s+the\s+(?:town|city|village|district|outskirts)))\s+"
    r"(?:the\s+)?(?:(?:north|south|east|west|central|north-?west|north-?east|south-?west|south-?east)(?:ern)?\s+(?:(?:part\s+)?of\s+)?)?(?:(?:[\w-]+\s+)?(?:town|city|village|district|province|region|area|outskirts|capital|port|state|"
    r"county|nation|country|border\s+town|provincial\s+capital|tribal\s+district|department|prefecture|municipality|"
    r"township|governorate|oblast|division|territory|commune|canton|subdistrict|sub-district|tehsil|locality)(?:'s|’s)?\s+(?:of\s+)?)?"
    r"(?:[A-Z][\w-]+(?:'s|’s)\s+)?)$"
)
NEAR = re.compile(r"^(?:near|outside|on\s+the\s+outskirts\s+of|close\s+to|north|south|east|west|northeast|northwest|southeast|southwest|kilomet|km|miles)", re.I)

# clauses and cues

CLAUSE_BREAK = re.compile(
    r";|\s[—–]\s|,\s+(?:where|which|who|while|when|after|before|as|according\s+to|and|but|because|although|"
    r"though|whereas)\b|\b(?:that|where|after|before|because|although|while|whereas|according\s+to|and\s+said|"
    r"but\s+said|when)\b|[\"“”]"
)
BLOCKERS = re.compile(
    r"\b(?:against|stop|stopping|prevent|preventing|counter|countering|combat|combating|curb|curbing|eradicate|"
    r"response\s+to|uptick\s+in|rise\s+in|increase\s+in|surge\s+in|wave\s+of|spate\s+of|series\s+of|"
    r"accused|accusing|blamed|condemned|amid|about)\b(?!-)",
    re.IGNORECASE,
)
NEGATION = re.compile(
    r"\b(?:denied|denies|deny|denying|rejected\s+(?:claims|reports|allegations)\s+(?:that|of)|not|never|no|nobody|none|"
    r"n[o']t|without|refused\s+to|failed\s+to)\b(?:\s+(?!and\b|but\b|or\b)[\w'-]+){0,4}\s*$|"
    # "denied that there had been any violent clashes": "any" carries the denial further
    r"\b(?:denied|denies|deny|denying)\s+(?:that\s+)?(?:[\w'-]+\s+){0,5}any\s+(?:[\w'-]+\s+){0,2}$",
    re.IGNORECASE,
)
# Modality: what the text says of an event that is not simply "it happened" (read in the words
# just before its trigger, some also just after). Negation first, then these, in this order.
#: "could strike", "if … would", "threatened to attack": an event that is only imagined.
HYPOTHETICAL = re.compile(
    r"\b(?:threaten(?:ed|s|ing)?\s+to|could|would|if|unless|warned\s+(?:of|that)|vowed\s+to\s+(?:retaliate|avenge)|"
    r"ready\s+to|prepared\s+to|plott(?:ing|ed)(?:\s+to)?|planning|conspir(?:ing|ed)\s+to|risk\s+of|in\s+case\s+of|in\s+the\s+event\s+of|calls?\s+for|called\s+for|(?:for\s+)?fears?\s+of)\b(?:\s+[\w'’-]+){0,2}\s*$",
    re.IGNORECASE,
)
#: "will visit", "is due to meet", "talks at next week's summit": an event announced for later.
PLANNED = re.compile(
    r"\b(?:will|shall|(?:is|are|was|were)\s+(?:due|set|scheduled|expected|slated|planned)\s+to|(?:is|are)\s+to|plans?\s+to|"
    r"planned\s+to|planning\s+to|intends?\s+to|intended\s+to|aims?\s+to|to\s+be\s+held|upcoming|forthcoming|planned|"
    r"scheduled|next\s+(?:week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:['’]s)?|"
    r"later\s+this\s+(?:week|month|year)(?:['’]s)?)\b(?:\s+[\w'’-]+){0,3}\s*$",
    re.IGNORECASE,
)
#: A future auxiliary anywhere earlier in a diplomatic event's clause: a visit's programme.
PLANNED_CLAUSE = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:due|set|scheduled|expected|slated)\s+to)\b(?!\s+not\b)",
    re.IGNORECASE,
)
#: "… talks, scheduled for next week", "the visit is planned for May": the plan told after the trigger.
PLANNED_AFTER = re.compile(
    r"^\s*(?:[\w'’-]+\s+){0,4}?(?:(?:is|are|was|were|has\s+been|have\s+been)\s+(?:scheduled|planned|expected|due|set)\b|"
    r"(?:scheduled|planned)\s+for\b|next\s+(?:week|month|year)\b|later\s+this\s+(?:week|month|year)\b)",
    re.IGNORECASE,
)
#: "may have been", "feared", "possible": it may or may not have happened.
SPECULATION = re.compile(
    r"\b(?:may|might|possible|possibly|potential|feared|suspected\s+of|alleged(?:ly)?)\b(?:\s+[\w'-]+){0,2}\s*$",
    re.IGNORECASE,
)
#: History, habit and generic statements: "militants often target", "has long been plagued by",
#: "since the Taliban took over", "in recent years". No event of the article's days.
BACKGROUND = re.compile(
    r"\b(?:often|frequently|regularly|routinely|repeatedly|usually|typically|habitually|commonly|traditionally|"
    r"(?:has|have|had)\s+long|long\s+been|for\s+(?:years|decades)|over\s+the\s+(?:years|decades|past\s+(?:\w+\s+)?(?:years|decades))|"
    r"in\s+(?:recent|past|previous)\s+years|in\s+the\s+past|(?:a|its|their|long)\s+history\s+of|plagued\s+by|prone\s+to|"
    r"known\s+for|tends?\s+to|used\s+to|decades\s+of|years\s+of|since\s+(?:[\w'’-]+\s+){0,5}|"
    r"(?:a|one|two|three|several|many|\d+)\s+(?:years?|decades?)\s+(?:earlier|ago|before))[\s,]*(?:[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)
#: A trend, a purpose or a counter-measure speaks of events in general, not of one incident:
#: "an uptick in attacks", "to stop attacks along the border", "a wave of kidnappings".
GENERIC_MENTION = re.compile(
    r"\b(?:uptick|rise|increase|surge|decline|drop|fall|spike|escalation)\s+in\s+(?:[\w'’-]+\s+){0,2}$|"
    r"\b(?:wave|spate|string|series|campaign|history|threat|menace|risk)\s+of\s+(?:[\w'’-]+\s+){0,2}$|"
    r"\b(?:best|ideal|good|right|months?|seasons?|times?|places?|ways?)\s+to\s+$|\bsuch\s+as\s+(?:[\w'’-]+\s+){0,1}$|"
    r"\b(?:to\s+|help\s+)?(?:stop|prevent|curb|counter|combat|end|deter|tackle|fight|avert|halt)(?:ing)?\s+(?:the\s+|such\s+|further\s+|future\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
#: A clause told over years: "Recent years have seen …", "over the past few years", "a long-running insurgency".
BACKGROUND_CLAUSE = re.compile(
    r"\b(?:recent\s+years|(?:past|last)\s+(?:few\s+|several\s+|two\s+|three\s+)?(?:years|decades)|for\s+(?:many\s+)?(?:years|decades)|"
    r"over\s+the\s+years|long-running|decades-long|years-long)\b",
    re.IGNORECASE,
)
#: "since Monday", "since the morning": recent, so not history.
RECENT_SINCE = re.compile(
    r"\bsince\s+(?:last\s+|early\s+|this\s+|the\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|"
    r"morning|night|dawn|week|weekend|then|early\s+\w+)\b",
    re.IGNORECASE,
)
#: "militants have attacked the posts repeatedly since 2019": habit told after the trigger.
BACKGROUND_AFTER = re.compile(
    r"^[^.;]{0,60}?\b(?:since\s+(?:the\s+)?(?:19|20)\d\d|for\s+(?:years|decades)|over\s+the\s+(?:past\s+)?(?:years|decades)|"
    r"in\s+recent\s+years|(?:nearly\s+|almost\s+)?every\s+(?:year|week|month|summer|winter|day|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"regularly|repeatedly|routinely|frequently|again\s+and\s+again|time\s+and\s+again|(?:is|are)\s+(?:common|commonplace|frequent|rife|routine|rampant|widespread|endemic))\b",
    re.IGNORECASE,
)
#: A visit needs an official: "a protester who travelled to the capital" is no diplomacy.
PRIVATE_TRAVELLER = re.compile(
    r"\b(?:protesters?|demonstrators?|activists?|students?|tourists?|fans?|pilgrims?|migrants?|refugees?|workers?|residents?|"
    r"villagers?|famil(?:y|ies)|man|woman|men|women|boys?|girls?|farmers?|traders?|journalists?|reporters?|players?|teams?|"
    r"athletes?|travell?ers?|passengers?|relatives|patients?|children|(?:his|her|their)\s+\w+)\b,?(?:\s+who)?"
    r"(?:\s+(?:had|has|have|later|then|also|first|once|recently))?\s+$",
    re.IGNORECASE,
)
FUTURE = re.compile(r"\b(?:will|shall|is\s+to|are\s+to|is\s+due\s+to|is\s+expected\s+to|plans?\s+to|next)\b", re.I)
RELATIVE_SHIFT = re.compile(
    r"\b(?P<n>\d{1,2}|a|" + alternation(SMALL_NUMBER_WORDS) + r")\s+(?P<unit>days?|weeks?)\s+(?P<dir>after|before)\b",
    re.IGNORECASE,
)
FOLLOWING = re.compile(
    r"\b(?:the\s+(?:next|following)\s+(?:day|morning)|a\s+day\s+later|hours\s+later|later\s+that\s+day|the\s+same\s+day|"
    r"minutes\s+later)\b",
    re.IGNORECASE,
)
# "border guards" are people, not a place on the border
BORDER_CUE = re.compile(
    r"\bcross-?\s?border\b|\bacross\s+the\s+(?:[\w-]+\s+)?(?:border|frontier)\b(?!\s+(?:guards?|police|forces|troops|officials|security))|"
    r"\b(?:along|on|at|near|across|over)\s+(?:the|their|its|our|a|this|that)?\s*(?:[\w’'-]+\s+){0,3}(?:border|frontier)\b(?!\s+(?:guards?|police|forces|troops|officials|security))|"
    r"\b(?:border|frontier)\s+(?:areas?|regions?|districts?|zones?|posts?|crossings?|towns?|attacks?|raids?|belt)\b|"
    r"\b(?:targeted|attacked|raided|shelled|struck)\s+(?:the\s+)?(?:[A-Z][\w-]+\s+)?(?:border|frontier)\b(?!\s+(?:guards?|police|forces|troops|officials|security))|"
    r"\b[A-Z][\w-]+\s+(?:border|frontier)\b(?!\s+(?:guards?|police|forces|troops|officials|security))",
)
BETWEEN = re.compile(r"\b(?:border|frontier|boundary)\s+between\b", re.IGNORECASE)
THEIR_BORDER = re.compile(r"\b(?:their|the\s+two\s+countries['’])\s+(?:[\w’'-]+\s+){0,3}(?:border|frontier)\b", re.I)

SECURITY_VICTIMS = re.compile(
    r"\b(?:soldiers?|troops|police(?:men|man)?|police\s+officers?|officers|guards?|border\s+guards|personnel|"
    r"security\s+forces|paramilitar(?:y|ies)|army|military|militants?|fighters?|rebels?|insurgents?|checkpoints?|"
    r"check\s+posts?|convoys?|posts?|bases?|camps?|patrols?|outposts?|Frontier\s+Corps|levies|commandos?|combatants?|terrorists?|"
    r"jihadists?|gunmen|assailants?|attackers?|headquarters?|positions)\b",
    re.IGNORECASE,
)
CIVILIAN_VICTIMS = re.compile(
    r"\b(?:civilians?|villagers?|people|schoolteachers?|passengers?|worshippers?|students?|children|child|women|woman|men|man|"
    r"workers?|labou?rers?|farmers?|journalists?|reporters?|teachers?|pilgrims?|residents?|famil(?:y|ies)|shoppers?|"
    r"traders?|doctors?|nurses?|shopkeepers?|tourists?|bus|market|mosque|school|church|wedding|hospital|elders?|"
    r"activists?|clerics?|lawyers?|judges?|politicians?|candidates?|officials?|miners?|drivers?|boys?|girls?|"
    r"schoolgirls?|schoolchildren|vaccinators?|polio\s+workers?|aid\s+workers?|tourists?|population|vehicles?|cars?|homes?|"
    r"houses?|hotels?|restaurants?|shops?|buildings?|neighbou?rhoods?|hostages?)\b",
    re.IGNORECASE,
)
EXCESSIVE = re.compile(
    r"\b(?:killed|shot\s+dead|opened\s+fire\s+on|live\s+(?:ammunition|rounds|fire)|killing|died|gunfire|beat(?:en|ing|s)?|"
    r"(?:hits?|struck)\s+(?:\w+\s+){0,4}?with\s+(?:his|her|their|a)\s+batons?|excessive\s+force|brutal(?:ly)?|"
    r"violent(?:ly)?\s+(?:suppress|crack|disperse)\w*|(?:violent\s+)?crackdown|attacked|injur(?:ed|ing|ies)|wounded)\b",
    re.I,
)
INTERVENTION = re.compile(
    r"\b(?:tear\s*-?gas|water\s+cannons?|dispersed\s+(?:the|them|a|protesters|demonstrators|crowds?|hundreds|thousands)|"
    r"(?:were|was)\s+dispersed(?!\s+peacefully)|baton(?:s|-charged)?|lathi|rubber\s+bullets|arrested|detained|broke\s+up|"
    r"pepper\s+spray)\b",
    re.I,
)
RIOTOUS = re.compile(
    r"\b(?:torched|set\s+fire|set\s+ablaze|hurled|thr(?:ew|ow|ows|owing|own)\s+(?:[\w-]+\s+){0,2}?(?:stones|rocks|bricks|petrol|objects|projectiles|bottles|"
    r"firebombs|molotov|fireworks|fences?|chairs)|projectiles\s+(?:were\s+)?thrown|pelted|vandali[sz]ed|smashed|"
    r"clash(?:ed|es)?(?:\s+\w+){0,3}\s+(?:with|between)\s+(?:the\s+)?(?:riot\s+)?(?:police|security|protesters|demonstrators)|"
    r"stormed|ransacked|looted|burn(?:ed|t)|stone-pelting|turned\s+(?:very\s+)?violent|(?:light|lit)\s+fires|pull(?:ed)?\s+down|"
    r"tore\s+down|broke\s+into|(?:street\s+)?violence|"
    r"barricades?|burn(?:ing|ed|t)?\s+(?:tyres|tires)|fired?\s+(?:firecrackers|fireworks)\s+(?:at|against))\b",
    re.I,
)

NUM_WORD = (
    r"\d{1,3}(?:,\d{3})+|\d{1,6}|" + alternation(w for w in NUMBER_WORDS if w not in ("a", "an", "hundred"))
    + r"|a\s+dozen|dozens|scores|hundreds|several|a|an"
)
QUALIFIER = r"(?:at\s+least|some|about|around|nearly|almost|more\s+than|over|up\s+to|as\s+many\s+as|an\s+estimated|roughly|approximately)\s+"
VICTIM_NOUN = (
    r"(?:(?!(?:after|before|days?|weeks?|hours?|in|at|on|by|of|and|from|with|when|while)\b)[\w-]+\s+){0,3}?(?:people|persons|civilians|soldiers|troops|police(?:men)?|officers|guards|militants|"
    r"fighters|gunmen|attackers|insurgents|rebels|villagers|passengers|worshippers|students|children|women|men|"
    r"workers|labou?rers|members|personnel|others|protesters|demonstrators|pilgrims|residents|"
    r"soldier|policeman|officer|guard|militant|civilian|person|man|woman|child|boy|girl|worker|student|journalist|"
    r"elder|teacher|driver|trader|farmer)"
)
FATALITIES = [
    re.compile(rf"\b(?:left|leaving)\s+(?P<q>{QUALIFIER})?(?P<n>{NUM_WORD})\s+{VICTIM_NOUN}?\s*dead\b", re.I),
    re.compile(rf"\b(?:killed|killing|kills|kill|shot\s+dead|gunned\s+down|massacred|beheaded|lynched|beat\s+to\s+death)\s+(?P<q>{QUALIFIER})?(?:between\s+)?(?P<n>{NUM_WORD})\b(?:\s+and\s+\d+)?(?:\s+{VICTIM_NOUN})?(?:\s+dead)?", re.I),
    re.compile(rf"\b(?P<q>{QUALIFIER})?(?:between\s+)?(?P<n>{NUM_WORD})(?:\s+(?:and|to|or)\s+[\w-]+)?\s+{VICTIM_NOUN}\s+(?:were\s+|was\s+|have\s+been\s+|had\s+been\s+|are\s+)?(?:killed|dead|died|shot\s+dead|lost\s+their\s+lives|perished)\b", re.I),
    # "only two were killed": the figure alone before a passive verb of death
    re.compile(rf"\b(?P<q>{QUALIFIER}|only\s+|just\s+)?(?P<n>{NUM_WORD})\s+(?:were|was|had\s+been|have\s+been)\s+(?:killed|dead|shot\s+dead)\b", re.I),
    re.compile(rf"\b(?:death\s+toll|toll)\s+(?:rose\s+to|climbed\s+to|of|at|reached|stood\s+at|is|was)\s+(?P<q>{QUALIFIER})?(?P<n>{NUM_WORD})\b", re.I),
    re.compile(rf"\b(?P<q>{QUALIFIER})?(?P<n>{NUM_WORD})\s+(?:dead|killed|deaths|fatalities)\b", re.I),
]
NO_FATALITIES = re.compile(r"\b(?:no\s+(?:one|casualties|deaths|fatalities)\s+(?:was|were)?|no\s+one\s+was\s+(?:killed|hurt|injured)|without\s+casualties|no\s+casualties|no\s+deaths)\b", re.I)
# ACLED's codebook: vague plurals are coded with fixed low figures.
VAGUE = {"a": 1, "an": 1, "a dozen": 12, "dozens": 12, "scores": 20, "hundreds": 100, "several": 10}

PASSIVE_ACCUSED = re.compile(
    r"\b(?:man|woman|men|women|people|person|persons|suspects?|boy|girl|youths?|those|anyone|the|was|were|is|are|been|being|who)\s+$",
    re.IGNORECASE,
)

PART_OF = re.compile(
    r"(?:'s|’s)\s+(?:[\w-]+\s+)?(?:district|districts|outskirts|suburbs?|neighbou?rhoods?|quarter|part|parts|areas?)\b",
    re.IGNORECASE,
)
# Deaths that are no political violence: floods, crashes, fires, disease ("a fire killed three")
NON_VIOLENT_CAUSE = re.compile(
    r"\b(?:floods?|flooding|rains?|downpours?|monsoon|storms?|cyclones?|hurricanes?|typhoons?|tornado(?:es)?|"
    r"earthquakes?|quakes?|landslides?|mudslides?|avalanches?|heat\s*waves?|heatstroke|cold\s+wave|lightning|drought|"
    r"famine|(?<!opened\s)(?<!open\s)(?<!set\s)(?<!cross-border\s)fires?|blazes?|crash(?:es|ed)?|accidents?|collisions?|"
    r"derail(?:ed|ment)|drown(?:ed|ing)|disease|cholera|dengue|outbreak|virus|overdose|stampede|collapsed?|"
    r"(?:gas|chemical)\s+leaks?|leak(?:ed|age)|spills?|poisoning)\b",
    re.IGNORECASE,
)
#: Explosions with an industrial or accidental cause: "a chemical plant exploded", "gas cylinders
#: blew up in a warehouse fire". Read around explosion words (not around "bomb").
INDUSTRIAL_CAUSE = re.compile(
    r"\b(?:factory|factories|plants?|warehouses?|(?:fuel|oil|gas)\s+depots?|depots?|refiner(?:y|ies)|pipelines?|boilers?|gas\s+(?:cylinders?|tanks?|lines?|leaks?|mains?)|"
    r"propane|cylinders?|containers?|tankers?|fireworks|firecrackers|ammonium\s+nitrate|chemicals?|solvents?|industrial|coal\s+mines?|"
    r"mine\s+shaft|storage\s+(?:tanks?|bunkers?|facilit(?:y|ies))|reactors?|transformers?|garages?|kitchens?|accidental(?:ly)?|leak(?:ed|s)?)\b",
    re.IGNORECASE,
)
# "attacked the opposition's budget plan", "an attack on democracy": words, not violence
VERBAL_TARGET = re.compile(
    r"\s+(?:on\s+)?(?:the\s+|a\s+|his\s+|her\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?(?:plans?|polic(?:y|ies)|bills?|budget|"
    r"decisions?|remarks|statements?|comments|proposals?|move|reports?|claims|democracy|constitution|freedom|rights|"
    r"record|leadership|critics|media|press|ruling|verdict|laws?|reforms?|narrative|credibility|economy|inflation)\b",
    re.IGNORECASE,
)
# "met reporters": a press event, not diplomacy
NOT_A_MEETING = re.compile(
    r"\s+(?:with\s+)?(?:reporters|journalists|the\s+press|the\s+media|supporters|voters|fans|students|workers|party\s+members|"
    r"(?:the\s+|its\s+|their\s+|our\s+)?(?:[\w-]+\s+)?(?:demands?|needs|targets?|expectations|deadlines?|requirements|criteria|"
    r"standards|conditions|obligations|costs))\b|(?<=ends\smeet)",
    re.IGNORECASE,
)
#: Talks that were called off are no meeting: "suspended peace talks with the ELN".
TALKS_STOPPED = re.compile(
    r"\b(?:suspend(?:ed|s)?|halt(?:ed|s)?|broke\s+off|break\s+off|call(?:ed|s)?\s+off|cancel(?:l?ed|s)?|postpone[ds]?|"
    r"pull(?:ed|s)?\s+out\s+of|walk(?:ed|s)?\s+out\s+of|froze|freezes?|abandon(?:ed|s)?|end(?:ed|s)?)\s+(?:the\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
#: A protest lodged by a government is a statement, not a street protest.
DIPLOMATIC_PROTEST = re.compile(
    r"\b(?:(?:lodged|filed|registered|issued|sent|delivered)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?|formal\s+|diplomatic\s+|strong\s+)$",
    re.IGNORECASE,
)
#: "the Sumy region", "the region of Belgorod": a town's name standing for its region.
#: "in a separate attack", "another blast": the text says this is not the incident told before.
SEPARATE = re.compile(
    r"\b(?:separate(?:ly)?|another|other|similar|earlier|previous|new|fresh|different|unrelated|"
    r"(?:second|third|fourth|latest)\s+(?:incident|attack|assault|blast|bombing|explosion|raid|strike|clash|ambush))\b",
    re.IGNORECASE,
)
#: "the strikes took place in X", "the blast hit the town of X": a later sentence saying where an
#: incident already told happened; ``noun`` names its family.
SITE_OF_TOLD = re.compile(
    r"\b(?:the|these|those|that|this|both|monday's|tuesday's|wednesday's|thursday's|friday's|saturday's|sunday's|"
    r"(?:yesterday|today|last\s+night)'s)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<noun>air\s?strikes?|drone\s+strikes?|strikes?|raids?|attacks?|assaults?|ambush(?:es)?|blasts?|explosions?|"
    r"bombings?|shelling|clashes|fighting|killings?|shootings?|kidnappings?|abductions?|protests?|rall(?:y|ies)|"
    r"demonstrations?|riots?)\s+"
    r"(?:(?:had|have|has)\s+)?(?:took\s+place|happened|occurred|hit|struck|targeted|were\s+carried\s+out|"
    r"was\s+carried\s+out|were\s+held|was\s+held|broke\s+out|erupted|landed|(?:were|was)\s+concentrated)\b",
    re.IGNORECASE,
)
#: "Karen fighters", "the Shan militia", "Tigray forces": a name before these nouns names an actor
#: (a people, a region's armed group), not the place where the event happened.
ACTOR_AFTER = re.compile(
    r"(?:'s|’s)?\s+(?:armed\s+)?(?:fighters|fighter|militias?|militiamen|militants?|forces|people|peoples|tribes?|tribesmen|"
    r"rebels?|insurgents?|guerrillas?|separatists?|clans?|clansmen|armed\s+groups?)\b",
    re.IGNORECASE,
)
#: "Magway Region's Pakokku Township", "Sindh province's Thatta district": an area, then a place in it.
AREA_POSSESSIVE = re.compile(
    r"\s+(?:region|province|state|district|county|department|governorate|oblast|prefecture|division|municipality)(?:'s|’s)\s+",
    re.IGNORECASE,
)
#: "Pakokku Township", "Thatta district", "Lamu county": the name stands for an area of that name.
AREA_AFTER = re.compile(
    r"\s+(?:district|county|township|department|prefecture|municipality|tehsil|subdistrict|sub-district|commune|canton|"
    r"division|governorate|region|province|oblast|state)\b(?!\s+(?:of|police|government|officials?|capital|"
    r"assembly|media|television|tv|forces?|security|news|department)\b)",
    re.IGNORECASE,
)
REGION_AFTER = re.compile(r"\s+(?:region|province|oblast|governorate)\b", re.IGNORECASE)
REGION_OF = re.compile(r"\b(?:region|province|oblast|governorate)\s+of\s+$", re.IGNORECASE)
#: A sentence continuing the incident told before it: "The militants also looted two trucks".
SAME_INCIDENT = re.compile(r"\b(?:also|then|afterwards|before\s+(?:fleeing|leaving|escaping|withdrawing))\b", re.IGNORECASE)
#: "shells that landed near Teknaf": a relative clause placing the event just named.
RELATIVE_WHERE = re.compile(
    r"(?:that|which)\s+(?:had\s+|have\s+)?(?:\w+\s+)?(?:landed|hit|struck|exploded|fell|went\s+off|took\s+place|happened|"
    r"occurred|erupted|broke\s+out)\s+[^,;.]{0,60}",
    re.IGNORECASE,
)
#: A statement about an earlier event or accusation: "condemned the strike", "rejected the accusation".

REFERRED_EVENT = re.compile(
    r"\s*(?:the|this|that|these|those|its|their|his|her)\s+(?:[\w-]+\s+)?(?:(?P<said>accusations?|charges?|allegations?|claims?)|"
    r"strikes?|air\s*strikes?|attacks?|raids?|shelling|bombing|bombardment|killings?|assault|incursion|ambush|offensive)\b",
    re.IGNORECASE,
)
#: Who took territory: state forces regain it, anyone else overtakes it (ACLED's two sub-types
#: differ only by the actor). Read in the words before the trigger, in its clause.
STATE_TAKER = re.compile(
    r"\b(?:army|armed\s+forces|military|troops|soldiers|government(?:\s+|-)(?:forces|troops|soldiers)|"
    r"(?:forces|units|troops)\s+(?:loyal\s+to|of)\s+the\s+(?:government|state|president)|security\s+forces|police|"
    r"(?:federal|national|state|regime|pro-government)\s+(?:forces|troops|army)|marines|troopers|commandos)\b",
    re.IGNORECASE,
)
#: "the Arakan Army", "the Syrian Arab Army": an army by name is a state's only when the name is
#: a country's or its people's (checked against the gazetteer); otherwise it is an armed group.
NAMED_ARMY = re.compile(r"\b(?P<name>[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+){0,2}\s+Army\b")
#: "No group claimed responsibility": nobody made a claim.
NOBODY = re.compile(r"\b(?:no|none|nobody|no\s+one)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
NON_STATE_TAKER = re.compile(
    r"\b(?:militants?|rebels?|insurgents?|jihadists?|fighters|militias?|militiamen|guerrillas?|terrorists?|separatists?|"
    r"opposition|gunmen|tribesmen|extremists?|(?:armed|militant|rebel|jihadist)\s+groups?|factions?)\b",
    re.IGNORECASE,
)
#: A territory taken without a fight: ACLED's non-violent transfer.
UNCONTESTED = re.compile(
    r"\b(?:without\s+(?:any\s+|a\s+)?(?:resistance|a\s+fight|fighting|a\s+shot)|(?:after|following)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:withdr(?:ew|awal|awn)|pulled\s+out|retreat(?:ed)?|left)|deserted|abandoned|not\s+encountered\s+any\s+resistance|"
    r"handover|handed\s+over)\b",
    re.IGNORECASE,
)
#: "attacks on the properties of traders": damage to things, no one hurt
PROPERTY_TARGET = re.compile(r"^\s*(?:on\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,2}?propert(?:y|ies)\b", re.IGNORECASE)
#: "Residents of Menaka protested": the crowd's home is where it protests.
CROWD_OF = re.compile(
    r"\b(?:residents|people|villagers|inhabitants|citizens|traders|shopkeepers|students|workers|families|farmers)\s+of\s+$",
    re.IGNORECASE,
)

NOT_CHEMICAL_ATTACK = re.compile(r"\s+(?:inspectors?|watchdog|convention|experts?|programmes?|programs?|stockpiles?)\b", re.I)


_SUBTYPES = {(t, s) for t, subs in TAXONOMY.items() for s in subs}


def taxonomy_check() -> None:
    """Raise ``ValueError`` if a rule names a sub-type outside :data:`TAXONOMY`."""
    for rule in (*RULES, REPORTED_ACCUSATION):
        if rule.subtype != GENERIC and (rule.type, rule.subtype) not in _SUBTYPES:
            raise ValueError(f"rule {rule.name!r} names an unknown sub-type {(rule.type, rule.subtype)!r}")
