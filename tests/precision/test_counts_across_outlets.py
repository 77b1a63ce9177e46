"""Counts across outlets: a verb the lexicon does not list counts one thing when one named agent
does it on one day (a lede's undated count is of the day another lede of its story gives); a
later, larger toll is an update, a later, smaller one a conflict; an outlier is one finding,
however many articles agree against it."""

import pytest

GAME = "The Colts beat the Chiefs 20-13 on Sunday in Kansas City."


def _counts(findings):
    return [(rule, severity) for rule, severity, message in findings if rule.startswith("FC3")]


@pytest.mark.parametrize(
    "wire, sports, expected",
    [
        # one named agent on one day: what the unlisted verb counts is the same
        (
            "Andrew Luck threw for 205 yards on Sunday as the Colts clinched a playoff place.",
            "Andrew Luck threw for 385 yards on Sunday, a rookie record.",
            ("FC301", "warning"),
        ),
        # without a day, the count may be of another game
        (
            "Andrew Luck threw for 205 yards as the Colts clinched a playoff place.",
            "Andrew Luck threw for 385 yards, breaking the rookie record of Cam Newton.",
            ("FC303", "info"),
        ),
        # a lede's undated count is of the day another lede of its story gives
        (
            "Andrew Luck threw for 205 yards on Sunday as the Colts clinched a berth.",
            "Andrew Luck put on a show, throwing for 385 yards.",
            ("FC301", "warning"),
        ),
    ],
)
def test_an_unlisted_count_by_one_named_agent_conflicts_on_one_day(findings_of, wire, sports, expected):
    findings = findings_of(
        {"wire": ("2012-12-24", f"{GAME}\n\n{wire}"), "sports": ("2012-12-24", f"{GAME}\n\n{sports}")}
    )
    assert _counts(findings) == [expected]


def test_one_value_against_two_of_another_article_is_one_finding(findings_of):
    findings = findings_of(
        {
            "wire": (
                "2023-05-17",
                "Floods kill 12 in Westmark\n\nFloods killed at least nine people in Westmark on Wednesday, "
                "officials said.",
            ),
            "agency": ("2023-05-17", "Eight people were killed in Westmark on Wednesday as floods swept the region."),
        }
    )
    assert _counts(findings) == [("FC301", "warning")], [message for *_, message in findings]


FLOOD = "The river burst its banks in Millbrook on Monday, flooding the town centre."


def test_a_later_larger_toll_is_an_update(findings_of):
    findings = findings_of(
        {
            "first": ("2024-03-05", f"{FLOOD}\n\nTwo people were killed in the Millbrook flood on Monday."),
            "later": ("2024-03-06", f"{FLOOD}\n\nFive people were killed in the Millbrook flood on Monday."),
        }
    )
    assert _counts(findings) == [("FC302", "info")]


def test_a_later_smaller_toll_is_a_conflict(findings_of):
    findings = findings_of(
        {
            "first": ("2024-03-05", f"{FLOOD}\n\nFive people were killed in the Millbrook flood on Monday."),
            "later": ("2024-03-06", f"{FLOOD}\n\nTwo people were killed in the Millbrook flood on Monday."),
        }
    )
    assert _counts(findings) == [("FC301", "warning")]


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # two pages of one day, each giving the toll as it had risen when written
        (
            "The death toll in the Millbrook flood rose to 26 on Monday.",
            "The death toll in the Millbrook flood rose to 33 on Monday.",
            ("FC302", "info"),
        ),
        (
            "Twenty-six people died in the Millbrook flood on Monday.",
            "The death toll rose to 33 on Monday.",
            ("FC302", "info"),
        ),
        # the smaller count told as the risen toll does not excuse the larger one
        (
            "The death toll rose to 26 on Monday.",
            "Thirty-three people died in the Millbrook flood on Monday.",
            ("FC301", "warning"),
        ),
        (
            "Twenty-six people died in the Millbrook flood on Monday.",
            "Thirty-three people died in the flood on Monday.",
            ("FC301", "warning"),
        ),
    ],
)
def test_a_toll_told_as_risen_on_the_same_day_is_an_update(findings_of, first, second, expected):
    findings = findings_of(
        {
            "first": ("2024-03-05", f"{FLOOD}\n\n{first}"),
            "second": ("2024-03-05", f"{FLOOD}\n\n{second}"),
        }
    )
    assert _counts(findings) == [expected], findings


def test_a_count_of_a_part_is_no_rival_for_the_whole(findings_of):
    def articles(part):
        return {
            "whole": ("2024-03-05", f"{FLOOD}\n\nFive people were killed in the Millbrook flood on Monday."),
            "part": ("2024-03-05", f"{FLOOD}\n\n{part}"),
        }

    assert _counts(findings_of(articles("Two people were killed in the Millbrook flood alone on Monday."))) == []
    # the part is no larger than the whole
    bigger = "Seven people were killed in the Millbrook flood alone on Monday."
    assert _counts(findings_of(articles(bigger))) == [("FC301", "warning")]


def test_victims_described_apart_are_parts_of_one_toll(findings_of):
    """ "six children" and "twelve people": the victims a count describes say what it counts,
    though an unnamed victim may be anyone another outlet names."""
    quake = "A strong earthquake struck Aceh province in Indonesia on Tuesday, officials said."
    findings = findings_of(
        {
            "wire": ("2013-07-03", f"{quake}\n\nSix children were killed when a mosque collapsed on Tuesday."),
            "paper": ("2013-07-03", f"{quake}\n\nTwelve people were killed in the quake on Tuesday."),
        }
    )
    assert _counts(findings) == []


@pytest.mark.parametrize(
    ("paper", "expected"),
    [
        (
            "Nine more people were taken to hospital, though their injuries are not thought to be serious.",
            [("FC301", "warning")],
        ),
        ("Six more people were taken to hospital, though their injuries are not thought to be serious.", []),
        # those taken may include the dead and the unhurt: no rival of a count of the injured
        ("The four victims were taken to the hospital, police said.", []),
    ],
)
def test_those_taken_to_hospital_are_counted_against_those_taken(findings_of, paper, expected):
    derailment = "Three people died when a passenger train derailed near Stonehaven on Wednesday morning."
    findings = findings_of(
        {
            "express": ("2020-08-12", f"{derailment}\n\nSix people have been taken to hospital to be treated."),
            "news": ("2020-08-12", f"{derailment}\n\n{paper}"),
            "wire": ("2020-08-12", f"{derailment}\n\nSix others were injured, authorities said."),
        }
    )
    assert _counts(findings) == expected


@pytest.mark.parametrize(("involved", "expected"), [("three", []), ("four", [("FC301", "warning")])])
def test_what_a_crash_involved_is_counted_by_it(findings_of, involved, expected):
    findings = findings_of(
        {
            "post": ("2024-07-29", f"Two men died in a crash involving {involved} motorcycles in Millbrook on Sunday."),
            "times": (
                "2024-07-29",
                "Two men died on Sunday when their motorcycle was involved in a three motorcycle collision in Millbrook.",
            ),
        }
    )
    assert _counts(findings) == expected


DEAL = "Hewlett-Packard agreed on Tuesday to buy Electronic Data Systems, the technology services company."


def test_a_rounded_amount_agrees_with_the_exact_one_it_rounds(findings_of):
    findings = findings_of(
        {
            "wire": (
                "2008-05-14",
                f"{DEAL}\n\nHewlett-Packard will buy Electronic Data Systems for $13.2 billion in cash.",
            ),
            "paper": (
                "2008-05-14",
                f"{DEAL}\n\nHewlett-Packard will buy Electronic Data Systems for $13 billion in cash.",
            ),
        }
    )
    assert _counts(findings) == []


def test_a_rounded_amount_conflicts_with_one_it_does_not_round(findings_of):
    findings = findings_of(
        {
            "wire": (
                "2008-05-14",
                f"{DEAL}\n\nHewlett-Packard will buy Electronic Data Systems for $13.9 billion in cash.",
            ),
            "paper": (
                "2008-05-14",
                f"{DEAL}\n\nHewlett-Packard will buy Electronic Data Systems for $13 billion in cash.",
            ),
        }
    )
    assert _counts(findings) == [("FC301", "warning")]


def test_an_outlier_against_two_agreeing_articles_is_one_finding(tmp_path, analyse_paths, rules):
    lede = "Hewlett-Packard agreed on Tuesday, 13 May 2008, to buy Electronic Data Systems for {}."
    for name, price in (("wire", "$13.2 billion"), ("post", "$13 billion"), ("ledger", "$13.9 billion")):
        (tmp_path / f"{name}.md").write_text(
            f"---\npublished: 2008-05-13\n---\n{lede.format(price)}\n", encoding="utf-8"
        )
    [finding] = [f for f in analyse_paths([tmp_path], rules).findings if f.rule.startswith("FC3")]
    assert finding.outlier.endswith("ledger.md")
    sides = {e.doc.rsplit("/", 1)[-1] for e in finding.evidence} | {
        e["doc"].rsplit("/", 1)[-1] for e in finding.details["supporting"]
    }
    assert sides == {"wire.md", "post.md", "ledger.md"}


def test_a_finding_shows_the_articles_own_statements_with_one_verb(tmp_path, analyse_paths, rules):
    """The evidence is each side's statement in the article's text, not its headline's shorthand,
    and of the articles that agree against an outlier, the one told with the outlier's verb."""
    articles = {
        "atlas": ("Eleven dead in Polish train derailment", "killing 11 people, officials said"),
        "dispatch": ("Seven dead as train derails", "as seven people died, officials said"),
        "wire": ("Seven killed in Polish train derailment", "and seven people were killed, officials said"),
    }
    for name, (title, told) in articles.items():
        (tmp_path / f"{name}.md").write_text(
            f'---\ntitle: "{title}"\npublished: 2024-09-06\n---\n\n'
            f"A passenger train derailed near Sucha Beskidzka in Poland on Thursday, {told}.\n",
            encoding="utf-8",
        )
    [finding] = [f for f in analyse_paths([tmp_path], rules).findings if f.rule == "FC301"]
    assert finding.outlier.endswith("atlas.md")
    shown = {e.doc.rsplit("/", 1)[-1]: e.sentence for e in finding.evidence}
    assert set(shown) == {"atlas.md", "wire.md"}
    assert all(sentence.startswith("A passenger train derailed") for sentence in shown.values())


ROUND_UP = (
    "North Carolina won its game against Evansville on Thursday, and Tyler Hansbrough became the all-time "
    "leading scorer for North Carolina basketball, passing Phil Ford in the first half in front of his home "
    "fans and a national television audience. He needed just nine points in the game to eclipse Ford for the "
    "top spot, and he wound up with twenty after surpassing the mark. The Tar Heels are unbeaten this season, "
    "with their closest margin of victory fifteen points.\n\n"
    "Several other players had big nights in the college games.\n\n"
    "Louisville's Earl Clark finished his team's victory with {} points and 16 rebounds."
)


@pytest.mark.parametrize("published, expected", [(None, []), ("2008-12-19", [("FC301", "warning")])])
def test_undated_round_ups_do_not_set_one_players_counts_against_each_other(
    tmp_path, analyse_paths, rules, published, expected
):
    """Two round-ups of a night's games with no date: each may tell another game of the player."""
    for name, points in (("wire", 25), ("sports", 22)):
        front = f"---\npublished: {published}\n---\n" if published else ""
        (tmp_path / f"{name}.md").write_text(front + ROUND_UP.format(points) + "\n", encoding="utf-8")
    findings = analyse_paths([tmp_path], rules).findings
    assert _counts([(f.rule, f.severity, f.message) for f in findings]) == expected


def test_the_wounded_of_a_shooting_are_not_excused_by_its_dead(findings_of):
    """A shooting joins its killings and woundings in one event; an article's count of the dead
    says nothing of its count of the wounded."""
    findings = findings_of(
        {
            "wire": (
                "2010-09-10",
                "A woman opened fire at a Kraft factory in Philadelphia on Thursday night, killing two workers "
                "and wounding two others.",
            ),
            "local": (
                "2010-09-10",
                "A shooting at a Kraft factory in Philadelphia on Thursday night killed two workers and "
                "wounded one other, police said.",
            ),
        }
    )
    assert _counts(findings) == [("FC301", "warning")]


def _titled(tmp_path, articles):
    for name, (title, body) in articles.items():
        (tmp_path / f"{name}.md").write_text(
            f"---\ntitle: {title}\npublished: 2020-01-04\n---\n{body}\n", encoding="utf-8"
        )


def test_a_lede_at_odds_with_its_own_headline_is_no_second_tally(tmp_path, analyse_paths, rules):
    """The headline's "two" does not excuse its lede's "three" against another outlet's two."""
    _titled(
        tmp_path,
        {
            "paper": (
                "Two people dead after house fire in Columbia",
                "Three people are dead after a house fire Saturday morning in Columbia, the fire chief said.",
            ),
            "wire": (
                "Two die in Columbia house fire",
                "Two people died in a house fire in Columbia on Saturday morning, officials said.",
            ),
        },
    )
    findings = analyse_paths([tmp_path], rules).findings
    assert [f.rule for f in findings if f.rule.startswith("FC3")] == ["FC301"]


def test_a_lede_that_gives_parts_of_its_headlines_toll_tells_several_tallies(tmp_path, analyse_paths, rules):
    _titled(
        tmp_path,
        {
            "wire": (
                "Quake kills 24 in Aceh",
                "Twelve people were killed in Bener Meriah on Tuesday. Ten people were killed in Central Aceh "
                "on Tuesday.",
            ),
            "paper": ("Quake kills 24 in Aceh", "At least 24 people were killed by the quake in Aceh on Tuesday."),
        },
    )
    findings = analyse_paths([tmp_path], rules).findings
    assert [f.rule for f in findings if f.rule.startswith("FC3")] == []


def test_two_counts_each_sentence_gives_both_of_are_no_rivals(findings_of):
    """The claims took different numbers of one account: "four investigators and two forensic
    investigators" and "Two forensic investigators and four investigators"."""
    findings = findings_of(
        {
            "cbc": (
                "2024-03-05",
                f"{FLOOD}\n\nThe SIU said on Monday that four investigators and two forensic investigators "
                "were assigned to the Millbrook case.",
            ),
            "star": (
                "2024-03-05",
                f"{FLOOD}\n\nTwo forensic investigators and four investigators from the SIU were assigned "
                "to the Millbrook case on Monday.",
            ),
        }
    )
    assert _counts(findings) == []


def test_two_ledes_count_one_incident_where_the_gazetteer_only_guesses_one_place_is_in_the_other(findings_of):
    findings = findings_of(
        {
            "chronicle": ("2019-04-03", "A massive explosion in Harris County killed two workers on Tuesday."),
            "wire": ("2019-04-03", "An explosion at a Texas chemical plant killed one worker on Tuesday."),
        }
    )
    assert ("FC301", "warning") in _counts(findings)


def test_a_victim_told_apart_in_the_sentence_makes_its_count_a_part(findings_of):
    findings = findings_of(
        {
            "weekly": (
                "2021-06-09",
                "One man was shot and killed and a second man was shot at Denison Park on Tuesday evening.",
            ),
            "channel8": ("2021-06-09", "Two men were shot at Denison Park on Tuesday evening, police said."),
        }
    )
    assert findings == []


@pytest.mark.parametrize(("hurt", "expected"), [("Two people were", []), ("Three people were", ["FC301"])])
def test_the_hurt_counted_with_and_without_the_dead_are_one_count(findings_of, hurt, expected):
    findings = findings_of(
        {
            "station": (
                "2025-08-08",
                "A person was killed and another injured in a stabbing near Lake Park on Thursday evening, police said.",
            ),
            "police": (
                "2025-08-08",
                f"{hurt} injured in a stabbing near Lake Park on Thursday evening, police said. "
                "One of them died at a hospital.",
            ),
        }
    )
    assert [rule for rule, _, _ in findings] == expected


@pytest.mark.parametrize(("found", "expected"), [("two", []), ("three", [("FC301", "warning")])])
def test_the_dead_found_at_the_scene_are_counted_apart_from_the_toll(findings_of, found, expected):
    # bodies found are a part of the toll: "found two dead" is no rival of "six died"
    findings = findings_of(
        {
            "wire": (
                "2018-04-23",
                "Four adults and two children died after a house fire in Alcoa on Sunday.\n\n"
                "Firefighters found two people dead and rescued another four.",
            ),
            "paper": (
                "2018-04-23",
                "Six people were killed Sunday morning in a house fire in Alcoa.\n\n"
                f"Firefighters found {found} people dead inside the home.",
            ),
        }
    )
    assert _counts(findings) == expected


_GYM_PAPER = (
    "Two dead in gunfight outside gym",
    "",
    "Two people died Wednesday night after a gunfight outside a fitness center on East 51st Street, police "
    "said.\n\nWitnesses heard more than 10 gunshots, and three people were shot in the parking lot.",
)


@pytest.mark.parametrize(
    ("dead", "shot", "expected"),
    [
        ("three", "three", [("FC301", "warning")]),
        ("two", "three", []),
        # one count alone does not make an undated page this incident's: it may be another gunfight's
        ("three", "four", []),
    ],
)
def test_an_undated_page_that_gives_two_of_the_storys_counts_tells_its_incident(
    tmp_path, analyse_paths, rules, dead, shot, expected
):
    station = (
        "Police investigating 2 deaths after gunfight near gym",
        "2019-07-18",
        f"Police said {dead} people are dead. Officers said {shot} people were shot after two cars pulled "
        "into the lot.",
    )
    for name, (title, published, body) in {"station": station, "paper": _GYM_PAPER}.items():
        (tmp_path / f"{name}.md").write_text(f"---\ntitle: {title}\npublished: {published}\n---\n{body}\n")
    findings = analyse_paths([tmp_path], rules).findings
    across = [f for f in findings if {e.doc.rsplit("/", 1)[-1] for e in f.evidence} == {"station.md", "paper.md"}]
    assert [(f.rule, f.severity) for f in across] == expected
