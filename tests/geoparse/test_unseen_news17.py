"""Round 17 of bench/geonews: Latin American, Turkish, Caucasian, Balkan, Southeast Asian and
Central African regional news.

A gazetteer name before a Romance link ("del", "de") and a capitalised word is the first word of
a longer name; a compass word after the link ("Norte", "Sur") is that name's and never a
first-level area of its own. Also: names the data lacked (the 2022 Maguindanao provinces,
"Magwe Region"), a commune read as its town, "Stream" as a feature's word. Sentences invented for
these tests (real Burundian names where the gazetteer is needed).
"""
from __future__ import annotations

import pytest
from geoparse_fixtures import found_as


def found(text: str) -> list[tuple[str, str | None]]:
    return found_as(text, "id")


def names(text: str) -> list[str]:
    return [t for t, _ in found(text)]


# -- a first-level area abroad after the link is part of the longer name ------------------------


@pytest.mark.parametrize(
    "text",
    [
        # no such province: "Cebu" is a Philippine province, "Norte" Guinea-Bissau's region
        "Soldiers patrolled the hills of Cebu del Norte after the ambush on Friday.",
        "Relief goods reached Leyte del Norte before the storm made landfall.",
    ],
)
def test_a_foreign_area_after_the_link_is_not_read_alone(text):
    assert "Norte" not in names(text)


@pytest.mark.parametrize(
    ("text", "name", "place_id"),
    [
        # a country after the link still says which Santiago
        ("She flew from Lima to Santiago de Chile on Monday.", "Santiago de Chile", "gn:3871336"),
    ],
)
def test_a_country_after_the_link_still_places_the_first_word(text, name, place_id):
    assert (name, place_id) in found(text)


# -- names the data lacked (geo/places/build/aliases.tsv) ---------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "place_id"),
    [
        # the 2022 halves of Maguindanao read the province whose ground they share
        ("CAMP SIONGCO, Maguindanao del Norte – Troops recovered rifles on Sunday.", "Maguindanao del Norte", "admin1:PH:maguindanao"),
        ("Two gunmen died in a clash in Maguindanao del Sur on Monday.", "Maguindanao del Sur", "admin1:PH:maguindanao"),
        # Myanmar's Magway Region under its older spelling
        ("Fighting spread to villages on the border with Magwe Region last week.", "Magwe", "MM-03"),
    ],
)
def test_names_the_data_lacked(text, name, place_id):
    assert (name, place_id) in found(text)


# -- a stream is a physical feature ---------------------------------------------------------------


def test_a_stream_is_a_feature_not_the_city():
    # "San Francisco" alone is the Californian city; "... Stream" is a watercourse in Peru
    assert ("San Francisco", "gn:5391959") not in found("The overflow of the San Francisco Stream cut off farms near Tambogrande.")


# -- a commune is the municipality, not the province of its seat's name ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Storms destroyed the bean harvest in Kayanza commune last week, officials said.",
        "Forty households lost their roofs in Kirundo Commune, Kirundo Province.",
    ],
)
def test_a_commune_is_the_town_not_the_province(text):
    name = "Kayanza" if "Kayanza" in text else "Kirundo"
    kinds = [i for t, i in found(text) if t == name]
    assert kinds and all(i.startswith("gn:") for i in kinds)
