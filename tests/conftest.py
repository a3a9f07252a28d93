"""Fixtures shared by every test module."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from security.profiles import register as _register_hypothesis_profiles

# Bounded hypothesis runs by default ("ci"); `make fuzz` selects the long "fuzz" profile.
_register_hypothesis_profiles()

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
ARTIFACTS = ROOT / "artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared beside the checkout; tests that need it skip cleanly on a user's fresh clone."""
    if not SHARED.is_dir():
        pytest.skip("../shared is absent (it only exists beside the team's checkouts)")
    return SHARED


@pytest.fixture(scope="session")
def seed_text(shared_dir: Path) -> str:
    files = sorted((shared_dir / "seed").glob("*.txt"))
    if not files:
        pytest.skip("no seed article in ../shared/seed")
    return files[0].read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright; never a downloaded browser build."""
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing in CI: scripts/ensure-browser.sh should have installed it")
        pytest.skip(f"{CHROMIUM} is missing: run `make browser` (Debian's chromium package)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()
