"""Turning a meaning into a TIMEX3 value, given what it can be anchored to.

Without the anchor a relative expression needs, the value keeps its granularity and puts
X's where the unknown digits go: "last year" -> "XXXX", "yesterday" -> "XXXX-XX-XX",
"last week" -> "XXXX-WXX", "February this year" -> "XXXX-02".
"""

from __future__ import annotations

import calendar
import datetime
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from factcheck.temporal.meaning import FINENESS, AtTime, DayOfMonth, Fixed, Meaning, Shift, Weekday, Yearless
from factcheck.temporal.timex import SEASON_MONTHS, interval
from factcheck.temporal.zones import offset

_UNKNOWN = {
    "day": "XXXX-XX-XX",
    "week": "XXXX-WXX",
    "weekend": "XXXX-WXX-WE",
    "month": "XXXX-XX",
    "quarter": "XXXX-QX",
    "half": "XXXX-HX",
    "year": "XXXX",
    "decade": "XXX",
    "century": "XX",
}


@dataclass(frozen=True, order=True, slots=True)
class Reference:
    """An anchored date earlier in the text, which "the next day" or "a year later" may count from."""

    order: int  # its position among the expressions: the latest one wins
    begin: datetime.date
    paragraph: int
    granularity: str
    # Whether a bare clock time may fall on it: not a date that only bounds a period ("the
    # three months ended Sept. 30"), nor one counted by years from another ("a year earlier").
    gives_clock_day: bool = True


@dataclass(frozen=True, slots=True)
class Anchors:
    published: datetime.date | None
    context_year: int | None  # year of the latest explicit date earlier in the paragraph
    shared_year: int | None  # year of the date this one is listed with ("May, June and July 2024")
    references: Sequence[Reference]  # the anchored dates so far, in order
    paragraph: int  # how many paragraphs come before the expression
    tense: Callable[[], str | None]  # "past", "future" or None; asked only when an expression needs it


@dataclass(frozen=True, slots=True)
class Resolved:
    type: str
    value: str
    granularity: str
    anchor: str
    # False when the day is only the publication date taken by default (a bare "about 5 a.m."
    # in an article that states no day): a value to show, but no day to hold against another
    # article, which may have appeared a day later.
    day_stated: bool = True


def resolve(meaning: Meaning, anchors: Anchors) -> Resolved:
    if isinstance(meaning, Fixed):
        anchor = "absolute" if interval(meaning.value) else "none"
        return Resolved(meaning.type, meaning.value, meaning.granularity, anchor)
    if isinstance(meaning, AtTime):
        day = resolve(meaning.date, anchors)
        bare = isinstance(meaning.date, Shift) and meaning.date.from_reference == "paragraph"
        if meaning.suffix == "T24:00" and bare and day.anchor == "document" and anchors.tense() == "past":
            # The midnight that ends the publication day is still to come when the story is
            # written: a past one ended the day before.
            day = resolve(Shift("day", -1), anchors)
        span = interval(day.value) if day.anchor != "none" else None
        zone = offset(meaning.zone, span[0] if span else None)
        stated = not (bare and day.anchor == "document")
        return Resolved("TIME", day.value + meaning.suffix + zone, meaning.granularity, day.anchor, stated)
    if isinstance(meaning, Shift) and meaning.from_reference == "text":
        return _anaphor(meaning, anchors)
    value, anchor = _relative_value(meaning, anchors)
    return Resolved("DATE", value, meaning.granularity, anchor)


def _anaphor(meaning: Shift, anchors: Anchors) -> Resolved:
    """ "The next day", "a year later": counted from the latest earlier date precise enough,
    never from publication (the text is about the earlier date, not about today).

    A named unit ("the following week", "that year") has the unit's granularity; a counted
    one ("two days later", "a year earlier") moves the earlier date and keeps its granularity
    (a day at the finest): "a year earlier" than the second quarter of 2024 is 2023-Q2.
    """
    reference = _reference(anchors.references, meaning.unit)
    granularity = meaning.granularity
    if meaning.keeps_granularity and reference is not None:
        granularity = reference.granularity if FINENESS.index(reference.granularity) > FINENESS.index("day") else "day"
    try:
        if reference is not None and meaning.keeps_granularity:
            return Resolved("DATE", _value_at(_moved(reference.begin, meaning), granularity), granularity, "context")
        if reference is not None:
            return Resolved("DATE", _shift(meaning, reference.begin), granularity, "context")
    except (ValueError, OverflowError, KeyError):
        pass  # counted past the edge of the calendar: leave the value open
    return Resolved("DATE", _UNKNOWN.get(granularity, "XXXX-XX-XX"), granularity, "none")


def _moved(day: datetime.date, meaning: Shift) -> datetime.date:
    """The day moved by the meaning's offset in its unit (a month on from 31 January is 28 or 29 February)."""
    if meaning.unit in ("day", "week"):
        return day + datetime.timedelta(days=meaning.offset * (7 if meaning.unit == "week" else 1))
    months = meaning.offset * _MONTHS_IN[meaning.unit]
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last_day = calendar.monthrange(year, month + 1)[1]
    return datetime.date(year, month + 1, min(day.day, last_day))


_MONTHS_IN = {"month": 1, "quarter": 3, "half": 6, "year": 12, "decade": 120, "century": 1200}
_SEASON_OF_MONTH = {(first + i - 1) % 12 + 1: code for code, first in SEASON_MONTHS.items() for i in range(3)}


def _value_at(day: datetime.date, granularity: str) -> str:
    """The value of the unit of the given granularity that contains `day`."""
    if granularity == "day":
        return day.isoformat()
    if granularity == "week":
        return _week(day)
    if granularity == "season":
        year = day.year - 1 if day.month < 3 else day.year  # winter 2012 runs into 2013
        return f"{year:04d}-{_SEASON_OF_MONTH[day.month]}"
    return _shift(Shift(granularity, 0), day)


def _relative_value(meaning: Yearless | Weekday | DayOfMonth | Shift, anchors: Anchors) -> tuple[str, str]:
    published = anchors.published
    try:
        if isinstance(meaning, Yearless):
            return _yearless_value(meaning, anchors)
        if isinstance(meaning, DayOfMonth):
            return _day_of_month(meaning, anchors)
        if isinstance(meaning, Shift) and meaning.from_reference == "paragraph":
            reference = _reference(anchors.references, meaning.unit, anchors.paragraph, clock=True)
            if reference is not None and (
                published is None or _fits_tense(anchors, reference.begin < published, reference.begin > published)
            ):
                return _shift(meaning, reference.begin), "context"
        if published is not None:
            if isinstance(meaning, Weekday):
                return _weekday(meaning, published, anchors), "document"
            return _shift(meaning, published), "document"
    except (ValueError, OverflowError, IndexError, StopIteration):
        pass  # a publication date at the very edge of the calendar: leave the value open
    return _open_value(meaning), "none"


def _open_value(meaning: Yearless | Weekday | DayOfMonth | Shift) -> str:
    """The value with X's where the digits no anchor gave go."""
    if isinstance(meaning, Weekday):
        return "XXXX-WXX-WE" if meaning.day is None else f"XXXX-WXX-{meaning.day}"
    if isinstance(meaning, DayOfMonth):
        return f"XXXX-XX-{meaning.day:02d}"
    if isinstance(meaning, Yearless):
        return meaning.value_for(None)
    return _UNKNOWN[meaning.unit]


def _yearless_value(meaning: Yearless, anchors: Anchors) -> tuple[str, str]:
    # A year from the text that makes no such day ("February 29") is passed over.
    shared = anchors.shared_year
    if shared is not None and meaning.year_shift is None and interval(meaning.value_for(shared)):
        return meaning.value_for(shared), "context"
    if _context_applies(meaning, anchors) and interval(meaning.value_for(anchors.context_year)):
        return meaning.value_for(anchors.context_year), "context"
    if anchors.published is not None:
        return _yearless(meaning, anchors.published, anchors), "document"
    return meaning.value_for(None), "none"


def _day_of_month(meaning: DayOfMonth, anchors: Anchors) -> tuple[str, str]:
    """The day in the month of the paragraph's last date, else in the months around publication
    (the one with the written weekday, by the tense)."""
    reference = _reference(anchors.references, "month", anchors.paragraph)
    if reference is not None and _valid(reference.begin.year, reference.begin.month, meaning.day):
        return f"{reference.begin.year:04d}-{reference.begin.month:02d}-{meaning.day:02d}", "context"
    published = anchors.published
    if published is None:
        return _open_value(meaning), "none"
    months = [published.year * 12 + published.month - 1 + offset for offset in range(-6, 7)]
    days = [datetime.date(m // 12, m % 12 + 1, meaning.day) for m in months if _valid(m // 12, m % 12 + 1, meaning.day)]
    days = [d for d in days if meaning.weekday is None or d.isoweekday() == meaning.weekday]
    if not days:
        return _open_value(meaning), "none"
    return _pick([d.isoformat() for d in days], anchors.tense(), published), "document"


def _valid(year: int, month: int, day: int) -> bool:
    return 1 <= year <= 9999 and 1 <= day <= calendar.monthrange(year, month)[1]


def _reference(
    references: Sequence[Reference], unit: str, paragraph: int | None = None, clock: bool = False
) -> Reference | None:
    """The latest earlier date precise enough to count units from ("the next day" needs a day),
    in the given paragraph only when there is one; for a clock time, one that gives it a day."""
    fine_enough = FINENESS[1 : FINENESS.index("week" if unit == "weekend" else unit) + 1]
    for reference in reversed(references):
        if (
            reference.granularity in fine_enough
            and (paragraph is None or reference.paragraph == paragraph)
            and (reference.gives_clock_day or not clock)
        ):
            return reference
    return None


def _context_applies(meaning: Yearless, anchors: Anchors) -> bool:
    """Whether a bare month or day takes the year of the paragraph's last explicit date.

    Not when the sentence's tense contradicts it: "Ross took office in January 2021 and will
    be sworn in on Jan. 15" means the next January 15, not the one in 2021.  Nor for a day
    in a future-tense sentence that comes within weeks of publication: news writes an
    imminent date bare ("production will begin in mid-2025 ... will hold an investor day on
    Nov. 14", written in late October), a far one with its year.
    """
    year, published = anchors.context_year, anchors.published
    if year is None or meaning.year_shift is not None or meaning.direction != "tense":
        return False
    if published is None:
        return True
    if not _fits_tense(anchors, year < published.year, year > published.year):
        return False
    if meaning.granularity == "day" and year > published.year and anchors.tense() == "future":
        years = range(published.year, min(published.year + 9, 9999))  # February 29 may be years away
        upcoming = _pick([meaning.value_for(y) for y in years], "future", published)
        return _distance(upcoming, published) > _IMMINENT_DAYS
    return True


_IMMINENT_DAYS = 45


def _fits_tense(anchors: Anchors, before_publication: bool, after_publication: bool) -> bool:
    """Whether a context lying before or after publication agrees with the sentence's tense."""
    tense = anchors.tense()
    return not (tense == "future" and before_publication or tense == "past" and after_publication)


def _distance(value: str, published: datetime.date) -> int:
    """Days between publication and the interval of a value (0 when it contains publication)."""
    begin, until = interval(value)
    if begin > published:
        return (begin - published).days
    return max(0, (published - until).days + 1)


def _pick(candidates: list[str], direction: str | None, published: datetime.date) -> str:
    """The occurrence the direction asks for, among candidate values in calendar order.

    "past": the latest that has begun by publication; "future": the earliest not yet over;
    "before": the latest wholly over; "after": the earliest not yet begun; None: the nearest.
    """
    spans = [(value, interval(value)) for value in candidates]
    spans = [(value, span) for value, span in spans if span]
    if direction == "past":
        return [v for v, (begin, _) in spans if begin <= published][-1]
    if direction == "before":
        return [v for v, (_, until) in spans if until <= published][-1]
    if direction == "future":
        return next(v for v, (_, until) in spans if until > published)
    if direction == "after":
        return next(v for v, (begin, _) in spans if begin > published)
    return min((v for v, _ in spans), key=lambda v: _distance(v, published))


_REPORTING_DAYS = 100


def _yearless(meaning: Yearless, published: datetime.date, anchors: Anchors) -> str:
    if meaning.year_shift is not None:
        return meaning.value_for(published.year + meaning.year_shift)
    years = range(published.year - 4, published.year + 5)  # a February 29 within reach
    candidates = [meaning.value_for(year) for year in years if 1 <= year <= 9999]
    direction = anchors.tense() if meaning.direction in ("tense", "results") else meaning.direction
    if meaning.direction == "results" and direction == "future":
        # Results come out in the weeks after a period ends: "will publish Q2 figures" in
        # July is about the quarter just ended.
        ended = _pick(candidates, "before", published)
        if (published - interval(ended)[1]).days <= _REPORTING_DAYS:
            return ended
    chosen = _pick(candidates, direction, published)
    if meaning.granularity == "day" and direction == "future":
        # A bare "Nov. 5" almost a year ahead is rarer in news than a recent date in a
        # future-tense sentence ("ballots postmarked by Nov. 5 will be counted").
        latest = _pick(candidates, "past", published)
        if _distance(chosen, published) >= 300 and _distance(latest, published) <= 31:
            return latest
    return chosen


def _weekday(meaning: Weekday, published: datetime.date, anchors: Anchors) -> str:
    days = [published + datetime.timedelta(days=offset) for offset in range(-14, 15)]
    if meaning.day is None:
        candidates = [_week(day) + "-WE" for day in days if day.isoweekday() == 6]
    else:
        candidates = [day.isoformat() for day in days if day.isoweekday() == meaning.day]
    return _pick(candidates, anchors.tense() if meaning.direction == "tense" else meaning.direction, published)


def _week(day: datetime.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def _shift(meaning: Shift, published: datetime.date) -> str:
    """The value of `meaning` counted from the date `published` (or from a reference date)."""
    unit, offset = meaning.unit, meaning.offset
    if unit == "day":
        return (published + datetime.timedelta(days=offset)).isoformat()
    if unit in ("week", "weekend"):
        week = _week(published + datetime.timedelta(weeks=offset))
        return week + "-WE" if unit == "weekend" else week
    if unit == "month":
        index = published.year * 12 + published.month - 1 + offset
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    if unit == "quarter":
        index = published.year * 4 + (published.month - 1) // 3 + offset
        return f"{index // 4:04d}-Q{index % 4 + 1}"
    if unit == "half":
        index = published.year * 2 + (published.month - 1) // 6 + offset
        return f"{index // 2:04d}-H{index % 2 + 1}"
    if unit == "year":
        return f"{published.year + offset:04d}"
    if unit == "decade":
        return f"{published.year // 10 + offset:03d}"
    return f"{published.year // 100 + offset:02d}"
