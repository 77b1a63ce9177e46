"""`factcheck claims`: export the claims table (CSV, JSON lines or Parquet)."""

from __future__ import annotations

import io
import sys
from enum import StrEnum
from pathlib import Path

import typer

from factcheck.claims_table import CLAIM_COLUMNS
from factcheck.cli.app import app
from factcheck.cli.common import (
    ModelOption,
    NoBuiltinRulesOption,
    NoCacheOption,
    OutputOption,
    PublishedOption,
    RulesOption,
    extract,
    read_corpus,
    read_rules,
    write_atomic,
)
from factcheck.errors import FactcheckError


class ClaimsFormat(StrEnum):
    csv = "csv"
    jsonl = "jsonl"
    parquet = "parquet"


@app.command()
def claims(
    paths: list[Path] | None = typer.Argument(
        None, help="Article files or directories (searched recursively for .txt and .md)."
    ),
    schema: bool = typer.Option(False, "--schema", help="Print the table's columns and their meaning, then exit."),
    format: ClaimsFormat = typer.Option(ClaimsFormat.csv, "--format", "-f", help="Output format."),
    rules: list[Path] | None = RulesOption,
    no_builtin_rules: bool = NoBuiltinRulesOption,
    published: str | None = PublishedOption,
    model: str | None = ModelOption,
    output: Path | None = OutputOption,
    no_cache: bool = NoCacheOption,
) -> None:
    """Export the claims table: one row per event mention with a date, place or quantity."""
    if schema:
        for name, (dtype, meaning) in CLAIM_COLUMNS.items():
            typer.echo(f"{name:<20} {dtype:<8} {meaning}")
        return
    if not paths:
        raise typer.BadParameter("give at least one PATH", param_hint="PATHS")
    ruleset = read_rules(rules, no_builtin_rules)
    corpus = read_corpus(paths, published)
    table = extract(corpus, ruleset, model, **({"cache": None} if no_cache else {}))
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
