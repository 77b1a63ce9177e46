"""An article's profile: what it says about which incident it reports.

Features are the content words of its title and lede, folded to a crude stem ("w:shoot"), the
names and places its claims give ("n:tara reid", "p:geonames:5368361") and the incident days it
states ("d:2013-06-13"). Counts only; the corpus weighs them by rarity.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from factcheck.rules.stories import StorySettings
from factcheck.text import normalise_name

_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’\-](?=[^\W\d_]))*")
_FIGURE = re.compile(r"(?<![\w.])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w])|(?<![\w.,])\d+(?:\.\d+)?(?![\w])")
_NAMED_KINDS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART", "PROPN"})
# Longest first: "shootings" loses "s" only after "ings" had its chance.
_SUFFIXES = ("ings", "ing", "ies", "ied", "ed", "es", "s")


def stem(word: str) -> str:
    """A crude stem: "shooting", "shootings" and "shoots" all give "shoot"."""
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            return word + "y" if suffix in ("ies", "ied") else word
    return word


def lede(title: str | None, paragraphs: Iterable[str], words: int) -> str:
    """The title and the first `words` words of the article."""
    taken, count = [], 0
    for paragraph in paragraphs:
        if count >= words:
            break
        taken.append(paragraph)
        count += len(paragraph.split())
    return "\n".join(([title] if title else []) + taken)


def word_features(text: str, settings: StorySettings) -> Counter[str]:
    """Content words by stem, and figures ("#137", "#2.6"): a figure both articles give is a
    strong sign of one incident."""
    features: Counter[str] = Counter()
    for match in _WORD.finditer(text):
        word = match.group().lower()
        if len(word) > 2 and word not in settings.stopwords:
            features["w:" + stem(word)] += 1
    for match in _FIGURE.finditer(text):
        figure = match.group().replace(",", "")
        if "." in figure or float(figure) >= 10:  # "3 people" is common, "6.1" and "137" are not
            features["#" + figure] += 1
    return features


def claim_features(
    names: Iterable[tuple[str, str]], places: Iterable[str], dates: Iterable[tuple[str, str]], stopwords: set[str]
) -> Counter[str]:
    """Features from a document's claims: (name, kind) pairs, place keys and (first day,
    granularity) of their dates: the year of each, and the day where one is given."""
    features: Counter[str] = Counter()
    for name, kind in names:
        key = normalise_name(name)
        if kind in _NAMED_KINDS and key:
            features["n:" + key] += 1
            # "Tara Reid" later called "Reid": each word of a name is a feature too.
            if " " in key:
                features.update("t:" + word for word in key.split() if len(word) > 2 and word not in stopwords)
    features.update("p:" + place for place in places if place)
    for begin, granularity in dates:
        features["y:" + begin[:4]] += 1
        if granularity == "day":
            features["d:" + begin] += 1
    return features
