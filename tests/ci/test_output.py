"""Data on standard output or -o FILE; warnings, summary and progress on standard error; colour rules."""

from __future__ import annotations

import json


def test_output_file_gets_the_data_and_stdout_stays_empty(repo, factcheck):
    result = factcheck("check", "data/seeds", "--format", "json", "-o", "out/report.json", cwd=repo.root)
    assert result.code == 1 and result.stdout == ""
    assert json.loads((repo.root / "out/report.json").read_text())["summary"]["checked"] == 5
    assert result.stderr.startswith("factcheck: ")


def test_quiet_leaves_only_the_data(repo, factcheck):
    repo.write("data/seeds/empty.md", "")
    loud = factcheck("check", "data/seeds", "--format", "jsonl", cwd=repo.root)
    quiet = factcheck("check", "data/seeds", "--format", "jsonl", "--quiet", cwd=repo.root)
    assert '"message": "not checked: empty file"' in loud.stdout  # a finding, not a warning besides
    assert loud.stderr.startswith("factcheck: ")  # the summary
    assert quiet.stderr == "" and quiet.stdout == loud.stdout and quiet.code == loud.code == 1


def test_colour_follows_force_color_no_color_and_the_option(repo, factcheck, monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    forced = factcheck("check", "data/seeds", cwd=repo.root, env={"FORCE_COLOR": "1"})
    assert "\x1b[" in forced.stdout
    assert "\x1b[" not in factcheck("check", "data/seeds", "--no-color", cwd=repo.root).stdout
    assert "\x1b[" not in factcheck("check", "data/seeds", cwd=repo.root, env={"NO_COLOR": "1"}).stdout
    monkeypatch.delenv("FORCE_COLOR")
    monkeypatch.delenv("NO_COLOR")
    assert "\x1b[" not in factcheck("check", "data/seeds", cwd=repo.root).stdout  # not a terminal
