"""An article's profile: stems, figures, names."""

import numpy as np
import pandas as pd
import pytest

from factcheck.rules import load_rules
from factcheck.stories import _corners_apart
from factcheck.stories.claim_features import claim_features
from factcheck.stories.profile import stem, street_features, word_features
from factcheck.stories.sparse import tally


def test_inflections_share_a_stem():
    assert stem("shooting") == stem("shootings") == stem("shoots") == "shoot"
    assert stem("injuries") == "injury"
    assert stem("Reid’s") == "reid"


def test_words_and_figures_but_not_function_words():
    settings = load_rules().stories
    features = word_features("The quake of magnitude 6.1 killed 1,200 people and said 3", settings)
    assert {"w:quake", "w:magnitude", "w:kill", "#6.1", "#1200"} <= set(features)
    assert "w:the" not in features and "w:said" not in features and "#3" not in features


def claims(*rows: tuple, published: str | None = None) -> pd.DataFrame:
    """Claims of (participants as (name, kind) pairs, place, date's begin, its granularity); a
    date's interval ends where it begins, which is enough for what is recalled."""
    return pd.DataFrame(
        {
            "participants": [[name for name, _ in people] for people, *_ in rows],
            "participant_kinds": [[kind for _, kind in people] for people, *_ in rows],
            "place_key": pd.array([place for _, place, _, _ in rows], dtype="string"),
            "time_begin": pd.array([begin for *_, begin, _ in rows], dtype="string"),
            "time_until": pd.array([begin for *_, begin, _ in rows], dtype="string"),
            "time_value": pd.array([begin for *_, begin, _ in rows], dtype="string"),
            "time_granularity": pd.array([granularity for *_, granularity in rows], dtype="string"),
            "published": pd.array([published] * len(rows), dtype="string"),
        }
    )


def test_a_name_and_each_of_its_words_are_features():
    rows, features = claim_features(
        claims(([("Tara Reid", "PERSON"), ("the rehab", "NOMINAL")], "geo:1", None, None)), {"the"}, 90
    )
    assert features == ["n:tara reid", "t:tara", "t:reid", "p:geo:1"] and rows.tolist() == [0, 0, 0, 0]


def test_dates_give_their_year_and_their_day():
    rows, features = claim_features(
        claims(([], None, "2024-05-03", "day"), ([], None, "2023-01-01", "year"), ([], None, "2023-01-01", "decade")),
        set(),
        90,
    )
    assert list(zip(rows.tolist(), features)) == [(0, "y:2024"), (0, "d:2024-05-03"), (1, "y:2023")]


def test_a_day_is_the_day_the_article_names_not_the_night_before_it_may_begin():
    # "early Saturday" (2024-01-13) begins late on Friday for an outlet that tells it so.
    early = claims(([], None, "2024-01-13", "day")).assign(time_begin=pd.array(["2024-01-12"], dtype="string"))
    assert claim_features(early, set(), 90)[1] == ["y:2024", "d:2024-01-13"]


def test_each_claim_s_features_come_together_in_the_claims_order():
    rows, features = claim_features(
        claims(([("Ann Lee", "PERSON")], "geo:2", "2024-05-03", "day"), ([("Bo", "PERSON")], None, None, None)),
        set(),
        90,
    )
    assert list(zip(rows.tolist(), features)) == [
        (0, "n:ann lee"),
        (0, "t:ann"),
        (0, "t:lee"),
        (0, "p:geo:2"),
        (0, "y:2024"),
        (0, "d:2024-05-03"),
        (1, "n:bo"),
    ]


def test_a_claim_dated_long_before_its_article_says_nothing_of_its_story():
    rows, features = claim_features(
        claims(
            ([("Ann Lee", "PERSON")], "geo:1", "2024-05-03", "day"),
            ([("Bo Day", "PERSON")], "geo:2", "2019-06-01", "day"),
            published="2024-05-04",
        ),
        set(),
        90,
    )
    assert set(rows.tolist()) == {0} and "n:bo day" not in features and "p:geo:2" not in features


def test_a_crossing_gives_both_its_streets_however_each_outlet_writes_them():
    streets = load_rules().gazetteer.streets
    corner = street_features("on the corner of Delver & Alberts streets in downtown Johannesburg", streets)
    assert {name for name in corner if name.startswith("s:")} == {"s:delver", "s:albert"}
    assert set(street_features("People have gathered on Albert Street", streets)) <= set(corner)


def test_crossings_of_one_avenue_are_two_scenes_unless_spelled_two_ways_or_next_to_each_other():
    streets = load_rules().gazetteer.streets
    texts = [
        "at 55th and Prospect",
        "near 63rd and Prospect",
        "at Barnes Bridge Road and El Capitan Drive",
        "at Barnes Ridge Road and El Capitan Drive",
        "at SW 223 Street and SW 115 Avenue",
        "at Southwest 222nd Street and 115th Avenue",
    ]
    profiles = tally(
        len(texts),
        np.asarray([row for row, text in enumerate(texts) for _ in street_features(text, streets)]),
        [feature for text in texts for feature in street_features(text, streets)],
        np.ones(sum(len(street_features(text, streets)) for text in texts)),
    )
    apart = _corners_apart(profiles, np.asarray([0, 2, 4]), np.asarray([1, 3, 5]))
    assert apart.tolist() == [True, False, False]


@pytest.mark.parametrize(
    "other",
    [
        "at NE 23rd and MLK Avenue",
        "near M.L.K. Jr. Blvd. and 23rd Street",
        "at Martin Luther King Jr. Boulevard and NE 23rd Street",
    ],
)
def test_a_street_named_for_a_person_is_one_street_by_its_initials(other):
    streets = load_rules().gazetteer.streets
    told = street_features("in the area of Martin Luther King Boulevard and NE 23rd Street", streets)
    assert set(street_features(other, streets)) == set(told) == {"s:23", "s:mlk", "c:23+mlk"}
