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


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        # the main clause's time is a contrast, or lies inside a noun phrase
        ("Unlike on Feb. 12, there was silence in the courtroom while the verdict was announced.", "announce"),
        ("A figure of the dramas of the 20th century, Felt insisted on secrecy when he leaked the files.", "leak"),
    ],
)
def test_only_a_time_said_of_the_governor_itself_is_shared(claims_of, sentence, event_type):
    assert _times(claims_of(sentence), event_type) in ([], [None])
