"""Where extraction runs: an orchestration concern, kept apart from the stages.

`local` (the default) extracts in this machine's processes; `dask` on a Dask cluster, one it
starts on this machine or one it is pointed to. An engine is handed the documents the claims
cache does not hold and yields their claims a batch at a time, in any order. The cache, the
table's order and every later stage stay with the caller, so the findings do not depend on the
engine.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Protocol

import pandas as pd

from factcheck.claims_table import claims_frame
from factcheck.corpus import Document, Skipped
from factcheck.rules import Rules

ENGINES = ("local", "dask")


@dataclass(frozen=True)
class Extracted:
    """A batch's outcome: the documents extracted and their claims, and those that could not be,
    each with the reason."""

    documents: Sequence[Document]
    claims: pd.DataFrame
    skipped: Sequence[Skipped] = ()


class Engine(Protocol):
    def extract(self, documents: Sequence[Document], rules: Rules, model: str | None) -> Iterator[Extracted]:
        """The documents' claims, a batch at a time; every document comes back, extracted or skipped."""
        ...


@contextmanager
def open_engine(
    name: str,
    *,
    rules: Rules,
    model: str | None,
    jobs: int,
    scheduler: str | None = None,
    max_bytes: int,
    preload: bool = False,
    verbose: bool = False,
) -> Iterator[Engine]:
    """The named engine for the block. `jobs` is the local engine's worker processes, or the
    workers of the cluster the Dask engine starts when given no `scheduler` (0: one per core).
    `preload` (local engine only) loads the model in a second process at once, for a run that
    will have few documents to extract."""
    if name == "dask":
        from factcheck.engines.dask import DaskEngine

        with DaskEngine(scheduler, workers=jobs, max_bytes=max_bytes, verbose=verbose) as engine:
            yield engine
        return
    from factcheck.engines.local import LocalEngine
    from factcheck.engines.preload import preloaded_model

    with preloaded_model(model, rules, enabled=preload) as preloaded:
        yield LocalEngine(jobs, preloaded, verbose=verbose)


def claims_of(documents: Sequence[Document], rows: Mapping[str, list[dict]]) -> pd.DataFrame:
    """The claims table of the documents, from their rows by document name, in their order."""
    return claims_frame([row for document in documents for row in rows[document.name]])


def say(message: str) -> None:
    """A line of `--verbose` on standard error. Written to `sys.stderr` itself (not through click),
    so that while the progress bar is up, the bar's redirection shows it above the bar."""
    print(f"factcheck: {message}", file=sys.stderr, flush=True)
