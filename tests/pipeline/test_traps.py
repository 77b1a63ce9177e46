"""Realistic coverage where the same actors do different things on different dates: no findings."""

from pathlib import Path

TRAPS = Path(__file__).resolve().parents[1] / "corpus" / "traps"


def test_different_events_of_the_same_actors_are_not_contradictions(analyse_paths, rules):
    report = analyse_paths([TRAPS], rules)
    assert [(f.rule, f.message) for f in report.findings if f.severity != "info"] == []
    assert report.claims > 15


def test_a_count_from_years_before_is_background_not_a_rival_to_the_undated_news(analyse_paths, rules, tmp_path):
    (tmp_path / "a.md").write_text(
        "---\npublished: 2023-03-27\n---\nCivic Renewal won 36 seats in the National Assembly, the commission said.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.md").write_text(
        "---\npublished: 2023-03-27\n---\nCivic Renewal won 22 seats in the National Assembly in the 2019 election.\n",
        encoding="utf-8",
    )
    report = analyse_paths([tmp_path], rules)
    assert report.events == 1 and report.findings == []


def test_the_same_counts_both_undated_are_rivals(analyse_paths, rules, tmp_path):
    for name, seats in (("a.md", 36), ("b.md", 22)):
        (tmp_path / name).write_text(
            f"---\npublished: 2023-03-27\n---\nCivic Renewal won {seats} seats in the National Assembly.\n",
            encoding="utf-8",
        )
    report = analyse_paths([tmp_path], rules)
    assert [f.rule for f in report.findings] == ["FC301"]


def _article(directory, name: str, published: str, body: str) -> None:
    (directory / name).write_text(f"---\npublished: {published}\n---\n{body}\n", encoding="utf-8")


def test_articles_of_one_story_align_a_same_day_event_that_names_no_one(analyse_paths, rules, tmp_path):
    _article(
        tmp_path,
        "a.md",
        "2024-08-10",
        "The Dalmatia Star was carrying 196 people. The ferry ran aground near Ancona, Italy, late on Friday.",
    )
    _article(
        tmp_path,
        "b.md",
        "2024-08-10",
        "The Dalmatia Star left Split on Friday afternoon. "
        "A passenger ferry ran aground off the island of Hvar, near Split, Croatia, late on Friday.",
    )
    report = analyse_paths([tmp_path], rules)
    assert [f.rule for f in report.findings] == ["FC201"]


def test_articles_of_one_story_keep_events_of_other_days_apart(analyse_paths, rules, tmp_path):
    _article(
        tmp_path,
        "a.md",
        "2024-08-10",
        "The Dalmatia Star was carrying 196 people. The ferry ran aground near Ancona, Italy, late on Friday.",
    )
    _article(
        tmp_path,
        "b.md",
        "2024-08-10",
        "The Dalmatia Star left Split on Friday afternoon. "
        "A sister ship ran aground off the island of Hvar, near Split, Croatia, in June 2019.",
    )
    assert analyse_paths([tmp_path], rules).findings == []
