"""`factcheck rules`: the checks and their documentation, and the rule files' own examples."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from factcheck.catalogue import CHECKS, find_check
from factcheck.cli.app import app
from factcheck.cli.common import ModelOption, NoBuiltinRulesOption, RulesOption, read_rules
from factcheck.errors import FactcheckError

rules_app = typer.Typer(help="List the checks, explain one, or test the rule files' examples.", no_args_is_help=True)
app.add_typer(rules_app, name="rules")


@rules_app.command("list")
def list_checks(
    rules: list[Path] | None = RulesOption,
    no_builtin_rules: bool = NoBuiltinRulesOption,
) -> None:
    """Every check with its id, name, severity in force and summary."""
    ruleset = read_rules(rules, no_builtin_rules)
    table = Table("id", "name", "severity", "summary", box=None, header_style="bold")
    for check in CHECKS.values():
        table.add_row(check.id, check.name, ruleset.severity(check.id), check.summary)
    Console(soft_wrap=True).print(table)


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
