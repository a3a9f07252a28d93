"""Where events are placed when the text names several places: the venue of meetings the report
names, not its dateline nor the places the sides talk about; a village the gazetteer lacks
inside a known region, not the region's city told with other news (geo.events.places,
geo.events.later_sites, geo.events.drafts)."""
from __future__ import annotations

import pytest

from geo.pipeline import analyse_text


def _sites(text: str, date: str = "2025-03-12") -> list[tuple[str, str | None]]:
    events = analyse_text(text, date=date).articles[0].events
    return [(e.subtype, e.location.name if e.location else None) for e in events if e.modality == "asserted"]


@pytest.mark.parametrize(
    "lead",
    [
        "Foreign Minister Ama Owusu conducted a series of high-level meetings with her counterparts on the sidelines of the regional summit in Jakarta, Indonesia.",
        "Foreign Minister Ama Owusu held closed-door discussions on Tuesday with her Chilean and Kenyan counterparts on the sidelines of the forum in Jakarta, Indonesia.",
    ],
)
def test_meetings_told_after_a_lead_naming_the_venue_are_held_at_that_venue(lead):
    # a report filed from home ("ACCRA:") on a minister's talks abroad: the lead names the venue,
    # the meetings told after it ("in a separate meeting with ...") were held there too
    text = (
        f"ACCRA: {lead}\n\n"
        "Owusu met with the Kenyan foreign minister to discuss bilateral relations.\n\n"
        "In a separate meeting with Chile's deputy foreign minister, Owusu highlighted the growing trade between the two countries."
    )
    sites = _sites(text)
    assert sites and all(s == ("Meeting", "Jakarta") for s in sites), sites


def test_a_place_the_sides_talk_about_is_not_where_they_agreed():
    text = (
        "The foreign ministers of Ghana and Senegal agreed on Monday to deepen cooperation in energy and farming.\n\n"
        "The two ministers also discussed regional developments, including the suffering in Sudan."
    )
    assert all(place != "Sudan" for _sub, place in _sites(text)), _sites(text)


def test_a_village_the_gazetteer_lacks_in_a_region_is_not_moved_to_the_regions_city():
    # the village is somewhere in the region; the shelling of the regional capital told next is
    # other news, not a finer site of the village's attack
    text = (
        "Russian forces attacked the village of Verkhnoyarivka in the Mykolaiv region with a drone, killing a farmer.\n"
        "The governor said the invaders were shelling Mykolaiv and the region all day, wounding civilians."
    )
    events = analyse_text(text, date="2025-03-12").articles[0].events
    kinds = sorted(e.location.kind for e in events if e.modality == "asserted" and e.location)
    assert kinds == ["admin1", "place"], kinds


@pytest.mark.parametrize(
    "text, land",
    [
        ("The militia answered by firing mortars and rockets into Israel on Sunday.", "Israel"),
        ("Government troops shelled rebel positions in Sudan, and the rebels fired rockets into Chad on Monday.", "Chad"),
    ],
)
def test_fire_sent_into_a_land_landed_there(text, land):
    events = analyse_text(text, date="2025-03-12").articles[0].events
    # the fire told last (the rockets) is placed in the land it went into
    last = [e for e in events if e.modality == "asserted"][-1]
    assert last.location is not None and last.location.name == land, last


@pytest.mark.parametrize(
    "text, province",
    [
        ("Gunmen killed nine herders on Monday in Korvela, 40 kilometres from Mopti.", "Mopti"),
        ("Militants stormed a police post in Zarkani, about 30 km from Turbat, on Monday.", "Balochistan"),
    ],
)
def test_a_village_the_gazetteer_lacks_told_by_its_distance_from_a_town_is_in_the_towns_province(text, province):
    events = [e for e in analyse_text(text, date="2025-03-12").articles[0].events if e.modality == "asserted"]
    assert [(e.location.name, e.location.kind) if e.location else None for e in events] == [(province, "admin1")]
