"""The calendar interval of TIMEX3 values."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.temporal import Timex
from factcheck.temporal.timex import interval


@pytest.mark.parametrize(
    "value, begin, until",
    [
        ("2024", dt.date(2024, 1, 1), dt.date(2025, 1, 1)),
        ("2024-05", dt.date(2024, 5, 1), dt.date(2024, 6, 1)),
        ("2024-12", dt.date(2024, 12, 1), dt.date(2025, 1, 1)),
        ("2024-05-03", dt.date(2024, 5, 3), dt.date(2024, 5, 4)),
        ("2024-05-03T14:00", dt.date(2024, 5, 3), dt.date(2024, 5, 4)),
        ("2013-W11", dt.date(2013, 3, 11), dt.date(2013, 3, 18)),
        ("2013-W11-WE", dt.date(2013, 3, 16), dt.date(2013, 3, 18)),
        ("2013-Q4", dt.date(2013, 10, 1), dt.date(2014, 1, 1)),
        ("2013-H2", dt.date(2013, 7, 1), dt.date(2014, 1, 1)),
        ("2012-SU", dt.date(2012, 6, 1), dt.date(2012, 9, 23)),
        ("2012-WI", dt.date(2012, 12, 1), dt.date(2013, 3, 23)),
        ("199", dt.date(1990, 1, 1), dt.date(2000, 1, 1)),
        ("18", dt.date(1800, 1, 1), dt.date(1900, 1, 1)),
    ],
)
def test_interval(value, begin, until):
    assert interval(value) == (begin, until)


@pytest.mark.parametrize(
    "value", ["P3Y", "PRESENT_REF", "XXXX-06", "XXXX-WXX-2", "0000", "2023-02-29", "2024-13", "2013-W60", ""]
)
def test_no_interval(value):
    assert interval(value) is None


def test_anchored_reads_the_anchor():
    timex = Timex(0, 4, "2024", "DATE", "2024", "year", "absolute", dt.date(2024, 1, 1), dt.date(2025, 1, 1))
    assert timex.anchored
    assert not Timex(0, 3, "now", "DATE", "PRESENT_REF", "none", "none", None, None).anchored
