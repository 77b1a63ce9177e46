"""The prefilter skips only sentences that cannot hold a claim; workers change nothing but speed."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.corpus import load_corpus, load_document
from factcheck.extract import extract_rows
from factcheck.extract.candidates import candidate_sentences

SEEDS = Path(__file__).resolve().parents[2] / "data" / "seeds"


def sentences_kept(text: str, rules) -> list[str]:
    document = load_document("a.txt", text.encode())
    return [sentence for _, sentence, _ in candidate_sentences(document, rules.gazetteer)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Critics argued that the decision raised difficult questions about accountability.",
        "The talks have lasted three years without a breakthrough.",
        "He spoke to Reuters about the plan and its critics.",
        "Officials spoke at length of Parliament and its many failings.",
    ],
)
def test_skips_sentences_without_time_place_or_number(sentence, rules):
    assert sentences_kept(sentence, rules) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The storm struck the coast on Tuesday, officials said.",
        "In northern Velsor, rescuers pulled survivors from the rubble.",
        "Rescuers found sixty survivors under the collapsed building.",
        "The plant near the old Dorvale harbour was closed after the accident.",
        "The probe landed on the Moon after a long journey.",
    ],
)
def test_keeps_sentences_with_a_time_place_or_number(sentence, rules):
    assert sentences_kept(sentence, rules) == [sentence]


@pytest.fixture(scope="module")
def seed_documents():
    return load_corpus([SEEDS]).documents


def test_prefilter_loses_no_claim_on_the_seeds(seed_documents, rules, nlp):
    filtered = extract_rows(seed_documents, rules, nlp)
    assert filtered == extract_rows(seed_documents, rules, nlp, every_sentence=True)
    assert sum(map(len, filtered.values())) > 20


def test_workers_extract_exactly_what_one_process_does(seed_documents, rules, nlp):
    rows = extract_rows(seed_documents, rules, nlp, n_process=2)
    assert list(rows) == [document.name for document in seed_documents]
    assert rows == extract_rows(seed_documents, rules, nlp)
