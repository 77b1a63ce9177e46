"""The JSON report is byte-identical across runs, hash seeds and the order the files are given in."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from factcheck.corpus import load_document
from tests.conftest import SEEDS
from tests.robustness.test_fuzz_properties import run_pipeline

FILES = sorted(SEEDS.glob("*.txt"))


def report_in_subprocess(paths: list[Path], hash_seed: str, cwd: Path) -> bytes:
    """The report of a fresh process in its own directory (so no cache is shared between runs)."""
    cwd.mkdir()
    environment = {**os.environ, "PYTHONHASHSEED": hash_seed, "NO_COLOR": "1"}
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "from factcheck.cli import main; main()",
            "report",
            *map(str, paths),
            "--format",
            "json",
            "--output",
            "report.json",
        ],
        cwd=cwd,
        env=environment,
        capture_output=True,
        timeout=600,
    )
    assert done.returncode in (0, 1), done.stderr.decode()
    return (cwd / "report.json").read_bytes()


def test_byte_identical_across_hash_seeds_and_file_orders(tmp_path):
    forward = report_in_subprocess(FILES, "0", tmp_path / "forward")
    backward = report_in_subprocess(FILES[::-1], "4242", tmp_path / "backward")
    assert forward == backward
    assert json.loads(forward)["findings"]  # the seeds do contradict each other


def test_byte_identical_across_two_runs_in_one_process(cli, tmp_path):
    outputs = []
    for paths in (FILES, FILES[1:] + FILES[:1]):
        cli("report", *paths, "--format", "json", "--output", tmp_path / "report.json")
        outputs.append((tmp_path / "report.json").read_bytes())
    assert outputs[0] == outputs[1]


def test_the_order_of_documents_given_to_the_pipeline_does_not_matter(rules, nlp):
    # Found by bench/fuzz.py: the place conflict was told from the other side when reversed.
    florida = b"NASA launched the Artemis satellite on 3 May 2024 from Florida, officials said on Monday."
    texas = b"NASA launched the Artemis satellite on 5 June 2023 from Texas, the agency said in a statement."
    documents = [
        load_document("doc0.txt", florida + b"\n\n" + florida + b"\n" + texas),
        load_document("doc1.txt", florida + b"\n\n" + texas),
    ]
    (_, forward), (_, backward) = run_pipeline(documents, rules, nlp), run_pipeline(documents[::-1], rules, nlp)
    assert forward["findings"] and json.dumps(forward) == json.dumps(backward)
