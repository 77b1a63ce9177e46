"""`factcheck stories`: the articles grouped by the incident they report."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path

import typer

from factcheck.cli.app import app
from factcheck.cli.common import (
    ConfigOption,
    JobsOption,
    ModelOption,
    NoBuiltinRulesOption,
    NoCacheOption,
    OptionalPathsArgument,
    OutputOption,
    PublishedOption,
    QuietOption,
    RulesOption,
    config_rules,
    corpus_overrides,
    emit,
    settings,
)
from factcheck.cli.run import corpus_claims
from factcheck.stories import Stories, find_stories


class StoriesFormat(StrEnum):
    text = "text"
    json = "json"


@app.command()
def stories(
    paths: list[Path] | None = OptionalPathsArgument,
    format: StoriesFormat = typer.Option(StoriesFormat.text, "--format", "-f", help="Output format."),
    rules: list[Path] | None = RulesOption,
    no_builtin_rules: bool = NoBuiltinRulesOption,
    published: str | None = PublishedOption,
    model: str | None = ModelOption,
    output: Path | None = OutputOption,
    config_file: Path | None = ConfigOption,
    jobs: int = JobsOption,
    no_cache: bool = NoCacheOption,
    quiet: bool = QuietOption,
) -> None:
    """List the stories: each set of articles that report one real-world incident."""
    config = settings(
        config_file,
        **corpus_overrides(rules, no_builtin_rules, published, model),
    )
    ruleset = config_rules(config)
    corpus, claims, texts = corpus_claims(
        config, ruleset, list(paths or config.paths("paths") or [Path(".")]), no_cache=no_cache, quiet=quiet, jobs=jobs
    )
    found = find_stories(corpus.documents, claims, ruleset, texts)
    emit(_json(found) if format is StoriesFormat.json else _text(found), output)


def _text(found: Stories) -> str:
    lines = []
    for story in found:
        lines.append(f"{story.id} ({len(story.documents)} articles): {story.label}")
        lines.extend(f"  {document}" for document in story.documents)
    return "\n".join(lines) + "\n"


def _json(found: Stories) -> str:
    return json.dumps([story.to_dict() for story in found], indent=2, ensure_ascii=False) + "\n"
