"""The corpus stage: documents with their text, metadata and article paragraphs, or a reason they were skipped.

Every path given is accounted for: each file found becomes a `Document` or a `Skipped` entry.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import os
from dataclasses import dataclass, field
from fnmatch import fnmatch
from pathlib import Path
from typing import Iterable, Sequence

from factcheck.corpus.decode import NotText, decode
from factcheck.corpus.frontmatter import FrontMatterError, parse_date, parse_front_matter
from factcheck.corpus.layout import Paragraph, segment
from factcheck.errors import FactcheckError

__all__ = ["Corpus", "Document", "Paragraph", "Skipped", "load_corpus", "load_document", "parse_date"]

DEFAULT_SUFFIXES = (".txt", ".md", ".markdown")
DEFAULT_MAX_BYTES = 5_000_000


@dataclass(frozen=True)
class Document:
    """One article: the whole file's text and where its parts are.

    Every offset in factcheck (claims, dates, evidence) is a character offset into `text`,
    the decoded file as it is on disk, so it maps back to a line and column of the file.
    """

    name: str                         # the path shown in reports, relative where possible
    text: str
    sha256: str                       # of the file's bytes
    body_start: int = 0               # after the front matter
    title: str | None = None
    published: dt.date | None = None
    source: str | None = None
    warning: str | None = None        # checked, but something was off (e.g. bad bytes replaced)
    paragraphs: tuple[Paragraph, ...] = ()
    _line_starts: tuple[int, ...] = field(default=(), repr=False, compare=False)

    @property
    def article(self) -> tuple[Paragraph, ...]:
        """The paragraphs that are article text, page furniture left out."""
        return tuple(p for p in self.paragraphs if p.article)

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset."""
        line = bisect.bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1


@dataclass(frozen=True)
class Skipped:
    name: str
    reason: str


@dataclass(frozen=True)
class Corpus:
    documents: tuple[Document, ...]
    skipped: tuple[Skipped, ...] = ()

    def __iter__(self):
        return iter(self.documents)

    def __len__(self) -> int:
        return len(self.documents)


def load_document(
    name: str, data: bytes, *, published: dt.date | None = None
) -> Document | Skipped:
    """Build a document from a file's bytes; `published` applies when the file states no date."""
    if not data.strip():
        return Skipped(name, "empty file")
    try:
        decoded = decode(data)
    except NotText as error:
        return Skipped(name, str(error))
    text = decoded.text
    try:
        front = parse_front_matter(text)
    except FrontMatterError as error:
        where = f"line {error.line}: " if error.line else ""
        return Skipped(name, f"malformed front matter: {where}{error}")
    if not text[front.body_start:].strip():
        return Skipped(name, "no text after the front matter")
    line_starts = (0, *(i + 1 for i, ch in enumerate(text) if ch == "\n"))
    return Document(
        name=name,
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        body_start=front.body_start,
        title=front.title,
        published=front.published or published,
        source=front.source,
        warning=decoded.warning,
        paragraphs=segment(text, front.body_start),
        _line_starts=line_starts,
    )


def load_corpus(
    paths: Sequence[str | os.PathLike],
    *,
    published: dt.date | None = None,
    suffixes: Sequence[str] = DEFAULT_SUFFIXES,
    exclude: Sequence[str] = (),
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Corpus:
    """Read the documents below each path (files named directly are read whatever their suffix).

    Raises FactcheckError for a path that does not exist; everything else wrong with a file is
    recorded as a skipped document with its reason.
    """
    documents: dict[str, Document] = {}
    skipped: dict[str, Skipped] = {}
    for path, name, problem in _walk(paths, suffixes, exclude):
        if name in documents or name in skipped:
            continue
        if problem:
            skipped[name] = Skipped(name, problem)
            continue
        outcome = _read(path, name, max_bytes, published)
        if isinstance(outcome, Skipped):
            skipped[name] = outcome
        else:
            documents[name] = outcome
    return Corpus(
        documents=tuple(documents[name] for name in sorted(documents)),
        skipped=tuple(skipped[name] for name in sorted(skipped)),
    )


def _read(path: Path, name: str, max_bytes: int, published: dt.date | None) -> Document | Skipped:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return Skipped(name, f"larger than the size limit ({size:,} > {max_bytes:,} bytes)")
        data = path.read_bytes()
    except PermissionError:
        return Skipped(name, "unreadable: permission denied")
    except OSError as error:
        return Skipped(name, f"unreadable: {error.strerror or error}")
    return load_document(name, data, published=published)


def display_name(path: Path) -> str:
    """The path relative to the working directory when it is below it, with forward slashes."""
    try:
        return path.absolute().relative_to(Path.cwd()).as_posix()
    except ValueError:
        return path.as_posix()


def _walk(
    paths: Sequence[str | os.PathLike], suffixes: Sequence[str], exclude: Sequence[str]
) -> Iterable[tuple[Path, str, str | None]]:
    """(path, display name, reason to skip or None) for every file below the given paths."""
    for given in paths:
        path = Path(given)
        if not os.path.lexists(path):
            raise FactcheckError(f"{given}: no such file or directory")
        if path.is_dir():
            yield from _walk_directory(path, suffixes, exclude)
        elif path.is_symlink() and not path.exists():
            yield path, display_name(path), "broken symbolic link"
        else:
            yield path, display_name(path), None


def _walk_directory(root: Path, suffixes: Sequence[str], exclude: Sequence[str]):
    real_root = root.resolve()
    # os.walk does not descend into symlinked directories, so a link loop cannot trap it.
    for directory, subdirs, files in os.walk(root):
        subdirs[:] = sorted(d for d in subdirs if not d.startswith("."))
        for file in sorted(files):
            path = Path(directory, file)
            name = display_name(path)
            if not file.endswith(tuple(suffixes)) or file.startswith("."):
                continue
            if any(fnmatch(name, pattern) or fnmatch(file, pattern) for pattern in exclude):
                continue
            if path.is_symlink():
                target = path.resolve()
                if not target.exists():
                    yield path, name, "broken symbolic link"
                    continue
                if not target.is_relative_to(real_root):
                    yield path, name, "symbolic link to outside the corpus root (not followed)"
                    continue
            yield path, name, None
