"""Reading articles: every format with realistic fixtures, limits, and hostile input."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.config import Limits, env_name
from geo.errors import BorderlinesError, InputError, LimitError
from geo.ingest.boilerplate import analysed_text
from geo.ingest.decoding import decode
from geo.ingest.pubdates import parse_date
from geo.ingest.readers import (
    SUPPORTED_EXTENSIONS,
    IngestReport,
    article_id,
    from_text,
    read_bytes,
    read_file,
    read_files,
    safe_url,
)

FIXTURES = Path(__file__).parents[1] / "fixtures" / "ingest"
PARAGRAPH = "Shelling damaged a school in Sumy on Monday, regional officials said, but nobody was hurt."


@pytest.fixture(autouse=True)
def _default_limits(monkeypatch):
    for f in dataclasses.fields(Limits):
        monkeypatch.delenv(env_name(f.name), raising=False)


def _read(name: str) -> IngestReport:
    return read_file(FIXTURES / name)


def _by_title(report: IngestReport) -> dict:
    return {a.title: a for a in report.articles}


# -- pasted text ------------------------------------------------------------------------------


def test_from_text_takes_first_line_as_title_and_keeps_it_in_the_text():
    text = "\n  Protest in Tbilisi  \n" + PARAGRAPH
    a = from_text(text)
    assert a.title == "Protest in Tbilisi"
    assert a.text == text  # unchanged: offsets refer to what the user pasted
    assert a.source == "pasted" and a.date is None and a.url is None
    assert re.fullmatch(r"[0-9a-f]{16}", a.id)


def test_from_text_with_explicit_title_date_and_url():
    a = from_text(PARAGRAPH, title="  School hit in   Sumy ", date="2024-05-06", url="https://n.example.org/sumy")
    assert (a.title, a.text, a.date, a.url) == (
        "School hit in Sumy", PARAGRAPH, dt.date(2024, 5, 6), "https://n.example.org/sumy"
    )  # fmt: skip


def test_id_is_stable_and_ignores_whitespace_differences():
    assert from_text(PARAGRAPH).id == from_text(PARAGRAPH).id
    assert article_id("T", "a  b\n c") == article_id(" T ", "a b c")
    assert from_text(PARAGRAPH).id != from_text(PARAGRAPH + " More.").id
    assert from_text(PARAGRAPH, title="A").id != from_text(PARAGRAPH, title="B").id


def test_from_text_normalizes_line_ends_and_control_characters():
    a = from_text("Title\r\nLine one\rLine two\x00end\x07")
    assert a.text == "Title\nLine one\nLine two\ufffdend\ufffd"


def test_from_text_marks_boilerplate():
    a = from_text("Floods in Sindh\nShare:\n" + PARAGRAPH + "\nAlso Read: Fire in a Karachi market")
    assert "Karachi" not in analysed_text(a.text, a.skipped)
    assert "Sumy" in analysed_text(a.text, a.skipped)


@pytest.mark.parametrize("text", ["", "   \n\t  "])
def test_from_text_refuses_empty_text(text):
    with pytest.raises(InputError, match="empty|whitespace"):
        from_text(text)


def test_from_text_refuses_nonsense_date_and_drops_unsafe_url():
    with pytest.raises(InputError, match="'the 45th of Smarch'"):
        from_text(PARAGRAPH, date="the 45th of Smarch")
    assert from_text(PARAGRAPH, url="javascript:alert(1)").url is None


def test_text_over_the_limit_is_refused_with_the_variable_to_set(monkeypatch):
    monkeypatch.setenv("BORDERLINES_MAX_TEXT_CHARS", "50")
    with pytest.raises(LimitError, match="BORDERLINES_MAX_TEXT_CHARS"):
        from_text(PARAGRAPH)
    with pytest.raises(LimitError, match="'long.txt'"):
        read_bytes("long.txt", PARAGRAPH.encode())


# -- web page -------------------------------------------------------------------------------


def test_saved_web_page_gives_story_title_date_and_canonical_url():
    (a,) = _read("page.html").articles
    assert a.title == "Torkham crossing reopens after nine-day closure"
    assert a.date == dt.date(2024, 9, 14)
    assert a.url == "https://frontier-ledger.example.com/region/torkham-crossing-reopens"
    assert a.source == "page.html"
    assert "Torkham border crossing between Pakistan and Afghanistan reopened" in a.text
    assert "expected the backlog to clear by Tuesday" in a.text
    for junk in ["cookies", "Cheap flights", "Chaman traders", "Quetta", "newsletter", "All rights reserved",
                 "Sport", "analytics", "dataLayer"]:  # fmt: skip
        assert junk not in analysed_text(a.text, a.skipped), junk


def test_web_page_without_article_body_still_gives_its_text():
    html = b"<html><head><title>Note</title></head><body><div>Curfew declared in Imphal tonight.</div></body></html>"
    (a,) = read_bytes("note.htm", html).articles
    assert "Curfew declared in Imphal" in a.text


def test_web_page_with_too_many_tags_is_refused_before_parsing(monkeypatch):
    monkeypatch.setenv("BORDERLINES_MAX_HTML_TAGS", "100")
    with pytest.raises(LimitError, match="BORDERLINES_MAX_HTML_TAGS"):
        read_bytes("huge.html", b"<html><body>" + b"<p>x</p>" * 200 + b"</body></html>")


def test_web_page_declared_charset_is_used():
    html = '<html><head><meta charset="windows-1252"><title>Kraków</title></head><body><p>Strike in Kraków and Łódź?</p></body></html>'
    data = html.replace("Łódź", "Lodz").encode("cp1252")
    (a,) = read_bytes("p.html", data).articles
    assert "Kraków" in a.text and "\ufffd" not in a.text


# -- CSV ------------------------------------------------------------------------------------


def test_cp1252_csv_decodes_accented_names_and_reads_dates():
    arts = _by_title(_read("articles_cp1252.csv"))
    assert set(arts) == {
        "Protesters block the road to São Paulo airport",
        "Flooding cuts off villages near Peñíscola",
        "Strike closes Zürich railway station for a day",
    }
    pen = arts["Flooding cuts off villages near Peñíscola"]
    assert "València" in pen.text and "\r" not in pen.text
    assert pen.date == dt.date(2024, 9, 17)  # 17/09/2024: the day is the part over 12
    assert arts["Strike closes Zürich railway station for a day"].date == dt.date(2024, 3, 4)
    assert all(a.source == "articles_cp1252.csv" for a in arts.values())


def test_utf8_bom_csv_with_alias_columns_reports_bad_rows():
    report = _read("articles_utf8_bom.csv")
    arts = _by_title(report)
    assert set(arts) == {"Ceasefire holds along the Line of Contact", "Café owners in Kraków protest new tax"}
    assert arts["Café owners in Kraków protest new tax"].url is None
    assert arts["Ceasefire holds along the Line of Contact"].url == "https://desk.example.com/caucasus/ceasefire-holds"
    problems = {(p.where, p.severity): p.message for p in report.problems}
    assert "javascript:" in problems[("row 3", "warning")] and "dropped" in problems[("row 3", "warning")]
    assert "empty text" in problems[("row 4", "error")]


def test_csv_without_text_column_names_required_and_found_columns():
    with pytest.raises(InputError) as info:
        read_bytes("x.csv", b"headline,when\nA,2024-01-01\n")
    msg = str(info.value)
    assert "'text'" in msg and "'body'" in msg and "'content'" in msg and "'headline', 'when'" in msg


def test_header_only_csv_is_a_friendly_error():
    with pytest.raises(InputError, match="no articles"):
        read_bytes("x.csv", b"title,text,date,url\n")


def test_csv_semicolon_delimiter_and_tsv():
    (a,) = read_bytes("s.csv", f"title;text\nSumy;{PARAGRAPH}\n".encode()).articles
    assert a.title == "Sumy" and a.text == PARAGRAPH
    (b,) = read_bytes("s.tsv", f"text\ttitle\n{PARAGRAPH}\tT\n".encode()).articles
    assert b.title == "T"


def test_csv_long_field_beyond_default_csv_limit():
    text = "Word " * 40_000  # 200,000 characters: over the csv module's default field limit
    (a,) = read_bytes("long.csv", f'text\n"{text}"\n'.encode()).articles
    assert len(a.text) == len(text)


def test_duplicate_rows_are_dropped_and_reported():
    data = f'title,text\nA,"{PARAGRAPH}"\nB,other text here\nA,"{PARAGRAPH}"\n'.encode()
    report = read_bytes("d.csv", data)
    assert [a.title for a in report.articles] == ["A", "B"]
    (p,) = report.problems
    assert p.where == "row 4" and "row 2" in p.message and "dropped" in p.message


def test_bad_date_in_a_row_is_a_warning_not_a_rejection():
    report = read_bytes("d.csv", f'text,date\n"{PARAGRAPH}",someday\n'.encode())
    assert report.articles[0].date is None
    assert report.problems[0].severity == "warning" and "'someday'" in report.problems[0].message


# -- JSON and JSON Lines --------------------------------------------------------------------


def test_jsonl_with_canonical_and_alias_keys():
    arts = _by_title(_read("articles.jsonl"))
    fish = arts["Fishermen freed in prisoner exchange"]
    assert fish.date == dt.date(2024, 1, 12) and fish.url == "https://north.example.net/fishermen-freed"
    assert "Wagah crossing" in fish.text
    kuwait = arts["Dust storm grounds flights in Kuwait"]
    assert kuwait.date is None and kuwait.url is None and "Shuwaikh" in kuwait.text
    assert len(arts) == 3


def test_json_with_articles_list():
    arts = _by_title(_read("articles.json"))
    assert arts["Ferry resumes service between Mombasa and Lamu"].date == dt.date(2024, 4, 15)
    assert len(arts) == 2


def test_json_list_single_object_and_jsonl_saved_as_json():
    one = {"text": PARAGRAPH, "title": "T"}
    assert len(read_bytes("a.json", json.dumps([one, {**one, "title": "U"}]).encode()).articles) == 2
    assert read_bytes("a.json", json.dumps(one).encode()).articles[0].title == "T"
    lines = json.dumps(one) + "\n" + json.dumps({**one, "title": "U"}) + "\n"
    assert len(read_bytes("a.json", lines.encode()).articles) == 2


def test_jsonl_bad_lines_are_reported_and_the_rest_read():
    lines = [json.dumps({"text": PARAGRAPH}), "{not json", "[1, 2]", json.dumps({"title": "no text"}),
             json.dumps({"text": 42}), json.dumps({"text": "Second story from Kherson.", "date": 5})]  # fmt: skip
    report = read_bytes("b.jsonl", "\n".join(lines).encode())
    assert len(report.articles) == 2
    where = {p.where for p in report.problems}
    assert {"line 2", "line 3", "line 4", "line 5", "line 6"} <= where


@pytest.mark.parametrize(
    ("data", "match"),
    [
        (b"[" * 100_000 + b"]" * 100_000, "deeply|levels"),
        (b'[{"text": "a", "n": ' + b"9" * 5000 + b"}]", "5,000 digits"),
        (b'[{"text": "a", "score": NaN}]', "NaN"),
        (b'[{"text": "a", "score": -Infinity}]', "Infinity"),
        (b"42", "list of articles"),
        (b"[1, 2, 3]", "no article could be read"),
    ],
)
def test_hostile_json_is_a_clean_input_error(data, match):
    with pytest.raises(InputError, match=match):
        read_bytes("evil.json", data)


# -- feeds ----------------------------------------------------------------------------------


def test_rss_feed_entries_become_articles():
    report = _read("feed_rss.xml")
    arts = _by_title(report)
    kargil = arts["Curfew lifted in Kargil after three days"]
    assert kargil.date == dt.date(2024, 3, 11)
    assert kargil.url == "https://borderwatch.example.org/region/kargil-curfew-lifted"
    assert "Ladakh" in kargil.text and "<b>" not in kargil.text  # full content:encoded, as text
    assert "Zoji La" in kargil.text and "Zoji La" not in analysed_text(kargil.text, kargil.skipped)
    drina = arts["Bridge over the Drina reopens to traffic"]
    assert drina.url is None and "Mali Zvornik" in drina.text and "<p>" not in drina.text
    assert any(p.where == "entry 3" and p.severity == "warning" for p in report.problems)
    assert arts["Rockets hit outskirts of Sderot, no injuries reported"].date == dt.date(2024, 3, 10)


def test_headline_only_feed_entry_keeps_its_headline_as_text():
    rss = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
    <item><title>Earthquake shakes Herat province</title><link>https://x.example.org/q</link></item>
    </channel></rss>"""
    (a,) = read_bytes("h.rss", rss).articles
    assert a.text == a.title == "Earthquake shakes Herat province"


def test_atom_feed_entries_become_articles():
    arts = _by_title(_read("feed_atom.atom"))
    khulna = arts["Cyclone makes landfall near Khulna"]
    assert khulna.date == dt.date(2024, 8, 1)  # the publisher's local day, not UTC
    assert khulna.url == "https://coastal.example.com/2024/08/cyclone-khulna"
    assert "Satkhira" in khulna.text and "&lt;" not in khulna.text
    assert arts["Port of Chittagong suspends operations"].date == dt.date(2024, 8, 1)


def test_billion_laughs_is_refused():
    with pytest.raises(InputError, match="entities") as info:
        _read("billion_laughs.rss")
    assert "lollol" not in str(info.value)


def test_xxe_is_refused_and_leaks_nothing():
    with pytest.raises(InputError, match="external") as info:
        _read("xxe.rss")
    assert "root:" not in str(info.value)


def test_xml_attacks_refused_even_when_malformed_or_utf16():
    malformed = (FIXTURES / "billion_laughs.rss").read_bytes().replace(b"</rss>", b"")
    with pytest.raises(InputError, match="entities"):
        read_bytes("m.rss", malformed)
    utf16 = (FIXTURES / "xxe.rss").read_text().replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16")
    with pytest.raises(InputError, match="refused"):
        read_bytes("u.xml", utf16)


@pytest.mark.parametrize("name", ["x.html", "x.xhtml", "noext"])
def test_entities_in_a_web_page_are_never_expanded(name):
    page = (b'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            b"<html><body><p>Leak &x; here, in a story about Kabul and Herat.</p></body></html>")
    (a,) = read_bytes(name, page).articles
    assert "Kabul" in a.text and "root:" not in a.text


def test_feed_bytes_are_never_taken_for_a_path_or_url():
    # feedparser opens a str/bytes argument as a file name or URL; ours must not.
    for data in (b"/etc/passwd", b"https://example.com/feed.xml"):
        with pytest.raises(InputError, match="not an RSS or Atom feed"):
            read_bytes("feed.xml", data)


# -- whole-file refusals and decoding --------------------------------------------------------


def test_binary_renamed_txt_is_refused():
    with pytest.raises(InputError, match="PNG image"):
        _read("picture_renamed.txt")


@pytest.mark.parametrize(
    ("data", "match"),
    [
        (b"PK\x03\x04rest-of-a-docx", "ZIP"),
        (b"%PDF-1.7\n...", "PDF"),
        (b"\x1f\x8b\x08\x00\x00\x00", "gzip"),
        (bytes(range(256)) * 8, "binary"),
        (b"a\x00b\x00c\x00\x00\x00\x00\x00x" * 50, "binary"),
    ],
)
def test_binary_data_is_refused_by_sniffing(data, match):
    with pytest.raises(InputError, match=match):
        read_bytes("upload.txt", data)


def test_empty_and_whitespace_files_are_friendly_errors():
    with pytest.raises(InputError, match="'empty.txt' is empty"):
        _read("empty.txt")
    with pytest.raises(InputError, match="only whitespace"):
        read_bytes("blank.md", b" \n\t\r\n ")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Demonstration in Genève and Zürich".encode("cp1252"), "Demonstration in Genève and Zürich"),
        ("Séisme près de Fès".encode("latin-1"), "Séisme près de Fès"),
        ("大阪で大雨、交通に乱れ".encode("shift_jis"), "大阪で大雨、交通に乱れ"),
        ("\ufeffKyiv and Lviv".encode("utf-8"), "Kyiv and Lviv"),
        ("Odesa port".encode("utf-16"), "Odesa port"),
        ("Odesa port".encode("utf-16-le"), "Odesa port"),
        ("Mińsk and Brest".encode(), "Mińsk and Brest"),
    ],
)
def test_decoding(data, expected):
    assert decode(data) == expected


def test_mixed_encoding_is_decoded_with_replacement():
    data = "Kraków – Łódź".encode() + b" caf\xe9 " + "Gdańsk".encode()
    text = decode(data)
    assert "Kraków – Łódź" in text and "Gdańsk" in text and "\ufffd" in text


def test_a_few_nul_bytes_are_replaced_not_fatal():
    (a,) = read_bytes("n.txt", b"Title\n" + PARAGRAPH.encode() * 3 + b"\x00").articles
    assert a.text.endswith("\ufffd")


def test_file_size_is_checked_before_reading(tmp_path, monkeypatch):
    monkeypatch.setenv("BORDERLINES_MAX_FILE_BYTES", "1kB")
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 1500)
    with pytest.raises(LimitError) as info:
        read_file(big)
    assert "'big.txt' is 1.5 kB; the limit is 1 kB (set BORDERLINES_MAX_FILE_BYTES" in str(info.value)
    with pytest.raises(LimitError, match="split the file"):
        read_bytes("upload.csv", b"x" * 1001)


def test_too_many_articles_in_one_file(monkeypatch):
    monkeypatch.setenv("BORDERLINES_MAX_ARTICLES", "2")
    with pytest.raises(LimitError, match="holds more than 2 articles.*BORDERLINES_MAX_ARTICLES"):
        _read("articles.jsonl")


def test_too_many_feed_entries_refused_before_feedparser_builds_them(monkeypatch):
    monkeypatch.setenv("BORDERLINES_MAX_ARTICLES", "2")
    with pytest.raises(LimitError, match="'feed_rss.xml' holds 3 articles; the limit is 2"):
        _read("feed_rss.xml")


@pytest.mark.parametrize("data", [b"[" + b"{}," * 300_000 + b"{}]", b'["a",' * 300_000 + b'"a"]'])
def test_json_with_millions_of_values_is_refused_before_parsing(data):
    with pytest.raises(LimitError, match="JSON values.*BORDERLINES_MAX_ARTICLES"):
        read_bytes("many.json", data)


def test_commas_inside_strings_do_not_count_as_json_values():
    text = "Kabul, Herat, Kandahar, Mazar, " * 5000
    (a,) = read_bytes("one.json", json.dumps({"text": text}).encode()).articles
    assert a.text == text


def test_source_name_is_the_bare_file_name():
    (a,) = read_bytes("../../etc/evil\x1b[31m.txt", PARAGRAPH.encode()).articles
    assert "/" not in a.source and "\x1b" not in a.source and a.source.endswith(".txt")


def test_unknown_extension_is_sniffed():
    assert read_bytes("story", PARAGRAPH.encode()).articles[0].text == PARAGRAPH
    rss = (FIXTURES / "feed_rss.xml").read_bytes()
    assert len(read_bytes("download.php", rss).articles) == 3
    assert read_bytes("noext", json.dumps([{"text": PARAGRAPH}]).encode()).articles[0].text == PARAGRAPH


def test_markdown_title_drops_heading_marks():
    (a,) = read_bytes("n.md", f"# Curfew in Imphal\n\n{PARAGRAPH}\n".encode()).articles
    assert a.title == "Curfew in Imphal" and a.text.startswith("# Curfew in Imphal")


# -- many files --------------------------------------------------------------------------------


def test_read_files_reads_every_fixture_and_reports_the_bad_ones(tmp_path):
    report = read_files(sorted(p for p in FIXTURES.iterdir() if p.name != "README.md") + [tmp_path, tmp_path / "nope.txt"])
    sources = {a.source for a in report.articles}
    assert sources == {"page.html", "articles_cp1252.csv", "articles_utf8_bom.csv", "articles.jsonl",
                       "articles.json", "feed_rss.xml", "feed_atom.atom"}  # fmt: skip
    assert len(report.articles) == 1 + 3 + 2 + 3 + 2 + 3 + 2
    failed = {p.source for p in report.problems if p.severity == "error" and not p.where}
    assert {"billion_laughs.rss", "xxe.rss", "picture_renamed.txt", "empty.txt", "nope.txt"} <= failed
    assert len({a.id for a in report.articles}) == len(report.articles)


def test_read_files_accepts_uploads_and_drops_duplicates_across_files():
    data = f"title,text\nA,{PARAGRAPH}\n".encode()
    report = read_files([("one.csv", data), ("two.csv", data), ("three.txt", b"")])
    assert [a.source for a in report.articles] == ["one.csv"]
    dup = next(p for p in report.problems if p.source == "two.csv")
    assert "'one.csv'" in dup.message and dup.severity == "warning"
    assert any(p.source == "three.txt" and "empty" in p.message for p in report.problems)


def test_read_files_stops_at_the_batch_limit_and_says_so(monkeypatch):
    monkeypatch.setenv("BORDERLINES_MAX_ARTICLES", "3")
    report = read_files([FIXTURES / "articles.json", FIXTURES / "articles.jsonl"])
    assert len(report.articles) == 3
    (p,) = [p for p in report.problems if "BORDERLINES_MAX_ARTICLES" in p.message]
    assert p.source == "articles.jsonl" and p.message.startswith("2 articles were not read")


def test_supported_extensions_cover_the_formats():
    assert {"txt", "md", "html", "htm", "csv", "jsonl", "json", "xml", "rss", "atom"} <= set(SUPPORTED_EXTENSIONS)


# -- dates and urls --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2024-03-05", dt.date(2024, 3, 5)),
        ("2024-03-05T23:30:00-08:00", dt.date(2024, 3, 5)),
        ("2024-03-05T08:00:00Z", dt.date(2024, 3, 5)),
        ("Tue, 05 Mar 2024 10:00:00 GMT", dt.date(2024, 3, 5)),
        ("5 March 2024", dt.date(2024, 3, 5)),
        ("March 5, 2024", dt.date(2024, 3, 5)),
        ("Mar. 5, 2024 at 10:30 a.m. EST", dt.date(2024, 3, 5)),
        ("Tuesday, 5th March 2024", dt.date(2024, 3, 5)),
        ("25/12/2023", dt.date(2023, 12, 25)),
        ("12/25/2023", dt.date(2023, 12, 25)),
        ("2024/03/05", dt.date(2024, 3, 5)),
        (dt.datetime(2024, 3, 5, 10, 0), dt.date(2024, 3, 5)),
        (None, None),
        ("", None),
    ],
)
def test_parse_date_accepts_common_forms(raw, expected):
    assert parse_date(raw) == expected


@pytest.mark.parametrize(
    "raw", ["yesterday", "2024-02-30", "32 March 2024", "03/04/2024", "0001-01-01", "9999-12-31", "1" * 5000, 20240305]
)
def test_parse_date_refuses_nonsense(raw):
    with pytest.raises(InputError):
        parse_date(raw)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("le 7 mai 2024", dt.date(2024, 5, 7)),  # other languages, through dateparser
        ("Published 2nd of June, 2023 09:40 PKT", dt.date(2023, 6, 2)),
        ("Updated: Feb. 9th 2022", dt.date(2022, 2, 9)),
        ("2024年3月5日", dt.date(2024, 3, 5)),
    ],
)
def test_parse_date_reads_other_written_forms(raw, expected):
    assert parse_date(raw) == expected


@pytest.mark.parametrize("raw", ["3 days ago", "last Tuesday", "07.08.2024", "7-8-2024 10:00"])
def test_parse_date_refuses_relative_and_ambiguous_written_forms(raw):
    # relative to the day the file is read, not to when the article appeared; day/month unknown
    with pytest.raises(InputError):
        parse_date(raw)


def test_parse_date_refuses_the_future():
    with pytest.raises(InputError, match="plausible"):
        parse_date(dt.date.today() + dt.timedelta(days=30))


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://news.example.org/a?b=1#c", True),
        ("http://example.com", True),
        ("  https://example.com/x  ", True),
        ("javascript:alert(1)", False),
        ("JaVaScRiPt:alert(1)", False),
        ("data:text/html;base64,PHNjcmlwdD4=", False),
        ("vbscript:msgbox", False),
        ("//evil.example.com/x", False),
        ("/relative/path", False),
        ("https://trusted.example.org@evil.example.com/", False),
        ("https://exa mple.com/", False),
        ("https://example.com/\x00", False),
        ("https://", False),
        ("http://[::1", False),
        ("https://example.com:99999/", False),
        ("https:\\\\evil.example.com", False),
        ('https://example.com/"><script>alert(1)</script>', False),
        ("https://example.com/`${alert(1)}`", False),
        ("https://example.com/" + "a" * 3000, False),
        (None, False),
        (42, False),
    ],
)
def test_safe_url(url, ok):
    assert (safe_url(url) is not None) is ok


# -- property tests: no exception other than ours, whatever arrives ---------------------------

NAMES = st.sampled_from(["a.txt", "a.md", "a.html", "a.csv", "a.tsv", "a.json", "a.jsonl", "a.xml", "a.rss",
                         "a.atom", "noext", "a.bin", ""]) | st.text(max_size=30)  # fmt: skip


def _check_report(report: IngestReport) -> None:
    assert report.articles
    for a in report.articles:
        assert a.text.strip() and re.fullmatch(r"[0-9a-f]{16}", a.id)
        assert a.url is None or a.url.startswith(("http://", "https://"))
        for s in a.skipped:
            assert 0 <= s.start < s.end <= len(a.text)


@settings(max_examples=200, deadline=None)
@given(NAMES, st.binary(max_size=600))
def test_read_bytes_random_bytes_raise_only_our_errors(name, data):
    try:
        report = read_bytes(name, data)
    except BorderlinesError:
        return
    _check_report(report)


STRUCTURED = st.one_of(
    st.text(max_size=300).map(lambda s: s.encode("utf-8", "surrogatepass")),
    st.lists(st.dictionaries(st.sampled_from(["text", "TITLE", "body", "date", "url", "x"]),
                             st.none() | st.integers() | st.floats() | st.text(max_size=40), max_size=5),
             max_size=5).map(lambda v: json.dumps(v).encode()),
    st.lists(st.lists(st.text(alphabet='ab,;"\n\r\t é', max_size=12), min_size=1, max_size=4), max_size=5).map(
        lambda rows: ("text,title,date\n" + "\n".join(",".join(r) for r in rows)).encode()),
    st.text(alphabet="<>/!?&;#x\"' =abcdeirsntlmfy[]ENTITY", max_size=300).map(
        lambda s: ("<?xml version='1.0'?><rss version='2.0'><channel><item>" + s).encode()),
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(NAMES, STRUCTURED)
def test_read_bytes_structured_garbage_raises_only_our_errors(name, data):
    try:
        report = read_bytes(name, data)
    except BorderlinesError:
        return
    _check_report(report)


def test_docstring_examples_run():
    import doctest

    import geo.ingest.readers

    assert doctest.testmod(geo.ingest.readers).failed == 0


def test_an_article_without_a_date_takes_its_datelines_date():
    body = "Border talks resume\nKABUL, 14 October 2024 — Officials from both sides met on Monday."
    assert from_text(body).date == dt.date(2024, 10, 14)  # shown by the app and in exports
    assert from_text(body, date="2024-10-15").date == dt.date(2024, 10, 15)  # an explicit date wins
    csv_report = read_bytes("a.csv", f'text\n"{body}"\n'.encode())  # files too
    assert [a.date for a in csv_report.articles] == [dt.date(2024, 10, 14)]
    # no dateline, or one in the far future, gives no date rather than a guess
    assert from_text("Border talks resume\nOfficials met on Monday in Kabul.").date is None
    assert from_text("Talks\nKABUL, 14 October 2999 — Officials met.").date is None
