"""The one interface every map store follows (:class:`MapStore`), and the payload encoding, size limit and checksums the backends share."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from geo.errors import DataError, InputError, LimitError, NotFoundError
from geo.serialize import dumps

#: Largest saved map, as UTF-8 JSON. A map is text plus small records; 8 MB is far above a
#: large batch and far below what would make a page load painful.
MAX_PAYLOAD_BYTES = 8 * 1024 * 1024


@runtime_checkable
class MapStore(Protocol):
    """What the app needs from a place that keeps saved maps."""

    def save(self, payload: dict[str, Any]) -> str:
        """Store ``payload`` whole and return its id: a new one (:func:`geo.store.share.new_id`), or
        the id of an identical map already stored (same content hash: one copy is kept).
        :class:`LimitError` when the store would pass ``limits().max_store_bytes``."""
        ...

    def load(self, map_id: str) -> dict[str, Any]:
        """The payload saved under ``map_id``; :class:`NotFoundError` for unknown or malformed ids."""
        ...

    def exists(self, map_id: str) -> bool:
        """Whether ``map_id`` names a saved map (False for malformed ids)."""
        ...

    def size_bytes(self) -> int:
        """Bytes of saved maps held (the payloads, as counted against the quota)."""
        ...

    def close(self) -> None:
        """Release resources; the store is not used afterwards."""
        ...


def encode_payload(payload: dict[str, Any], max_bytes: int = MAX_PAYLOAD_BYTES) -> str:
    """``payload`` as canonical JSON text, refusing NaN/Infinity and anything over ``max_bytes``."""
    if not isinstance(payload, dict):
        raise InputError(f"a saved map is a JSON object, not {type(payload).__name__!r}")
    try:
        text = dumps(payload)  # the one JSON writer: sorted keys, NaN/Infinity refused
    except (TypeError, ValueError) as err:
        raise InputError(f"this map cannot be saved as JSON: {err}") from err
    size = len(text.encode("utf-8"))
    if size > max_bytes:
        raise LimitError(
            f"map of {size:,} bytes is over the {max_bytes:,}-byte limit for saved maps; "
            "remove some articles and save again"
        )
    return text


@dataclass(frozen=True, slots=True)
class EncodedMap:
    """A payload ready to store: its canonical JSON text, the text's UTF-8 size and sha256."""

    text: str
    size: int
    digest: str


def encode_map(payload: dict[str, Any], max_bytes: int = MAX_PAYLOAD_BYTES) -> EncodedMap:
    """``payload`` encoded by :func:`encode_payload`, with the size and hash a store keeps beside it."""
    text = encode_payload(payload, max_bytes)
    data = text.encode("utf-8")
    return EncodedMap(text, len(data), hashlib.sha256(data).hexdigest())


def stored_payload(map_id: str, row: tuple[str, str] | None) -> dict[str, Any]:
    """The payload of the ``(text, sha256)`` row a store found for ``map_id``, checked as
    :func:`decode_payload` does; :class:`NotFoundError` when no row was found."""
    if row is None:
        raise NotFoundError(f"no saved map with id {map_id!r}")
    return decode_payload(map_id, *row)


def decode_payload(map_id: str, text: str, digest: str) -> dict[str, Any]:
    """The payload of a stored row, checked against its sha256; :class:`DataError` when damaged."""
    if hashlib.sha256(text.encode("utf-8")).hexdigest() != digest:
        raise DataError(f"saved map {map_id!r} is damaged (checksum mismatch)")
    try:
        payload = json.loads(text, parse_constant=_strict_constant)
    except (ValueError, RecursionError) as err:
        # A row whose checksum matches can still hold text no reader accepts (written by an
        # older or foreign writer): report it as damaged, never as a bare parser error.
        raise DataError(f"saved map {map_id!r} is damaged (not strict JSON)") from err
    if not isinstance(payload, dict):
        raise DataError(f"saved map {map_id!r} is not a JSON object")
    return payload


def _strict_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")
