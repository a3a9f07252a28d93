"""Event scoring (geo.events.scoring) on tiny hand-made gold/prediction sets."""
import datetime as dt

import pytest

from geo.events.scoring import (
    GoldEvent,
    Loc,
    NonEvent,
    PredEvent,
    date_match,
    location_match,
    score,
    score_article,
)

# Two made-up areas as boxes: a "country" and one of its "provinces".
BOXES = {"LND": (10.0, 20.0, 40.0, 50.0), "LND-N": (17.0, 20.0, 40.0, 50.0)}


def contains(area_id, lat, lon):
    box = BOXES.get(area_id)
    return box is not None and box[0] <= lat <= box[1] and box[2] <= lon <= box[3]


TOWN = Loc("gn:1", "place", 16.0, 45.0, "Townville")
TOWN_20KM = Loc("gn:2", "place", 16.18, 45.0, "Nearby")  # 20 km north
TOWN_30KM = Loc("gn:3", "place", 16.27, 45.0, "Farther")  # 30 km north
OTHER = Loc("gn:9", "place", 12.0, 42.0, "Elsewhere")
COUNTRY = Loc("LND", "country", 15.0, 45.0, "Landia")
PROVINCE = Loc("LND-N", "admin1", 17.5, 45.0, "North Landia")


def gold(n=1, type_="Battles", sub="Armed clash", loc=TOWN, date=None, prec="none", sents=((0, 10),)):
    return GoldEvent("a", n, type_, sub, loc, date, prec, tuple(sents))


def pred(type_="Battles", sub="Armed clash", loc=TOWN, date=None, modality="asserted", sent=(0, 10), index=0):
    return PredEvent("a", type_, sub, loc, date, sent, modality, "", index)


def test_location_same_id_near_point_and_containing_area_match():
    assert location_match(TOWN, TOWN, contains)
    assert location_match(TOWN, TOWN_20KM, contains)
    assert not location_match(TOWN, TOWN_30KM, contains)
    assert location_match(TOWN, COUNTRY, contains)  # the country holds the town
    assert location_match(PROVINCE, Loc("gn:4", "place", 18.0, 45.0), contains)  # the gold area holds the point
    assert not location_match(TOWN, PROVINCE, contains)  # the province lies north of the town
    assert not location_match(TOWN, None, contains)


def test_an_area_that_does_not_contain_the_point_is_wrong_however_near_its_centroid():
    outside = Loc("XX", "admin1", 16.1, 45.0)  # centroid 11 km from the town, but not holding it
    assert not location_match(TOWN, outside, contains)
    assert not location_match(Loc("XX", "admin1", 16.1, 45.0), Loc("YY", "admin1", 16.1, 45.0), contains)


def test_an_area_without_known_geometry_counts_as_a_point():
    def no_shape(area_id, lat, lon):
        return None

    assert location_match(TOWN, Loc("region:hills", "region", 16.1, 45.0), no_shape)  # 11 km
    assert not location_match(TOWN, Loc("region:hills", "region", 17.0, 45.0), no_shape)  # 111 km


def test_one_prediction_per_incident_the_rest_are_duplicates():
    s = score_article([gold()], [pred(index=0), pred(index=1), pred(index=2)], contains)
    assert s.tp == 1
    assert s.duplicates == 2
    assert s.precision == pytest.approx(1 / 3)
    assert s.recall == 1.0
    assert s.false_positives == []


def test_type_family_must_agree():
    s = score_article([gold(type_="Battles")], [pred(type_="Explosions/Remote violence", sub="Shelling/artillery/missile attack")], contains)
    assert s.tp == 0
    assert s.loc_pairs == 1 and s.type_accuracy == 0.0
    assert s.type_pairs == 0
    assert len(s.misses) == 1 and len(s.false_positives) == 1


def test_diplomacy_is_a_family_of_its_own_and_subtypes_only_count_apart():
    g = gold(type_="Diplomacy", sub="Visit")
    s = score_article([g], [pred(type_="Diplomacy", sub="Meeting")], contains)
    assert s.tp == 1
    assert s.subtype_accuracy == 0.0
    s = score_article([g], [pred(type_="Strategic developments", sub="Agreement")], contains)
    assert s.tp == 0


def test_maximum_matching_beats_greedy_pairing():
    # The first prediction could serve either incident; the second only the first incident.
    # A greedy pass would give the first prediction to the first incident and lose one.
    g1 = gold(n=1, loc=TOWN)
    g2 = gold(n=2, loc=TOWN_30KM)
    p1 = pred(loc=Loc("gn:5", "place", 16.135, 45.0), index=0)  # ~15 km from both
    # p2, at the town, is 30 km from the second incident: it can serve only the first.
    p2 = pred(loc=TOWN, index=1)
    s = score_article([g1, g2], [p1, p2], contains)
    assert s.tp == 2
    assert {(m.gold.n, m.pred.index) for m in s.matches} == {(1, 1), (2, 0)}


def test_location_accuracy_among_type_matched_pairs():
    s = score_article([gold(loc=TOWN)], [pred(loc=OTHER)], contains)
    assert s.tp == 0
    assert s.type_pairs == 1 and s.location_accuracy == 0.0
    s = score_article([gold(loc=TOWN)], [pred(loc=TOWN)], contains)
    assert s.location_accuracy == 1.0


def test_only_asserted_predictions_count():
    s = score_article([gold()], [pred(modality="negated"), pred(modality="planned")], contains)
    assert s.n_pred == 0 and s.tp == 0 and s.recall == 0.0


def test_unlocated_share_counts_only_articles_that_name_a_place():
    s = score_article([gold()], [pred(loc=None), pred(loc=TOWN)], contains, names_place=True)
    assert (s.n_pred_unlocated, s.n_pred_in_placed_articles) == (1, 2)
    s = score_article([gold()], [pred(loc=None)], contains, names_place=False)
    assert s.n_pred_in_placed_articles == 0 and s.unlocated_share == 0.0


def test_dates_at_the_gold_precision():
    d = dt.date(2024, 3, 18)
    assert date_match(d, "day", d)
    assert not date_match(d, "day", d - dt.timedelta(days=1))
    assert date_match(d, "week", d - dt.timedelta(days=6))
    assert not date_match(d, "week", d - dt.timedelta(days=7))
    assert not date_match(d, "week", d + dt.timedelta(days=1))
    assert date_match(d, "month", dt.date(2024, 3, 1))
    assert not date_match(d, "none", d)
    s = score_article([gold(date=d, prec="day")], [pred(date=d)], contains)
    assert (s.dated_matches, s.date_right, s.date_accuracy) == (1, 1, 1.0)
    s = score_article([gold()], [pred(date=d)], contains)  # the text gives no date
    assert s.dated_matches == 0 and s.undated_gold_given_date == 1


def test_false_positives_on_non_events_and_in_eventless_articles():
    ne = NonEvent("a", "background", "Battles", ((20, 40),))
    s = score_article([gold()], [pred(sent=(22, 30), loc=OTHER, index=1)], contains, non_events=[ne])
    assert s.on_non_events == {"background": 1}
    s = score_article([], [pred()], contains)
    assert s.fp_in_eventless == 1 and s.precision == 0.0


def test_score_accumulates_over_articles_and_ignores_unknown_ones():
    g = {"a": [gold()], "b": [GoldEvent("b", 1, "Riots", "Violent demonstration", OTHER, None, "none")]}
    p = {"a": [pred()], "b": [PredEvent("b", "Riots", "Mob violence", OTHER, None)], "zzz": [pred()]}
    s = score(g, p, contains)
    assert (s.n_gold, s.n_pred, s.tp) == (2, 2, 2)
    assert s.f1 == 1.0
