"""Fixtures for the CI-gate tests: real git repositories of articles (the command line run in-process is
the `factcheck` fixture of tests/conftest.py)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[2] / "data" / "seeds"

# Written for these tests: contradicts the seeds on the month Chang'e-6 took Pakistan's satellite up.
_CONTRADICTING = """# Pakistan's lunar satellite, three years on

Pakistan's space agency looked back on its first lunar mission this week.

China's Chang'e-6 probe launched Pakistan's first lunar satellite in May 2021, officials said.

Engineers said the mission gave the country valuable experience in deep space operations.
"""

_UNRELATED = """# Library reopens after renovation

The city library reopened on Monday after a six-month renovation, the council said.

The building now has a larger children's section and a new reading room on the second floor.
"""


@pytest.fixture
def contradicting() -> str:
    """An article that dates the launch of the seeds' Chang'e-6 event to another year (line 5)."""
    return _CONTRADICTING


@pytest.fixture
def unrelated() -> str:
    """An article about something no seed mentions."""
    return _UNRELATED


class Repository:
    """A git work tree of articles in a temporary folder."""

    def __init__(self, root: Path):
        self.root = root
        root.mkdir(parents=True)
        self.git("init", "-q", "-b", "main")
        self.git("config", "user.email", "tests@example.org")
        self.git("config", "user.name", "factcheck tests")
        self.git("config", "commit.gpgsign", "false")

    def git(self, *args: str) -> str:
        return subprocess.run(["git", *args], cwd=self.root, check=True, capture_output=True, text=True).stdout

    def write(self, name: str, text: str) -> Path:
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    def commit(self, message: str, files: dict[str, str] | None = None) -> None:
        """Write the files (path: text) and commit everything."""
        for name, text in (files or {}).items():
            self.write(name, text)
        self.git("add", "-A")
        self.git("commit", "-q", "-m", message)


@pytest.fixture
def repo(tmp_path) -> Repository:
    """A repository whose first commit is the seed corpus under data/seeds/."""
    repository = Repository(tmp_path / "corpus")
    shutil.copytree(SEEDS, repository.root / "data" / "seeds")
    repository.commit("seed corpus")
    return repository
