"""A time with no day belongs to the incident's day, never to the day the article appeared."""

import datetime as dt

from factcheck.temporal import tag

FIRE = (
    "A fire destroyed the Acme Logistics warehouse in Springfield on Thursday, officials said.\n\n"
    "The fire at the Acme Logistics warehouse broke out at about 5 a.m., fire chief Dan Moore said."
)


def _when(claims, trigger):
    [claim] = [c for c in claims if c["trigger"] == trigger]
    return claim["time_value"], claim["time_begin"]


def test_a_clock_time_takes_the_incident_day_an_earlier_paragraph_gave(claims_of):
    claims = claims_of(FIRE, published=dt.date(2024, 3, 9))
    assert _when(claims, "broke") == ("2024-03-07T05:00", "2024-03-07")


def test_a_clock_time_takes_the_day_a_time_of_day_named_before_it(claims_of):
    shooting = (
        "Two men were killed in a shooting early Saturday morning in Antioch, police said.\n\n"
        "Officers found the victims in the parking lot of the Brookside Apartments shortly after 1 a.m."
    )
    claims = claims_of(shooting, published=dt.date(2017, 3, 12))
    assert _when(claims, "found") == ("2017-03-11T01:00", "2017-03-11")


def test_a_clock_time_with_no_day_in_the_article_dates_nothing():
    [timex] = tag("The blaze broke out at about 5 a.m., officials said.", dt.date(2024, 3, 9))
    assert timex.value == "2024-03-09T05:00"  # TimeML's reading, shown by `factcheck dates`
    assert (timex.begin, timex.until) == (None, None)  # but no day to hold against another outlet


def test_a_date_counted_from_publication_inside_a_quotation_dates_nothing():
    text = 'A neighbour said: "It started two days ago." The council met two days ago.'
    quoted, told = tag(text, dt.date(2024, 3, 9))
    assert quoted.begin is None
    assert told.begin == dt.date(2024, 3, 7)


def test_two_outlets_a_day_apart_agree_on_a_clock_time_without_a_day(findings_of):
    body = "The fire at the Acme Logistics warehouse broke out at about 5 a.m., fire chief Dan Moore said."
    findings = findings_of({"herald": ("2024-03-08", body), "wire": ("2024-03-09", body)})
    assert [f for f in findings if f[0] == "FC101"] == []


def test_one_instant_in_two_time_zones_is_no_conflict(findings_of):
    findings = findings_of(
        {
            "tokyo": ("2024-03-05", "The Kirin-7 probe landed at 01:10 JST on 5 March 2024, JAXA said."),
            "london": ("2024-03-05", "The Kirin-7 probe landed on 4 March 2024, JAXA said."),
        }
    )
    assert [f for f in findings if f[0] == "FC101"] == []


def test_a_zoned_clock_time_and_its_day_span_the_local_and_the_utc_day():
    clock, day = tag("It landed at 01:10 JST on 5 March 2024.")
    assert (clock.begin, clock.until) == (dt.date(2024, 3, 4), dt.date(2024, 3, 6))
    assert (day.value, day.begin, day.until) == ("2024-03-05", dt.date(2024, 3, 4), dt.date(2024, 3, 6))


def test_a_clock_time_after_two_days_told_keeps_none(claims_of):
    text = (
        "Two arrests in Springfield\n\n"
        "John Smith was shot outside his home on Monday, police said.\n\n"
        "Jones was arrested on Wednesday in a separate case.\n\n"
        "Smith's killer was arrested shortly before midnight, police said."
    )
    [arrest] = [c for c in claims_of(text, published=dt.date(2024, 3, 9)) if c["time_text"] == "midnight"]
    assert arrest["time_begin"] is None


def test_late_one_night_and_early_the_next_morning_may_be_the_same_hour():
    [late] = tag("Lohan checked in late Thursday.", dt.date(2013, 5, 4))
    [early] = tag("Early Friday morning, around 1:30 a.m., she checked in.", dt.date(2013, 5, 4))
    assert late.begin < early.until and early.begin < late.until
    [afternoon] = tag("She checked in at 3 p.m. on Friday.", dt.date(2013, 5, 4))[:1]
    assert (afternoon.begin, afternoon.until) == (dt.date(2013, 5, 3), dt.date(2013, 5, 4))


def test_the_same_weekday_told_by_outlets_a_week_apart_is_no_conflict(findings_of):
    body = "The bodies of Alice McMeekin and Kathryn Jenkin were found in Millom on Saturday."
    findings = findings_of({"mail": ("2013-06-10", body), "post": ("2013-06-17", body)})
    assert [f for f in findings if f[0] == "FC101"] == []


def _month_told(findings_of, told_published):
    return findings_of(
        {
            "analyst": (told_published, "Last month Intel bought the InfiniBand business of QLogic, analysts said."),
            "wire": ("2012-02-29", "Intel bought the InfiniBand business of QLogic in January, analysts said."),
        }
    )


def test_last_month_on_a_page_dated_in_a_months_first_days_may_be_the_month_before(findings_of):
    # A page dated 2 March may carry an article written in February, whose "last month" is January.
    assert [f for f in _month_told(findings_of, "2012-03-02") if f[0] == "FC101"] == []


def test_last_month_on_a_page_dated_mid_month_still_conflicts(findings_of):
    assert [f[0] for f in _month_told(findings_of, "2012-03-20") if f[0] == "FC101"] == ["FC101"]


def test_a_time_and_place_said_once_of_two_joined_clauses_are_of_both(claims_of):
    claims = claims_of(
        "Two men were killed and a woman was injured in a shooting early Saturday morning in Antioch, police said.",
        published=dt.date(2017, 3, 12),
    )
    [killed] = [c for c in claims if c["trigger"] == "killed"]
    assert (killed["time_value"][:10], killed["place_text"], killed["quantity_value"]) == ("2017-03-11", "Antioch", 2)


def test_a_joined_clause_of_another_kind_keeps_its_time_to_itself(claims_of):
    claims = claims_of(
        "T-Mobile has announced it will carry the BlackBerry Q10, and business registration will begin "
        "at T-Mobile.com on April 29.",
        published=dt.date(2013, 4, 24),
    )
    assert all(c["time_value"] is None or c["trigger"] == "begin" for c in claims), claims
