"""The command line on bad input: one line per problem naming the file, the documented exit code, no traceback."""

from __future__ import annotations

import json
import os
from pathlib import Path

from tests.robustness.bad_inputs import OUTCOMES


def test_every_file_of_a_mixed_directory_is_accounted_for(cli, mixed_corpus, tmp_path):
    out = tmp_path / "report.json"
    run = cli("report", mixed_corpus, "--format", "json", "--output", out)
    assert run.code == 0
    report = json.loads(out.read_text())
    given = sorted(os.listdir(mixed_corpus))
    outcomes = {Path(d["path"]).name: (d["status"], d["reason"]) for d in report["documents"]}
    assert sorted(outcomes) == given
    assert outcomes == OUTCOMES
    summary = report["summary"]
    assert summary["checked"] + summary["skipped"] == summary["documents"] == len(given)


def test_each_problem_is_one_finding_line_naming_the_file(cli, mixed_corpus):
    run = cli("check", mixed_corpus, "--format", "concise", "--no-cache")
    assert "Traceback" not in run.stderr and run.code == 1
    lines = run.stdout.splitlines()
    for name, (status, reason) in OUTCOMES.items():
        if not reason:
            continue
        rule = "FC002 [error] not checked" if status == "skipped" else "FC003 [warning] checked with damaged text"
        naming = [line for line in lines if line.startswith(f"{mixed_corpus.as_posix()}/{name}:") and reason in line]
        assert len(naming) == 1 and f" {rule}: {reason}" in naming[0], (name, naming)


def test_a_path_that_does_not_exist_exits_2_with_one_line(cli, tmp_path):
    run = cli("report", tmp_path / "missing")
    assert (run.code, run.stdout) == (2, "")
    assert run.stderr == f"factcheck: error: {(tmp_path / 'missing').as_posix()}: no such file or directory\n"


def test_a_bad_rule_file_exits_2_with_its_file_and_line(cli, mixed_corpus, tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "aliases.yaml").write_text("kind: aliases\npatterns:\n  '(a|aa)*b': boom\n")
    run = cli("report", mixed_corpus, "--rules", rules)
    assert (run.code, run.stdout) == (2, "")
    assert run.stderr.startswith(f"factcheck: error: {rules / 'aliases.yaml'}:3: regular expression '(a|aa)*b' has")
    assert run.stderr.count("\n") == 1


def test_an_impossible_publication_date_option_is_a_usage_error(cli, mixed_corpus):
    run = cli("report", mixed_corpus, "--published", "2024-02-30")
    assert (
        run.code == 2 and run.stderr == "factcheck: error: --published: must be a date, YYYY-MM-DD (got '2024-02-30')\n"
    )


def test_impossible_dates_in_the_text_are_not_read_as_dates(cli, mixed_corpus):
    run = cli("dates", mixed_corpus / "impossible-dates.txt", "--published", "2024-03-01", "--format", "json")
    assert run.code == 0
    found = [(record["text"], record["value"]) for record in json.loads(run.stdout)]
    assert found == [("Monday", "2024-02-26"), ("Tuesday", "2024-02-27")]


def test_the_size_limit_is_a_setting(cli, tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("The bridge opened on 3 May 2024 to traffic, the city said in a statement on Monday.\n")
    config = tmp_path / "factcheck.toml"
    config.write_text("max-bytes = 50\n")
    run = cli("check", article, "--config", config, "--format", "json", "--no-cache")
    (document,) = json.loads(run.stdout)["documents"]
    assert run.code == 1  # a document not checked fails the gate
    assert (document["status"], document["reason"]) == ("skipped", "larger than the size limit (84 > 50 bytes)")
    assert [finding["rule"] for finding in json.loads(run.stdout)["findings"]] == ["FC002"]
    config.write_text("max-bytes = -1\n")
    run = cli("check", article, "--config", config)
    assert run.code == 2
    assert run.stderr == f"factcheck: error: {config}:1: max-bytes: must be a positive whole number (got -1)\n"
