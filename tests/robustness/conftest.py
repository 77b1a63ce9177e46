"""Fixtures for the robustness tests: bad files on disk, the command line run in-process, fuzz sizes.

`bench/fuzz.py` runs the property tests again with FACTCHECK_FUZZ_EXAMPLES set, so the same
properties get a long, randomised run outside `make test`.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from factcheck.cli import main
from tests.conftest import SEEDS
from tests.robustness.bad_inputs import BAD_FILES, GOOD_FILE

_FUZZ_EXAMPLES = int(os.environ.get("FACTCHECK_FUZZ_EXAMPLES", "0"))


def _register(name: str, examples: int) -> None:
    """A profile with `examples` in `make test` (fixed seed, no database) and the fuzz size in a fuzz run."""
    fuzzing = _FUZZ_EXAMPLES > 0
    settings.register_profile(
        name,
        max_examples=_FUZZ_EXAMPLES if fuzzing else examples,
        derandomize=not fuzzing,
        database=None,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


_register("robustness-fast", 150)  # properties of pure functions on small inputs
_register("robustness-pipeline", 12)  # the whole pipeline with the statistical model


@pytest.fixture
def mixed_corpus(tmp_path: Path) -> Path:
    """A directory with one real article, every bad file, a link out of the root and a link loop."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_bytes((SEEDS / GOOD_FILE).read_bytes())
    for name, data in BAD_FILES.items():
        (corpus / name).write_bytes(data)
    outside = tmp_path / "outside.txt"
    outside.write_text("A secret outside the corpus root, which must not be read at all.\n")
    (corpus / "escape.txt").symlink_to(outside)
    (corpus / "loop.txt").symlink_to(corpus / "loop.txt")
    return corpus


@dataclass(frozen=True)
class Run:
    code: int
    stdout: str
    stderr: str


@pytest.fixture
def cli(capsys, monkeypatch, tmp_path_factory):
    """Run `factcheck ARGS...` in this process (the model stays loaded): -> Run(code, stdout, stderr).

    Each run starts in a new empty directory, so no configuration file or cache is shared.
    """

    def run(*args) -> Run:
        monkeypatch.chdir(tmp_path_factory.mktemp("cwd"))
        monkeypatch.setattr(sys, "argv", ["factcheck", *map(str, args)])
        with pytest.raises(SystemExit) as stopped:
            main()
        captured = capsys.readouterr()
        return Run(stopped.value.code or 0, captured.out, captured.err)

    return run
