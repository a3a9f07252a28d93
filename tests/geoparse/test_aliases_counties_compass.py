"""Round 13 of bench/geonews: hand-written aliases as own names, county offices and borders,
a name glossed in parentheses before "Province", a title before a unit named after a place,
compass-named areas abroad, and press short forms and new provinces of the Pacific.

A spelling a curator wrote into aliases.tsv ("Zakho" for GeoNames' Zaxo) is the place's own
name wherever the text names it, not only where it places it; "the Isiolo governor" and, in a
story about counties, "the border with Wajir and Marsabit" are the counties; "the Nohadra
(Duhok) Province" names the area twice; "Commander Kenema division" makes no person of
Kenema; "Southern District" in a story about Ghana is no district of Israel. Sentences
invented for these tests.
"""
from __future__ import annotations

from geoparse_fixtures import found_as

from geo.places import gazetteer


def found(text: str) -> list[tuple[str, str | None, str | None]]:
    return found_as(text, "id", "kind")


def ids(text: str, name: str) -> list[str | None]:
    return [i for t, i, _ in found(text) if t == name]


# -- hand-written aliases count as own names (data: postings.arrow "alias") ---------------------


def test_the_gazetteer_flags_hand_written_aliases():
    gaz = gazetteer.load()
    assert "gn:89570" in gaz.hand_alias("zakho")  # aliases.tsv: GeoNames' Zaxo
    assert gaz.hand_alias("zaxo") == frozenset()  # GeoNames' own name: no alias
    assert "SO-SH" in gaz.hand_alias("lower shabelle")


def test_a_hand_written_alias_read_alone():
    text = "Zakho was quiet on Sunday. Shops in Amedi reopened after the drone strikes."
    assert ids(text, "Zakho") == ["gn:89570"]
    assert ids(text, "Amedi") == ["gn:99611"]


def test_a_one_word_somali_spelling_read_alone():
    text = "Mahaday hosted the elders' meeting, and the road from Mahaday was reopened."
    assert ids(text, "Mahaday") == ["gn:54460", "gn:54460"]


def test_the_initials_of_two_capital_territories_read_by_the_story_country():
    # Nigeria's Federal Capital Territory and Islamabad's both go by "FCT"
    assert ids("Gunmen abducted six travellers near Kuje, FCT, the Nigerian police said.", "FCT") == ["NG-FC"]
    assert ids("Traffic police in the FCT of Islamabad fined forty drivers near Rawalpindi.", "FCT") == ["PK-IS"]


def test_an_alternate_name_that_is_no_alias_stays_dropped():
    # a guard: other languages' names of small places are still no names of English text
    text = "Hamas said the talks would resume."
    assert ids(text, "Hamas") == []


# -- a county's office and its borders (Kenya's counties are "X County" in the data) ------------


def test_a_governor_after_a_bare_county_name_reads_the_county():
    text = "The Isiolo governor met traders. A truck overturned near Isiolo town."
    assert found(text)[0][1:] == ("KE-09", "admin1")


def test_the_border_with_bare_counties_in_a_story_about_counties():
    text = ("Herders from Isiolo county crossed the border with Wajir and Marsabit, "
            "officials in the county said.")
    got = found(text)
    assert ("Wajir", "admin1") == (got[1][0], got[1][2])
    assert ("Marsabit", "admin1") == (got[2][0], got[2][2])


def test_a_border_in_a_story_without_counties_keeps_the_towns():
    # a guard: no county word in the story, the bare names stay the towns
    text = "Traders in Moyale said the border with Wajir and Marsabit was calm."
    assert [k for t, _, k in found(text) if t in ("Wajir", "Marsabit")] == ["place", "place"]


def test_a_us_border_list_is_left_alone():
    # a guard: a state's own reading is never replaced by a county of its name
    text = "County officials said the border with Texas and Oklahoma was flooded."
    assert [k for t, _, k in found(text) if t in ("Texas", "Oklahoma")] == ["admin1", "admin1"]


# -- a name glossed in parentheses before the area word ------------------------------------------


def test_a_parenthesised_gloss_before_province_names_the_area_twice():
    text = "Drones struck two villages of the Nohadra (Duhok) Province on Friday."
    got = found(text)
    assert ("Nohadra", "IQ-DA", "admin1") in got
    assert ("Duhok", "IQ-DA", "admin1") in got


# -- a title before a unit named after its place -------------------------------------------------


def test_a_commander_of_a_division_named_after_a_town_is_no_person():
    text = ("Youths burnt a police post in Kenema. The Regional Commander Kenema division "
            "asked for calm, and traders in Kenema closed their shops.")
    assert ids(text, "Kenema") == ["gn:2407790", "gn:2407790"]


def test_a_title_before_a_name_is_still_a_person():
    # a guard: without a unit word after it the name is the person's
    text = "Commander Kenema said the patrol would resume."
    assert ids(text, "Kenema") == []


# -- compass-named areas of a country the story is not about -------------------------------------


def test_a_compass_district_abroad_is_no_toponym():
    text = ("Floods hit Keta and Anloga in Ghana's Volta Region. The three Southern District "
            "assemblies met in Keta.")
    assert ids(text, "Southern District") == []


def test_a_compass_province_of_the_story_country_stays():
    text = "Police in Honiara, Solomon Islands, patrolled Central Province and Western Province."
    assert ids(text, "Central Province") == ["SB-CE"]
    assert ids(text, "Western Province") == ["SB-WE"]


def test_a_multi_country_compass_region_stays():
    # a guard: "the Middle East" spans many countries; no story country is needed
    text = "Oil prices rose on fears of war in the Middle East."
    assert len(ids(text, "Middle East")) == 1


# -- Pacific short forms and new provinces (data) ------------------------------------------------


def test_pacific_short_forms():
    text = "Eight fishermen from the Solomons were found alive. PNG police thanked the crews."
    assert ids(text, "Solomons") == ["SLB"]
    assert ids(text, "PNG") == ["PNG"]


def test_papua_new_guineas_provinces_of_2012():
    text = "Tribal fighting flared in Hela province, and roads in Jiwaka Province were closed."
    assert ids(text, "Hela") == ["PG-HLA"]
    assert ids(text, "Jiwaka Province") == ["PG-JWK"]
