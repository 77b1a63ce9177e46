"""Grouping profiles by similarity: TF-IDF cosine on shared rare features, then average linkage.

Pairs are only scored when they share a feature that is rare in the corpus (an inverted index,
never all pairs), and groups join while the mean similarity of all their cross pairs reaches the
threshold: one article similar to two groups does not chain them, as it would in single linkage.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence

Span = tuple[int, int]  # (latest first day, earliest last day) as ordinals


def weigh(
    profiles: Sequence[Counter[str]], boost: Callable[[str], float], max_frequency: int, keep: int = 0
) -> list[dict[str, float]]:
    """Each profile as a unit vector of (1 + log tf) * idf * boost(feature), without the
    features more than `max_frequency` profiles hold (they tell no incident from another), and
    of the rest only the `keep` weightiest (all when 0): they carry the similarity, and the
    long tail only multiplies the pairs to score."""
    frequency: Counter[str] = Counter()
    for profile in profiles:
        frequency.update(profile.keys())
    total = len(profiles)
    vectors = []
    for profile in profiles:
        vector = {
            feature: (1 + math.log(count)) * (1 + math.log((1 + total) / (1 + frequency[feature]))) * boost(feature)
            for feature, count in profile.items()
            if frequency[feature] <= max_frequency
        }
        if keep and len(vector) > keep:
            vector = dict(sorted(vector.items(), key=lambda item: (-item[1], item[0]))[:keep])
        norm = math.sqrt(sum(weight * weight for weight in vector.values())) or 1.0
        vectors.append({feature: weight / norm for feature, weight in vector.items()})
    return vectors


def similarities(vectors: Sequence[dict[str, float]]) -> dict[tuple[int, int], float]:
    """Cosine similarity of each pair (a < b) that shares a feature."""
    postings: dict[str, list[int]] = defaultdict(list)
    for row, vector in enumerate(vectors):
        for feature in vector:
            postings[feature].append(row)
    scores: dict[tuple[int, int], float] = defaultdict(float)
    for feature, rows in postings.items():
        for i, a in enumerate(rows):
            weight = vectors[a][feature]
            for b in rows[i + 1 :]:
                scores[a, b] += weight * vectors[b][feature]
    return dict(scores)


def average_linkage(
    scores: dict[tuple[int, int], float], threshold: float, spans: Sequence[Span | None], max_gap: int
) -> list[int]:
    """A group number per item: groups merge, best first, while their mean pair score reaches
    the threshold (pairs without a score count as 0) and their items' times stay within
    `max_gap` days of each other (an item's span is its (first, last) day, None if unknown)."""
    groups = _Groups(scores, spans)
    heap = [(-score, a, b) for (a, b), score in scores.items() if score >= threshold]
    heapq.heapify(heap)
    while heap:
        negative, a, b = heapq.heappop(heap)
        if groups.mean(a, b) != -negative:
            continue  # stale: a side was merged away or has grown since this entry was pushed
        joined = _join(groups.bounds[a], groups.bounds[b])
        if joined is not None and joined[0] - joined[1] > max_gap:
            continue  # one story does not span incidents months apart
        kept = groups.merge(a, b, joined)
        for other in groups.links[kept]:
            mean = groups.mean(kept, other)
            if mean >= threshold:
                heapq.heappush(heap, (-mean, min(kept, other), max(kept, other)))
    return groups.group


class _Groups:
    """Groups of items with the summed scores between each two groups."""

    def __init__(self, scores: dict[tuple[int, int], float], spans: Sequence[Span | None]):
        self.group = list(range(len(spans)))
        self.members: dict[int, list[int]] = {i: [i] for i in range(len(spans))}
        self.bounds: dict[int, Span | None] = dict(enumerate(spans))
        self.links: dict[int, dict[int, float]] = defaultdict(dict)  # group -> other group -> summed score
        for (a, b), score in scores.items():
            self.links[a][b] = self.links[b][a] = score

    def mean(self, a: int, b: int) -> float | None:
        """The mean pair score between two live groups, None if either was merged away."""
        if a not in self.members or b not in self.members or b not in self.links[a]:
            return None
        return self.links[a][b] / (len(self.members[a]) * len(self.members[b]))

    def merge(self, a: int, b: int, bounds: Span | None) -> int:
        """Join the two groups under the one with more links (fewer to move), and return it."""
        if len(self.links[a]) < len(self.links[b]):
            a, b = b, a
        self.bounds[a] = bounds
        merged = self.members.pop(b)
        self.members[a].extend(merged)
        for item in merged:
            self.group[item] = a
        for other, summed in self.links.pop(b).items():
            del self.links[other][b]
            if other != a:
                self.links[a][other] = self.links[other][a] = self.links[a].get(other, 0.0) + summed
        return a


def _join(a: Span | None, b: Span | None) -> Span | None:
    """The latest first day and the earliest last day of two groups: how far apart they lie."""
    if a is None or b is None:
        return a or b
    return max(a[0], b[0]), min(a[1], b[1])
