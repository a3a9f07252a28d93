"""Events read from sentences: ACLED types, actors, places and roles, border segments, dates.

Two kinds of tests:

* rules on hand-made mentions (small fixed places and an injected border look-up), so each
  rule is checked apart from the gazetteer and the geoparser;
* whole articles through the pipeline (our own articles in tests/articles with their expected
  events, the example, and the seed article when ../shared is present).
"""
from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.events.extract import extract
from geo.events.rules import GENERIC, RULES, TAXONOMY
from geo.models import Article, Border, Mention, Place, Span

ARTICLES = Path(__file__).parents[1] / "articles"
EXAMPLE = Path(__file__).parents[2] / "examples" / "border_talks.txt"

# -- hand-made places -------------------------------------------------------------------------

PLACES = {
    "Pakistan": Place("PAK", "Pakistan", "country", 30.0, 70.0, "PK"),
    "Iran": Place("IRN", "Iran", "country", 32.0, 53.0, "IR"),
    "Afghanistan": Place("AFG", "Afghanistan", "country", 33.0, 65.0, "AF"),
    "Tehran": Place("gn:112931", "Tehran", "place", 35.69, 51.42, "IR", "IR-23", 7_000_000),
    "Islamabad": Place("gn:1176615", "Islamabad", "place", 33.72, 73.04, "PK", "PK-IS", 1_000_000),
    "Quetta": Place("gn:1167528", "Quetta", "place", 30.19, 67.0, "PK", "PK-BA", 700_000),
    "Taftan": Place("gn:9969716", "Taftan", "place", 28.95, 61.59, "PK", "PK-BA", 10_000),
    "Balochistan": Place("PK-BA", "Balochistan", "admin1", 28.0, 66.0, "PK", "PK-BA"),
    "Sistan and Baluchestan": Place("IR-11", "Sistan and Baluchestan", "admin1", 28.0, 60.0, "IR", "IR-11"),
}
ALIASES = {"Baluchistan": "Balochistan"}
DEMONYMS = {"Pakistani": "Pakistan", "Iranian": "Iran", "Afghan": "Afghanistan"}
SEGMENTS = {
    frozenset({"PAK", "IRN"}): (959.0, 29.5, 61.0),
    frozenset({"PAK", "AFG"}): (2640.0, 32.0, 69.0),
    frozenset({"PK-BA", "IRN"}): (909.0, 28.0, 62.0),
    frozenset({"PK-BA", "IR-11"}): (909.0, 28.0, 62.0),
}
BORDER_CALLS: list[tuple[str, str]] = []


def border(a: str, b: str) -> Border | None:
    """Stand-in for geo.places.areas.border: the few segments these tests need."""
    BORDER_CALLS.append((a, b))
    seg = SEGMENTS.get(frozenset({a, b}))
    if seg is None:
        return None
    x, y = sorted((a, b))
    names = {p.id: p.name for p in PLACES.values()}
    return Border(f"border:{x}|{y}", x, y, names[x], names[y], x[:3], y[:3], seg[0], seg[1], seg[2])


def country(alpha2: str) -> Place | None:
    return next((p for p in PLACES.values() if p.kind == "country" and p.country == alpha2), None)


def mentions_of(text: str) -> list[Mention]:
    """Every hand-made place name and demonym in the text, longest first, as resolved mentions."""
    names = sorted([*PLACES, *ALIASES, *DEMONYMS], key=len, reverse=True)
    found: list[Mention] = []
    for name in names:
        for m in re.finditer(rf"\b{re.escape(name)}\b", text):
            if any(x.start < m.end() and m.start() < x.end for x in found):
                continue
            key = DEMONYMS.get(name) or ALIASES.get(name) or name
            form = "demonym" if name in DEMONYMS else "name"
            found.append(Mention(m.start(), m.end(), name, PLACES[key], 1.0, form=form))
    return sorted(found, key=lambda m: m.start)


def events_of(text: str, date: dt.date | None = dt.date(2024, 10, 16), skipped: tuple[Span, ...] = ()):
    article = Article("test", "", text, date, skipped=skipped)
    return extract(article, mentions_of(text), border=border, country=country)


def only(events, subtype: str):
    found = [e for e in events if e.subtype == subtype]
    assert len(found) == 1, [(e.type, e.subtype, e.rule) for e in events]
    return found[0]


# -- taxonomy ---------------------------------------------------------------------------------


def test_taxonomy_has_acled_six_types_and_25_subtypes_plus_diplomacy():
    acled = {t: s for t, s in TAXONOMY.items() if t != "Diplomacy"}
    assert len(acled) == 6
    assert sum(len(s) for s in acled.values()) == 25
    assert TAXONOMY["Diplomacy"] == ("Visit", "Meeting", "Agreement/Intent to cooperate", "Statement/Accusation", "Threat")
    # every rule names a sub-type of the taxonomy (the rules file's reader refuses any other)
    assert all(r.subtype == GENERIC or r.subtype in TAXONOMY[r.type] for r in RULES)
    assert len({r.name for r in RULES}) == len(RULES)


# -- rules on hand-made mentions --------------------------------------------------------------


def test_attacks_along_their_border_are_placed_on_the_two_countries_segment():
    text = (
        "Iran and Pakistan agreed on Monday to work together to halt the raids along their "
        "mountainous border by separatist militants."
    )
    events = events_of(text)
    attack = only(events, "Armed clash")
    assert attack.location is not None
    assert (attack.location.kind, attack.location.id, attack.precision) == ("border", "border:IRN|PAK", 3)
    assert attack.actors == ("Separatist militants",)
    assert "border(their)" in attack.rule
    a, b = attack.location.mention  # the words that put it there, for highlighting
    assert text[a:b] == "along their mountainous border"
    # two governments agreeing to work together: diplomacy, not ACLED's agreement of armed parties
    agreement = only(events, "Agreement/Intent to cooperate")
    assert set(agreement.actors) == {"Pakistan", "Iran"} and agreement.cameo == "057" and agreement.type == "Diplomacy"
    # the agreement is not placed on the border: it was made elsewhere
    assert agreement.location is None or agreement.location.kind != "border"


def test_their_border_resolves_from_the_previous_sentence():
    text = "Officials from Pakistan and Iran met in Quetta. Militants attacked posts along their border on Sunday."
    clash = only(events_of(text), "Armed clash")
    assert clash.location.id == "border:IRN|PAK"
    assert clash.date == dt.date(2024, 10, 13) and clash.time_precision == 1


def test_province_and_neighbour_country_give_the_province_segment():
    text = "Gunmen crossed the Baluchistan frontier from Iran and attacked a border post on Friday."
    clash = only(events_of(text), "Armed clash")
    assert clash.location.kind == "border"
    assert clash.location.id == "border:IRN|PK-BA"
    assert clash.precision == 3


def test_border_guards_are_people_and_do_not_put_an_event_on_the_border():
    text = "Gunmen killed two Pakistani border guards in Quetta on Friday."
    clash = only(events_of(text), "Armed clash")
    assert (clash.location.name, clash.precision, clash.fatalities) == ("Quetta", 1, 2)


def test_cross_border_attacks_without_a_border_lookup_fall_back_to_no_segment():
    text = "After repeated cross-border attacks by Pakistani militants, ties between Pakistan and Iran have cooled."
    article = Article("t", "", text, dt.date(2024, 10, 16))
    events = extract(article, mentions_of(text), border=lambda a, b: None, country=country)
    attack = only(events, "Armed clash")
    assert attack.actors == ("Militants (Pakistan)",)
    assert attack.location is None or attack.location.kind != "border"


def test_dateline_place_is_where_a_statement_was_made_not_where_attacks_happened():
    # (an announcement "that" an event happened is only its report: see the next test)
    text = "Islamabad: Pakistan's interior ministry announced the closure of the border on Monday, saying gunmen attacked a police post near Taftan."
    events = events_of(text)
    statement = only(events, "Statement/Accusation")
    assert statement.location.name == "Islamabad" and statement.location.role == "site"
    assert statement.actors == ("Pakistan",) and statement.cameo == "010"
    assert statement.date == dt.date(2024, 10, 14)
    attack = only(events, "Armed clash")
    assert attack.location.name == "Taftan" and attack.precision == 2  # "near" a town
    roles = {p.name: p.role for p in attack.places}
    assert roles["Islamabad"] == "mentioned"


def test_an_announcement_that_an_event_happened_is_no_event_of_its_own():
    text = "Islamabad: Pakistan's interior ministry announced on Monday that gunmen attacked a police post near Taftan."
    assert [e.subtype for e in events_of(text)] == ["Armed clash"]


def test_visit_meeting_and_call_with_people_titles_and_surnames():
    text = (
        "Gen. Asim Munir, the top general of Pakistan, visited Tehran during the weekend. "
        "In Tehran Munir met Gen. Mohammad Bagheri, and held a phone call with President Ebrahim Raisi."
    )
    events = events_of(text, date=dt.date(2024, 10, 14))
    visit = only(events, "Visit")
    assert visit.actors == ("Gen. Asim Munir", "Iran")  # CAMEO 042: actor 1 visits actor 2
    assert (visit.location.name, visit.precision, visit.cameo) == ("Tehran", 1, "042")
    assert (visit.date, visit.time_precision) == (dt.date(2024, 10, 12), 2)
    meetings = [e for e in events if e.subtype == "Meeting"]
    assert [e.actors for e in meetings] == [
        ("Gen. Asim Munir", "Gen. Mohammad Bagheri"),
        ("Gen. Asim Munir", "President Ebrahim Raisi"),
    ]
    assert [e.cameo for e in meetings] == ["040", "041"]
    # talks during a visit happen where the visitor went, on the visit's date
    assert all(e.location.name == "Tehran" and e.date == visit.date for e in meetings)


def test_the_visit_refers_back_instead_of_making_a_second_event():
    text = "Pakistan's interior minister visited Tehran on Sunday. The visit came after weeks of tension."
    assert len([e for e in events_of(text) if e.subtype == "Visit"]) == 1


def test_a_visit_names_the_host_country_as_the_second_actor():
    visit = only(events_of("Gen. Asim Munir visited Tehran on Sunday."), "Visit")
    assert visit.actors == ("Gen. Asim Munir", "Iran")
    # a minister touring their own country has no host, nor has a country already named
    assert only(events_of("Pakistan's interior minister visited Quetta on Sunday."), "Visit").actors == (
        "Interior minister of Pakistan",
    )
    assert only(events_of("Pakistani officials visited Iran on Sunday."), "Visit").actors == ("Pakistan", "Iran")


@pytest.mark.parametrize(
    "sentence, actors",
    [
        ("Iranian officials said the raid had been launched from Pakistani territory.", ("Iran", "Pakistan")),
        ("Iran said on Monday that Pakistan was behind the attack.", ("Iran", "Pakistan")),
        ("Officials said the raid had been launched from Pakistani territory.", ("Officials", "Pakistan")),
    ],
)
def test_an_accusation_reported_with_said_is_an_accusation_against_that_country(sentence, actors):
    text = "Gunmen attacked a border post in Taftan on Sunday, killing four guards. " + sentence
    accusation = only(events_of(text), "Statement/Accusation")
    assert (accusation.actors, accusation.cameo, accusation.modality) == (actors, "112", "asserted")
    assert text[accusation.trigger.start:accusation.trigger.end] == "said"
    assert only(events_of(text), "Armed clash").actors == ("Gunmen",)  # the raid is the earlier attack


@pytest.mark.parametrize(
    "sentence",
    [
        "Police said the attack was carried out by two gunmen.",  # who did it, no accusation
        "Pakistani officials said the militants had crossed from Pakistan.",  # a country about itself
        "Officials said the talks had been planned for weeks.",
    ],
)
def test_said_without_a_foreign_culprit_is_no_accusation(sentence):
    assert not [e for e in events_of(sentence) if e.subtype == "Statement/Accusation"]


def test_negation_and_speculation():
    text = (
        "The group denied carrying out the bombing in Quetta. "
        "Iranian commanders threatened to launch missile strikes on militant hideouts. "
        "Pakistan's foreign minister will visit Tehran next week."
    )
    events = events_of(text)
    bombing = only(events, "Remote explosive/landmine/IED")
    assert bombing.modality == "negated"
    threat = only(events, "Threat")
    assert threat.modality == "asserted" and threat.cameo == "138" and threat.actors == ("Iran",)
    strike = only(events, "Shelling/artillery/missile attack")
    assert strike.modality == "hypothetical"  # threatened, not carried out
    visit = only(events, "Visit")
    assert visit.modality == "planned"
    assert (visit.date, visit.time_precision) == (dt.date(2024, 10, 21), 2)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Gunmen killed at least 12 soldiers in Quetta.", 12),
        ("Between 5 and 8 soldiers were killed in Quetta.", 5),
        ("A roadside bomb killed four policemen in Quetta.", 4),
        ("A bomb exploded in Quetta, leaving two people dead.", 2),
        ("A bomb exploded in Quetta; no one was killed.", 0),
        ("A bomb exploded in Quetta, wounding 15 people.", None),
    ],
)
def test_fatalities_are_the_lowest_stated_figure(sentence, expected):
    (event,) = events_of(sentence)
    assert event.fatalities == expected


@pytest.mark.parametrize(
    ("sentence", "subtype"),
    [
        ("Gunmen killed four border guards near Taftan.", "Armed clash"),
        ("Gunmen killed four villagers near Taftan.", "Attack"),
        ("A drone strike hit a house near Taftan.", "Air/drone strike"),
        ("A suicide bomber blew himself up at a market in Quetta, killing nine.", "Suicide bomb"),
        ("Militants lobbed a grenade at a shop in Quetta.", "Grenade"),
        ("Hundreds of traders protested in Quetta.", "Peaceful protest"),
        ("Police fired tear gas at students protesting in Quetta.", "Protest with intervention"),
        ("Protesters torched cars in Quetta.", "Violent demonstration"),
        ("Police arrested three suspects in Quetta.", "Arrests"),
        ("Gunmen kidnapped two engineers near Taftan.", "Abduction/forced disappearance"),
        # a word of cause before an armed act: the killing stays an attack
        ("Two farmers were killed on Monday after gunmen opened fire on them near Quetta.", "Attack"),
        ("The rebels set up a new camp in the hills near Quetta.", "Headquarters or base established"),
        # an arrangement signed, and the signing and exchange of an accord, are agreements
        ("The two envoys signed the Trade and Investment Framework Arrangement in Quetta.", "Agreement/Intent to cooperate"),
        ("In Quetta the ministers witnessed the signing and exchange of the fisheries accord.", "Agreement/Intent to cooperate"),
    ],
)
def test_sentence_types(sentence, subtype):
    events = events_of(sentence)
    assert [e.subtype for e in events] == [subtype]


@pytest.mark.parametrize(
    "sentence",
    [
        "Stocks rallied in Quetta after the central bank held rates.",
        "The striker shot wide twice before the break in Quetta.",
        "The company plans to open a new plant near Quetta next year.",
        "Chemical weapons inspectors could travel to Quetta next month.",
        "A man accused of theft was freed in Quetta.",
        "Monsoon floods killed 20 people in Quetta on Sunday.",
        # the cause told further on, past a day, linked by a word of cause
        "Four people were killed on Monday following heavy rain and mudslides in the hills above Quetta.",
        "Two shepherds were killed late on Sunday near Quetta after a landslide buried their hut.",
        # a relief camp shelters people: no armed base set up
        "Officials set up two relief camps in Quetta for families cut off by the floods.",
        "A bus crash killed nine passengers near Quetta.",
        "A fire killed three workers at a factory in Quetta.",
        "The minister met reporters in Quetta and attacked the opposition's budget plan.",
        "Critics in Quetta said the bill was an attack on democracy.",
        "In Quetta the opposition attacked the provincial police for brutally beating jobless graduates.",
        "In Quetta the council called the remarks an intolerable attack on the memory of the martyrs.",
        "In Quetta the elders said the remarks hurt the martyrs who fought for independence.",
        "The company shot a new advertisement in Quetta last week.",
    ],
)
def test_words_that_only_look_like_events_give_none(sentence):
    assert events_of(sentence) == ()


def test_a_crowd_that_dispersed_peacefully_had_no_intervention():
    (event,) = events_of("Fans protested in Quetta, but police said the crowd dispersed peacefully.")
    assert (event.subtype, event.actors) == ("Peaceful protest", ("Protesters (Pakistan)",))


def test_the_finest_named_area_is_the_site_and_jets_make_an_air_strike():
    text = "Pakistani jets struck hideouts in Iran's Sistan and Baluchestan province overnight, killing nine people."
    (event,) = events_of(text)
    assert (event.subtype, event.actors, event.location.id) == ("Air/drone strike", ("Pakistan",), "IR-11")
    assert (event.date, event.time_precision, event.fatalities) == (dt.date(2024, 10, 15), 1, 9)


def test_the_next_day_counts_from_the_last_dated_event_once_per_sentence():
    text = (
        "Gunmen attacked a village near Taftan on Monday, killing five villagers. "
        "The governor visited the village the next day and condemned the killings."
    )
    events = events_of(text)
    visit, statement = only(events, "Visit"), only(events, "Statement/Accusation")
    assert visit.location.name == "Taftan"  # the scene of the attack it followed
    assert visit.date == statement.date == dt.date(2024, 10, 15)


def test_two_events_in_one_sentence_keep_their_own_actors_and_figures():
    text = "Gunmen killed two policemen at a checkpoint in Quetta and abducted a trader on Sunday."
    events = events_of(text)
    assert [(e.subtype, e.actors, e.fatalities) for e in events] == [
        ("Armed clash", ("Gunmen", "Policemen"), 2),
        ("Abduction/forced disappearance", ("Gunmen",), None),
    ]
    assert all(e.date == dt.date(2024, 10, 13) for e in events)


def test_capital_speaks_for_its_country_and_them_is_the_other_party():
    text = (
        "Relations between Pakistan and Afghanistan's Taliban rulers have soured this year. "
        "Islamabad has accused them of sheltering militants."
    )
    accusation = only(events_of(text), "Statement/Accusation")
    assert accusation.actors == ("Pakistan", "Taliban (Afghanistan)")
    assert accusation.cameo == "112" and accusation.location.name == "Islamabad"


def test_skipped_spans_and_headlines_produce_no_events():
    body = "Police arrested three men in Quetta on Monday."
    teaser = "Also Read: Drone strike kills five in Quetta"
    text = f"Arrests in Quetta\n{body}\n{teaser}\n"
    start = text.index(teaser)
    events = events_of(text, skipped=(Span(start, start + len(teaser), "teaser"),))
    assert [e.subtype for e in events] == ["Arrests"]
    assert text[events[0].sentence.start:events[0].sentence.end] == body


def test_event_fields_point_into_the_text_and_ids_are_stable():
    text = "Islamabad: Pakistan's interior ministry announced on Monday that gunmen attacked a police post near Taftan."
    first, second = events_of(text), events_of(text)
    assert [e.id for e in first] == [e.id for e in second]
    assert len({e.id for e in first}) == len(first)
    for e in first:
        assert e.sentence.start <= e.trigger.start < e.trigger.end <= e.sentence.end
        assert e.rule and e.article_id == "test"
        if e.location is not None and e.location.mention is not None:
            a, b = e.location.mention
            assert text[a:b] in (e.location.name, "Islamabad", "Taftan")


def test_no_article_date_leaves_relative_dates_open_but_keeps_explicit_ones():
    events = events_of("Police arrested three men in Quetta on Monday. Troops clashed with militants near Taftan on 3 May 2024.", date=None)
    # no date to count "on Monday" from: no date and no precision, never a made-up default
    assert [(e.date, e.time_precision) for e in events] == [(None, None), (dt.date(2024, 5, 3), 1)]
    assert events[0].rule.endswith("+undated")


def test_extract_refuses_what_is_not_an_article():
    from geo.errors import InputError

    with pytest.raises(InputError, match="expects an Article"):
        extract("Police arrested three men.", [])  # type: ignore[arg-type]


# -- whole articles through the pipeline (real gazetteer and geoparser) -------------------------

EXPECTED = json.loads((ARTICLES / "expected.json").read_text(encoding="utf-8"))


def _summary(text: str, e) -> dict:
    loc = None
    if e.location is not None:
        loc = {"name": e.location.name, "kind": e.location.kind}
        if e.location.kind != "place":
            loc["id"] = e.location.id
    return {
        "trigger": text[e.trigger.start:e.trigger.end],
        "type": e.type,
        "subtype": e.subtype,
        "actors": list(e.actors),
        "location": loc,
        "precision": e.precision,
        "date": e.date.isoformat() if e.date else None,
        "time_precision": e.time_precision,
        "fatalities": e.fatalities,
        "modality": e.modality,
        "cameo": e.cameo,
    }


def test_our_articles_cover_every_event_type_and_the_hard_cases():
    events = [e for evs in EXPECTED.values() for e in evs]
    assert len(EXPECTED) >= 15
    assert {e["type"] for e in events} == set(TAXONOMY)
    assert {e["modality"] for e in events} == {"asserted", "negated", "speculative", "background", "planned", "hypothetical"}
    assert any(e["location"] and e["location"]["kind"] == "border" for e in events)
    assert any(e["fatalities"] for e in events)
    assert {e["time_precision"] for e in events} == {1, 2, 3, None}  # None: no date at all (a hypothetical, undated)
    assert {e["subtype"] for e in events if e["type"] == "Diplomacy"} == set(TAXONOMY["Diplomacy"])


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_article_events_match_what_a_reader_codes(name):
    from geo.pipeline import analyse_text

    text = (ARTICLES / name).read_text(encoding="utf-8")
    result = analyse_text(text)
    got = [_summary(text, e) for e in result.articles[0].events]
    assert got == EXPECTED[name]


def test_border_talks_example():
    from geo.pipeline import analyse_text

    text = EXAMPLE.read_text(encoding="utf-8")
    events = analyse_text(text).articles[0].events
    by = {(e.subtype, text[e.trigger.start:e.trigger.end]): e for e in events}
    visit = by[("Visit", "flew to")]
    assert (visit.location.name, visit.date, visit.time_precision) == ("Tehran", dt.date(2024, 10, 13), 1)
    assert visit.actors == ("Interior minister of Pakistan", "Iran")
    raid = by[("Armed clash", "killed")]
    assert (raid.location.name, raid.precision, raid.fatalities) == ("Taftan", 2, 4)
    assert raid.date == dt.date(2024, 10, 11)  # "two days after" the Sunday visit
    memo = by[("Agreement/Intent to cooperate", "signed a memorandum")]
    assert memo.location.name == "Tehran"
    assert "border:IR-11|PK-BA" in {p.id for p in memo.places}  # the patrolled frontier, mentioned
    assert by[("Statement/Accusation", "accused")].actors == ("Pakistan", "Taliban (Afghanistan)")
    assert by[("Statement/Accusation", "rejected the charge")].location.name == "Kabul"
    # "state media said the raid ... had been launched from Pakistani territory": an accusation
    said = by[("Statement/Accusation", "said")]
    assert (said.actors, said.cameo) == (("Iran", "Pakistan"), "112")
    assert by[("Statement/Accusation", "rejected the charge")].actors == ("Afghanistan", "Pakistan")  # the accuser
    protest = by[("Peaceful protest", "protested")]
    assert (protest.location.name, protest.date) == ("Quetta", dt.date(2024, 10, 14))
    assert not any("Greek" in text[e.sentence.start:e.sentence.end] for e in events)  # "Read more" teaser


@pytest.mark.shared
def test_seed_article(seed_text):
    from geo.pipeline import analyse_text

    text = seed_text
    events = analyse_text(text).articles[0].events

    def find(subtype, **want):
        for e in events:
            if e.subtype == subtype and all(getattr(e, k) == v for k, v in want.items()):
                return e
        raise AssertionError(f"no {subtype} {want} in {[(e.subtype, e.actors, e.location) for e in events]}")

    visit = find("Visit", actors=("Gen. Asim Munir", "Iran"))
    assert visit.location.name == "Tehran" and visit.cameo == "042"
    meeting = find("Meeting", actors=("Gen. Asim Munir", "Gen. Mohammad Hossein Bagheri"))
    assert meeting.location.name == "Tehran"
    # the two armies' agreement is one of governments (diplomacy), signed formally (CAMEO 057)
    agreement = find("Agreement/Intent to cooperate", actors=("Pakistan", "Iran"), cameo="057")
    assert agreement.type == "Diplomacy"
    assert agreement.location.name == "Tehran"
    border_attacks = [e for e in events if e.type == "Battles" and e.location and e.location.kind == "border"]
    assert border_attacks and all(e.location.id == "border:IRN|PAK" and e.precision == 3 for e in border_attacks)
    # the attacks along the border, in Balochistan and on the Iranian border are told as one context:
    # one event on the segment with every mention, not three battles
    (attacks,) = [e for e in events if e.type == "Battles" and e.subtype == "Armed clash"]
    assert attacks.location.id == "border:IRN|PAK" and len(attacks.mentions) >= 3
    accusation = find("Statement/Accusation", cameo="112")
    assert accusation.actors == ("Pakistan", "Taliban (Afghanistan)")
    # what the map draws: one visit, its meetings, the agreement; the border attacks are context
    # (a trend, a purpose, "over the past few years"), the 2021 takeover is history, given as a year
    drawn = [e for e in events if e.modality == "asserted"]
    assert [e.subtype for e in drawn].count("Visit") == 1
    assert [e.cameo for e in drawn if e.subtype == "Agreement/Intent to cooperate"].count("057") == 1
    assert all(e.location.name == "Tehran" for e in drawn if e.subtype == "Meeting")
    assert not any(e.type == "Battles" for e in drawn)
    takeover = find("Non-state actor overtakes territory")
    assert (takeover.modality, takeover.date, takeover.time_precision) == ("background", dt.date(2021, 1, 1), 3)
    assert not any(e.subtype == "Statement/Accusation" and e.cameo == "010" for e in events)  # "announced that …" reports the agreement
    # nothing from the "Also Read" teasers (Athens, North Korea, the UK)
    for e in events:
        sentence = text[e.sentence.start:e.sentence.end]
        assert "Also Read" not in sentence and "Athens" not in sentence


# -- robustness -------------------------------------------------------------------------------


def test_absurd_figures_and_run_on_text_do_not_break_extraction():
    text = "1" * 5000 + " killed in Quetta. " + "Gunmen killed soldiers and " * 400 + "fled."
    events = events_of(text)
    assert events and all(e.fatalities is None or e.fatalities < 10**7 for e in events)
    assert all(e.sentence.end - e.sentence.start <= 1500 for e in events)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Gunmen killed four soldiers near Taftan",
                "Pakistan and Iran signed an agreement",
                "along their border",
                "on Monday",
                "The visit",
                "they",
                "Gen. Asim Munir",
                "denied",
                "at least 12",
                ".",
                ",",
                "\n",
                "Also Read:",
                "Quetta",
                "Iranian",
            ]
        ),
        max_size=30,
    ).map(" ".join),
    st.text(max_size=40),
)
def test_any_text_gives_well_formed_events(pieces, noise):
    text = pieces + noise
    for e in events_of(text):
        assert 0 <= e.sentence.start <= e.trigger.start < e.trigger.end <= e.sentence.end <= len(text)
        assert e.type in TAXONOMY and e.subtype in TAXONOMY[e.type]
        assert e.modality in ("asserted", "negated", "speculative") and 1 <= e.precision <= 3
        assert e.location is None or e.location.kind in ("place", "admin1", "admin2", "country", "border")


def test_each_pair_of_areas_is_asked_of_the_border_lookup_once() -> None:
    # the areas look-up answers "they do not touch" by intersecting outlines again: asked once
    asked: list[tuple[str, str]] = []

    def counting(a: str, b: str):
        asked.append((a, b))
        return border(a, b)

    line = "Militants attacked posts along their border on Sunday. "
    text = "Officials from Pakistan and Iran met in Quetta. " + line * 30
    article = Article("test", "", text, dt.date(2024, 10, 16))
    clashes = [e for e in extract(article, mentions_of(text), border=counting, country=country) if e.subtype == "Armed clash"]
    assert clashes and all(e.location.id == "border:IRN|PAK" for e in clashes)
    assert len(asked) == len(set(asked))



def test_a_peace_treaty_the_foreign_ministers_sign_is_one_of_governments():
    # a peace agreement signed by two states' foreign ministers: diplomacy (the guideline's
    # agreement between governments); a ceasefire they agree stays ACLED's agreement of armed parties
    signed = events_of("The foreign ministers of Velaria and Ostrand signed a peace agreement in Geneva on Friday.")
    assert [(e.type, e.subtype) for e in signed if "Agreement" in e.subtype] == [("Diplomacy", "Agreement/Intent to cooperate")]
    truce = events_of("The foreign ministers of Velaria and Ostrand agreed on a ceasefire in Geneva on Friday.")
    assert [(e.type, e.subtype) for e in truce if "Agreement" in e.subtype] == [("Strategic developments", "Agreement")]
