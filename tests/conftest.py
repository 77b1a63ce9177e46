"""Fixtures shared by every test folder: the rules and the spaCy pipeline, loaded once."""

from __future__ import annotations

from pathlib import Path

import pytest

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
