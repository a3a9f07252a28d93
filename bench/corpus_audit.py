"""Audit for issue #13: is a word list or a test keyed to the geoparsing dev corpora (LGL, GeoVirus)?

    .venv/bin/python -m bench.corpus_audit entries [--zipf 3.3]
    .venv/bin/python -m bench.corpus_audit overlap [--words 4] [PATH ...]

``entries``: every word-list entry of the geoparser (string constants of geo/geoparse, the
geoparse word lists of geo/lang/en, geo/places and its build step, the names of aliases.tsv,
demonyms.tsv and regions.tsv) that occurs in a corpus and is rare in English (wordfreq Zipf
below ``--zipf``), with its count in each corpus: the entries to read by hand (does it have a
reason any news would give?). ``overlap``: word n-grams that string literals and comments of
the given files (default: tests/, geo/) share with a corpus text, leaving out n-grams of common
words only: test sentences or comments quoted or paraphrased from a corpus.

Only counts and the matched n-grams are printed, never a corpus text. The corpora are read
from ../shared/benchmarks/geoparsing and never committed; without them, nothing to audit.
"""
from __future__ import annotations

import argparse
import ast
import functools
import io
import json
import re
import sys
import tokenize
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "benchmarks" / "geoparsing"
NAMES = ("lgl", "geovirus")

#: Files whose string constants are word lists of the geoparser.
LIST_FILES = (
    "geo/geoparse/*.py", "geo/lang/en/organisations.py", "geo/lang/en/titles.py",
    "geo/lang/en/placeheads.py", "geo/lang/en/distances.py", "geo/places/*.py", "geo/places/build/*.py",
)
TSV_FILES = ("geo/places/build/aliases.tsv", "geo/places/build/demonyms.tsv", "geo/places/build/regions.tsv")

_WORD = re.compile(r"[A-Za-z0-9]+(?:['’.][A-Za-z0-9]+)*")
_REGEX_CHARS = re.compile(r"[\\()\[\]|?*+]")


@functools.cache
def corpus_texts() -> dict[str, str]:
    """Corpus name -> all its article texts, one per line."""
    out = {}
    for name in NAMES:
        with (CORPORA / f"{name}.jsonl").open(encoding="utf-8") as f:
            out[name] = "\n".join(json.loads(line)["text"] for line in f)
    return out


def _zipf(word: str) -> float:
    import wordfreq

    return wordfreq.zipf_frequency(word, "en")


def _constants(path: Path) -> Iterator[tuple[int, str]]:
    """(line, entry) of the string constants of a module, docstrings left out; a string of
    several words is split into its words (the ``"a b c".split()`` lists), a regex into its
    alphabetic runs."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = {
        id(st.value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
        for st in node.body
        if isinstance(st, ast.Expr) and isinstance(st.value, ast.Constant)
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs:
            s = node.value
            if _REGEX_CHARS.search(s):
                words = re.findall(r"[A-Za-z][A-Za-z'’.-]{2,}", s)
            else:
                words = s.split()
            for w in words:
                if len(w) >= 3 and re.search(r"[A-Za-z]", w):
                    yield node.lineno, w


def _tsv_names(path: Path) -> Iterator[tuple[int, str]]:
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("#") or not line.strip():
            continue
        for name in line.split("\t")[1].split("|"):
            yield n, name.lstrip("=")


def entries(max_zipf: float) -> None:
    texts = corpus_texts()
    where: dict[str, str] = {}
    for pattern in LIST_FILES:
        for path in sorted(ROOT.glob(pattern)):
            for line, w in _constants(path):
                where.setdefault(w, f"{path.relative_to(ROOT)}:{line}")
    for rel in TSV_FILES:
        for line, w in _tsv_names(ROOT / rel):
            where.setdefault(w, f"{rel}:{line}")
    print(f"{len(where)} entries; those in a corpus with Zipf < {max_zipf}:")
    for w, loc in sorted(where.items(), key=lambda kv: kv[1]):
        z = _zipf(w)
        if z >= max_zipf:
            continue
        pat = re.compile(r"(?<!\w)" + re.escape(w) + r"(?!\w)", re.IGNORECASE)
        counts = {name: len(pat.findall(t)) for name, t in texts.items()}
        if any(counts.values()):
            print(f"  {w:28} " + "  ".join(f"{k} {v:3}" for k, v in counts.items()) + f"  zipf {z:.1f}  {loc}")


def _pieces(path: Path) -> Iterator[tuple[int, str]]:
    """(line, text) of the string literals and comments of a Python file."""
    src = path.read_text(encoding="utf-8")
    try:
        for tok in tokenize.generate_tokens(io.StringIO(src).readline):
            if tok.type in (tokenize.STRING, tokenize.COMMENT):
                yield tok.start[0], tok.string
    except (tokenize.TokenError, SyntaxError):
        yield 0, src


def _words(s: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(s)]


def overlap(n: int, paths: list[str]) -> None:
    grams = {}
    for name, text in corpus_texts().items():
        ws = _words(text)
        grams[name] = {" ".join(ws[i : i + n]) for i in range(len(ws) - n + 1)}
    files = [p for arg in paths for p in (sorted(Path(arg).rglob("*.py")) if Path(arg).is_dir() else [Path(arg)])]
    for path in files:
        seen: set[str] = set()
        for line, s in _pieces(path):
            ws = _words(s)
            for i in range(len(ws) - n + 1):
                g = " ".join(ws[i : i + n])
                if g in seen or all(w.isdigit() or _zipf(w) >= 4.3 for w in ws[i : i + n]):
                    continue
                hit = [name for name in NAMES if g in grams[name]]
                if hit:
                    seen.add(g)
                    print(f"{path}:{line}\t{','.join(hit)}\t{g}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="what", required=True)
    e = sub.add_parser("entries")
    e.add_argument("--zipf", type=float, default=3.3)
    o = sub.add_parser("overlap")
    o.add_argument("--words", type=int, default=4)
    o.add_argument("paths", nargs="*", default=["tests", "geo"])
    args = ap.parse_args(argv)
    if not all((CORPORA / f"{name}.jsonl").is_file() for name in NAMES):
        print(f"no LGL/GeoVirus in {CORPORA} (../shared is absent): nothing to audit")
        return 0
    sys.path.insert(0, str(ROOT))
    if args.what == "entries":
        entries(args.zipf)
    else:
        overlap(args.words, args.paths)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
