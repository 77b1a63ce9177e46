"""requirements.lock pins every requirement of pyproject.toml within its range: a dependency added
or changed without `make lock` fails here, by name, rather than as an ImportError somewhere else."""

from __future__ import annotations

import re
import tomllib

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.packaging.environments import ROOT

PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
LOCKED_EXTRAS = ("test", "dev", "dask")  # the extras `make lock` resolves


def pins() -> dict[str, set[str]]:
    """Each locked package's versions (one per supported Python, or several where markers split it)."""
    found: dict[str, set[str]] = {}
    text = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    for name, version in re.findall(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)", text, re.M):
        found.setdefault(canonicalize_name(name), set()).add(version)
    return found


def test_every_requirement_of_pyproject_is_pinned_within_its_range():
    locked = pins()
    wanted = [
        *PROJECT["dependencies"],
        *(r for extra in LOCKED_EXTRAS for r in PROJECT["optional-dependencies"][extra]),
    ]
    for requirement in map(Requirement, wanted):
        versions = locked.get(canonicalize_name(requirement.name))
        assert versions, f"{requirement.name} is not in requirements.lock: run `make lock`"
        outside = sorted(v for v in versions if not requirement.specifier.contains(v, prereleases=True))
        assert not outside, (
            f"requirements.lock pins {requirement.name} {outside}, outside {requirement}: run `make lock`"
        )
