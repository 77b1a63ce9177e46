"""`factcheck stories`: the articles grouped by the incident they report."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path

import typer

from factcheck.cli.app import app
from factcheck.cli.common import (
    ModelOption,
    NoBuiltinRulesOption,
    NoCacheOption,
    OutputOption,
    PathsArgument,
    PublishedOption,
    RulesOption,
    emit,
    extract,
    read_corpus,
    read_rules,
)
from factcheck.stories import Stories, find_stories


class StoriesFormat(StrEnum):
    text = "text"
    json = "json"


@app.command()
def stories(
    paths: list[Path] = PathsArgument,
    format: StoriesFormat = typer.Option(StoriesFormat.text, "--format", "-f", help="Output format."),
    rules: list[Path] | None = RulesOption,
    no_builtin_rules: bool = NoBuiltinRulesOption,
    published: str | None = PublishedOption,
    model: str | None = ModelOption,
    output: Path | None = OutputOption,
    no_cache: bool = NoCacheOption,
) -> None:
    """List the stories: each set of articles that report one real-world incident."""
    ruleset = read_rules(rules, no_builtin_rules)
    corpus = read_corpus(paths, published)
    claims = extract(corpus, ruleset, model, **({"cache": None} if no_cache else {}))
    found = find_stories(corpus.documents, claims, ruleset)
    emit(_json(found) if format is StoriesFormat.json else _text(found), output)


def _text(found: Stories) -> str:
    lines = []
    for story in found:
        lines.append(f"{story.id} ({len(story.documents)} articles): {story.label}")
        lines.extend(f"  {document}" for document in story.documents)
    return "\n".join(lines) + "\n"


def _json(found: Stories) -> str:
    return json.dumps([story.to_dict() for story in found], indent=2, ensure_ascii=False) + "\n"
