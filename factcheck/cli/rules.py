"""`factcheck rules`: the checks and their documentation, and the rule files' own examples."""

from __future__ import annotations

import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from factcheck.catalogue import CHECKS, find_check
from factcheck.cli.app import app
from factcheck.cli.common import (
    ConfigOption,
    ExtendSelectOption,
    IgnoreOption,
    ModelOption,
    NoBuiltinRulesOption,
    RulesOption,
    SelectOption,
    config_rules,
    read_rules,
    selection_of,
    selection_overrides,
    settings,
)
from factcheck.errors import FactcheckError

rules_app = typer.Typer(help="List the checks, explain one, or test the rule files' examples.", no_args_is_help=True)
app.add_typer(rules_app, name="rules")


@rules_app.command("list")
def list_checks(
    config_file: Path | None = ConfigOption,
    select: list[str] | None = SelectOption,
    extend_select: list[str] | None = ExtendSelectOption,
    ignore: list[str] | None = IgnoreOption,
    rules: list[Path] | None = RulesOption,
    no_builtin_rules: bool = NoBuiltinRulesOption,
) -> None:
    """Every check with its id, name, whether it runs and why, its severity in force and summary."""
    config = settings(
        config_file,
        rules=(rules, "--rules"),
        builtin_rules=(False if no_builtin_rules else None, "--no-builtin-rules"),
        **selection_overrides(select, extend_select, ignore, None),
    )
    ruleset, selection = config_rules(config), selection_of(config)
    table = Table(box=None, header_style="bold")
    for column in ("id", "name", "active", "severity", "why"):
        table.add_column(column, no_wrap=True)
    table.add_column("summary")
    for check in CHECKS.values():
        status = selection.status(check.id)
        severity = ruleset.severity(check.id) if status.active else "off"
        table.add_row(check.id, check.name, "yes" if status.active else "no", severity, status.reason, check.summary)
    Console(width=None if sys.stdout.isatty() else 240).print(table)


@rules_app.command("explain")
def explain(check: str = typer.Argument(..., help="A check id (FC101) or name (date-conflict).")) -> None:
    """The documentation of one check: what it finds, why, and an example."""
    found = find_check(check)
    if found is None:
        raise FactcheckError(f"unknown check {check!r} (see `factcheck rules list`)")
    typer.echo(f"{found.id} {found.name} (default severity: {found.default})\n")
    typer.echo(f"{found.summary}\n\nWhy: {found.rationale}\n\nExample: {found.example}")


@rules_app.command("test")
def test_examples(
    rules: list[Path] | None = RulesOption,
    no_builtin_rules: bool = NoBuiltinRulesOption,
    model: str | None = ModelOption,
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print failures only."),
) -> None:
    """Check the examples the rule files carry; exit 1 if any fails."""
    from factcheck.extract import load_model
    from factcheck.rules.examples import check_examples

    ruleset = read_rules(rules, no_builtin_rules)
    results = check_examples(ruleset, load_model(model))
    for result in results:
        if not (quiet and result.passed):
            typer.echo(str(result))
    failed = sum(not r.passed for r in results)
    typer.echo(f"{len(results)} examples, {failed} failed", err=True)
    raise typer.Exit(1 if failed else 0)
