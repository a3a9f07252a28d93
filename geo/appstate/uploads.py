"""Uploaded files to articles, with a message for every file refused."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from geo.errors import BorderlinesError
from geo.models import Article


@dataclass(frozen=True, slots=True)
class Upload:
    """What a batch of uploaded files gave: articles, and a message per rejected file."""

    articles: tuple[Article, ...] = ()
    problems: tuple[str, ...] = field(default=())  # what was not read (a file, a row)
    notes: tuple[str, ...] = field(default=())  # what was read with a change (an unsafe link dropped)


def ingest_uploads(files: Sequence[tuple[str, bytes]],
                   progress: Callable[[int, int, str], None] | None = None) -> Upload:
    """Read uploaded files with :func:`geo.ingest.readers.read_bytes`, one by one, so a progress bar can
    follow; a bad file becomes a message, never a crash. Duplicates (same article id) are
    dropped; past ``max_articles`` in total, the rest is refused with a message.

    ``progress(done, total, name)`` is called after each file.
    """
    from geo.config import limits
    from geo.ingest import readers as ingest

    articles: list[Article] = []
    problems: list[str] = []
    notes: list[str] = []
    seen: set[str] = set()
    total = len(files)
    cap = limits().max_articles
    over = 0
    for i, (name, data) in enumerate(files, 1):
        shown = str(name)[:120]
        try:
            report = ingest.read_bytes(name, data)
        except BorderlinesError as err:
            problems.append(f"{shown}: {err}")
        except (ValueError, UnicodeError, RecursionError, OSError) as err:  # belt and braces
            problems.append(f"{shown}: could not be read ({type(err).__name__})")
        else:
            for p in report.problems:
                where = f" ({p.where})" if p.where else ""
                (notes if p.severity == "warning" else problems).append(f"{shown}{where}: {p.message}")
            for a in report.articles:
                if a.id in seen:
                    continue  # the same article twice (a re-upload): keep one
                if len(articles) >= cap:
                    over += 1
                    continue
                seen.add(a.id)
                articles.append(a)
        if progress is not None:
            progress(i, total, shown)
    if over:
        problems.append(f"{over:,} more articles were not read: one batch holds at most {cap:,}")
    return Upload(tuple(articles), tuple(problems), tuple(notes))
