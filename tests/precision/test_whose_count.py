"""A count belongs to the verb whose victims it counts, wherever the small model hangs it."""

import datetime as dt

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


@pytest.mark.parametrize(
    ("sentence", "event_type", "count"),
    [
        ("Police identified three people who were killed in the crash on Friday.", "kill", 3),
        ("Authorities said two men who died in the fire on Sunday were brothers.", "die", 2),
        ("Three men who were injured on Friday remain in hospital.", "injure", 3),
        # a participle after the noun tells of it as a relative clause does
        ("Smith was one of nine people wounded by gunshots early Sunday.", "injure", 9),
        ("Two children are among the four people wounded in the park on Saturday.", "injure", 4),
    ],
)
def test_a_relative_clause_of_victims_counts_the_noun_it_tells_of(claims_of, sentence, event_type, count):
    assert _counts(claims_of(sentence), event_type) == [count]


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
            "In May 2008, Hewlett-Packard was rolling the dice on a $13.2 billion acquisition of a rival.",
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


@pytest.mark.parametrize(
    ("sentence", "event_type", "count"),
    [
        ("The quake and tsunami killed 170,000 people in Sumatra alone in 2004.", "kill", 170_000),
        ("In July alone, the storms killed 300 people in India.", "kill", 300),
        ("Four workers were taken to hospitals in Waukegan, of whom one soon died.", "die", 1),
        ("Six people were hurt in the Waukegan blast; one of them died on Tuesday.", "die", 1),
        # others than someone told before
        ("Two other employees have been confirmed dead after the Waukegan blast.", "die", 2),
        ("Four people died and another three people were taken to hospital in Oshawa.", "hospitalize", 3),
        ("The riots caused 200 million euros of damage in Athens alone last week.", "cause", 200e6),
    ],
)
def test_a_count_of_a_part_says_the_whole_is_at_least_as_large(claims_of, sentence, event_type, count):
    [claim] = [c for c in claims_of(sentence) if c["event_type"] == event_type]
    assert (claim["quantity_low"], claim["quantity_high"]) == (count, float("inf"))


@pytest.mark.parametrize(
    ("text", "event_type", "told", "count"),
    [
        ("The bomb killed 20 children and six adults in Kabul on Monday.", "kill", "20 children and six adults", 26),
        (
            "Three juveniles and one adult male were killed in the fire.",
            "kill",
            "Three juveniles and one adult male",
            4,
        ),
        ("Two men and a woman were shot in Kabul on Sunday.", "shoot", "Two men and a woman", 3),
        ("Two men and their dog died in the fire.", "die", "Two", 2),  # the dog is not counted
        (
            '---\ntitle: "4 adults, 2 children killed in house fire"\n---\nFire crews are at the scene.',
            "kill",
            "4 adults, 2 children",
            6,
        ),
        (
            '---\ntitle: "4 adults, 2 children die after house fire"\n---\nFire crews are at the scene.',
            "die",
            "4 adults, 2 children",
            6,
        ),
    ],
)
def test_groups_listed_together_are_counted_together(claims_of, text, event_type, told, count):
    [claim] = [c for c in claims_of(text) if c["event_type"] == event_type]
    assert (claim["quantity_text"], claim["quantity_low"], claim["quantity_high"]) == (told, count, count)


def test_a_person_alone_restricts_no_count(claims_of):
    [kill] = [
        c for c in claims_of("The gunman alone killed 20 people in Kabul on Monday.") if c["event_type"] == "kill"
    ]
    assert (kill["quantity_low"], kill["quantity_high"]) == (20, 20)


def test_things_of_different_kinds_side_by_side_are_no_parts(claims_of):
    [scored] = [
        c
        for c in claims_of("Clark scored 25 points and 16 rebounds in Louisville on Friday.")
        if c["event_type"] == "score"
    ]
    assert (scored["quantity_low"], scored["quantity_high"]) == (25, 25)


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("A man has been arrested in the slayings of two women in Ohio.", "kill"),
        ("The deaths of two women found in a home in Ohio have been ruled homicides.", "die"),
    ],
)
def test_an_event_noun_counts_whom_it_is_of(claims_of, sentence, event_type):
    [claim] = [c for c in claims_of(sentence) if c["event_type"] == event_type]
    assert (claim["quantity_value"], claim["quantity_unit"]) == (2, "victims")


@pytest.mark.parametrize(
    "sentence",
    [
        "Corvana said it planned to cut 420 jobs at its headquarters in Dublin.",
        "The bank will eliminate 420 positions by the end of the year.",
    ],
)
def test_cutting_jobs_is_a_lay_off_and_counts_the_jobs(claims_of, sentence):
    assert _counts(claims_of(sentence), "lay-off") == [420]


def test_cutting_a_rate_is_no_lay_off(claims_of):
    assert _counts(claims_of("The central bank cut its main rate by 0.25 percentage points."), "lay-off") == []


def test_a_tally_brought_to_a_figure_counts_the_event(claims_of):
    claims = claims_of("The quake destroyed 20 homes, bringing the death toll to 30.")
    assert _counts(claims, "die") == [30]


@pytest.mark.parametrize(
    "sentence",
    [
        "Police said three men were shot and killed in the parking lot on Saturday.",
        "A gunman shot and killed three men in the parking lot on Saturday.",
    ],
)
def test_verbs_joined_by_and_share_their_victims(claims_of, sentence):
    assert _counts(claims_of(sentence), "kill") == [3]


@pytest.mark.parametrize(
    ("sentence", "event_type", "count", "time"),
    [
        ("Three people are dead after a house fire Saturday morning in Columbia.", "die", 3, "Saturday morning"),
        # the dead a shooting or a crash leaves are its killings
        ("Police are investigating a shooting which left two dead Saturday night.", "kill", 2, "Saturday night"),
        ("Four of the victims were dead when crews arrived on Sunday.", "die", 4, "Sunday"),
        ("A bus plunged into a gorge on Tuesday evening, leaving at least 25 dead.", "die", 25, "Tuesday evening"),
        ("The crash on Sunday left at least 25 dead and 12 injured.", "kill", 25, "Sunday"),
    ],
)
def test_a_state_said_of_counted_people_counts_its_victims(claims_of, sentence, event_type, count, time):
    [claim] = [c for c in claims_of(sentence, published=dt.date(2020, 1, 6)) if c["event_type"] == event_type]
    assert (claim["quantity_value"], claim["quantity_unit"], claim["time_text"]) == (count, "victims", time)


def test_a_state_said_of_no_count_is_no_toll(claims_of):
    assert _counts(claims_of("No one is dead after the fire on Tuesday.", published=dt.date(2020, 1, 6)), "die") == []


def test_a_shooting_counts_everyone_shot_not_the_killed(claims_of):
    [shot] = [
        c for c in claims_of("Two men were shot Saturday evening on Sweeney Street.") if c["event_type"] == "shoot"
    ]
    assert (shot["quantity_value"], shot["quantity_unit"]) == (2, "people shot")


@pytest.mark.parametrize(
    "sentence",
    [
        "A Michigan man shot to death one person and injured two others on Monday.",
        "He stabbed his neighbour to death on Friday, police said.",
    ],
)
def test_to_death_makes_a_killing(claims_of, sentence):
    assert "kill" in {c["event_type"] for c in claims_of(sentence)}
    assert "shoot" not in {c["event_type"] for c in claims_of(sentence)}


def test_one_person_and_two_people_are_one_kind_of_victim(findings_of):
    findings = findings_of(
        {
            "herald": ("2019-04-03", "An explosion at a Lansing chemical plant killed two people on Tuesday."),
            "wire": ("2019-04-03", "An explosion at a Lansing chemical plant killed one person on Tuesday."),
        }
    )
    assert ("FC301", "warning") in [(rule, severity) for rule, severity, _ in findings]


def test_the_victims_an_event_noun_is_of_are_all_of_them(claims_of):
    # "of" after an event noun tells whom it befell; "of whom one", "one of them" tell a part
    [deaths] = [
        c for c in claims_of("The deaths of two women in Ohio were ruled homicides.") if c["event_type"] == "die"
    ]
    assert (deaths["quantity_low"], deaths["quantity_high"]) == (2, 2)


@pytest.mark.parametrize(
    "sentence",
    [
        # the small model tags a capitalised "Eleven" opening a sentence as an adjective, no number
        "Eleven people were injured in the shooting on Saturday.",
        "Eleven people suffered gunshot wounds on Saturday.",
    ],
)
def test_a_number_word_the_recogniser_missed_still_counts_its_noun(claims_of, sentence):
    assert _counts(claims_of(sentence), "injure") == [11]


@pytest.mark.parametrize(
    "sentence",
    [
        "The shooting occurred on Saturday, resulting in eleven individuals sustaining injuries.",
        "Gunfire erupted on Saturday, leaving 11 people suffering gunshot wounds.",
    ],
)
def test_those_a_participle_tells_suffered_the_injury_are_counted(claims_of, sentence):
    assert _counts(claims_of(sentence), "injure") == [11]


@pytest.mark.parametrize(
    "sentence",
    [
        "Police found two men shooting at each other on Saturday.",
        "Police said two men who were shooting at officers on Saturday were arrested.",
    ],
)
def test_those_a_participle_tells_were_shooting_are_not_counted_as_shot(claims_of, sentence):
    assert _counts(claims_of(sentence), "shoot") in ([], [None])


def test_two_of_three_counts_two(claims_of):
    sentence = "Two of three children who were found unconscious in their burning home have died on Monday."
    assert _counts(claims_of(sentence), "die") == [2]
