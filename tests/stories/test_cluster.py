"""Grouping by similarity: average linkage, the time bound, and rare features only."""

from collections import Counter

import numpy as np

from factcheck.stories.cluster import Reference, average_linkage, similarities, weigh
from factcheck.stories.sparse import tally


def profiles_of(counters: list[Counter]):
    rows = np.repeat(np.arange(len(counters)), [len(counter) for counter in counters])
    features = [feature for counter in counters for feature in counter]
    return tally(len(counters), rows, features, np.array([n for counter in counters for n in counter.values()]))


def test_one_item_similar_to_two_groups_does_not_chain_them():
    # 0-1 and 3-4 are two tight groups; 2 (a round-up) resembles one member of each.
    scores = {(0, 1): 0.9, (3, 4): 0.9, (1, 2): 0.5, (2, 3): 0.5}
    groups = average_linkage(scores, 0.3, [None] * 5, 30)
    assert groups[0] == groups[1] and groups[3] == groups[4]
    assert groups[0] != groups[3]


def test_a_round_up_much_like_two_groups_that_share_nothing_does_not_join_them():
    # 0-1 and 3-4 share nothing; 2 (a round-up) is much like all four. Their means reach the
    # threshold through 2 alone, but most of their pairs are unrelated.
    scores = {(0, 1): 0.6, (3, 4): 0.6, (0, 2): 0.6, (1, 2): 0.6, (2, 3): 0.6, (2, 4): 0.6}
    assert len(set(average_linkage(scores, 0.1, [None] * 5, 30))) == 1
    groups = average_linkage(scores, 0.1, [None] * 5, 30, min_linked=0.4)
    assert groups[0] == groups[1] and groups[3] == groups[4] and groups[0] != groups[3]


def test_groups_join_while_their_mean_score_reaches_the_threshold():
    scores = {(0, 1): 0.8, (1, 2): 0.6, (0, 2): 0.5}
    assert len(set(average_linkage(scores, 0.5, [None] * 3, 30))) == 1
    assert len(set(average_linkage(scores, 0.7, [None] * 3, 30))) == 2


def test_items_published_too_far_apart_never_join():
    scores = {(0, 1): 0.9}
    assert len(set(average_linkage(scores, 0.3, [(100, 100), (200, 200)], 30))) == 2
    assert len(set(average_linkage(scores, 0.3, [(100, 100), (120, 120)], 30))) == 1
    assert len(set(average_linkage(scores, 0.3, [(100, 100), None], 30))) == 1


def test_groups_that_hold_a_pair_kept_apart_never_join_whatever_links_them():
    # 0 and 2 report two incidents; 1 is much like both, and 1 and 2 are one group already.
    scores = {(0, 1): 0.9, (1, 2): 0.8, (0, 2): 0.4}
    assert len(set(average_linkage(scores, 0.3, [None] * 3, 30))) == 1
    groups = average_linkage(scores, 0.3, [None] * 3, 30, apart=[(0, 2)])
    assert groups[0] != groups[2]
    assert groups[1] in (groups[0], groups[2])


def test_a_feature_most_documents_hold_weighs_nothing():
    profiles = [Counter({"w:police": 1, "w:reid": 1}), Counter({"w:police": 1, "w:lohan": 1}), Counter({"w:police": 1})]
    vectors = weigh(profiles_of(profiles), lambda feature: 1.0, max_frequency=2)
    assert all("w:police" not in vector for vector in vectors.dicts())
    assert all(len(scored) == 0 for scored in similarities(vectors))


def test_shared_rare_features_make_similar_documents():
    profiles = [Counter({"w:reid": 2, "w:rehab": 1}), Counter({"w:reid": 1, "w:rehab": 1}), Counter({"w:lohan": 1})]
    left, right, scores = similarities(weigh(profiles_of(profiles), lambda feature: 1.0, max_frequency=2))
    assert (left.tolist(), right.tolist()) == ([0], [1]) and scores[0] > 0.9


def test_of_more_features_than_kept_a_profile_keeps_the_weightiest():
    profiles = [Counter({"w:reid": 3, "w:rehab": 1, "w:lohan": 2}), Counter({"w:reid": 1}), Counter({"w:lohan": 1})]
    vectors = weigh(profiles_of(profiles), lambda feature: 1.0, max_frequency=3, keep=2).dicts()
    assert list(vectors[0]) == ["w:reid", "w:lohan"]
    assert abs(sum(weight * weight for weight in vectors[0].values()) - 1) < 1e-9


def test_a_word_common_in_the_reference_news_weighs_less_in_a_small_corpus():
    # Three articles share both words; only the reference knows "police" is in most news.
    profiles = profiles_of([Counter({"w:police": 1, "w:rosebank": 1})] * 3)
    reference = Reference(documents=1000, counts={"w:police": 600}, weight=970.0)
    [vector, *_] = weigh(profiles, lambda feature: 1.0, max_frequency=10, reference=reference).dicts()
    assert vector["w:rosebank"] > 2 * vector["w:police"]
    [alone, *_] = weigh(profiles, lambda feature: 1.0, max_frequency=10).dicts()
    assert alone["w:rosebank"] == alone["w:police"]


def test_a_feature_only_one_document_holds_does_not_dilute_its_similarity():
    # The first article's many words of its own make it no less like the second.
    plain = [Counter({"w:reid": 1, "w:rehab": 1}), Counter({"w:reid": 1, "w:rehab": 1})]
    wordy = [plain[0] + Counter({f"w:own{n}": 1 for n in range(20)}), plain[1]]
    [wordy_vector, _] = weigh(profiles_of(wordy), lambda feature: 1.0, max_frequency=2).dicts()
    assert set(wordy_vector) == {"w:reid", "w:rehab"}
    scores = [similarities(weigh(profiles_of(p), lambda feature: 1.0, max_frequency=2))[2] for p in (plain, wordy)]
    assert np.allclose(scores[0], scores[1])
