"""The command line: the only layer that reads files and writes output."""

from factcheck.cli import baseline, check, claims, config, dates, report, rules, stories  # noqa: F401  (each module registers its command)
from factcheck.cli.app import app, main

__all__ = ["app", "main"]
