"""`factcheck baseline write|prune`: record today's findings, and drop the entries that went stale."""

from __future__ import annotations

from pathlib import Path

import typer

from factcheck.baseline import baseline_text, load_baseline, pruned_text
from factcheck.changes import scope
from factcheck.cli.app import app
from factcheck.cli.common import ConfigOption, NoCacheOption, OptionalPathsArgument, QuietOption, settings, write_atomic
from factcheck.cli.run import checked_report

DEFAULT_BASELINE = "factcheck-baseline.json"

baseline_app = typer.Typer(
    help="Record known findings in a baseline file, so `check --baseline` hides them.", no_args_is_help=True
)
app.add_typer(baseline_app, name="baseline")

BaselineFileOption = typer.Option(
    None, "--baseline", "-b", help=f"The baseline file (config: baseline; default: {DEFAULT_BASELINE})."
)


def _command(prune: bool):
    """`baseline write` or `baseline prune`: the same inputs, a different file written."""

    def command(
        paths: list[Path] | None = OptionalPathsArgument,
        baseline: Path | None = BaselineFileOption,
        config_file: Path | None = ConfigOption,
        no_cache: bool = NoCacheOption,
        quiet: bool = QuietOption,
    ) -> None:
        config = settings(config_file, baseline=(baseline, "--baseline"))
        target = config.path("baseline") or config.root / DEFAULT_BASELINE
        known = load_baseline(target) if prune else None
        report, _ = checked_report(
            config, scope(list(paths or []), config, None).corpus, no_cache=no_cache, quiet=quiet
        )
        if known is None:
            write_atomic(target, baseline_text(report, report.findings))
            note = f"recorded {len(report.findings)} findings"
        else:
            _, _, stale = known.split(report, report.findings)
            write_atomic(target, pruned_text(known, stale))
            note = f"removed {len(stale)} stale entries, {len(known.entries) - len(stale)} kept"
        if not quiet:
            typer.echo(f"factcheck: {target}: {note}", err=True)

    return command


baseline_app.command("write", help="Record every current finding (after suppression comments) in the baseline file.")(
    _command(prune=False)
)
baseline_app.command("prune", help="Remove the baseline entries whose findings no longer occur.")(_command(prune=True))
