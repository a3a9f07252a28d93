"""Rivers and canals of the gazetteer (Natural Earth's, geo/places/build/features.py) in text:
read where the text says the feature word, never from a bare single word. Sentences invented
for these tests."""
from __future__ import annotations

from geoparse_fixtures import found_as


def found(text: str) -> list[tuple[str, str | None]]:
    return found_as(text, "id")


def test_a_river_named_with_river_is_the_river():
    text = "The Kafue River burst its banks near Itezhi-Tezhi on Monday, officials said."
    assert ("Kafue River", "region:river-kafue") in found(text)


def test_river_before_the_name_also_names_it():
    assert ("River Kafue", "region:river-kafue") in found("Boats were pulled from the River Kafue after the storm.")


def test_a_lower_case_river_after_the_name_reads_the_river():
    text = "Villagers near the Ruvuma river fled south after the raid."
    assert found(text) == [("Ruvuma", "region:river-ruvuma")]


def test_a_lower_case_river_reads_the_hand_curated_river_too():
    # regions.tsv has "Zambezi River"; the lower-case word now finds it as well
    assert found("Fishermen on the Zambezi river reported low water.") == [("Zambezi", "region:river-zambezi")]


def test_the_river_is_the_stretch_of_the_story_country_free():
    # a river of several countries has no country of its own (its countries are in regions.arrow)
    (pid,) = {p for t, p in found("Floods along the Limpopo River forced families from their homes.") if t == "Limpopo River"}
    assert pid == "region:river-limpopo"


def test_a_bare_name_is_never_read_as_a_derived_river():
    # no feature word: "Kafue" is the Zambian town, not the river
    text = "Traders in Kafue said the Kafue River rose this week."
    assert found(text) == [("Kafue", "gn:915883"), ("Kafue River", "region:river-kafue")]


def test_a_canal_is_named_with_its_word():
    assert ("Caledonian Canal", "region:canal-caledonian") in found("A barge ran aground in the Caledonian Canal on Sunday.")



# -- round 6 of bench/geonews: feature heads before the name, plural heads before a list ------


def test_a_plural_head_before_a_list_makes_every_member_a_feature():
    # "Alajuela" alone is a Costa Rican province; after "Lakes Gatun and" it is a lake
    text = "Dry months have lowered Lakes Gatun and Alajuela, which feed the canal locks."
    assert found(text) == [("Lakes Gatun", None), ("Alajuela", None)]


def test_a_plural_head_reads_the_gazetteer_river_of_each_member():
    text = "Barges waited where the Rivers Limpopo and Zambezi ran shallow this winter."
    assert found(text) == [("Rivers Limpopo", "region:river-limpopo"), ("Zambezi", "region:river-zambezi")]


def test_a_cape_of_a_name_is_the_cape_not_a_town_of_that_name():
    # "Good Hope" alone is a Californian town
    assert found("Tankers now sail round the Cape of Good Hope to reach Rotterdam.")[0] == ("Cape of Good Hope", None)


def test_a_cape_without_of_keeps_its_town():
    assert ("Cape Town", "gn:3369157") in found("The freighter docked at Cape Town before turning north.")


def test_an_arabic_mountain_head_keeps_the_name_from_a_town_abroad():
    # "Safi" alone is a Moroccan city and a Maltese council
    assert found("Jets struck the slopes of Jabal Safi overnight, villagers said.") == [("Jabal Safi", None)]


def test_an_arabic_head_name_the_gazetteer_has_whole_keeps_its_reading():
    assert ("Jebel Ali", "gn:11524601") in found("Cargo piled up at Jebel Ali after the storm.")


def test_a_sea_is_not_the_province_named_after_it_in_a_story_on_that_country():
    # Egypt's "Red Sea" governorate would take the focus of a story that names Egypt
    text = "Carriers stopped sending ships through the Red Sea, the shortcut to Egypt's canal ports."
    assert ("Red Sea", "region:red-sea") in found(text)


def test_the_province_named_after_a_sea_is_read_when_named_as_one():
    text = "Hotels in Egypt's Red Sea Governorate reopened after the storm."
    assert ("Red Sea", "EG-BA") in found(text)


def test_a_town_named_with_a_plural_head_keeps_its_reading():
    assert found("Roads to Lakes Entrance and Bairnsdale were cut by the fires.") == [
        ("Lakes Entrance", "gn:2160735"), ("Bairnsdale", "gn:2177233")
    ]
