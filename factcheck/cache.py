"""A cache of extracted claims, so that an unchanged document is never parsed again.

The cache is one Arrow file, `claims.arrow`, holding the claims table of every document it has
seen and, in its metadata, the key each document was extracted under. A key covers everything
extraction depends on: the document's name, bytes and publication date, the rules' hash, the
model name, and the package (its version and a digest of the extractor's source, so an edited
checkout never reads claims an older extractor wrote). One columnar file rather than a file per
document, because a warm run of a large archive is then a single read of a few megabytes. The
metadata also remembers each text's front matter, so that reading an unchanged corpus parses no
YAML (`ClaimsCache.front_matter`). Beside it, `profiles.arrow` keeps each text's profile for the
story stage (`ClaimsCache.text_profiles`), under a key of its own: a change to a later stage's
code must not cost a new extraction.

The file is written through a temporary file and a rename; one that is unreadable, truncated, of
another format or written under other settings is rebuilt, never trusted.
"""

from __future__ import annotations

import ast
import hashlib
import json
import os
import tempfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.feather as feather

from factcheck import __version__
from factcheck.claims_table import CLAIM_COLUMNS, LIST_COLUMNS, claims_arrow, claims_frame, claims_from_arrow
from factcheck.corpus import Document, FrontMatter, parse_date, parse_front_matter
from factcheck.rules import Rules
from factcheck.stories.profile import TextProfile, text_profile

CACHE_FORMAT = 3
DEFAULT_CACHE_DIR = ".factcheck_cache"
CACHE_FILE = "claims.arrow"
PROFILES_FILE = "profiles.arrow"
_METADATA_KEY = b"factcheck"
MAX_CHUNKS = 64  # record batches a cache file may gather from updates before they are merged


class ClaimsCache:
    """The claims of the documents the cache holds, by document key, in `directory/claims.arrow`."""

    def __init__(self, directory: Path, rules_sha256: str, model: str | None):
        self.directory = Path(directory)
        self.path = self.directory / CACHE_FILE
        self.unwritable: str | None = None
        self._salt = json.dumps([CACHE_FORMAT, __version__, extractor_digest(), rules_sha256, model or "default"])
        self._held: _Held | None = None
        self._read_front_matter: dict[str, FrontMatter] = {}  # this run's, by text digest
        self._learned = False  # some were parsed, not remembered

    def key(self, document: Document) -> str:
        published = document.published.isoformat() if document.published else ""
        return _digest(self._salt, document.name, document.sha256, published)

    def lookup(self, documents: Sequence[Document]) -> tuple[pd.DataFrame | None, list[Document]]:
        """The cached claims of those documents the cache holds under their current key (None when
        it holds none of them), and the documents it does not hold."""
        held = self._load()
        names = {document.name for document in documents if held.keys.get(document.name) == self.key(document)}
        if not names:
            return None, list(documents)
        return held.claims(names), [document for document in documents if document.name not in names]

    def front_matter(self, text: str) -> FrontMatter:
        """The text's front matter as an earlier run read it, when the cache remembers the text;
        else parsed (and remembered with the claims). A `FrontMatterReader` for `load_corpus`."""
        digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
        front = self._load().front_matter.get(digest)
        if front is None:
            front = parse_front_matter(text)
            self._learned = True
        self._read_front_matter[digest] = front
        return front

    def text_profiles(self, documents: Sequence[Document], rules: Rules) -> dict[str, TextProfile]:
        """Each document's text profile: as an earlier run computed it, where the cache holds it
        for the document's current text and rules; else computed now, and remembered."""
        salt = json.dumps([self._salt, profile_digest()])
        keys = {document.name: _digest(salt, document.name, document.sha256) for document in documents}
        held = _read_profiles(self.directory / PROFILES_FILE, salt)
        profiles = {name: held[name][1] for name, key in keys.items() if name in held and held[name][0] == key}
        if len(profiles) == len(keys):
            return profiles
        for document in documents:
            if document.name not in profiles:
                profiles[document.name] = text_profile(document, rules.stories, rules.gazetteer.streets, rules.events)
                held[document.name] = keys[document.name], profiles[document.name]
        if self.unwritable:
            return profiles  # the claims could not be written there either, and that was told
        try:
            self._prepare()
            write_atomic(self.directory / PROFILES_FILE, _feather_bytes(_profiles_table(held, salt)))
        except (OSError, TypeError, ValueError) as error:
            self.unwritable = f"{self.directory / PROFILES_FILE}: {getattr(error, 'strerror', None) or error}"
        return profiles

    def store(self, documents: Sequence[Document], claims: pd.DataFrame) -> None:
        """Record the documents' claims (`claims` holds all of theirs and no other document's),
        keeping what the cache holds for other documents, so that a run on part of a corpus does
        not undo one on the whole. A cache that cannot be written (read-only checkout, full disk)
        is given up and the reason kept in `unwritable`: the run goes on without it."""
        held = self._load()
        current = {document.name: self.key(document) for document in documents}
        fresh = {name: key for name, key in current.items() if held.keys.get(name) != key}
        if not fresh and not self._learned and held.table is not None:
            return
        keys = {**{name: key for name, key in held.keys.items() if name not in fresh}, **fresh}
        table = held.table
        if fresh or table is None:
            added = claims_arrow(claims[claims["doc"].isin(fresh.keys())])
            table = (
                added
                if table is None
                else pa.concat_tables([*_without(table, fresh.keys()), added], promote_options="permissive")
            )
            if table.column("doc").num_chunks > MAX_CHUNKS:
                table = table.combine_chunks()
        # Front matter read in earlier runs is kept until it outnumbers the documents twice over.
        remembered = {**held.front_matter, **self._read_front_matter}
        if len(remembered) > 2 * len(keys):
            remembered = self._read_front_matter
        metadata = {
            "salt": self._salt,
            "keys": keys,
            "front_matter": {
                digest: [f.body_start, f.title, f.published and f.published.isoformat(), f.source, f.unread_language]
                for digest, f in remembered.items()
            },
        }
        table = table.replace_schema_metadata(
            {**(table.schema.metadata or {}), _METADATA_KEY: json.dumps(metadata).encode()}
        )
        try:
            self._prepare()
            write_atomic(self.path, _feather_bytes(table))
        except (OSError, TypeError, ValueError) as error:
            self.unwritable = f"{self.directory}: {getattr(error, 'strerror', None) or error}"
            return
        self._held, self._learned = _Held(keys, table, remembered), False

    def _load(self) -> _Held:
        if self._held is None:
            self._held = _read(self.path, self._salt)
        return self._held

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


@dataclass(frozen=True)
class _Held:
    """What a cache file holds: each document's key, the claims table of them all, and the front
    matter of the texts read (by the text's SHA-256)."""

    keys: dict[str, str]
    table: pa.Table | None
    front_matter: dict[str, FrontMatter] = field(default_factory=dict)

    def claims(self, names: set[str]) -> pd.DataFrame:
        """The claims of the named documents, in the schema's columns and dtypes."""
        if self.table is None:
            return claims_frame([])
        table = self.table
        if len(names) < len(self.keys):
            table = table.filter(_is_in(table["doc"], names))
        return claims_from_arrow(table)


def _is_in(column: pa.ChunkedArray, names) -> pa.ChunkedArray:
    return pc.is_in(column, value_set=pa.array(sorted(names), column.type))


def _without(table: pa.Table, names) -> list[pa.Table]:
    """The table without the named documents' rows, as slices of it: a document's rows are
    stored together, so this copies nothing where a filter would copy every row."""
    keep = np.concatenate(([False], pc.invert(_is_in(table["doc"], names)).to_numpy(zero_copy_only=False), [False]))
    edges = np.flatnonzero(keep[1:] != keep[:-1]).reshape(-1, 2)
    return [table.slice(start, end - start) for start, end in edges.tolist()]


def _feather_bytes(table: pa.Table) -> bytes:
    sink = pa.BufferOutputStream()
    feather.write_feather(table, sink, compression="lz4")
    return sink.getvalue().to_pybytes()


# Arrow types each dtype of the schema is stored as (pandas before 3 writes strings as `string`).
_ARROW_TYPES = {
    "string": (pa.large_string(), pa.string()),
    "Int64": (pa.int64(),),
    "Float64": (pa.float64(),),
    "boolean": (pa.bool_(),),
}


def _read(path: Path, salt: str) -> _Held:
    """What the cache file holds, or nothing when it is missing, damaged or was written under
    other settings."""
    nothing = _Held({}, None)
    try:
        table = feather.read_table(path)
        metadata = json.loads((table.schema.metadata or {})[_METADATA_KEY])
        if metadata["salt"] != salt:
            return nothing
        keys = metadata["keys"]
    except (OSError, KeyError, TypeError, ValueError, pa.ArrowException):
        return nothing
    if not isinstance(keys, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in keys.items()):
        return nothing
    if table.column_names != list(CLAIM_COLUMNS) or not all(
        pa.types.is_list(table.schema.field(name).type) or pa.types.is_null(table.schema.field(name).type)
        if name in LIST_COLUMNS
        else table.schema.field(name).type in _ARROW_TYPES[dtype]
        for name, (dtype, _) in CLAIM_COLUMNS.items()
    ):
        return nothing
    if len(table) and not pc.all(_is_in(table["doc"], keys)).as_py():
        return nothing  # claims of a document it holds no key for
    return _Held(keys, table, _front_matter(metadata.get("front_matter")))


def _front_matter(remembered) -> dict[str, FrontMatter]:
    """The remembered front matter, or none when any of it is not as `store` writes it."""
    try:
        fronts = {
            digest: FrontMatter(
                body_start, title, None if published is None else parse_date(published), source, language
            )
            for digest, (body_start, title, published, source, language) in remembered.items()
        }
    except (AttributeError, TypeError, ValueError):
        return {}
    if all(
        isinstance(f.body_start, int)
        and all(v is None or isinstance(v, str) for v in (f.title, f.source, f.unread_language))
        for f in fronts.values()
    ):
        return fronts
    return {}


def _digest(*parts: str) -> str:
    # Names print on one line (control characters are escaped), so NUL separates the parts.
    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogateescape")).hexdigest()


def _profiles_table(profiles: dict[str, tuple[str, TextProfile]], salt: str) -> pa.Table:
    names = sorted(profiles)
    table = pa.table(
        {
            "doc": names,
            "key": [profiles[name][0] for name in names],
            "lede_end": pa.array([profiles[name][1].lede_end for name in names], pa.int64()),
            "features": [list(profiles[name][1].words) for name in names],
            "counts": pa.array([list(profiles[name][1].words.values()) for name in names], pa.list_(pa.int64())),
            "serial": pa.array([profiles[name][1].serial for name in names], pa.bool_()),
        }
    )
    return table.replace_schema_metadata({_METADATA_KEY: json.dumps({"salt": salt}).encode()})


def _read_profiles(path: Path, salt: str) -> dict[str, tuple[str, TextProfile]]:
    """Document name -> (key, text profile) as the profiles file holds them; nothing when it is
    missing, damaged or written under other settings."""
    try:
        table = feather.read_table(path)
        if json.loads((table.schema.metadata or {})[_METADATA_KEY])["salt"] != salt:
            return {}
        features, counts = table["features"].combine_chunks(), table["counts"].combine_chunks()
        words, tallies = features.flatten().to_pylist(), counts.flatten().to_pylist()
        bounds = features.offsets.to_pylist()
        if bounds != counts.offsets.to_pylist():
            return {}
        rows = zip(*(table[column].to_pylist() for column in ("doc", "key", "lede_end", "serial")))
        return {
            name: (key, TextProfile(end, Counter(dict(zip(words[a:b], tallies[a:b]))), serial))
            for (name, key, end, serial), a, b in zip(rows, bounds, bounds[1:])
        }
    except (OSError, KeyError, TypeError, ValueError, pa.ArrowException):
        return {}


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
def extractor_digest() -> str:
    """A digest of the extractor's source: it changes whenever the code that makes claims does,
    and not when a later stage's does."""
    return _sources_digest(extractor_sources())


@lru_cache(maxsize=1)
def profile_digest() -> str:
    """A digest of the code that profiles an article's text for the story stage."""
    root = Path(__file__).resolve().parent
    return _sources_digest(sorted(p.relative_to(root).as_posix() for p in _imported_sources(root, _PROFILE_SOURCE)))


_PROFILE_SOURCE = Path(__file__).resolve().parent / "stories" / "profile.py"


def _sources_digest(sources: list[str]) -> str:
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for source in sources:
        digest.update(source.encode() + b"\0" + (root / source).read_bytes() + b"\0")
    return digest.hexdigest()


def extractor_sources() -> list[str]:
    """The package's modules that `factcheck.extract` imports, directly or not (paths within it)."""
    root = Path(__file__).resolve().parent
    return sorted(
        path.relative_to(root).as_posix() for path in _imported_sources(root, root / "extract" / "__init__.py")
    )


def _imported_sources(root: Path, start: Path) -> set[Path]:
    """The package's source files reachable from `start` through its imports."""
    seen: set[Path] = set()
    pending = [start]
    while pending:
        path = pending.pop()
        if path in seen:
            continue
        seen.add(path)
        for node in ast.walk(ast.parse(path.read_bytes(), str(path))):
            if isinstance(node, ast.ImportFrom) and node.module and not node.level:
                modules = [node.module, *(f"{node.module}.{alias.name}" for alias in node.names)]
            elif isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            else:
                continue
            pending.extend(_module_sources(root, modules))
    return seen


def _module_sources(root: Path, modules: list[str]) -> list[Path]:
    """The source files of those modules that are the package's own (a package: its __init__.py
    and the __init__.py of every package above it)."""
    found = []
    for module in modules:
        parts = module.split(".")
        if parts[0] != root.name:
            continue
        for depth in range(1, len(parts) + 1):
            base = root.joinpath(*parts[1:depth])
            found += [p for p in (base / "__init__.py", base.with_suffix(".py")) if p.is_file()]
    return found
