"""The language an article is written in, identified on a sample of its body with CLD2 (pycld2).

Extraction reads English only (the spaCy pipeline and the rule files are English), so a document
in another language is reported as not checked rather than silently yielding no claims. CLD2 was
chosen by measurement (bench/langid_eval.py, BENCHMARKS.md): it was right on every short news
paragraph, names and all, the fastest, deterministic, Apache-2.0, and its tables are compiled in.
"""

from __future__ import annotations

from dataclasses import dataclass

import pycld2

CHECKED_LANGUAGES = ("en",)  # what the extractor reads
SAMPLE_CHARS = 2000  # enough for a reliable answer; detection stays a small part of reading a file


@dataclass(frozen=True)
class Language:
    code: str  # ISO 639-1 where there is one, as CLD2 gives it
    name: str

    def __str__(self) -> str:
        return f"{self.name} ({self.code})"


def detect_language(body: str) -> Language | None:
    """The body's language when CLD2 is sure of it, else None (too short, mixed, or unknown)."""
    # CLD2 takes UTF-8: lone surrogates (bytes that did not decode) are replaced.
    sample = body[:SAMPLE_CHARS].encode("utf-8", "replace").decode("utf-8")
    try:
        reliable, _, details = pycld2.detect(sample)
    except pycld2.error:  # control characters CLD2 refuses: no answer, like a text too short
        return None
    name, code, _, _ = details[0]
    if not reliable or code == "un":
        return None
    return Language(code, name.title())


def unchecked_language(body: str) -> Language | None:
    """The body's language when it is one the extractor does not read."""
    language = detect_language(body)
    return language if language is not None and language.code not in CHECKED_LANGUAGES else None
