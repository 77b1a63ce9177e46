"""Grouping profiles by similarity: TF-IDF cosine on shared rare features, then average linkage.

Pairs are only scored when they share a feature that is rare in the corpus (an inverted index,
never all pairs), and groups join while the mean similarity of all their cross pairs reaches the
threshold: one article similar to two groups does not chain them, as it would in single linkage.
"""

from __future__ import annotations

import heapq
import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from factcheck.stories.sparse import Sparse

Span = tuple[int, int]  # (latest first day, earliest last day) as ordinals


@dataclass(frozen=True)
class Reference:
    """A reference corpus for rarity: its article count, in how many of them each feature
    appears, and how many articles it counts for beside the corpus weighed."""

    documents: int = 0
    counts: Mapping[str, int] = field(default_factory=dict)
    weight: float = 0.0
    kind: str = "w:"  # the features it counts


def weigh(
    profiles: Sparse,
    boost: Callable[[str], float],
    max_frequency: int,
    keep: int = 0,
    reference: Reference = Reference(),
    alone_weight: float = 0.0,
) -> Sparse:
    """Each profile as a unit vector of (1 + log tf) * idf * boost(feature), without the
    features more than `max_frequency` profiles hold (they tell no incident from another), and
    of the rest only the `keep` weightiest (all when 0): they carry the similarity, and the
    long tail only multiplies the pairs to score. The idf counts the reference corpus's
    articles beside the profiles: a word common in news is common in three articles too. A
    feature only one profile holds makes it like no other and dilutes what it shares: it
    counts `alone_weight` times its weight (in a corpus of a few articles, what one article
    alone says is much of how it differs from the others)."""
    frequency = np.bincount(profiles.feature, minlength=len(profiles.names))
    held_by = frequency[profiles.feature]
    rare = profiles.take((held_by <= max_frequency) & ((held_by > 1) | (alone_weight > 0)))
    total, names = profiles.rows, rare.names
    # Only the kind of feature the reference counts (its words) is weighed against it: a name or
    # a year that every article of a small corpus shares is no rarer for the reference not having it.
    held, articles = frequency[rare.feature].astype(float), np.full(len(rare.feature), float(total))
    if reference.documents:
        features = pd.Series(names, dtype=object)
        counted = features.str.startswith(reference.kind).to_numpy(dtype=bool)[rare.feature]
        share = reference.weight / reference.documents
        held += features.map(reference.counts).fillna(0).to_numpy(dtype=float)[rare.feature] * share
        articles[counted] += reference.weight
    weight = (
        _each(rare.value, lambda count: 1 + math.log(count))
        * _each((1 + articles) / (1 + held), lambda rarity: 1 + math.log(rarity))
        * _each(rare.feature, lambda code: boost(names[code]))
        * np.where(frequency[rare.feature] > 1, 1.0, alone_weight)
    )
    vectors = Sparse(total, names, rare.row, rare.feature, weight)
    if keep:
        vectors = vectors.take(_weightiest(vectors, keep))
    norm = np.sqrt(np.bincount(vectors.row, weights=vectors.value * vectors.value, minlength=total))
    norm[norm == 0] = 1.0
    return Sparse(total, names, vectors.row, vectors.feature, vectors.value / norm[vectors.row])


def _each(values: np.ndarray, function: Callable) -> np.ndarray:
    """The function of each value, called once per distinct value (Python's own `math.log`, so
    the weights do not depend on numpy's)."""
    distinct, inverse = np.unique(values, return_inverse=True)
    return np.array([function(value) for value in distinct.tolist()], dtype=float)[inverse]


def _weightiest(vectors: Sparse, keep: int) -> np.ndarray:
    """The entries of each row's `keep` weightiest features (heaviest first, ties by name) where
    it has more, else of all its features as they were given."""
    starts = vectors.starts()
    given = np.arange(len(vectors.row)) - starts[vectors.row]
    long = (starts[1:] - starts[:-1])[vectors.row] > keep
    if not long.any():
        return np.arange(len(vectors.row))
    ranked = np.unique(vectors.feature[long])
    alphabetical = np.zeros(len(vectors.names), dtype=np.int64)
    alphabetical[sorted(ranked.tolist(), key=vectors.names.__getitem__)] = np.arange(len(ranked))
    heaviest = np.lexsort((alphabetical[vectors.feature], -vectors.value, vectors.row))
    place = np.empty_like(given)
    place[heaviest] = np.arange(len(heaviest)) - starts[vectors.row[heaviest]]
    position = np.where(long, place, given)
    kept = np.flatnonzero(position < keep)
    return kept[np.lexsort((position[kept], vectors.row[kept]))]


def similarities(vectors: Sparse) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Cosine similarity of each pair of rows (a < b) that shares a feature, as arrays of a, b
    and the score: the products of the weights of the features they share, summed feature by
    feature in the order the features were first given (an inverted index, never all pairs)."""
    first = np.full(len(vectors.names), len(vectors.row))
    np.minimum.at(first, vectors.feature, np.arange(len(vectors.row)))
    posted = np.lexsort((vectors.row, first[vectors.feature]))
    feature, row, weight = vectors.feature[posted], vectors.row[posted], vectors.value[posted]
    # Each entry pairs with the entries after it in its feature's postings.
    boundaries = np.flatnonzero(np.diff(feature)) + 1
    ends = np.repeat(np.append(boundaries, len(feature)), np.diff(np.concatenate(([0], boundaries, [len(feature)]))))
    partners = ends - np.arange(len(feature)) - 1
    left = np.repeat(np.arange(len(feature)), partners)
    right = left + 1 + np.arange(len(left)) - np.repeat(np.cumsum(partners) - partners, partners)
    pairs, keys = pd.factorize(row[left] * np.int64(vectors.rows) + row[right])
    # (astype: numpy counts no weights at all in ints)
    scores = np.bincount(pairs, weights=weight[left] * weight[right], minlength=len(keys)).astype(float)
    return keys // vectors.rows, keys % vectors.rows, scores


def average_linkage(
    scores: dict[tuple[int, int], float],
    threshold: float,
    spans: Sequence[Span | None],
    max_gap: int,
    min_linked: float = 0.0,
    apart: Iterable[tuple[int, int]] = (),
) -> list[int]:
    """A group number per item: groups merge, best first, while their mean pair score reaches
    the threshold (pairs without a score count as 0), at least `min_linked` of their pairs
    have a score (one round-up article much like two groups that share nothing does not join
    them), their items' times stay within `max_gap` days of each other (an item's span is
    its (first, last) day, None if unknown), and no pair of their items is `apart`."""
    groups = _Groups(scores, spans, apart)
    heap = [(-score, a, b) for (a, b), score in scores.items() if score >= threshold]
    heapq.heapify(heap)
    while heap:
        negative, a, b = heapq.heappop(heap)
        if groups.mean(a, b) != -negative:
            continue  # stale: a side was merged away or has grown since this entry was pushed
        if groups.linked_share(a, b) < min_linked or b in groups.apart[a]:
            continue
        joined = _join(groups.bounds[a], groups.bounds[b])
        if joined is not None and joined[0] - joined[1] > max_gap:
            continue  # one story does not span incidents months apart
        kept = groups.merge(a, b, joined)
        for other, mean in groups.means(kept):
            if mean >= threshold:
                heapq.heappush(heap, (-mean, min(kept, other), max(kept, other)))
    return groups.group


class _Groups:
    """Groups of items with the summed scores between each two groups."""

    def __init__(
        self, scores: dict[tuple[int, int], float], spans: Sequence[Span | None], apart: Iterable[tuple[int, int]]
    ):
        self.group = list(range(len(spans)))
        self.apart: dict[int, set[int]] = defaultdict(set)  # group -> the groups it may never join
        for a, b in apart:
            self.apart[a].add(b)
            self.apart[b].add(a)
        self.members: dict[int, list[int]] = {i: [i] for i in range(len(spans))}
        self.bounds: dict[int, Span | None] = dict(enumerate(spans))
        self.links: dict[int, dict[int, float]] = defaultdict(dict)  # group -> other group -> summed score
        self.pairs: dict[int, dict[int, int]] = defaultdict(dict)  # group -> other group -> scored pairs
        for (a, b), score in scores.items():
            self.links[a][b] = self.links[b][a] = score
            self.pairs[a][b] = self.pairs[b][a] = 1

    def mean(self, a: int, b: int) -> float | None:
        """The mean pair score between two live groups, None if either was merged away."""
        if a not in self.members or b not in self.members or b not in self.links[a]:
            return None
        return self.links[a][b] / (len(self.members[a]) * len(self.members[b]))

    def linked_share(self, a: int, b: int) -> float:
        """The share of the two live groups' pairs that have a score."""
        return self.pairs[a][b] / (len(self.members[a]) * len(self.members[b]))

    def means(self, a: int) -> Iterator[tuple[int, float]]:
        """Each group linked to a live group, with the mean pair score between the two."""
        size, members = len(self.members[a]), self.members
        return ((other, summed / (size * len(members[other]))) for other, summed in self.links[a].items())

    def merge(self, a: int, b: int, bounds: Span | None) -> int:
        """Join the two groups under the one with more links (fewer to move), and return it."""
        if len(self.links[a]) < len(self.links[b]):
            a, b = b, a
        self.bounds[a] = bounds
        merged = self.members.pop(b)
        self.members[a].extend(merged)
        for item in merged:
            self.group[item] = a
        for other in self.apart.pop(b, set()):
            self.apart[other].discard(b)
            self.apart[other].add(a)
            self.apart[a].add(other)
        for table in (self.links, self.pairs):
            ours = table[a]
            for other, summed in table.pop(b).items():
                theirs = table[other]
                del theirs[b]
                if other != a:
                    ours[other] = theirs[a] = ours.get(other, 0) + summed
        return a


def _join(a: Span | None, b: Span | None) -> Span | None:
    """The latest first day and the earliest last day of two groups: how far apart they lie."""
    if a is None or b is None:
        return a or b
    return max(a[0], b[0]), min(a[1], b[1])
