"""A long fuzz run: the robustness properties with many random examples.

    python bench/fuzz.py [--examples N]

Runs tests/robustness/test_fuzz_properties.py with FACTCHECK_FUZZ_EXAMPLES=N (random seeds, where
`make test` uses a fixed seed and few examples), and the temporal tagger's own properties
(tests/temporal/test_robustness.py, at their own sizes), and prints, per property, the examples
tried and the crashes found. Exit code 1 if any property failed.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROPERTIES = ("tests/robustness/test_fuzz_properties.py", "tests/temporal/test_robustness.py")
# `--hypothesis-show-statistics` prints, per property and phase:
#   tests/...py::test_loader_accepts_any_bytes:
#     - during generate phase (1.2 seconds):
#       - 150 passing, 0 failing, and 23 invalid test cases
# Examples tried are counted in the reuse and generate phases (shrinking retries a failure).
_TEST = re.compile(r"^\S+::(test_\w+):\s*$")
_PHASE = re.compile(r"during (\w+) phase")
_COUNTS = re.compile(r"(\d+) passing, (\d+) failing")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=5000, help="examples per property (default 5000)")
    parser.add_argument(
        "--pipeline-examples",
        type=int,
        default=500,
        help="examples for the whole-pipeline property, which runs the model (default 500)",
    )
    args = parser.parse_args()
    results = {}
    started = time.perf_counter()
    for selection, examples in (("not pipeline", args.examples), ("pipeline", args.pipeline_examples)):
        results.update(_run(selection, examples))
    seconds = time.perf_counter() - started
    print(f"{'property':<50} {'examples':>9} {'crashes':>8}")
    for test, (tried, crashes) in results.items():
        print(f"{test:<50} {tried:>9} {crashes:>8}")
    tried, crashes = (sum(column) for column in zip(*results.values()))
    print(f"{'total':<50} {tried:>9} {crashes:>8}   ({seconds:.0f} s, Python {sys.version.split()[0]})")
    return 1 if crashes else 0


def _run(selection: str, examples: int) -> dict[str, tuple[int, int]]:
    """Run the selected properties; -> {test: (examples tried, crashes found)}."""
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            *PROPERTIES,
            "-k",
            selection,
            "--hypothesis-show-statistics",
        ],
        cwd=ROOT,
        env={**os.environ, "FACTCHECK_FUZZ_EXAMPLES": str(examples)},
        capture_output=True,
        text=True,
    )
    results: dict[str, tuple[int, int]] = {}
    test = phase = None
    for line in done.stdout.splitlines():
        if match := _TEST.match(line):
            test = match.group(1)
            results.setdefault(test, (0, 0))
        elif match := _PHASE.search(line):
            phase = match.group(1)
        elif test and phase in ("reuse", "generate") and (match := _COUNTS.search(line)):
            passing, failing = map(int, match.groups())
            tried, crashes = results[test]
            results[test] = (tried + passing + failing, crashes + failing)
    failed = set(re.findall(r"^FAILED \S+::(test_\w+)", done.stdout, re.M))
    for test in failed:  # a failure hypothesis reports without statistics still counts
        tried, crashes = results.get(test, (0, 0))
        results[test] = (tried, max(crashes, 1))
    if failed or done.returncode not in (0, 5):
        print(done.stdout[-6000:], file=sys.stderr)
    return results


if __name__ == "__main__":
    sys.exit(main())
