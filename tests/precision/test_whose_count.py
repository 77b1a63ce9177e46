"""A count belongs to the verb whose victims it counts, wherever the small model hangs it."""

import pytest


def _counts(claims, event_type):
    return [c["quantity_value"] for c in claims if c["event_type"] == event_type]


@pytest.mark.parametrize(
    "sentence",
    [
        # the parser reads "Palestinians" as the subject of "brought"
        "An Israeli mortar strike that killed about 40 Palestinians sheltering in a UN school Tuesday brought "
        "new urgency to diplomatic efforts to end the war in Gaza.",
        # and "Iraqis" as the subject of "queuing", a clause of "wounded"
        "The blast that killed 40 Iraqis queuing for fuel Monday raised fears of new violence.",
    ],
)
def test_a_relative_clause_keeps_its_object_and_count(claims_of, sentence):
    assert _counts(claims_of(sentence), "kill") == [40]


def test_people_counted_by_nationality_are_victims(claims_of):
    [kill] = [c for c in claims_of("Gunmen killed 3 Americans in Kabul on Tuesday.") if c["event_type"] == "kill"]
    assert (kill["quantity_value"], kill["quantity_unit"]) == (3, "victims")


def test_a_main_clause_keeps_its_own_subject(claims_of):
    claims = claims_of("The storm that hit the coast on Monday killed 12 people in Florida.")
    assert _counts(claims, "kill") == [12]


@pytest.mark.parametrize(
    ("sentence", "borrower", "owner", "count"),
    [
        (
            "Hewlett-Packard is rolling the dice on a $13.2 billion acquisition of a rival in May 2008.",
            "roll",
            "acquire",
            13.2e9,
        ),
        ("Paris was hit by a 2 million euro jewelry heist on Monday.", "strike", "steal", 2e6),
        ("Seven indictments now face trial in Texas in March.", "face", "charge", 7),
    ],
)
def test_a_number_said_of_one_trigger_is_not_borrowed_by_the_verb_above_it(claims_of, sentence, borrower, owner, count):
    claims = claims_of(sentence)
    assert _counts(claims, owner) == [count]
    assert _counts(claims, borrower) == [None]
