"""Item 15: 100,000-deep nested JSON, a 5,000-digit integer -> clean error (not RecursionError)."""
from __future__ import annotations

import pytest

from geo import serialize
from geo.appstate import state as appstate
from geo.errors import BorderlinesError, InputError, LimitError
from geo.ingest import readers as ingest
from security.payloads import page_text, run_app, upload

DEEP = b"[" * 100_000 + b"]" * 100_000
DEEP_OBJ = b'{"a":' * 100_000 + b"1" + b"}" * 100_000
BIG_INT = b'[{"text": "Floods in Quetta", "n": ' + b"9" * 5000 + b"}]"
BIG_NEG = b'{"text": "Floods in Quetta", "date": -' + b"1" * 5000 + b"}"


@pytest.mark.parametrize("name", ["a.json", "a.jsonl", "a.ndjson", "noext"])
@pytest.mark.parametrize("data, message", [(DEEP, "too deeply"), (DEEP_OBJ, "too deeply"),
                                           (BIG_INT, "5,000 digits"), (BIG_NEG, "5,000 digits")])
def test_ingest_gives_a_clean_error(name, data, message):
    with pytest.raises(InputError, match=message) as info:
        ingest.read_bytes(name, data)
    text = str(info.value)
    assert name in text and len(text) < 400


def test_just_over_the_depth_limit_names_the_variable(monkeypatch):
    monkeypatch.setenv("BORDERLINES_MAX_JSON_DEPTH", "8")
    with pytest.raises(LimitError, match="BORDERLINES_MAX_JSON_DEPTH"):
        serialize.loads("[" * 9 + "]" * 9, "x.json")
    assert serialize.loads("[" * 8 + "]" * 8) == [[[[[[[[]]]]]]]]


@pytest.mark.parametrize("data", [DEEP.decode(), DEEP_OBJ.decode(), BIG_INT.decode()])
def test_loads_and_saved_map_readers_give_clean_errors(data):
    with pytest.raises(InputError):
        serialize.loads(data)


def test_deep_python_values_in_a_saved_payload_are_refused():
    deep: list = []
    for _ in range(50_000):
        deep = [deep]
    with pytest.raises(BorderlinesError):  # regression: serialize._show hit RecursionError here
        appstate.saved_map_from_payload({"kind": appstate.PAYLOAD_KIND, "version": 1, "articles": deep})
    with pytest.raises(InputError):
        serialize.dumps({"x": deep})


def test_the_app_reports_deep_json_and_keeps_working(app_data_dir):
    at = upload(run_app(), [("deep.json", DEEP, "application/json"), ("int.json", BIG_INT, "application/json")])
    shown = page_text(at)
    assert "deep.json" in shown and "too deeply" in shown and "int.json" in shown and "5,000 digits" in shown


@pytest.mark.parametrize("name, data", [
    ("deep.html", b"<html><body>" + b"<div>" * 49_000 + b"Floods in Quetta." + b"</div>" * 49_000 + b"</body></html>"),
    ("deep.htm", b"<html><body>" + b"<b><i>" * 24_000 + b"Floods in Quetta." + b"</i></b>" * 24_000 + b"</body></html>"),
    ("deep.xml", b'<?xml version="1.0"?><rss version="2.0"><channel><item><title>Floods</title><description>'
                 + b"&lt;b&gt;" * 50_000 + b"Quetta" + b"&lt;/b&gt;" * 50_000 + b"</description></item></channel></rss>"),
    ("deep.rss", b'<?xml version="1.0"?><rss version="2.0"><channel><item><title>Floods</title><description>'
                 + b"<b>" * 50_000 + b"Quetta" + b"</b>" * 50_000 + b"</description></item></channel></rss>"),
])
def test_deeply_nested_markup_is_read_or_refused_cleanly(name, data):
    """The same promise for markup: nesting under the tag limit never escapes as RecursionError."""
    try:
        report = ingest.read_bytes(name, data)
    except InputError as err:
        assert name in str(err)
    else:
        assert report.articles and report.articles[0].text.strip()
