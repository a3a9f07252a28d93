"""Markup that leaked through the app's Markdown (issue #16), and downloads that failed silently.

Streamlit renders alerts, captions and progress texts as GitHub-flavoured Markdown, which
links bare URLs and e-mail addresses without any markup; an uploaded file's name went into the
progress bar unescaped (``![i](https://host/p.png).txt`` made the browser fetch an image).
"""
from __future__ import annotations

import re

import pytest
from app_driver import button, run_app

from geo.html import md

# What GFM turns into links or images: a scheme's "://", "www.", an address with "@",
# and Markdown's own link/image syntax.
_LIVE = re.compile(r"https?://|www\.|\w@\w|!\[|\]\(")


@pytest.mark.parametrize("text", [
    "see https://evil.example/p?q=1", "www.evil.example", "write to someone@evil.example",
    "![i](https://host/p.png).txt", "<https://evil.example>", "mailto:someone@evil.example",
])
def test_bare_urls_and_addresses_are_not_left_for_markdown_to_link(text: str) -> None:
    out = md(text)
    assert not _LIVE.search(out), out
    decoded = re.sub(r"\\(.)|&#(\d+);", lambda m: m.group(1) or chr(int(m.group(2))), out)
    assert decoded == text  # shown as the same characters


@pytest.fixture
def progress_texts(monkeypatch):
    """Every text the app puts on a progress bar (the bar is emptied before the run ends)."""
    from streamlit.delta_generator import DeltaGenerator

    seen: list[str] = []
    real = DeltaGenerator.progress

    def spy(self, value, text=None):  # noqa: ANN001
        if text is not None:
            seen.append(str(text))
        return real(self, value, text=text)

    monkeypatch.setattr(DeltaGenerator, "progress", spy)
    return seen


def test_an_uploaded_file_name_reaches_the_progress_bar_escaped(progress_texts, app_data_dir) -> None:
    at = run_app()
    name = "![i](https://host/p.png).txt"
    at.file_uploader(key="uploads").set_value([
        (name, b"Talks in Quetta\n\nOfficials met in Quetta on Monday.\n", "text/plain"),
    ]).run()
    button(at, "Add 1 file").click().run()
    assert not at.exception, [e.value for e in at.exception]
    shown = [t for t in progress_texts if "Read 1 of 1" in t]
    assert shown, progress_texts
    assert not any(_LIVE.search(t) for t in shown), shown
    assert md(name) in shown[0]


def test_downloads_say_why_they_cannot_be_made(app_data_dir, monkeypatch) -> None:
    """Over the feature cap the download buttons once made nothing on click, with no message."""
    monkeypatch.setenv("BORDERLINES_MAX_FEATURES", "1")
    at = run_app()
    at.session_state["tab"] = "Share & download"
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    errors = " ".join(e.value for e in at.error).replace("\\", "")
    assert "cannot be downloaded" in errors and "BORDERLINES_MAX_FEATURES" in errors.replace("&#95;", "_")
