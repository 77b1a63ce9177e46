"""Finding temporal expressions: run every rule, keep the longest non-overlapping spans,
then join neighbours that make one expression ("late" + "2023", "Tuesday" + "3 p.m.")."""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.temporal.meaning import FINENESS, AtTime, Fixed, Modifier, is_calendar, is_day
from factcheck.temporal.rules import CLOCK_DAY, RULES, Atom

# What may stand between a day and its clock time, in either order.  TimeML leaves a
# preposition (a "signal") out of every expression: "10 p.m. on Thursday" is two, the clock
# time taking its day from the other; "Thursday 10 p.m." and "midnight tonight" are one.
_SPACE = r"[ \t\u00a0]*,?[ \t\u00a0]*"
_DAY_THEN_TIME = re.compile(
    rf"{_SPACE}(?P<signal>(?:at|around|about|from|by|before|after|shortly\s+(?:before|after))[ \t\u00a0]+)?"
)
_TIME_THEN_DAY = re.compile(rf"{_SPACE}(?P<signal>on[ \t\u00a0]+)?")
# "between 07:30 and 18:30 on Thursday": the first clock time of a range is on the same day.
_CLOCK_RANGE = re.compile(r"\s*(?:and|to|until|till|-|–)\s*")
# "open daily between 8 a.m. and 8 p.m.": a clock time in a schedule is on no particular day.
_SCHEDULE_GAP = re.compile(r"[^.;!?\n]{0,40}")
_ANY_DAY = Fixed("DATE", "XXXX-XX-XX", "day")
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
    atoms = [a for a in _join(_longest(candidates), text) if not a.weak]
    return _days_of_clock_times(atoms, text)


def _longest(candidates: list[Atom]) -> list[Atom]:
    """Greedy choice of the longest atoms (earlier rule first on ties) that do not overlap."""
    taken: list[Atom] = []
    occupied = bytearray()
    for atom in sorted(candidates, key=lambda a: (a.start - a.end, a.rank, a.start)):
        if len(occupied) < atom.end:
            occupied.extend(bytes(atom.end - len(occupied)))
        if not any(occupied[atom.start : atom.end]):
            occupied[atom.start : atom.end] = b"\x01" * (atom.end - atom.start)
            taken.append(atom)
    return sorted(taken, key=lambda a: a.start)


def _join(atoms: list[Atom], text: str) -> list[Atom]:
    joined: list[Atom] = []
    for atom in atoms:
        if joined:
            combined = _combine(joined[-1], atom, text)
            if combined is not None:
                joined[-1:] = combined
                continue
        joined.append(atom)
    return joined


def _combine(left: Atom, right: Atom, text: str) -> list[Atom] | None:
    """What two neighbouring atoms become: one atom, a clock time and its day, or None if unrelated."""
    gap = text[left.end : right.start]
    if isinstance(left.meaning, Modifier):
        if gap == "" and is_calendar(right.meaning):
            meaning = right.meaning
            if left.meaning.part and is_day(meaning):
                meaning = AtTime(meaning, "T" + left.meaning.part, "day")
            return [Atom(left.start, right.end, meaning, right.weak)]
        return None
    if _is_duration(left.meaning) and _is_duration(right.meaning) and _DURATION_JOIN.fullmatch(gap):
        return _sum(left, right)
    if _is_clock(right.meaning) and _day_of(left.meaning) and (match := _DAY_THEN_TIME.fullmatch(gap)):
        return _with_day(right, left, match)
    if _is_clock(left.meaning) and _day_of(right.meaning) and (match := _TIME_THEN_DAY.fullmatch(gap)):
        return _with_day(left, right, match)
    return None


def _day_of(meaning):
    """The day a clock time next to this meaning falls on: the day itself, or the day of
    "tonight" or "Friday night"; None if it names no single day."""
    if isinstance(meaning, AtTime) and not _is_clock(meaning):
        meaning = meaning.date
    return meaning if is_day(meaning) else None


def _with_day(clock: Atom, day: Atom, gap: re.Match) -> list[Atom]:
    at = replace(clock.meaning, date=_day_of(day.meaning))
    if gap["signal"]:
        return sorted([Atom(clock.start, clock.end, at), day], key=lambda a: a.start)
    return [Atom(min(clock.start, day.start), max(clock.end, day.end), at)]


def _days_of_clock_times(atoms: list[Atom], text: str) -> list[Atom]:
    """Clock times without a day of their own: the first of a range takes the day of the
    second ("between 07:30 and 18:30 on Thursday"); one in a schedule has none ("daily
    between 8 a.m. and 8 p.m.")."""
    result = list(atoms)
    for index in range(len(result) - 2, -1, -1):
        atom, following = result[index], result[index + 1]
        if (
            _is_bare_clock(atom)
            and _is_clock(following.meaning)
            and (_CLOCK_RANGE.fullmatch(text, atom.end, following.start))
        ):
            result[index] = Atom(atom.start, atom.end, replace(atom.meaning, date=following.meaning.date))
    for index in range(1, len(result)):
        atom, previous = result[index], result[index - 1]
        schedule = (
            isinstance(previous.meaning, Fixed)
            and previous.meaning.type == "SET"
            or (isinstance(previous.meaning, AtTime) and previous.meaning.date == _ANY_DAY)
        )
        if schedule and _is_bare_clock(atom) and _SCHEDULE_GAP.fullmatch(text, previous.end, atom.start):
            result[index] = Atom(atom.start, atom.end, replace(atom.meaning, date=_ANY_DAY))
    return result


def _is_bare_clock(atom: Atom) -> bool:
    return _is_clock(atom.meaning) and atom.meaning.date == CLOCK_DAY


def _is_clock(meaning) -> bool:
    return isinstance(meaning, AtTime) and meaning.suffix[1:2].isdigit()


def _is_duration(meaning) -> bool:
    return isinstance(meaning, Fixed) and meaning.type == "DURATION" and _DURATION_VALUE.fullmatch(meaning.value)


def _sum(left: Atom, right: Atom) -> list[Atom] | None:
    """One duration from a coarser and a finer one: PT4H + PT42M = PT4H42M."""
    coarse, fine = left.meaning, right.meaning
    if FINENESS.index(fine.granularity) >= FINENESS.index(coarse.granularity):
        return None
    clock_coarse, amount_coarse = _DURATION_VALUE.fullmatch(coarse.value).groups()
    clock_fine, amount_fine = _DURATION_VALUE.fullmatch(fine.value).groups()
    separator = "" if clock_coarse or not clock_fine else "T"
    value = f"P{clock_coarse}{amount_coarse}{separator}{amount_fine}"
    return [Atom(left.start, right.end, Fixed("DURATION", value, fine.granularity))]
