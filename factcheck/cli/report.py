"""`factcheck report`: the contradictions in a corpus, for a person or a program.

It reads the corpus as `check` does (the same configuration, rule selection and options) but is
no gate: it exits 0 whatever it finds, and shows the full panels by default.
"""

from __future__ import annotations

from pathlib import Path

import typer

from factcheck.cli.app import app
from factcheck.cli.check import check_format, format_option, render_options
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
)
from factcheck.cli.run import checked_report, stdin_of
from factcheck.report import render


@app.command()
def report(
    paths: list[Path] | None = OptionalPathsArgument,
    format: str = format_option("full"),
    output: Path | None = OutputOption,
    config_file: Path | None = ConfigOption,
    min_severity: Severity | None = typer.Option(
        None, "--min-severity", help="Show findings at or above this severity (config: min-severity; default: info)."
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
    """Extract dated claims, align them into events and report the contradictions."""
    check_format(format)
    config = settings(
        config_file,
        min_severity=(min_severity and min_severity.value, "--min-severity"),
        **corpus_overrides(rules, no_builtin_rules, published, model, engine, scheduler),
        **selection_overrides(select, extend_select, ignore, per_file_ignores),
    )
    paths, stdin = stdin_of(list(paths or []), stdin_filename)
    corpus = paths or config.paths("paths") or [Path(".")]
    result, _ = checked_report(config, corpus, no_cache=no_cache, quiet=quiet, jobs=jobs, stdin=stdin, verbose=verbose)
    emit(render(result, format, render_options(config, no_color, output)), output)
