"""tag() is a total, deterministic function with valid offsets on any input."""

from __future__ import annotations

import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.temporal import tag

DATE_WORDS = st.sampled_from([
    "May", "may", "March", "3", "2024", "2,028", "-", "/", ".", ",", " ", "\n", "on", "in", "last", "next",
    "Tuesday", "p.m.", "14:00", "years", "ago", "the", "1990s", "Q2", "week", "every", "mid-", "0000-00-00",
    "February 30", "99999", "$", "%", "3-1", "summer", "of", "early", "tonight", "’", "é", "٣",
])


def check(text: str, published: datetime.date | None) -> None:
    found = tag(text, published)
    assert found == tag(text, published)
    previous_end = 0
    for timex in found:
        assert previous_end <= timex.start < timex.end <= len(text)
        assert timex.text == text[timex.start:timex.end]
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


def test_edges_of_the_calendar():
    for published in (datetime.date.min, datetime.date.max):
        check("Yesterday, last week, next year, in June, on Tuesday, the second quarter, this decade.", published)
