"""The hostile inputs of the checklist and the helpers that check a page or file against them."""
from __future__ import annotations

import re
from pathlib import Path

from app_driver import APP, button, run_app  # noqa: F401  (re-exported for the checklist tests)
from app_driver import TIMEOUT as APP_TIMEOUT  # noqa: F401
from maps_fixtures import BAD_URLS as _MAP_BAD_URLS
from maps_fixtures import PAYLOADS as _MAP_PAYLOADS

ROOT = Path(__file__).resolve().parents[2]

IMG = "<img src=x onerror=alert(1)>"
TEMPLATE = "${alert(1)}"
BACKTICK = "\\`+alert(1)+`"
SCRIPT = "</script><script>alert(1)</script>"
#: Every payload of the checklist plus the map owner's list (one list, used everywhere).
PAYLOADS: tuple[str, ...] = tuple(dict.fromkeys((IMG, TEMPLATE, BACKTICK, SCRIPT) + _MAP_PAYLOADS + (
    "<iframe srcdoc='<script>alert(1)</script>'>",
    "<a href=javascript:alert(1)>x</a>",
    "<style>*{display:none}</style>",
    "\u2028alert(1)\u2029",
)))
BAD_URLS: tuple[str, ...] = tuple(dict.fromkeys(_MAP_BAD_URLS + (
    "JAVASCRIPT:alert(1)", "java\tscript:alert(1)", "java\nscript:alert(1)", "\x01javascript:alert(1)",
    "vbscript:msgbox(1)", "data:image/svg+xml,<svg onload=alert(1)>", "file:///etc/passwd",
    "//evil.example/x", "https://user:pw@evil.example/", "http://", "https:evil.example",
    'https://ok.example/"><script>alert(1)</script>', "https://ok.example/`${alert(1)}`",
)))
#: Characters that must never appear raw in escaped output.
DANGEROUS = re.compile(r"[<>\"'`$\\{}]")


def hostile_article_text() -> str:
    """A short story naming real places, with every payload woven into its sentences."""
    lines = ["Clashes in Quetta " + IMG, ""]
    for i, p in enumerate(PAYLOADS):
        lines.append(f"Police said {i + 2} people were hurt in Quetta {p} on Monday near the border with Iran.")
    lines.append("Protesters gathered in Lahore and Karachi " + TEMPLATE + " on Tuesday.")
    return "\n".join(lines) + "\n"


def assert_no_raw_payload(html: str) -> None:
    """No payload appears verbatim anywhere in ``html`` (escaped or \\u-encoded only)."""
    for p in PAYLOADS:
        assert p not in html, p
    assert "<img src=x" not in html and "<svg onload" not in html


def feature_props(html: str) -> list[dict]:
    """Properties of every GeoJSON feature folium serialized into ``html`` (basemap left out)."""
    import json

    out, dec = [], json.JSONDecoder()
    pos = html.find('{"features"')
    while pos != -1:
        value, end = dec.raw_decode(html, pos)
        out += [f["properties"] for f in value["features"] if f["properties"].get("layer") != "basemap"]
        pos = html.find('{"features"', end)
    return out


ALLOWED_SCHEMES = ("file:", "data:", "about:", "blob:")


class Page:
    """A page opened in Chromium with every network request blocked and everything recorded."""

    def __init__(self, browser, url: str, viewport=(1200, 800)) -> None:
        self.ctx = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]})
        self.requests: list[str] = []
        self.blocked: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []

        def route(r):
            self.requests.append(r.request.url)
            if r.request.url.startswith(ALLOWED_SCHEMES):
                r.continue_()
            else:
                self.blocked.append(r.request.url)
                r.abort()

        def dialog(d):
            self.dialogs.append(d.message)
            d.dismiss()

        self.ctx.route("**/*", route)
        self.page = self.ctx.new_page()
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", dialog)
        self.page.goto(url)
        self.page.wait_for_function("window.L !== undefined && document.querySelector('.leaflet-container') !== null")
        self.page.wait_for_timeout(400)

    def features(self) -> list[dict]:
        """Properties of every GeoJSON feature on the map (what popups and tooltips show)."""
        return self.page.evaluate("""() => { const out = [];
            for (const k of Object.keys(window)) { const v = window[k];
              if (v && v.eachLayer && v.toGeoJSON && k.startsWith('geo_json_')) {
                v.eachLayer(l => l.feature && out.push(l.feature.properties)); } }
            return out; }""")

    def open_every_popup_and_tooltip(self) -> tuple[list[str], list[str]]:
        """Put every feature's popup and tooltip HTML into the page the way Leaflet does
        (``innerHTML`` of an element in the document) and return the text each shows."""
        pops, tips = self.page.evaluate("""() => { const pops = [], tips = [];
            const show = (html) => { const d = document.createElement('div'); d.className = 'bl-probe';
              document.body.appendChild(d); d.innerHTML = html; return d.innerText; };
            for (const k of Object.keys(window)) { const v = window[k];
              if (!(v && v.eachLayer && v.toGeoJSON && k.startsWith('geo_json_'))) continue;
              v.eachLayer(l => { const p = (l.feature || {}).properties || {};
                if (typeof p.popup === 'string') pops.push(show(p.popup));
                if (typeof p.tip === 'string') tips.push(show(p.tip)); }); }
            return [pops, tips]; }""")
        self.page.wait_for_timeout(300)  # an onerror handler would have fired by now
        return pops, tips

    def injected_nodes(self) -> int:
        """Elements a payload would have created had it been parsed as HTML."""
        return self.page.evaluate(
            "document.querySelectorAll('img[src=\"x\"], svg[onload], iframe[srcdoc], "
            "a[href^=\"javascript\" i], a[href^=\"data\" i]').length")

    def close(self) -> None:
        self.ctx.close()


def upload(at, files: list[tuple[str, bytes, str]]):
    """Upload ``files`` through the sidebar widget and press its "Add" button."""
    at.file_uploader(key="uploads").set_value(files).run()
    n = len(files)
    button(at, f"Add {n} file{'s' if n != 1 else ''}").click().run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def page_text(at) -> str:
    """Every message, caption, text and HTML body the app shows."""
    parts = []
    for kind in ("error", "warning", "info", "success", "markdown", "caption", "text", "title", "code"):
        parts += [str(getattr(e, "value", "")) for e in getattr(at, kind)]
    parts += [h.proto.body for h in at.get("html")]
    # the app backslash-escapes Markdown in messages ("bad\\.csv"): compare the text a user reads
    shown = re.sub(r"\\([\\`*_{}\[\]()#+\-.!|:<>'\"~=$&%/;,@^?])", r"\1", "\n".join(parts))
    # and geo.html.md's character references for ":", "/", ".", "@" (URLs and addresses never autolinked)
    return re.sub(r"&#(58|47|46|64);", lambda m: chr(int(m.group(1))), shown)
