"""An article's profile: stems, figures, names."""

from factcheck.rules import load_rules
from factcheck.stories.profile import claim_features, stem, word_features


def test_inflections_share_a_stem():
    assert stem("shooting") == stem("shootings") == stem("shoots") == "shoot"
    assert stem("injuries") == "injury"
    assert stem("Reid’s") == "reid"


def test_words_and_figures_but_not_function_words():
    settings = load_rules().stories
    features = word_features("The quake of magnitude 6.1 killed 1,200 people and said 3", settings)
    assert {"w:quake", "w:magnitude", "w:kill", "#6.1", "#1200"} <= set(features)
    assert "w:the" not in features and "w:said" not in features and "#3" not in features


def test_a_name_and_each_of_its_words_are_features():
    features = claim_features([("Tara Reid", "PERSON"), ("the rehab", "NOMINAL")], "geo:1", None, None, {"the"})
    assert {"n:tara reid", "t:tara", "t:reid", "p:geo:1"} == set(features)


def test_dates_give_their_year_and_their_day():
    assert set(claim_features([], None, "2024-05-03", "day", set())) == {"y:2024", "d:2024-05-03"}
    assert set(claim_features([], None, "2023-01-01", "year", set())) == {"y:2023"}
    assert set(claim_features([], None, "2023-01-01", "decade", set())) == set()
