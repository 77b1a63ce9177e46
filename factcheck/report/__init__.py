"""The report stage: renderers that turn a Report into text for people or machines.

Each format is a function `render(report, options) -> str` registered under its name;
only this layer formats.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from factcheck.compare import Finding
from factcheck.pipeline import Report

SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


@dataclass(frozen=True)
class RenderOptions:
    color: bool = False
    width: int = 100
    min_severity: str = "info"
    links_from: Path | None = None  # the directory the output is written to, for relative links
    fail_on: str = "error"  # the lowest severity that fails the run (JUnit counts only those as failures)
    root: Path | None = None  # the repository root, which SARIF URIs are relative to (None: the working directory)


Renderer = Callable[[Report, RenderOptions], str]
RENDERERS: dict[str, Renderer] = {}


def renderer(name: str) -> Callable[[Renderer], Renderer]:
    """Register a renderer under a format name."""

    def register(function: Renderer) -> Renderer:
        RENDERERS[name] = function
        return function

    return register


def render(report: Report, format: str, options: RenderOptions | None = None) -> str:
    _load_renderers()
    return RENDERERS[format](report, options or RenderOptions())


def formats() -> list[str]:
    _load_renderers()
    return sorted(RENDERERS)


def shown(report: Report, options: RenderOptions) -> list[Finding]:
    """The findings at or above the display threshold, most severe first (in their order within a severity)."""
    floor = SEVERITY_RANK[options.min_severity]
    kept = [f for f in report.findings if SEVERITY_RANK[f.severity] >= floor]
    return sorted(kept, key=lambda f: -SEVERITY_RANK[f.severity])


def outlier_first(finding: Finding) -> Finding:
    """The finding with the outlier's evidence first: every renderer places a finding on its first
    evidence, and a full-corpus conflict belongs on the one article that disagrees."""
    if finding.outlier is None:
        return finding
    ordered = sorted(finding.evidence, key=lambda e: e.doc != finding.outlier)
    return replace(finding, evidence=tuple(ordered))


def _load_renderers() -> None:
    """Import every module of this package: importing a renderer module registers it."""
    import importlib
    import pkgutil

    for module in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{module.name}")
