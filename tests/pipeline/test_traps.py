"""Realistic coverage where the same actors do different things on different dates: no findings."""

from pathlib import Path

TRAPS = Path(__file__).resolve().parents[1] / "corpus" / "traps"


def test_different_events_of_the_same_actors_are_not_contradictions(analyse_paths, rules):
    report = analyse_paths([TRAPS], rules)
    assert [(f.rule, f.message) for f in report.findings if f.severity != "info"] == []
    assert report.claims > 15
