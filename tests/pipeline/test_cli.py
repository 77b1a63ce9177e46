"""The report and claims commands, end to end through the command line."""

import json
import subprocess
import sys

import pandas as pd
import pytest

from tests.conftest import ROOT, SEEDS

TOPICS = ROOT / "tests" / "corpus" / "topics"


def factcheck(*args, cwd=ROOT):
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "NO_COLOR": "1"},
    )


def test_json_report_is_what_the_scorer_reads():
    result = factcheck("report", SEEDS, "--format", "json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert {f["rule"] for f in report["findings"]} == {"FC101", "FC202"}
    for finding in report["findings"]:
        assert {"rule", "severity", "message", "event"} <= finding.keys()
        for evidence in finding["evidence"]:
            assert {"doc", "line", "column", "text", "sentence"} <= evidence.keys()
    assert [d["status"] for d in report["documents"]] == ["checked"] * 5


def test_text_report_groups_findings_by_event():
    result = factcheck("report", SEEDS)
    assert result.returncode == 0
    assert "ERROR FC101 date-conflict" in result.stdout and "WARNING FC202 place-uncertain" in result.stdout
    assert "5 documents checked, 0 skipped" in result.stdout


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_claims_export(tmp_path, fmt):
    out = tmp_path / f"claims.{fmt}"
    result = factcheck("claims", TOPICS, "--format", fmt, "-o", out)
    assert result.returncode == 0, result.stderr
    table = {"csv": pd.read_csv, "jsonl": lambda p: pd.read_json(p, lines=True), "parquet": pd.read_parquet}[fmt](out)
    assert {"claim_id", "event_type", "time_value", "place_key", "quantity_value", "modality"} <= set(table.columns)
    assert (table["event_type"] == "win").sum() >= 5


def test_claims_schema_is_documented():
    result = factcheck("claims", "--schema")
    assert result.returncode == 0 and "time_granularity" in result.stdout


def test_missing_path_is_a_one_line_error_with_exit_2(tmp_path):
    result = factcheck("report", tmp_path / "nowhere")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"factcheck: error: {tmp_path / 'nowhere'}: no such file or directory"
    ]
    assert "Traceback" not in result.stderr
