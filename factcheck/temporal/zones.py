"""Time zones written after a clock time, and the UTC offset they stand for on a given day.

"14:30 GMT" is 14:30Z and "4 p.m. EDT" is 16:00-04:00 (ISO 8601 keeps the offset in the
value).  The generic North American zones ("ET", "Pacific time") follow daylight saving
time, so their offset depends on the day; a time whose day is unknown keeps no offset.
Ambiguous abbreviations (IST is India, Ireland or Israel) and "local time" give none.
"""

from __future__ import annotations

import datetime
import re

_FIXED = {
    "GMT": 0,
    "UTC": 0,
    "Z": 0,
    "BST": 60,
    "CET": 60,
    "CEST": 120,
    "EET": 120,
    "EEST": 180,
    "EST": -300,
    "EDT": -240,
    "CST": -360,
    "CDT": -300,
    "MST": -420,
    "MDT": -360,
    "PST": -480,
    "PDT": -420,
    "JST": 540,
    "KST": 540,
    "PKT": 300,
    "AEST": 600,
    "AEDT": 660,
}
# Standard-time offsets of the zones that switch to daylight saving time in the United States.
_NORTH_AMERICAN = {
    "ET": -300,
    "CT": -360,
    "MT": -420,
    "PT": -480,
    "EASTERN": -300,
    "CENTRAL": -360,
    "MOUNTAIN": -420,
    "PACIFIC": -480,
}

# The zone as written after a clock time; the recogniser keeps it in the expression.
ZONE = (
    r"(?:\s+(?P<zone>(?-i:GMT|UTC|BST|CET|CEST|EET|EEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|CT|MT|IST|PKT|JST|KST|AEST|AEDT))\b"
    r"|\s+(?P<region>Eastern|Central|Mountain|Pacific)\s+(?:(?:Standard|Daylight)\s+)?[Tt]ime\b|\s+local\s+time\b)"
)


def zone_name(match: re.Match) -> str | None:
    """The zone a clock-time match names, upper-case ("GMT", "PACIFIC"), if it has one."""
    groups = match.groupdict()
    name = groups.get("zone") or groups.get("region")
    return name.strip().upper() if name else None


def offset(zone: str | None, day: datetime.date | None) -> str:
    """The ISO 8601 offset of `zone` on `day`: "Z", "-04:00", or "" when unknown."""
    if zone in _FIXED:
        minutes = _FIXED[zone]
    elif zone in _NORTH_AMERICAN and day is not None:
        minutes = _NORTH_AMERICAN[zone] + (60 if _daylight_saving(day) else 0)
    else:
        return ""
    if minutes == 0:
        return "Z"
    sign = "+" if minutes > 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{rest:02d}"


def _daylight_saving(day: datetime.date) -> bool:
    """US rule since 2007: from the second Sunday of March to the first Sunday of November."""
    start = _nth_sunday(day.year, 3, 2)
    end = _nth_sunday(day.year, 11, 1)
    return start <= day < end


def _nth_sunday(year: int, month: int, n: int) -> datetime.date:
    first = datetime.date(year, month, 1)
    return first + datetime.timedelta(days=(6 - first.weekday()) % 7 + 7 * (n - 1))


_ZONED_CLOCK = re.compile(
    r"(?P<day>[0-9]{4}-[0-9]{2}-[0-9]{2})T(?P<hour>[0-9]{2}):(?P<minute>[0-9]{2})(?P<offset>Z|[+-][0-9]{2}:[0-9]{2})"
)


def days_of_instant(value: str) -> tuple[datetime.date, datetime.date] | None:
    """[begin, until) of the days a zoned clock time falls on: its own day and the day it is
    in UTC. "01:10 JST on 5 March" is 4 March in London: another outlet's "4 March" tells the
    same instant. None for a value that is not a zoned clock time."""
    match = _ZONED_CLOCK.match(value)
    if not match:
        return None
    try:
        local = datetime.datetime.fromisoformat(f"{match['day']}T{match['hour']}:{match['minute']}")
    except ValueError:
        return None
    minutes = 0
    if match["offset"] != "Z":
        sign = -1 if match["offset"][0] == "-" else 1
        minutes = sign * (int(match["offset"][1:3]) * 60 + int(match["offset"][4:6]))
    days = sorted({local.date(), (local - datetime.timedelta(minutes=minutes)).date()})
    return days[0], days[-1] + datetime.timedelta(days=1)
