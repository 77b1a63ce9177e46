"""ECB+ documents written back as news articles: YAML front matter, then one sentence per line.

An `ecbplus` document starts with the page's URL (sentence 0, kept as `source:`) and its title
(`title:`). The title stays the first line of the body too, as on the page and as in the
project's other corpora: headlines carry claims ("Quake kills 4"), and keeping every sentence
in the body keeps one line per sentence. Where the header prints the publication date, it
becomes `published:` and the line stays as it is. `ecb` documents have no URL, title or date.

Files are named by a hash of the ECB+ name, so neither the topic nor the incident can be read
from the name.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, replace
from pathlib import Path

from realnews_ecb import EcbDocument
from realnews_published import date_in, publication_date
from realnews_text import Line, rebuild


@dataclass(frozen=True)
class Article:
    source: EcbDocument
    front: tuple[str, ...]  # the front matter's lines, fences included (none for ecb documents)
    lines: tuple[Line, ...]  # the body, one line a sentence
    first_sentence: int  # the ECB+ sentence of the body's first line
    published: str | None = None
    header: frozenset[int] = field(default_factory=frozenset)  # sentences that are the page's dateline

    @property
    def file_name(self) -> str:
        return hashlib.sha256(self.source.name.encode()).hexdigest()[:16] + ".txt"

    @property
    def incident(self) -> str:
        return self.source.incident

    def line_number(self, sentence: int) -> int:
        """1-based line of the file that holds an ECB+ sentence."""
        return len(self.front) + sentence - self.first_sentence + 1

    def line_of(self, sentence: int) -> Line:
        return self.lines[sentence - self.first_sentence]

    def with_line(self, sentence: int, line: Line) -> Article:
        lines = list(self.lines)
        lines[sentence - self.first_sentence] = line
        return replace(self, lines=tuple(lines))

    def text(self) -> str:
        return "".join(line + "\n" for line in self.front) + "".join(line.text + "\n" for line in self.lines)


def build(document: EcbDocument) -> Article:
    lines = rebuild(document.sentences, document.kind)
    if document.kind != "ecbplus" or len(lines) < 2:
        return Article(document, (), tuple(lines), 0)
    body = lines[1:]
    texts = [line.text for line in body]
    title = next((text for text in texts[:2] if not date_in(text)), texts[0])
    published = publication_date(texts)
    front = ["---", f"title: {_quoted(title)}"]
    if published:
        front.append(f"published: {published.isoformat()}")
    front += [f"source: {_quoted(''.join(document.sentences[0]))}", "---"]
    header = frozenset(
        sentence for sentence, text in enumerate(texts[:6], start=1) if published and date_in(text) == published
    )
    return Article(document, tuple(front), tuple(body), 1, published and published.isoformat(), header)


def write(articles: list[Article], directory: Path) -> None:
    """The articles as files of the directory, and no other file (unchanged files are not rewritten)."""
    directory.mkdir(parents=True, exist_ok=True)
    names = {article.file_name for article in articles}
    for stale in directory.glob("*.txt"):
        if stale.name not in names:
            stale.unlink()
    for article in articles:
        path = directory / article.file_name
        text = article.text()
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")


def _quoted(text: str) -> str:
    """A YAML scalar: JSON's double-quoted strings are YAML's."""
    return json.dumps(text, ensure_ascii=False)
