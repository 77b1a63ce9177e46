"""Reports to render: the seed corpus, and articles that carry script in their text."""

from __future__ import annotations

from pathlib import Path

import pytest

HOSTILE = Path(__file__).parent / "hostile"


@pytest.fixture(scope="session")
def hostile_report(analyse_paths, rules):
    return analyse_paths([HOSTILE], rules)
