"""Headless Chromium without a webdriver: the DOM after scripts ran, and screenshots."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)

needs_chromium = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason=f"{CHROMIUM} is missing: install Debian's chromium package (.ci/run does where apt-get works)",
)


def dump_dom(page: Path, profile: Path) -> str:
    """The page's DOM, serialised after it loaded and its scripts ran."""
    return _run(page, profile, "--dump-dom")


def screenshot(page: Path, picture: Path, profile: Path, size: tuple[int, int] = (1280, 1500)) -> Path:
    picture.parent.mkdir(parents=True, exist_ok=True)
    _run(page, profile, f"--screenshot={picture}", f"--window-size={size[0]},{size[1]}")
    return picture


def _run(page: Path, profile: Path, *arguments: str) -> str:
    done = subprocess.run(
        [str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}", *arguments, page.resolve().as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, f"chromium failed ({done.returncode}): {done.stderr[-2000:]}"
    return done.stdout
