"""The Dask engine: extraction on a Dask cluster (`dask.distributed`), with the findings the local
engine gives.

Without a scheduler's address it starts a `LocalCluster` of single-threaded worker processes, one
per core; with one it connects to a running cluster (Kubernetes, an HPC queue, a hosted one: see
docs/scale.md). Nothing is started or connected before some document needs extracting, so a
warm run needs no cluster.

The work goes out as batches of file paths, a few seconds of parsing each (`dask_worker.py`
runs them); each comes back as an Arrow table. A worker that dies mid-run has its batches run
again on another (Dask's own resilience). A batch whose workers all died is split into single
documents, and a document that still kills every worker that tries it is skipped, with the
reason: the run accounts for every document. When the run stops early (Ctrl-C), the batches
still out are cancelled.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import logging
import os
import warnings
from collections.abc import Iterator, Sequence

from factcheck.claims_table import claims_frame, claims_from_arrow
from factcheck.corpus import Document, Skipped
from factcheck.engines import Extracted, say
from factcheck.errors import FactcheckError
from factcheck.rules import Rules

INSTALL = 'pip install "factcheck-corpus[dask]"'
# Text per batch: at most about 40,000 words, seconds of parsing on one core, so that the
# scheduler's cost per task (milliseconds) and the client's per result are lost in it.
BATCH_CHARACTERS = 250_000


class DaskEngine:
    def __init__(self, scheduler: str | None, *, workers: int = 0, max_bytes: int, verbose: bool = False):
        if importlib.util.find_spec("distributed") is None:
            raise FactcheckError(f"the Dask engine needs Dask, which is not installed: {INSTALL}")
        self.scheduler = scheduler
        self.workers = workers or os.cpu_count() or 1
        self.max_bytes = max_bytes
        self.verbose = verbose
        self._cluster = None
        self._client = None
        self._plugins: set[str] = set()  # the extractors set up on the workers, unregistered on closing

    def __enter__(self) -> DaskEngine:
        return self

    def __exit__(self, *exception) -> None:
        self.close()

    def close(self) -> None:
        if self._client is not None:
            for plugin in self._plugins:
                _forget(self._client, plugin)
            self._client.close()
        if self._cluster is not None:
            self._cluster.close()
        self._client = self._cluster = None
        self._plugins = set()

    def extract(self, documents: Sequence[Document], rules: Rules, model: str | None) -> Iterator[Extracted]:
        if not documents:
            return
        plugin = self.start(rules, model)
        yield from _run(self._client, plugin, documents, self.max_bytes, self.verbose)

    def start(self, rules: Rules, model: str | None) -> str:
        """Connect (or start the local cluster) and set the extractor up on every worker, if not
        done yet; the name the tasks find the extractor under."""
        client = self._connect()
        plugin = _register(client, rules, model, self._plugins)
        self._plugins.add(plugin)
        return plugin

    def _connect(self):
        if self._client is not None:
            return self._client
        from distributed import Client

        where = f"the Dask scheduler at {self.scheduler}" if self.scheduler else "a local Dask cluster"
        try:
            if self.scheduler:
                self._client = Client(self.scheduler, set_as_default=False)
            else:
                self._cluster = _local_cluster(self.workers, self.verbose)
                self._client = Client(self._cluster, set_as_default=False)
        except (OSError, ValueError) as error:
            raise FactcheckError(f"cannot reach {where}: {error}") from None
        return self._client


def _local_cluster(workers: int, verbose: bool):
    from distributed import LocalCluster

    with warnings.catch_warnings():
        # The dashboard takes another port when its own is taken; -v prints the one it took.
        warnings.filterwarnings("ignore", message="Port .* is already in use")
        return LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            # The workers write to this terminal: their errors reach the client anyway, as a
            # one-line message; their logs are for -v.
            silence_logs=logging.WARNING if verbose else logging.CRITICAL,
            preload=["factcheck.engines.dask_worker"],
        )


def _register(client, rules: Rules, model: str | None, registered: set[str]) -> str:
    """Set the extractor up on every worker, unless it is among those `registered`; its name,
    under which the tasks find it. The name is the extractor's own, so that runs of other
    settings can share a cluster."""
    from factcheck.engines.dask_worker import Extractor

    extractor = Extractor(rules, model)
    identity = "\0".join((rules.sha256, model or "", *extractor.version))
    name = f"factcheck-extractor-{hashlib.sha256(identity.encode()).hexdigest()[:16]}"
    if name in registered:
        return name
    try:
        client.register_plugin(extractor, name=name)
    except Exception as error:  # the worker's import or set-up failed: its exception, whatever it is
        _forget(client, name)  # or the workers that join later would try again
        # A worker's error comes back as itself, or (one in unpickling the plugin) as an Exception
        # whose text names it.
        why = str(error) if type(error) in (Exception, FactcheckError) else f"{type(error).__name__}: {error}"
        raise FactcheckError(f"a Dask worker cannot extract claims: {why}") from None
    return name


def _forget(client, plugin: str) -> None:
    """Unregister the extractor: the scheduler forgets it first, then each worker drops its model.
    A worker that never set it up answers with an error, which changes nothing."""
    with contextlib.suppress(Exception):
        client.unregister_worker_plugin(plugin)


def _run(client, plugin: str, documents: Sequence[Document], max_bytes: int, verbose: bool) -> Iterator[Extracted]:
    from distributed import as_completed

    from factcheck.engines.dask_worker import extract_batch

    workers = max(1, sum(client.nthreads().values()))
    out: dict = {}  # future -> its documents
    done = as_completed(loop=client.loop)

    def submit(batch: list[Document], as_text: bool = False, priority: int = 0) -> None:
        sources = [_source(document, as_text) for document in batch]
        future = client.submit(extract_batch, plugin, sources, max_bytes, pure=False, priority=priority)
        out[future] = batch
        done.add(future)

    shares = batches(documents, workers)
    if verbose:
        say(
            f"extracting {len(documents)} documents in {len(shares)} batches on the Dask cluster at "
            f"{client.scheduler.address} ({workers} workers); dashboard: {_dashboard(client)}"
        )
    # In their order, the small batches last; documents sent again go before them all.
    for number, share in enumerate(shares):
        submit(share, priority=-number - 1)
    try:
        for future in done:
            batch = out.pop(future)
            if future.status == "finished":
                result = future.result()
                read = [document for document in batch if document.name not in result.unread]
                yield Extracted(read, claims_from_arrow(result.claims))
                for share in batches([document for document in batch if document.name in result.unread], workers):
                    submit(share, as_text=True)
            elif len(batch) > 1 and _killed(future):
                for document in batch:  # one at a time: the one that kills its workers is found alone
                    submit([document])
            elif _killed(future):
                yield Extracted([], claims_frame([]), [Skipped(batch[0].name, _DIED)])
            else:
                _raise(future)
    finally:
        client.cancel(list(out))


_DIED = "not extracted: every Dask worker that tried it died (a crash or out of memory: see the workers' logs)"


def _dashboard(client) -> str:
    try:
        return client.dashboard_link
    except KeyError:
        return "none (the scheduler serves none)"


def _source(document: Document, as_text: bool):
    """What a worker is sent of a document: where its file is, or (standard input, or a file the
    worker could not read as this process did) the document itself."""
    from factcheck.engines.dask_worker import FileSource

    if document.path is None or as_text:
        return document
    return FileSource(document.name, document.path, document.sha256, document.published)


def _killed(future) -> bool:
    from distributed import KilledWorker

    return future.status == "error" and isinstance(future.exception(), KilledWorker)


def _raise(future) -> None:
    if future.status == "cancelled":
        raise FactcheckError("the Dask cluster dropped the work (was the scheduler restarted?)")
    raise future.exception()


def batches(documents: Sequence[Document], workers: int) -> list[list[Document]]:
    """The documents in batches, in their order, each of a share of the text still to batch that
    shrinks as it does (guided scheduling): `BATCH_CHARACTERS` while much is left, down to a tenth
    of that for the last ones, so that the workers run out of work at about the same time."""
    left = sum(len(document.text) for document in documents)
    shares: list[list[Document]] = []
    filled = size = 0
    for document in documents:
        if filled >= size:
            size = min(BATCH_CHARACTERS, max(BATCH_CHARACTERS // 10, left // (2 * workers)))
            shares.append([])
            filled = 0
        shares[-1].append(document)
        filled += len(document.text)
        left -= len(document.text)
    return shares
