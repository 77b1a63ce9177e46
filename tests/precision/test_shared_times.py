"""A clause that tells no time of its own shares the time of the clause it happens with."""

import pytest


def _times(claims, event_type):
    return [c["time_text"] for c in claims if c["event_type"] == event_type]


@pytest.mark.parametrize(
    "sentence",
    [
        "The verdict came on Feb. 12, when sobs filled the air as Peterson was found guilty.",
        "The crowd cheered on Feb. 12 while the jury found Peterson guilty.",
    ],
)
def test_a_clause_of_as_when_or_while_happens_at_its_governors_time(claims_of, sentence):
    assert _times(claims_of(sentence), "convict") == ["Feb. 12"]


def test_a_clause_of_after_happens_at_another_time(claims_of):
    claims = claims_of("The crowd cheered on Feb. 12 after the jury found Peterson guilty in Redwood City.")
    assert _times(claims, "convict") == [None]
