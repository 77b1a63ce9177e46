"""Dates that are not the event's, and date forms that used to come out wrong."""

import datetime as dt

import pytest

from factcheck.temporal import tag


def _time(claims, event_type):
    [claim] = [c for c in claims if c["event_type"] == event_type]
    return claim["time_value"]


def test_a_year_that_names_a_thing_is_not_when_the_event_happened(claims_of):
    claims = claims_of("The city council approved the 2025 budget on 3 May 2024.")
    assert _time(claims, "approve") == "2024-05-03"
    assert (
        _time(claims_of("Toyota recalled its 2023 models in Japan.", published=dt.date(2024, 5, 6)), "recall") is None
    )


def test_a_year_that_names_an_event_still_dates_it(claims_of):
    assert _time(claims_of("Ruiz won the 2024 election."), "win") == "2024"


@pytest.mark.parametrize(
    ("sentence", "published", "value"),
    [
        ("The vote happened on the 5th.", dt.date(2024, 5, 6), "2024-05-05"),
        ("On March 3 police came. He was charged on the 5th.", dt.date(2024, 5, 6), "2024-03-05"),
        ("The game was played Thursday the 24th.", dt.date(2024, 10, 28), "2024-10-24"),
        ("The plant opened the year before last.", dt.date(2024, 5, 6), "2022"),
    ],
)
def test_forms_that_came_out_wrong(sentence, published, value):
    assert tag(sentence, published)[-1].value == value


@pytest.mark.parametrize("sentence", ["She lives on the 5th floor.", "It was the 3rd time."])
def test_an_ordinal_before_a_noun_is_no_day(sentence):
    assert tag(sentence, dt.date(2024, 5, 6)) == []


def test_mid_early_and_late_keep_their_part_of_the_interval():
    mid, early, late = tag("In mid-2023, early March 2024 and late 2024.")
    assert mid.value == "2023" and (mid.begin, mid.until) == (dt.date(2023, 4, 2), dt.date(2023, 10, 1))
    assert (early.begin, early.until) == (dt.date(2024, 3, 1), dt.date(2024, 3, 16))
    assert (late.begin, late.until) == (dt.date(2024, 7, 2), dt.date(2025, 1, 1))


def test_the_day_before_a_named_event_counts_from_no_earlier_date():
    found = tag("On Friday he fell. The day before Buckley's death another climber died.", dt.date(2013, 9, 16))
    assert [t.text for t in found] == ["Friday"]


def test_a_decade_that_names_a_thing_is_not_when_the_event_happened(claims_of):
    claims = claims_of("The 1940s Hollywood actress Esther Williams died on Thursday.", published=dt.date(2013, 6, 7))
    assert _time(claims, "die") == "2013-06-06"


def test_a_decade_written_with_an_apostrophe_is_a_decade():
    assert [t.value for t in tag("The gang was founded in the 1930's.")] == ["193"]


def test_last_week_reaches_up_to_publication():
    [week] = tag("He escaped last week while being transported.", dt.date(2009, 12, 4))
    assert (week.value, week.begin, week.until) == ("2009-W48", dt.date(2009, 11, 23), dt.date(2009, 12, 5))


@pytest.mark.parametrize(
    ("sentence", "event_type", "expected"),
    [
        # a date in apposition narrows a relative one
        ("Sales begin next week on May 13th, the company said.", "start", ("May 13th", "2024-05-13", "reported")),
        # a "when" clause happened at the date it describes
        (
            "The region has seen no such fire since March 2015, when 9 people died in Kenton.",
            "die",
            ("March 2015", "2015-03", "reported"),
        ),
        # a sports season has no calendar extent, but it is past
        ("He joins a club that won three games last season.", "win", ("last season", "PAST_REF", "reported")),
        # a participle shares the plan of its verb
        (
            "Shoppers will be able to order the tablet beginning in July for $299.",
            "start",
            ("July", "2024-07", "planned"),
        ),
    ],
)
def test_the_time_the_sentence_gives_its_event(claims_of, sentence, event_type, expected):
    [claim] = [c for c in claims_of(sentence, dt.date(2024, 5, 8)) if c["event_type"] == event_type]
    assert (claim["time_text"], claim["time_value"], claim["modality"]) == expected


@pytest.mark.parametrize(
    ("sentence", "verb_type"),
    [
        ("A jury has convicted a Spiro man of murder in the 2012 shooting death of his girlfriend.", "convict"),
        ("Hiller is charged with murder for the shooting deaths of two co-workers in September 2010.", "charge"),
        ("Simpson has been held without bond at the jail since his arrest on June 21.", "hold"),
    ],
)
def test_the_date_of_an_event_noun_of_another_kind_is_its_own(claims_of, sentence, verb_type):
    assert [c["time_text"] for c in claims_of(sentence) if c["event_type"] == verb_type] in ([], [None])


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Two people died in the crash on Monday in Ohio.", "die"),
        ("The Monday crash killed five people in Ohio.", "kill"),
        ("The Colts clinched a spot in the playoffs with Monday's win.", "win"),
    ],
)
def test_a_casualty_a_subject_or_an_event_of_the_same_kind_shares_the_nouns_date(claims_of, sentence, event_type):
    assert "Monday" in [c["time_text"] for c in claims_of(sentence) if c["event_type"] == event_type]
