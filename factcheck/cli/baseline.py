"""`factcheck baseline write|prune`: record today's findings, and drop the entries that went stale."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from factcheck.baseline import baseline_text, load_baseline, pruned_text
from factcheck.changes import scope
from factcheck.cli.app import app
from factcheck.cli.check import checked_report
from factcheck.cli.common import ConfigOption, NoCacheOption, OptionalPathsArgument, QuietOption, settings, write_atomic
from factcheck.config import Config

DEFAULT_BASELINE = "factcheck-baseline.json"

baseline_app = typer.Typer(help="Record known findings in a baseline file, so `check --baseline` hides them.", no_args_is_help=True)
app.add_typer(baseline_app, name="baseline")

BaselineFileOption = typer.Option(None, "--baseline", "-b", help=f"The baseline file [config: baseline; default: {DEFAULT_BASELINE}].")


@baseline_app.command("write")
def write(
    paths: Optional[list[Path]] = OptionalPathsArgument,
    baseline: Optional[Path] = BaselineFileOption,
    config_file: Optional[Path] = ConfigOption,
    no_cache: bool = NoCacheOption,
    quiet: bool = QuietOption,
) -> None:
    """Record every current finding (after suppression comments) in the baseline file."""
    config = settings(config_file, baseline=(baseline, "--baseline"))
    report, _ = checked_report(config, scope(list(paths or []), config, None).corpus, no_cache=no_cache, quiet=quiet)
    target = _baseline_path(config)
    write_atomic(target, baseline_text(report, report.findings))
    if not quiet:
        typer.echo(f"factcheck: {target}: recorded {len(report.findings)} findings", err=True)


@baseline_app.command("prune")
def prune(
    paths: Optional[list[Path]] = OptionalPathsArgument,
    baseline: Optional[Path] = BaselineFileOption,
    config_file: Optional[Path] = ConfigOption,
    no_cache: bool = NoCacheOption,
    quiet: bool = QuietOption,
) -> None:
    """Remove the baseline entries whose findings no longer occur."""
    config = settings(config_file, baseline=(baseline, "--baseline"))
    known = load_baseline(_baseline_path(config))
    report, _ = checked_report(config, scope(list(paths or []), config, None).corpus, no_cache=no_cache, quiet=quiet)
    _, _, stale = known.split(report, report.findings)
    write_atomic(known.path, pruned_text(known, stale))
    if not quiet:
        typer.echo(f"factcheck: {known.path}: removed {len(stale)} stale entries, {len(known.entries) - len(stale)} kept", err=True)


def _baseline_path(config: Config) -> Path:
    return config.path("baseline") or config.root / DEFAULT_BASELINE
