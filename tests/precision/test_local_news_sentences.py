"""Sentences of local crime and fire news that lost their claim: a clock time before its day, a
participle the parser read as the main verb, an event noun that "occurred", the dead of what "took
place"; and those who came to an incident, who tell where it happened."""

import datetime

import pytest

from factcheck.extract.sentences import split_sentences
from factcheck.temporal.calendar import with_its_day


def _claims(claims, event_type):
    return [c for c in claims if c["event_type"] == event_type]


def test_a_clock_time_before_its_day_does_not_end_the_sentence():
    text = "A man died at 5 p.m. Sunday. He left at 5 p.m. Police said so."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "A man died at 5 p.m. Sunday.",
        "He left at 5 p.m.",
        "Police said so.",
    ]


def test_an_event_dated_by_a_clock_time_and_its_day_keeps_the_date(claims_of):
    [death] = _claims(
        claims_of("A man died in the crash at 5 p.m. Sunday.", published=datetime.date(2021, 5, 13)), "die"
    )
    assert (death["time_text"], death["time_value"]) == ("5 p.m. Sunday", "2021-05-09T17:00")


def test_a_date_in_brackets_does_not_end_the_sentence():
    text = "The shooting occurred Friday (Aug. 18) at 8 p.m. on Vernor Highway. Police said so."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "The shooting occurred Friday (Aug. 18) at 8 p.m. on Vernor Highway.",
        "Police said so.",
    ]


def test_an_update_label_is_a_sentence_of_its_own(claims_of):
    text = "Update, 10:30 a.m. Wednesday: Two workers at the factory have died. UPDATE: Police said so."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Update, 10:30 a.m. Wednesday:",
        "Two workers at the factory have died.",
        "UPDATE:",
        "Police said so.",
    ]
    # the time the page changed is not when the workers died
    [death] = _claims(claims_of(text, published=datetime.date(2024, 11, 13)), "die")
    assert death["time_value"] is None


def test_a_clock_time_takes_the_day_told_before_it_with_its_date_in_brackets():
    text = "The shooting occurred Friday (Aug. 18) at 8 p.m. on Vernor Highway."
    start = text.index("8 p.m.")
    assert text[slice(*with_its_day(text, start, start + len("8 p.m.")))] == "Friday (Aug. 18) at 8 p.m."


def test_a_participle_read_as_the_verb_leaves_the_count_to_the_verb_after_it(claims_of):
    claims = claims_of("Three men pulled from a burning home Sunday morning have died, authorities confirmed.")
    [death] = _claims(claims, "die")
    assert (death["quantity_value"], death["quantity_unit"]) == (3, "victims")


def test_an_event_noun_that_occurred_is_the_claim(claims_of):
    claims = claims_of(
        "Police are investigating a shooting homicide that occurred on Chestnut Avenue Wednesday night.",
        published=datetime.date(2021, 5, 13),
    )
    [killing] = _claims(claims, "kill")
    assert (killing["time_text"], killing["place_text"], killing["participants"]) == (
        "Wednesday night",
        "Chestnut Avenue",
        [],
    )


def test_the_day_a_homicide_occurred_is_compared_with_the_day_of_the_shooting(findings_of):
    findings = findings_of(
        {
            "channel3": ("2021-05-14", "A man has died after being shot on Chestnut Avenue on Thursday evening."),
            "channel8": (
                "2021-05-14",
                "Police are investigating a shooting homicide that occurred on Chestnut Avenue Wednesday night.",
            ),
        }
    )
    assert [(rule, severity) for rule, severity, _ in findings] == [("FC101", "error")]


def test_those_who_lost_their_lives_are_counted(claims_of):
    [deaths] = _claims(claims_of("Two children lost their lives in a house fire early Saturday morning."), "die")
    assert (deaths["quantity_value"], deaths["quantity_unit"]) == (2, "victims")


def test_those_who_opened_fire_are_not_counted_as_shot(claims_of):
    [shooting] = _claims(claims_of("Three NOPD officers opened fire on a man in New Orleans East on Friday."), "shoot")
    assert shooting["quantity_value"] is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Police said it was too early to say whether more than one person was shooting on Saturday night.",
        "Witnesses said two men were shooting at each other in the parking lot on Saturday night.",
    ],
)
def test_those_who_were_shooting_are_not_counted_as_shot(claims_of, sentence):
    assert [c["quantity_value"] for c in _claims(claims_of(sentence), "shoot")] == [None]


def test_the_dead_of_an_incident_that_took_place_are_dated_by_it_and_so_is_the_incident(claims_of):
    claims = claims_of(
        "Three people are dead and three more are injured in a stabbing incident which took place in "
        "Forbury Gardens on Saturday evening.",
        published=datetime.date(2020, 6, 21),
    )
    told = [(c["event_type"], c["quantity_value"], c["time_value"], c["place_text"]) for c in claims]
    assert told == [
        ("die", 3, "2020-06-20TEV", "Forbury Gardens"),
        ("injure", 3, "2020-06-20TEV", "Forbury Gardens"),
        ("stab", None, "2020-06-20TEV", "Forbury Gardens"),
    ]


def test_a_death_after_what_befell_its_victim_is_dated_by_it(claims_of):
    claims = claims_of(
        "A 3-year-old boy died after being trapped in a house fire Tuesday afternoon. "
        "A child died at Jefferson Regional Medical Center from injuries suffered in a Monday fire in Pine Bluff.",
        published=datetime.date(2021, 12, 8),
    )
    told = [(c["time_value"], c["place_text"], c["time_of_cause"]) for c in _claims(claims, "die")]
    assert told == [("2021-12-07TAF", None, True), ("2021-12-06", "Pine Bluff", True)]


def test_a_toll_told_after_a_clause_of_what_befell_its_victims_is_dated_and_placed_by_it(claims_of):
    claims = claims_of(
        "A cyclist was killed after a van struck him on Mill Road in Granby on Friday night. "
        "One man died and two others were hurt after shots rang out at a cookout in Granby early Sunday.",
        published=datetime.date(2021, 6, 7),
    )
    told = [(c["event_type"], c["time_value"], c["place_text"], c["time_of_cause"]) for c in _claims(claims, "kill")]
    assert told == [("kill", "2021-06-04TNI", "Granby", False)]  # a killing is when its blow was
    tolls = [
        (c["event_type"], c["quantity_value"], c["time_value"]) for c in claims if c["event_type"] in ("die", "injure")
    ]
    assert tolls == [("die", 1, "2021-06-06"), ("injure", 2, "2021-06-06")]


def test_outlets_that_date_what_befell_the_victim_on_two_days_disagree(findings_of):
    findings = findings_of(
        {
            "kark": (
                "2021-12-08",
                "A 3-year-old boy died after being trapped in a Pine Bluff house fire Monday afternoon.",
            ),
            "fox16": (
                "2021-12-08",
                "A 3-year-old boy died after being trapped in a Pine Bluff house fire Tuesday afternoon.",
            ),
        }
    )
    assert ("FC101", "error") in [
        (rule, severity) for rule, severity, message in findings if message.startswith(("die:", "die/"))
    ]


def test_a_death_days_after_what_befell_the_victim_is_no_conflict(findings_of):
    findings = findings_of(
        {
            "echo": ("2021-12-08", "A man has died after being stabbed in Reading on Saturday night."),
            "post": ("2021-12-08", "The man stabbed in Reading died in hospital on Monday."),
        }
    )
    assert findings == []


@pytest.mark.parametrize(
    ("kark", "expected"),
    [
        # those who came put the incident on another street
        ("Fire crews responded to a house in the 800 block of West 20th Street at 2:30 p.m.", [("FC202", "warning")]),
        # the same street a minute apart: when they came is not when it happened
        ("Fire crews responded to a house at 807 W. 20th Ave. at 2:30 p.m.", []),
        # as British and Australian outlets tell it
        (
            "Emergency services were called to a house in the 800 block of West 20th Street at 2:30 p.m.",
            [("FC202", "warning")],
        ),
        ("Paramedics rushed to a house in the 800 block of West 20th Street at 2:30 p.m.", [("FC202", "warning")]),
    ],
)
def test_those_who_came_to_an_incident_tell_where_it_happened(findings_of, kark, expected):
    lede = "A child died in a house fire in Pine Bluff on Tuesday afternoon, officials said."
    findings = findings_of(
        {
            "gazette": (
                "2021-12-08",
                f"{lede}\n\nCrews were dispatched at 2:31 p.m. to a residence at 807 W. 20th Ave. with a child trapped inside.",
            ),
            "kark": ("2021-12-08", f"{lede}\n\n{kark}"),
        }
    )
    # (a street within the town the other article names is information: the same ground told more precisely)
    assert [(rule, severity) for rule, severity, _ in findings if severity != "info"] == expected


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Transport Police were called just before midday to Dugandan on Sunday.", "Dugandan"),
        ("Police were called to a home on Pine Street North around 3:40 a.m. Sunday.", "Pine Street North"),
        ("The man was rushed to hospital on Sunday.", None),  # the victim taken, not those who came
        ("The mayor has called to say the bridge will close on Monday.", None),
    ],
)
def test_those_called_to_an_incident_came_to_it(claims_of, sentence, place):
    responses = [c["place_text"] for c in claims_of(sentence) if c["event_type"] == "respond"]
    assert responses == ([] if place is None else [place])


def test_those_who_came_are_never_the_incident_their_ledes_open_with(findings_of):
    response = "Firefighters responded to a house on Elm Street in Springfield early Thursday."
    findings = findings_of(
        {
            "herald": ("2024-03-08", f"{response}\n\nA man died in the fire on Thursday, officials said."),
            "wire": ("2024-03-08", f"{response}\n\nA man died in the fire on Wednesday, officials said."),
        }
    )
    assert [(rule, severity) for rule, severity, _ in findings] == [("FC101", "error")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Officers responded to a report of shots fired on Chestnut Avenue around 11:30 p.m. Saturday.",
        "Shots were fired on Chestnut Avenue around 11:30 p.m. Saturday.",
        "A gunman fired several shots on Chestnut Avenue around 11:30 p.m. Saturday.",
        "Three officers fired their weapons on Chestnut Avenue around 11:30 p.m. Saturday.",
        "An officer fired at the man on Chestnut Avenue around 11:30 p.m. Saturday.",
        # heard, or ringing out, shots were fired then and there
        "Neighbors heard several gunshots on Chestnut Avenue around 11:30 p.m. Saturday.",
        "Gunfire rang out on Chestnut Avenue around 11:30 p.m. Saturday.",
        "Shots rang out on Chestnut Avenue around 11:30 p.m. Saturday.",
    ],
)
def test_shots_fired_tell_the_shooting_and_count_no_one(claims_of, sentence):
    [gunfire] = _claims(claims_of(sentence, published=datetime.date(2021, 5, 13)), "gunfire")
    assert (gunfire["time_value"], gunfire["place_text"]) == ("2021-05-08T23:30", "Chestnut Avenue")
    assert gunfire["quantity_unit"] != "people shot"


def test_the_day_shots_were_fired_is_compared_with_the_day_of_the_shooting(findings_of):
    findings = findings_of(
        {
            "channel3": ("2021-05-14", "A man was shot on Chestnut Avenue late Thursday night, police said."),
            "channel8": (
                "2021-05-14",
                "Officers responded to a report of shots fired on Chestnut Avenue Wednesday night.",
            ),
        }
    )
    assert [(rule, severity) for rule, severity, _ in findings] == [("FC101", "error")]


@pytest.mark.parametrize(
    "sentence",
    [
        "A fire broke out at a home on Chestnut Avenue on Sunday.",
        "Firefighters battled a house fire on Chestnut Avenue on Sunday.",
        "A fatal fire broke out on Chestnut Avenue on Sunday.",
    ],
)
def test_a_blaze_told_by_what_burned_or_by_breaking_out_is_a_fire(claims_of, sentence):
    claims = claims_of(sentence, published=datetime.date(2021, 5, 13))
    assert [(c["event_type"], c["place_text"]) for c in claims] == [("fire", "Chestnut Avenue")]


def test_fire_alone_is_no_blaze(claims_of):
    claims = claims_of("The mayor came under fire on Chestnut Avenue on Sunday.")
    assert "fire" not in {c["event_type"] for c in claims}


def test_a_shooting_involving_people_is_the_shooting_with_its_day_and_place(claims_of):
    claims = claims_of(
        "A shooting involving two teenage friends inside a Southwest Philadelphia home on Monday is believed "
        "to be an accident."
    )
    assert [(c["event_type"], c["time_text"], c["place_text"]) for c in claims] == [("shoot", "Monday", "Philadelphia")]


@pytest.mark.parametrize("quotes", ['""', "“”"])
def test_curly_quotes_do_not_turn_the_parse_of_their_sentence(claims_of, quotes):
    opened, closed = quotes
    claims = claims_of(
        f"Officers responded to an {opened}unknown trouble{closed} call around 9:30 p.m. Thursday at the 4100 "
        "block of Birch Hollow Drive."
    )
    assert [(c["event_type"], c["place_text"]) for c in claims] == [("respond", "the 4100 block of Birch Hollow Drive")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A woman was killed and another was hurt in a crash on Route 4 on Monday.", [("injure", 1)]),
        ("Deputies said one teen died and another teen was wounded on Monday.", [("injure", 1)]),
        ("Another stabbing was reported near the station on Monday.", []),  # the event, not a victim
    ],
)
def test_another_victim_is_one(claims_of, sentence, expected):
    counted = [(c["event_type"], c["quantity_value"]) for c in claims_of(sentence) if c["quantity_text"] == "another"]
    assert counted == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The crash was reported at 6:15 a.m. Tuesday on Route 4.",
            [("crash", "Route 4")],
        ),
        ("The assault was reported to police on Tuesday, a week after it happened.", []),  # when it was told
    ],
)
def test_an_event_reported_then_and_there_happened_then_and_there(claims_of, sentence, expected):
    claims = claims_of(sentence, published=datetime.date(2022, 3, 2))
    assert [(c["event_type"], c["place_text"]) for c in claims if c["trigger"] == "reported"] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("On Wednesday the governor condemned the stabbing at the mall.", []),  # told of a day later
        ("At a news conference on Thursday, the sheriff described the crash as horrific.", []),
        ("The hurricane made landfall near Mobile on Friday.", ["landfall"]),  # a light verb takes its noun's type
    ],
)
def test_a_comment_on_an_event_is_not_the_event(claims_of, sentence, expected):
    assert [c["event_type"] for c in claims_of(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("At about 3:20 a.m. Sunday, an argument in the hall led to a shooting, police said.", "shooting"),
        ("At about 3:20 a.m. Sunday, an argument in the hall led to two men opening fire, police said.", "opening"),
        ("A dispute at the party around 3:20 a.m. Sunday escalated into a shooting.", "shooting"),
    ],
)
def test_what_an_argument_led_to_happened_then(claims_of, sentence, trigger):
    [outcome] = [c for c in claims_of(sentence, published=datetime.date(2017, 4, 17)) if c["trigger"] == trigger]
    assert (outcome["event_type"], outcome["time_value"]) == ("shoot", "2017-04-16T03:20")


def test_what_a_verb_does_not_lead_to_keeps_its_own_time(claims_of):
    claims = claims_of(
        "At 3:20 a.m. Sunday, officers went to the hall after a shooting.", published=datetime.date(2017, 4, 17)
    )
    assert [c["time_value"] for c in claims if c["trigger"] == "shooting"] == []


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Cheeks was fired Saturday as coach of the 76ers.", "fired"),  # no blaze
        ("Shares fell 5 percent on Monday.", "fell"),  # no fall from a height
    ],
)
def test_a_verb_the_lexicon_does_not_know_is_never_a_type_it_declares(claims_of, rules, sentence, trigger):
    [claim] = [c for c in claims_of(sentence, published=datetime.date(2021, 8, 11)) if c["trigger"] == trigger]
    assert claim["event_source"] == "lemma"
    assert claim["event_type"] not in rules.events.declared


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("A shooting in the Russell neighborhood leaves one man dead Sunday afternoon.", "kill"),
        ("A crash on Route 9 left two people dead on Monday.", "kill"),
        ("The heat wave left three people dead on Monday.", "die"),  # no event the lexicon knows
    ],
)
def test_the_dead_an_event_leaves_are_its_killings_of_its_day(claims_of, sentence, event_type):
    [dead] = [c for c in claims_of(sentence, published=datetime.date(2020, 5, 26)) if c["quantity_unit"] == "victims"]
    assert dead["event_type"] == event_type
