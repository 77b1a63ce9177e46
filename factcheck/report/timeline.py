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

WIDTH = 880  # the SVG's coordinate width; it scales to the page
LABEL_WIDTH = 230  # the article names on the left
RIGHT_MARGIN = 28
ROW_HEIGHT = 40
GAP_HEIGHT = 30  # a lane under the rows for each pair of conflicting dates
MAX_GAPS = 6  # beyond this many pairs, brackets would bury the marks: the hatching says enough
AXIS_HEIGHT = 30
CHAR_WIDTH = 6.6  # rough width of a 12px label character, to keep labels inside the plot
MAX_TICKS = 8
TICK_STEPS = (1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200)  # in months
MIN_SPAN_DAYS = 60  # an axis narrower than this would make a single day look like an era
NAME_LENGTH = 30


@dataclass(frozen=True)
class Mark:
    x: float
    width: float
    point: bool  # a day: drawn as a dot rather than a bar
    label: str  # the date as written
    label_x: float
    label_anchor: str  # "start" (right of the mark) or "end" (left of it)
    title: str  # what the tooltip and a screen reader say
    conflict: bool
    planned: bool


@dataclass(frozen=True)
class Row:
    y: float  # the row's centre line
    name: str  # short name of the article
    path: str
    outlier: bool
    marks: tuple[Mark, ...]


@dataclass(frozen=True)
class Gap:
    """How far apart two conflicting dates are: a bracket between their middles, in its own lane."""

    x1: float
    x2: float
    y: float
    rows: tuple[
        float, float
    ]  # the centre lines of the earlier and the later claim's rows, for guides down to the bracket
    label: str
    label_x: float
    label_anchor: str


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
    gaps: tuple[Gap, ...]
    ticks: tuple[Tick, ...]
    unplaced: tuple[Unplaced, ...]

    @property
    def placed(self) -> bool:
        return any(row.marks for row in self.rows)

    @property
    def axis_y(self) -> float:
        return self.height - AXIS_HEIGHT

    @property
    def drawn(self) -> frozenset[str]:
        """The kinds of mark on this timeline, so that its key explains only those: bar, point, conflict, planned."""
        marks = [mark for row in self.rows for mark in row.marks]
        kinds = {"point" if mark.point else "bar" for mark in marks}
        kinds |= {"conflict" for mark in marks if mark.conflict} | {"planned" for mark in marks if mark.planned}
        return frozenset(kinds)


def layout(articles: dict[str, list[dict]], conflicts: list[tuple[str, str]], outliers: set[str]) -> Timeline:
    """Lay out the dated claims of one event: `articles` maps a document to its claims in the event.

    `conflicts` holds the pairs of claim ids that date findings oppose; `outliers` the documents
    a finding names as the outlier.
    """
    conflicting = {claim for pair in conflicts for claim in pair}
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
        for path, claims in articles.items()
        for c in claims
        if c["time_text"] and not _interval(c)
    )
    row_of = {c["claim_id"]: row.y for row, claims in zip(rows, articles.values()) for c in claims if _interval(c)}
    pairs = sorted({tuple(sorted(pair)) for pair in conflicts if all(claim in row_of for claim in pair)})
    pairs = pairs if len(pairs) <= MAX_GAPS else []
    by_id = {c["claim_id"]: c for c in placed}
    gaps = tuple(
        _gap(by_id[a], by_id[b], row_of, ROW_HEIGHT * len(rows) + GAP_HEIGHT * lane + 9, x_of, plot_right)
        for lane, (a, b) in enumerate(pairs)
    )
    ticks = tuple(Tick(x_of(day), label) for day, label in _ticks(first, last)) if placed else ()
    height = ROW_HEIGHT * len(rows) + GAP_HEIGHT * len(gaps) + AXIS_HEIGHT
    return Timeline(WIDTH, height, ROW_HEIGHT, plot_left, plot_right, rows, gaps, ticks, unplaced)


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
    planned = claim["modality"] != "reported"
    label = f"{claim['time_text']} ({claim['modality']})" if planned else claim["time_text"]
    room_right = plot_right - end - 8
    anchor = "start" if room_right >= len(label) * CHAR_WIDTH else "end"
    last_day = dt.date.fromordinal(until - 1).isoformat()
    first_day = dt.date.fromordinal(begin).isoformat()
    span = first_day if first_day == last_day else f"{first_day} to {last_day}"
    title = f"{claim['doc']}: “{claim['time_text']}” = {claim['time_value']} ({claim['time_granularity']}), {span}"
    if planned:
        title += f", {claim['modality']}"
    if conflict:
        title += ", conflicting claim"
    return Mark(
        x=start,
        width=round(end - start, 1),
        point=point,
        label=label,
        label_x=end + 9 if anchor == "start" else start - 9,
        label_anchor=anchor,
        title=title,
        conflict=conflict,
        planned=planned,
    )


def _gap(left: dict, right: dict, row_of: dict[str, float], y: float, x_of, plot_right: float) -> Gap:
    (early, first), (late, second) = sorted((sum(_interval(c)) / 2, c["claim_id"]) for c in (left, right))
    x1, x2 = x_of(early), x_of(late)
    label = _apart(late - early)
    if x2 - x1 >= len(label) * CHAR_WIDTH + 12:
        label_x, anchor = (x1 + x2) / 2, "middle"
    elif plot_right - x2 >= len(label) * CHAR_WIDTH + 8:
        label_x, anchor = x2 + 8, "start"
    else:
        label_x, anchor = x1 - 8, "end"
    return Gap(x1, x2, y, (row_of[first], row_of[second]), label, round(label_x, 1), anchor)


def _apart(days: float) -> str:
    """A distance between two dates in the unit a reader would use."""
    if days < 45:
        count, unit = round(days), "day"
    elif days < 700:
        count, unit = round(days / 30.44), "month"
    else:
        count, unit = round(days / 365.25), "year"
    return f"{count} {unit}{'' if count == 1 else 's'} apart"


def _ticks(first: int, last: int) -> list[tuple[int, str]]:
    """Ticks on month or year boundaries, as few steps as keep their count readable."""
    start, end = dt.date.fromordinal(first), dt.date.fromordinal(last)
    months = range(start.year * 12 + start.month, end.year * 12 + end.month)  # month after each boundary
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
