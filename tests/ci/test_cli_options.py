"""The command line as linters have it: --version, -h, standard input, --no-baseline, and one set of
options across report, check and claims."""

from __future__ import annotations

import io
import json
import sys

import pandas as pd
import pytest


def test_version_and_short_help_exit_0(factcheck):
    version = factcheck("--version")
    assert version.code == 0 and version.stdout.startswith("factcheck ")
    for args in (["-h"], ["check", "-h"], ["report", "-h"], ["claims", "-h"]):
        shown = factcheck(*args)
        assert shown.code == 0 and "Usage" in shown.stdout


@pytest.mark.parametrize("command", ["report", "check", "claims"])
def test_the_corpus_options_are_the_same_on_report_check_and_claims(factcheck, command):
    help_text = factcheck(command, "--help").stdout
    for option in ("--config", "--quiet", "--jobs", "--stdin-filename", "--no-cache", "--rules", "--model"):
        assert option in help_text, (command, option)


def test_stdin_takes_the_place_of_the_file_it_names(repo, factcheck, contradicting, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(contradicting.encode())))
    result = factcheck("check", "-", "--stdin-filename", "data/seeds/new.md", "--no-cache", cwd=repo.root)
    assert result.code == 1
    findings = [line for line in result.stdout.splitlines() if " FC" in line]
    assert findings and all(line.startswith("data/seeds/new.md:5:") for line in findings)
    assert all("(see data/seeds/" in line for line in findings)


def test_stdin_filename_without_dash_is_a_usage_error(repo, factcheck):
    assert factcheck("check", "data/seeds", "--stdin-filename", "x.md", cwd=repo.root).code == 2


def test_no_baseline_overrides_the_configured_one(repo, factcheck):
    assert factcheck("baseline", "write", "data/seeds", cwd=repo.root).code == 0
    repo.write("factcheck.toml", 'paths = ["data/seeds"]\nbaseline = "factcheck-baseline.json"\n')
    assert factcheck("check", cwd=repo.root).code == 0
    assert factcheck("check", "--no-baseline", cwd=repo.root).code == 1
    assert factcheck("check", "--baseline", "", cwd=repo.root).code == 1
    both = factcheck("check", "--no-baseline", "--baseline", "factcheck-baseline.json", cwd=repo.root)
    assert both.code == 2


def test_report_reads_the_configuration_and_is_quiet_on_request(repo, factcheck):
    repo.write("gate.toml", 'paths = ["data/seeds"]\nignore = ["FC2", "FC3"]\n')
    result = factcheck("report", "--config", "gate.toml", "-q", "--jobs", "1", "--format", "json", cwd=repo.root)
    assert result.code == 0 and result.stderr == ""
    rules = {finding["rule"] for finding in json.loads(result.stdout)["findings"]}
    assert rules and not any(rule.startswith(("FC2", "FC3")) for rule in rules)


def test_the_claims_export_has_an_event_column(repo, factcheck, tmp_path):
    out = tmp_path / "claims.csv"
    assert factcheck("claims", "data/seeds", "-q", "-o", str(out), cwd=repo.root).code == 0
    table = pd.read_csv(out)
    assert list(table.columns)[-1] == "event"
    assert table["event"].notna().sum() > 0
    assert "event " in factcheck("claims", "--schema").stdout
