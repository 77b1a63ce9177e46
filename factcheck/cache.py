"""A cache of extracted claims, one file per document, so an unchanged corpus skips extraction.

An entry is keyed on everything extraction depends on: the document's name, bytes and
publication date, the rules' hash, the model name, and the package (its version and a digest of
its source, so an edited checkout never reads claims an older extractor wrote). Entries are
written through a temporary file and a rename; an entry that is unreadable, truncated, of
another format or for another key is rebuilt, never trusted.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from functools import lru_cache
from pathlib import Path

from factcheck import __version__
from factcheck.corpus import Document

CACHE_FORMAT = 1
DEFAULT_CACHE_DIR = ".factcheck_cache"


class ClaimsCache:
    """Claim rows per document under `directory/claims/`."""

    def __init__(self, directory: Path, rules_sha256: str, model: str | None):
        self.directory = Path(directory)
        self.unwritable: str | None = None
        self._salt = json.dumps([CACHE_FORMAT, __version__, package_digest(), rules_sha256, model or "default"])

    def key(self, document: Document) -> str:
        published = document.published.isoformat() if document.published else None
        material = json.dumps([self._salt, document.name, document.sha256, published])
        return hashlib.sha256(material.encode("utf-8")).hexdigest()

    def get(self, document: Document) -> list[dict] | None:
        """The cached rows of the document, or None when there is no trustworthy entry."""
        key = self.key(document)
        try:
            entry = json.loads(self._path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(entry, dict) or entry.get("format") != CACHE_FORMAT or entry.get("key") != key:
            return None
        rows = entry.get("rows")
        if not isinstance(rows, list) or not all(isinstance(row, dict) and row.get("doc") == document.name for row in rows):
            return None
        return rows

    def put(self, document: Document, rows: list[dict]) -> None:
        """Store the rows; a cache that cannot be written (read-only checkout, full disk) is given
        up for the rest of the run and the reason kept in `unwritable`: the run goes on without it."""
        if self.unwritable:
            return
        key = self.key(document)
        try:
            data = json.dumps({"format": CACHE_FORMAT, "key": key, "rows": rows}, ensure_ascii=False, default=_plain)
            self._prepare()
            write_atomic(self._path(key), data)
        except (OSError, TypeError, ValueError) as error:
            self.unwritable = f"{self.directory}: {getattr(error, 'strerror', None) or error}"

    def _path(self, key: str) -> Path:
        return self.directory / "claims" / key[:2] / f"{key}.json"

    def _prepare(self) -> None:
        """Mark the directory as a cache for backup tools and git, as ruff and mypy do."""
        if (self.directory / "CACHEDIR.TAG").exists():
            return
        self.directory.mkdir(parents=True, exist_ok=True)
        write_atomic(self.directory / ".gitignore", "# Created by factcheck.\n*\n")
        write_atomic(
            self.directory / "CACHEDIR.TAG",
            "Signature: 8a477f597d28d172789f06886806bc55\n# factcheck claims cache: safe to delete.\n",
        )


def write_atomic(path: Path, data: str | bytes) -> None:
    """Write a file through a temporary file and a rename, so no reader sees half of it."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data.encode("utf-8") if isinstance(data, str) else data)
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes files private; outputs are for sharing
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@lru_cache(maxsize=1)
def package_digest() -> str:
    """A digest of the package's Python sources: changes whenever the extractor's code does."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*.py")):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _plain(value):
    """numpy scalars and other number-likes that reach a row become plain JSON numbers."""
    if hasattr(value, "item"):
        return value.item()
    raise TypeError(f"cannot cache a value of type {type(value).__name__}")
