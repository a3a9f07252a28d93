"""THE escaping function for every input string that reaches HTML, plus URL and span helpers.

Why one function: folium and Leaflet put popup, tooltip and GeoJSON property text into
``innerHTML`` and, for some folium elements, into JavaScript template literals. Escaping
``& < > " '`` is not enough there: a backslash, a backtick, ``$``, ``{`` or ``}`` can end a
template literal or start ``${…}``. Those five become numeric character references too, which a
browser shows as the same characters. See docs/SECURITY.md in the shared docs.
"""
from __future__ import annotations

import html as _html
import re
from collections.abc import Iterable
from urllib.parse import urlsplit

__all__ = ["escape", "md", "safe_url", "mark_spans"]

# Characters html.escape leaves alone but that matter inside JavaScript template literals.
_EXTRA = str.maketrans({"\\": "&#92;", "`": "&#96;", "$": "&#36;", "{": "&#123;", "}": "&#125;"})


def escape(value: object) -> str:
    """Return ``value`` as text safe to place in HTML, attributes and JS template literals.

    ``None`` becomes ``""``; anything else is ``str()``-ed first. The output never contains
    ``< > " ' \\ ` $ { }``, so escaping an already escaped string is still safe (it only shows
    the entities literally: escape once, where the HTML is built).

    >>> escape("<b>${x}</b>")
    '&lt;b&gt;&#36;&#123;x&#125;&lt;/b&gt;'
    """
    if value is None:
        return ""
    return _html.escape(str(value), quote=True).translate(_EXTRA)


# Characters Markdown, Streamlit directives (":red[…]") or LaTeX ("$…$") act on: backslash-escaped.
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-!|<>~$&])")
# Characters that make a bare URL, a "www." host or an e-mail address (GitHub-flavoured
# Markdown links them without any markup), or a ":directive:": written as character references,
# which Markdown shows as the same characters but never reads as a link or directive.
_MD_ENTITIES = {":": "&#58;", "/": "&#47;", ".": "&#46;", "@": "&#64;"}
_MD_ENTITY = re.compile("[:/.@]")


def md(value: object) -> str:
    r"""``value`` as literal text inside Streamlit Markdown (alerts, captions, progress bars,
    labels): every character Markdown, Streamlit directives or LaTeX would act on is escaped,
    bare URLs and e-mail addresses stay plain text (never autolinked: no request for an image,
    no click to a host an article named), and line breaks become spaces. Streamlit already
    refuses raw HTML there. THE escaper for every input string that reaches Markdown.

    >>> print(md("[x](javascript:alert(1)) **b** $x$"))
    \[x\]\(javascript&#58;alert\(1\)\) \*\*b\*\* \$x\$
    >>> print(md("see https://a.example/p or me@b.example"))
    see https&#58;&#47;&#47;a&#46;example&#47;p or me&#64;b&#46;example
    """
    text = " ".join(str(value if value is not None else "").split())
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return _MD_ENTITY.sub(lambda m: _MD_ENTITIES[m.group(0)], text)


def safe_url(url: object) -> str | None:
    """Return ``url`` stripped when it is an absolute http(s) URL with a host, else ``None``.

    The result is not escaped: pass it through :func:`escape` when writing an ``href``.

    >>> safe_url(" https://example.org/a?b=1 ")
    'https://example.org/a?b=1'
    >>> safe_url("javascript:alert(1)") is None
    True
    """
    if not isinstance(url, str):
        return None
    url = url.strip()
    # Control characters and whitespace inside a URL are how scheme checks get bypassed;
    # < > " ` and \\ are never valid unencoded (RFC 3986); this is the one link policy, used at
    # ingest, in saved maps and at render.
    if not url or len(url) > 2048 or any(ord(c) < 0x21 or c == "\x7f" or c in '<>"`\\' for c in url):
        return None
    try:
        parts = urlsplit(url)
        _ = parts.port  # raises ValueError for a malformed port
    except ValueError:
        return None
    # A user name in a link ("https://bank.example@evil.example/") hides the real host.
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname or "@" in parts.netloc:
        return None
    return url


def mark_spans(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """Escape ``text`` and wrap each ``(start, end)`` span (offsets into ``text``) in ``<mark>``.

    Overlapping or touching spans are merged; spans outside the text are clipped or ignored.

    >>> mark_spans("Attack near <Quetta>", [(12, 20)])
    'Attack near <mark>&lt;Quetta&gt;</mark>'
    """
    clipped = sorted(
        (max(0, s), min(len(text), e)) for s, e in spans if min(len(text), e) > max(0, s)
    )
    merged: list[list[int]] = []
    for s, e in clipped:
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    out: list[str] = []
    pos = 0
    for s, e in merged:
        out.append(escape(text[pos:s]))
        out.append("<mark>" + escape(text[s:e]) + "</mark>")
        pos = e
    out.append(escape(text[pos:]))
    return "".join(out)
