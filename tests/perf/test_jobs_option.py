"""`factcheck check --jobs N` spreads extraction over workers and reports exactly the same."""

from __future__ import annotations

import shutil
from pathlib import Path

from typer.testing import CliRunner

from factcheck.cli.app import app

SEEDS = Path(__file__).resolve().parents[2] / "data" / "seeds"


def test_workers_report_what_one_process_reports(tmp_path, monkeypatch, nlp):
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, tmp_path / seed.name)
    monkeypatch.chdir(tmp_path)
    runs = [
        CliRunner().invoke(app, ["check", "--no-cache", "--quiet", "--jobs", jobs, "--format", "json", "."])
        for jobs in ("1", "2")
    ]
    assert [run.exit_code for run in runs] == [1, 1]
    assert runs[0].stdout == runs[1].stdout and '"FC101"' in runs[0].stdout


def test_jobs_cannot_be_negative(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    run = CliRunner().invoke(app, ["check", "--jobs", "-1", "."])
    assert run.exit_code == 2
