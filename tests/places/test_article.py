"""geo.places.article: the Arabic article in normalized place names, and the own-name test."""
from __future__ import annotations

import pytest

from geo.places.article import bare, canonical, own_name, split


@pytest.mark.parametrize(
    ("key", "parts"),
    [
        ("al fashir", ("al", "fashir")),
        ("el obeid", ("el", "obeid")),
        ("ar raqqa", ("ar", "raqqa")),  # assimilated before its own letter
        ("ash shaddadi", ("ash", "shaddadi")),
        ("an nasiriyah", ("an", "nasiriyah")),
        ("az zawiya", ("az", "zawiya")),
    ],
)
def test_article_forms_are_split_from_the_name(key: str, parts: tuple[str, str]) -> None:
    assert split(key) == parts


@pytest.mark.parametrize("key", ["at raqqa", "as damascus", "an idea", "aleppo", "al", "el"])
def test_words_that_only_look_like_the_article_are_kept(key: str) -> None:
    # "At Raqqa" and "As Damascus" are English prepositions before a name: the assimilated
    # article stands only before its own letter.
    assert split(key) is None
    assert bare(key) == key


def test_the_name_with_or_without_the_article_is_the_places_own() -> None:
    assert own_name("al qusayr", "qusayr", "SY")
    assert own_name("al qusayr", "el qusayr", "SY")
    assert own_name("ar raqqah", "raqqah", "SY")
    assert not own_name("ar raqqah", "raqqa", "SY")  # another spelling stays an alternate name
    assert not own_name("el paso", "paso", "US")  # Spanish "El", not the Arabic article


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("jisr al shughur", "jisr ash shughur"),  # assimilated or not: one name
        ("sharm al sheikh", "sharm el sheikh"),
        ("deir al zor", "deir ez zor"),
    ],
)
def test_spellings_of_the_article_inside_a_name_meet(a: str, b: str) -> None:
    assert canonical(a) == canonical(b)


def test_only_an_article_before_its_letter_is_rewritten() -> None:
    assert canonical("bir at tin") == "bir al tin"
    assert canonical("port at bay") == "port at bay"  # "at" before b: the English word
    assert canonical("an") == "an"
