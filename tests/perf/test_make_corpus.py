"""The generated benchmark corpus: deterministic, realistic in shape, its ground truth true."""

from __future__ import annotations

import json
import re

import pytest
from make_corpus import generate

from factcheck.corpus import load_corpus


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory):
    directory = tmp_path_factory.mktemp("bench")
    generate(120, directory)
    return directory


def test_same_seed_same_corpus(corpus_dir, tmp_path):
    generate(120, tmp_path)
    for path in corpus_dir.iterdir():
        assert (tmp_path / path.name).read_bytes() == path.read_bytes()


def test_other_seed_other_corpus(corpus_dir, tmp_path):
    generate(120, tmp_path, seed=6)
    assert (tmp_path / "00000.md").read_text() != (corpus_dir / "00000.md").read_text()


def test_every_article_loads_and_most_are_dated(corpus_dir):
    corpus = load_corpus([corpus_dir])
    assert len(corpus.documents) == 120 and not corpus.skipped
    dated = sum(document.published is not None for document in corpus.documents)
    assert 0.7 * 120 < dated < 120


def test_pages_carry_furniture_around_the_article(corpus_dir):
    furniture = ("Recent Posts", "use cookies", "Leave a Reply", "\u2026")
    for path in corpus_dir.glob("*.md"):
        assert sum(piece in path.read_text() for piece in furniture) >= 2


def test_planted_contradictions_differ_in_their_kind_only(corpus_dir):
    truth = json.loads((corpus_dir / "ground_truth.json").read_text())
    assert {planted["kind"] for planted in truth} == {"date", "place", "count"}
    for planted in truth:
        told = planted["told"]
        outlier = told[planted["outlier"]]
        for name in planted["agreeing"]:
            differing = {key for key in outlier if outlier[key] != told[name][key]}
            assert differing == {planted["kind"]}
        assert planted["outlier"] not in planted["agreeing"]


def test_events_use_names_of_their_own(corpus_dir):
    titles = [re.search(r"^title: \"(.*)\"$", path.read_text(), re.M) for path in sorted(corpus_dir.glob("*.md"))]
    first_words = {match.group(1).split()[0] for match in titles if match and not match.group(1).startswith("The")}
    assert len(first_words) > 30
