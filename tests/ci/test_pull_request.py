"""Pull-request mode end to end: a real git repository, `factcheck check --changed-since`."""

from __future__ import annotations

import re


def test_an_article_contradicting_the_corpus_fails_with_an_annotation_on_its_line(repo, factcheck, contradicting):
    repo.commit("add a contradicting article", {"data/new/lunar.md": contradicting})

    result = factcheck("check", "--changed-since", "HEAD~1", "--format", "github", cwd=repo.root)

    assert result.code == 1, result.stderr
    annotations = [line for line in result.stdout.splitlines() if line.startswith("::")]
    assert annotations, result.stdout
    line_of_claim = (
        contradicting.splitlines().index(next(line for line in contradicting.splitlines() if "May 2021" in line)) + 1
    )
    column = contradicting.splitlines()[line_of_claim - 1].index("May 2021") + 1
    assert all(" file=data/new/lunar.md," in annotation for annotation in annotations)
    conflicts = [a for a in annotations if "title=FC101 date-conflict::" in a]
    assert len(conflicts) == 2  # against each of the two seed articles that date it
    for annotation in conflicts:
        assert annotation.startswith(
            f"::error file=data/new/lunar.md,line={line_of_claim},col={column},endColumn={column + 8},"
        )
        assert "2021-05 (month)" in annotation


def test_the_corpus_own_conflicts_are_not_reported_in_pull_request_mode(repo, factcheck, unrelated):
    whole = factcheck("check", "--format", "jsonl", cwd=repo.root)
    assert whole.code == 1  # the seeds disagree among themselves

    repo.commit("add an unrelated article", {"data/new/library.md": unrelated})
    result = factcheck("check", "--changed-since", "HEAD~1", "--format", "github", cwd=repo.root)

    assert result.code == 0, result.stdout + result.stderr
    assert not re.search(r"^::", result.stdout, re.M)


def test_files_named_on_the_command_line_are_aligned_against_the_whole_corpus(
    repo, factcheck, contradicting, unrelated
):
    repo.commit("add two articles", {"data/new/lunar.md": contradicting, "data/new/library.md": unrelated})

    contradicting = factcheck("check", "data/new/lunar.md", "--format", "jsonl", cwd=repo.root)
    unrelated = factcheck("check", "data/new/library.md", "--format", "jsonl", cwd=repo.root)

    assert contradicting.code == 1
    assert all('"doc": "data/new/lunar.md"' in line for line in contradicting.stdout.splitlines())
    assert unrelated.code == 0 and unrelated.stdout == ""


def test_uncommitted_and_untracked_articles_count_as_changed(repo, factcheck, contradicting):
    repo.write("data/new/lunar.md", contradicting)

    result = factcheck("check", "--changed-since", "HEAD", "--format", "jsonl", cwd=repo.root)

    assert result.code == 1
    assert "data/new/lunar.md" in result.stdout


def test_an_unknown_revision_is_a_usage_error(repo, factcheck):
    result = factcheck("check", "--changed-since", "no-such-branch", cwd=repo.root)

    assert result.code == 2
    assert result.stderr.strip() == "factcheck: error: --changed-since no-such-branch: unknown revision"
