"""Property-based tests of every parser and of the escaper (hypothesis; profile "ci" or "fuzz").

Invariants: no exception but geo.errors ones; offsets inside the text with
``text[start:end] == mention.text``; exported GeoJSON is valid JSON with no NaN and lon/lat in
range; escaped text holds no raw ``< > " ' ` $ { } \\`` and unescapes to the input.
"""
from __future__ import annotations

import html as html_mod
import json
import math
import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from fuzz.strategies import JSON_TEXT, NAMES, PAYLOADS, TEXT, UPLOAD_BYTES
from geo import serialize
from geo.appstate import state as appstate
from geo.errors import BorderlinesError, InputError, NotFoundError
from geo.geoparse import recognise as geoparse
from geo.html import escape, mark_spans, safe_url
from geo.ingest import boilerplate as clean
from geo.ingest import readers as ingest
from geo.store.share import ID_LENGTH, new_id, validate_id

pytestmark = pytest.mark.fuzz
DANGEROUS = re.compile(r"[<>\"'`$\\{}]")


def _few(divisor: int):
    """A profile's example count divided by ``divisor`` (for the costly end-to-end targets)."""
    return settings(max_examples=max(10, settings.default.max_examples // divisor))


# --------------------------------------------------------------------------- ingest


@given(NAMES, UPLOAD_BYTES)
@example("a.json", b"[" * 50_000 + b"]" * 50_000)
@example("a.jsonl", b'{"text": "x", "n": ' + b"9" * 5000 + b"}")
def test_read_bytes(name, data):
    try:
        report = ingest.read_bytes(name, data)
    except BorderlinesError as err:
        assert str(err)  # a message for the user
        return
    assert report.articles
    for a in report.articles:
        assert a.text.strip() and "\x00" not in a.text
        assert a.url is None or safe_url(a.url) == a.url
        assert len(a.title) <= ingest.MAX_TITLE_CHARS
        for s in a.skipped:
            assert 0 <= s.start < s.end <= len(a.text)
        a.text.encode("utf-8")  # no lone surrogates survive


@given(st.lists(st.tuples(NAMES, UPLOAD_BYTES), max_size=4))
def test_read_files_never_raises_for_one_bad_file(items):
    report = ingest.read_files(items)
    assert len({a.id for a in report.articles}) == len(report.articles)


# --------------------------------------------------------------------------- serialize


@given(st.one_of(JSON_TEXT, JSON_TEXT.map(str.encode), st.binary(max_size=300)))
@example("[" * 100_000)
@example('"\\ud800"')
def test_loads(text):
    try:
        value = serialize.loads(text)
    except InputError:
        return
    json.dumps(value, allow_nan=False)  # what was accepted has no NaN/Infinity
    depth, stack = 0, [(value, 1)]
    while stack:
        node, d = stack.pop()
        if isinstance(node, (list, dict)):
            depth = max(depth, d)
            stack += [(c, d + 1) for c in (node.values() if isinstance(node, dict) else node)]
    assert depth <= serialize.limits().max_json_depth


@given(JSON_TEXT)
def test_saved_map_reader(text):
    try:
        value = serialize.loads(text)
        appstate.saved_map_from_payload(value)
    except BorderlinesError:
        pass


# --------------------------------------------------------------------------- clean


@given(TEXT, st.none() | TEXT)
def test_boilerplate_spans(text, title):
    spans = clean.boilerplate_spans(text, title)
    last = 0
    for s in spans:
        assert last <= s.start < s.end <= len(text) and s.reason
        last = s.end
    blank = clean.analysed_text(text, spans)
    assert len(blank) == len(text)
    assert [i for i, c in enumerate(blank) if c == "\n"] == [i for i, c in enumerate(text) if c == "\n"]


# --------------------------------------------------------------------------- geoparse


@_few(2)
@given(TEXT)
@example("Quetta\x00Quetta\u0301 Lahore\ud800 Tehran")
def test_geoparse(text):
    mentions = geoparse.parse(text)
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text) and text[m.start:m.end] == m.text
        if m.place is not None:
            assert math.isfinite(m.place.lat) and -90 <= m.place.lat <= 90
            assert math.isfinite(m.place.lon) and -180 <= m.place.lon <= 180
            assert 0.0 <= m.score <= 1.0


# --------------------------------------------------------------------------- end to end


@_few(10)
@given(st.lists(st.one_of(TEXT, st.sampled_from(PAYLOADS)), min_size=1, max_size=3))
def test_pipeline_and_geojson_export(texts):
    from geo import pipeline
    from geo.maps import export

    articles = []
    for t in texts:
        try:
            articles.append(ingest.from_text("Report\n" + t))
        except BorderlinesError:
            pass
    if not articles:
        return
    result = pipeline.analyse(articles)
    for ar in result.articles:
        for m in ar.mentions:
            assert ar.article.text[m.start:m.end] == m.text
    fc = json.loads(json.dumps(export.geojson_dict(result), allow_nan=False))
    assert fc["type"] == "FeatureCollection"
    for f in fc["features"]:
        stack = [f["geometry"]["coordinates"]]
        while stack:
            c = stack.pop()
            if c and isinstance(c[0], (int, float)):
                assert -180 <= c[0] <= 180 and -90 <= c[1] <= 90
            else:
                stack.extend(c)
    page = export.html_string(result)
    for p in PAYLOADS:
        assert p not in page


# --------------------------------------------------------------------------- share ids


@given(st.one_of(st.text(max_size=100), st.text(alphabet="ABCxyz019-_=+/. '%\n", min_size=ID_LENGTH - 2,
                                                max_size=ID_LENGTH + 2),
                 st.binary(max_size=40), st.integers(), st.none(), st.lists(st.text(max_size=5), max_size=3),
                 st.integers(10_000, 200_000).map(lambda n: "A" * n)))
@example(new_id())
@example(new_id() + "\n")
def test_validate_id(value):
    try:
        out = validate_id(value)
    except NotFoundError as err:
        assert str(err).startswith("no saved map with id") and len(str(err)) < 200
        return
    assert out == value and len(out) == ID_LENGTH and re.fullmatch(r"[A-Za-z0-9_-]+", out)


# --------------------------------------------------------------------------- filters from the app


FILTER_VALUE = st.one_of(st.none(), st.booleans(), st.integers(-5, 5), st.text(max_size=12),
                         st.lists(st.text(max_size=12), max_size=5), st.dates().map(lambda d: d.isoformat()),
                         st.floats(allow_nan=True))


@given(st.dictionaries(st.sampled_from(["types", "countries", "start", "end", "max_precision",
                                        "include_undated", "other"]), FILTER_VALUE, max_size=6))
def test_filters_from_app_like_dicts(d):
    try:
        f = appstate.filters_from_dict(d)
    except InputError:
        return
    assert appstate.filters_from_dict(appstate.filters_to_dict(f)) == f


@given(st.none() | st.lists(st.text(max_size=10), max_size=4), st.none() | st.lists(st.text(max_size=4), max_size=4),
       st.none() | st.dates(), st.none() | st.dates(), st.integers(-2, 5), st.booleans())
def test_make_filters(types, countries, start, end, precision, undated):
    try:
        f = appstate.make_filters(types, countries, start, end, precision, undated)
    except InputError:
        assert precision not in (1, 2, 3) or (start and end and start > end)
        return
    assert f.max_precision == precision


# --------------------------------------------------------------------------- the escaper


@given(st.one_of(st.text(), TEXT, st.sampled_from(PAYLOADS), st.integers(), st.floats(), st.none()))
@example("\\`${alert(1)}`</script>")
def test_escape(value):
    out = escape(value)
    assert not DANGEROUS.search(out)
    assert html_mod.unescape(out) == ("" if value is None else str(value))
    twice = escape(out)
    assert not DANGEROUS.search(twice) and html_mod.unescape(twice) == out


@given(TEXT, st.lists(st.tuples(st.integers(-50, 500), st.integers(-50, 500)), max_size=6))
def test_mark_spans(text, spans):
    out = mark_spans(text, spans)
    inner = out.replace("<mark>", "").replace("</mark>", "")
    assert not DANGEROUS.search(inner)
    assert html_mod.unescape(inner) == text
    assert out.count("<mark>") == out.count("</mark>")


# --------------------------------------------------------------------------- the store


@pytest.fixture(scope="module")
def fuzz_store(tmp_path_factory):
    from geo.store.sqlite import SQLiteStore

    return SQLiteStore(tmp_path_factory.mktemp("fuzzstore") / "maps.sqlite3")


PAYLOAD = st.recursive(st.none() | st.booleans() | st.integers(-2**63, 2**63) | st.floats() | st.text(max_size=30),
                       lambda c: st.lists(c, max_size=4) | st.dictionaries(st.text(max_size=8), c, max_size=4),
                       max_leaves=40)


@_few(3)
@given(st.dictionaries(st.text(max_size=10), PAYLOAD, max_size=5))
def test_store_round_trip(fuzz_store, payload):
    try:
        map_id = fuzz_store.save(payload)
    except InputError:  # NaN/Infinity or an unwritable value: refused, nothing stored
        assert "nan" in repr(payload) or "inf" in repr(payload)
        return
    assert validate_id(map_id) == map_id
    assert fuzz_store.load(map_id) == json.loads(json.dumps(payload))


# --------------------------------------------------------------------------- more entry points


@given(TEXT, st.none() | st.text(max_size=60) | st.sampled_from(PAYLOADS),
       st.none() | st.text(max_size=30) | st.sampled_from(["2024-03-05", "03/04/2024", "31/12/2023", "1700-01-01"]),
       st.none() | st.text(max_size=40) | st.sampled_from(["https://a.example/x"]))
def test_from_text(text, title, date, url):
    try:
        a = ingest.from_text(text, title=title, date=date, url=url)
    except InputError:
        return
    assert a.url is None or safe_url(a.url) == a.url
    for s in a.skipped:
        assert 0 <= s.start < s.end <= len(a.text)


@given(st.one_of(st.text(max_size=90), st.integers(), st.floats(), st.none(), st.dates(), st.binary(max_size=10)))
def test_parse_date(value):
    try:
        ingest.parse_date(value)
    except InputError:
        pass


@given(TEXT, st.lists(st.tuples(st.integers(-20, 400), st.integers(-20, 400), st.booleans()), max_size=5),
       st.lists(st.tuples(st.integers(-20, 400), st.integers(-20, 400), st.sampled_from(PAYLOADS)), max_size=3),
       st.booleans())
def test_article_html(text, mentions, skipped, show):
    out = appstate.article_html(text, mentions, skipped, show)
    body = re.sub(r'</?(?:div|mark|del|p|br)(?: class="[\w -]+")?(?: title="[^"<>]*")?>', "", out)
    assert not re.search(r"[<>]", body), body[:200]
    for _, _, why in skipped:
        assert why not in out or not DANGEROUS.search(why)


FLOATS = st.floats(allow_nan=True, allow_infinity=True) | st.integers(-10**6, 10**6) | st.booleans() | st.none() | st.text(max_size=5)


@given(st.one_of(st.none(), st.dictionaries(st.sampled_from(["center", "zoom", "last_active_drawing", "x"]),
                 st.one_of(FLOATS, st.dictionaries(st.sampled_from(["lat", "lng", "properties"]),
                                                   st.one_of(FLOATS, st.dictionaries(st.sampled_from(["id", "layer"]),
                                                                                     FLOATS)))))))
def test_browser_return_values(returned):
    view = appstate.view_from_map(returned)
    assert view is None or (-90 <= view.lat <= 90 and -180 <= view.lon <= 180 and 0 <= view.zoom <= 19)
    assert appstate.clicked_feature(returned, {"event": ["e1"]}) in (None, ("event", "e1"))


@given(st.text(max_size=60))
def test_gazetteer_lookup(name):
    from geo.places import gazetteer

    try:
        found = gazetteer.lookup(name)
    except InputError:
        assert not name.strip()
        return
    for p in found:
        assert -90 <= p.lat <= 90 and -180 <= p.lon <= 180


@given(FLOATS, FLOATS)
def test_areas_locate(lat, lon):
    from geo.places import areas

    try:
        areas.locate(lat, lon)
    except InputError:
        pass


@_few(15)
@given(st.dictionaries(st.sampled_from(["gn:112931", "PK-BA", "PAK", "IRN", "AFG", "gn:1176615", "border:IRN|PAK"]),
                       st.one_of(st.text(min_size=1, max_size=30), st.sampled_from(PAYLOADS)), min_size=1),
       st.lists(st.one_of(st.text(max_size=20), st.sampled_from(PAYLOADS)), max_size=3))
def test_map_with_arbitrary_names(names, actors):
    from maps_fixtures import build_result
    from security.payloads import feature_props

    from geo.maps import layers
    from geo.maps import render as maps

    html = maps.build_map(layers.build(build_result(names=names, actors=tuple(actors)))).get_root().render()
    for p in PAYLOADS:
        assert p not in html
    for props in feature_props(html):
        for key in ("popup", "tip"):
            text = props.get(key) or ""
            # markup the map itself writes is tags and attributes; never a raw input character
            assert not re.search(r"[`$\\{}]", text), text[:200]


_MD_ACTIVE = re.compile(r"[\\`*_{}\[\]()#+\-.!|<>~$:&]")


@given(st.one_of(TEXT, st.text(), st.sampled_from(PAYLOADS)))
@example("[x](javascript:alert(1)) :red[a] $x$ **b**")
def test_markdown_escaping_for_app_messages(value):
    out = appstate.md(value)
    # every active character is backslash-escaped or a character reference (URLs, e-mail, ":")
    assert not _MD_ACTIVE.search(re.sub(r"\\.|&#\d+;", "", out))
    decoded = re.sub(r"\\(.)|&#(\d+);", lambda m: m.group(1) or chr(int(m.group(2))), out)
    assert decoded == " ".join(value.split())
