"""Text normalisation shared by every stage that compares names."""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'", "“": '"', "”": '"'})
_DASHES = re.compile(r"[\s\-‐‑‒–—―_/]+")
_POSSESSIVE = re.compile(r"'s?$")
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an) ")
_NON_NAME = re.compile(r"[^\w' .&]+")
_SCORE = re.compile(r"(?:,?\s+\d{1,2}\s*[-–]\s*\d{1,2})+$")  # "Olympique Vérac 2-1": the parser keeps the score


def normalise_name(name: str) -> str:
    """A comparison key for a name: case, curly quotes, hyphens, spacing and articles folded.

    "Chang’e-6", "Chang'e 6" and "Chang'E-6" all become "chang'e 6"; a match score the parser
    took into a name is dropped ("Tomáš Hradecký 6-4").
    """
    key = _SCORE.sub("", unicodedata.normalize("NFKC", name)).translate(_APOSTROPHES).casefold()
    key = _NON_NAME.sub(" ", _DASHES.sub(" ", key))
    key = " ".join(key.replace(".", "").split())
    key = _POSSESSIVE.sub("", key).strip()
    return _LEADING_ARTICLE.sub("", key)


def numbers_in(name: str) -> tuple[str, ...]:
    """The digit runs in a name: names that differ in one are different things."""
    return tuple(re.findall(r"\d+", name))
