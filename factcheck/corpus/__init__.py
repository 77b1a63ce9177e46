"""The corpus stage: documents with their text, metadata and article paragraphs, or a reason they were skipped.

Every path given is accounted for: each file found becomes a `Document` or a `Skipped` entry.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property

from factcheck.corpus.decode import NotText, decode
from factcheck.corpus.files import Found, find_files, read_bytes
from factcheck.corpus.frontmatter import FrontMatter, FrontMatterError, parse_date, parse_front_matter, title_span
from factcheck.corpus.layout import Paragraph, opening_heading, repeated_title, segment

__all__ = [
    "DEFAULT_MAX_BYTES",
    "Corpus",
    "Document",
    "FrontMatter",
    "FrontMatterReader",
    "Paragraph",
    "Skipped",
    "load_corpus",
    "load_document",
    "parse_date",
    "parse_front_matter",
]

DEFAULT_SUFFIXES = (".txt", ".md", ".markdown")
DEFAULT_MAX_BYTES = 5_000_000
_NEWLINE = re.compile("\n")


@dataclass(frozen=True)
class Document:
    """One article: the whole file's text and where its parts are.

    Every offset in factcheck (claims, dates, evidence) is a character offset into `text`,
    the decoded file as it is on disk, so it maps back to a line and column of the file.
    """

    name: str  # the path shown in reports, relative where possible
    text: str
    sha256: str  # of the file's bytes
    body_start: int = 0  # after the front matter
    title: str | None = None
    published: dt.date | None = None
    source: str | None = None
    warning: str | None = None  # checked, but something was off (e.g. bad bytes replaced)
    path: str | None = None  # the file's absolute path; None for standard input

    # Paragraphs and line starts are worked out when first asked for: a run whose claims all
    # come from the cache never needs them.
    @cached_property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        return segment(self.text, self.body_start)

    @property
    def article(self) -> tuple[Paragraph, ...]:
        """The paragraphs that are article text, page furniture left out."""
        return tuple(p for p in self.paragraphs if p.article)

    @cached_property
    def headline(self) -> tuple[int, int] | None:
        """(start, end) of the headline, the sentence every outlet writes about its story, read once:
        the body's line that repeats the title, where a reader sees it; else the title on its
        front-matter line; else, with no title, the heading that opens the article."""
        if self.title is None:
            heading = opening_heading(self.text, self.paragraphs)
            return None if heading is None else (heading.start, heading.end)
        return repeated_title(self.text, self.paragraphs, self.title) or title_span(
            self.text, self.body_start, self.title
        )

    def lede_end(self, words: int) -> int:
        """The offset where the lede (the article's first `words` words) ends, at the end of a
        paragraph."""
        count, end = 0, self.body_start
        for paragraph in self.article:
            end = paragraph.end
            count += len(self.text[paragraph.start : paragraph.end].split())
            if count >= words:
                break
        return end

    @cached_property
    def _line_starts(self) -> tuple[int, ...]:
        return (0, *(match.end() for match in _NEWLINE.finditer(self.text)))

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset."""
        line = bisect.bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1


@dataclass(frozen=True)
class Skipped:
    name: str
    reason: str
    line: int | None = None  # where in the file the reason lies, when it lies on one line


@dataclass(frozen=True)
class Corpus:
    documents: tuple[Document, ...]
    skipped: tuple[Skipped, ...] = ()

    def __iter__(self):
        return iter(self.documents)

    def __len__(self) -> int:
        return len(self.documents)


FrontMatterReader = Callable[[str], FrontMatter]


def load_document(
    name: str,
    data: bytes,
    *,
    published: dt.date | None = None,
    front_matter: FrontMatterReader = parse_front_matter,
    path: str | None = None,
) -> Document | Skipped:
    """Build a document from a file's bytes; `published` applies when the file states no date.

    `front_matter` reads a text's front matter: `parse_front_matter`, or a memo of what it
    returned for the same text in an earlier run (YAML is a third of the cost of reading a corpus).
    """
    try:
        decoded = decode(data)
    except NotText as error:
        return Skipped(name, str(error), error.line)
    text = decoded.text
    if not text.strip():
        return Skipped(name, "empty file")
    try:
        front = front_matter(text)
    except FrontMatterError as error:
        where = f"line {error.line}: " if error.line else ""
        return Skipped(name, f"malformed front matter: {where}{error}", error.line)
    if not text[front.body_start :].strip():
        return Skipped(name, "no text after the front matter")
    if front.unread_language:
        return Skipped(name, f"unsupported language: {front.unread_language}; only English is read")
    return Document(
        name=name,
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        body_start=front.body_start,
        title=front.title,
        published=front.published or published,
        source=front.source,
        warning=decoded.warning,
        path=path,
    )


def load_corpus(
    paths: Sequence[str | os.PathLike],
    *,
    published: dt.date | None = None,
    suffixes: Sequence[str] = DEFAULT_SUFFIXES,
    include: Sequence[str] | None = None,
    exclude: Sequence[str] = (),
    max_bytes: int = DEFAULT_MAX_BYTES,
    front_matter: FrontMatterReader = parse_front_matter,
) -> Corpus:
    """Read the documents below each path (files named directly are read whatever their name).

    Below a directory, the files read are those matching an `include` glob (default: any of the
    `suffixes`) and no `exclude` glob, on their name as shown or their base name; hidden files
    and directories are left out, and so is a directory matching an `exclude` glob.

    Raises FactcheckError for a path that does not exist; everything else wrong with a file is
    recorded as a skipped document with its reason. The result does not depend on the order
    of the paths.
    """
    documents: list[Document] = []
    skipped: list[Skipped] = []
    patterns = tuple(include) if include is not None else tuple(f"*{suffix}" for suffix in suffixes)
    for found in find_files(paths, patterns, exclude):
        outcome = _read(found, max_bytes, published, front_matter)
        (skipped if isinstance(outcome, Skipped) else documents).append(outcome)
    return Corpus(documents=tuple(documents), skipped=tuple(skipped))


def _read(
    found: Found, max_bytes: int, published: dt.date | None, front_matter: FrontMatterReader
) -> Document | Skipped:
    if found.problem:
        return Skipped(found.name, found.problem)
    data = read_bytes(found.path, max_bytes)
    if isinstance(data, str):
        return Skipped(found.name, data)
    return load_document(
        found.name, data, published=published, front_matter=front_matter, path=os.path.abspath(found.path)
    )
