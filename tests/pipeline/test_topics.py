"""Articles on other topics, written for the tests, with planted contradictions and traps."""

from pathlib import Path

import pytest

from tests.gold import score

TOPICS = Path(__file__).resolve().parents[1] / "corpus" / "topics"


@pytest.fixture(scope="module")
def topics_report(analyse_paths, rules):
    return analyse_paths([TOPICS], rules)


def test_every_planted_contradiction_and_no_trap(topics_report):
    missed, false_positives = score(TOPICS / "expected.yaml", topics_report.to_dict())
    assert missed == []
    assert false_positives == []


def test_outlier_is_named_when_three_articles_cover_an_event(topics_report):
    [election] = [f for f in topics_report.findings if "Lopez" in f.event_label]
    assert election.outlier.endswith("election_courier.md")
    assert "is the outlier: 2 other articles agree on 2024-03-03 (day)" in election.message
    assert len(election.details["supporting"]) == 1


def test_counts_are_compared_with_their_units(topics_report):
    counts = {
        f.event_label.split()[0]: sorted(e.value for e in f.evidence)
        for f in topics_report.findings
        if f.rule == "FC301"
    }
    # A death toll counts victims, whatever noun each article counts them with.
    assert counts == {"acquire": ["USD 2.1 billion", "USD 2.4 billion"], "kill": ["43 victims", "61 victims"]}


def test_relative_weekday_resolves_against_publication_date(topics_report):
    claims = topics_report.alignment.claims
    [saturday] = claims[claims["time_text"] == "Saturday"]["time_value"].tolist()
    assert saturday == "2018-05-26"


def test_modal_may_is_not_a_date_and_makes_possible_claims(topics_report):
    claims = topics_report.alignment.claims
    sport = claims[claims["doc"].str.endswith("cupfinal_sport.md")]
    assert not sport["time_text"].fillna("").str.lower().eq("may").any()
    assert "possible" in sport["modality"].tolist()


def test_near_identical_names_stay_apart(topics_report):
    claims = topics_report.alignment.claims
    phones = claims[claims["doc"].str.contains("phones_")]
    events = {tuple(p): e for p, e in zip(phones["participants"], phones["event"])}
    s23 = [e for p, e in events.items() if any("S23" in n for n in p)]
    s24 = [e for p, e in events.items() if any("S24" in n for n in p)]
    assert s23 and s24 and not set(s23) & set(s24)
