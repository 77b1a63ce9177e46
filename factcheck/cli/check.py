"""`factcheck check`: the corpus as a CI gate, exit 0 when clean, 1 when a finding reaches the fail level.

Findings pass through suppression comments, then the baseline, then the pull-request filter
(only findings involving changed documents); the exit code is decided on what is left.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import typer
from typer.models import OptionInfo

from factcheck.baseline import load_baseline
from factcheck.changes import Scope, git_root, scope
from factcheck.cli.app import app
from factcheck.cli.common import (
    ConfigOption,
    EngineOption,
    ExtendSelectOption,
    IgnoreOption,
    JobsOption,
    ModelOption,
    NoBuiltinRulesOption,
    NoCacheOption,
    NoColorOption,
    OptionalPathsArgument,
    OutputOption,
    PerFileIgnoresOption,
    PublishedOption,
    QuietOption,
    RulesOption,
    SchedulerOption,
    SelectOption,
    Severity,
    StdinFilenameOption,
    VerboseOption,
    corpus_overrides,
    emit,
    selection_overrides,
    settings,
    use_color,
)
from factcheck.cli.run import Stdin, checked_report, stdin_of
from factcheck.config import Config
from factcheck.pipeline import Report
from factcheck.report import SEVERITY_RANK, RenderOptions, formats, render

FORMATS = "concise, full, json, jsonl, github, sarif, junit, markdown"


def format_option(default: str) -> OptionInfo:
    return typer.Option(
        default,
        "--format",
        "--output-format",
        "-f",
        help=f"Output format: {FORMATS}, or any other registered renderer (text is full).",
    )


@app.command()
def check(
    paths: list[Path] | None = OptionalPathsArgument,
    format: str = format_option("concise"),
    output: Path | None = OutputOption,
    config_file: Path | None = ConfigOption,
    fail_on: Severity | None = typer.Option(
        None, "--fail-on", help="Exit 1 when a finding reaches this severity (config: fail-on; default: error)."
    ),
    min_severity: Severity | None = typer.Option(
        None, "--min-severity", help="Show findings at or above this severity (config: min-severity; default: info)."
    ),
    exit_zero: bool = typer.Option(False, "--exit-zero", help="Exit 0 even when findings reach the fail level."),
    baseline: str | None = typer.Option(
        None,
        "--baseline",
        help='Hide the findings recorded in this baseline file (config: baseline); "" for none.',
    ),
    no_baseline: bool = typer.Option(
        False, "--no-baseline", help="Hide nothing, whatever the configuration's baseline."
    ),
    changed_since: str | None = typer.Option(
        None,
        "--changed-since",
        metavar="REV",
        help="Report only findings involving documents changed since this git revision.",
    ),
    select: list[str] | None = SelectOption,
    extend_select: list[str] | None = ExtendSelectOption,
    ignore: list[str] | None = IgnoreOption,
    per_file_ignores: list[str] | None = PerFileIgnoresOption,
    stdin_filename: Path | None = StdinFilenameOption,
    rules: list[Path] | None = RulesOption,
    no_builtin_rules: bool = NoBuiltinRulesOption,
    published: str | None = PublishedOption,
    model: str | None = ModelOption,
    jobs: int = JobsOption,
    engine: str | None = EngineOption,
    scheduler: str | None = SchedulerOption,
    no_cache: bool = NoCacheOption,
    no_color: bool = NoColorOption,
    quiet: bool = QuietOption,
    verbose: bool = VerboseOption,
) -> None:
    """Check a corpus as a CI gate: exit 0 clean, 1 findings at the fail level, 2 usage or input error."""
    check_format(format)
    if no_baseline and baseline:
        raise typer.BadParameter("--baseline and --no-baseline exclude each other", param_hint="--no-baseline")
    no_baseline = no_baseline or baseline == ""
    config = settings(
        config_file,
        fail_on=(fail_on and fail_on.value, "--fail-on"),
        min_severity=(min_severity and min_severity.value, "--min-severity"),
        baseline=(baseline or None, "--baseline"),
        **corpus_overrides(rules, no_builtin_rules, published, model, engine, scheduler),
        **selection_overrides(select, extend_select, ignore, per_file_ignores),
    )
    paths, stdin = stdin_of(list(paths or []), stdin_filename)
    where = _scope(paths, config, changed_since, stdin)
    report, suppressed = checked_report(
        config, where.corpus, no_cache=no_cache, quiet=quiet, jobs=jobs, stdin=stdin, verbose=verbose
    )
    findings, hidden = report.findings, 0
    if config["baseline"] is not None and not no_baseline:
        known = load_baseline(config.path("baseline"))
        findings, hidden, stale = known.split(report, findings)
        if stale and not quiet:
            typer.echo(
                f"factcheck: warning: {known.path}: {len(stale)} stale baseline entries (their findings are gone); "
                "remove them with `factcheck baseline prune`",
                err=True,
            )
    findings = [where.changed_first(f) for f in findings if where.involves(f)]
    result = replace(report, findings=findings)
    options = render_options(config, no_color, output)
    emit(render(result, format, options), output)
    summary_file = os.environ.get("GITHUB_STEP_SUMMARY")
    if format == "github" and summary_file:
        _append_summary(Path(summary_file), render(result, "markdown", options))
    failing = [f for f in findings if SEVERITY_RANK[f.severity] >= SEVERITY_RANK[config["fail-on"]]]
    if not quiet and (format not in TEXT_FORMATS or suppressed or hidden):
        typer.echo(_summary(result, suppressed, hidden, len(failing), config["fail-on"]), err=True)
    if failing and not exit_zero:
        raise typer.Exit(1)


TEXT_FORMATS = ("concise", "full", "text")


def check_format(format: str) -> None:
    if format not in formats():
        raise typer.BadParameter(f"{format!r} is not one of: {', '.join(formats())}", param_hint="--output-format")


def render_options(config: Config, no_color: bool, output: Path | None) -> RenderOptions:
    return RenderOptions(
        color=use_color(no_color) and output is None,
        min_severity=config["min-severity"],
        fail_on=config["fail-on"],
        links_from=output.resolve().parent if output else None,
        root=git_root(Path.cwd()) or config.root,
    )


def _scope(paths: list[Path], config: Config, changed_since: str | None, stdin: Stdin | None) -> Scope:
    """What to read and report; standard input's document is reported alone, like a file named."""
    where = scope(paths, config, changed_since)
    if stdin is None:
        return where
    own = frozenset({Path(stdin.name).resolve()})
    return Scope(where.corpus, own if where.changed is None else where.changed & own)


def _append_summary(path: Path, markdown: str) -> None:
    """Add the table to the GitHub job summary; the annotations are out already, so a summary
    file that cannot be written is a warning, not a failure."""
    try:
        with path.open("a", encoding="utf-8") as handle:
            handle.write(markdown)
    except OSError as error:
        typer.echo(f"factcheck: warning: {path}: job summary not written: {error.strerror or error}", err=True)


def _summary(report: Report, suppressed: int, hidden: int, failing: int, fail_on: str) -> str:
    counts = report.counts()
    notes = [f"{n} {what}" for n, what in ((suppressed, "suppressed"), (hidden, "hidden by the baseline")) if n]
    return (
        f"factcheck: {counts['error']} errors, {counts['warning']} warnings, {counts['info']} info"
        + (f" ({', '.join(notes)})" if notes else "")
        + f"; {failing} at or above --fail-on {fail_on}"
    )
