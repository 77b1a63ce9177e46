"""`factcheck check`: the corpus as a CI gate, exit 0 when clean, 1 when a finding reaches the fail level.

Findings pass through suppression comments, then the baseline, then the pull-request filter
(only findings involving changed documents); the exit code is decided on what is left.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import typer

from factcheck.baseline import load_baseline
from factcheck.cache import ClaimsCache
from factcheck.changes import scope
from factcheck.cli.app import app
from factcheck.cli.common import (
    ConfigOption,
    JobsOption,
    ModelOption,
    NoBuiltinRulesOption,
    NoCacheOption,
    NoColorOption,
    OptionalPathsArgument,
    OutputOption,
    PublishedOption,
    QuietOption,
    RulesOption,
    Severity,
    config_rules,
    emit,
    extract,
    read_corpus,
    settings,
    use_color,
)
from factcheck.cli.preload import preloaded_model
from factcheck.config import Config
from factcheck.corpus import parse_front_matter
from factcheck.pipeline import Report, analyse
from factcheck.report import SEVERITY_RANK, RenderOptions, formats, render
from factcheck.suppressions import find_suppressions, suppress, unused_findings

FORMATS = "text, json, jsonl, github, sarif, junit, markdown"


@app.command()
def check(
    paths: list[Path] | None = OptionalPathsArgument,
    format: str = typer.Option(
        "text", "--format", "-f", help=f"Output format: {FORMATS}, or any other registered renderer."
    ),
    output: Path | None = OutputOption,
    config_file: Path | None = ConfigOption,
    fail_on: Severity | None = typer.Option(
        None, "--fail-on", help="Exit 1 when a finding reaches this severity (config: fail-on; default: error)."
    ),
    min_severity: Severity | None = typer.Option(
        None, "--min-severity", help="Show findings at or above this severity (config: min-severity; default: info)."
    ),
    exit_zero: bool = typer.Option(False, "--exit-zero", help="Exit 0 even when findings reach the fail level."),
    baseline: Path | None = typer.Option(
        None, "--baseline", help="Hide the findings recorded in this baseline file (config: baseline)."
    ),
    changed_since: str | None = typer.Option(
        None,
        "--changed-since",
        metavar="REV",
        help="Report only findings involving documents changed since this git revision.",
    ),
    rules: list[Path] | None = RulesOption,
    no_builtin_rules: bool = NoBuiltinRulesOption,
    published: str | None = PublishedOption,
    model: str | None = ModelOption,
    jobs: int = JobsOption,
    no_cache: bool = NoCacheOption,
    no_color: bool = NoColorOption,
    quiet: bool = QuietOption,
) -> None:
    """Check a corpus as a CI gate: exit 0 clean, 1 findings at the fail level, 2 usage or input error."""
    if format not in formats():
        raise typer.BadParameter(f"{format!r} is not one of: {', '.join(formats())}", param_hint="--format")
    config = settings(
        config_file,
        fail_on=(fail_on and fail_on.value, "--fail-on"),
        min_severity=(min_severity and min_severity.value, "--min-severity"),
        baseline=(baseline, "--baseline"),
        rules=(rules, "--rules"),
        builtin_rules=(False if no_builtin_rules else None, "--no-builtin-rules"),
        published=(published, "--published"),
        model=(model, "--model"),
    )
    where = scope(list(paths or []), config, changed_since)
    report, suppressed = checked_report(config, where.corpus, no_cache=no_cache, quiet=quiet, jobs=jobs)
    findings, hidden = report.findings, 0
    if config["baseline"] is not None:
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
    options = RenderOptions(color=use_color(no_color) and output is None, min_severity=config["min-severity"])
    emit(render(result, format, options), output)
    summary_file = os.environ.get("GITHUB_STEP_SUMMARY")
    if format == "github" and summary_file:
        _append_summary(Path(summary_file), render(result, "markdown", options))
    failing = [f for f in findings if SEVERITY_RANK[f.severity] >= SEVERITY_RANK[config["fail-on"]]]
    if not quiet and (format != "text" or suppressed or hidden):
        typer.echo(_summary(result, suppressed, hidden, len(failing), config["fail-on"]), err=True)
    if failing and not exit_zero:
        raise typer.Exit(1)


def checked_report(
    config: Config, paths: list[Path], *, no_cache: bool, quiet: bool, jobs: int = 0
) -> tuple[Report, int]:
    """The report of the corpus with suppression comments applied (and unused ones reported),
    and how many findings they silenced."""
    ruleset = config_rules(config)
    cache = None if no_cache else ClaimsCache(config.path("cache-dir"), ruleset.sha256, config["model"])
    # With a cache, most documents will not need the model: it loads in a second process meanwhile
    # (unless one process is all that was asked for).
    preloading = cache is not None and cache.path.is_file() and (jobs or os.cpu_count() or 1) > 1
    with preloaded_model(config["model"], ruleset, enabled=preloading) as preload:
        corpus = read_corpus(
            paths,
            config["published"],
            include=config["include"],
            exclude=config["exclude"],
            quiet=quiet,
            max_bytes=config["max-bytes"],
            front_matter=cache.front_matter if cache else parse_front_matter,
        )
        claims = extract(corpus, ruleset, config["model"], jobs, cache=cache, preload=preload, progress=not quiet)
    report = analyse(corpus, ruleset, claims)
    suppressions = [s for document in corpus.documents for s in find_suppressions(document)]
    kept, unused = suppress(report.findings, suppressions)
    documents = {document.name: document for document in corpus.documents}
    return replace(report, findings=kept + unused_findings(unused, documents, ruleset)), len(report.findings) - len(
        kept
    )


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
