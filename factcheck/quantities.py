"""Counts and amounts: "2,100", "more than 40", "about two million", "$2.1bn" as value intervals."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from factcheck.temporal.lexicon import CARDINALS

# The number words of one word below a hundred ("twenty", "an"): the temporal tagger's cardinals
# without its multi-word and scale entries ("a couple of", "dozen", "hundred"), and zero.
_UNITS = {"zero": 0} | {word: n for word, n in CARDINALS.items() if n < 100 and " " not in word and word != "dozen"}
_SCALES = {
    "dozen": 12,
    "dozens": 12,
    "hundred": 1e2,
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
}
# qualifier -> (low factor, high factor) around the stated value
_QUALIFIERS = {
    "about": (0.85, 1.15),
    "around": (0.85, 1.15),
    "approximately": (0.9, 1.1),
    "roughly": (0.85, 1.15),
    "some": (0.85, 1.15),
    "nearly": (0.85, 1.0),
    "almost": (0.85, 1.0),
    "close to": (0.85, 1.0),
    "more than": (1.0, math.inf),
    "over": (1.0, math.inf),
    "at least": (1.0, math.inf),
    "upwards of": (1.0, math.inf),
    "at most": (0.0, 1.0),
    "up to": (0.0, 1.0),
    "fewer than": (0.0, 1.0),
    "less than": (0.0, 1.0),
    "under": (0.0, 1.0),
    "nearly all": (0.85, 1.0),
    "from": (1.0, 1.0),  # the start of a change ("from 2% to 3%"); see `parse_quantity`
}
# A scale in the plural with no figure before it counts several of it, short of the next scale.
_SEVERAL = {"dozens": (24.0, 99.0)}
_SCALE_WORDS = frozenset({"dozen", "dozens", "hundred", "thousand", "million", "billion", "trillion"})
# The spelled-out words read as numbers (articles only count beside one of them).
NUMBER_WORDS = frozenset(word for word in _UNITS if word not in ("a", "an")) | _SCALE_WORDS
_NUMBER = re.compile(r"[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[-+]?\d+(?:\.\d+)?")
_RANGE = re.compile(r"(?P<first>[^\d]{0,4}\d[\d,.]*\s*%?)\s*(?:to|[-–—])\s*(?P<second>[^\d-]{0,4}\d.*)")
_SCORE = re.compile(r"\d+\s*[-–]\s*\d+")
_SCALE_WORD = re.compile(rf"\b(?:{'|'.join(_SCALES)})\b|\d(?:{'|'.join(_SCALES)})\b")
# A figure before a scale of a thousand or more ("$13 billion", "2.6m") is rounded to its last
# digit: "13 billion" allows 12.5 to 13.5 billion, so it agrees with "$13.2 billion".
_LARGE_SCALES = "|".join(word for word, scale in _SCALES.items() if scale >= 1e3)
_ROUNDED = re.compile(rf"\d[\d,]*(?:\.(?P<decimals>\d+))?\s*(?P<scale>{_LARGE_SCALES})\b")
_CURRENCY = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR"}
# Currency words, read as their sign is (an unqualified dollar is the US dollar, as "$" is).
_CURRENCY_WORDS = re.compile(r"\b(?:(?P<USD>dollars?)|(?P<EUR>euros?)|(?P<GBP>pounds? sterling)|(?P<JPY>yen))\b", re.I)


@dataclass(frozen=True)
class Quantity:
    value: float
    low: float
    high: float
    unit: str | None


def parse_quantity(text: str, qualifier: str | None = None, unit: str | None = None) -> Quantity | None:
    """Read a number phrase ("2,100", "two million", "$2.1bn", "2.25% to 2.50%"); None if it
    holds no number. A range spans its two ends; after "from" ("rose from 2% to 3%") it is a
    change, and the figure is the one it ends at."""
    text = text.lower().replace("’", "'").strip()
    ends = _range_ends(text)
    if _SCORE.fullmatch(text) and ends is not None and ends[0] > ends[1]:
        return None  # "beat Chiefs 20-13": a score, whose two figures count different things
    if ends is not None and qualifier == "from":
        return Quantity(ends[1], ends[1], ends[1], unit)
    if ends is not None:
        low, high = sorted(ends)
        return Quantity((low + high) / 2, low, high, unit)
    if text in _SEVERAL:
        low, high = _SEVERAL[text]
        return Quantity(low, low, high, unit)
    value = _numeric(text)
    if value is None:
        return None
    low, high = _QUALIFIERS.get((qualifier or "").lower(), (1.0, 1.0))
    return Quantity(value, value * low, value * high, unit)


def rounding(text: str) -> float:
    """How far the figure a phrase states may be from the exact amount because it is rounded to
    its last digit before a large scale: 0.5 billion for "$13 billion", 0 for "2,100"."""
    rounded = _ROUNDED.search(text.lower())
    if rounded is None:
        return 0.0
    return 0.5 * 10 ** -len(rounded["decimals"] or "") * _SCALES[rounded["scale"]]


def _range_ends(text: str) -> tuple[float, float] | None:
    """The two ends of "2.25% to 2.50%" or "5-6 million", in the order written; a scale written
    after the second end only ("5-6 million") applies to both."""
    match = _RANGE.fullmatch(text)
    if not match:
        return None
    first, second = _numeric(match["first"]), _numeric(match["second"])
    if first is None or second is None:
        return None
    if not _SCALE_WORD.search(match["first"]):
        first *= second / (_numeric(_NUMBER.search(match["second"]).group()) or 1)
    return first, second


def currency_of(text: str) -> str | None:
    """The currency a money phrase names by its sign, code or word ("$2.1bn", "2.1 billion dollars" -> "USD")."""
    for sign, code in _CURRENCY.items():
        if sign in text or re.search(rf"\b{code}\b", text):
            return code
    word = _CURRENCY_WORDS.search(text)
    return word.lastgroup if word else None


_TRAILING_CURRENCY = re.compile(r"\s*(?:\b[A-Za-z]{1,3})?[$€£¥]\s*$")


def qualifier_before(text: str) -> str | None:
    """The qualifier that ends `text` (the words before a number), if any; a currency sign
    between them is passed over ("nearly $14 billion", "about US$3m")."""
    lowered = " ".join(_TRAILING_CURRENCY.sub("", text).lower().split()[-2:])
    for qualifier in sorted(_QUALIFIERS, key=len, reverse=True):
        if lowered.endswith(qualifier):
            return qualifier
    return None


def _numeric(text: str) -> float | None:
    tokens = re.findall(r"\d[\d,]*(?:\.\d+)?|[a-z]+", text)
    total, current, seen = 0.0, 0.0, False
    for token in tokens:
        if token[0].isdigit():
            current += float(token.replace(",", ""))
            seen = True
        elif token in _UNITS:
            current += _UNITS[token]
            seen = seen or token not in ("a", "an")
        elif token in _SCALES and (seen or token in _SCALE_WORDS):
            scale = _SCALES[token]
            if scale < 1e3:
                current = (current or 1) * scale
            elif current == 0 and total:
                total *= scale  # "52 thousand million": the scales stack
            else:
                total, current = total + (current or 1) * scale, 0.0
            seen = True
    return total + current if seen else None
