"""Item 19: 10 MB of HTML on one line, a 1 MB "word" -> handled or refused in bounded time and memory.

Each case runs in a child process with a hard timeout (a hang fails the test instead of the
run) and reports its peak resident memory; no wall-clock figure is asserted beyond the timeout.
"""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

from security.payloads import ROOT

HANG_GUARD_S = 240
MAX_RSS_MB = 1500  # the process with pandas, shapely and the gazetteer loaded is ~400-600 MB

CHILD = textwrap.dedent("""
    import json, resource, sys, time
    from geo import pipeline
    from geo.ingest import readers as ingest
    from geo.errors import BorderlinesError
    case = sys.argv[1]
    t0 = time.perf_counter()
    out = {}
    try:
        if case == "html":
            data = (b"<html><head><title>Floods</title></head><body><p>"
                    + b"Rain flooded Quetta and Lahore on Monday. " * 240_000 + b"</p></body></html>")
            report = ingest.read_bytes("big.html", data)
            out["articles"] = len(report.articles)
        elif case == "tags":
            data = b"<html><body>" + b"<p>Floods in Quetta.</p>" * 400_000 + b"</body></html>"
            ingest.read_bytes("tags.html", data)
        elif case == "word":
            article = ingest.from_text("Floods in Quetta\\n" + "x" * 1_000_000 + " Quetta Lahore\\n")
            result = pipeline.analyse([article])
            out["mentions"] = [m.text for m in result.articles[0].mentions]
        elif case == "text":
            ingest.from_text("Quetta " * 2_000_000)
    except BorderlinesError as err:
        out["error"] = f"{type(err).__name__}: {err}"
    out["seconds"] = round(time.perf_counter() - t0, 2)
    out["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(json.dumps(out))
""")


def _run(case: str) -> dict:
    proc = subprocess.run([sys.executable, "-c", CHILD, case], cwd=ROOT, capture_output=True, text=True,
                          timeout=HANG_GUARD_S)
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    print(case, out.get("seconds"), "s", out.get("rss_mb"), "MB", out.get("error", "")[:80])
    assert out["rss_mb"] < MAX_RSS_MB, out
    return out


@pytest.mark.slow
def test_ten_megabytes_of_html_on_one_line_is_handled_or_refused():
    out = _run("html")
    assert out.get("articles") == 1 or "no article text found" in out.get("error", "") or \
        "BORDERLINES_MAX" in out.get("error", ""), out


@pytest.mark.slow
def test_a_page_with_too_many_tags_is_refused_before_parsing():
    out = _run("tags")
    assert "BORDERLINES_MAX_HTML_TAGS" in out.get("error", ""), out


@pytest.mark.slow
def test_a_one_megabyte_word_is_analysed():
    out = _run("word")
    assert "error" not in out and {"Quetta", "Lahore"} <= set(out["mentions"]), out


def test_text_over_the_length_limit_is_refused():
    out = _run("text")
    assert "BORDERLINES_MAX_TEXT_CHARS" in out.get("error", "") and "split the article" in out["error"], out
