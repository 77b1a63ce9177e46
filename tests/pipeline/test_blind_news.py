"""News written blind (by someone who had not seen the code), far from the seeds' topics.

They measure what factcheck does on paraphrased multi-outlet news: no false positive at all,
and a floor under what is found today, so that recall can only go up. The misses are listed in
BENCHMARKS.md ("Blind news"), with why each is missed.
"""

from pathlib import Path

import pytest
import yaml

from tests.gold import score

CORPORA = Path(__file__).resolve().parents[1] / "corpus"
FOUND_TODAY = {
    "blind_news1": {"election-seats", "verdict-date"},
    "blind_news2": {
        "mayor-announcement-date",
        "auction-sale-place",
        "train-death-toll",
        "marathon-race-date",
        "drug-approval-date",
    },
    "blind_news3": {
        "plane-landing-place",
        "prison-escapee-count",
        "volcano-eruption-date",
        "tennis-final-date",
        "minister-sworn-in-date",
    },
}


@pytest.mark.parametrize("corpus", sorted(FOUND_TODAY))
def test_no_false_positive_and_no_planted_contradiction_found_today_is_lost(analyse_paths, rules, corpus):
    gold = CORPORA / corpus / "expected.yaml"
    missed, false_positives = score(gold, analyse_paths([CORPORA / corpus], rules).to_dict())
    assert false_positives == []
    found = {pair["id"] for pair in yaml.safe_load(gold.read_text(encoding="utf-8"))["must"]} - set(missed)
    assert found >= FOUND_TODAY[corpus]
