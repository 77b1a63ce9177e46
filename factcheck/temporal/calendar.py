"""What two dates' calendar fields say when a year is missing.

An article without a publication date leaves "Nov. 12", "last May" and "on Tuesday" without a
year (TIMEX3 values `XXXX-11-12`, `XXXX-05`, `XXXX-WXX-2`), so no interval can be computed.
The fields they do state still set days apart: whatever the year, November 12 is not February
12, and a Tuesday is not a Friday. Adjacent days are never apart here, as a date told relative
to a page's day may be off by one (see `compare.values.RELATIVE_SLACK`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from factcheck.temporal.lexicon import WEEKDAYS

_MONTH_DAY = re.compile(r"^XXXX-(\d\d)(?:-(\d\d))?(?:$|T)")
_WEEKDAY = re.compile(r"^XXXX-WXX-([1-7])(?:$|T)")
_DAY = re.compile(r"^(\d{4}-\d\d-\d\d)(?:$|T)")
_WEEKDAY_NAME = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)})\b", re.IGNORECASE)
_LEAP_YEAR = 2000  # any leap year, so that February 29 has a place in the cycle
MIN_DAYS_APART = 2
CLOCK_TIME = re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\b\.?|o'clock)", re.IGNORECASE)
_HEDGES = (
    r"(?:just|shortly|a\s+little|little|around|about|approximately|roughly|nearly|almost|sometime|at|after|before)"
)
_CLOCK_TIME_ALONE = re.compile(rf"^(?:{_HEDGES}\s+)*(?:{CLOCK_TIME.pattern}|noon|midnight)$", re.IGNORECASE)
_MINUTES_A_DAY = 24 * 60
# A clock time that says which half of the day it is in: told with a.m. or p.m., or on the
# 24-hour clock ("18:30", "06:00").
_HALF_OF_DAY = re.compile(
    r"\d\s*[ap]\.?\s?m\b|\bnoon\b|\bmidnight\b|(?<![\d:.])(?:0\d|1[3-9]|2[0-3])[:.]\d\d\b", re.IGNORECASE
)
_CLOCK_VALUE = re.compile(r"T(\d\d):(\d\d)(?:[+-]\d\d:\d\d|Z)?$")  # the clock as told, its zone aside


@dataclass(frozen=True)
class Fields:
    """The calendar fields a date states: month, day of the month, day of the week."""

    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # ISO: 1 is Monday

    @classmethod
    def of(cls, value: str | None, begin: str | None, granularity: str | None) -> Fields:
        if begin:
            date = named_day(value) or dt.date.fromisoformat(begin)
            if granularity == "day":
                return cls(date.month, date.day, date.isoweekday())
            return cls(date.month) if granularity == "month" else cls()
        if not value:
            return cls()
        if match := _MONTH_DAY.match(value):
            return cls(int(match[1]), int(match[2]) if match[2] else None)
        if match := _WEEKDAY.match(value):
            return cls(weekday=int(match[1]))
        return cls()


def with_its_weekday(fields: Fields, text: str | None) -> Fields:
    """The fields with the day of the week the date's text names beside its day of the month
    ("Thursday, April 18th"), which its value does not keep."""
    if fields.weekday or not fields.day:
        return fields
    named = _WEEKDAY_NAME.search(text or "")
    return Fields(fields.month, fields.day, WEEKDAYS[named[0].casefold()]) if named else fields


def named_day(value: str | None) -> dt.date | None:
    """The calendar day a value names ("2022-12-14TMO": 14 December), not the interval around
    it: "early Wednesday morning" begins on Tuesday night."""
    match = _DAY.match(value) if value else None
    return dt.date.fromisoformat(match[1]) if match else None


def apart_whatever_the_year(left: Fields, right: Fields) -> bool:
    """Whether the fields both dates state put them on different days (or months) in any year."""
    if left.day and right.day and left.month and right.month:
        gap = abs(_day_of_year(left) - _day_of_year(right))
        return min(gap, 366 - gap) >= MIN_DAYS_APART
    if left.month and right.month:
        return left.month != right.month
    if left.weekday and right.weekday:
        gap = abs(left.weekday - right.weekday)
        return min(gap, 7 - gap) >= MIN_DAYS_APART
    return False


def on_that_day(told: Fields, day: dt.date) -> bool:
    """Whether a date told without a year ("on Monday", "July 15") may be the given day: it
    states its day of the week or of the month, and every field it states is that day's."""
    if not (told.weekday or told.day):
        return False
    return (
        (told.weekday is None or told.weekday == day.isoweekday())
        and (told.month is None or told.month == day.month)
        and (told.day is None or told.day == day.day)
    )


def _day_of_year(fields: Fields) -> int:
    try:
        return dt.date(_LEAP_YEAR, fields.month, fields.day).timetuple().tm_yday
    except ValueError:  # "February 30": a page's mistake, taken as the month's end
        return dt.date(_LEAP_YEAR, fields.month, 28).timetuple().tm_yday


def clock_time_alone(text: str | None) -> bool:
    """Whether a date is told only by its clock time ("just after 8 p.m."): the day it falls on
    is the one its article told last, or its page's, not one the sentence names."""
    return bool(text) and bool(_CLOCK_TIME_ALONE.match(text.strip()))


def minute_of_day(text: str | None, value: str | None, granularity: str | None) -> int | None:
    """The minute of the day a clock time names, told with its a.m. or p.m. ("about 10:12 a.m.",
    "midnight") or on the 24-hour clock ("about 18:30 BST"); None for any other time: "around
    11:30" may be either."""
    if granularity not in ("minute", "hour") or not _HALF_OF_DAY.search(text or ""):
        return None
    clock = _CLOCK_VALUE.search(value or "")
    return (int(clock[1]) * 60 + int(clock[2])) % _MINUTES_A_DAY if clock else None


def minutes_apart(left: int, right: int) -> int:
    """Minutes from the right minute of the day to the left one, the shorter way round the clock
    (11:50 p.m. to 12:10 a.m. is 20 minutes)."""
    gap = (left - right) % _MINUTES_A_DAY
    return gap - _MINUTES_A_DAY if gap > _MINUTES_A_DAY // 2 else gap


# A day told beside a clock time as an expression of its own, as TimeML has it ("11 p.m. on
# Sunday", "Sunday at about 11 p.m."): the clock time is on that day.
_DAY_NAME = (
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})\b"
)
_DAY_AFTER = re.compile(rf"\s*,?\s*on\s+{_DAY_NAME}", re.IGNORECASE)
# "Friday (Aug. 18) at 8 p.m.": a day with its date in brackets
_DAY_BEFORE = re.compile(rf"{_DAY_NAME}(?:\s*\({_DAY_NAME}\))?,?\s+(?:{_HEDGES}\s+)+\Z", re.IGNORECASE)
_DAY_BEFORE_REACH = 60  # characters before a clock time to look for its day


def with_its_day(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of a clock time at `start` to `end` in `text`, widened to the day told beside
    it ("midnight on Saturday"); unchanged for any other date."""
    if not clock_time_alone(text[start:end]):
        return start, end
    if after := _DAY_AFTER.match(text, end):
        return start, after.end()
    reach = max(0, start - _DAY_BEFORE_REACH)
    if before := _DAY_BEFORE.search(text, reach, start):
        return before.start(), end
    return start, end
