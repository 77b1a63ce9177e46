"""Fixtures shared by every test folder: the rules and the spaCy pipeline, loaded once, and the command
line run in-process."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.corpus import load_corpus
from factcheck.extract import extract_claims, load_model
from factcheck.pipeline import analyse
from factcheck.rules import builtin_rules_dir, load_rules

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "data" / "seeds"


@pytest.fixture(scope="session")
def rules():
    return load_rules()


@pytest.fixture(scope="session")
def core_rules():
    """Only the generic rules: no aliases or places specific to one domain."""
    return load_rules([builtin_rules_dir() / "core"])


@pytest.fixture(scope="session")
def nlp():
    return load_model()


@pytest.fixture(scope="session")
def analyse_paths(nlp):
    """A function: paths (and rules) -> Report, with the session's model."""

    def run(paths, rules, published=None):
        corpus = load_corpus(paths, published=published)
        return analyse(corpus, rules, extract_claims(corpus.documents, rules, nlp))

    return run


@pytest.fixture(scope="session")
def seed_report(analyse_paths, rules):
    return analyse_paths([SEEDS], rules)


@dataclass(frozen=True)
class Result:
    code: int
    stdout: str
    stderr: str


@pytest.fixture
def factcheck(capsys, monkeypatch, nlp):
    """Run `factcheck ARGS...` through the real entry point, in-process (the session's model stays loaded)."""

    def run(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> Result:
        if cwd is not None:
            monkeypatch.chdir(cwd)
        for name, value in (env or {}).items():
            monkeypatch.setenv(name, value)
        monkeypatch.setattr(sys, "argv", ["factcheck", *args])
        capsys.readouterr()
        try:
            main()
            code = 0
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 2)
        out, err = capsys.readouterr()
        return Result(code, out, err)

    return run
