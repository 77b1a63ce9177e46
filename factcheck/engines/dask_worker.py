"""What runs on a Dask worker: the `Extractor` plugin, which holds the model, and the task that
extracts a batch with it.

A worker reads each file of its batch itself and checks that the bytes are those the client
read (their SHA-256 is in the cache key the claims will be stored under); a file it cannot read,
or reads otherwise, is handed back unread, and the client sends that document's text instead.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import signal
import threading
from dataclasses import dataclass, replace
from pathlib import Path

import pyarrow as pa
from distributed import WorkerPlugin, get_worker

from factcheck import __version__
from factcheck.cache import extractor_digest
from factcheck.claims_table import claims_arrow
from factcheck.corpus import Document, load_document
from factcheck.corpus.files import read_bytes
from factcheck.engines import claims_of
from factcheck.errors import FactcheckError
from factcheck.rules import Rules


@dataclass(frozen=True)
class FileSource:
    """A document as a worker finds it: its file, the digest of the bytes the client read, and its
    publication date as the client settled it (the front matter's, else the run's default)."""

    name: str
    path: str
    sha256: str
    published: dt.date | None

    def read(self, max_bytes: int) -> Document | str:
        """The document, or why this worker cannot have the client's."""
        data = read_bytes(Path(self.path), max_bytes)
        if isinstance(data, str):
            return data
        if hashlib.sha256(data).hexdigest() != self.sha256:
            return "the file's bytes differ from those the run read"
        document = load_document(self.name, data, path=self.path)
        return replace(document, published=self.published) if isinstance(document, Document) else document.reason


Source = Document | FileSource


@dataclass(frozen=True)
class Batch:
    """A task's result: the claims of the documents it extracted, and the documents it could not
    read, each with the reason."""

    claims: pa.Table
    unread: dict[str, str]


class Extractor(WorkerPlugin):
    """Set up on every worker of the cluster, those that join or are restarted later included:
    checks that the worker runs this factcheck, then loads the model once and keeps it, with the
    rules, for every batch."""

    def __init__(self, rules: Rules, model: str | None):
        self.rules = rules
        self.model = model
        self.version = (__version__, extractor_digest())
        self._nlp = None
        # A worker with several threads runs several tasks at once; the pipeline is not shared
        # between threads (and parsing holds the interpreter anyway).
        self._lock = threading.Lock()

    def __getstate__(self) -> dict:
        return {"rules": self.rules, "model": self.model, "version": self.version}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state, _nlp=None, _lock=threading.Lock())

    # factcheck.extract is imported where it runs, on the worker: it brings spaCy, which the
    # client, importing this module to send the plugin and the task, does not need.
    def setup(self, worker) -> None:
        from factcheck.extract import load_model

        ours = (__version__, extractor_digest())
        if ours != self.version:
            raise FactcheckError(
                f"the Dask worker {worker.address} runs factcheck {ours[0]} (extractor {ours[1][:12]}), "
                f"this process {self.version[0]} (extractor {self.version[1][:12]}): install the same on both"
            )
        self._nlp = load_model(self.model)
        # The pipeline and the rules live as long as the worker: kept out of the collector's
        # scans, as in the local engine's forked workers.
        gc.freeze()

    def teardown(self, worker) -> None:
        """The extractor is unregistered (the run is over): a shared cluster gets its memory back."""
        from factcheck.extract import load_model

        self._nlp = None
        load_model.cache_clear()
        gc.unfreeze()

    def extract(self, sources: list[Source], max_bytes: int) -> Batch:
        from factcheck.extract import extract_rows

        if self._nlp is None:
            raise FactcheckError(f"the Dask worker {get_worker().address} has not loaded the model (see its log)")
        documents, unread = [], {}
        for source in sources:
            document = source if isinstance(source, Document) else source.read(max_bytes)
            if isinstance(document, Document):
                documents.append(document)
            else:
                unread[source.name] = document
        with self._lock:
            rows = extract_rows(documents, self.rules, self._nlp)
        return Batch(claims_arrow(claims_of(documents, rows)), unread)


def dask_setup(worker) -> None:
    """Run in each worker of a cluster the engine starts on this machine (a Dask preload): the
    workers share the terminal's process group, and Ctrl-C is for the client, which cancels the
    work and stops the cluster; a worker that took the interrupt too would die with a traceback."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def extract_batch(plugin: str, sources: list[Source], max_bytes: int) -> Batch:
    """The task: a batch extracted by the worker's `Extractor` registered under the name `plugin`."""
    return get_worker().plugins[plugin].extract(sources, max_bytes)
