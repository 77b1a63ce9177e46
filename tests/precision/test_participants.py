"""Who an event happens to: the word that makes a phrasal verb names the event, not a
participant; a gerund after a preposition is done by its clause's subject; a name that says
whose the place is names the site."""


def _participants(claims, event_type):
    [claim] = [c for c in claims if c["event_type"] == event_type]
    return dict(zip(claim["participants"], claim["participant_roles"]))


def test_the_object_that_makes_a_phrasal_verb_is_no_participant(claims_of):
    claims = claims_of("When the jury returned its verdicts on 6 June, Pellow stared ahead.")
    assert _participants(claims, "verdict") == {"jury": "agent"}


def test_a_gerund_after_a_preposition_is_done_by_the_subject_of_its_clause(claims_of):
    claims = claims_of("The Bulls reached the final after beating the Celtics in Boston on Friday.")
    assert _participants(claims, "win") == {"Bulls": "agent", "Celtics": "patient"}


def test_a_name_that_says_whose_the_place_is_is_the_site_s_not_a_participant(claims_of):
    claims = claims_of(
        "On Tuesday, three men who had sought refuge in a small UN school in Gaza City died in a strike."
    )
    assert _participants(claims, "die")["UN"] == "site"


def test_two_strikes_on_two_schools_of_one_agency_are_two_events(findings_of):
    findings = findings_of(
        {
            "wire": (
                "2009-01-07",
                "Israeli shells killed at least 40 people at a UN school in Jabaliya on Tuesday night.",
            ),
            "post": (
                "2009-01-07",
                "Last night, three Palestinians who had sought refuge in a small UN school in Gaza City died when a"
                " missile hit the building.",
            ),
        }
    )
    assert [rule for rule, *_ in findings if rule.startswith("FC3")] == []


def test_a_surname_alone_beside_its_full_name_in_one_sentence_is_someone_else(claims_of):
    claims = claims_of(
        "Peterson was charged with the murder of Laci Peterson in April 2003.\n\n"
        "Peterson was found guilty of murder on Nov. 12, a jury in Redwood City said."
    )
    assert _participants(claims, "convict") == {"Peterson": "patient"}


def test_a_name_never_runs_from_page_furniture_into_the_next_paragraph(claims_of):
    claims = claims_of(
        "A Milwaukee man was fatally shot by police on Monday evening.\n\n"
        "FREE DOWNLOAD: Get breaking news alerts in the FOX6 News app for iOS or Android\n\n"
        "Milwaukee police said the man's firearm was recovered on Monday."
    )
    assert not any("\n" in name for claim in claims for name in claim["participants"])


def test_the_subject_of_was_shot_and_killed_is_whom_both_befall(claims_of):
    claims = claims_of("A woman was shot and killed at a bus stop on Sunday morning.")
    assert _participants(claims, "kill") == {"woman": "patient"}


def test_streets_near_the_scene_name_no_participant(findings_of):
    findings = findings_of(
        {
            "tv": (
                "2022-08-03",
                "Detroit police shot a man Tuesday night on the city's southwest side.\n\n"
                "The shooting happened Tuesday night on Annabelle Street, near Fort Street and Omaha Street.",
            ),
            "paper": (
                "2022-08-03",
                "Police shot a man who pulled a gun Tuesday night in southwest Detroit.\n\n"
                "It happened around 9:30 p.m. Tuesday on Bassett Street near Downing Street.",
            ),
        }
    )
    assert [(rule, severity) for rule, severity, _ in findings if severity != "info"] == [("FC202", "warning")]
