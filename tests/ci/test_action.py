"""The GitHub Action as the runner runs it: each step of action.yml, its `${{ }}` expressions filled
in, against a pull request in a real git repository, with factcheck installed by the Action's own
install step into a new virtual environment (offline: the dependencies come from this environment)."""

from __future__ import annotations

import json
import re

import pytest
import yaml

from tests.packaging.environments import ROOT, OfflineVenv, checkout

pytestmark = pytest.mark.packaging

ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
# Steps that set up the runner rather than run factcheck: the test's virtual environment is the
# Python, and there is no cache to restore.
RUNNER_SETUP = {"actions/setup-python", "actions/cache"}


def expand(text: str, context: dict[str, str]) -> str:
    """A value with its `${{ expression }}` parts replaced, as the runner does before the shell sees it."""

    def value(match: re.Match) -> str:
        expression = match.group(1).strip()
        assert expression in context, f"action.yml uses {expression}, which the test does not provide"
        return context[expression]

    return re.sub(r"\$\{\{(.*?)\}\}", value, text)


def run_action(venv: OfflineVenv, action_path, workspace, inputs: dict[str, str], base_sha: str):
    """Run the Action's steps in order, like a composite action's runner; the last step's result."""
    context = {f"inputs.{name}": spec.get("default", "") for name, spec in ACTION["inputs"].items()}
    context |= {f"inputs.{name}": value for name, value in inputs.items()}
    context["github.event.pull_request.base.sha"] = base_sha
    result = None
    for step in ACTION["runs"]["steps"]:
        if "uses" in step:
            assert step["uses"].split("@")[0] in RUNNER_SETUP, step
            continue
        assert step["shell"] == "bash"
        env = {name: expand(str(value), context) for name, value in step.get("env", {}).items()}
        script = expand(step["run"], context)
        # how the runner starts a `shell: bash` step
        shell = ("bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script)
        result = venv.run(*shell, cwd=workspace, env={"GITHUB_ACTION_PATH": str(action_path), **env})
        if result.returncode != 0:
            return result
    return result


def test_a_pull_request_contradicting_the_corpus_fails_with_annotations_and_sarif(repo, contradicting, tmp_path):
    base = repo.git("rev-parse", "HEAD").strip()
    repo.commit("add a contradicting article", {"data/new/lunar.md": contradicting})
    venv = OfflineVenv(tmp_path / "venv")
    action_path = checkout(tmp_path / "action")

    result = run_action(venv, action_path, repo.root, {"sarif-file": "factcheck.sarif"}, base)

    assert result.returncode == 1, result.stderr
    annotations = [line for line in result.stdout.splitlines() if line.startswith("::")]
    assert annotations and all(" file=data/new/lunar.md," in line for line in annotations)
    assert any(line.startswith("::error ") and "FC101" in line for line in annotations)
    assert venv.where("factcheck", cwd=repo.root).is_relative_to(venv.purelib)
    sarif = json.loads((repo.root / "factcheck.sarif").read_text(encoding="utf-8"))
    assert sarif["version"] == "2.1.0"
    uris = {
        location["physicalLocation"]["artifactLocation"]["uri"]
        for finding in sarif["runs"][0]["results"]
        for location in finding["locations"]
    }
    assert uris == {"data/new/lunar.md"}
