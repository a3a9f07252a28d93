"""Security news of Pakistan, Afghanistan and Iran as their papers tell it (geo/lang/en/events.toml).
Real gazetteer; sentences and names are ours."""
from __future__ import annotations

from geo.pipeline import analyse_text


def asserted(text: str, date: str | None = "2025-06-11"):
    return [e for e in analyse_text(text, date=date).articles[0].events if e.modality == "asserted"]


def test_a_rise_in_the_number_of_attacks_is_a_trend():
    # "a sharp uptick in the number of militant attacks in the two provinces": the count of a
    # kind over time, no incident, as "an uptick in attacks" already was
    base = "Gunmen killed three traders near Zhob on Monday. "
    for more in (
        "The incident comes amid a sharp uptick in the number of militant attacks in Sindh and Punjab.",
        "Officials noted a steep rise in the frequency of bomb attacks in Sindh.",
    ):
        assert len(asserted(base + more)) == 1, more
    # a rise told of one incident's toll is no trend of incidents: the raid stays news
    more = "On Tuesday militants attacked a police post in Larkana, killing two constables."
    assert len(asserted(base + more)) == 2
