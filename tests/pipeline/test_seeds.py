"""The seed corpus: the two contradictions the user asked for, and nothing else."""

from pathlib import Path

from tests.conftest import SEEDS
from tests.gold import score

GOLD = Path(__file__).resolve().parents[1] / "corpus" / "seeds-gold.yaml"


def test_seed_report_meets_the_gold(seed_report):
    missed, false_positives = score(GOLD, seed_report.to_dict())
    assert missed == []
    assert false_positives == []


def test_launch_dates_conflict_as_months(seed_report):
    [finding] = [f for f in seed_report.findings if f.rule == "FC101"]
    assert finding.severity == "error"
    values = sorted(e.value for e in finding.evidence)
    assert values == ["2022-05 (month)", "2024-05 (month)"]
    texts = sorted(e.text for e in finding.evidence)
    assert texts == ["May 2022", "May 2024"]


def test_place_finding_explains_the_gazetteer_relation(seed_report):
    [finding] = [f for f in seed_report.findings if f.rule == "FC202"]
    assert finding.severity == "warning"
    assert "only partly overlap" in finding.message
    assert {e.text for e in finding.evidence} == {"South Pole Aitken Basin", "moon’s far side"}


def test_evidence_points_at_the_matched_text(seed_report):
    for finding in seed_report.findings:
        for evidence in finding.evidence:
            text = (SEEDS / Path(evidence.doc).name).read_text(encoding="utf-8")
            assert text[evidence.start : evidence.end] == evidence.text
            line = text.splitlines()[evidence.line - 1]
            assert line[evidence.column - 1 :].startswith(evidence.text)
            assert evidence.text in evidence.sentence


def test_generic_rules_alone_still_flag_the_launch_dates(analyse_paths, core_rules):
    report = analyse_paths([SEEDS], core_rules)
    dates = [f for f in report.findings if f.rule == "FC101"]
    assert [sorted(e.text for e in f.evidence) for f in dates] == [["May 2022", "May 2024"]]


def test_page_furniture_yields_no_claims(seed_report):
    claims = seed_report.alignment.claims
    sidebar = claims[claims["doc"].str.contains("004_") & claims["sentence"].str.contains("2026")]
    assert sidebar.empty


def test_every_document_is_accounted_for(seed_report):
    assert [d.status for d in seed_report.documents] == ["checked"] * 5
    assert all(d.published is None for d in seed_report.documents)
