"""Rule selection as ruff spells it: select, extend-select, ignore, per-file-ignores, and `off` as a severity."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.compare import Evidence, Finding
from factcheck.config import ConfigError, load_config
from factcheck.selection import Selection


def _finding(rule: str, *docs: str) -> Finding:
    evidence = tuple(Evidence(doc, 1, 1, "x", "x", 0, 1, "v", "") for doc in docs)
    return Finding(rule, "name", "error", "message", "E1", "event", evidence)


def test_the_more_specific_of_select_and_ignore_wins():
    selection = Selection(select=("FC102",), ignore=("FC1",))
    assert selection.status("FC102").active
    assert not selection.status("FC101").active
    assert not Selection(select=("FC1",), ignore=("FC101",)).status("FC101").active
    assert not Selection(ignore=("date-conflict",)).status("FC101").active  # names work too


def test_extend_select_adds_to_select_and_off_turns_a_check_off():
    selection = Selection(select=("FC2",), extend_select=("FC301",), off=frozenset({"FC203", "FC204"}))
    assert selection.active() == {"FC201", "FC202", "FC301"}
    assert selection.status("FC203").reason.startswith("severity off")


def test_per_file_ignores_drop_findings_involving_a_matching_document(tmp_path):
    selection = Selection(per_file_ignores=(("archive/*", ("FC301",)),))
    kept = selection.apply(
        [
            _finding("FC301", "news/a.md", "archive/b.md"),
            _finding("FC301", "news/a.md"),
            _finding("FC101", "archive/b.md"),
        ],
        Path.cwd(),
    )
    assert [(f.rule, f.evidence[0].doc) for f in kept] == [("FC301", "news/a.md"), ("FC101", "archive/b.md")]


def test_the_configuration_reads_selection_settings_and_off(tmp_path):
    (tmp_path / "factcheck.toml").write_text(
        'select = ["FC1", "FC2"]\nignore = ["FC203"]\n[per-file-ignores]\n"archive/*" = ["FC301"]\n'
        '[severity]\ndate-plan-changed = "off"\n'
    )
    config = load_config(tmp_path / "factcheck.toml")
    assert config["select"] == ("FC1", "FC2") and config["ignore"] == ("FC203",)
    assert config["per-file-ignores"] == {"archive/*": ("FC301",)}
    assert config["severity"] == {"FC102": "off"}


@pytest.mark.parametrize(
    "text, line, message",
    [
        ('[severity]\nFC101 = "error"\nFC102 = "loud"\n', 3, "FC102: must be one of: info, warning, error, off"),
        ('select = ["FC9"]\n', 1, "'FC9' selects no check"),
        ('[per-file-ignores]\n"a/*" = ["FC301"]\n"b/*" = ["nope"]\n', 3, "'nope' selects no check"),
    ],
)
def test_a_bad_entry_is_reported_at_its_own_line(tmp_path, text, line, message):
    (tmp_path / "factcheck.toml").write_text(text)
    with pytest.raises(ConfigError) as error:
        load_config(tmp_path / "factcheck.toml")
    assert f"factcheck.toml:{line}:" in str(error.value) and message in str(error.value)


def test_command_line_selection_and_rules_list_explain_what_runs(repo, factcheck):
    repo.write("factcheck.toml", 'ignore = ["FC2"]\n[severity]\nFC302 = "off"\n')
    listed = factcheck("rules", "list", "--ignore", "FC101", cwd=repo.root).stdout
    rows = {line.split()[0]: line for line in listed.splitlines()[1:] if line.strip()}
    assert " no " in rows["FC101"] and "--ignore" in rows["FC101"]
    assert " no " in rows["FC201"] and "factcheck.toml:1" in rows["FC201"]
    assert " no " in rows["FC302"] and "severity off" in rows["FC302"]
    assert " yes " in rows["FC301"] and "select 'ALL' (default)" in rows["FC301"]
    gate = factcheck("check", "data/seeds", "--select", "FC101", "--format", "json", cwd=repo.root)
    assert {f["rule"] for f in json.loads(gate.stdout)["findings"]} <= {"FC101"}
    assert factcheck("check", "data/seeds", "--select", "FC999", cwd=repo.root).code == 2
    assert factcheck("check", "data/seeds", "--per-file-ignores", "nocolon", cwd=repo.root).code == 2
