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
    assert values("A hearing is set for Aug. 12.", datetime.date(2019, 7, 17)) == [
        ("Aug. 12", "2019-08-12", "document")
    ]
    assert values("The new season starts in August.", datetime.date(2022, 5, 29)) == [("August", "2022-08", "document")]


def test_last_and_next_exclude_the_current_occurrence():
    assert values("He left last June.") == [("last June", "2012-06", "document")]
    assert values("He will leave next Thursday.") == [("next Thursday", "2013-03-21", "document")]
    assert values("He left last Thursday.") == [("last Thursday", "2013-03-07", "document")]


def test_bare_month_takes_the_year_of_the_paragraph():
    text = "In May 2024, Pakistan launched its first lunar satellite. The mission returned in June."
    found = tag(text, None)
    assert [(t.text, t.value, t.anchor) for t in found] == [
        ("May 2024", "2024-05", "absolute"),
        ("June", "2024-06", "context"),
    ]
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
        ("XXXX-02", "month"),
        ("XXXX", "year"),
        ("XXXX-XX-XX", "day"),
        ("XXXX-WXX", "week"),
        ("XXXX-WXX-2", "day"),
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


def test_a_future_verb_group_keeps_its_participle():
    assert values("Banks will stay closed until Tuesday.") == [("Tuesday", "2013-03-19", "document")]
    assert values("The winners will be announced on Sunday.") == [("Sunday", "2013-03-17", "document")]


def test_dates_counted_from_an_earlier_date():
    text = "On March 3, 2011, the quake hit. The next day, the tsunami came. Two days later it rained."
    assert values(text)[1:] == [("The next day", "2011-03-04", "context"), ("Two days later", "2011-03-06", "context")]
    assert values("In 2010 he ran. The following year he won.")[1] == ("The following year", "2011", "context")
    assert values("The same day, he left.") == [("The same day", "XXXX-XX-XX", "none")]


def test_dates_that_bound_a_period_do_not_set_the_paragraph_year():
    text = "The recession has lasted since the end of 2011. Unemployment hit 11.8 percent in December."
    assert values(text, datetime.date(2013, 2, 8))[1] == ("December", "2012-12", "document")


def test_quarter_adjective_and_possessive_season():
    assert values("Fourth-quarter profits fell.", datetime.date(2013, 1, 9)) == [
        ("Fourth-quarter", "2012-Q4", "document")
    ]
    assert values("Germany's spring was the wettest in decades.", datetime.date(2013, 6, 4))[0] == (
        "spring",
        "2013-SP",
        "document",
    )


def test_a_bare_clock_time_is_on_the_day_last_mentioned():
    text = "He was arrested on Tuesday. The hearing began at 3 p.m."
    assert values(text)[1] == ("3 p.m.", "2013-03-12T15:00", "context")
    assert values("The market opened at 9:30 a.m.") == [("9:30 a.m.", "2013-03-14T09:30", "document")]
    assert values("He resigned on Feb. 28. Voting will resume at 4 p.m.")[1] == (
        "4 p.m.",
        "2013-03-14T16:00",
        "document",
    )


def test_movable_feasts():
    assert values("The shops were busy at Easter.") == [("Easter", "2012-04-08", "document")]
    assert values("Pilgrims will gather on Good Friday.") == [("Good Friday", "2013-03-29", "document")]
    assert values("Easter 2024 fell on March 31.")[0] == ("Easter 2024", "2024-03-31", "absolute")


def test_a_clock_time_does_not_take_a_day_from_another_paragraph():
    text = "The bank meets next Thursday.\nA report is due at 1230 GMT."
    assert values(text)[1] == ("1230 GMT", "2013-03-14T12:30Z", "document")


def test_a_reporting_clause_does_not_set_the_tense():
    text = "The cabinet approved a plan to sell the airline by June 30, officials said."
    assert values(text, datetime.date(2025, 3, 20)) == [("June 30", "2025-06-30", "document")]


def test_listed_dates_share_the_year_written_after_the_last():
    text = "In May, June and July 2024, output rose. Between January and March 2013, sales fell."
    assert [(t.text, t.value, t.anchor) for t in tag(text, THURSDAY)] == [
        ("May", "2024-05", "context"),
        ("June", "2024-06", "context"),
        ("July 2024", "2024-07", "absolute"),
        ("January", "2013-01", "context"),
        ("March 2013", "2013-03", "absolute"),
    ]


def test_an_infinitive_is_not_a_past_tense():
    text = "Hurricane Irma is expected to hit South Florida early Sunday, forecasters said."
    assert values(text, datetime.date(2017, 9, 8)) == [("early Sunday", "2017-09-10", "document")]


def test_ago_keeps_the_unit_of_its_count():
    # Granularity is never invented: "two weeks ago" is a week, as "two years ago" is a year.
    assert values("The plant closed two weeks ago.") == [("two weeks ago", "2013-W09", "document")]
    assert values("The plant closed a fortnight ago.") == [("a fortnight ago", "2013-W09", "document")]
    assert values("The plant closed three days ago.") == [("three days ago", "2013-03-11", "document")]


def test_results_still_to_come_are_for_the_quarter_just_ended():
    january = datetime.date(2019, 1, 20)
    assert values("The bank will report fourth-quarter earnings on Tuesday.", january)[0] == (
        "fourth-quarter",
        "2018-Q4",
        "document",
    )
    assert values("The group will publish its Q4 figures next month.", january)[0][1] == "2018-Q4"
    # not a quarter that ended long ago, and not without results
    assert values("The bank will report third-quarter earnings in October.", january)[0][1] == "2019-Q3"
    assert values("The rover will land in the fourth quarter.", january)[0][1] == "2019-Q4"


def test_a_date_in_an_aside_does_not_set_the_paragraph_year():
    text = "The brewery, founded in 1998 by two brothers, doubled its sales in the third quarter."
    assert values(text, datetime.date(2013, 11, 2))[1] == ("the third quarter", "2013-Q3", "document")
    text = "Ms Ward, who joined the firm in May 2009, stepped down on June 30."
    assert values(text)[1] == ("June 30", "2012-06-30", "document")


def test_an_imminent_day_keeps_its_own_year_in_a_future_paragraph():
    published = datetime.date(2022, 10, 3)
    text = "The plant will open in mid-2024. The board will meet on Oct. 20 to approve the budget."
    assert values(text, published)[1] == ("Oct. 20", "2022-10-20", "document")
    text = "The Games will be held in 2028. The opening ceremony will be on July 14."
    assert values(text, published)[1] == ("July 14", "2028-07-14", "context")
