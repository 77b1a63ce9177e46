"""The pre-commit hook and the GitHub Action call factcheck with options it has."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


def test_the_action_uses_only_options_of_factcheck_check(factcheck):
    action = yaml.safe_load((ROOT / "action.yml").read_text())
    script = next(step["run"] for step in action["runs"]["steps"] if "factcheck check" in step.get("run", ""))
    help_text = factcheck("check", "--help").stdout
    used = set(re.findall(r"(?<![\w-])--[a-z][a-z-]+", script))
    assert used and all(option in help_text for option in used), used
    assert action["runs"]["using"] == "composite"


def test_the_pre_commit_hook_passes_files_to_factcheck_check_one_process_at_a_time():
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    assert hook["entry"] == "factcheck check"
    assert hook["pass_filenames"] is True and hook["require_serial"] is True
    assert re.search(hook["files"], "articles/2024/launch.md")
