"""geo.places.romanise and data/romanised.arrow: the press's romanisations of South Asian and
Middle Eastern names, read as a fallback where the gazetteer has the name in another spelling
("Bhatinda" for GeoNames' Bathinda, "Qalqilya" for Qalqīlyah). Names chosen for these tests."""
from __future__ import annotations

import pytest

from geo.places import gazetteer
from geo.places.romanise import fold


@pytest.mark.parametrize(
    ("press", "geonames"),
    [
        ("bhatinda", "bathinda"),  # an aspirate moved: "bh" is "b", "th" is "t"
        ("qalqilya", "qalqilyah"),  # the final "h", q and k, y and i
        ("mehtarlam", "mehtar lam"),  # the space
        ("qala e naw", "qala i naw"),  # the Persian ezafe
        ("el mayadeen", "al mayadin"),  # "ee" and "i"; the article
        ("kotli", "kutli"),  # o and u
        ("sialkot", "siyalkot"),  # y and i
    ],
)
def test_the_press_spelling_folds_like_geonames(press: str, geonames: str) -> None:
    assert fold(press) == fold(geonames)


@pytest.mark.parametrize(("a", "b"), [("multan", "milan"), ("sargodha", "sargent"), ("kabul", "kebel")])
def test_other_names_keep_apart(a: str, b: str) -> None:
    assert fold(a) != fold(b)


def test_a_name_read_through_the_fold_counts_as_the_place_s_own() -> None:
    gaz = gazetteer.load()
    # the readings of a folded name are the press's spelling of the place's own name, as a
    # hand-written alias is; a key of its own is never so (its alternate names stay others')
    assert gaz.hand_alias("bhatinda") == frozenset({"gn:1276070"})
    assert gaz.hand_alias("bathinda") == frozenset()


def test_the_gazetteer_reads_a_name_it_lacks_through_the_fold() -> None:
    gaz = gazetteer.load()
    assert [p.id for p in gaz.by_key("bathinda")] == ["gn:1276070"]  # GeoNames' own name
    assert [p.id for p in gaz.by_key("bhatinda")] == ["gn:1276070"]
    assert gaz.is_key("qalqilya")
    assert "gn:282457" in [p.id for p in gaz.lookup("Qalqilya")]


def test_an_exact_key_is_never_folded() -> None:
    gaz = gazetteer.load()
    # "Nasirabad" is an old name of Mymensingh (Bangladesh): an alternate name, never folded;
    # the press's "Naseerabad" reads only towns whose own name it is
    assert "gn:1185162" not in [p.id for p in gaz.by_key("naseerabad")]
    assert all(p.country in ("PK", "IN") for p in gaz.by_key("naseerabad"))


@pytest.mark.parametrize("word", ["nature", "mature", "manner", "barely", "sooner"])
def test_english_words_are_kept_out_of_the_fold(word: str) -> None:
    # "Nature" folds like Natore (Bangladesh), "Mature" like Mathura: the build's stop list
    assert gazetteer.load().by_key(word) == ()
