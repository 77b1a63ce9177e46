"""The day of an incident told by its weekday: two outlets that give one unnamed victim's
shooting different weekdays disagree, whatever day each page is dated; a night and the small
hours after it are one time, two nights or a morning and an evening are not; a victim one
outlet names is the man another does not; a death dated after the other article appeared is
news since."""

import datetime as dt

import pytest

AUSTIN_TV = (
    "2024-01-14",
    "A woman was shot and killed in a drive-by shooting on the West Side on Sunday morning, police said. "
    "The 38-year-old woman was standing at a bus stop in the 5000 block of West Chicago Avenue when someone "
    "in a white SUV fired shots.",
)


def _dates(findings):
    return [(rule, severity) for rule, severity, _ in findings if rule.startswith("FC1")]


def test_two_outlets_giving_one_killing_different_weekdays_disagree(findings_of):
    paper = (
        "2024-01-15",
        "A 38-year-old woman waiting at a bus stop was fatally shot on Saturday in the Austin neighborhood, "
        "police said. The woman was in the 5000 block of West Chicago Avenue when a white SUV drove by.",
    )
    assert _dates(findings_of({"tv": AUSTIN_TV, "paper": paper})) == [("FC101", "error")]


def test_the_same_weekday_from_pages_dated_a_day_apart_agrees(findings_of):
    paper = (
        "2024-01-15",
        "A 38-year-old woman waiting at a bus stop was fatally shot on Sunday in the Austin neighborhood, "
        "police said. The woman was in the 5000 block of West Chicago Avenue when a white SUV drove by.",
    )
    assert _dates(findings_of({"tv": AUSTIN_TV, "paper": paper})) == []


def test_a_night_and_the_small_hours_after_it_are_one_time(findings_of):
    findings = findings_of(
        {
            "night": (
                "2024-01-14",
                "A man was shot and killed on Saturday night outside a bar in the 2500 block of Park Avenue, "
                "Memphis police said.",
            ),
            "sunday": (
                "2024-01-15",
                "A man was shot and killed outside a bar in the 2500 block of Park Avenue in Memphis on Sunday, "
                "police said.",
            ),
        }
    )
    assert _dates(findings) == []


def test_a_wounding_dated_after_the_other_article_appeared_is_news_since(findings_of):
    findings = findings_of(
        {
            "first": (
                "2024-01-14",
                "A teenager was wounded in a shooting on Sunday in the 6300 block of South Morgan Street "
                "in Englewood, police said.",
            ),
            "later": (
                "2024-01-17",
                "A teenager was wounded in a shooting on Tuesday in the 6300 block of South Morgan Street "
                "in Englewood, police said.",
            ),
        }
    )
    assert _dates(findings) == []


WATERBURY_TV = (
    "2023-05-14",
    "A man was shot and killed in Waterbury on Saturday night, police said. The shooting happened in the area "
    "of Cooke Street and Chase Avenue at about 7:16 p.m.",
)


def _waterbury_paper(day: str) -> tuple[str, str]:
    return (
        "2023-05-15",
        f"John Miller, 34, was shot and killed in Waterbury on {day}, police said. Officers found Miller with a "
        "gunshot wound near Cooke Street and Chase Avenue.",
    )


def test_a_victim_one_outlet_names_is_the_man_another_does_not(findings_of):
    findings = findings_of({"tv": WATERBURY_TV, "paper": _waterbury_paper("Friday")})
    assert _dates(findings) == [("FC101", "error")]


def test_two_nights_are_two_times(findings_of):
    findings = findings_of({"tv": WATERBURY_TV, "paper": _waterbury_paper("Friday night")})
    assert _dates(findings) == [("FC101", "error")]


def test_a_night_and_the_evening_before_it_agree(findings_of):
    findings = findings_of({"tv": WATERBURY_TV, "paper": _waterbury_paper("Saturday evening")})
    assert _dates(findings) == []


def test_a_morning_and_an_evening_of_one_day_are_two_times(findings_of):
    findings = findings_of({"tv": WATERBURY_TV, "paper": _waterbury_paper("Saturday morning")})
    assert _dates(findings) == [("FC101", "error")]


def test_the_day_of_a_shooting_is_the_day_of_its_killing(findings_of):
    findings = findings_of(
        {
            "paper": (
                "2021-04-04",
                "Buffalo police are investigating a fatal shooting that killed one man on Saturday evening "
                "in the first block of Sweeney Street.",
            ),
            "tv": ("2021-04-04", "Two men were shot Friday evening on Sweeney Street in the City of Buffalo."),
        }
    )
    assert _dates(findings) == [("FC101", "error")]


def test_the_day_of_a_stabbing_is_the_day_of_its_killing(findings_of):
    findings = findings_of(
        {
            "tv": (
                "2022-04-03",
                "A man is dead and another is in custody after a Friday afternoon stabbing at a Muskegon "
                "apartment complex.",
            ),
            "paper": (
                "2022-04-03",
                "Police are investigating after a Muskegon man was stabbed and killed Saturday afternoon in the "
                "lobby of an apartment complex.",
            ),
        }
    )
    assert _dates(findings) == [("FC101", "error")]


def test_a_lede_at_odds_with_its_own_headlines_day_is_compared(tmp_path, analyse_paths, rules):
    """The headline's "Sunday afternoon" does not excuse its lede's "Saturday afternoon" against
    another outlet's Sunday: one shooting, told twice, not two occurrences."""
    articles = {
        "tv": (
            "Boy, 17, shot in Englewood Sunday afternoon",
            "A 17-year-old was wounded in a shooting Saturday afternoon on the city's South Side, authorities said.",
        ),
        "paper": (
            "Teen shot and wounded in Englewood",
            "A 17-year-old boy was shot and wounded Sunday in Englewood on the South Side.",
        ),
    }
    for name, (title, body) in articles.items():
        (tmp_path / f"{name}.md").write_text(
            f"---\ntitle: {title}\npublished: 2024-01-14\n---\n{body}\n", encoding="utf-8"
        )
    findings = [(f.rule, f.severity, f.message) for f in analyse_paths([tmp_path], rules).findings]
    assert _dates(findings) == [("FC101", "error")]


def test_a_lede_that_gives_the_shooting_two_days_is_at_odds_with_itself(findings_of):
    """Its second day, the one the other outlets give, does not make its first a second
    shooting: the incident happened once."""
    findings = findings_of(
        {
            "tv": (
                "2021-04-04",
                "Two men were shot Friday evening on Sweeney Street in Buffalo.\n\n"
                "Police are investigating a deadly shooting that took place Saturday evening on the city's East Side.",
            ),
            "paper": ("2021-04-04", "Two men were shot Saturday evening on Sweeney Street in Buffalo."),
            "radio": ("2021-04-04", "Two men were shot on Sweeney Street in Buffalo on Saturday evening."),
        }
    )
    assert _dates(findings) == [("FC101", "error")]
    assert "Friday evening" in findings[0][2] or "04-02" in findings[0][2]


def test_a_clock_time_today_is_as_sure_as_the_pages_day(claims_of):
    """Wire copy republished on a page dated in the next day's time zone: "at about 10am today"
    there and "around 10 a.m. Monday" are one time."""
    from factcheck.compare.values import dates_overlap

    wire = "The gunman walked into the office at about 10am today, police said."
    [today] = claims_of(wire, published=dt.date(2007, 4, 10))
    [monday] = claims_of(wire.replace("at about 10am today", "around 10 a.m. Monday"), published=dt.date(2007, 4, 9))
    assert (today["time_value"], monday["time_value"]) == ("2007-04-10T10:00", "2007-04-09T10:00")
    assert dates_overlap(today, monday) is not False


def test_an_undated_pages_weekday_afternoon_and_the_next_days_are_apart(tmp_path, analyse_paths, rules):
    """The page with no date says "Saturday afternoon"; the dated one "Sunday afternoon": the
    hours of the two parts meet in no week."""
    said = "A Springfield police officer shot and killed a man outside the Best Buy on Gateway Street {} afternoon."
    (tmp_path / "paper.md").write_text(f"---\npublished: 2020-03-14\n---\n{said.format('Sunday')}\n", encoding="utf-8")
    (tmp_path / "tv.md").write_text(f"{said.format('Saturday')}\n", encoding="utf-8")
    findings = [(f.rule, f.severity, f.message) for f in analyse_paths([tmp_path], rules).findings]
    assert _dates(findings) == [("FC101", "error")]


def test_a_weekday_night_and_the_next_mornings_small_hours_meet(claims_of):
    from factcheck.compare.values import dates_overlap

    [night] = claims_of("A man was shot and killed Saturday night on Gateway Street.")
    [small_hours] = claims_of("A man was shot and killed early Sunday morning on Gateway Street.")
    assert (night["time_value"], small_hours["time_value"]) == ("XXXX-WXX-6TNI", "XXXX-WXX-7TMO")
    assert dates_overlap(night, small_hours) is not False


@pytest.mark.parametrize(("dated", "apart"), [("Saturday morning", True), ("Sunday evening", False)])
def test_an_undated_pages_clock_time_of_a_weekday_sets_only_days_apart(claims_of, dated, apart):
    """ "at around 10am on Sunday" on a page with no date is on no Saturday, and on any Sunday."""
    from factcheck.compare.values import dates_overlap

    [undated] = claims_of("A man was swept away by the River Tawe at around 10am on Sunday.")
    [told] = claims_of(f"A man was swept away by the River Tawe on {dated}.", published=dt.date(2020, 2, 16))
    assert undated["time_value"] == "XXXX-WXX-7T10:00"
    assert (dates_overlap(undated, told) is False) is apart


@pytest.mark.parametrize(
    ("published", "first", "second"),
    [
        # A crash kills at once: one outlet dating the collision and another the deaths tell one day.
        (
            "2023-09-18",
            "Twenty mineworkers died in the crash, the provincial transport department said. Their bus and a "
            "truck collided on the N1 near Musina on Saturday afternoon.",
            "At least 20 mineworkers were killed on Sunday evening on the N1 near Musina when their bus hit a "
            "truck, the provincial transport department said.",
        ),
        # The story's incident is the deaths; the stabbing that caused them, and its wounded, are the
        # incident too.
        (
            "2020-06-21",
            "Three people have died and three others were wounded in Reading, police said. They were stabbed by "
            "a knife-wielding man in Forbury Gardens on Saturday evening.",
            "Three people have died in Reading, police said, and three more were injured in Forbury Gardens on "
            "Sunday evening.",
        ),
    ],
)
def test_an_incident_dated_by_its_kin_in_one_outlet_is_one_day(findings_of, published, first, second):
    findings = findings_of({"first": (published, first), "second": (published, second)})
    assert ("FC101", "error") in _dates(findings)


@pytest.mark.parametrize(
    ("wire", "markets", "expected"),
    [
        # a man falls once into the river: two days are two accounts of it
        (
            "Police said the man fell into the River Tawe at Ystradgynlais on Saturday morning.",
            "The man fell into the River Tawe at Ystradgynlais around 10am on Sunday.",
            [("FC101", "error")],
        ),
        # shares fall into the red on many days: two days are two falls
        (
            "Shares of Halberg Freight fell into negative territory on Monday.",
            "Halberg Freight shares fell into the red on Wednesday.",
            [],
        ),
    ],
)
def test_a_fall_into_a_river_is_an_event_and_a_fall_of_shares_on_another_day_another(
    findings_of, wire, markets, expected
):
    findings = findings_of({"wire": ("2020-02-16", wire), "markets": ("", markets)})
    assert [(rule, severity) for rule, severity, _ in findings] == expected


def test_a_day_told_again_more_loosely_in_one_article_does_not_hide_its_dispute(findings_of):
    # "early Wednesday" may be late Tuesday to another outlet, but this article also says
    # "Wednesday morning": one day, told twice, against the other outlet's Tuesday.
    findings = findings_of(
        {
            "station": (
                "2022-12-07",
                "A Fresno police officer was involved in a deadly shooting early Wednesday morning. "
                "The shooting happened at an apartment complex at 4410 E. Belmont Ave.\n\n"
                "FRESNO (KFRS) — Fresno police officers shot and killed a suspect Wednesday morning.",
            ),
            "paper": (
                "2022-12-07",
                "FRESNO — A man was shot and killed by police after a domestic disturbance in east Fresno "
                "Tuesday.\n\nPolice said the shooting happened at an apartment complex at 4410 E. Belmont Ave.",
            ),
        }
    )
    assert _dates(findings) == [("FC101", "error")]


def test_a_summer_told_in_september_runs_to_the_equinox(findings_of):
    # "this summer" on 9 September holds that Monday: a season ends at its equinox, not with
    # its last whole month.
    findings = findings_of(
        {
            "wire": (
                "2013-09-09",
                "Lyon jewel thefts: robbers ram van into shop\n\n"
                "French police are investigating a daring jewellery robbery in Lyon, the latest in a series "
                "of high-profile thefts in France this summer.\n\n"
                "In the early hours of Monday, thieves rammed a van through the windows of a jeweller near "
                "Place Bellecour.",
            ),
            "paper": (
                "2013-09-09",
                "Thieves ram van into Lyon jewellery shop\n\n"
                "Thieves pulled off a daring jewellery robbery in central Lyon on Monday morning after ramming "
                "a van through the windows of a jeweller near Place Bellecour.",
            ),
        }
    )
    assert _dates(findings) == []


@pytest.mark.parametrize(
    ("sibling", "mine", "its_day"),
    [
        ("Officers shot a man early Wednesday morning.", "Officers killed the man Wednesday morning.", True),
        # a season holds other occurrences than the month's: the summer's thefts and July's
        ("Thieves have struck jewellers in France this summer.", "In July, a thief stole gems in Cannes.", False),
    ],
)
def test_only_a_day_told_loosely_is_an_articles_own_day_again(claims_of, sibling, mine, its_day):
    from factcheck.compare import _may_be_its_day

    [told_first] = claims_of(sibling, published=dt.date(2013, 9, 11))
    [told_again] = claims_of(mine, published=dt.date(2013, 9, 11))
    assert _may_be_its_day(told_first, told_again) is its_day


_PARK_AVENUE = {
    "paper": (
        "2022-08-25",
        "Tucson police investigating shooting involving officers\n\n"
        "An officer-involved shooting happened Thursday afternoon on Tucson's south side, police said.\n\n"
        "The shooting occurred just before 12 p.m. in the 6000 block of S. Park Ave.",
    ),
    "station": (
        "2022-08-25",
        "Park Avenue closed because of police investigation\n\n"
        "Police are investigating an officer-involved shooting on Thursday, Aug. 25.\n\n"
        "The shooting happened around noon in the 6000 block of South Park Avenue.",
    ),
}


@pytest.mark.parametrize(
    ("weekday", "scene", "at_odds_with"),
    [
        ("Thursday", "officers shot a man just before noon in", set()),
        ("Friday", "officers shot a man just before noon in", {"paper", "station"}),
        # the response to the incident tells where it happened as well
        ("Friday", "officers responded to a report of a man with a gun in", {"paper", "station"}),
    ],
)
def test_an_undated_page_at_the_storys_block_is_of_its_incident_whatever_day_it_gives(
    findings_of, weekday, scene, at_odds_with
):
    undated = (
        "",
        "Police: Officer-involved shooting on South Park Avenue\n\n"
        f"TUCSON, Ariz. — Tucson police investigated an officer-involved shooting {weekday}.\n\n"
        f"Police say {scene} the 6000 block of South Park Avenue.",
    )
    findings = findings_of({**_PARK_AVENUE, "undated": undated})
    dated = {
        name for rule, _, message in findings if rule == "FC101" for name in _PARK_AVENUE if f"{name}.md" in message
    }
    assert dated == at_odds_with


@pytest.mark.parametrize(
    ("undated", "dated", "apart"),
    [
        ("on Friday", "on Thursday", True),
        ("early Friday", "on Thursday", None),
        ("on Thursday", "on Thursday", None),
    ],
)
def test_an_undated_pages_weekday_is_apart_from_another_dated_weekday(claims_of, undated, dated, apart):
    from factcheck.compare.values import dates_overlap

    [without_date] = claims_of(f"A man was shot {undated} in the 6000 block of South Park Avenue.")
    [with_date] = claims_of(
        f"A man was shot {dated} in the 6000 block of South Park Avenue.", published=dt.date(2022, 8, 26)
    )
    assert dates_overlap(without_date, with_date) is (False if apart else None)


@pytest.mark.parametrize(("told", "apart"), [("Tuesday morning", True), ("Wednesday morning", False)])
def test_a_death_told_a_morning_before_the_shooting_it_followed_is_apart(claims_of, told, apart):
    """ "died after being shot early Wednesday morning" dates the shooting: a death the next
    outlet puts on Tuesday morning came before it, though "early Wednesday" reaches into Tuesday."""
    from factcheck.compare.values import dates_overlap

    published = dt.date(2023, 8, 23)
    shot = "A man has died after being shot by an officer early Wednesday morning."
    [cause] = [c for c in claims_of(shot, published=published) if c["event_type"] == "die"]
    dead = f"One person is dead following a police shooting in Aurora {told}."
    [death] = [c for c in claims_of(dead, published=published) if c["event_type"] == "die"]
    assert cause["time_of_cause"] and not death["time_of_cause"]
    assert (dates_overlap(cause, death) is False) is apart


_WEST_SIDE = {
    "daily": (
        "2022-12-05",
        "Man shot by police on the west side\n\n"
        "One man was shot by Tucson police officers late Sunday night on the west side, police said.",
    ),
    # a clock time alone is on the page's day, which need not be the incident's
    "station": (
        "2022-12-05",
        "Officers shoot man on Tucson's west side\n\nOne man was shot by Tucson police officers just after 8 p.m.",
    ),
}


@pytest.mark.parametrize(("weekday", "at_odds"), [("Sunday", True), ("Saturday", False)])
def test_an_undated_page_that_tells_the_response_on_the_storys_day_is_of_its_incident(findings_of, weekday, at_odds):
    undated = (
        "",
        "Officers shoot two men on the west side\n\n"
        "Officers shot two men outside an apartment complex after a fight, a spokesman said.\n\n"
        f"Police say a little after 7 {weekday} night officers responded to calls of an assault.",
    )
    findings = findings_of({**_WEST_SIDE, "undated": undated})
    assert any(rule == "FC301" and "undated.md" in message for rule, _, message in findings) is at_odds


def _response(published, told):
    return (
        published,
        "A man was stabbed outside a bar in downtown Madison, police said.\n\n"
        f"Officers responded {told} to the 100 block of West Main Street and found the man with a stab wound.",
    )


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("just before midnight on Sunday", "at about 11:55 p.m. Sunday", []),
        ("just before midnight on Saturday", "at about 11:55 p.m. Sunday", [("FC101", "error")]),
        ("Friday night", "early Saturday", []),  # late one night and early the next
        ("late Saturday", "Friday night", [("FC101", "error")]),  # two nights
        ("late Saturday", "at about 11:55 p.m. Saturday", []),
        ("around 11:30 Sunday", "at 11:33 p.m. Sunday", []),  # a clock time without its a.m. or p.m.
        ("at 11 p.m.", "at about 11:55 p.m. Sunday", []),  # a clock time alone takes the page's day
        ("shortly after 9 p.m. Sunday", "shortly after 11 p.m. Sunday", [("FC101", "error")]),
        ("around 9 p.m. Sunday", "around 10:15 p.m. Sunday", []),  # outlets give the minute they were told
    ],
)
def test_two_accounts_of_one_response_are_at_odds_only_a_day_or_hours_apart(findings_of, first, second, expected):
    findings = findings_of({"tv": _response("2022-11-28", first), "paper": _response("2022-11-28", second)})
    assert _dates(findings) == expected


def test_a_clock_times_claim_shows_the_day_told_beside_it(claims_of):
    [response] = claims_of(
        "Officers responded just before midnight on Saturday to the 100 block of West Main Street.",
        published=dt.date(2022, 11, 28),
    )
    assert (response["time_text"], response["time_value"]) == ("midnight on Saturday", "2022-11-26T24:00")


@pytest.mark.parametrize(
    ("died", "expected"),
    [
        ("died Friday evening at Erie County Medical Center", [("FC101", "error")]),  # before the shooting
        ("died Saturday evening at Erie County Medical Center", []),
        ("died Monday at Erie County Medical Center", []),  # days after it: a death follows its cause
        ("died Saturday evening at a hospital in Rochester", []),  # where one died need not be the scene
    ],
)
def test_a_death_in_one_outlet_comes_no_earlier_than_the_shooting_in_another(findings_of, died, expected):
    findings = findings_of(
        {
            "paper": (
                "2019-09-03",
                "Two men were shot Saturday evening at the corner of Koons Avenue and Sycamore Street on the East Side "
                "of Buffalo, police said.",
            ),
            "tv": (
                "2019-09-03",
                "A man was killed in a shooting at Koons Avenue and Sycamore Street on the East Side of Buffalo, "
                "police said.\n\n"
                f"Police say the 36-year-old Cheektowaga man {died}.",
            ),
        }
    )
    assert [(rule, severity) for rule, severity, _ in findings if rule[:3] in ("FC1", "FC2")] == expected


@pytest.mark.parametrize(
    ("incident", "expected"),
    [
        ("The fire broke out around 11:30 Tuesday at a home on Rile Street.", []),  # a.m. or p.m. untold
        ("The fire broke out around 11:30 Monday at a home on Rile Street.", [("FC101", "error")]),  # a day before
        ("The fire broke out Thursday morning at a home on Rile Street.", [("FC101", "error")]),  # after they came
        ("A woman was killed Monday at a home on Rile Street.", []),  # a killing may be found days later
        ("A woman died Thursday at a home on Rile Street.", []),  # a death may come days after its cause
    ],
)
def test_responders_come_when_an_incident_happens(findings_of, incident, expected):
    findings = findings_of(
        {
            "tv": (
                "2023-07-20",
                "One person is dead and three are hurt after a house fire in South Memphis.\n\n" + incident,
            ),
            "paper": (
                "2023-07-20",
                "One person died and three were injured in a house fire in South Memphis.\n\n"
                "Firefighters responded at 11:33 p.m. Tuesday to a reported house fire at 2047 Rile Street.",
            ),
        }
    )
    assert _dates(findings) == expected


@pytest.mark.parametrize(
    "earlier",
    [
        "Officers had been called to the home at 9 p.m. on Sunday, July 16, for a disturbance.",
        "In a separate call, officers responded at 9 p.m. on Sunday, July 16, to a disturbance at the home.",
    ],
)
def test_a_response_told_as_earlier_is_not_held_to_the_incident(findings_of, earlier):
    findings = findings_of(
        {
            "tv": (
                "2023-07-20",
                "One person is dead after a house fire in South Memphis.\n\n"
                "The fire broke out around 11:30 p.m. Tuesday at a home on Rile Street.",
            ),
            "paper": ("2023-07-20", f"One person died in a house fire in South Memphis on Tuesday night.\n\n{earlier}"),
        }
    )
    assert _dates(findings) == []


def test_an_undated_page_at_the_storys_block_in_a_neighbourhood_the_gazetteer_does_not_know_is_of_its_incident(
    findings_of,
):
    dated = "Firefighters were called at 7:52 a.m. to the 3300 block of Kip Street."
    findings = findings_of(
        {
            "paper": (
                "2020-09-05",
                f"A fire killed four people in a Philadelphia rowhouse on Saturday morning.\n\n{dated}",
            ),
            "station": (
                "2020-09-05",
                f"Four people died in a rowhouse fire in Philadelphia Saturday morning.\n\n{dated}",
            ),
            "undated": (
                "",
                "A fire Friday morning killed four in a North Philadelphia rowhouse, officials said.\n\n"
                "The fire was reported at 7:52 a.m. on the 3300 block of Kip Street in the Kensington section.",
            ),
        }
    )
    assert any(rule == "FC101" and "undated.md" in message for rule, _, message in findings)


def test_a_fire_reported_then_and_there_is_the_fire(claims_of):
    claims = claims_of(
        "A fire killed four people in a rowhouse in North Philadelphia on Saturday morning, officials said. "
        "The fire was reported at 7:52 a.m. on the 3300 block of Kip Street.",
        published=dt.date(2020, 9, 5),
    )
    [fire] = [c for c in claims if c["event_type"] == "fire" and c["time_text"]]
    assert (fire["time_value"], fire["place_text"]) == ("2020-09-05T07:52", "the 3300 block of Kip Street")


@pytest.mark.parametrize(
    ("told", "at_odds"),
    [
        ("on Thursday, April 18th", True),
        ("on April 18", True),
        # April 18 was no Friday that year; March 18 is weeks before the story appeared
        ("on Friday, April 18th", False),
        ("on March 18", False),
    ],
)
def test_an_undated_page_that_dates_its_incident_just_before_the_story_appeared_is_of_it(findings_of, told, at_odds):
    findings = findings_of(
        {
            "station": (
                "2019-04-19",
                "Two dead after small plane crash near Brookings airport\n\n"
                "Two people are dead following a plane crash near the Brookings airport, the sheriff said.",
            ),
            "undated": (
                "",
                f"Victims identified in plane crash\n\nThree people died in a plane crash {told} near the airport.",
            ),
        }
    )
    assert any(rule == "FC301" for rule, _, _ in findings) is at_odds


@pytest.mark.parametrize(
    ("other_day", "at_odds"),
    [
        ("on Saturday, May 18", True),
        # a weekday alone may be another incident's; so may another date
        ("on Saturday", False),
        ("on May 11", False),
    ],
)
def test_undated_pages_of_a_story_nobody_dates_are_of_one_incident_when_their_ledes_give_it_one_date(
    findings_of, other_day, at_odds
):
    findings = findings_of(
        {
            "herald": ("", "Man stabbed to death in Glasgow\n\nOne man was stabbed to death in Glasgow on May 18."),
            "courier": (
                "",
                f"Two men stabbed to death in Glasgow\n\nTwo men were stabbed to death in Glasgow {other_day}.",
            ),
        }
    )
    # aligned: their tolls are compared (as of two hours neither page tells, see the next test)
    assert any(rule in ("FC301", "FC302") for rule, _, _ in findings) is at_odds


def test_two_undated_pages_tolls_may_be_of_any_two_hours(findings_of):
    findings = findings_of(
        {
            "herald": ("", "Man killed in Glasgow blast\n\nOne man was killed in a gas blast in Glasgow on May 18."),
            "courier": ("", "Two killed in Glasgow blast\n\nTwo men were killed in a gas blast in Glasgow on May 18."),
        }
    )
    assert [rule for rule, _, _ in findings if rule.startswith("FC30")] == ["FC302"]


@pytest.mark.parametrize(("told", "at_odds"), [("on Wednesday, 26 May", True), ("on Tuesday, 25 May", False)])
def test_an_undated_page_that_dates_its_incident_by_weekday_and_date_is_held_to_the_storys_day(
    findings_of, told, at_odds
):
    findings = findings_of(
        {
            "daily": (
                "2021-05-27",
                "Worker killed in factory accident\n\nA worker was killed in a factory accident in Dandenong on Tuesday.",
            ),
            "trade": (
                "",
                f"Worker killed at factory\n\nA worker was killed in a factory accident in Dandenong {told}.",
            ),
        }
    )
    assert any(rule == "FC101" and "trade.md" in message for rule, _, message in findings) is at_odds


def test_a_verdict_is_not_held_to_the_response_to_the_killing_it_tried(findings_of):
    findings = findings_of(
        {
            "times": (
                "2013-09-27",
                "Man guilty of murder\n\nAn Oklahoma man was found guilty Thursday of murdering an Arkansas woman.",
            ),
            "gazette": (
                "2013-09-27",
                "Man guilty of murder\n\nA jury found an Oklahoma man guilty on Thursday of murdering a woman.\n\n"
                "A deputy arrived on the scene around 3 a.m. April 9 and found a body in the car.",
            ),
        }
    )
    assert _dates(findings) == []


@pytest.mark.parametrize(("weekday", "at_odds"), [("Friday", True), ("Saturday", False)])
def test_the_incident_an_outlet_dates_is_its_storys_incident(findings_of, weekday, at_odds):
    wire = (
        "2022-09-11",
        "Five people are dead after a charter boat capsized off the Kaikoura coast on Saturday morning. "
        "Six others were rescued near Goose Bay, police said.",
    )
    local = (
        "2022-09-11",
        "Five people have died after a boat carrying eleven people capsized near Kaikoura. "
        f"The incident happened at about 10am on {weekday} near Goose Bay, police said.",
    )
    found = _dates(findings_of({"wire": wire, "local": local}))
    assert found == ([("FC101", "error")] if at_odds else [])


@pytest.mark.parametrize(("weekday", "at_odds"), [("Wednesday", True), ("Thursday", False)])
@pytest.mark.parametrize("it_happened", ["It happened", "This all unfolded"])
def test_what_it_happened_tells_is_the_event_told_before(findings_of, weekday, at_odds, it_happened):
    station = (
        "2022-03-18",
        "A 17-year-old riding a bicycle was killed in a drive-by shooting, police said.\n\n"
        f"{it_happened} around 10:30 p.m. {weekday} on the 3200 block of 2nd Street in Kensington.",
    )
    paper = (
        "2022-03-18",
        "A teenager riding his bike was shot and killed around 10 p.m. Thursday night in Kensington, "
        "police said. He was struck several times near 2nd Street and Allegheny Avenue.",
    )
    found = _dates(findings_of({"station": station, "paper": paper}))
    assert found == ([("FC101", "error")] if at_odds else [])


def test_it_told_as_reported_holds_the_place_of_the_news_not_the_event(claims_of):
    claims = claims_of(
        "Fred LaRue, a Nixon aide, was found dead in his room at a Biloxi motel, it was reported Wednesday.",
        published=dt.date(2004, 7, 29),
    )
    assert [c["time_text"] for c in claims if c["time_text"]] == []


def test_it_after_an_event_of_another_kind_is_that_event(claims_of):
    claims = claims_of("The council met on Monday. It took place at City Hall.", published=dt.date(2022, 3, 18))
    assert {c["event_type"] for c in claims} == {"meet"}


def test_the_wounding_in_a_killings_story_told_by_its_deaths_is_its_incident(findings_of):
    station = (
        "2022-10-07",
        "A teenager died after a shooting in Kensington, police said.\n\n"
        "The teen was wounded multiple times on the 3400 block of Palethorp Street shortly before 8 p.m. Thursday.",
    )
    paper = (
        "2022-10-07",
        "A 17-year-old died after a shooting in Kensington.\n\n"
        "Police said the boy suffered gunshot wounds to the chest just before 8 p.m. Wednesday near Palethorp Street.",
    )
    assert _dates(findings_of({"station": station, "paper": paper})) == [("FC101", "error")]


def test_an_incident_told_as_new_is_not_the_storys(findings_of):
    paper = (
        "2019-06-13",
        "U.S. Marshals shot and killed a man in the Frayser neighborhood of Memphis on Wednesday, June 12, "
        "officials said. The man was wanted on warrants.",
    )
    station = (
        "2019-06-13",
        "Marshals shot and killed a man in Frayser on Wednesday. The man was wanted on warrants stemming "
        "from an incident June 3 in Hernando, officials said.",
    )
    assert _dates(findings_of({"paper": paper, "station": station})) == []


def _shooting(published, told):
    return (
        published,
        "A man was killed in a shooting on Prospect Drive early Friday, police said.\n\n"
        f"{told} in the 1800 block of Prospect Drive, police said.",
    )


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("The shooting happened about 2:24 a.m.", "The shooting happened about 4:24 a.m.", [("FC101", "error")]),
        ("The shooting happened about 2:24 a.m.", "The shooting happened around 2:30 a.m.", []),
        ("The shooting happened about 2:24 a.m.", "The shooting happened around 3:15 a.m.", []),  # an hour: rounding
        ("The shooting happened just before midnight", "The shooting happened about 12:20 a.m.", []),  # round the clock
        ("The shooting happened around 2:30", "The shooting happened about 4:24 a.m.", []),  # a.m. or p.m. untold
        ("Officers responded about 1:40 a.m.", "The shooting happened around 4:40 a.m.", [("FC101", "error")]),
        ("Officers responded about 4:50 a.m.", "The shooting happened around 4:40 a.m.", []),
        ("Officers responded about 7 a.m.", "The shooting happened around 4:40 a.m.", []),  # came late, not before
    ],
)
def test_two_clock_times_of_one_shooting_are_at_odds_hours_apart_whatever_the_day(findings_of, first, second, expected):
    findings = findings_of({"tv": _shooting("2017-03-24", first), "paper": _shooting("2017-03-25", second)})
    assert _dates(findings) == expected


_UNDATED_SHOOTING = (
    "",
    "One person was killed and a second wounded in a shooting at an apartment complex Tuesday morning.\n\n"
    "County police responded around 10:12 a.m. to the 7300 block of Elm Ridge Drive, where they found two men shot.",
)


@pytest.mark.parametrize(
    ("weekday", "clock", "at_odds"),
    [
        ("Friday", "about 10 a.m.", True),
        ("Tuesday", "about 10 a.m.", False),
        # one street alone may be another shooting's
        ("Friday", "about 7 a.m.", False),
    ],
)
def test_undated_pages_whose_ledes_share_the_street_and_the_hour_tell_one_incident(
    findings_of, weekday, clock, at_odds
):
    other = (
        "",
        f"A man died {weekday} morning after gunfire broke out at an apartment building, officials said.\n\n"
        f"Officers were sent {clock} to the 7300 block of Elm Ridge Drive.",
    )
    findings = findings_of({"first": _UNDATED_SHOOTING, "other": other})
    assert _dates(findings) == ([("FC101", "error")] if at_odds else [])


_FURTHER_DOWN = (
    "Detectives have appealed for witnesses and for anyone with camera footage of the area to come "
    "forward. A man has been arrested on suspicion of murder and remains in custody for questioning, "
    "the force said in a statement that also thanked residents for their patience. Officers will stay "
    "in the neighbourhood over the coming days to reassure the community, a senior officer added, "
    "asking anyone who is worried to speak to them, and a cordon remains in place around the street "
    "while forensic teams carry out their work.\n\n"
)


@pytest.mark.parametrize(
    ("told", "at_odds"),
    [
        ("at around 6.30pm on Thursday", True),
        ("at around 6.30pm on Wednesday", False),
        # another hour further down may be another stabbing's
        ("at around 2am on Thursday", False),
    ],
)
def test_a_stabbing_told_further_down_at_the_ledes_clock_time_is_the_incident(
    tmp_path, analyse_paths, rules, told, at_odds
):
    title = "Man dies after stabbing in Ancoats"
    articles = {
        "bbc": "A man died after a stabbing on Pollard Street in Ancoats at about 18:30 BST on Wednesday, police said.",
        "metro": _FURTHER_DOWN + f"One man died at the scene in the Ancoats area {told}.",
    }
    for name, body in articles.items():
        (tmp_path / f"{name}.md").write_text(f"---\ntitle: {title}\npublished: 2022-04-21\n---\n{body}\n")
    findings = analyse_paths([tmp_path], rules).findings
    assert [(f.rule, f.severity) for f in findings if f.rule.startswith("FC1")] == (
        [("FC101", "error")] if at_odds else []
    )


def test_an_undated_page_on_the_storys_block_at_another_hour_and_day_of_the_month_is_another_incident(findings_of):
    findings = findings_of(
        {
            "station": (
                "2023-03-15",
                "Two people were shot and killed in Deep Ellum on Wednesday morning, police say.\n\n"
                "Officers were called to the 2800 block of Elm Street shortly before 1 a.m.",
            ),
            "paper": (
                "2023-03-16",
                "Two people were shot and killed at a Deep Ellum bar early Wednesday.\n\n"
                "Dallas police responded to a shooting call in the 2800 block of Elm Street around 1:20 a.m. March 15.",
            ),
            # the same block and toll, a year before: another hour, another day of the month
            "express": (
                "",
                "Two people were killed and three others were injured in a shooting in Deep Ellum on Friday morning."
                "\n\nPolice arrived at the 2800 block of Elm Street, near North Crowdus Street, around 2 a.m. on May 13.",
            ),
        }
    )
    assert [(rule, severity) for rule, severity, _ in findings if severity != "info"] == []


@pytest.mark.parametrize(
    ("victim", "at_odds"),
    [
        ("Ruben Garcia, 34,", True),
        # another man, or one named without his age: perhaps another shooting at the same complex
        ("Mario Ortiz, 41,", False),
        ("Ruben Garcia", False),
    ],
)
def test_an_undated_page_that_names_the_storys_victim_and_his_age_is_of_its_incident(findings_of, victim, at_odds):
    findings = findings_of(
        {
            "release": (
                "2023-11-22",
                "Police release body camera video of officer shooting at Winston Square Apartments\n\n"
                "The officer-involved shooting occurred October 23 at the Winston Square Apartments on the "
                "Southwest Side.\n\nRuben Garcia, 34, was shot by an officer after a brief foot chase.",
            ),
            "radio": (
                "",
                "Police release body camera footage of officer-involved shooting\n\n"
                "Police are releasing body camera footage of an officer-involved shooting that took place "
                "October 25, 2023.\n\n"
                f"{victim} was shot by an officer after a brief foot chase at the Winston Square Apartments.",
            ),
        }
    )
    assert any(rule == "FC101" for rule, _, _ in findings) is at_odds
