"""What a recognised expression means before it is anchored to a calendar.

The recogniser produces one of these per span; `normalise` turns it into a TIMEX3 value
once the publication date, the paragraph's year and the sentence's tense are known.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from factcheck.temporal.timex import easter


@dataclass(frozen=True, slots=True)
class Fixed:
    """A value that needs no anchor: explicit dates, durations, sets and the *_REF values."""

    type: str
    value: str
    granularity: str


@dataclass(frozen=True, slots=True)
class Yearless:
    """A slot that recurs every year ("June", "October 18", "summer", "Q2", "Christmas").

    `template` holds "{y}" where the year goes.  `direction` picks the occurrence relative
    to the publication date: "tense" (past or future by the sentence), "before", "after",
    or "results" (by the tense, except that a period whose results are still to come is the
    one just ended).
    `year_shift` is set when the text names the year relative to publication ("this year").
    """

    template: str
    granularity: str
    direction: str = "tense"
    year_shift: int | None = None
    easter_offset: int | None = None  # movable feasts: days after Easter Sunday ("Good Friday" is -2)

    def value_for(self, year: int | None) -> str:
        """The slot's value in `year`, or with "XXXX" for an unknown year."""
        if year is None:
            return self.template.format(y="XXXX")
        if self.easter_offset is not None:
            return (easter(year) + datetime.timedelta(days=self.easter_offset)).isoformat()
        return self.template.format(y=f"{year:04d}")


@dataclass(frozen=True, slots=True)
class Weekday:
    """A day of the week (1 = Monday), or the weekend when `day` is None."""

    day: int | None
    direction: str = "tense"

    @property
    def granularity(self) -> str:
        return "day" if self.day else "week"


@dataclass(frozen=True, slots=True)
class DayOfMonth:
    """A day whose month goes unsaid ("on the 5th", "Thursday the 24th"): in the month of the
    paragraph's last date, else in the month around publication that the tense (and the
    weekday, when one is written) picks."""

    day: int
    weekday: int | None = None  # 1 = Monday

    @property
    def granularity(self) -> str:
        return "day"


@dataclass(frozen=True, slots=True)
class Shift:
    """A unit of the publication date moved by `offset` units ("yesterday", "next month").

    With `from_reference`, the unit of the latest date mentioned before it instead, when
    there is one of fine enough granularity: anywhere earlier in the "text" and never the
    publication date (anaphors: "the following day", "a year earlier"), or in the same
    "paragraph", else the publication date (a bare clock time's day).  `keeps_granularity`:
    the earlier date itself is moved, at its own granularity ("a year earlier").
    """

    unit: str
    offset: int
    from_reference: str | None = None
    keeps_granularity: bool = False

    @property
    def granularity(self) -> str:
        return "week" if self.unit == "weekend" else self.unit


@dataclass(frozen=True, slots=True)
class AtTime:
    """A day with a clock time or a part of the day ("Tuesday at 3 p.m.", "last night")."""

    date: Yearless | Weekday | Shift | Fixed
    suffix: str  # appended to the day's value: "T15:00", "TNI"
    granularity: str
    zone: str | None = None  # as written: "GMT", "ET", "PACIFIC" (see `zones`)


@dataclass(frozen=True, slots=True)
class Modifier:
    """ "early", "late", "the end of": joins the date after it and is dropped on its own; of a
    single day, some name a part of it (`part`: "late Saturday" is Saturday night)."""

    granularity: str = "none"
    part: str | None = None


Meaning = Fixed | Yearless | Weekday | DayOfMonth | Shift | AtTime | Modifier

# Granularities from the finest to the coarsest ("none" is a second, or no unit at all).
FINENESS = ("none", "minute", "hour", "day", "week", "month", "quarter", "half", "season", "year", "decade", "century")


def is_day(meaning: Meaning) -> bool:
    """Whether a clock time can attach to the meaning: it names a single day."""
    if isinstance(meaning, Weekday):
        return meaning.day is not None
    if isinstance(meaning, DayOfMonth):
        return True
    return (
        isinstance(meaning, (Fixed, Yearless, Shift))
        and meaning.granularity == "day"
        and (not isinstance(meaning, Fixed) or meaning.type == "DATE")
    )


def is_calendar(meaning: Meaning) -> bool:
    """Whether the meaning is a point or interval on the calendar (what modifiers attach to)."""
    if isinstance(meaning, Fixed):
        return meaning.type in ("DATE", "TIME") and not meaning.value.endswith("_REF")
    return not isinstance(meaning, Modifier)
