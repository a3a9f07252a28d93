"""Boilerplate detection that never changes the text.

Scraped articles carry lines that are not part of the story: share buttons, "Also Read"
teasers of other stories, "Related News" lists, invitations to join a messaging group,
newsletter and cookie prompts, advertisement markers, copyright lines, a title repeated by the
scraper, bylines and photo credits. Place names in them (a teaser about another country, a
dateline) would otherwise land on the map.

:func:`boilerplate_spans` returns where those lines are, as :class:`~geo.models.Span` records
whose offsets point into the original text and whose ``reason`` says in plain words why each
was skipped. :func:`analysed_text` blanks them out with spaces of the same length, so offsets
found in the analysed copy are offsets in the original::

    >>> text = "Floods in Sindh\\nShare:\\nRain flooded Thatta on Monday.\\n"
    >>> [(text[s.start:s.end], s.reason) for s in boilerplate_spans(text)]
    [('Share:', 'share/social buttons')]
    >>> analysed_text(text, boilerplate_spans(text))
    'Floods in Sindh\\n      \\nRain flooded Thatta on Monday.\\n'

Rules are line based and general (they describe kinds of boilerplate, not one site's strings);
each pattern is anchored and bounded, and lines longer than :data:`MAX_RULE_LINE` characters are
never treated as boilerplate, so a hostile 1 MB line costs one length check.
"""
from __future__ import annotations

import functools
import re
import string
from collections.abc import Iterator, Sequence

from geo.models import Span

__all__ = ["boilerplate_spans", "analysed_text", "MAX_RULE_LINE"]

#: Lines longer than this are story text, whatever words they contain.
MAX_RULE_LINE = 600

_I = re.IGNORECASE


def _rule(reason: str, longest: int, pattern: str, flags: int = _I) -> tuple[re.Pattern[str], str, int]:
    """One line rule: lines of at most ``longest`` characters that ``pattern`` matches whole are
    boilerplate of the kind ``reason`` says."""
    return re.compile(pattern, flags), reason, longest


_NOT_NEWLINE = re.compile(r"[^\n]")

_SOCIAL = r"(?:whatsapp|facebook|twitter|x|linkedin|telegram|reddit|pinterest|messenger|threads|bluesky)"
_SHARE_WORD = (
    rf"(?:share(?:\s+(?:this|on|via|the))?(?:\s+(?:story|article|post|page|link))?|tweet(?:\s+this)?|{_SOCIAL}"
    r"|e-?mail|print|copy(?:\s+link)?|link|sms|comments?|save)"
)
_SEP = r"[\s:|·•,/\-–—]"
_SHARE = re.compile(rf"{_SHARE_WORD}(?:{_SEP}+{_SHARE_WORD})*{_SEP}*", _I)
# "X" alone is a letter, not a share button: it must come with a real share word.
_SHARE_NEEDS = re.compile(
    r"\b(?:share|tweet|whatsapp|facebook|twitter|linkedin|telegram|reddit|pinterest|messenger|bluesky)\b", _I
)

_TEASER_LABEL = (
    r"(?:also\s+read|read\s+also|read\s+more|see\s+also|must\s+read|don'?t\s+miss|also\s+see|"
    r"read\s+next|read\s+here|more\s+on\s+this|watch\s+also|also\s+watch|read|"
    # a video teaser's marker: "Watch the video", "Play video", or its running time ("01:02")
    r"(?:watch|play)(?:\s+the)?\s+video|watch\s+now|\d{1,2}:\d{2}(?::\d{2})?|"
    r"related(?:\s+(?:news|story|article|coverage))?|recommended|trending(?:\s+now)?|you\s+(?:may|might)\s+also\s+like)"
)
# (in brackets too: "[Related: Floods close the port road]")
_TEASER = re.compile(rf"[\[(]?\s*({_TEASER_LABEL})\s*(?::|\||>>|»|–|—|-)\s*\S.*", _I)
_TEASER_ALONE = re.compile(rf"({_TEASER_LABEL})\s*[:|»>]*", _I)

_RELATED = re.compile(
    r"(related(?:\s+(?:news|articles?|stories|posts?|coverage|content|links|topics|reading|videos?))?"
    r"|more\s+(?:news|stories|headlines|from\s+[\w\s&'’-]{1,40}|on\s+this(?:\s+(?:story|topic))?)"
    r"|you\s+(?:may|might)\s+also\s+(?:like|be\s+interested\s+in)|recommended(?:\s+(?:for\s+you|stories|reads))?"
    r"|trending(?:\s+(?:now|news|stories))?|most\s+(?:read|popular|viewed|shared)|top\s+stories|latest\s+(?:news|stories)"
    r"|popular\s+(?:now|stories|news)|what\s+to\s+read\s+next|other\s+stories|editor'?s\s+picks?)\s*:?",
    _I,
)

_COOKIE_WORD = re.compile(r"\bcookies?\b", _I)
_COOKIE_ADDRESS = re.compile(r"\b(?:we|our|you|your|this\s+(?:site|website))\b", _I)
_COOKIE_CONSENT = re.compile(
    r"\b(?:uses?|accept|consent|agree|continu(?:e|ing)|policy|settings|preferences|manage|privacy)\b", _I
)
_RIGHTS = re.compile(r"\ball\s+rights\s+reserved\b", _I)

_NAME = r"[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3}"

#: The rules tried on every line, in order: (pattern, reason, longest line it may take).
#: Patterns ignore case unless they say otherwise.
_LINE_RULES: tuple[tuple[re.Pattern[str], str, int], ...] = (
    _rule("advertisement marker", 80,
          r"(?:advertisement|advertising|advert|ad|sponsored(?:\s+content)?|promoted(?:\s+content)?|paid\s+content|"
          r"(?:story|article)\s+continues\s+(?:below|after)(?:\s+(?:this\s+)?(?:advertisement|ad))?|"
          r"continue\s+reading\s+(?:below|the\s+main\s+story)|scroll\s+(?:down\s+)?to\s+continue(?:\s+with\s+content)?|"
          r"advertisement\s*[-–—:]\s*scroll\s+to\s+continue|skip\s+advert(?:isement)?)[\s.:]*"),
    _rule("invitation to join a group or channel", 200,
          r"(?:click\s+(?:here\s+)?to\s+)?join\b.{0,80}?\b(?:group|channel|community|whatsapp|telegram)\b.{0,80}"),
    _rule("newsletter/subscription prompt", 240,
          r"(?:(?:click\s+(?:here\s+)?to\s+)?(?:subscribe|sign\s+up|register)\b.{0,100}?"
          r"\b(?:newsletters?|updates|alerts|channel|youtube|digest|briefing|inbox|e-?mails?)\b.{0,100}"
          r"|(?:newsletter|sign\s+up|subscribe(?:\s+now)?|enter\s+your\s+e-?mail(?:\s+address)?|"
          r"thank\s+you\s+for\s+subscribing)[\s.:!]*)"),
    _rule("'Follow us' social media prompt", 200,
          r"(?:follow|like|find)\s+(?:us|[\w&'’-]+(?:\s+[\w&'’-]+){0,3})\s+on\s+"
          r"(?:facebook|twitter|x|instagram|telegram|whatsapp|youtube|linkedin|google\s+news|threads|tiktok|social\s+media)\b.{0,120}"),
    _rule("cookie/consent notice", 60,
          r"(?:accept(?:\s+all)?(?:\s+cookies)?|reject\s+all|allow\s+all(?:\s+cookies)?|decline(?:\s+all)?|"
          r"manage\s+(?:preferences|cookies|settings|options)|cookie\s+(?:settings|preferences|policy)|"
          r"(?:ok(?:ay)?,?\s+)?i\s+agree|got\s+it)[\s.!]*"),
    _rule("copyright line", 300,
          r"(?:©|\(c\)\s*(?:19|20)\d\d|copyright\s*(?:©|\(c\))?\s*(?:19|20)\d\d).*"),
    _rule("tag list", 300,
          r"(?:tags|topics|filed\s+under|categories|keywords)\s*:\s*\S.*"),
    # Case-sensitive on purpose: a byline is "By" + capitalised names, maybe an agency or city.
    _rule("byline (author credit)", 120,
          rf"(?:(?:[Bb]y|BY)|(?:[Ww]ritten|[Rr]eported|[Ee]dited|[Cc]ompiled)\s+by)\s+{_NAME}"
          rf"(?:\s*(?:,|and|&)\s*{_NAME}){{0,3}}(?:\s*[|,–—-]\s*{_NAME}){{0,2}}", flags=0),
    _rule("photo credit", 160,
          r"\(?\s*(?:photo(?:graph)?|image|picture|pic|file\s+(?:photo|image)|representational\s+(?:image|photo|picture)|"
          r"photo\s+credits?|image\s+credits?|credit)\s*(?:credit)?\s*(?::|\||/)\s*[^\n]{1,120}?\)?"
          r"|\(?\s*(?:file\s+photo|representational\s+(?:image|photo|picture))\s*\)?[.]?"),
    # A line that opens on "File photo" or "Representational image" (its credit maybe in brackets)
    # captions an archive picture: its scene, date and place are another day's.
    _rule("file photo caption", MAX_RULE_LINE,
          r"(?:file\s+(?:photo|image|picture)|representational\s+(?:image|photo|picture))\s*(?:\([^()\n]{1,60}\))?\s*[:|–—-]\s*\S.*"),
    # A photo's caption ends with its credit: "… in Nairobi on Monday, May 23, 2016. (AP Photo/J.
    # Doe)". Captions of file photos carry old dates and other places: not the story.
    _rule("photo caption (ends with its credit)", MAX_RULE_LINE,
          r".{20,}?[\s.]\(\s*(?:(?:AP|AFP|EPA|Reuters|Getty(?:\s+Images)?|Xinhua|Anadolu|PTI|ANI|IANS|[A-Z][\w.&-]{1,20})"
          r"(?:\s+(?:Photo|Images?|Pictures?|Video))?\s*/\s*[^()\n]{1,60}"
          r"|(?:photo|image|picture|file\s+photo)\s*(?::|/|by)\s*[^()\n]{1,60})\)\s*"),
    _rule("comments widget", 60,
          r"(?:comments?|\d+\s+comments?|leave\s+a\s+(?:comment|reply)|post\s+a\s+comment|add\s+(?:a\s+)?comment|"
          r"(?:view|show|read)\s+(?:all\s+)?comments?)[\s.:]*"),
    _rule("link prompt ('click here')", 300,
          r"(?:click|tap)\s+(?:here|this\s+link|the\s+link)\b.{0,260}"),
    _rule("app download prompt", 200,
          r"(?:download|get|install)\s+(?:the|our)\s+.{0,40}?\bapp\b.{0,100}"),
)


def boilerplate_spans(text: str, title: str | None = None) -> tuple[Span, ...]:
    """Spans of ``text`` that are boilerplate, sorted, non-overlapping, each with a reason.

    Offsets are into ``text`` itself; each span covers one line (or a "Related" block of
    lines) without its surrounding whitespace. ``title``, when known, also counts as a line
    that should not appear twice at the top of the text.

    >>> boilerplate_spans("Also Read: Storm hits the coast\\nThe army moved north.")
    (Span(start=0, end=31, reason="'Also Read' teaser: headline of another story"),)
    """
    # A title of white space says nothing (see _repeated_title): one key for all such titles.
    return _boilerplate_spans(text, title if title and title.strip() else None)


# The reader finds an article's spans, then the pipeline asks again for the same text (it also
# analyses articles built by hand): the last few answers are kept, so a long text is read once.
@functools.lru_cache(maxsize=4)
def _boilerplate_spans(text: str, title: str | None) -> tuple[Span, ...]:
    lines = list(_lines(text))
    spans: list[Span] = []
    used = [False] * len(lines)
    _repeated_title(lines, title, spans, used)
    i = 0
    while i < len(lines):
        if used[i]:
            i += 1
            continue
        start, end, body = lines[i]
        if not body or len(body) > MAX_RULE_LINE:
            i += 1
            continue
        related = _RELATED.fullmatch(body) if len(body) <= 60 else None
        if related:
            last = _headline_run(lines, i + 1, used)
            heading = " ".join(related.group(1).split())
            spans.append(Span(start, lines[last][1], f"'{string.capwords(heading)}' list: links to other stories"))
            for k in range(i, last + 1):
                used[k] = True
            i = last + 1
            continue
        teaser = _TEASER.fullmatch(body) if len(body) <= 300 else None
        alone = None if teaser else _TEASER_ALONE.fullmatch(body)
        if teaser or alone:
            label = " ".join((teaser or alone).group(1).split())
            end_at = end
            if alone:  # the label on its own line: the teased headline is the next line
                nxt = _next_nonblank(lines, i + 1)
                if nxt is not None and not used[nxt] and _headline_like(lines[nxt][2]):
                    end_at = lines[nxt][1]
                    used[nxt] = True
            spans.append(Span(start, end_at, f"'{string.capwords(label)}' teaser: headline of another story"))
            used[i] = True
            i += 1
            continue
        reason = _line_reason(body)
        if reason:
            spans.append(Span(start, end, reason))
            used[i] = True
        i += 1
    spans.sort(key=lambda s: s.start)
    return tuple(spans)


def analysed_text(text: str, spans: Sequence[Span]) -> str:
    """``text`` with every span blanked by spaces (newlines kept): same length, same offsets.

    Spans outside the text are clipped; overlapping spans are fine.
    """
    if not spans:
        return text
    n = len(text)
    pieces, pos = [], 0
    for span in sorted(spans, key=lambda s: s.start):
        start, end = max(pos, span.start, 0), min(n, span.end)
        if start >= end:
            continue
        pieces.append(text[pos:start])
        pieces.append(_NOT_NEWLINE.sub(" ", text[start:end]))
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces)


# -- helpers ----------------------------------------------------------------------------------


def _lines(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, stripped body) of each line; start/end bound the body, not the whitespace."""
    pos = 0
    for raw in text.split("\n"):
        lead = len(raw) - len(raw.lstrip())
        body = raw.strip()
        yield pos + lead, pos + lead + len(body), body
        pos += len(raw) + 1


# A line's reason depends on its words alone, and the texts this reads repeat lines (share bars,
# copyright lines, lists of "Police arrested ..." reports): remembered, a bounded number of them.
@functools.lru_cache(maxsize=1024)
def _line_reason(body: str) -> str | None:
    if len(body) <= 120 and _SHARE.fullmatch(body) and _SHARE_NEEDS.search(body):
        return "share/social buttons"
    for pattern, reason, longest in _LINE_RULES:
        if len(body) <= longest and pattern.fullmatch(body):
            return reason
    if len(body) <= 300 and _RIGHTS.search(body):
        return "copyright line"
    if _COOKIE_WORD.search(body) and _COOKIE_ADDRESS.search(body) and _COOKIE_CONSENT.search(body):
        return "cookie/consent notice"
    return None


def _norm(line: str) -> str:
    return " ".join(line.split()).casefold()


def _repeated_title(lines: list[tuple[int, int, str]], title: str | None, spans: list[Span], used: list[bool]) -> None:
    """A scraper often writes the headline twice at the top: skip the later copies."""
    seen = {_norm(title)} if title and title.strip() else set()
    title_in_text = False
    count = 0
    for idx, (start, end, body) in enumerate(lines):
        if not body:
            continue
        count += 1
        if count > 3:
            break
        key = _norm(body)
        if len(body) > MAX_RULE_LINE:
            continue
        if key in seen and (title_in_text or key != _norm(title or "")):
            spans.append(Span(start, end, "repeated title line"))
            used[idx] = True
        elif key in seen:
            title_in_text = True  # the first copy of the given title stays: it is the headline
        else:
            seen.add(key)


def _next_nonblank(lines: list[tuple[int, int, str]], i: int) -> int | None:
    while i < len(lines):
        if lines[i][2]:
            return i
        i += 1
    return None


def _headline_like(body: str) -> bool:
    """Short, and not a finished paragraph: the shape of a link to another story."""
    if not body or len(body) > 160:
        return False
    # Story sentences end with a full stop (perhaps inside a quote); headlines do not.
    return not body.rstrip("\"'”’)").endswith((".", "!"))


def _headline_run(lines: list[tuple[int, int, str]], i: int, used: list[bool]) -> int:
    """Index of the last line of the headline list that starts at ``i`` (or ``i - 1`` if none)."""
    last = i - 1
    while i < len(lines) and not used[i]:
        body = lines[i][2]
        if body:
            if not _headline_like(body):
                break
            last = i
        i += 1
    return last
