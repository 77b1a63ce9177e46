"""Dates without a year are still apart when the fields they state differ by more than a day."""

import datetime as dt

import pytest

from factcheck.temporal.calendar import Fields, apart_whatever_the_year, minute_of_day, named_day, on_that_day


def fields(value: str, begin: str = "", granularity: str = "day") -> Fields:
    return Fields.of(value, begin, granularity)


@pytest.mark.parametrize(
    ("left", "right", "apart"),
    [
        (fields("XXXX-11-12"), fields("XXXX-02-12"), True),  # "Nov. 12" and "Feb. 12"
        (fields("XXXX-05", granularity="month"), fields("XXXX-12", granularity="month"), True),  # last May, December
        (fields("XXXX-05", granularity="month"), fields("XXXX-05-03"), False),
        (fields("XXXX-12-31"), fields("XXXX-01-01"), False),  # adjacent across the new year
        (fields("XXXX-WXX-2"), fields("XXXX-WXX-5"), True),  # Tuesday and Friday
        (fields("XXXX-WXX-4TNI"), fields("XXXX-WXX-5"), False),  # Thursday night and Friday
        (fields("XXXX-WXX-7"), fields("XXXX-WXX-1"), False),  # Sunday and Monday
        (fields("2009-11-12", "2009-11-12"), fields("XXXX-02-12"), True),
        (fields("2013-06-13", "2013-06-13"), fields("XXXX-WXX-4"), False),  # June 13, 2013 was a Thursday
        (fields("2013-06-13", "2013-06-13"), fields("XXXX-WXX-1"), True),
        (fields("XXXX"), fields("XXXX-02-12"), False),  # a year unknown states nothing
        (fields("PRESENT_REF"), fields("XXXX-WXX-1"), False),
        (fields("2013", "2013-01-01", "year"), fields("XXXX-02-12"), False),
    ],
)
def test_apart_whatever_the_year(left, right, apart):
    assert apart_whatever_the_year(left, right) is apart
    assert apart_whatever_the_year(right, left) is apart


@pytest.mark.parametrize(
    ("told", "that_day"),
    [
        (fields("XXXX-WXX-1TAF"), True),  # "Monday afternoon": 15 July 2019 was a Monday
        (fields("XXXX-WXX-7"), False),
        (fields("XXXX-07-15"), True),  # "July 15"
        (fields("XXXX-07-16"), False),
        (fields("2019-07-15", "2019-07-15"), True),
        (fields("2018-07-15", "2018-07-15"), False),  # a Sunday
        (fields("XXXX-07", granularity="month"), False),  # a month alone names no day
        (fields("PRESENT_REF"), False),
        (fields("2019-07-15TMO", "2019-07-14"), True),  # "early Monday morning" begins on Sunday night
    ],
)
def test_on_that_day(told, that_day):
    assert on_that_day(told, dt.date(2019, 7, 15)) is that_day


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("2019-07-15", dt.date(2019, 7, 15)),
        ("2019-07-15TMO", dt.date(2019, 7, 15)),
        ("2019-07-15T01:25", dt.date(2019, 7, 15)),
        ("2019-07", None),
        ("XXXX-WXX-1", None),
        ("", None),
    ],
)
def test_named_day(value, day):
    assert named_day(value) == day


@pytest.mark.parametrize(
    ("text", "value", "minute"),
    [
        ("about 10:12 a.m.", "XXXX-XX-XXT10:12", 612),
        ("around 6.30pm on Thursday", "2022-04-21T18:30", 1110),
        ("about 18:30 BST", "2022-04-20T18:30+01:00", 1110),  # the 24-hour clock, its zone aside
        ("06:00", "2022-04-20T06:00", 360),
        ("around 11:30", "XXXX-XX-XXT11:30", None),  # morning or night
    ],
)
def test_the_minute_of_the_day_a_clock_time_names_when_it_says_its_half_of_the_day(text, value, minute):
    assert minute_of_day(text, value, "minute") == minute
