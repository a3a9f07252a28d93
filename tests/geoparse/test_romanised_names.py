"""The press's romanisations of South Asian and Middle Eastern names (geo.places.romanise) in
sentences, and settlements whose names hold the Arabic article in lower case ("the village of
X al-Y"). Sentences invented for these tests."""
from __future__ import annotations

from geoparse_fixtures import found_as


def found(text: str) -> list[tuple[str, str | None]]:
    return found_as(text, "id")


def test_a_press_spelling_reads_the_town_geonames_spells_otherwise():
    text = "Shells fell on Bhatinda and Qalqilya on Monday, police said."
    assert found(text) == [("Bhatinda", "gn:1276070"), ("Qalqilya", "gn:282457")]


def test_a_press_spelling_with_the_article_and_a_space():
    text = "Troops moved from Mehtarlam towards Jalalabad on Friday."
    assert ("Mehtarlam", "gn:1133574") in found(text)
    text = "Fighters withdrew from Albukamal towards the border, a monitor in Syria said."
    assert ("Albukamal", "gn:174448") in found(text)


def test_english_words_are_no_folded_town():
    # "Nature" folds like Natore in Bangladesh, "Mature" like Mathura: no reading
    text = "A study in Nature said the canal near Bhatinda was dry. Mature trees lined it."
    assert [t for t, _ in found(text)] == ["Bhatinda"]


def test_a_settlement_name_runs_on_over_a_hyphenated_article():
    text = "Rescue teams reached the village of Tell Hamdan ash-Sharqi after the flood."
    assert found(text) == [("Tell Hamdan ash-Sharqi", None)]


def test_the_article_keeps_a_settlement_from_a_foreign_area_of_its_first_word():
    # "Ain" alone is a French department: the town told here is "Ain el-Delb"
    text = "In the town of Ain el-Delb, two people were hurt by the drone."
    assert found(text) == [("Ain el-Delb", None)]


def test_a_lower_case_word_that_is_no_article_still_ends_the_name():
    # a guard: "and" ends the first village's name as before
    text = "Rescuers reached the village of Brask and the town of Velmont on Monday."
    assert found(text) == [("Brask", None), ("Velmont", None)]


def test_a_folded_name_of_a_country_the_story_is_not_about_is_left_unresolved():
    # the fold is a guess at a name the gazetteer lacks: in a story about floods in Pakistan,
    # "Bhatinda" is more likely a local place than the Indian city; alone, the city stands
    text = "Floodwater entered Bhatinda and Jacobabad in Sindh, officials in Pakistan said."
    assert ("Bhatinda", None) in found(text)
    assert found("Floodwater entered Bhatinda, officials said.") == [("Bhatinda", "gn:1276070")]
    # a country named beside another says nothing of where a local name lies
    text = "Floodwater entered Bhatinda, officials in Nepal said, as India sent aid."
    assert ("Bhatinda", None) in found(text)
    text = "Floodwater entered Bhatinda, officials in India said."
    assert ("Bhatinda", "gn:1276070") in found(text)
