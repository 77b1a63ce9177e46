"""tag() is a total, deterministic function with valid offsets on any input."""

from __future__ import annotations

import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.temporal import tag

DATE_WORDS = st.sampled_from(
    [
        "May",
        "may",
        "March",
        "3",
        "2024",
        "2,028",
        "-",
        "/",
        ".",
        ",",
        " ",
        "\n",
        "on",
        "in",
        "last",
        "next",
        "Tuesday",
        "p.m.",
        "14:00",
        "years",
        "ago",
        "the",
        "1990s",
        "Q2",
        "week",
        "every",
        "mid-",
        "0000-00-00",
        "February 30",
        "99999",
        "$",
        "%",
        "3-1",
        "summer",
        "of",
        "early",
        "tonight",
        "’",
        "é",
        "٣",
        "a year later",
        "the next morning",
        "that day",
        "fiscal",
        "GMT",
        "ET",
        "midnight",
        "daily",
        "and",
    ]
)


def check(text: str, published: datetime.date | None, paragraphs=None) -> None:
    found = tag(text, published, paragraphs)
    assert found == tag(text, published, paragraphs)
    previous_end = 0
    for timex in found:
        assert previous_end <= timex.start < timex.end <= len(text)
        if paragraphs is not None:
            assert any(start <= timex.start and timex.end <= end for start, end in paragraphs)
        assert timex.text == text[timex.start : timex.end]
        assert timex.type in ("DATE", "TIME", "DURATION", "SET")
        assert timex.anchor in ("absolute", "document", "context", "none")
        assert (timex.begin is None) == (timex.until is None)
        if timex.begin is not None:
            assert timex.begin < timex.until and "X" not in timex.value
        previous_end = timex.end


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.text(), st.one_of(st.none(), st.dates()))
def test_any_unicode_text(text, published):
    check(text, published)


@settings(max_examples=500, deadline=None, derandomize=True)
@given(st.lists(DATE_WORDS, max_size=30).map(" ".join), st.one_of(st.none(), st.dates()))
def test_date_like_text(text, published):
    check(text, published)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(
    st.lists(DATE_WORDS, max_size=30).map(" ".join),
    st.one_of(st.none(), st.dates()),
    st.lists(st.tuples(st.integers(-5, 200), st.integers(-5, 200)), max_size=4),
)
def test_any_paragraph_spans(text, published, paragraphs):
    check(text, published, paragraphs)


def test_edges_of_the_calendar():
    for published in (datetime.date.min, datetime.date.max):
        check("Yesterday, last week, next year, in June, on Tuesday, the second quarter, this decade.", published)
        check("On 1 January 0001 it began; a year earlier, the day before, at 9 a.m. ET.", published)
        check("On 31 December 9999 it ended. A year later, the following week, that night.", published)


def test_a_year_from_the_text_never_makes_an_impossible_day():
    text = "The Games will be held in 2026. The final will be on Feb. 29."
    assert [t.value for t in tag(text, datetime.date(2025, 2, 20))] == ["2026", "2028-02-29"]
    assert tag("Sales rose in Feb. 29 and March 2023.")[0].value == "XXXX-02-29"
