"""`factcheck report`: the contradictions in a corpus, for a person or a program."""

from __future__ import annotations

from pathlib import Path

import typer

from factcheck.cli.app import app
from factcheck.cli.common import (
    ModelOption,
    NoBuiltinRulesOption,
    NoCacheOption,
    NoColorOption,
    OutputOption,
    PathsArgument,
    PublishedOption,
    RulesOption,
    Severity,
    emit,
    extract,
    read_corpus,
    read_rules,
    use_color,
)
from factcheck.pipeline import analyse
from factcheck.report import RenderOptions, formats, render


@app.command()
def report(
    paths: list[Path] = PathsArgument,
    format: str = typer.Option(
        "text", "--format", "-f", help="Output format: text, json, jsonl, or any other registered renderer."
    ),
    rules: list[Path] | None = RulesOption,
    no_builtin_rules: bool = NoBuiltinRulesOption,
    published: str | None = PublishedOption,
    model: str | None = ModelOption,
    min_severity: Severity = typer.Option(
        Severity.info, "--min-severity", help="Show findings at or above this severity."
    ),
    output: Path | None = OutputOption,
    no_color: bool = NoColorOption,
    no_cache: bool = NoCacheOption,
) -> None:
    """Extract dated claims, align them into events and report the contradictions."""
    if format not in formats():
        raise typer.BadParameter(f"{format!r} is not one of: {', '.join(formats())}", param_hint="--format")
    ruleset = read_rules(rules, no_builtin_rules)
    corpus = read_corpus(paths, published)
    result = analyse(corpus, ruleset, extract(corpus, ruleset, model, **({"cache": None} if no_cache else {})))
    options = RenderOptions(
        color=use_color(no_color) and output is None,
        min_severity=min_severity.value,
        links_from=output.resolve().parent if output else None,
    )
    emit(render(result, format, options), output)
