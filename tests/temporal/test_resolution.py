"""How relative and underspecified expressions get their values."""

from __future__ import annotations

import datetime

from factcheck.temporal import tag

THURSDAY = datetime.date(2013, 3, 14)


def values(text, published=THURSDAY):
    return [(t.text, t.value, t.anchor) for t in tag(text, published)]


def test_weekday_follows_the_tense_of_its_sentence():
    assert values("He spoke on Tuesday.") == [("Tuesday", "2013-03-12", "document")]
    assert values("He will speak on Tuesday.") == [("Tuesday", "2013-03-19", "document")]
    assert values("He said on Monday that he will resign.")[0] == ("Monday", "2013-03-11", "document")


def test_bare_month_follows_the_tense_of_its_sentence():
    assert values("Sales fell in June.") == [("June", "2012-06", "document")]
    assert values("The law will take effect in June.") == [("June", "2013-06", "document")]
    assert values("They signed the deal on October 18.") == [("October 18", "2012-10-18", "document")]


def test_without_a_verb_cue_the_nearest_occurrence_wins():
    assert values("A hearing is set for Aug. 12.", datetime.date(2019, 7, 17)) == [("Aug. 12", "2019-08-12", "document")]
    assert values("The new season starts in August.", datetime.date(2022, 5, 29)) == [("August", "2022-08", "document")]


def test_last_and_next_exclude_the_current_occurrence():
    assert values("He left last June.") == [("last June", "2012-06", "document")]
    assert values("He will leave next Thursday.") == [("next Thursday", "2013-03-21", "document")]
    assert values("He left last Thursday.") == [("last Thursday", "2013-03-07", "document")]


def test_bare_month_takes_the_year_of_the_paragraph():
    text = "In May 2024, Pakistan launched its first lunar satellite. The mission returned in June."
    found = tag(text, None)
    assert [(t.text, t.value, t.anchor) for t in found] == [("May 2024", "2024-05", "absolute"), ("June", "2024-06", "context")]
    assert (found[1].begin, found[1].until) == (datetime.date(2024, 6, 1), datetime.date(2024, 7, 1))


def test_the_paragraph_year_does_not_cross_a_newline():
    assert values("In May 2024, it launched.\nThe mission returned in June.", None)[1] == ("June", "XXXX-06", "none")


def test_the_paragraph_year_yields_to_a_contradicting_tense():
    text = "Ross took office in January 2021 and will be sworn in again on Jan. 15."
    assert values(text, datetime.date(2024, 11, 7))[1] == ("Jan. 15", "2025-01-15", "document")


def test_without_publication_date_relative_values_keep_x_placeholders():
    text = "In February this year, last year, yesterday, last week and on Tuesday, it rained."
    found = tag(text)
    assert [(t.value, t.granularity) for t in found] == [
        ("XXXX-02", "month"), ("XXXX", "year"), ("XXXX-XX-XX", "day"), ("XXXX-WXX", "week"), ("XXXX-WXX-2", "day"),
    ]
    assert all(t.anchor == "none" and not t.anchored and t.begin is None and t.until is None for t in found)


def test_granularity_is_kept_and_interval_is_the_whole_unit():
    timex = tag("Sales rose in May 2024.")[0]
    assert (timex.value, timex.begin, timex.until) == ("2024-05", datetime.date(2024, 5, 1), datetime.date(2024, 6, 1))
    year = tag("It launches in 2024.")[0]
    assert (year.begin, year.until) == (datetime.date(2024, 1, 1), datetime.date(2025, 1, 1))


def test_seed_article_dates():
    from pathlib import Path

    text = (Path(__file__).resolve().parents[2] / "data/seeds/004_0e4fa50010040a0a.txt").read_text(encoding="utf-8")
    found = {t.text: t for t in tag(text)}
    assert (found["February 5th 2025"].value, found["February 5th 2025"].granularity) == ("2025-02-05", "day")
    assert (found["May 2022"].value, found["May 2022"].granularity) == ("2022-05", "month")
    assert (found["2028"].value, found["2028"].granularity) == ("2028", "year")
    assert not [t for t in tag(text) if t.text.lower() == "may"]
