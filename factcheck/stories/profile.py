"""An article's profile: what it says about which incident it reports.

Features are the content words of its title and lede, folded to a crude stem ("w:shoot"), the
streets they name ("s:halsted"), the ages they give ("a:42"), and what its claims give
(`claim_features`). Counts only; the
corpus weighs them by rarity. The part read from the article's own text (`TextProfile`)
depends on nothing else, so the claims cache keeps it.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from factcheck.corpus import Document
from factcheck.rules.gazetteer import StreetShapes
from factcheck.rules.lexicon import EventLexicon
from factcheck.rules.stories import StorySettings

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_FIGURE = re.compile(r"(?<![\w.])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w])|(?<![\w.,])\d+(?:\.\d+)?(?![\w])")
# Longest first: "shootings" loses "s" only after "ings" had its chance.
_SUFFIXES = ("ings", "ing", "ies", "ied", "ed", "es", "s")


@dataclass(frozen=True)
class TextProfile:
    """What an article's text says of its incident: where its lede ends, its words, and whether
    it tells its incident is one of a series in its place ("the second fatal fire in as many days")."""

    lede_end: int  # offset where the lede (the first `lede_words` words, to a paragraph's end) ends
    words: Counter[str]  # the title's and the lede's words counted twice, the rest once
    serial: bool = False


def text_profile(
    document: Document, settings: StorySettings, streets: StreetShapes, lexicon: EventLexicon
) -> TextProfile:
    paragraphs = [(p.end, document.text[p.start : p.end]) for p in document.article]
    end = document.lede_end(settings.lede_words)
    lede = "\n".join([document.title or "", *(text for paragraph_end, text in paragraphs if paragraph_end <= end)])
    # The lede counts twice: it names the incident; the rest tells more of it.
    words = word_features(lede, settings)
    words.update(word_features("\n".join(text for _, text in paragraphs), settings))
    words.update(street_features(lede, streets))
    words.update(age_features(lede))
    return TextProfile(end, words, lexicon.tells_recurrence(document.text))


# "a 42-year-old man", "a 33 year old man", "the men, ages 18 and 20"
_AGE = re.compile(r"\b(\d{1,3})[- ]years?[- ]old\b|\bages?\s+(\d{1,3})(?:\s+and\s+(\d{1,3}))?\b")


def age_features(text: str) -> Counter[str]:
    """The ages the text gives ("a:42" for "a 42-year-old man"): outlets reporting one shooting
    give its victim's age, and the next shooting in the city is of someone else."""
    return Counter("a:" + age for match in _AGE.finditer(text) for age in match.groups() if age)


def street_features(text: str, streets: StreetShapes) -> Counter[str]:
    """The streets the text names, by name ("s:halsted" for "the 7900 block of South Halsted
    Street"), both of a crossing ("s:delver" and "s:albert" for "the corner of Delver & Alberts
    streets"), and each crossing ("c:55+prospect" for "55th and Prospect"): outlets reporting one
    shooting name its street, and the next shooting in the city is on another, or at another
    corner of the avenue."""
    features: Counter[str] = Counter()
    found = streets.find(text)
    for match in found:
        corner = streets.corner(text, match.start, match.end, found)
        features.update(f"s:{name}" for name in {streets.name_of(match.street)} | (corner[2] if corner else set()))
        if corner and len(corner[2]) == 2:
            features[f"c:{'+'.join(sorted(corner[2]))}"] += 1
    return features


# Letters that Unicode does not decompose into a base letter and a mark.
_UNMARKED = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i"})


def fold(text: str) -> str:
    """The text without diacritics: outlets write "Wrocław" and "Wroclaw" for one city."""
    decomposed = unicodedata.normalize("NFKD", text.lower().translate(_UNMARKED))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude stem: "shooting", "shootings" and "shoots" all give "shoot"."""
    word = fold(word).replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            return word + "y" if suffix in ("ies", "ied") else word
    return word


def word_features(text: str, settings: StorySettings) -> Counter[str]:
    """Content words by stem, and figures ("#137", "#2.6"): a figure both articles give is a
    strong sign of one incident."""
    features: Counter[str] = Counter()
    stopwords = settings.stopwords
    # Counted by the C tally first: each distinct word is then stemmed once per document.
    for word, count in Counter(_WORD.findall(text.lower())).items():
        if _is_content(word, stopwords):
            features["w:" + stem(word)] += count
    for figure, count in Counter(_FIGURE.findall(text)).items():
        figure = figure.replace(",", "")
        if "." in figure or float(figure) >= 10:  # "3 people" is common, "6.1" and "137" are not
            features["#" + figure] += count
    return features


def content_stems(text: str, stopwords: set[str]) -> frozenset[str]:
    """The stems of the text's content words."""
    words = set(_WORD.findall(text.lower()))
    words.difference_update(stopwords)  # in C: a reconcile reads the sentences of every claim
    return frozenset(map(stem, [word for word in words if len(word) > 2]))


def _is_content(word: str, stopwords: set[str]) -> bool:
    return len(word) > 2 and word not in stopwords
