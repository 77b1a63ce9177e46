"""`tag`: the whole tagger as one pure function of a text and its publication date."""

from __future__ import annotations

import datetime
import functools
import re

from factcheck.temporal.context import previous_word
from factcheck.temporal.meaning import Fixed, Yearless
from factcheck.temporal.normalise import Anchors, resolve
from factcheck.temporal.recognise import recognise
from factcheck.temporal.rules import Atom
from factcheck.temporal.tense import tense
from factcheck.temporal.timex import Timex, interval

_EXPLICIT_YEAR = re.compile(r"[0-9]{4}(?:-|\Z)")
# "since 2011" or "by 2030" bounds a period; it does not set the time the paragraph is about.
_BOUNDARY_WORDS = frozenset({"since", "by", "until", "till", "before"})
# What joins dates of a list or range that share the year written after the last one.
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|to\s+|through\s+|until\s+|[-–]\s*)")


def tag(text: str, published: datetime.date | None = None) -> list[Timex]:
    """All temporal expressions in text, in order, non-overlapping."""
    found: list[Timex] = []
    context_year: int | None = None
    references: dict[str, tuple[int, datetime.date, int]] = {}
    paragraph = 0
    previous_start = 0
    atoms = recognise(text)
    shared = _shared_years(atoms, text)
    for index, atom in enumerate(atoms):
        if "\n" in text[previous_start:atom.start]:
            paragraph, context_year = paragraph + 1, None
        previous_start = atom.start
        anchors = Anchors(
            published, context_year, shared.get(index), references, paragraph,
            functools.partial(tense, text, atom.start, atom.end),
        )
        resolved = resolve(atom.meaning, anchors)
        span = interval(resolved.value) if resolved.anchor != "none" else None
        found.append(Timex(
            start=atom.start,
            end=atom.end,
            text=text[atom.start:atom.end],
            type=resolved.type,
            value=resolved.value,
            granularity=resolved.granularity,
            anchor=resolved.anchor,
            begin=span[0] if span else None,
            until=span[1] if span else None,
        ))
        if span:
            references[resolved.granularity] = (len(found), span[0], paragraph)
        if resolved.anchor == "absolute" and _EXPLICIT_YEAR.match(resolved.value) and (
            previous_word(text, atom.start) not in _BOUNDARY_WORDS
        ):
            context_year = int(resolved.value[:4])
    return found


def _shared_years(atoms: list[Atom], text: str) -> dict[int, int]:
    """Year-less dates listed before a dated one take its year: "between May and July 2024"."""
    shared: dict[int, int] = {}
    year: int | None = None
    for index in range(len(atoms) - 1, -1, -1):
        meaning = atoms[index].meaning
        if isinstance(meaning, Fixed) and meaning.type == "DATE" and _EXPLICIT_YEAR.match(meaning.value):
            year = int(meaning.value[:4])
        elif (
            isinstance(meaning, Yearless) and year is not None
            and _LIST_JOIN.fullmatch(text, atoms[index].end, atoms[index + 1].start)
        ):
            shared[index] = year
        else:
            year = None
    return shared
