"""Each supported way of writing a date, time, duration or set, with its TIMEX3 value."""

from __future__ import annotations

import datetime

import pytest

from factcheck.temporal import tag

PUBLISHED = datetime.date(2013, 3, 14)  # a Thursday


def only(text: str, published: datetime.date | None = PUBLISHED):
    found = tag(text, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "sentence, span, type_, value, granularity",
    [
        ("The deal was signed on 3 May 2024.", "3 May 2024", "DATE", "2024-05-03", "day"),
        ("It was signed on May 3, 2024 in Paris.", "May 3, 2024", "DATE", "2024-05-03", "day"),
        ("It was signed on May 3rd 2024.", "May 3rd 2024", "DATE", "2024-05-03", "day"),
        ("It was signed on February 5th 2025.", "February 5th 2025", "DATE", "2025-02-05", "day"),
        ("It was signed on the 5th of February, 2025.", "the 5th of February, 2025", "DATE", "2025-02-05", "day"),
        ("The filing is dated 2024-05-03.", "2024-05-03", "DATE", "2024-05-03", "day"),
        ("The form is dated 25/12/2024.", "25/12/2024", "DATE", "2024-12-25", "day"),
        ("The form is dated 12/25/2024.", "12/25/2024", "DATE", "2024-12-25", "day"),
        ("Sales rose in May 2024.", "May 2024", "DATE", "2024-05", "month"),
        ("Sales rose in Dec. 2024.", "Dec. 2024", "DATE", "2024-12", "month"),
        ("The mission will launch in 2028.", "2028", "DATE", "2028", "year"),
        ("The 2024 elections were close.", "2024", "DATE", "2024", "year"),
        ("Growth was strong in the 1990s.", "the 1990s", "DATE", "199", "decade"),
        ("Growth was strong in the '80s.", "the '80s", "DATE", "198", "decade"),
        ("It was built in the 19th century.", "the 19th century", "DATE", "18", "century"),
        ("Inflation will peak in mid-2025.", "mid-2025", "DATE", "2025", "year"),
        ("Inflation fell in late 2023.", "late 2023", "DATE", "2023", "year"),
        ("Sales rose in Q2 2024.", "Q2 2024", "DATE", "2024-Q2", "quarter"),
        ("Sales rose in the second quarter of 2024.", "the second quarter of 2024", "DATE", "2024-Q2", "quarter"),
        ("The games were held in summer 2012.", "summer 2012", "DATE", "2012-SU", "season"),
        ("The games were held in the summer of 2012.", "the summer of 2012", "DATE", "2012-SU", "season"),
        ("It happened on Christmas Day 2012.", "Christmas Day 2012", "DATE", "2012-12-25", "day"),
        (
            "The quake struck at 2:46 p.m. Friday, March 11, 2011.",
            "2:46 p.m. Friday, March 11, 2011",
            "TIME",
            "2011-03-11T14:46",
            "minute",
        ),
        ("The report came out at 2024-05-03T14:30.", "2024-05-03T14:30", "TIME", "2024-05-03T14:30", "minute"),
    ],
)
def test_explicit_expressions(sentence, span, type_, value, granularity):
    timex = only(sentence)
    assert (timex.text, timex.type, timex.value, timex.granularity) == (span, type_, value, granularity)
    assert timex.anchor == "absolute"


@pytest.mark.parametrize(
    "sentence, span, value, granularity",
    [
        ("Prices rose today.", "today", "2013-03-14", "day"),
        ("Cases peaked in week 11.", "week 11", "2013-W11", "week"),
        ("Prices rose yesterday.", "yesterday", "2013-03-13", "day"),
        ("Prices will rise tomorrow.", "tomorrow", "2013-03-15", "day"),
        ("Prices rose this year.", "this year", "2013", "year"),
        ("Prices fell last week.", "last week", "2013-W10", "week"),
        ("Prices will rise next month.", "next month", "2013-04", "month"),
        ("The firm was founded two years ago.", "two years ago", "2011", "year"),
        ("Earlier this month the bank cut rates.", "Earlier this month", "2013-03", "month"),
        ("Rates will rise early next year.", "early next year", "2014", "year"),
        ("In February this year, they signed.", "February this year", "2013-02", "month"),
        ("He was stabbed on 4 October last year.", "4 October last year", "2012-10-04", "day"),
        ("He was stabbed on October 4th last year.", "October 4th last year", "2012-10-04", "day"),
        ("The talks are scheduled for the second half of the year.", "the second half of the year", "2013-H2", "half"),
        ("Profits will improve in the second quarter.", "the second quarter", "2013-Q2", "quarter"),
    ],
)
def test_expressions_relative_to_publication(sentence, span, value, granularity):
    timex = only(sentence)
    assert (timex.text, timex.type, timex.value, timex.granularity) == (span, "DATE", value, granularity)
    assert timex.anchor == "document"


@pytest.mark.parametrize(
    "sentence, span, type_, value",
    [
        ("He spoke tonight.", "tonight", "TIME", "2013-03-14TNI"),
        ("He spoke last night.", "last night", "TIME", "2013-03-13TNI"),
        ("He spoke on Tuesday morning.", "Tuesday morning", "TIME", "2013-03-12TMO"),
        ("He was shot late Tuesday.", "late Tuesday", "TIME", "2013-03-12TNI"),  # a day told late is its night
        ("The meeting started at 3 p.m. Tuesday.", "3 p.m. Tuesday", "TIME", "2013-03-12T15:00"),
        ("The trial will begin Monday 10 a.m.", "Monday 10 a.m.", "TIME", "2013-03-18T10:00"),
        ("It ended at 14:00 GMT.", "14:00 GMT", "TIME", "2013-03-14T14:00Z"),
        ("They pledged $100 billion a year.", "a year", "SET", "P1Y"),
        ("It pumps 10,000 barrels a day.", "a day", "SET", "P1D"),
        ("He served nearly two years.", "nearly two years", "DURATION", "P2Y"),
        ("The quake struck at 0549 GMT.", "0549 GMT", "TIME", "2013-03-14T05:49Z"),
        ("It was the highest in years.", "years", "DURATION", "PXY"),
        ("The Games end this summer.", "this summer", "DATE", "2013-SU"),
    ],
)
def test_times_and_other_forms(sentence, span, type_, value):
    timex = only(sentence)
    assert (timex.text, timex.type, timex.value) == (span, type_, value)


@pytest.mark.parametrize(
    "sentence, span, value",
    [
        ("He was jailed for three years.", "three years", "P3Y"),
        ("He was held for 48 hours.", "48 hours", "PT48H"),
        ("The war lasted a decade.", "a decade", "P1DE"),
        ("The probe took six months.", "six months", "P6M"),
        ("It signed a two-year deal.", "two-year", "P2Y"),
        ("Prices rose over the past three years.", "the past three years", "P3Y"),
        ("It took several weeks.", "several weeks", "PXW"),
        ("They waited for years.", "years", "PXY"),
        ("It lasted two and a half hours.", "two and a half hours", "PT2.5H"),
    ],
)
def test_durations_stay_durations(sentence, span, value):
    timex = only(sentence)
    assert (timex.text, timex.type, timex.value) == (span, "DURATION", value)
    assert (timex.begin, timex.until, timex.anchor) == (None, None, "none")


@pytest.mark.parametrize(
    "sentence, span, value",
    [
        ("The festival is held every year.", "every year", "P1Y"),
        ("The magazine appears weekly.", "weekly", "P1W"),
        ("They meet each Monday.", "each Monday", "XXXX-WXX-1"),
        ("They meet on Mondays.", "Mondays", "XXXX-WXX-1"),
        ("Elections are held every four years.", "every four years", "P4Y"),
        ("He calls twice a week.", "twice a week", "P1W"),
    ],
)
def test_sets(sentence, span, value):
    timex = only(sentence)
    assert (timex.text, timex.type, timex.value) == (span, "SET", value)
    assert timex.begin is None


@pytest.mark.parametrize(
    "sentence, span, value",
    [
        ("In recent months, prices rose.", "recent months", "PAST_REF"),
        ("Officials recently said so.", "recently", "PAST_REF"),
        ("It is now clear.", "now", "PRESENT_REF"),
        ("He currently works there.", "currently", "PRESENT_REF"),
        ("In the coming years, more will come.", "the coming years", "FUTURE_REF"),
    ],
)
def test_general_references(sentence, span, value):
    timex = only(sentence)
    assert (timex.text, timex.type, timex.value, timex.granularity) == (span, "DATE", value, "none")
    assert (timex.anchor, timex.begin, timex.until) == ("none", None, None)


@pytest.mark.parametrize(
    "sentence, span, value",
    [
        ("Debt will fall by end-2014.", "end-2014", "2014"),
        ("Debt fell by end-March.", "end-March", "2013-03"),
        ("The film opens on May the 4th.", "May the 4th", "2013-05-04"),
        ("Sales rose in mid-May.", "mid-May", "2012-05"),
    ],
)
def test_hyphenated_modifiers_and_spoken_days(sentence, span, value):
    timex = only(sentence)
    assert (timex.text, timex.value) == (span, value)


@pytest.mark.parametrize(
    "sentence, span, value",
    [
        ("The final lasted four hours and 42 minutes.", "four hours and 42 minutes", "PT4H42M"),
        ("He served two years, three months.", "two years, three months", "P2Y3M"),
        ("It took a day and six hours.", "a day and six hours", "P1DT6H"),
    ],
)
def test_compound_durations(sentence, span, value):
    timex = only(sentence)
    assert (timex.text, timex.type, timex.value) == (span, "DURATION", value)


def test_a_dotted_clock_time_needs_its_zone():
    assert [(t.text, t.value) for t in tag("Updated: Mon 3 Mar 2025 14.30 GMT.", PUBLISHED)] == [
        ("Mon 3 Mar 2025 14.30 GMT", "2025-03-03T14:30Z"),
    ]
    assert [t.text for t in tag("Shares rose 3.45 percent on Tuesday.", PUBLISHED)] == ["Tuesday"]


def test_duration_extents_keep_their_determiners():
    from factcheck.temporal import tag

    def spans(text):
        return [(t.text, t.type, t.value) for t in tag(text, PUBLISHED)]

    assert spans("Profit rose in the six months to June.")[0] == ("the six months", "DURATION", "P6M")
    assert spans("The loan was extended for another two years.") == [("another two years", "DURATION", "P2Y")]
    assert spans("Turnout fell over the past fortnight.") == [("the past fortnight", "DURATION", "P2W")]
    assert spans("A deal may be weeks away.") == [("weeks", "DURATION", "PXW")]
    assert spans("The clinic opens five days a week.") == [("five days a week", "SET", "P1W")]
    assert spans("Nurses work 12 hours a day.") == [("12 hours a day", "SET", "P1D")]


def test_fiscal_periods_are_not_calendar_periods():
    from factcheck.temporal import tag

    def spans(text):
        return [(t.text, t.value, t.anchor) for t in tag(text, PUBLISHED)]

    assert spans("The retailer raised its outlook for fiscal 2014.") == [("fiscal 2014", "FY2014", "none")]
    assert spans("Sales fell in FY2012.") == [("FY2012", "FY2012", "none")]
    assert spans("Margins widened in the fiscal third quarter.") == [("the fiscal third quarter", "FYXXXX-Q3", "none")]
    assert spans("Margins widened in the second fiscal quarter of fiscal 2013.") == [
        ("the second fiscal quarter of fiscal 2013", "FY2013-Q2", "none")
    ]
    # A fiscal year does not give its year to a later bare month.
    assert spans("Fiscal 2014 forecasts were raised. The quarter will end in December.")[1] == (
        "December",
        "2013-12",
        "document",
    )
