"""Who an event happens to: the word that makes a phrasal verb names the event, not a
participant; a gerund after a preposition is done by its clause's subject."""


def _participants(claims, event_type):
    [claim] = [c for c in claims if c["event_type"] == event_type]
    return dict(zip(claim["participants"], claim["participant_roles"]))


def test_the_object_that_makes_a_phrasal_verb_is_no_participant(claims_of):
    claims = claims_of("When the jury returned its verdicts on 6 June, Pellow stared ahead.")
    assert _participants(claims, "verdict") == {"jury": "agent"}


def test_a_gerund_after_a_preposition_is_done_by_the_subject_of_its_clause(claims_of):
    claims = claims_of("The Bulls reached the final after beating the Celtics in Boston on Friday.")
    assert _participants(claims, "win") == {"Bulls": "agent", "Celtics": "patient"}
