"""Round 9 of bench/geonews: flood and drought news naming rivers. A name "X River" that is a
county's or province's too is the river where the text says what rivers do (burst their banks,
overflow) or where people live along it; hand-curated rivers are found as "River X" and
"X River" alike. Sentences invented for these tests."""
from __future__ import annotations

from geoparse_fixtures import found_as


def found(text: str) -> list[tuple[str, str | None]]:
    return found_as(text, "id")


# -- a river named like a county: the words around it say which -------------------------------


def test_a_county_named_river_that_bursts_its_banks_is_the_river():
    # Tana River is one of Kenya's 47 counties (KE-40) and the river that crosses it
    got = found("Hundreds of farms near Hola were submerged after Tana River burst its banks on Monday.")
    assert ("Tana River", "region:river-tana") in got


def test_people_living_along_the_river_mean_the_river():
    got = found("Families living along the Tana River were told to move to higher ground near Garissa.")
    assert ("Tana River", "region:river-tana") in got


def test_the_county_stays_the_county_in_the_same_story():
    # one sense per text: the cued river does not pass its reading to the county, nor the reverse
    text = (
        "Officials in Tana River County counted losses. Water rose again after the Tana River overflowed "
        "near Hola, and schools in Tana River closed."
    )
    got = found(text)
    assert got.count(("Tana River", "region:river-tana")) == 1
    assert ("Tana River County", "KE-40") in got and ("Tana River", "KE-40") in got


def test_without_a_river_word_the_county_is_read():
    got = found("The governor of Tana River opened a new clinic near Hola on Friday.")
    assert ("Tana River", "KE-40") in got


# -- hand-curated rivers under both written forms ----------------------------------------------


def test_river_before_a_hand_curated_name_finds_the_river():
    # the table listed "Brahmaputra River" only; "River Brahmaputra" was left unresolved
    got = found("The River Brahmaputra crossed the danger mark at Guwahati, and the River Mekong fell in Laos.")
    assert ("River Brahmaputra", "region:river-brahmaputra") in got
    assert ("River Mekong", "region:river-mekong") in got


# -- Bangladesh's spellings of 2018 ------------------------------------------------------------


def test_bangladesh_official_spellings_are_the_district_towns():
    got = dict(found("Police detained 12 people in Bogura, 8 in Cumilla and 5 in Chapainawabganj, Bangladesh."))
    assert got["Bogura"] == "gn:1337233" and got["Cumilla"] == "gn:1185186" and got["Chapainawabganj"] == "gn:1337240"
