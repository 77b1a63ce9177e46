"""The Timex record and the calendar interval a TIMEX3 value denotes."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from factcheck.temporal.lexicon import PART_OF_DAY_HOURS

# Meteorological seasons: (first month, months long).  Winter starts in December of its year.
SEASON_MONTHS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
# A season as news tells it runs from its meteorological start to its astronomical end, the
# equinox or solstice near the month's 21st: "the thefts of this summer" on 9 September.
SEASON_ENDS_ON_DAY = 23

_VALUE = re.compile(
    r"(?P<year>[0-9]{4})(?:-(?:"
    r"(?P<month>[0-9]{2})(?:-(?P<day>[0-9]{2})(?:T.*)?)?"
    r"|W(?P<week>[0-9]{2})(?P<weekend>-WE)?"
    r"|Q(?P<quarter>[1-4])|H(?P<half>[12])|(?P<season>SP|SU|FA|WI)"
    r"))?"
    r"|(?P<decade>[0-9]{3})|(?P<century>[0-9]{2})"
)


@dataclass(frozen=True, slots=True)
class Timex:
    """One temporal expression: where it is, what kind it is and the TIMEX3 value it denotes."""

    start: int
    end: int
    text: str
    type: str
    value: str
    granularity: str
    anchor: str
    begin: datetime.date | None
    until: datetime.date | None

    @property
    def anchored(self) -> bool:
        return self.anchor != "none"


def _add_months(year: int, month: int, months: int) -> datetime.date:
    index = year * 12 + month - 1 + months
    return datetime.date(index // 12, index % 12 + 1, 1)


def interval(value: str) -> tuple[datetime.date, datetime.date] | None:
    """[begin, until) of a calendar value such as "2024-05" or "2013-W11"; None if it has none.

    Values outside the range `datetime.date` can hold, or naming impossible days, have none.
    """
    match = _VALUE.fullmatch(value)
    if not match:
        return None
    try:
        return _interval(match)
    except (ValueError, OverflowError):
        return None


def _interval(m: re.Match) -> tuple[datetime.date, datetime.date]:
    if m["decade"]:
        start = int(m["decade"]) * 10
        return datetime.date(max(start, 1), 1, 1), datetime.date(start + 10, 1, 1)
    if m["century"]:
        start = int(m["century"]) * 100
        return datetime.date(max(start, 1), 1, 1), datetime.date(start + 100, 1, 1)
    year = int(m["year"])
    if m["day"]:
        day = datetime.date(year, int(m["month"]), int(m["day"]))
        return day, day + datetime.timedelta(days=1)
    if m["month"]:
        return datetime.date(year, int(m["month"]), 1), _add_months(year, int(m["month"]), 1)
    if m["week"]:
        monday = datetime.date.fromisocalendar(year, int(m["week"]), 1)
        if m["weekend"]:
            return monday + datetime.timedelta(days=5), monday + datetime.timedelta(days=7)
        return monday, monday + datetime.timedelta(days=7)
    if m["quarter"]:
        first = (int(m["quarter"]) - 1) * 3 + 1
        return datetime.date(year, first, 1), _add_months(year, first, 3)
    if m["half"]:
        first = (int(m["half"]) - 1) * 6 + 1
        return datetime.date(year, first, 1), _add_months(year, first, 6)
    if m["season"]:
        first = SEASON_MONTHS[m["season"]]
        return datetime.date(year, first, 1), _add_months(year, first, 3).replace(day=SEASON_ENDS_ON_DAY)
    return datetime.date(year, 1, 1), datetime.date(year + 1, 1, 1)


# "early 2023", "mid-March", "the end of 2024": the part of the interval a modifier keeps, as
# fractions of it. TIMEX3 keeps the value ("2023", with a mod); the interval narrows.
_MODIFIED = re.compile(r"(?:the\s+)?(?:very\s+)?(?P<part>early|beginning|start|mid|middle|late|end|close)\b", re.I)
_PARTS = {
    "early": (0.0, 0.5),
    "beginning": (0.0, 0.5),
    "start": (0.0, 0.5),
    "mid": (0.25, 0.75),
    "middle": (0.25, 0.75),
    "late": (0.5, 1.0),
    "end": (0.5, 1.0),
    "close": (0.5, 1.0),
}
_NARROWED = frozenset({"month", "quarter", "half", "season", "year", "decade", "century"})


def modified_interval(
    text: str, granularity: str, span: tuple[datetime.date, datetime.date]
) -> tuple[datetime.date, datetime.date]:
    """The part of `span` that a leading "early", "mid" or "late" in `text` keeps."""
    match = _MODIFIED.match(text)
    if match and granularity == "day":
        return _night_either_side(match["part"].lower(), span)
    if not match or granularity not in _NARROWED:
        return span
    low, high = _PARTS[match["part"].lower()]
    days = (span[1] - span[0]).days
    return span[0] + datetime.timedelta(days=int(days * low)), span[0] + datetime.timedelta(days=-int(-days * high))


# Hours that one outlet tells as late the evening before and another as early the morning after.
_NIGHT_HOURS = re.compile(r"[0-9-]+T(?P<hour>[0-9]{2})")
_LATE_HOUR, _EARLY_HOUR = 22, 4


def _night_either_side(part: str, span: tuple[datetime.date, datetime.date]) -> tuple[datetime.date, datetime.date]:
    """ "late Thursday" may be early Friday to another outlet, "early Friday" late Thursday."""
    day = datetime.timedelta(days=1)
    if part in ("late", "end", "close"):
        return span[0], span[1] + day
    if part in ("early", "beginning", "start"):
        return span[0] - day, span[1]
    return span


def night_interval(value: str, span: tuple[datetime.date, datetime.date]) -> tuple[datetime.date, datetime.date]:
    """A clock time near midnight ("around 1:30 a.m.", "11 p.m.") may be told on the day on
    the other side of it: its interval takes that day in too; so does a night ("Saturday
    night" is early Sunday to another outlet)."""
    if value.endswith("TNI"):
        return _night_either_side("late", span)
    match = _NIGHT_HOURS.match(value)
    if not match:
        return span
    hour = int(match["hour"])
    if hour < _EARLY_HOUR:
        return _night_either_side("early", span)
    if hour >= _LATE_HOUR:
        return _night_either_side("late", span)
    return span


_DAY_PART = re.compile(r"(?P<day>[0-9]{4}-[0-9]{2}-[0-9]{2})T(?P<part>[A-Z]{2})$")


def part_of_day_hours(value: str) -> tuple[datetime.datetime, datetime.datetime] | None:
    """The hours a day's part may take ("2023-05-13TNI": Saturday 18:00 to Sunday 06:00); None
    for a value that is not a dated part of a day."""
    match = _DAY_PART.match(value or "")
    if not match or match["part"] not in PART_OF_DAY_HOURS:
        return None
    midnight = datetime.datetime.fromisoformat(match["day"])
    first, last = PART_OF_DAY_HOURS[match["part"]]
    return midnight + datetime.timedelta(hours=first), midnight + datetime.timedelta(hours=last)


_WEEKDAY_PART = re.compile(r"XXXX-WXX-(?P<weekday>[1-7])T(?:(?P<part>[A-Z]{2})|(?P<hour>[0-9]{2}):[0-9]{2})$")
_DAY_CLOCK = re.compile(r"(?P<day>[0-9]{4}-[0-9]{2}-[0-9]{2})T(?P<hour>[0-9]{2}):(?P<minute>[0-9]{2})$")
WEEK_HOURS = 7 * 24


def week_hours(value: str) -> tuple[int, int] | None:
    """The hours of the week (Monday 0:00 is 0) a weekday's part may take, dated or not
    ("XXXX-WXX-6TAF", Saturday afternoon: 131 to 139), or a clock time's whole day (as two dated
    clock times set only their days apart); None for any other value."""
    dated = part_of_day_hours(value)
    if dated is not None:
        first, last = dated
        start = (first.isoweekday() - 1) * 24 + first.hour
        return start, start + int((last - first).total_seconds() // 3600)
    clock = _DAY_CLOCK.match(value or "")
    if clock:
        return _whole_day(datetime.date.fromisoformat(clock["day"]).isoweekday())
    match = _WEEKDAY_PART.match(value or "")
    if not match:
        return None
    if match["hour"]:
        return _whole_day(int(match["weekday"]))
    if match["part"] not in PART_OF_DAY_HOURS:
        return None
    first, last = PART_OF_DAY_HOURS[match["part"]]
    midnight = (int(match["weekday"]) - 1) * 24
    return midnight + first, midnight + last


Hours = tuple[datetime.datetime, datetime.datetime]


def told_hours(value: str, granularity: str, begin: str, until: str) -> Hours | None:
    """The hours a dated day, part of a day or clock time may take ("2022-11-26T24:00": the hour
    from Sunday midnight); None for anything coarser or undated."""
    dated = part_of_day_hours(value)
    if dated is not None:
        return dated
    clock = _DAY_CLOCK.match(value or "")
    if clock:
        at = datetime.datetime.fromisoformat(clock["day"]) + datetime.timedelta(
            hours=int(clock["hour"]), minutes=int(clock["minute"])
        )
        return at, at + datetime.timedelta(hours=1)
    if granularity == "day" and begin and until:
        return datetime.datetime.fromisoformat(begin), datetime.datetime.fromisoformat(until)
    return None


def _whole_day(weekday: int) -> tuple[int, int]:
    return (weekday - 1) * 24, weekday * 24


def names_its_weekday(value: str) -> bool:
    """Whether a value of an undated page names its weekday ("XXXX-WXX-7T10:00"): the text told
    the day, so no page date can put it a day off."""
    return (value or "").startswith("XXXX-WXX-")


def easter(year: int) -> datetime.date:
    """Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month, day = divmod(h + m - 7 * n + 114, 31)
    return datetime.date(year, month, day + 1)
