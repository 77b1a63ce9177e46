"""Counts of another occurrence: a sentence that tells a separate one, an undated count in
another story, a distance from another place. None is a rival of the incident's count."""

ATTACK = "Israeli shells killed 40 people sheltering in a school run by the UN in the Jabaliya refugee camp on Tuesday."


def _counts(findings):
    return [(rule, severity) for rule, severity, message in findings if rule.startswith("FC3")]


def test_a_separate_occurrence_is_not_the_incident(findings_of):
    findings = findings_of(
        {
            "wire": ("2009-01-07", f"{ATTACK}\n\nJohn Ging said the school was not used by militants."),
            "post": (
                "2009-01-07",
                "Israeli shells hit a school run by the UN in the Jabaliya refugee camp on Tuesday, John Ging said."
                "\n\nThree people also died in an air strike on another UN school in Gaza City.",
            ),
        }
    )
    assert _counts(findings) == []


def test_a_shooting_elsewhere_is_not_the_incident(findings_of):
    findings = findings_of(
        {
            "station": (
                "2022-03-07",
                "A man is dead after he was shot by police officers Sunday night in the Fulton Hill neighborhood."
                "\n\nPolice said the shooting left one man dead in the 1200 block of Garber Street.",
            ),
            "daily": (
                "2022-03-07",
                "Two police officers fatally shot a man who was pointing a gun at them Sunday night in the Fulton Hill "
                "neighborhood.\n\nIt took officers about 20 minutes to arrive because resources were tied up "
                "elsewhere in the East End where two men were shot and killed, the chief said.",
            ),
        }
    )
    assert _counts(findings) == []


def test_an_undated_count_in_another_story_is_not_compared(findings_of):
    findings = findings_of(
        {
            "opener": (
                "2008-12-29",
                "Louisville beat South Florida 71-57 to open the Big East season.\n\n"
                "Earl Clark finished with 22 points and nine rebounds.",
            ),
            "record": (
                "2009-03-02",
                "Louisville routed Pittsburgh in a record-setting rout at Freedom Hall.\n\n"
                "Earl Clark finished the victory with 25 points and 16 rebounds, both career highs.",
            ),
        }
    )
    assert _counts(findings) == []


QUAKE = "A magnitude 4.4 earthquake struck near The Geysers in Sonoma County early on Sunday, 7 December 2008."
CENTRE = "The U.S. Geological Survey said the quake was centered in a seismically active area"


def test_distances_from_two_places_are_no_rivals(findings_of):
    findings = findings_of(
        {
            "press": ("2008-12-07", f"{QUAKE}\n\n{CENTRE} about two miles southwest of The Geysers."),
            "usgs": ("2008-12-07", f"{QUAKE}\n\n{CENTRE} about 3 miles southwest of Cobb."),
        }
    )
    assert _counts(findings) == []


def test_distances_from_one_place_still_conflict(findings_of):
    findings = findings_of(
        {
            "press": ("2008-12-07", f"{QUAKE}\n\n{CENTRE} about two miles southwest of Cobb."),
            "usgs": ("2008-12-07", f"{QUAKE}\n\n{CENTRE} about 9 miles southwest of Cobb."),
        }
    )
    assert _counts(findings) != []


def test_a_verb_outside_the_lexicon_keeps_its_particle(claims_of):
    claims = claims_of(
        "Sarah Palin's church in Wasilla, Alaska went up in flames on Friday.\n\n"
        "The problems of the dairy industry in Alaska go back to 2005."
    )
    assert {c["trigger"]: c["event_type"] for c in claims if c["trigger"] in ("went", "go")} == {
        "went": "go up",
        "go": "go",
    }


def test_an_article_of_the_second_crash_at_one_spot_tells_its_incident_only_by_its_own_evidence(
    tmp_path, analyse_paths, rules
):
    # Which of the two crashes each of its claims tells, only names or days can say.
    articles = {
        "standard": (
            "2022-06-05",
            "Eleven people were killed when a matatu rolled several times at Kanyonyo junction in Kitui County "
            "on Saturday night.\n\nThe matatu was ferrying guests home from a dowry ceremony in Mwingi.",
        ),
        "nation": (
            "2022-06-08",
            "Seven people were killed when a van and a bus collided at Kanyonyo junction in Kitui County.\n\n"
            "The crash came three days after a matatu carrying guests home from a dowry ceremony in Mwingi "
            "rolled at the same spot.",
        ),
    }
    for name, (published, body) in articles.items():
        (tmp_path / f"{name}.md").write_text(f"---\npublished: {published}\n---\n{body}\n", encoding="utf-8")
    claims = analyse_paths([tmp_path], rules).alignment.claims
    told = {(c.doc.rsplit("/", 1)[-1], c.event_type): bool(c.incident) for c in claims.itertuples()}
    assert told[("standard.md", "kill")] and not told[("nation.md", "kill")]
    assert claims["event"].isna().all()


def test_people_counted_over_several_shootings_are_no_rival_of_one_shootings_count(findings_of):
    findings = findings_of(
        {
            "station": (
                "2018-08-12",
                "Four children were injured in a shooting at a party in Weinland Park on Saturday night, police said.",
            ),
            "paper": (
                "2018-08-30",
                "Three young children have been injured after two shootings in Weinland Park in the past three "
                "weeks.\n\nTwo girls were shot during a party in Weinland Park on Aug. 11.",
            ),
        }
    )
    assert _counts(findings) == []
