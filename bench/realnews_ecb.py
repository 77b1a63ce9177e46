"""Reading the ECB+ corpus (Cybulska and Vossen, 2014): tokens, mentions and coreference.

The archive unpacks to `ECB+/<topic>/<topic>_<n>ecb[plus].xml`. Each file holds its tokens
(`<token t_id sentence number>`), then `<Markables>`: mentions, each a list of token anchors,
and the instances they refer to (no anchors), then `<Relations>`: `CROSS_DOC_COREF` links mentions
(sources) to an instance named by `note`, the same name in every document of the topic.
"""

from __future__ import annotations

import re
import tarfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

_NAME = re.compile(r"(?P<topic>\d+)_(?P<number>\d+)(?P<kind>ecbplus|ecb)\.xml")


@dataclass(frozen=True)
class Mention:
    tag: str  # ACTION_OCCURRENCE, TIME_DATE, LOC_GEO, HUMAN_PART_PER, ...
    tokens: tuple[int, ...]  # indices into the document's token list, in order
    instance: str | None  # the cross-document instance it refers to, if linked to one


@dataclass(frozen=True)
class EcbDocument:
    name: str  # "1_10ecbplus"
    topic: int
    kind: str  # "ecb" or "ecbplus": the two incidents of a topic
    sentences: tuple[tuple[str, ...], ...]  # token texts, sentence by sentence
    mentions: tuple[Mention, ...]

    @property
    def incident(self) -> str:
        """The conventional ECB+ subtopic: one real-world incident."""
        return f"{self.topic}{self.kind}"

    def position(self, token: int) -> tuple[int, int]:
        """(sentence, index within the sentence) of a token of the document."""
        for sentence, words in enumerate(self.sentences):
            if token < len(words):
                return sentence, token
            token -= len(words)
        raise IndexError(token)


def unpack(archive: Path, into: Path) -> Path:
    """Unpack the archive (once) and return the directory holding the topic folders."""
    root = into / "ECB+"
    if not root.is_dir():
        with tarfile.open(archive) as tar:
            tar.extractall(into, filter="data")
    return root


def read_corpus(root: Path, topics: set[int] | None = None) -> list[EcbDocument]:
    """Every document of the chosen topics (all when None), ordered by topic, kind and number."""
    found = []
    for path in root.glob("*/*.xml"):
        match = _NAME.fullmatch(path.name)
        if match and (topics is None or int(match["topic"]) in topics):
            found.append(((int(match["topic"]), match["kind"], int(match["number"])), path))
    return [read_document(path) for _, path in sorted(found)]


def read_document(path: Path) -> EcbDocument:
    match = _NAME.fullmatch(path.name)
    if match is None:
        raise ValueError(f"{path}: not an ECB+ document name")
    root = ET.parse(path).getroot()
    sentences: dict[int, list[str]] = {}
    index_of: dict[str, int] = {}
    for position, token in enumerate(root.iter("token")):
        sentences.setdefault(int(token.get("sentence")), []).append(token.text or "")
        index_of[token.get("t_id")] = position
    return EcbDocument(
        name=path.stem,
        topic=int(match["topic"]),
        kind=match["kind"],
        sentences=tuple(tuple(sentences[s]) for s in sorted(sentences)),
        mentions=_mentions(root, index_of),
    )


def _mentions(root: ET.Element, index_of: dict[str, int]) -> tuple[Mention, ...]:
    instance_of = {
        source.get("m_id"): relation.get("note")
        for relation in root.iter("CROSS_DOC_COREF")
        for source in relation.iter("source")
    }
    markables = root.find("Markables")
    mentions = []
    for markable in [] if markables is None else markables:
        anchors = [index_of[a.get("t_id")] for a in markable.iter("token_anchor") if a.get("t_id") in index_of]
        if anchors:
            mentions.append(Mention(markable.tag, tuple(sorted(anchors)), instance_of.get(markable.get("m_id"))))
    return tuple(mentions)
