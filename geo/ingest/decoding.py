"""Bytes to text: refusing binaries, detecting encodings (BOMs, declared charsets, UTF-16
without BOM), normalising what was decoded."""
from __future__ import annotations

import codecs
import re

from geo.errors import InputError

# Magic numbers of common binary formats someone may upload by mistake.
_MAGIC = (
    (b"PK\x03\x04", "a ZIP archive (or a Word/Excel/OpenDocument file)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "a program (ELF)"),
    (b"MZ\x90\x00", "a Windows program"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 audio file"),
    (b"\x1aE\xdf\xa3", "a Matroska/WebM video"),
    (b"wOFF", "a web font"),
    (b"PAR1", "a Parquet file"),
)


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\x0b\x0c\x1b") + b"\x7f"


_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


_DECLARED_CHARSET = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?([A-Za-z0-9_.:-]{2,40})""", re.I)


# Codecs a page may declare (not idna, punycode, unicode_escape ...: not page encodings).
_DECLARABLE = (
    "utf-8", "ascii", "cp", "iso8859", "latin", "shift_jis", "euc", "gb", "big5", "koi8", "mac-",
    "iso2022", "johab", "tis-620", "hz",
)  # fmt: skip


_CJK = re.compile(r"[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]")


_KANA = re.compile(r"[\u3001\u3002\u3040-\u30ff\uff66-\uff9f]")


def decode(data: bytes, *, source: str = "input", declared: str | None = None) -> str:
    """Bytes -> text, refusing binary data.

    Order: a BOM (UTF-8/16/32); UTF-16 without BOM; a ``declared`` charset (from an HTML or XML
    header) when the bytes decode with it; UTF-8; Shift-JIS/cp932 when the result is mostly
    Japanese script; cp1252; latin-1. Text that is mostly UTF-8 with a few bad bytes is decoded
    as UTF-8 with U+FFFD for the bad bytes. Line endings become ``\\n``; control characters
    (NUL ...) become U+FFFD.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _normalize_text(data[len(bom):].decode(codec, errors="replace"))
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _normalize_text(data.decode(utf16, errors="replace"))
    _refuse_binary(data, source)
    if declared:
        try:
            codec = codecs.lookup(declared).name
            if codec.startswith(_DECLARABLE) and not codec.startswith(("utf-16", "utf-32")):
                return _normalize_text(data.decode(codec))
        except (LookupError, UnicodeError, ValueError):
            pass  # a wrong or unknown declaration: fall back to detection
    try:
        return _normalize_text(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    loose = data.decode("utf-8", errors="replace")
    bad = loose.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    good = sum(1 for ch in loose if ord(ch) > 127 and ch != "\ufffd")
    if good and bad <= good:  # mostly UTF-8, a few stray bytes (mixed encodings)
        return _normalize_text(loose)
    try:
        sjis = data.decode("cp932")
        non_ascii = [ch for ch in sjis if ord(ch) > 127]
        cjk = sum(1 for ch in non_ascii if _CJK.match(ch))
        # Japanese prose is full of kana and 、。; latin-1 accents read as Shift-JIS give kanji only.
        kana = sum(1 for ch in non_ascii if _KANA.match(ch))
        if non_ascii and cjk >= 0.6 * len(non_ascii) and kana >= 0.2 * len(non_ascii):
            return _normalize_text(sjis)
    except UnicodeDecodeError:
        pass
    try:
        return _normalize_text(data.decode("cp1252"))
    except UnicodeDecodeError:
        return _normalize_text(data.decode("latin-1"))


def _refuse_binary(data: bytes, source: str) -> None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"{source!r} looks like {what}, not text; save the article as .txt, .html, .csv, .json or a feed")
    sample = data[:8192]
    nul = sample.count(0)
    control = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if nul > max(1, len(sample) // 100) or control > max(2, len(sample) // 20):
        share = 100 * control / len(sample)
        raise InputError(
            f"{source!r} looks like binary data ({share:.0f}% control bytes), not text; "
            "save the article as .txt, .html, .csv, .json or a feed"
        )


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 8 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    half = len(sample) // 2
    if odd.count(0) >= 0.7 * half and even.count(0) < 0.1 * half:
        return "utf-16-le"
    if even.count(0) >= 0.7 * half and odd.count(0) < 0.1 * half:
        return "utf-16-be"
    return None


def _declared_charset(data: bytes) -> str | None:
    m = _DECLARED_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii") if m else None


def _normalize_text(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x0b", "\n").replace("\x0c", "\n")
    text = _CONTROL_CHARS.sub("\ufffd", text)
    # Lone surrogates (from a str given by a caller) cannot be written out as UTF-8.
    return text.encode("utf-8", errors="replace").decode("utf-8") if _has_surrogates(text) else text


def _has_surrogates(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False
