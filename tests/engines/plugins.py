"""Worker plugins that break a Dask worker on purpose, for the fault tests.

They are registered on the test cluster by name and imported on its workers, so this module
imports factcheck only inside the plugins' methods (one of them makes factcheck unimportable).
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from distributed import WorkerPlugin


class Crash(WorkerPlugin):
    """The worker dies (SIGKILL, as from the kernel's out-of-memory killer) when it starts reading a
    file whose name contains `word`: every time, or with `once`, only the first time on the whole
    cluster (a marker file tells the workers, restarted ones included)."""

    def __init__(self, word: str, once: Path | None = None):
        self.word = word
        self.once = once

    def setup(self, worker) -> None:
        from factcheck.engines.dask_worker import FileSource

        self._read = FileSource.read
        plugin = self

        def read(source, max_bytes):
            if plugin.word in source.name and plugin._first():
                os.kill(os.getpid(), signal.SIGKILL)
            return plugin._read(source, max_bytes)

        FileSource.read = read

    def teardown(self, worker) -> None:
        from factcheck.engines.dask_worker import FileSource

        FileSource.read = self._read

    def _first(self) -> bool:
        if self.once is None:
            return True
        try:
            os.close(os.open(self.once, os.O_CREAT | os.O_EXCL))
        except FileExistsError:
            return False
        return True


class NoFactcheck(WorkerPlugin):
    """The worker cannot import factcheck, as on a cluster whose image lacks it."""

    def setup(self, worker) -> None:
        self._modules = {name: module for name, module in sys.modules.items() if name.split(".")[0] == "factcheck"}
        for name in self._modules:
            del sys.modules[name]
        sys.meta_path.insert(0, _Missing)

    def teardown(self, worker) -> None:
        sys.meta_path.remove(_Missing)
        sys.modules.update(self._modules)


class _Missing:
    """A finder that has factcheck not installed."""

    @staticmethod
    def find_spec(name, path=None, target=None):
        if name.split(".")[0] == "factcheck":
            raise ModuleNotFoundError("No module named 'factcheck'", name="factcheck")
        return None
