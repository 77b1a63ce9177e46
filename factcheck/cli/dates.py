"""`factcheck dates`: list every temporal expression in the articles, as a table or JSON."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from factcheck.cli.app import app
from factcheck.cli.common import PathsArgument, PublishedOption, read_corpus
from factcheck.corpus import Document
from factcheck.temporal import Timex, tag


class DatesFormat(StrEnum):
    text = "text"
    json = "json"


def document_dates(document: Document) -> list[Timex]:
    """The document's temporal expressions, article paragraphs only, offsets into its text."""
    paragraphs = [(paragraph.start, paragraph.end) for paragraph in document.article]
    return tag(document.text, document.published, paragraphs=paragraphs)


def date_records(documents: list[Document]) -> list[dict]:
    """One JSON-ready record per temporal expression (the schema is in docs/dates.md)."""
    records = []
    for document in documents:
        for timex in document_dates(document):
            line, column = document.line_col(timex.start)
            records.append(
                {
                    "document": document.name,
                    "published": document.published.isoformat() if document.published else None,
                    "start": timex.start,
                    "end": timex.end,
                    "line": line,
                    "column": column,
                    "text": timex.text,
                    "type": timex.type,
                    "value": timex.value,
                    "granularity": timex.granularity,
                    "anchor": timex.anchor,
                    "anchored": timex.anchored,
                    "begin": timex.begin.isoformat() if timex.begin else None,
                    "until": timex.until.isoformat() if timex.until else None,
                }
            )
    return records


@app.command()
def dates(
    paths: list[Path] = PathsArgument,
    published: str | None = PublishedOption,
    format: DatesFormat = typer.Option(DatesFormat.text, "--format", "-f", help="text (a table) or json (one list)."),
) -> None:
    """List the temporal expressions of the articles with their TIMEX3 values."""
    records = date_records(list(read_corpus(paths, published).documents))
    if format is DatesFormat.json:
        typer.echo(json.dumps(records, ensure_ascii=False, indent=1))
        return
    table = Table("document", "line:col", "text", "type", "value", "granularity", "anchor")
    for r in records:
        table.add_row(
            r["document"], f"{r['line']}:{r['column']}", r["text"], r["type"], r["value"], r["granularity"], r["anchor"]
        )
    # Piped output is not cut to 80 columns: it is read by other tools or by people in a pager.
    Console(width=None if sys.stdout.isatty() else 240).print(table)
