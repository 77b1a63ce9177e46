"""The spaCy pipeline loaded in a worker process while this one reads the corpus and the cache.

On a warm re-check most documents come from the cache and a few changed ones need parsing;
importing spaCy and loading the model would then cost more than everything else together. So a
forked worker loads them at the start, in parallel with the reading, and parses the changed
documents when they are known; when none changed it is stopped unused.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from factcheck.corpus import Document
from factcheck.rules import Rules

PRELOAD_LIMIT = 64  # more documents than this to parse: the usual worker processes are faster

_RULES: Rules | None = None
_MODEL: str | None = None
_FAILED: str | None = None


class ModelPreload:
    """A worker process holding the loaded pipeline (see the module's description)."""

    def __init__(self, model: str | None, rules: Rules):
        global _RULES, _MODEL
        _RULES, _MODEL = rules, model  # inherited by the forked worker
        self._pool = multiprocessing.get_context("fork").Pool(1, initializer=_load)
        self._loading = self._pool.apply_async(_loaded)
        self._closed = False

    def extract(self, documents: Sequence[Document]) -> dict[str, list[dict]] | None:
        """Claim rows per document name, or None when the worker could not load the pipeline (the
        caller then extracts itself, and reports the problem its own way)."""
        if self._loading.get() is not None:
            return None
        return self._pool.apply(_extract, (list(documents),))

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._pool.terminate()
            self._pool.join()


@contextmanager
def preloaded_model(model: str | None, rules: Rules, enabled: bool) -> Iterator[ModelPreload | None]:
    """A `ModelPreload` for the block when `enabled` and the platform can fork, else None."""
    if not enabled or "fork" not in multiprocessing.get_all_start_methods():
        yield None
        return
    preload = ModelPreload(model, rules)
    try:
        yield preload
    finally:
        preload.close()


def _load() -> None:
    """Runs in the worker: a failure is kept, not raised (a pool restarts workers that fail here)."""
    global _FAILED
    try:
        from factcheck.extract import load_model

        load_model(_MODEL)
    except Exception as error:  # noqa: BLE001 (the caller falls back and reports it)
        _FAILED = str(error) or type(error).__name__


def _loaded() -> str | None:
    return _FAILED


def _extract(documents: list[Document]) -> dict[str, list[dict]]:
    from factcheck.extract import extract_rows, load_model

    assert _RULES is not None
    return extract_rows(documents, _RULES, load_model(_MODEL))
