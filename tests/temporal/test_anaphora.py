"""Anaphoric dates ("a year later", "the next day", "that year") count from the last date
mentioned before them, never from the publication date."""

from __future__ import annotations

import datetime

from factcheck.temporal import tag

PUBLISHED = datetime.date(2024, 3, 1)


def values(text, published=PUBLISHED, paragraphs=None):
    return [(t.text, t.value, t.anchor) for t in tag(text, published, paragraphs)]


def test_a_year_later_counts_from_the_previous_paragraph():
    text = (
        "The ferry company bought its first hybrid ship in February 2023.\n\n"
        "A year later it ordered two more from the same yard in Gdansk."
    )
    assert values(text)[1] == ("A year later", "2024-02", "context")


def test_paragraph_spans_carry_the_earlier_date_across_paragraphs():
    first = "The ferry company bought its first hybrid ship in February 2023."
    second = "A year later it ordered two more."
    text = first + "\n\nSHARE THIS\n\n" + second
    start = text.index(second)
    found = values(text, paragraphs=[(0, len(first)), (start, len(text))])
    assert found == [("February 2023", "2023-02", "absolute"), ("A year later", "2024-02", "context")]


def test_without_an_earlier_date_an_anaphor_stays_open():
    for text, value in [
        ("A year later the ferry company ordered two more ships.", "XXXX"),
        ("The next day the harbour reopened.", "XXXX-XX-XX"),
        ("The following week the strike ended.", "XXXX-WXX"),
        ("Two months earlier the board had resigned.", "XXXX-XX"),
        ("That year the mill closed.", "XXXX"),
    ]:
        (found,) = values(text)
        assert found[1:] == (value, "none"), text


def test_a_counted_offset_keeps_the_granularity_of_its_anchor():
    text = (
        "The bridge opened on 4 June 2019. Two weeks later a crack was found. "
        "Repairs began in autumn 2020 and ended a year later."
    )
    assert values(text)[1] == ("Two weeks later", "2019-06-18", "context")
    assert values(text)[3] == ("a year later", "2021-FA", "context")
    quarter = "Exports grew 5% in the third quarter of 2023, against 2% a year earlier."
    assert values(quarter)[1] == ("a year earlier", "2022-Q3", "context")
    year = "The museum reopened in 2016. Three years later it closed again."
    assert values(year)[1] == ("Three years later", "2019", "context")


def test_a_named_unit_has_the_granularity_of_the_unit():
    text = "The vote took place on Tuesday, 9 May 2023. The following week the minister resigned."
    assert values(text)[1] == ("The following week", "2023-W20", "context")
    assert values("The dam failed on 2 March 2021. That year floods killed 40 people.")[1] == (
        "That year",
        "2021",
        "context",
    )


def test_an_offset_needs_an_anchor_precise_enough():
    # "the next day" cannot count from a month, and the publication date is no substitute.
    assert values("The talks collapsed in May 2022. The next day, markets fell.")[1] == (
        "The next day",
        "XXXX-XX-XX",
        "none",
    )


def test_part_of_the_day_after_an_earlier_day():
    text = "The fire started at 11 p.m. on Saturday, 2 December 2023, and was put out the next morning."
    assert values(text)[-1] == ("the next morning", "2023-12-03TMO", "context")
    assert values("The shop was robbed on 5 May 2022. That night police arrested two men.")[1] == (
        "That night",
        "2022-05-05TNI",
        "context",
    )


def test_a_clock_time_after_early_saturday_is_saturdays():
    # "early Saturday" may begin late on Friday for another outlet; the clock time the sentence
    # gives after it is still Saturday's, and so is "the next day" counted from it.
    saturday = datetime.date(2024, 1, 15)
    text = "Two men were shot early Saturday in Chatham, where they were standing outside about 2:15 a.m."
    assert values(text, saturday)[1] == ("about 2:15 a.m.", "2024-01-13T02:15", "context")
    assert values("The fire broke out early Saturday. The next day, crews left.", saturday)[1][1] == "2024-01-14"
