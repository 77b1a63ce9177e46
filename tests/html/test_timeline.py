"""Timeline geometry: each date an interval at its own granularity on one shared axis."""

from __future__ import annotations

import pytest

from factcheck.report.timeline import layout


def claim(doc, number, text, value, granularity, begin, until, modality="reported"):
    return {
        "claim_id": f"{doc}#{number}",
        "doc": doc,
        "time_text": text,
        "time_value": value,
        "time_granularity": granularity,
        "time_begin": begin,
        "time_until": until,
        "modality": modality,
    }


YEAR = claim("a.txt", 0, "in 2023", "2023", "year", "2023-01-01", "2024-01-01")
MONTH = claim("b.txt", 0, "June 2023", "2023-06", "month", "2023-06-01", "2023-07-01")
DAY = claim("c.txt", 0, "4 March 2025", "2025-03-04", "day", "2025-03-04", "2025-03-05")
NO_YEAR = claim("c.txt", 1, "October 18", "XXXX-10-18", "day", None, None)


def marks(timeline):
    return {mark.label: mark for row in timeline.rows for mark in row.marks}


def test_a_month_is_a_month_wide_bar_and_a_year_a_year_wide_one():
    drawn = marks(layout({"a.txt": [YEAR], "b.txt": [MONTH]}, [], set()))
    year, month = drawn["in 2023"], drawn["June 2023"]
    assert not year.point and not month.point
    assert abs(month.width / year.width - 30 / 365) < 0.01
    assert year.x < month.x and month.x + month.width < year.x + year.width


def test_a_day_is_a_point():
    assert marks(layout({"a.txt": [YEAR], "c.txt": [DAY]}, [], set()))["4 March 2025"].point


def test_one_row_per_article_and_dates_without_a_year_listed_apart():
    timeline = layout({"a.txt": [YEAR], "c.txt": [DAY, NO_YEAR]}, [], set())
    assert [row.path for row in timeline.rows] == ["a.txt", "c.txt"]
    assert [len(row.marks) for row in timeline.rows] == [1, 1]
    assert [(u.path, u.text) for u in timeline.unplaced] == [("c.txt", "October 18")]


def test_conflicting_claims_and_the_outlier_are_marked():
    timeline = layout({"a.txt": [YEAR], "b.txt": [MONTH], "c.txt": [DAY]}, [("c.txt#0", "a.txt#0")], {"c.txt"})
    assert [(row.outlier, [m.conflict for m in row.marks]) for row in timeline.rows] == [
        (False, [True]),
        (False, [False]),
        (True, [True]),
    ]
    assert "conflicting claim" in timeline.rows[0].marks[0].title


def test_conflicting_dates_are_bracketed_with_their_distance():
    timeline = layout({"a.txt": [YEAR], "c.txt": [DAY]}, [("c.txt#0", "a.txt#0")], set())
    (gap,) = timeline.gaps
    year, day = marks(timeline)["in 2023"], marks(timeline)["4 March 2025"]
    assert (gap.x1, gap.x2) == pytest.approx((year.x + year.width / 2, day.x), abs=0.2)
    assert gap.label == "20 months apart"
    assert gap.rows == (timeline.rows[0].y, timeline.rows[1].y) and timeline.rows[-1].y < gap.y < timeline.axis_y


def test_every_mark_and_tick_lies_on_the_plot():
    timeline = layout({"a.txt": [YEAR], "c.txt": [DAY]}, [], set())
    inside = [timeline.plot_left, timeline.plot_right]
    for mark in marks(timeline).values():
        assert inside[0] < mark.x and mark.x + mark.width < inside[1]
    assert [t.label for t in timeline.ticks] == ["Jan 2023", "Jul 2023", "Jan 2024", "Jul 2024", "Jan 2025"]
    assert all(inside[0] <= t.x <= inside[1] for t in timeline.ticks)


def test_ticks_step_by_months_or_years_as_the_span_needs():
    assert [t.label for t in layout({"b.txt": [MONTH]}, [], set()).ticks] == ["Jun 2023", "Jul 2023"]
    decades = claim("d.txt", 0, "1989", "1989", "year", "1989-01-01", "1990-01-01")
    assert [t.label for t in layout({"a.txt": [YEAR], "d.txt": [decades]}, [], set()).ticks] == [
        "1990",
        "1995",
        "2000",
        "2005",
        "2010",
        "2015",
        "2020",
        "2025",
    ]


def test_an_event_without_calendar_dates_has_nothing_to_place():
    timeline = layout({"c.txt": [NO_YEAR]}, [], set())
    assert not timeline.placed and timeline.ticks == ()


def test_too_many_conflicts_are_left_to_the_hatching():
    years = {
        f"{n}.txt": [
            claim(f"{n}.txt", 0, str(2000 + n), str(2000 + n), "year", f"{2000 + n}-01-01", f"{2001 + n}-01-01")
        ]
        for n in range(5)
    }
    every_pair = [(f"{a}.txt#0", f"{b}.txt#0") for a in range(5) for b in range(a + 1, 5)]
    timeline = layout(years, every_pair, set())
    assert timeline.gaps == () and all(row.marks[0].conflict for row in timeline.rows)
