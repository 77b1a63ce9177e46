"""Canonical entity ids: spelling folded, aliases applied, variant spellings merged.

Two spellings merge when they are close (rapidfuzz) and one only doubles a letter or adds a
vowel, as variant transliterations do ("Zelensky" and "Zelenskyy", "Gadafi" and "Gaddafi").
Names that change a letter ("Iran" and "Iraq", "Merkel" and "Merbel", "Dorran" and "Dorrin") or
a number ("Chang'e-6" and "Chang'e-8", "Galaxy S23" and "Galaxy S24") are different things,
however similar the strings; spellings that differ that way belong in the aliases rule file.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from rapidfuzz import fuzz

from factcheck.rules import Rules
from factcheck.text import numbers_in

SIMILARITY = 80  # rapidfuzz ratio (0-100) at which two spellings of one skeleton are one name
COUNTRY_DEPTH = 2  # the gazetteer's level of countries (world, continent, country)
MIN_FUZZY_LENGTH = 6  # shorter names carry too little to tell a variant from another name ("Sudan", "Sedan")
_VOWELS = re.compile(r"[aeiouy]")
_DOUBLED = re.compile(r"(.)\1+")


def canonical_ids(names: Iterable[str], rules: Rules) -> dict[str, str]:
    """Map each name to its canonical id."""
    counts = Counter(names)
    keys = {name: rules.canonical(name) for name in counts}
    key_counts: Counter = Counter()
    for name, count in counts.items():
        key_counts[keys[name]] += count
    merged = _merge_similar(sorted(key_counts), key_counts)
    qualified = _country_qualified(merged, rules)
    return {name: qualified.get(merged[key], merged[key]) for name, key in keys.items()}


def _country_qualified(merged: dict[str, str], rules: Rules) -> dict[str, str]:
    """A name an outlet qualifies with its country ("US Food and Drug Administration") is the
    name without it ("Food and Drug Administration") where the corpus also says that: id ->
    the unqualified id. The rest must keep two words ("British Airways" is no "Airways")."""
    ids = set(merged.values())
    unqualified = {}
    for key in ids:
        words = key.split()
        for cut in (1, 2):
            rest = " ".join(words[cut:])
            if len(words) - cut >= 2 and rest in ids and _is_country(" ".join(words[:cut]), rules):
                unqualified[key] = rest
                break
    return unqualified


def _is_country(name: str, rules: Rules) -> bool:
    place = rules.gazetteer.lookup(name)
    return place is not None and rules.gazetteer.depth(place) == COUNTRY_DEPTH


def _merge_similar(keys: list[str], counts: Counter) -> dict[str, str]:
    parent = {key: key for key in keys}

    def find(key: str) -> str:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    # Only spellings with one skeleton can merge, so the skeleton is an exact blocking key.
    by_skeleton: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        by_skeleton[_skeleton(key)].append(key)
    for group in by_skeleton.values():
        for i, left in enumerate(group):
            for right in group[i + 1 :]:
                if numbers_in(left) != numbers_in(right) or find(left) == find(right):
                    continue
                # A variant spelling changes a letter, not a syllable ("Niger" is not "Nigeria").
                if (
                    min(len(left), len(right)) >= MIN_FUZZY_LENGTH
                    and _only_added_vowels(left, right)
                    and fuzz.ratio(left, right) >= SIMILARITY
                ):
                    a, b = sorted((find(left), find(right)), key=lambda k: (-counts[k], k))
                    parent[b] = a
    return {key: find(key) for key in keys}


def _only_added_vowels(left: str, right: str) -> bool:
    """Whether, doubled letters made single, one spelling's vowels are the other's with some added."""
    shorter, longer = sorted((_VOWELS.findall(_DOUBLED.sub(r"\1", name)) for name in (left, right)), key=len)
    remaining = iter(longer)
    return all(vowel in remaining for vowel in shorter)


def _skeleton(name: str) -> str:
    """The name's consonants, doubled letters single: what transliterations keep."""
    consonants = _VOWELS.sub("", name)
    return _DOUBLED.sub(r"\1", consonants)
