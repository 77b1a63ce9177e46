"""Reconcile's candidate pairs come from its blocking index, each once; the bench's synthetic
claims tables hold many distinct events of the real block sizes."""

from __future__ import annotations

from pathlib import Path

import pytest
from throughput import replicated

from factcheck.corpus import load_corpus
from factcheck.extract import extract_rows
from factcheck.reconcile import MAX_BLOCK, _candidate_pairs, reconcile

SEEDS = Path(__file__).resolve().parents[2] / "data" / "seeds"


def test_pairs_share_a_block_come_from_two_documents_and_come_once():
    blocks = [[0, 1, 2], [1, 2, 3], [0, 3]]
    docs = ["a", "b", "b", "c"]
    assert list(_candidate_pairs(blocks, docs)) == [(0, 1), (0, 2), (0, 3), (1, 3), (2, 3)]


def test_blocks_too_common_to_discriminate_give_no_pairs():
    crowd = list(range(MAX_BLOCK + 1))
    assert list(_candidate_pairs([crowd], [str(row) for row in crowd])) == []


@pytest.fixture(scope="module")
def seed_rows(rules, nlp):
    documents = load_corpus([SEEDS]).documents
    rows = extract_rows(documents, rules, nlp)
    return [row for document in documents for row in rows[document.name]]


def test_replicated_tables_repeat_the_events_without_joining_copies(seed_rows, rules):
    base = reconcile(replicated(seed_rows, len(seed_rows)), rules).claims
    table = replicated(seed_rows, 3 * len(seed_rows))
    claims = reconcile(table, rules).claims
    assert len(table) == 3 * len(seed_rows) and table["claim_id"].is_unique
    assert claims["event"].nunique() == 3 * base["event"].nunique() > 0
    copies_per_event = (
        claims.dropna(subset=["event"]).groupby("event")["doc"].agg(lambda d: {n.split("/")[0] for n in d})
    )
    assert all(len(copies) == 1 for copies in copies_per_event)
