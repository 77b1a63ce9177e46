"""The geometry of an event's timeline: one row per article, each claimed date an interval on a time axis.

A date is drawn at its own granularity: a day is a point, a month a month-wide bar, a year a
year-wide bar. Dates without a calendar interval (a weekday, "October 18" with no year) cannot
be placed and are listed instead. Only numbers are computed here; the template draws them.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from pathlib import PurePath

WIDTH = 880              # the SVG's coordinate width; it scales to the page
LABEL_WIDTH = 230        # the article names on the left
RIGHT_MARGIN = 28
ROW_HEIGHT = 40
AXIS_HEIGHT = 30
CHAR_WIDTH = 6.6         # rough width of a 12px label character, to keep labels inside the plot
MAX_TICKS = 8
TICK_STEPS = (1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200)   # in months
MIN_SPAN_DAYS = 60       # an axis narrower than this would make a single day look like an era
NAME_LENGTH = 30


@dataclass(frozen=True)
class Mark:
    x: float
    width: float
    point: bool          # a day: drawn as a dot rather than a bar
    label: str           # the date as written
    label_x: float
    label_anchor: str    # "start" (right of the mark) or "end" (left of it)
    title: str           # what the tooltip and a screen reader say
    conflict: bool
    planned: bool


@dataclass(frozen=True)
class Row:
    y: float             # the row's centre line
    name: str            # short name of the article
    path: str
    outlier: bool
    marks: tuple[Mark, ...]


@dataclass(frozen=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True)
class Unplaced:
    path: str
    text: str
    value: str


@dataclass(frozen=True)
class Timeline:
    width: float
    height: float
    row_height: float
    plot_left: float
    plot_right: float
    rows: tuple[Row, ...]
    ticks: tuple[Tick, ...]
    unplaced: tuple[Unplaced, ...]

    @property
    def placed(self) -> bool:
        return any(row.marks for row in self.rows)

    @property
    def axis_y(self) -> float:
        return self.height - AXIS_HEIGHT


def layout(articles: dict[str, list[dict]], conflicting: set[str], outliers: set[str]) -> Timeline:
    """Lay out the dated claims of one event: `articles` maps a document to its claims in the event.

    `conflicting` holds the ids of the claims that a date finding opposes; `outliers` the
    documents a finding names as the outlier.
    """
    placed = [c for claims in articles.values() for c in claims if _interval(c)]
    first, last = _domain([_interval(c) for c in placed]) if placed else (0, 1)
    plot_left, plot_right = LABEL_WIDTH, WIDTH - RIGHT_MARGIN

    def x_of(day: int) -> float:
        return round(plot_left + (day - first) / (last - first) * (plot_right - plot_left), 1)

    rows = tuple(
        Row(
            y=ROW_HEIGHT * (number + 0.5),
            name=_short(PurePath(path).name),
            path=path,
            outlier=path in outliers,
            marks=tuple(_mark(c, x_of, plot_right, c["claim_id"] in conflicting) for c in claims if _interval(c)),
        )
        for number, (path, claims) in enumerate(articles.items())
    )
    unplaced = tuple(
        Unplaced(path, c["time_text"], c["time_value"] or "")
        for path, claims in articles.items() for c in claims
        if c["time_text"] and not _interval(c)
    )
    ticks = tuple(Tick(x_of(day), label) for day, label in _ticks(first, last)) if placed else ()
    return Timeline(WIDTH, ROW_HEIGHT * len(rows) + AXIS_HEIGHT, ROW_HEIGHT, plot_left, plot_right, rows, ticks, unplaced)


def _interval(claim: dict) -> tuple[int, int] | None:
    """The claim's date as [first day, day after) ordinals, or None where it has no calendar interval."""
    try:
        begin = dt.date.fromisoformat(claim["time_begin"] or "")
        until = dt.date.fromisoformat(claim["time_until"] or "")
    except ValueError:
        return None
    return (begin.toordinal(), until.toordinal()) if until > begin else None


def _domain(intervals) -> tuple[int, int]:
    """The axis: every interval, with a margin so that no mark touches the edge."""
    first = min(begin for begin, _ in intervals)
    last = max(until for _, until in intervals)
    span = max(last - first, MIN_SPAN_DAYS)
    margin = span // 20 + 1
    middle = (first + last) // 2
    return min(first, middle - span // 2) - margin, max(last, middle + span // 2) + margin


def _mark(claim: dict, x_of, plot_right: float, conflict: bool) -> Mark:
    begin, until = _interval(claim)
    start, end = x_of(begin), x_of(until)
    point = claim["time_granularity"] == "day" or end - start < 4
    if point:
        start = end = round((start + end) / 2, 1)
    label = claim["time_text"]
    room_right = plot_right - end - 8
    anchor = "start" if room_right >= len(label) * CHAR_WIDTH else "end"
    last_day = dt.date.fromordinal(until - 1).isoformat()
    first_day = dt.date.fromordinal(begin).isoformat()
    span = first_day if first_day == last_day else f"{first_day} to {last_day}"
    title = f"{claim['doc']}: “{label}” = {claim['time_value']} ({claim['time_granularity']}), {span}"
    if claim["modality"] != "reported":
        title += f", {claim['modality']}"
    if conflict:
        title += ", conflicting claim"
    return Mark(
        x=start, width=round(end - start, 1), point=point, label=label,
        label_x=end + 9 if anchor == "start" else start - 9, label_anchor=anchor,
        title=title, conflict=conflict, planned=claim["modality"] != "reported",
    )


def _ticks(first: int, last: int) -> list[tuple[int, str]]:
    """Ticks on month or year boundaries, as few steps as keep their count readable."""
    start, end = dt.date.fromordinal(first), dt.date.fromordinal(last)
    months = range(start.year * 12 + start.month, end.year * 12 + end.month)   # month after each boundary
    step = next((s for s in TICK_STEPS if len(months) / s <= MAX_TICKS), TICK_STEPS[-1])
    ticks = []
    for index in months:
        if index % step:
            continue
        year, month = divmod(index, 12)
        day = dt.date(year, month + 1, 1)
        label = str(year) if step >= 12 else f"{calendar.month_abbr[month + 1]} {year}"
        ticks.append((day.toordinal(), label))
    return ticks


def _short(name: str) -> str:
    return name if len(name) <= NAME_LENGTH else name[: NAME_LENGTH - 1] + "…"
