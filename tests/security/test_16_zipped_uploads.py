"""Item 16: zip bomb or ``../`` member names in a zipped upload -> refused.

Borderlines reads no archives: any ZIP (or gzip, 7z, RAR ...) is refused by its magic bytes,
whatever its name, before anything is extracted or decompressed.
"""
from __future__ import annotations

import gzip
import io
import os
import zipfile

import pytest

from geo.errors import InputError
from geo.ingest import readers as ingest
from security.payloads import page_text, run_app, upload


def _zip(members: dict[str, bytes], compression=zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


BOMB = _zip({f"part{i}.txt": b"\0" * 20_000_000 for i in range(5)})  # 100 MB inside ~100 kB
TRAVERSAL = _zip({"../../../../tmp/borderlines-escape.txt": b"Floods in Quetta", "/etc/cron.d/x": b"x"})


@pytest.mark.parametrize("name", ["a.zip", "articles.txt", "articles.json", "articles.csv", "noext", "a.kmz"])
@pytest.mark.parametrize("data", [BOMB, TRAVERSAL, gzip.compress(b"\0" * 10_000_000)])
def test_archives_are_refused_by_content_whatever_the_name(name, data, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)

    def never(*a, **k):
        raise AssertionError("an upload must never be decompressed")

    monkeypatch.setattr(zipfile.ZipFile, "__init__", never)
    monkeypatch.setattr(gzip, "decompress", never)
    assert len(data) < 200_000
    with pytest.raises(InputError, match="ZIP|gzip") as info:
        ingest.read_bytes(name, data)
    assert "not text" in str(info.value)
    assert list(tmp_path.iterdir()) == [] and not os.path.exists("/tmp/borderlines-escape.txt")


def test_the_app_refuses_a_zip_upload(app_data_dir):
    at = upload(run_app(), [("articles.zip", TRAVERSAL, "application/zip")])
    shown = page_text(at)
    assert "articles.zip" in shown and "ZIP archive" in shown
