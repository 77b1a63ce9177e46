"""Finding temporal expressions: run every rule, keep the longest non-overlapping spans,
then join neighbours that make one expression ("late" + "2023", "Tuesday" + "at 3 p.m.")."""

from __future__ import annotations

import re

from factcheck.temporal.meaning import FINENESS, AtTime, Fixed, Modifier, is_calendar, is_day
from factcheck.temporal.rules import RULES, Atom

# What may stand between a day and its clock time, in either order.
_DAY_THEN_TIME = re.compile(r"[ \t\u00a0]*,?[ \t\u00a0]*(?:(?:at|around|about|from|by|before|after|shortly\s+(?:before|after))[ \t\u00a0]+)?")
_TIME_THEN_DAY = re.compile(r"[ \t\u00a0]*,?[ \t\u00a0]*(?:on[ \t\u00a0]+)?")
# "four hours and 42 minutes", "two years, three months": one duration.
_DURATION_JOIN = re.compile(r"[ \t\u00a0]*,?[ \t\u00a0]*(?:and[ \t\u00a0]+)?")
_DURATION_VALUE = re.compile(r"P(T?)([0-9.]+[A-Z]+)")


def recognise(text: str) -> list[Atom]:
    """The temporal expressions of `text` as atoms, in order and non-overlapping."""
    candidates = []
    for rank, rule in enumerate(RULES):
        if rule.trigger is not None and not rule.trigger.search(text):
            continue
        for match in rule.pattern.finditer(text):
            found = rule.build(match, text)
            if found is not None and found.end > found.start:
                candidates.append(Atom(found.start, found.end, found.meaning, found.weak, rank))
    return [a for a in _join(_longest(candidates), text) if not a.weak]


def _longest(candidates: list[Atom]) -> list[Atom]:
    """Greedy choice of the longest atoms (earlier rule first on ties) that do not overlap."""
    taken: list[Atom] = []
    occupied = bytearray()
    for atom in sorted(candidates, key=lambda a: (a.start - a.end, a.rank, a.start)):
        if len(occupied) < atom.end:
            occupied.extend(bytes(atom.end - len(occupied)))
        if not any(occupied[atom.start:atom.end]):
            occupied[atom.start:atom.end] = b"\x01" * (atom.end - atom.start)
            taken.append(atom)
    return sorted(taken, key=lambda a: a.start)


def _join(atoms: list[Atom], text: str) -> list[Atom]:
    joined: list[Atom] = []
    for atom in atoms:
        if joined:
            both = _combine(joined[-1], atom, text)
            if both is not None:
                joined[-1] = both
                continue
        joined.append(atom)
    return joined


def _combine(left: Atom, right: Atom, text: str) -> Atom | None:
    gap = text[left.end:right.start]
    if isinstance(left.meaning, Modifier):
        if gap == "" and is_calendar(right.meaning):
            return Atom(left.start, right.end, right.meaning, right.weak)
        return None
    if _is_duration(left.meaning) and _is_duration(right.meaning) and _DURATION_JOIN.fullmatch(gap):
        return _sum(left, right)
    if _is_clock(right.meaning) and is_day(left.meaning) and _DAY_THEN_TIME.fullmatch(gap):
        return Atom(left.start, right.end, _at(left.meaning, right.meaning))
    if _is_clock(left.meaning) and is_day(right.meaning) and _TIME_THEN_DAY.fullmatch(gap):
        return Atom(left.start, right.end, _at(right.meaning, left.meaning))
    return None


def _is_clock(meaning) -> bool:
    return isinstance(meaning, AtTime) and meaning.suffix[1:2].isdigit()


def _is_duration(meaning) -> bool:
    return isinstance(meaning, Fixed) and meaning.type == "DURATION" and _DURATION_VALUE.fullmatch(meaning.value)


def _sum(left: Atom, right: Atom) -> Atom | None:
    """One duration from a coarser and a finer one: PT4H + PT42M = PT4H42M."""
    coarse, fine = left.meaning, right.meaning
    if FINENESS.index(fine.granularity) >= FINENESS.index(coarse.granularity):
        return None
    clock_coarse, amount_coarse = _DURATION_VALUE.fullmatch(coarse.value).groups()
    clock_fine, amount_fine = _DURATION_VALUE.fullmatch(fine.value).groups()
    separator = "" if clock_coarse or not clock_fine else "T"
    value = f"P{clock_coarse}{amount_coarse}{separator}{amount_fine}"
    return Atom(left.start, right.end, Fixed("DURATION", value, fine.granularity))


def _at(day, clock: AtTime) -> AtTime:
    return AtTime(day, clock.suffix, clock.granularity)
