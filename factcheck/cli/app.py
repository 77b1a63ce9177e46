"""The typer application every command module registers on, and the entry point."""

from __future__ import annotations

import gc
import os
import sys

import typer

from factcheck import __version__
from factcheck.errors import FactcheckError

app = typer.Typer(
    name="factcheck",
    help="Find contradictions between news articles: extract dated claims, align events, report conflicts.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _print_version(asked: bool) -> None:
    if asked:
        typer.echo(f"factcheck {__version__}")
        raise typer.Exit(0)


@app.callback()
def _options(
    version: bool = typer.Option(
        False, "--version", "-V", callback=_print_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """Find contradictions between news articles: extract dated claims, align events, report conflicts."""


def fail(message: str) -> None:
    """Print a one-line error to stderr and exit with code 2."""
    typer.echo(f"factcheck: error: {message}", err=True)
    raise typer.Exit(2)


# A run builds tables of hundreds of thousands of long-lived, acyclic objects; at the default
# thresholds the cycle collector re-scans them all many times over, which costs a warm re-check
# of a large corpus a third of its time. Collect rarely instead, as mypy does, with its thresholds.
GC_THRESHOLDS = (200_000, 30, 30)


def main() -> None:
    gc.set_threshold(*GC_THRESHOLDS)
    try:
        app()
    except FactcheckError as error:
        typer.echo(f"factcheck: error: {error}", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as error:  # a bug: still one line, unless the traceback is asked for
        if os.environ.get("FACTCHECK_TRACEBACK"):
            raise
        typer.echo(
            f"factcheck: internal error: {type(error).__name__}: {error} "
            "(run with FACTCHECK_TRACEBACK=1 for the traceback, and please report it)",
            err=True,
        )
        sys.exit(2)
