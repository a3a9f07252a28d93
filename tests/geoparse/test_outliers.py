"""The lone far outlier (geo.geoparse.outliers, applied by resolve) on a small invented world."""
from __future__ import annotations

from geo.geoparse.outliers import lone_outliers
from geo.geoparse.resolve import OUTLIER_CUE, Candidate, resolve
from geo.models import Place

# Northland (around 61N 11E) and Southland (around 31S 21E), thousands of km apart.
KELP = Place("gn:3", "Kelpton", "place", 61.1, 10.9, "NL", "NL-MA", 20_000)
FORD = Place("gn:1", "Fordham", "place", 61.2, 11.1, "NL", "NL-MA", 40_000)
ROWAN_S = Place("gn:10", "Rowan", "place", -31.2, 21.3, "SL", "SL-MA", 800)
BROOK_S = Place("gn:11", "Brook", "place", -31.3, 21.1, "SL", "SL-MA", 9_000)
BROOK_N = Place("gn:12", "Brookby", "place", 66.0, 14.0, "NL", "NL-NO", 0)  # "Brook" is its alternate name
TOWN_S = Place("gn:13", "Dunmore", "place", -31.0, 21.0, "SL", "SL-MA", 90_000)


def cand(text: str, doc: str, places: tuple[Place, ...]) -> Candidate:
    start = doc.index(text)
    return Candidate(start, start + len(text), text, text.lower(), places, "name", ())


def test_a_hamlet_abroad_with_no_reading_at_home_is_dropped() -> None:
    # Every other place of the story is in Northland: "Rowan" is a person here, not a hamlet
    # on another continent.
    doc = "Floods in Kelpton and Fordham rose overnight; Rowan said the dam held."
    ms = resolve(doc, [cand("Kelpton", doc, (KELP,)), cand("Fordham", doc, (FORD,)), cand("Rowan", doc, (ROWAN_S,))])
    assert [m.text for m in ms] == ["Kelpton", "Fordham"]


def test_a_far_hamlet_takes_its_namesake_in_the_articles_country() -> None:
    doc = "Floods in Kelpton and Fordham reached Brook on Sunday."
    ms = resolve(doc, [cand("Kelpton", doc, (KELP,)), cand("Fordham", doc, (FORD,)), cand("Brook", doc, (BROOK_S, BROOK_N))])
    brook = ms[-1]
    assert brook.place == BROOK_N
    assert OUTLIER_CUE in brook.evidence


def test_one_other_place_is_not_yet_a_story_in_one_country() -> None:
    doc = "Floods in Kelpton; Rowan said the dam held."
    ms = resolve(doc, [cand("Kelpton", doc, (KELP,)), cand("Rowan", doc, (ROWAN_S,))])
    assert [m.text for m in ms] == ["Kelpton", "Rowan"]


def test_a_place_with_another_of_its_country_in_the_story_stays() -> None:
    doc = "Floods in Kelpton and Fordham; in Dunmore, Rowan said the dam held."
    ms = resolve(doc, [cand(n, doc, ps) for n, ps in (("Kelpton", (KELP,)), ("Fordham", (FORD,)), ("Dunmore", (TOWN_S,)), ("Rowan", (ROWAN_S,)))])
    assert [m.place for m in ms] == [KELP, FORD, TOWN_S, ROWAN_S]


def test_lone_outliers_on_readings_alone() -> None:
    picks = [((KELP,), [0]), ((FORD,), [0]), ((BROOK_S, BROOK_N), [0, 1]), ((ROWAN_S,), [0]), None]
    assert lone_outliers(picks) == {}  # Brook and Rowan are both in Southland: not alone
    assert lone_outliers(picks[:3]) == {2: 1}
    assert lone_outliers([picks[0], picks[1], picks[3]]) == {2: None}


SOUTHLAND = Place("SL", "Southland", "country", -30.0, 22.0, "SL", None)
GLEN = Place("gn:4", "Glenmore", "place", 61.0, 11.3, "NL", "NL-MA", 5_000)


def test_towns_of_a_land_the_story_never_names_far_from_all_its_places_are_dropped() -> None:
    # three names in Northland; "Dunmore" and "Brook" would be towns of Southland, which the
    # story never names: a monument's and a person's names, not two towns on another continent
    doc = "Floods in Kelpton, Fordham and Glenmore; the Dunmore memorial stood, Brook said."
    names = (("Kelpton", (KELP,)), ("Fordham", (FORD,)), ("Glenmore", (GLEN,)), ("Dunmore", (TOWN_S,)), ("Brook", (BROOK_S,)))
    ms = resolve(doc, [cand(n, doc, ps) for n, ps in names])
    assert [m.text for m in ms] == ["Kelpton", "Fordham", "Glenmore"]


def test_towns_of_a_land_the_story_names_stay() -> None:
    doc = "Floods in Kelpton, Fordham and Glenmore; in Southland, Dunmore and Brook were spared."
    names = (
        ("Kelpton", (KELP,)), ("Fordham", (FORD,)), ("Glenmore", (GLEN,)), ("Southland", (SOUTHLAND,)),
        ("Dunmore", (TOWN_S,)), ("Brook", (BROOK_S,)),
    )
    ms = resolve(doc, [cand(n, doc, ps) for n, ps in names])
    assert [m.place for m in ms] == [KELP, FORD, GLEN, SOUTHLAND, TOWN_S, BROOK_S]


def test_a_town_of_a_land_never_named_is_dropped_when_the_one_place_of_the_story_is_named_twice() -> None:
    doc = "Floods in Kelpton rose overnight; Kelpton's mayor said Rowan was safe."
    cands = [cand("Kelpton", doc, (KELP,)), Candidate(doc.index("Kelpton's"), doc.index("Kelpton's") + 7, "Kelpton", "kelpton", (KELP,), "name", ()), cand("Rowan", doc, (ROWAN_S,))]
    assert [m.text for m in resolve(doc, cands)] == ["Kelpton", "Kelpton"]


# a city of Eastland, near Southland (about 450 km from Dunmore) and big enough to stay alone
PORT_E = Place("gn:14", "Porthaven", "place", -29.0, 25.0, "EL", "EL-MA", 300_000)


def test_a_lone_city_abroad_does_not_hold_a_town_of_a_land_never_named_near_the_story() -> None:
    # "Porthaven" (a surname read as a city of Eastland, told once) is no place the story speaks
    # of: "Dunmore" near it is still a town of a land the story never names
    doc = "Floods in Kelpton, Fordham and Glenmore; the Dunmore memorial stood, Porthaven said."
    names = (("Kelpton", (KELP,)), ("Fordham", (FORD,)), ("Glenmore", (GLEN,)), ("Dunmore", (TOWN_S,)), ("Porthaven", (PORT_E,)))
    ms = resolve(doc, [cand(n, doc, ps) for n, ps in names])
    assert [m.text for m in ms] == ["Kelpton", "Fordham", "Glenmore", "Porthaven"]
