"""`tag`: the whole tagger as one pure function of a text and its publication date."""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import replace

from factcheck.temporal.context import previous_word
from factcheck.temporal.meaning import AtTime, Fixed, Shift, Weekday, Yearless
from factcheck.temporal.normalise import Anchors, Reference, resolve
from factcheck.temporal.recognise import recognise
from factcheck.temporal.rules import Atom
from factcheck.temporal.tense import headline_tense, in_aside, in_quotation, tense
from factcheck.temporal.timex import Timex, interval, modified_interval, night_interval
from factcheck.temporal.zones import days_of_instant

_EXPLICIT_YEAR = re.compile(r"[0-9]{4}(?:-|\Z)")
# "since 2011", "by 2030" or "the three months ended Sept. 30" bounds a period; it does not
# set the time the paragraph is about, and neither does a date in an aside ("Brightwell,
# founded in 2015, shipped ...").
_BOUNDARY_WORDS = frozenset({"since", "by", "until", "till", "before", "ended", "ending"})
# What joins dates of a list or range that share the year written after the last one.
# What joins a clock time and its day: "01:10 JST on 5 March", "5 March, at 01:10 JST".
_CLOCK_JOIN = re.compile(r"\s*(?:,\s*)?(?:on|at)?\s*")
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|to\s+|through\s+|until\s+|[-–]\s*)")


def tag(
    text: str,
    published: datetime.date | None = None,
    paragraphs: Iterable[tuple[int, int]] | None = None,
    headline: tuple[int, int] | None = None,
) -> list[Timex]:
    """All temporal expressions in text, in order, non-overlapping.

    With `paragraphs`, only those (start, end) spans of the text are read (an article's
    paragraphs without its page furniture), each as a paragraph of its own, and a date in
    one may anchor "a year later" in the next; offsets stay offsets into `text`. The
    `headline` span, one of them, is read in headline-ese (`tense.headline_tense`).
    """
    found: list[Timex] = []
    context_year: int | None = None
    references: list[Reference] = []
    paragraph = 0
    previous_start = 0
    atoms, first_atoms = _atoms(text, paragraphs)
    shared = _shared_years(atoms, text)
    for index, atom in enumerate(atoms):
        if index in first_atoms or "\n" in text[previous_start : atom.start]:
            paragraph, context_year = paragraph + 1, None
        previous_start = atom.start
        anchors = Anchors(
            published,
            context_year,
            shared.get(index),
            references,
            paragraph,
            _tense_of(text, atom, headline),
        )
        resolved = resolve(atom.meaning, anchors)
        span = stated = None
        if resolved.anchor != "none" and resolved.day_stated and not _quoted_relative(text, atom, resolved):
            instant = days_of_instant(resolved.value)
            stated = instant or interval(resolved.value)
            span = instant or (night_interval(resolved.value, stated) if stated else None)
        if span is not None:
            span = modified_interval(text[atom.start : atom.end], resolved.granularity, span)
            span = _up_to_publication(atom.meaning, resolved, span, published)
        found.append(
            Timex(
                start=atom.start,
                end=atom.end,
                text=text[atom.start : atom.end],
                type=resolved.type,
                value=resolved.value,
                granularity=resolved.granularity,
                anchor=resolved.anchor,
                begin=span[0] if span else None,
                until=span[1] if span else None,
            )
        )
        bounds_a_period = previous_word(text, atom.start) in _BOUNDARY_WORDS
        if span:
            counted = (
                isinstance(atom.meaning, Shift)
                and atom.meaning.keeps_granularity
                and atom.meaning.unit not in ("day", "week")
            )
            # Counted from the day the text names: "early Saturday" may begin late Friday for
            # another outlet, but "at 2:15 a.m." after it is still Saturday's.
            references.append(
                Reference(len(found), stated[0], paragraph, resolved.granularity, not (bounds_a_period or counted))
            )
        if (
            resolved.anchor == "absolute"
            and _EXPLICIT_YEAR.match(resolved.value)
            and not (bounds_a_period or in_aside(text, atom.start, atom.end))
        ):
            context_year = int(resolved.value[:4])
    return _zoned_days(found, text)


def _up_to_publication(meaning, resolved, span, published):
    """ "last week" in news is as often the seven days before publication as the calendar week
    before it: "escaped last week" written on a Friday may be this Monday."""
    if (
        isinstance(meaning, Shift)
        and meaning.from_reference is None
        and (meaning.unit, meaning.offset) == ("week", -1)
        and resolved.anchor == "document"
        and published < datetime.date.max
    ):
        return span[0], max(span[1], published + datetime.timedelta(days=1))
    return span


def _quoted_relative(text: str, atom: Atom, resolved) -> bool:
    """A date counted from publication inside a quotation ("'It started two days ago,' she
    said"): the quote was spoken on a day the article need not give, so it dates nothing."""
    return resolved.anchor == "document" and not isinstance(atom.meaning, Fixed) and in_quotation(text, atom.start)


def _zoned_days(found: list[Timex], text: str) -> list[Timex]:
    """A day written beside a zoned clock time ("01:10 JST on 5 March") is that instant's day
    in the zone: it spans the clock time's days, the UTC one too."""
    for i, timex in enumerate(found):
        for j in (i - 1, i + 1):
            if not 0 <= j < len(found) or found[j].type != "TIME" or timex.type != "DATE":
                continue
            clock = found[j]
            first, second = sorted((timex, clock), key=lambda t: t.start)
            if (
                timex.granularity == "day"
                and clock.begin is not None
                and clock.value.startswith(timex.value)
                and _CLOCK_JOIN.fullmatch(text, first.end, second.start)
            ):
                found[i] = replace(timex, begin=clock.begin, until=clock.until)
    return found


def _tense_of(text: str, atom: Atom, headline: tuple[int, int] | None) -> Callable[[], str | None]:
    """How to tell the tense of the atom's sentence, when the resolution asks for it."""
    if headline is None or not headline[0] <= atom.start < headline[1]:
        return functools.partial(tense, text, atom.start, atom.end)
    day = atom.meaning.date if isinstance(atom.meaning, AtTime) else atom.meaning
    words = text[headline[0] : headline[1]]
    return functools.partial(
        headline_tense, words, atom.start - headline[0], atom.end - headline[0], isinstance(day, Weekday)
    )


def _atoms(text: str, paragraphs: Iterable[tuple[int, int]] | None) -> tuple[list[Atom], set[int]]:
    """The atoms of the text, or of each paragraph span, with offsets into the text; and the
    indexes of the atoms that open a new span."""
    if paragraphs is None:
        return recognise(text), set()
    atoms: list[Atom] = []
    firsts: set[int] = set()
    previous_end = 0
    for start, end in sorted(paragraphs):
        start, end = max(start, previous_end, 0), min(end, len(text))
        if start >= end:
            continue
        previous_end = end
        firsts.add(len(atoms))
        atoms.extend(
            Atom(a.start + start, a.end + start, a.meaning, a.weak, a.rank) for a in recognise(text[start:end])
        )
    return atoms, firsts


def _shared_years(atoms: list[Atom], text: str) -> dict[int, int]:
    """Year-less dates listed before a dated one take its year: "between May and July 2024"."""
    shared: dict[int, int] = {}
    year: int | None = None
    for index in range(len(atoms) - 1, -1, -1):
        meaning = atoms[index].meaning
        if isinstance(meaning, Fixed) and meaning.type == "DATE" and _EXPLICIT_YEAR.match(meaning.value):
            year = int(meaning.value[:4])
        elif (
            isinstance(meaning, Yearless)
            and year is not None
            and _LIST_JOIN.fullmatch(text, atoms[index].end, atoms[index + 1].start)
        ):
            shared[index] = year
        else:
            year = None
    return shared
