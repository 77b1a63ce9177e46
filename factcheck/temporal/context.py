"""Looking at the words around a candidate span: the evidence rules use these."""

from __future__ import annotations

import re

_PREVIOUS_WORD = re.compile(r"([A-Za-z]+(?:['’]s)?)[ \t\u00a0(\"“]*\Z")
_NEXT_WORD = re.compile(r"[ \t\u00a0]*([A-Za-z][A-Za-z'’-]*)")
_NEXT_TOKEN = re.compile(r"[ \t\u00a0]*(\S+)")
_PREVIOUS_TOKEN = re.compile(r"(\S+)[ \t\u00a0]*\Z")

# Words after which a capitalised month, season or number reads as a date.
DATE_PREPOSITIONS = frozenset(
    [
        "in",
        "on",
        "since",
        "until",
        "till",
        "by",
        "from",
        "to",
        "through",
        "throughout",
        "during",
        "before",
        "after",
        "early",
        "late",
        "mid",
        "end",
        "of",
        "between",
        "and",
        "or",
        "last",
        "next",
        "this",
        "the",
        "around",
        "about",
        "beginning",
        "start",
        "middle",
        "circa",
        "over",
        "into",
        "for",
        "year",
        "years",
        "spring",
        "summer",
        "autumn",
        "fall",
        "winter",
        "fiscal",
    ]
)

# Words that may follow a date without turning it into a modifier of a noun
# ("in the summer the team ...", but not "the summer heat").
FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "and",
        "or",
        "but",
        "nor",
        "so",
        "as",
        "if",
        "when",
        "while",
        "after",
        "before",
        "until",
        "since",
        "than",
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "where",
        "is",
        "was",
        "were",
        "are",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "do",
        "did",
        "does",
        "not",
        "it",
        "its",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "his",
        "her",
        "their",
        "our",
        "this",
        "these",
        "those",
        "there",
        "then",
        "also",
        "already",
        "again",
        "alone",
    ]
)


def previous_word(text: str, start: int) -> str:
    """The word just before `start` (lower-cased), skipping spaces and an opening bracket or quote."""
    match = _PREVIOUS_WORD.search(text, max(0, start - 30), start)
    return match.group(1).lower() if match else ""


def next_word(text: str, end: int) -> str:
    """The word just after `end`, as written (its case matters to the callers)."""
    match = _NEXT_WORD.match(text, end, min(len(text), end + 40))
    return match.group(1) if match else ""


def next_token(text: str, end: int) -> str:
    match = _NEXT_TOKEN.match(text, end, min(len(text), end + 40))
    return match.group(1) if match else ""


def previous_token(text: str, start: int) -> str:
    match = _PREVIOUS_TOKEN.search(text, max(0, start - 40), start)
    return match.group(1) if match else ""


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def modifies_noun(text: str, end: int) -> bool:
    """Whether a lower-case content word follows, as in "summer heat" or "Christmas tree"."""
    word = next_word(text, end)
    return bool(word) and word.islower() and word not in FUNCTION_WORDS
