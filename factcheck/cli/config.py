"""`factcheck config`: the settings in force and where each one came from."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from factcheck.cli.app import app
from factcheck.cli.common import ConfigOption
from factcheck.config import SETTINGS, load_config


class ConfigFormat(StrEnum):
    text = "text"
    json = "json"


@app.command("config")
def show_config(
    config_file: Path | None = ConfigOption,
    format: ConfigFormat = typer.Option(ConfigFormat.text, "--format", "-f", help="text (a table) or json."),
) -> None:
    """Show the settings in force, each with its source: default, or FILE:LINE."""
    config = load_config(config_file)
    if format is ConfigFormat.json:
        data = {
            "file": str(config.file) if config.file else None,
            "root": str(config.root),
            "settings": {name: {"value": _plain(s.value), "source": s.source} for name, s in config.settings.items()},
        }
        typer.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    typer.echo(f"configuration file: {config.file or 'none (defaults)'}")
    typer.echo(f"project root: {config.root}")
    table = Table("setting", "value", "source", "meaning")
    for name, setting in config.settings.items():
        table.add_row(name, json.dumps(_plain(setting.value), ensure_ascii=False), setting.source, SETTINGS[name].help)
    Console(width=None if sys.stdout.isatty() else 200).print(table)


def _plain(value):
    return list(value) if isinstance(value, tuple) else value
