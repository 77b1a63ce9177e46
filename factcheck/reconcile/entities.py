"""Canonical entity ids: spelling folded, aliases applied, near-identical spellings merged.

Names that differ in a number are never merged: "Chang'e-6" and "Chang'e-8" are different
missions however similar the strings, and so are "Galaxy S23" and "Galaxy S24".
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Iterable

from rapidfuzz import fuzz

from factcheck.rules import Rules
from factcheck.text import numbers_in

SIMILARITY = 92          # rapidfuzz ratio (0-100) at which two spellings are one name
_MAX_TOKEN_BLOCK = 200   # a token shared by more names than this is too common to block on


def canonical_ids(names: Iterable[str], rules: Rules) -> dict[str, str]:
    """Map each name to its canonical id."""
    counts = Counter(names)
    keys = {name: rules.canonical(name) for name in counts}
    key_counts: Counter = Counter()
    for name, count in counts.items():
        key_counts[keys[name]] += count
    merged = _merge_similar(sorted(key_counts), key_counts)
    return {name: merged[key] for name, key in keys.items()}


def _merge_similar(keys: list[str], counts: Counter) -> dict[str, str]:
    parent = {key: key for key in keys}

    def find(key: str) -> str:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    by_token: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        for token in set(key.split()):
            by_token[token].append(key)
    for token, group in sorted(by_token.items()):
        if len(group) > _MAX_TOKEN_BLOCK:
            continue
        for i, left in enumerate(group):
            for right in group[i + 1:]:
                if numbers_in(left) != numbers_in(right) or find(left) == find(right):
                    continue
                if min(len(left), len(right)) >= 5 and fuzz.ratio(left, right) >= SIMILARITY:
                    a, b = sorted((find(left), find(right)), key=lambda k: (-counts[k], k))
                    parent[b] = a
    return {key: find(key) for key in keys}
