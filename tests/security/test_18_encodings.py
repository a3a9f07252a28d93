"""Item 18: cp1252, Shift-JIS, mixed encodings, BOM, NUL bytes, binary renamed ``.txt`` ->
decoded with replacement or rejected by sniffing; offsets stay exact through the pipeline."""
from __future__ import annotations

import codecs

import pytest

from geo import pipeline
from geo.errors import InputError
from geo.ingest import readers as ingest
from security.payloads import page_text, run_app, upload

STORY = "Protest in Quetta\nTraders in Quetta and Lahore protested on Monday, said Ça va — Zoë.\n"


@pytest.mark.parametrize("data", [
    STORY.encode("cp1252"),
    codecs.BOM_UTF8 + STORY.encode(),
    codecs.BOM_UTF16_LE + STORY.encode("utf-16-le"),
    STORY.encode("utf-16-be"),
    STORY.encode() + "東京で抗議".encode("shift_jis"),  # mixed: UTF-8 then Shift-JIS bytes
    STORY.encode().replace(b"Monday", b"Mon\x00day"),
    STORY.encode() + b"\xff\xfe\xfa",
], ids=["cp1252", "utf8-bom", "utf16-bom", "utf16be", "mixed", "nul", "stray-bytes"])
def test_decoded_and_analysed_with_exact_offsets(data):
    (article,) = ingest.read_bytes("story.txt", data).articles
    assert "Quetta" in article.text and "\x00" not in article.text and "\ufeff" not in article.text[:1]
    (ar,) = pipeline.analyse([article]).articles
    assert {"Quetta", "Lahore"} <= {m.text for m in ar.mentions}
    for m in ar.mentions:
        assert article.text[m.start:m.end] == m.text
    for e in ar.events:
        assert 0 <= e.sentence.start <= e.trigger.start < e.trigger.end <= e.sentence.end <= len(article.text)


def test_shift_jis_article_is_read_as_japanese():
    text = "東京で抗議\n東京で市民が抗議した。大阪でも集会が開かれた。\n"
    (article,) = ingest.read_bytes("ja.txt", text.encode("shift_jis")).articles
    assert article.text == text


@pytest.mark.parametrize("data", [bytes(range(256)) * 20, b"\x7fELF" + bytes(500), b"\x00\x01\x02\x03" * 300,
                                  b"\x89PNG\r\n\x1a\n" + bytes(100)])
def test_binary_renamed_txt_is_refused(data):
    with pytest.raises(InputError, match="not text|binary"):
        ingest.read_bytes("notes.txt", data)


def test_the_app_reads_cp1252_and_refuses_binary(app_data_dir):
    at = upload(run_app(), [("cp1252.txt", STORY.encode("cp1252"), "text/plain"),
                            ("prog.txt", b"\x7fELF" + bytes(500), "text/plain")])
    assert any("Zoë" in a.text for a in at.session_state["articles"])
    shown = page_text(at)
    assert "prog.txt" in shown and "not text" in shown
