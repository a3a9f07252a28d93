"""Share ids: unguessable, validated before any lookup, and links in the documented shape."""
from __future__ import annotations

import base64
from urllib.parse import parse_qs, urlsplit

import pytest

from geo.errors import InputError, NotFoundError
from geo.store.share import ID_LENGTH, is_id, new_id, share_url, validate_id


def test_ids_carry_at_least_128_random_bits_and_validate() -> None:
    ids = {new_id() for _ in range(2000)}
    assert len(ids) == 2000
    for map_id in list(ids)[:50]:
        assert validate_id(map_id) == map_id
        raw = base64.urlsafe_b64decode(map_id + "=" * (-len(map_id) % 4))
        assert len(raw) * 8 >= 128
    assert ID_LENGTH >= 22  # 22 base64 characters = 132 bits


def _neighbour(map_id: str) -> str:
    last = map_id[-1]
    return map_id[:-1] + ("B" if last == "A" else "A")


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "x",
        "../../etc/passwd",
        "' OR 1=1 --",
        "A" * (ID_LENGTH - 1),
        "A" * (ID_LENGTH + 1),
        "A" * 10_000,
        "A" * (ID_LENGTH - 1) + "=",
        "A" * (ID_LENGTH - 1) + "\n",
        "A" * (ID_LENGTH - 1) + "é",
        "<img src=x onerror=alert(1)>",
        None,
        12345,
        ["A" * ID_LENGTH],
    ],
)
def test_malformed_ids_are_not_found(bad: object) -> None:
    with pytest.raises(NotFoundError) as info:
        validate_id(bad)
    assert len(str(info.value)) < 200  # a 10k-character id is not echoed whole


def test_a_neighbouring_id_is_still_well_formed_but_distinct() -> None:
    map_id = new_id()
    other = _neighbour(map_id)
    assert validate_id(other) == other and other != map_id


def test_share_url_shape() -> None:
    map_id = new_id()
    url = share_url(map_id, "localhost", 8765)
    parts = urlsplit(url)
    assert (parts.scheme, parts.hostname, parts.port, parts.path) == ("http", "localhost", 8765, "/")
    assert parse_qs(parts.query) == {"map": [map_id]}
    assert url == f"http://localhost:8765/?map={map_id}"


@pytest.mark.parametrize(
    "kwargs",
    [
        {"host": "evil.com/x?y="},
        {"host": "a b"},
        {"port": 0},
        {"port": 70000},
        {"port": "8501"},
        {"scheme": "javascript"},
    ],
)
def test_share_url_refuses_bad_parts(kwargs: dict) -> None:
    with pytest.raises(InputError):
        share_url(new_id(), **kwargs)


def test_share_url_refuses_a_bad_id() -> None:
    with pytest.raises(NotFoundError):
        share_url("../x")


@pytest.mark.parametrize("value", ["../etc/passwd", "A" * (ID_LENGTH - 1), "A" * (ID_LENGTH + 1), "A" * (ID_LENGTH - 1) + "/", None, 7])
def test_is_id_answers_what_validate_id_accepts(value: object) -> None:
    assert is_id(new_id())
    assert not is_id(value)
    with pytest.raises(NotFoundError):
        validate_id(value)
