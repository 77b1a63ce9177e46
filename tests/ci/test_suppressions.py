"""Suppression comments: `ignore RULE` for the next paragraph, `ignore-file RULE`, unused ones reported."""

from __future__ import annotations

import json

import pytest

from factcheck.corpus import load_document
from factcheck.errors import FactcheckError
from factcheck.suppressions import find_suppressions

CLAIM = "China's Chang'e-6 probe launched"
COMMENT = "<!-- factcheck: ignore FC101 -->"


def _jsonl(result) -> list[dict]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_a_suppression_comment_silences_the_next_paragraph(repo, factcheck, contradicting):
    suppressed = contradicting.replace(CLAIM, f"<!-- factcheck: ignore date-conflict -->\n\n{CLAIM}")
    repo.commit("add an article with a known, accepted conflict", {"data/new/lunar.md": suppressed})

    result = factcheck("check", "--changed-since", "HEAD~1", "--format", "jsonl", cwd=repo.root)

    assert result.code == 0, result.stdout
    assert _jsonl(result) == []
    assert "2 suppressed" in result.stderr


def test_a_suppression_for_another_rule_does_not_silence(repo, factcheck, contradicting):
    other_rule = contradicting.replace(CLAIM, f"<!-- factcheck: ignore FC201 -->\n\n{CLAIM}")
    repo.commit("add an article", {"data/new/lunar.md": other_rule})

    findings = _jsonl(factcheck("check", "--changed-since", "HEAD~1", "--format", "jsonl", cwd=repo.root))

    assert sorted(f["rule"] for f in findings) == ["FC001", "FC101", "FC101"]


def test_an_unused_suppression_is_reported_on_its_line(repo, factcheck, unrelated):
    with_comment = unrelated.replace("The building", f"{COMMENT}\nThe building")
    repo.commit("add an article", {"data/new/library.md": with_comment})

    result = factcheck("check", "--changed-since", "HEAD~1", "--format", "github", cwd=repo.root)

    assert result.code == 0  # FC001 is a warning; the fail level is error
    line = with_comment.splitlines().index(COMMENT) + 1
    assert result.stdout.startswith(
        f"::warning file=data/new/library.md,line={line},col=1,endColumn={len(COMMENT) + 1},title=FC001 unused-suppression::"
    )
    assert factcheck("check", "--changed-since", "HEAD~1", "--fail-on", "warning", cwd=repo.root).code == 1


def test_a_file_suppression_silences_every_paragraph(repo, factcheck, contradicting):
    repo.commit("add an article", {"data/new/lunar.md": "<!-- factcheck: ignore-file FC101 -->\n" + contradicting})

    result = factcheck("check", "--changed-since", "HEAD~1", "--format", "jsonl", cwd=repo.root)

    assert result.code == 0 and result.stdout == ""


def test_suppressions_are_read_with_their_rules_and_reach():
    text = "Title\n\n<!-- factcheck: ignore FC101, place-uncertain -->\nFirst paragraph.\n\nSecond paragraph.\n"
    document = load_document("a.md", text.encode())

    (suppression,) = find_suppressions(document)

    assert suppression.rules == {"FC101", "FC202"}
    assert text[suppression.covers[0] : suppression.covers[1]] == "First paragraph."


@pytest.mark.parametrize(
    "comment, message",
    [
        ("<!-- factcheck: ignore FC999 -->", "a.md:3: unknown rule 'FC999' in factcheck suppression"),
        ("<!-- factcheck: ignore -->", "a.md:3: factcheck suppression names no rule"),
    ],
)
def test_a_malformed_suppression_is_an_error_naming_file_and_line(comment, message):
    document = load_document("a.md", f"Title\n\n{comment}\nText of the article.\n".encode())
    with pytest.raises(FactcheckError, match=message):
        find_suppressions(document)
