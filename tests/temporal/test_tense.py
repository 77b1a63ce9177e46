"""The tense guess: the verb that governs an expression decides between the last and the
next occurrence of a bare weekday, month or month-day."""

from __future__ import annotations

import datetime

from factcheck.temporal import tag
from factcheck.temporal.tense import tense

WEDNESDAY = datetime.date(2022, 6, 15)


def value(text, expression, published=WEDNESDAY):
    return next(t.value for t in tag(text, published) if t.text == expression)


def tense_of(text, expression):
    start = text.index(expression)
    return tense(text, start, start + len(expression))


def test_the_governing_verb_on_the_left_wins_over_a_closer_one_on_the_right():
    text = "Analysts expect the refinery to restart in August and said margins were thin."
    assert tense_of(text, "August") == "future"
    text = "The ministry will publish the figures on Friday as officials confirmed last night."
    assert tense_of(text, "Friday") == "future"


def test_a_verb_in_another_clause_counts_only_when_the_clause_has_none():
    assert tense_of("On Monday, the airline cancelled 40 flights.", "Monday") == "past"
    assert tense_of("By Friday, the port will have cleared the backlog.", "Friday") == "future"


def test_a_relative_clause_does_not_set_the_tense_around_it():
    text = "The ferry, which has sailed daily since 1987, stops running from the end of September."
    assert value(text, "the end of September") == "2022-09"


def test_words_of_other_expressions_are_not_verbs():
    text = "The carmaker will open its first plant since 2011 on Nov. 3."
    assert value(text, "Nov. 3") == "2022-11-03"
    text = "Traders now price a rate cut by September, up from 30% a month ago."
    assert value(text, "September") == "2022-09"


def test_capitalised_words_ending_in_ed_are_names_not_verbs():
    assert tense_of("The model reaches shops in the United Kingdom on July 8.", "July 8") is None
    assert value("The model reaches shops in the United Kingdom on July 8.", "July 8") == "2022-07-08"


def test_a_passive_participle_has_no_tense():
    text = "Inflation should ease this year, helped by cheaper fuel from October."
    assert tense_of(text, "October") == "future"


def test_future_cues():
    for text in [
        "The mayor is scheduled to visit the site on Monday.",
        "The union plans to strike on Monday.",
        "The court is going to rule on Monday.",
        "Officials said the bridge would reopen on Monday.",
        "The shops'll stay shut on Monday.",
    ]:
        assert value(text, "Monday") == "2022-06-20", text


def test_a_state_ordered_until_a_date_lasts_into_the_future():
    assert value("The governor ordered flags lowered until Monday.", "Monday") == "2022-06-20"
    assert value("The council kept the pools closed until Friday.", "Friday") == "2022-06-17"
    # a plain past event that lasted until a day stays in the past
    assert value("The strike lasted until Monday.", "Monday") == "2022-06-13"


def test_a_subordinate_clause_has_its_own_verb():
    text = "The new coach will start on Monday after a vote on Saturday approved his contract."
    assert value(text, "Saturday") == "2022-06-11"
    assert value(text, "Monday") == "2022-06-20"


def test_an_adjective_in_ed_is_not_a_verb():
    text = "The airline said it would fly a reduced schedule on Friday."
    assert value(text, "Friday") == "2022-06-17"


def test_a_state_extended_until_a_date():
    assert value("The government has extended the curfew until Friday.", "Friday") == "2022-06-17"
    assert value("The suspect was remanded in custody until Monday.", "Monday") == "2022-06-20"


def test_a_present_tense_of_schedules_is_future():
    assert value("Voters go to the polls on Sunday.", "Sunday") == "2022-06-19"
    assert value("The exhibition opens on Saturday, the gallery said.", "Saturday") == "2022-06-18"
    assert value("The strike that started on Monday has ended.", "Monday") == "2022-06-13"


def test_punctuation_inside_numbers_ends_no_clause():
    text = "The line will carry 1,200 more passengers between 06:00 and 09:00 on Monday as crews returned."
    assert value(text, "Monday") == "2022-06-20"
