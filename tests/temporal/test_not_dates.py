"""Words and numbers that look like dates but are not."""

from __future__ import annotations

import datetime

import pytest

from factcheck.temporal import tag


@pytest.mark.parametrize(
    "sentence",
    [
        "This part of the moon may become a target of further exploration.",
        "May I ask a question?",
        "Protesters march on the capital.",
        "Wait a second.",
        "Every second counts.",
        "We sat down.",
        "Shares fell $27 to $2028.",
        "Turnout was 50% and Spain won 3-1.",
        "The company hired 2,028 people.",
        "The company hired 2028 people.",
        "Call 555-2024 or 0300 2024 567.",
        "See Section 2024 and page 2024 of the report.",
        "The man, 19 years old, and a 19-year-old woman were hurt.",
        "Theresa May said the bill would pass.",
        "The summer heat was intense.",
        "The fall of the city shocked the region.",
        "He read the Sunday Times.",
        "A quarter of voters stayed home.",
        "In their 30s, they moved abroad.",
        "A bullet hit a house in the 1800 block of South 5th Street.",
        "Police closed the 2000 blocks around the stadium.",
    ],
)
def test_nothing_is_tagged(sentence):
    assert tag(sentence, datetime.date(2024, 5, 1)) == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("In May, the rover landed.", ["May"]),
        ("The rover landed on May 3.", ["May 3"]),
        ("Since March, prices rose.", ["March"]),
        ("Prices rose until early March.", ["early March"]),
        ("Prime Minister May met him in March.", ["March"]),
    ],
)
def test_may_and_march_need_evidence(sentence, expected):
    assert [t.text for t in tag(sentence, datetime.date(2024, 5, 1))] == expected


@pytest.mark.parametrize(
    "sentence", ["It was February 30.", "It was the year 99999.", "It was 0000-00-00.", "It was 2023-02-29."]
)
def test_impossible_dates_are_not_tagged(sentence):
    assert [t for t in tag(sentence) if t.granularity == "day"] == []
    assert all(t.begin is None or t.begin.year < 10000 for t in tag(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The firm created 2000 new jobs.",
        "About 2028 people died.",
        "The past president met the future king.",
    ],
)
def test_counts_and_noun_modifiers_are_not_dates(sentence):
    assert tag(sentence, datetime.date(2024, 5, 1)) == []


def test_a_day_range_tags_its_first_day():
    assert [(t.text, t.value) for t in tag("The summit on March 21-22 ended.", datetime.date(2013, 3, 25))] == [
        ("March 21", "2013-03-21"),
    ]


def test_a_half_is_part_of_a_year_only_in_business_news():
    assert [t.value for t in tag("Profits rose 12% in the first half.", datetime.date(2013, 8, 1))] == ["2013-H1"]
    assert tag("Villa scored twice in the second half.", datetime.date(2013, 8, 1)) == []


def test_street_numbers_sizes_and_topics_are_not_dates():
    from factcheck.temporal import tag

    assert tag("The bakery at 1875 Elm Avenue was sold.") == []
    assert [t.text for t in tag("The bank made a quarter-point cut.")] == []
    assert tag("Residents debated the future of the pier.") == []
