"""Payload encoding shared by the map stores: canonical JSON in, checked JSON out."""
from __future__ import annotations

import hashlib

import pytest

from geo.errors import DataError, NotFoundError
from geo.store.base import encode_map, encode_payload, stored_payload


def _row(text: str) -> tuple[str, str]:
    return text, hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_a_found_row_gives_its_payload_back() -> None:
    text = encode_payload({"articles": [], "view": {"zoom": 6}})
    assert stored_payload("id", _row(text)) == {"articles": [], "view": {"zoom": 6}}


def test_no_row_is_an_unknown_map() -> None:
    with pytest.raises(NotFoundError, match="no saved map with id 'abc'"):
        stored_payload("abc", None)


def test_a_row_whose_checksum_fails_is_damaged() -> None:
    text, digest = _row('{"a": 1}')
    with pytest.raises(DataError, match="damaged"):
        stored_payload("abc", ('{"a": 2}', digest))


def test_an_encoded_map_carries_its_utf8_size_and_hash() -> None:
    encoded = encode_map({"title": "Kōbe"})
    assert encoded.text == encode_payload({"title": "Kōbe"})
    assert encoded.size == len(encoded.text.encode("utf-8")) == len(encoded.text) + 1
    assert stored_payload("id", (encoded.text, encoded.digest)) == {"title": "Kōbe"}
