"""`factcheck claims`: export the claims table (CSV, JSON lines or Parquet)."""

from __future__ import annotations

import io
import sys
from enum import StrEnum
from pathlib import Path

import typer

from factcheck.claims_table import ALIGNED_COLUMNS, CLAIM_COLUMNS
from factcheck.cli.app import app
from factcheck.cli.common import (
    ConfigOption,
    EngineOption,
    JobsOption,
    ModelOption,
    NoBuiltinRulesOption,
    NoCacheOption,
    OptionalPathsArgument,
    OutputOption,
    PublishedOption,
    QuietOption,
    RulesOption,
    SchedulerOption,
    StdinFilenameOption,
    VerboseOption,
    config_rules,
    corpus_overrides,
    settings,
    write_atomic,
)
from factcheck.cli.run import corpus_claims, stdin_of
from factcheck.errors import FactcheckError
from factcheck.pipeline import analyse


class ClaimsFormat(StrEnum):
    csv = "csv"
    jsonl = "jsonl"
    parquet = "parquet"


@app.command()
def claims(
    paths: list[Path] | None = OptionalPathsArgument,
    schema: bool = typer.Option(False, "--schema", help="Print the table's columns and their meaning, then exit."),
    format: ClaimsFormat = typer.Option(ClaimsFormat.csv, "--format", "-f", help="Output format."),
    rules: list[Path] | None = RulesOption,
    no_builtin_rules: bool = NoBuiltinRulesOption,
    published: str | None = PublishedOption,
    model: str | None = ModelOption,
    output: Path | None = OutputOption,
    config_file: Path | None = ConfigOption,
    stdin_filename: Path | None = StdinFilenameOption,
    jobs: int = JobsOption,
    engine: str | None = EngineOption,
    scheduler: str | None = SchedulerOption,
    no_cache: bool = NoCacheOption,
    quiet: bool = QuietOption,
    verbose: bool = VerboseOption,
) -> None:
    """Export the claims table: one row per event mention with a date, place or quantity, and its event."""
    if schema:
        for name, (dtype, meaning) in {**CLAIM_COLUMNS, **ALIGNED_COLUMNS}.items():
            typer.echo(f"{name:<20} {dtype:<8} {meaning}")
        return
    config = settings(
        config_file,
        **corpus_overrides(rules, no_builtin_rules, published, model, engine, scheduler),
    )
    paths, stdin = stdin_of(list(paths or []), stdin_filename)
    ruleset = config_rules(config)
    corpus, extracted, texts = corpus_claims(
        config,
        ruleset,
        paths or config.paths("paths") or [Path(".")],
        no_cache=no_cache,
        quiet=quiet,
        jobs=jobs,
        stdin=stdin,
        verbose=verbose,
    )
    aligned = analyse(corpus, ruleset, extracted, texts).alignment.claims
    table = aligned[[*CLAIM_COLUMNS, *ALIGNED_COLUMNS]]
    if format is ClaimsFormat.parquet:
        if output is None and sys.stdout.isatty():
            raise FactcheckError("Parquet is binary: give --output FILE or redirect standard output")
        buffer = io.BytesIO()
        table.to_parquet(buffer, index=False)
        data: str | bytes = buffer.getvalue()
    elif format is ClaimsFormat.jsonl:
        data = table.to_json(orient="records", lines=True, force_ascii=False)
    else:
        flat = table.assign(
            **{
                column: table[column].map(lambda items: "; ".join(items))
                for column in ("participants", "participant_kinds", "participant_roles")
            }
        )
        data = flat.to_csv(index=False)
    if output is not None:
        write_atomic(output, data)
    elif isinstance(data, bytes):
        sys.stdout.buffer.write(data)
    else:
        sys.stdout.write(data)
