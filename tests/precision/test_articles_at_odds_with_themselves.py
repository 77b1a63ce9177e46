"""An article that tells its incident twice with two values that cannot both hold is at odds
with itself, whether or not another article tells the incident: its headline over the one count
its lede gives, or two days its lede gives the incident's own kind of event in one place. A
round-up's several shootings, on several streets, are not one told twice."""

import pytest


@pytest.fixture
def report_of(tmp_path, analyse_paths, rules):
    def run(articles):
        for name, (title, body) in articles.items():
            (tmp_path / f"{name}.md").write_text(
                f"---\ntitle: {title}\npublished: 2024-01-14\n---\n{body}\n", encoding="utf-8"
            )
        return analyse_paths([tmp_path], rules).findings

    return run


def test_a_headline_over_the_one_count_its_lede_gives(report_of):
    findings = report_of(
        {
            "fire": (
                "3 killed in Cecil Avenue house fire",
                "A fire early Sunday in the 1100 block of Cecil Avenue has left two people dead, officials said.",
            )
        }
    )
    [finding] = findings
    assert (finding.rule, finding.severity) == ("FC301", "warning")
    assert [e.doc for e in finding.evidence] == [finding.evidence[0].doc] * 2
    assert "one article gives one tally twice" in finding.message


@pytest.mark.parametrize(("wounded", "at_odds"), [("four", True), ("five", False)])
def test_one_more_victim_beside_the_lede_count_is_no_rival_count(report_of, wounded, at_odds):
    findings = report_of(
        {
            "shooting": (
                "1 killed, 5 wounded in Back of the Yards shooting",
                f"A man was killed and {wounded} others were wounded Tuesday evening in a shooting in Chicago, "
                "police said.\n\n"
                "In addition to the people standing outside, another man who was driving past the scene was "
                "wounded.",
            )
        }
    )
    assert [(f.rule, f.severity) for f in findings] == ([("FC301", "warning")] if at_odds else [])
    assert all("one article gives one tally twice" in f.message and "4 victims" in f.message for f in findings)


def test_a_lede_that_dates_the_shooting_twice_in_one_place(report_of):
    findings = report_of(
        {
            "tv": (
                "Man killed in Sweeney Street shooting",
                "Two men were shot Friday evening on Sweeney Street, police said.\n\n"
                "Police are investigating the shooting, which happened Saturday evening on Sweeney Street.",
            )
        }
    )
    assert [(f.rule, f.severity) for f in findings] == [("FC101", "error")]
    assert "one article dates one occurrence twice" in findings[0].message


def test_a_round_up_of_shootings_on_two_streets_is_two_occurrences(report_of):
    findings = report_of(
        {
            "roundup": (
                "Weekend violence in Chicago",
                "The weekend's first shooting happened early Saturday in Chatham, where two men were shot in the "
                "7900 block of South Halsted Street, police said.\n\n"
                "Sunday afternoon, a 17-year-old boy was shot in the leg in the 6300 block of South Morgan Street "
                "in Englewood.",
            )
        }
    )
    assert [(f.rule, f.severity) for f in findings if f.severity != "info"] == []


def test_a_lede_that_recalls_the_day_befores_fire_is_not_at_odds_with_itself(report_of):
    findings = report_of(
        {
            "fire": (
                "One dead in Pine Bluff house fire",
                "PINE BLUFF, Ark. — A woman died in a Pine Bluff house fire on Wednesday, the city's fire "
                "department said.\n\n"
                "It is the city's second deadly fire in two days.\n\n"
                "Firefighters found her in a back room, and she was later pronounced dead.\n\n"
                "Just the day before on Tuesday, a young boy died in a Pine Bluff house fire blamed on a space "
                "heater.\n\n"
                "The cause of the fire on W. 4th Street is under investigation.",
            )
        }
    )
    assert findings == []


def test_a_headline_over_the_day_its_lede_gives_with_another_verb(report_of):
    findings = report_of(
        {
            "fire": (
                "2 young brothers killed in DeSoto house fire Saturday morning",
                "Two young brothers died early Friday morning when a fire broke out at their home in DeSoto, "
                "officials said.",
            )
        }
    )
    assert [(f.rule, f.severity) for f in findings] == [("FC101", "error")]


def test_a_count_of_those_who_died_on_the_spot_is_a_part_of_the_headline_toll(report_of):
    findings = report_of(
        {
            "crash": (
                "11 killed in accident on way home from dowry ceremony",
                "The matatu rolled over, killing ten on the spot. The eleventh victim died during treatment at "
                "the hospital, the area chief said.",
            )
        }
    )
    assert findings == []


def test_a_headline_that_counts_the_hurt_and_then_the_dead_gives_each_its_own(report_of):
    # the parse hangs both numbers on "dies": the one beside it is its count
    findings = report_of(
        {
            "paper": (
                "Two stabbed outside Harbor Mall, one dies",
                "One man died and another was hurt in a stabbing outside Harbor Mall on Sunday, police said.",
            )
        }
    )
    assert findings == []


def test_a_lede_that_dates_one_mans_conviction_twice(tmp_path, analyse_paths, rules):
    # Undated pages, as wire copy often is: a man is convicted of one crime once.
    (tmp_path / "tv.md").write_text(
        "Unlike on Feb. 12, when sobs filled the air as Scott Miller was found guilty of murdering his wife, "
        "the courtroom was still on Friday.\n\nMiller was convicted Nov. 12 of first-degree murder, the court said.\n",
        encoding="utf-8",
    )
    (tmp_path / "paper.md").write_text("The jury convicted Scott Miller on Nov. 12 of first-degree murder.\n")
    findings = analyse_paths([tmp_path], rules).findings
    assert [(f.rule, f.severity) for f in findings] == [("FC101", "error")]


def test_a_lede_count_of_another_thing_leaves_the_headline_one_tally(report_of):
    # Whether more than one person was shooting counts the shooters, not the wounded.
    findings = report_of(
        {
            "party": (
                "2 Dead, 14 Wounded in Shooting at Backyard Party",
                "Gunfire at a backyard party killed two people and wounded 18 others early Saturday in Rochester."
                "\n\nThe chief said it was too early to say whether more than one person was shooting.",
            )
        }
    )
    assert [(f.rule, f.severity) for f in findings] == [("FC301", "warning")]
    assert "18 victims" in findings[0].message and "14 victims" in findings[0].message


def test_a_lede_count_of_the_others_is_a_part_of_the_headline_tally(report_of):
    findings = report_of(
        {
            "plant": (
                "Eleven people hospitalized after explosion at Louisville plant",
                "Update, 10:30 a.m. Wednesday: Two workers at the Payne Street factory have died, according to a "
                "spokesperson for the company.\n\n"
                "Ten other people who were injured in the blast Tuesday afternoon remain hospitalized.",
            )
        }
    )
    assert [(f.rule, f.severity) for f in findings if f.severity != "info"] == []
