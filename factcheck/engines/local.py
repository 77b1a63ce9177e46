"""The local engine: extraction in this machine's processes.

A few documents go to the worker that preloaded the model while the corpus was read
(`preload.py`); more are shared among forked workers (`factcheck.extract.workers`), a chunk at
a time so that the progress bar moves and the cache can be saved along the way.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence

from factcheck.corpus import Document
from factcheck.engines import Extracted, claims_of, say
from factcheck.engines.preload import PRELOAD_LIMIT, ModelPreload
from factcheck.rules import Rules

EXTRACTION_CHUNK = 32  # documents per model batch and worker: small enough for the progress bar to move


class LocalEngine:
    def __init__(self, jobs: int, preload: ModelPreload | None, *, verbose: bool = False):
        self.jobs = jobs or os.cpu_count() or 1
        self.preload = preload
        self.verbose = verbose

    def extract(self, documents: Sequence[Document], rules: Rules, model: str | None) -> Iterator[Extracted]:
        if not documents:
            return
        if self.preload is not None and len(documents) <= PRELOAD_LIMIT:
            extracted = self.preload.extract(documents)
            if extracted is not None:
                if self.verbose:
                    say(f"extracting {len(documents)} documents in the process that preloaded the model")
                yield Extracted(documents, claims_of(documents, extracted))
                return
        if self.preload is not None:
            self.preload.close()  # before forking the workers: they need the core, and a fork wants no threads
        from factcheck.extract import extract_rows, load_model

        if self.verbose:
            say(f"extracting {len(documents)} documents in {self.jobs} processes on this machine")
        size = EXTRACTION_CHUNK * self.jobs
        for start in range(0, len(documents), size):
            chunk = documents[start : start + size]
            yield Extracted(chunk, claims_of(chunk, extract_rows(chunk, rules, load_model(model), n_process=self.jobs)))
