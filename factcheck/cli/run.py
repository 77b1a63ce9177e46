"""The run `check`, `report` and `claims` share: read the corpus (and standard input), extract,
analyse, and account for every document, with suppressions and the rule selection applied."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, replace
from pathlib import Path

import pandas as pd
import typer

from factcheck.cache import ClaimsCache
from factcheck.cli.common import config_rules, extract, published_date, read_corpus, selection_of
from factcheck.config import Config
from factcheck.corpus import Corpus, Skipped, load_document, parse_front_matter
from factcheck.corpus.files import display_name
from factcheck.engines import open_engine
from factcheck.errors import FactcheckError
from factcheck.pipeline import Report, analyse
from factcheck.report import outlier_first
from factcheck.rules import Rules
from factcheck.stories import Profiles
from factcheck.suppressions import find_suppressions, suppress, unused_findings
from factcheck.unchecked import document_findings

STDIN = Path("-")


@dataclass(frozen=True)
class Stdin:
    """A document read from standard input, under the name `--stdin-filename` gives it."""

    name: str
    data: bytes

    @classmethod
    def read(cls, filename: Path | None) -> Stdin:
        return cls(display_name(filename) if filename else "-", sys.stdin.buffer.read())


def stdin_of(paths: list[Path], filename: Path | None) -> tuple[list[Path], Stdin | None]:
    """The paths other than `-`, and standard input's document when `-` is among them."""
    others = [path for path in paths if path != STDIN]
    if len(others) == len(paths):
        if filename is not None:
            raise typer.BadParameter("needs `-` among the paths", param_hint="--stdin-filename")
        return paths, None
    return others, Stdin.read(filename)


def checked_report(config: Config, paths: list[Path], **options) -> tuple[Report, int]:
    """The report of the corpus with a finding for each document not checked whole, suppression
    comments applied (and unused ones reported), the rule selection applied, and how many
    findings the comments silenced. The `options` are those of `corpus_claims`."""
    ruleset = config_rules(config)
    corpus, claims, texts = corpus_claims(config, ruleset, paths, warn_skipped=False, **options)
    report = analyse(corpus, ruleset, claims, texts)
    found = document_findings(corpus, ruleset) + report.findings
    suppressions = [s for document in corpus.documents for s in find_suppressions(document)]
    kept, unused = suppress(found, suppressions)
    documents = {document.name: document for document in corpus.documents}
    selected = selection_of(config).apply(kept + unused_findings(unused, documents, ruleset), config.root)
    findings = [outlier_first(finding) for finding in selected]
    return replace(report, findings=findings), len(found) - len(kept)


def corpus_claims(
    config: Config,
    ruleset: Rules,
    paths: list[Path],
    *,
    no_cache: bool,
    quiet: bool,
    jobs: int = 0,
    stdin: Stdin | None = None,
    warn_skipped: bool = True,
    verbose: bool = False,
) -> tuple[Corpus, pd.DataFrame, Profiles | None]:
    """The corpus below the paths (with standard input's document in place of the file it names),
    its claims table and, with a cache, its documents' text profiles, taken from the cache where it
    holds them and extracted by the configuration's engine otherwise. Skipped and damaged
    documents are warned about on standard error unless `warn_skipped` is off (a report makes
    them findings)."""
    _check_engine(config, jobs)
    cache = None if no_cache else ClaimsCache(config.path("cache-dir"), ruleset.sha256, config["model"])
    front_matter = cache.front_matter if cache else parse_front_matter
    # With a cache, most documents will not need the model: the local engine loads it in a second
    # process meanwhile (unless one process is all that was asked for).
    preloading = cache is not None and cache.path.is_file() and (jobs or os.cpu_count() or 1) > 1
    with open_engine(
        config["engine"],
        rules=ruleset,
        model=config["model"],
        jobs=jobs,
        scheduler=config["scheduler"],
        max_bytes=config["max-bytes"],
        preload=preloading,
        verbose=verbose and not quiet,
    ) as engine:
        corpus = read_corpus(
            paths,
            config["published"],
            include=config["include"],
            exclude=config["exclude"],
            quiet=quiet or not warn_skipped,
            max_bytes=config["max-bytes"],
            front_matter=front_matter,
        )
        if stdin is not None:
            corpus = _with_stdin(corpus, stdin, config, front_matter)
        if not corpus.documents and not corpus.skipped and not quiet:
            shown = ", ".join(display_name(path) for path in paths) or "."
            typer.echo(f"factcheck: warning: no articles found under {shown}", err=True)
        read = corpus
        corpus, claims = extract(corpus, ruleset, config["model"], engine, cache=cache, progress=not quiet)
    if warn_skipped and not quiet:
        for skipped in sorted(set(corpus.skipped) - set(read.skipped), key=lambda skipped: skipped.name):
            typer.echo(f"factcheck: warning: {skipped.name}: skipped: {skipped.reason}", err=True)
    if cache is None:
        return corpus, claims, None
    reported = cache.unwritable
    texts = cache.text_profiles(corpus.documents, ruleset)
    if cache.unwritable != reported and not quiet:
        typer.echo(f"factcheck: warning: story profiles not cached: {cache.unwritable}", err=True)
    return corpus, claims, texts


def _check_engine(config: Config, jobs: int) -> None:
    """Options that say what the engine in force cannot do."""
    if config["engine"] != "dask" and config.settings["scheduler"].source == "--scheduler":
        raise FactcheckError("--scheduler is for --engine dask")
    if config["engine"] == "dask" and config["scheduler"] and jobs:
        raise FactcheckError(f"--jobs: the Dask cluster at {config['scheduler']} has the workers it has")


def _with_stdin(corpus: Corpus, stdin: Stdin, config: Config, front_matter) -> Corpus:
    """The corpus with standard input's document in place of any file of the same name."""
    read = load_document(
        stdin.name, stdin.data, published=published_date(config["published"]), front_matter=front_matter
    )
    documents = [d for d in corpus.documents if d.name != stdin.name]
    skipped = [s for s in corpus.skipped if s.name != stdin.name]
    (skipped if isinstance(read, Skipped) else documents).append(read)
    return Corpus(
        documents=tuple(sorted(documents, key=lambda d: d.name)), skipped=tuple(sorted(skipped, key=lambda s: s.name))
    )
