"""The sdist and the wheel built from it carry everything factcheck reads at run time: installed
offline into a new virtual environment, the wheel reports the seed corpus's two findings."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.gold import score
from tests.packaging.environments import ROOT, OfflineVenv, checkout

pytestmark = pytest.mark.packaging

SEEDS = ROOT / "data" / "seeds"
GOLD = ROOT / "tests" / "corpus" / "seeds-gold.yaml"


def build(hook: str, source: Path, out: Path) -> Path:
    """Call a PEP 517 hook of the build backend, as a build frontend would, and return what it built."""
    out.mkdir(exist_ok=True)
    code = f"import sys, setuptools.build_meta as backend; print(backend.{hook}(sys.argv[1]))"
    result = subprocess.run(
        [sys.executable, "-c", code, str(out)], cwd=source, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    return out / result.stdout.splitlines()[-1]


def test_the_wheel_built_from_the_sdist_reports_the_seed_findings_offline(tmp_path):
    sdist = build("build_sdist", checkout(tmp_path / "checkout"), tmp_path / "dist")
    shutil.unpack_archive(sdist, tmp_path / "unpacked", filter="data")
    [source] = (tmp_path / "unpacked").iterdir()
    wheel = build("build_wheel", source, tmp_path / "dist")
    venv = OfflineVenv(tmp_path / "venv")
    work = tmp_path / "work"
    shutil.copytree(SEEDS, work / "data" / "seeds")

    venv.pip_install(wheel, cwd=work)
    result = venv.run("factcheck", "report", "data/seeds", "--format", "json", cwd=work)

    assert result.returncode == 0, result.stderr
    missed, _ = score(GOLD, json.loads(result.stdout))  # precision is tests/pipeline/test_seeds.py's
    assert missed == []
    assert venv.where("factcheck", cwd=work).is_relative_to(venv.purelib)
