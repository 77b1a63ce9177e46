"""Clock times: which day they fall on, and their extents next to a day."""

from __future__ import annotations

import datetime

from factcheck.temporal import tag

SUNDAY = datetime.date(2021, 10, 10)


def found(text, published=SUNDAY):
    return [(t.text, t.type, t.value) for t in tag(text, published)]


def test_a_preposition_keeps_a_clock_time_and_its_day_apart():
    # TimeML leaves signals ("on", "at") out of every expression; the time still gets the day.
    assert found("The polls opened at 7 a.m. on Friday.") == [
        ("7 a.m.", "TIME", "2021-10-08T07:00"),
        ("Friday", "DATE", "2021-10-08"),
    ]
    assert found("The ferry left Dover on 3 June 2020 at 21:15.") == [
        ("3 June 2020", "DATE", "2020-06-03"),
        ("21:15", "TIME", "2020-06-03T21:15"),
    ]
    assert found("The ferry left Dover 3 June 2020, 21:15.") == [("3 June 2020, 21:15", "TIME", "2020-06-03T21:15")]


def test_the_first_time_of_a_range_is_on_the_day_of_the_second():
    assert found("Trains will run between 06:00 and 20:00 on Tuesday.")[:2] == [
        ("06:00", "TIME", "2021-10-12T06:00"),
        ("20:00", "TIME", "2021-10-12T20:00"),
    ]
    assert found("Voting ran from 8 a.m. to 9 p.m. on 3 October 2021.")[0] == ("8 a.m.", "TIME", "2021-10-03T08:00")


def test_a_clock_time_in_a_schedule_is_on_no_particular_day():
    assert found("The hotline is staffed daily from 9 a.m. to 5 p.m.") == [
        ("daily", "SET", "P1D"),
        ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
        ("5 p.m.", "TIME", "XXXX-XX-XXT17:00"),
    ]
    assert found("Buses leave every hour, at 10:30 and 11:30 in the morning.")[1][2] == "XXXX-XX-XXT10:30"


def test_midnight_tonight_is_one_expression():
    assert found("The ban takes effect at midnight tonight.") == [("midnight tonight", "TIME", "2021-10-10T24:00")]


def test_a_past_midnight_is_the_one_that_began_the_publication_day():
    # Midnight at the end of the publication day has not yet come when the story is written.
    assert found("The talks broke up shortly after midnight.") == [("midnight", "TIME", "2021-10-09T24:00")]
    assert found("The curfew starts at midnight.") == [("midnight", "TIME", "2021-10-10T24:00")]
    assert found("The outage began just before midnight on Friday.")[0] == ("midnight", "TIME", "2021-10-08T24:00")


def test_a_written_time_zone_is_kept_as_a_utc_offset():
    assert found("Trading halted at 15:45 GMT.") == [("15:45 GMT", "TIME", "2021-10-10T15:45Z")]
    assert found("The launch is set for 9:30 a.m. EDT on Tuesday.")[0] == (
        "9:30 a.m. EDT",
        "TIME",
        "2021-10-12T09:30-04:00",
    )
    assert found("The verdict came at 4 p.m. CET.")[0][2] == "2021-10-10T16:00+01:00"


def test_north_american_zones_follow_daylight_saving_time():
    july, january = datetime.date(2021, 7, 1), datetime.date(2021, 1, 15)
    assert found("Bidding opens at 10 a.m. ET.", july)[0][2] == "2021-07-01T10:00-04:00"
    assert found("Bidding opens at 10 a.m. ET.", january)[0][2] == "2021-01-15T10:00-05:00"
    assert found("Doors open at 6 p.m. Pacific time.", july) == [
        ("6 p.m. Pacific time", "TIME", "2021-07-01T18:00-07:00")
    ]


def test_local_time_and_ambiguous_zones_give_no_offset():
    assert found("The storm hit at 3 a.m. local time.")[0][2] == "2021-10-10T03:00"
    assert found("The match starts at 7 p.m. IST.")[0][2] == "2021-10-10T19:00"
    assert found("Bidding opens at 10 a.m. ET.", None)[0][2] == "XXXX-XX-XXT10:00"


def test_a_clock_time_does_not_fall_on_a_period_boundary_or_a_comparison():
    text = "Profit in the three months ended Sept. 30 rose 8% from a year earlier. The figures were released at 7 a.m."
    assert found(text)[-1] == ("7 a.m.", "TIME", "2021-10-10T07:00")
    # the period's end still anchors "a year earlier"
    assert found(text)[2] == ("a year earlier", "DATE", "2020-09-30")


def test_an_approximate_time_keeps_its_approximation():
    assert found("The blast happened at about 6:15 p.m.") == [("about 6:15 p.m.", "TIME", "2021-10-10T18:15")]
    assert found("Trading resumed around 14:10.") == [("around 14:10", "TIME", "2021-10-10T14:10")]
