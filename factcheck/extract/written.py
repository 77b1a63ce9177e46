"""Texts go to the parser as the model reads them best, and come back with the words as written.

The small English model learnt from text with straight quotes: a curly one before a word ("an
“unknown trouble” call around 9:30 p.m.") can turn the parse of its sentence upside down, and web
news writes curly quotes and apostrophes throughout. Each is replaced by its straight form, a
character for a character, so that offsets hold; the parse is then given back the written words.
"""

from __future__ import annotations

from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
from spacy.tokens import Doc

_STRAIGHT = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})
_ATTRIBUTES = [TAG, POS, MORPH, LEMMA, HEAD, DEP, ENT_IOB, ENT_TYPE]


def for_the_model(text: str) -> str:
    """The text with straight quotes and apostrophes, each at the offset of its curly one."""
    return text.translate(_STRAIGHT)


def as_written(doc: Doc, text: str) -> Doc:
    """The parse of a text that differs from `text` only character for character (case, quotes),
    with the words of `text`."""
    if doc.text == text:
        return doc
    words = [text[token.idx : token.idx + len(token)] for token in doc]
    written = Doc(doc.vocab, words=words, spaces=[bool(token.whitespace_) for token in doc])
    written.from_array(_ATTRIBUTES, doc.to_array(_ATTRIBUTES))
    return written
