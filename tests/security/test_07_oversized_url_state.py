"""Item 7: oversized state or a compressed bomb in a URL parameter -> refused before inflating.

The app keeps no state in the URL: the only parameter it reads is ``?map=<id>``, a fixed-length
id looked up in the store. Anything else in the address is never decoded or inflated.
"""
from __future__ import annotations

import base64
import gzip
import zlib

from geo.errors import NotFoundError
from geo.store.share import validate_id
from security.payloads import page_text, run_app

BOMB = base64.urlsafe_b64encode(zlib.compress(b"\0" * 50_000_000, 9)).decode()  # 50 MB once inflated
GZ_BOMB = base64.urlsafe_b64encode(gzip.compress(b"A" * 20_000_000, 9)).decode()


def test_validate_id_refuses_a_bomb_without_decoding_it(monkeypatch):
    def never(*a, **k):
        raise AssertionError("a share id must never be decompressed or decoded")

    for mod, name in ((zlib, "decompress"), (gzip, "decompress"), (base64, "urlsafe_b64decode"),
                      (base64, "b64decode")):
        monkeypatch.setattr(mod, name, never)
    for value in (BOMB, GZ_BOMB, "A" * 1_000_000):
        try:
            validate_id(value)
        except NotFoundError as err:
            assert len(str(err)) < 200  # the value is not echoed whole
        else:
            raise AssertionError("accepted")


def test_app_refuses_a_bomb_in_map_and_ignores_other_state(app_data_dir):
    at = run_app({"map": BOMB})
    assert at.title[0].value == "Map not found" and BOMB[:200] not in page_text(at)
    at = run_app({"state": BOMB, "s": GZ_BOMB, "view": "A" * 100_000})
    assert at.title[0].value == "Borderlines"  # the normal first page: nothing read from them
    assert BOMB[:100] not in page_text(at)
