"""A cheap sentence splitter, so the statistical model only parses sentences that can hold a claim."""

from __future__ import annotations

import re

from factcheck.temporal.lexicon import MONTHS, WEEKDAYS

_BOUNDARY = re.compile(r"""[.!?…]+["”’)\]]*(?=\s+["“‘(\[]?[A-Z0-9])""")
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "sr",
        "jr",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "gov",
        "sen",
        "rep",
        "rev",
        "hon",
        "pres",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "no",
        "nos",
        "vs",
        "etc",
        "inc",
        "ltd",
        "co",
        "corp",
        "dept",
        "est",
        "approx",
        "fig",
        "op",
        "vol",
        "mt",
        "ft",
    ]
)
_INITIAL = re.compile(r"(?:\b[A-Z]\.)+$")
# "at 5 p.m. Sunday", "about 11 a.m. Eastern": a clock time before the day it falls on (news
# style) does not end its sentence.
_CLOCK = re.compile(r"\b[ap]\.m$", re.IGNORECASE)
_AFTER_CLOCK = frozenset([*WEEKDAYS, *MONTHS, "eastern", "central", "mountain", "pacific", "et", "ct", "mt", "pt"])
# "Update, 10:30 a.m. Wednesday:", "UPDATE (5 p.m.):", "Editor's note:": a label opening a
# paragraph, when the page was changed, not when anything it tells happened.
_LABEL = re.compile(r"\s*(?:updated?|editor['’]s\s+note|correction)\b.{0,40}?:\s", re.IGNORECASE)
# Longer than this without a sentence boundary is a table, a list run together or minified text,
# not a sentence; the statistical parser refuses texts above a million characters.
MAX_SENTENCE_CHARS = 5_000


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences in text[start:end], whitespace trimmed (and none
    longer than MAX_SENTENCE_CHARS)."""
    end = len(text) if end is None else end
    spans = []
    position = start
    for match in _BOUNDARY.finditer(text, start, end):
        before = text[position : match.start()]
        # "Friday (Aug. 18)", "(Jan. 4)": an opening bracket or quote is no part of the word
        last_word = before.rsplit(None, 1)[-1].lstrip("([{\"'“‘") if before.split() else ""
        if match.group().startswith(".") and (
            last_word.lower().rstrip(".") in _ABBREVIATIONS
            or _INITIAL.search(last_word + ".")
            or (_CLOCK.search(last_word) and _next_word(text, match.end()) in _AFTER_CLOCK)
        ):
            continue
        spans.append((position, match.end()))
        position = match.end()
    spans.append((position, end))
    spans = [part for a, b in spans for part in _without_label(text, a, b)]
    trimmed = [_trim(text, a, b) for a, b in spans if text[a:b].strip()]
    return [(a, b) for a, b in trimmed if b - a <= MAX_SENTENCE_CHARS]


def _without_label(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentence at `start`, with a label that opens it (`_LABEL`) a sentence of its own."""
    label = _LABEL.match(text, start, end)
    return [(start, label.end()), (label.end(), end)] if label and label.end() < end else [(start, end)]


def _next_word(text: str, position: int) -> str:
    following = text[position : position + 40].split(None, 1)
    return following[0].strip(".,;:").lower() if following else ""


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b
