"""Round 8 of bench/geonews: world news on Africa, the Middle East, Central Asia and Latin America,
environment and travel news. River basins named in lists, Spanish feature heads and names
joined by "del"/"do", seas and great lakes, the Indonesian and Tajik spellings of provinces.
Sentences invented for these tests."""
from __future__ import annotations

from geoparse_fixtures import found_as


def found(text: str) -> list[tuple[str, str | None]]:
    return found_as(text, "id")


def ids(text: str) -> dict[str, str | None]:
    return dict(found(text))


# -- basins: "the A, B and C river basins", "the X sub-basin" ------------------------------------


def test_a_list_closed_by_river_basins_makes_every_member_a_river():
    # Koshi, Gandaki and Karnali are also three of Nepal's provinces
    got = ids("Survey teams counted new glacial lakes in the Koshi, Gandaki and Karnali river basins last year.")
    assert got["Gandaki"] == "region:river-gandaki"
    assert got["Koshi"] is None and got["Karnali"] is None  # rivers the gazetteer lacks: no province


def test_a_long_list_before_rivers_reaches_its_first_name():
    # the first name is five tokens before "rivers": read as the rest of the list
    got = ids("Water rose in the Ruvuma, Lurio and Zambezi rivers after the cyclone.")
    assert got["Ruvuma"] == "region:river-ruvuma" and got["Zambezi"] == "region:river-zambezi"


def test_a_sub_basin_is_a_river_s_not_a_town():
    # "Suru" alone is a village in Java
    got = ids("The glacier feeds a lake in the Suru sub-basin of Ladakh, the study found.")
    assert got["Suru"] is None
    assert got["Ladakh"] == "IN-LA"


def test_a_bare_basin_keeps_the_city_it_is_named_after():
    # "the Los Angeles basin" is the plain around the city: no feature word of its own
    assert ids("Smog settled over the Los Angeles basin on Tuesday.")["Los Angeles"] == "gn:5368361"


# -- Spanish heads of features, names joined by "del", "do", "da" --------------------------------


def test_a_spanish_lake_head_makes_a_feature_of_the_name():
    # "Laguna" alone is a Philippine province
    assert ("Laguna Amarga", None) in found("Hikers stop at Laguna Amarga for the view of the towers.")


def test_a_spanish_valley_with_de_is_one_feature():
    # "Valle" alone is a Honduran department
    assert ("Valle de Cocora", None) in found("Wax palms line the Valle de Cocora, a short ride from Salento.")


def test_a_name_the_gazetteer_has_whole_keeps_its_reading():
    assert ids("Voters in Valle del Cauca chose a new governor.")["Valle del Cauca"] == "CO-VAC"
    assert ids("Surfers crowded Laguna Beach on Saturday.")["Laguna Beach"] == "gn:5364275"


def test_a_town_s_name_before_del_is_the_start_of_a_longer_name():
    # "Torres" alone is a Brazilian town: here it opens the park's name
    got = found("A guide to Torres del Paine National Park in Chilean Patagonia.")
    assert all(t != "Torres" for t, _ in got)
    assert ("Patagonia", "region:patagonia") in got


def test_a_name_with_de_the_gazetteer_has_whole_is_read_whole():
    assert found("Flights from Santiago de Chile resumed after the strike.") == [("Santiago de Chile", "gn:3871336")]


def test_a_first_name_before_da_is_no_town():
    # "Lula" alone is a town in Georgia: "Lula da Silva" is a person's name
    assert all(t != "Lula" for t, _ in found("Lula da Silva spoke to reporters in Brasilia on Monday."))


# -- seas, lakes and spellings of provinces (data: regions.tsv, aliases.tsv) ----------------------


def test_seas_and_great_lakes_news_names():
    assert ids("Two boats drifted in the Andaman Sea for weeks.")["Andaman Sea"] == "region:andaman-sea"
    assert ids("Fishermen say Lake Chad gives fewer fish each year.")["Lake Chad"] == "region:lake-chad"


def test_the_balkan_route_is_the_balkans_in_a_european_story():
    got = ids("Fewer people took the Balkan route this year, Serbia and Croatia said.")
    assert got["Balkan"] == "region:balkans"


def test_indonesian_and_tajik_spellings_of_provinces():
    assert ids("Floods hit three towns in North Sumatera on Friday.")["North Sumatera"] == "ID-SU"
    assert ids("Villagers in Tajikistan's Sughd province blocked the road.")["Sughd"] == "admin1:TJ:leninabad"


def test_a_region_of_several_countries_holds_the_story_s_countries():
    # Burkina Faso's Sahel Region bears the name too; the juntas of three countries are the belt's
    got = ids("Sahel juntas in Mali, Niger and Burkina Faso left the regional bloc.")
    assert got["Sahel"] == "region:sahel"


def test_a_province_named_like_a_region_stays_in_its_own_story():
    # a story on Pakistan's side: the province, as before
    got = ids("Shelling in Kashmir killed two villagers near Muzaffarabad, Pakistan's army said.")
    assert got["Kashmir"] == "PK-JK"
