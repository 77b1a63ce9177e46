"""A person's age given beside the full name is a claim, and outlets that give one person two
ages on the same days disagree; so is the age of a death's one victim, unnamed, and the outlets
of its story that give that victim two ages."""

import pytest


def _ages(claims):
    return [(c["participants"], c["quantity_value"]) for c in claims if c["event_type"] == "age"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Phillip Dafter, 32, was found guilty of murder on Friday.", [(["Phillip Dafter"], 32)]),
        ("The court heard that 32-year-old Phillip Dafter bought a knife.", [(["Phillip Dafter"], 32)]),
        ("Officers found John Smith, aged 45, at the scene on Friday.", [(["John Smith"], 45)]),
        ("Deputies said Maria Lopez, 61 years old, was hurt on Friday.", [(["Maria Lopez"], 61)]),
        (
            "The dead were identified as Chinna Ramesh (31) and Kumar Alagarsamy (35).",
            [(["Chinna Ramesh"], 31), (["Kumar Alagarsamy"], 35)],
        ),
        (
            "The victims were Rowena Sajulan, 22; and Raymund Magallanes, 20.",
            [(["Rowena Sajulan"], 22), (["Raymund Magallanes"], 20)],
        ),
    ],
)
def test_an_age_beside_a_full_name_is_a_claim(claims_of, sentence, expected):
    assert _ages(claims_of(sentence)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Jordan Smith, 21 points and 10 rebounds, led the team on Friday.",  # a stat line, not an age
        "Dafter, 33, was jailed for life on Tuesday.",  # a surname alone may be any of a family
        "Phillip Dafter, 2023, was a year of trials.",  # no age runs to four digits
    ],
)
def test_no_age_without_a_full_name_and_an_age(claims_of, sentence):
    assert _ages(claims_of(sentence)) == []


def _dafter(findings_of, first: str, second: str):
    return findings_of(
        {
            "bbc": (first, "Phillip Dafter, 32, was jailed for life at Northampton Crown Court."),
            "lbc": (second, "Phillip Dafter, 33, killed his wife in a frenzied attack."),
        }
    )


def test_two_ages_of_one_person_on_one_day_conflict(findings_of):
    findings = _dafter(findings_of, "2023-07-25", "2023-07-25")
    assert [(rule, severity) for rule, severity, _ in findings] == [("FC301", "warning")]
    assert "32 years of age" in findings[0][2] and "33 years of age" in findings[0][2]


@pytest.mark.parametrize(
    ("age", "expected"),
    [
        ("33", [("FC302", "info")]),  # a birthday may fall between two articles a day apart
        ("34", [("FC301", "warning")]),  # two do not
    ],
)
def test_a_day_later_an_age_grows_by_one_birthday_at_most(findings_of, age, expected):
    findings = findings_of(
        {
            "bbc": ("2023-07-25", "Phillip Dafter, 32, was jailed for life at Northampton Crown Court."),
            "lbc": ("2023-07-26", f"Phillip Dafter, {age}, killed his wife in a frenzied attack."),
        }
    )
    assert [(rule, severity) for rule, severity, _ in findings] == expected


def test_ages_told_a_year_apart_are_of_two_times(findings_of):
    assert _dafter(findings_of, "2023-07-25", "2022-10-09") == []


def test_an_undated_page_may_be_of_any_year(findings_of):
    assert _dafter(findings_of, "2023-07-25", "") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A 3-year-old child died in a house fire on Tuesday.", [(["child"], 3)]),
        ("A three-year-old boy died in a house fire on Tuesday.", [(["boy"], 3)]),
        ("The fire killed a 52-year-old woman on Monday.", [(["woman"], 52)]),
        ("A man, 45, was killed in the crash on Sunday.", [(["man"], 45)]),
        ("The driver, 52-years-old, was killed in the crash on Sunday.", [(["driver"], 52)]),
        ("A 19-year-old man was shot and killed by police on Sunday.", [(["man"], 19)]),
        ("Last night a man in his 20s was killed in a collision on the Navan Road.", [(["man"], 20)]),
        ("A woman in her early 40s died in the crash on Sunday.", [(["woman"], 40)]),
        ("The victim, a 32-year-old man, was pronounced dead on Sunday.", [(["man"], 32)]),
        ("A 45-year-old man suffered fatal injuries in the crash on Sunday.", [(["man"], 45)]),
        ("Two people suffered fatal injuries in the crash on Sunday.", []),  # not one victim
        ("Deputies said the 19-year-old was shot and died at a hospital on Sunday.", [(["person"], 19)]),
        ("A man shot his 40-year-old wife and killed himself on Sunday.", []),  # not the killing's victim
        ("Two men, 25 and 30, died in the crash on Sunday.", []),  # not one victim
        ("A 25-year-old man was arrested on Sunday.", []),  # no victim
        ("A 3-year-old boy was injured in the fire on Sunday.", []),  # no death
        ("The 37-year-old man was taken to a hospital, where he later died on Sunday.", [(["man"], 37)]),
        ("A 45-year-old woman was rushed to the hospital on Sunday but she died there.", [(["woman"], 45)]),
        ("A 50-year-old man was shot by a woman on Sunday, and she died.", []),  # she is not the man
        ("A 30-year-old man shot his wife on Sunday, and she died.", []),  # an active verb's subject
        ("A 75-year-old man accidentally shot himself on Sunday.", [(["man"], 75)]),  # his own victim
        ("Crews helped the 75-year-old man who wounded himself in the leg on Sunday.", [(["man"], 75)]),
        ("A 20-year-old man shot himself and his 18-year-old brother on Sunday.", []),  # two victims
        ("A 40-year-old man killed himself and his wife on Sunday.", []),
        ("Divers searched for the 16-year-old who drowned in the quarry on Sunday.", [(["person"], 16)]),
        ("Deputies arrested the 33-year-old man who stabbed his brother on Sunday.", []),  # the killer
    ],
)
def test_the_age_of_a_deaths_one_unnamed_victim_is_a_claim(claims_of, sentence, expected):
    assert _ages(claims_of(sentence)) == expected


FIRE = "died in a house fire in Pine Bluff on Tuesday afternoon, firefighters said."


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        (f"A 4-year-old child {FIRE}", [("FC301", "warning")]),
        (f"A 3-year-old child {FIRE}", []),
        (f"A boy in his teens {FIRE}", []),  # no age told: only a decade of ages, which holds 3
        (f"A boy aged under 5 {FIRE}", []),
        (f"A 4-year-old girl {FIRE}", []),  # a boy and a girl are two children
        (f"Two children {FIRE} A 4-year-old boy was pronounced dead at the scene.", []),  # each may be another
    ],
)
def test_a_storys_outlets_that_give_its_one_victim_two_ages_disagree(findings_of, second, expected):
    findings = findings_of(
        {
            "gazette": ("2021-12-08", f"A 3-year-old boy {FIRE}"),
            # a day later: the dead grow no older, so the greater age is no update
            "kark": ("2021-12-09", second),
            "fox": ("2021-12-08", f"A young boy {FIRE}"),
        }
    )
    assert [(rule, severity) for rule, severity, message in findings if message.startswith("age")] == expected


@pytest.mark.parametrize(("second", "expected"), [("in his 30s", [("FC301", "warning")]), ("in his 20s", [])])
def test_a_victims_age_told_by_its_decade_is_a_range(findings_of, second, expected):
    crash = "was killed in a single-vehicle collision on the Trim to Navan Road on Sunday night, gardai said."
    findings = findings_of(
        {
            "beat": ("2024-07-29", f"A 24-year-old man {crash}"),
            "extra": ("2024-07-29", f"A man {second} {crash}"),
        }
    )
    assert [(rule, severity) for rule, severity, message in findings if message.startswith("age")] == expected


@pytest.mark.parametrize(("age", "expected"), [(39, [("FC301", "warning")]), (37, [])])
def test_a_victim_who_later_died_has_all_of_an_age(findings_of, age, expected):
    """ "later died" tells only part of a toll, but the whole of one victim's age."""
    stabbing = "A man was fatally stabbed in a Brooklyn Center apartment parking lot Tuesday night, police said."
    findings = findings_of(
        {
            "wcco": ("2023-05-03", f"{stabbing} The 37-year-old man was hospitalized and later died."),
            "fox": (
                "2023-05-03",
                f"{stabbing} The {age}-year-old man was transported to North Memorial Hospital where he later died.",
            ),
        }
    )
    assert [(rule, severity) for rule, severity, message in findings if message.startswith("age")] == expected


@pytest.mark.parametrize(("age", "expected"), [(5, [("FC301", "warning")]), (4, [])])
def test_an_undated_pages_age_is_of_its_storys_days_give_or_take_a_birthday(findings_of, age, expected):
    findings = findings_of(
        {
            "gazette": ("2021-12-08", f"A 3-year-old boy {FIRE}"),
            "kark": ("", f"A {age}-year-old boy {FIRE}"),
            "fox": ("2021-12-08", f"A young boy {FIRE}"),
        }
    )
    assert [(rule, severity) for rule, severity, message in findings if message.startswith("age")] == expected
