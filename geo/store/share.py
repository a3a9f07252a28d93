"""Share ids and share links for saved maps.

An id is 32 URL-safe base64 characters drawn from :func:`secrets.token_urlsafe` (192 random
bits), so ids cannot be guessed or walked: a neighbouring or tampered id names nothing.
Every id coming from a URL is validated here *before* any lookup; anything malformed is
reported exactly like an unknown id (:class:`~geo.errors.NotFoundError`), so a caller cannot
tell "malformed" from "absent".
"""
from __future__ import annotations

import re
import secrets
from urllib.parse import urlencode

from geo.errors import InputError, NotFoundError

__all__ = ["ID_BYTES", "ID_LENGTH", "new_id", "is_id", "validate_id", "share_url"]

#: Random bytes per id (24 bytes = 192 bits; the product promise is at least 128).
ID_BYTES = 24
#: Length of an id in characters (base64 without padding: 4 characters per 3 bytes).
ID_LENGTH = ID_BYTES * 4 // 3
_ID_RE = re.compile(rf"[A-Za-z0-9_-]{{{ID_LENGTH}}}")
_HOST_RE = re.compile(r"[A-Za-z0-9.-]{1,253}|\[[0-9A-Fa-f:]{2,39}\]")


def new_id() -> str:
    """A fresh map id: ``len(new_id()) == ID_LENGTH`` and it matches :func:`validate_id`."""
    return secrets.token_urlsafe(ID_BYTES)


def is_id(value: object) -> bool:
    """Whether ``value`` is a well-formed map id (``exists`` answers False for others without a query).

    >>> is_id(new_id()), is_id("../etc/passwd")
    (True, False)
    """
    return isinstance(value, str) and _ID_RE.fullmatch(value) is not None


def validate_id(value: object) -> str:
    """Return ``value`` if it is a well-formed map id, else raise :class:`NotFoundError`.

    >>> validate_id("../etc/passwd")
    Traceback (most recent call last):
    ...
    geo.errors.NotFoundError: no saved map with id '../etc/passwd'
    """
    if not is_id(value):
        shown = value[:80] if isinstance(value, str) else value
        raise NotFoundError(f"no saved map with id {shown!r}")
    return value


def share_url(map_id: str, host: str = "localhost", port: int = 8501, scheme: str = "http") -> str:
    """The link that opens a saved map: ``http://host:port/?map=<id>``.

    >>> share_url("A" * 32, "localhost", 8501)
    'http://localhost:8501/?map=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'
    """
    validate_id(map_id)
    if scheme not in ("http", "https"):
        raise InputError(f"share links are http or https, not {scheme!r}")
    if not isinstance(host, str) or _HOST_RE.fullmatch(host) is None:
        raise InputError(f"not a host name for a share link: {host!r}")
    if not isinstance(port, int) or isinstance(port, bool) or not 0 < port < 65536:
        raise InputError(f"not a TCP port for a share link: {port!r}")
    return f"{scheme}://{host}:{port}/?{urlencode({'map': map_id})}"
