"""Extraction spread over worker processes, a share of the documents each.

Whole documents go to one worker, so the prefilter, the parse and the claims all run in
parallel and a document's rows come out exactly as a single process makes them. Workers are
forked: they inherit the loaded pipeline, the rules and the documents instead of receiving
them, and send back only plain rows.
"""

from __future__ import annotations

import gc
import multiprocessing
from collections.abc import Callable, Sequence

Rows = dict[str, list[dict]]
_JOB: Callable[[Sequence], Rows] | None = None
_DOCUMENTS: Sequence = ()


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def map_documents(job: Callable[[Sequence], Rows], documents: Sequence, processes: int) -> Rows:
    """`job` over shares of `documents` in `processes` forked workers, the rows merged in order."""
    global _JOB, _DOCUMENTS
    share = max(1, min(16, len(documents) // (processes * 8)))
    chunks = [range(i, min(i + share, len(documents))) for i in range(0, len(documents), share)]
    _JOB, _DOCUMENTS = job, documents
    # Frozen objects are never visited by the workers' garbage collector, so the pages that hold
    # the pipeline stay shared with this process instead of being copied into every worker.
    gc.freeze()
    try:
        with multiprocessing.get_context("fork").Pool(processes) as pool:
            rows: Rows = {}
            for part in pool.imap(_run, chunks):
                rows.update(part)
            return rows
    finally:
        gc.unfreeze()
        _JOB, _DOCUMENTS = None, ()


def _run(chunk: range) -> Rows:
    assert _JOB is not None
    return _JOB([_DOCUMENTS[i] for i in chunk])
