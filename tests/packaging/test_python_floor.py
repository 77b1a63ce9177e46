"""One Python floor, said alike everywhere it is said, and true of the code."""

from __future__ import annotations

import ast
import os
import re
import sys
import tomllib

import pytest
import yaml

from tests.packaging.environments import ROOT

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
FLOOR = tuple(int(part) for part in PYPROJECT["project"]["requires-python"].removeprefix(">=").split("."))


def test_the_floor_is_said_alike_everywhere():
    dotted = ".".join(map(str, FLOOR))
    assert PYPROJECT["tool"]["ruff"]["target-version"] == "py" + "".join(map(str, FLOOR))
    versions = [c.rsplit(" :: ", 1)[1] for c in PYPROJECT["project"]["classifiers"] if re.search(r":: 3\.\d+$", c)]
    assert versions[0] == dotted
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert action["inputs"]["python-version"]["default"] == dotted
    assert f"--python-version {dotted}" in (ROOT / "requirements.lock").read_text(encoding="utf-8")


def test_the_code_is_written_in_the_floors_grammar():
    for path in sorted((ROOT / "factcheck").rglob("*.py")):
        ast.parse(path.read_bytes(), str(path), feature_version=FLOOR)  # a SyntaxError names the file


@pytest.mark.skipif(
    os.environ.get("CI") != "true", reason="CI runs the suite on the floor; elsewhere any Python will do"
)
def test_ci_runs_on_the_floor():
    assert sys.version_info[:2] == FLOOR
