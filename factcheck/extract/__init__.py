"""The extract stage: a claims table from documents.

Cheap matchers (the temporal tagger, the gazetteer, number and place cues; `candidates.py`) pick
the sentences that can hold a claim; only those go through the statistical pipeline, in batches,
in as many worker processes as asked for (`workers.py`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import partial
from itertools import groupby

import pandas as pd
from spacy.language import Language

from factcheck.claims_table import CLAIM_COLUMNS, claims_frame
from factcheck.corpus import Document
from factcheck.extract.candidates import candidate_sentences
from factcheck.extract.claims import claims_in_sentence
from factcheck.extract.headline import parse_headlines
from factcheck.extract.model import load_model
from factcheck.extract.repair import repair
from factcheck.extract.sentences import split_sentences
from factcheck.extract.setting import Setting, person_words
from factcheck.extract.workers import can_fork, map_documents
from factcheck.extract.written import as_written, for_the_model
from factcheck.rules import Rules

__all__ = ["CLAIM_COLUMNS", "claims_frame", "extract_claims", "extract_rows", "load_model"]

# A name and its short form never span a line: the article's paragraphs are joined by one.
_ACRONYM = re.compile(
    r"\b((?:[A-Z][\w’'&.-]*[^\S\n]+)(?:(?:of|and|for|the|on|de|du|des|&)[^\S\n]+|[A-Z][\w’'&.-]*[^\S\n]+){0,8}"
    r"[A-Z][\w’'&.-]*)[^\S\n]+\(([A-Z][A-Za-z&.-]{1,11})\)"
)
_NAME_SEQUENCE = re.compile(r"\b[A-Z][a-z’'-]+(?:[^\S\n]+[A-Z][a-z’'-]+){1,3}\b")
_NOT_NAME_START = frozenset(
    [
        "In",
        "The",
        "On",
        "At",
        "A",
        "An",
        "For",
        "And",
        "But",
        "By",
        "From",
        "With",
        "As",
        "Of",
        "To",
        "This",
        "That",
        "These",
        "Those",
        "Last",
        "Next",
        "Meanwhile",
        "During",
        "After",
        "Before",
        "Since",
        "Until",
        "When",
        "While",
        "If",
        "Its",
        "Their",
        "His",
        "Her",
        "Our",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
    ]
)


def extract_rows(
    documents: Sequence[Document],
    rules: Rules,
    nlp: Language,
    *,
    n_process: int = 1,
    batch_size: int = 256,
    every_sentence: bool = False,
) -> dict[str, list[dict]]:
    """Claim rows per document name (the unit the cache stores).

    `n_process` worker processes share the documents; `every_sentence` parses the sentences the
    prefilter would skip too (to check that it loses no claim).
    """
    job = partial(_extract, rules=rules, nlp=nlp, batch_size=batch_size, every_sentence=every_sentence)
    if n_process > 1 and len(documents) > 1 and can_fork():
        return map_documents(job, documents, n_process)
    return job(documents)


def _extract(
    documents: Sequence[Document], rules: Rules, nlp: Language, batch_size: int, every_sentence: bool
) -> dict[str, list[dict]]:
    # An article set abroad is read without the places local to the countries it is not set in.
    gazetteers = {document.name: rules.gazetteer.for_text(document.text) for document in documents}
    tasks = [
        (document, offset, text, facts)
        for document in documents
        for offset, text, facts in candidate_sentences(
            document,
            gazetteers[document.name],
            every_sentence,
            rules.events.pronouns,
            document.lede_end(rules.stories.lede_words),
            rules.stories.bare_sentences,
        )
    ]
    rows: dict[str, list[dict]] = {document.name: [] for document in documents}
    headlines = iter(
        parse_headlines(
            nlp,
            [(text, _article_text(document)) for document, _, text, facts in tasks if facts.headline],
            batch_size,
        )
    )
    prose = nlp.pipe((for_the_model(text) for _, _, text, facts in tasks if not facts.headline), batch_size=batch_size)
    parsed = (
        repair(next(headlines) if facts.headline else as_written(next(prose), text)) for _, _, text, facts in tasks
    )
    # A document's sentences come together: its people's names are read from all of them first.
    for name, sentences in groupby(zip(tasks, parsed), key=lambda pair: pair[0][0].name):
        sentences = list(sentences)
        found = rows[name]
        setting = Setting(_expansions(sentences[0][0][0]), person_words(doc for _, doc in sentences))
        gazetteer = gazetteers[name]
        firsts = (setting.first_place(doc, facts.places, facts.streets, gazetteer) for (*_, facts), doc in sentences)
        setting.home = next((place for place in firsts if place), None)
        for (source, offset, text, facts), doc in sentences:
            for claim in claims_in_sentence(doc, facts, rules.events, gazetteer, setting):
                found.append(_locate(source, offset, text, claim, len(found)))
            setting.follow(doc, facts.places, facts.streets, gazetteer)
    return rows


def extract_claims(documents: Iterable[Document], rules: Rules, nlp: Language | None = None, **options) -> pd.DataFrame:
    """The claims table of the documents (see `CLAIM_COLUMNS`)."""
    documents = list(documents)
    per_document = extract_rows(documents, rules, nlp or load_model(), **options)
    return claims_frame([row for document in documents for row in per_document[document.name]])


def _locate(document: Document, offset: int, sentence: str, claim: dict, index: int) -> dict:
    """Make a claim's offsets absolute and add where it stands."""
    for key in ("trigger", "time", "place", "quantity"):
        for edge in ("start", "end"):
            column = f"{key}_{edge}"
            if claim.get(column) is not None:
                claim[column] += offset
    line, column = document.line_col(claim["trigger_start"])
    sentence_line, sentence_column = document.line_col(offset)
    return {
        "claim_id": f"{document.name}#{index}",
        "doc": document.name,
        "published": document.published.isoformat() if document.published else None,
        "sentence_start": offset,
        "sentence_end": offset + len(sentence),
        "sentence": sentence,
        "sentence_line": sentence_line,
        "sentence_column": sentence_column,
        "line": line,
        "column": column,
        **claim,
    }


def _expansions(document: Document) -> dict[str, str]:
    """Short forms the document itself defines: "CNSA" for "China National Space Administration
    (CNSA)", and a surname for the one full name in the document that ends with it."""
    article = _article_text(document)
    expansions = {short: long.strip() for long, short in _ACRONYM.findall(article)}
    full_names: dict[str, set[str]] = {}
    for name in _NAME_SEQUENCE.findall(article):
        if name.split()[0] in _NOT_NAME_START:
            continue
        full_names.setdefault(name.split()[-1], set()).add(name)
    sentences = [article[start:end] for start, end in split_sentences(article)] if full_names else []
    for last, names in full_names.items():
        if len(names) == 1 and last not in expansions and not _someone_else(sentences, last, next(iter(names))):
            expansions[last] = next(iter(names))
    return expansions


def _someone_else(sentences: list[str], last: str, full: str) -> bool:
    """A sentence names the full name and the surname alone apart ("Peterson was convicted of the
    murder of Laci Peterson"): the surname alone is another person of that name."""
    alone = re.compile(rf"(?<!\w){re.escape(last)}(?!\w)")
    return any(full in sentence and len(alone.findall(sentence)) > sentence.count(full) for sentence in sentences)


def _article_text(document: Document) -> str:
    return "\n".join(document.text[p.start : p.end] for p in document.article)
