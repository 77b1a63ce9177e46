"""Planted contradictions, chosen from the ECB+ annotations (never from factcheck's output).

A plant changes one value in one article X of an incident: a date (`TIME_DATE` mention), a place
(`LOC_*` mention naming a country, subdivision or city) or a count (a number inside a participant
or action mention: "two people", "killed 4"). It is only planted where another article Y of the
incident states the original value in a mention of the same cross-document instance, so Y
witnesses the contradiction. The new value has the same form: another day, month or year written
the same way; a place of the same kind named in another topic; a different number, in words or
digits as the original.
"""

from __future__ import annotations

import calendar
import random
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from realnews_articles import Article
from realnews_ecb import Mention
from realnews_published import MONTHS
from realnews_text import Line

KINDS = ("date", "place", "count")
# Counts written in words; "one" is left out, being as often a pronoun as a number.
NUMBER_WORDS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
}
_WORD_OF = {number: word for word, number in NUMBER_WORDS.items()}
_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+|\d{1,4}")
_NOT_A_COUNT_AFTER = {"-", "year", "years", "percent", "%", "a.m.", "p.m.", "am", "pm", ":", "/"}
_NOT_A_COUNT_BEFORE = {"$", "No.", "no.", "#", ":", "/", "-"}  # "-": the second number of a score, "20 - 13"
_MONTH_NAME = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY_OF_MONTH = re.compile(
    rf"(?i)\b(?:(?P<month_first>{_MONTH_NAME})\.? (?P<day>\d{{1,2}})(?P<ordinal>st|nd|rd|th)?\b"
    rf"|(?P<day_first>\d{{1,2}})(?P<ordinal_first>st|nd|rd|th)? (?:of )?(?:{_MONTH_NAME})\b)"
)
_MONTH_WORD = re.compile(rf"(?i)\b(?:{_MONTH_NAME})\b")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


@dataclass(frozen=True)
class Plant:
    kind: str
    incident: str
    article: Article
    sentence: int
    start: int  # character span of the original value in the sentence's line
    end: int
    original: str
    planted: str
    witnesses: tuple[tuple[Article, int], ...]  # (article, sentence) stating the original value

    @property
    def column(self) -> int:
        return self.start + 1

    def applied(self) -> Article:
        """The planted article: the line with the new value in place of the original."""
        line = self.article.line_of(self.sentence)
        text = line.text[: self.start] + self.planted + line.text[self.end :]
        return self.article.with_line(self.sentence, Line(text, ()))

    def to_dict(self) -> dict:
        return {
            "kind": self.kind,
            "incident": self.incident,
            "document": self.article.file_name,
            "line": self.article.line_number(self.sentence),
            "column": self.column,
            "original": self.original,
            "planted": self.planted,
            "witnesses": [
                {"document": a.file_name, "line": a.line_number(s), "sentence": a.line_of(s).text}
                for a, s in self.witnesses
            ],
            "ecb_document": self.article.source.name,
        }


@dataclass(frozen=True)
class _Value:
    """A plantable value in a mention: its span in the line, what it means, how to change it."""

    kind: str
    article: Article
    sentence: int
    start: int
    end: int
    key: object  # what a witness must state too
    change: Callable[[random.Random], str]  # the new value, written as the original is


def choose_plants(
    articles: list[Article], places: dict[str, tuple[str, str]], named: set[str], seed: int, share: float = 1 / 3
) -> list[Plant]:
    """One plant in about `share` of the incidents, kinds spread evenly, the same for the same seed.

    `places` gives the kind of each place name; `named` are the place names of the whole corpus,
    of which a planted place is one that the topic of the plant never names.
    """
    rng = random.Random(seed)
    by_incident: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        by_incident[article.incident].append(article)
    incidents = sorted(by_incident)
    rng.shuffle(incidents)
    wanted = round(len(incidents) * share)
    plants: list[Plant] = []
    for incident in incidents:
        if len(plants) == wanted:
            break
        topic = by_incident[incident][0].source.topic
        told = "\n".join(a.text() for a in articles if a.source.topic == topic)
        elsewhere = {n: places[n] for n in named if n not in told}
        plant = _plant_one(incident, by_incident[incident], elsewhere, places, plants, rng)
        if plant:
            plants.append(plant)
    return plants


def _plant_one(incident, articles, elsewhere, places, so_far, rng) -> Plant | None:
    """A plant of the kind planted least so far that the incident allows."""
    candidates = _candidates(articles, places, elsewhere)
    done = [p.kind for p in so_far]
    for kind in sorted(KINDS, key=lambda k: (done.count(k), KINDS.index(k))):
        of_kind = [c for c in candidates if c[0].kind == kind]
        if of_kind:
            value, witnesses = rng.choice(of_kind)
            original = value.article.line_of(value.sentence).text[value.start : value.end]
            planted = value.change(rng)
            return Plant(
                kind, incident, value.article, value.sentence, value.start, value.end, original, planted, witnesses
            )
    return None


def _candidates(articles: list[Article], places, elsewhere) -> list[tuple[_Value, tuple[tuple[Article, int], ...]]]:
    """Every value of the incident that another article states too, with those articles' sentences."""
    by_instance: dict[str, list[_Value]] = defaultdict(list)
    for article in articles:
        for mention in article.source.mentions:
            if mention.instance:
                for value in _values(article, mention, places, elsewhere):
                    by_instance[mention.instance].append(value)
    found = []
    for values in by_instance.values():
        for value in values:
            witnesses = sorted(
                {(o.article, o.sentence) for o in values if o.article is not value.article and o.key == value.key},
                key=lambda w: (w[0].file_name, w[1]),
            )
            if witnesses and value.sentence not in value.article.header:
                found.append((value, tuple(witnesses)))
    return sorted(found, key=lambda c: (c[0].article.file_name, c[0].sentence, c[0].start))


def _values(article: Article, mention: Mention, places, elsewhere) -> list[_Value]:
    positions = [article.source.position(t) for t in mention.tokens]
    sentence = positions[0][0]
    if any(s != sentence for s, _ in positions) or sentence < article.first_sentence:
        return []
    line = article.line_of(sentence)
    words = article.source.sentences[sentence]
    indices = [i for _, i in positions]
    start, end = line.spans[indices[0]][0], line.spans[indices[-1]][1]
    text = line.text[start:end]
    if mention.tag == "TIME_DATE":
        return _dates(article, sentence, start, end, text)
    if mention.tag.startswith("LOC_"):
        return _places(article, sentence, start, end, text, places, elsewhere)
    if mention.tag.startswith(("HUMAN_PART", "NON_HUMAN_PART", "ACTION_", "NEG_ACTION_")):
        return _counts(article, sentence, line, words, indices)
    return []


def _dates(article, sentence, start, end, text) -> list[_Value]:
    if not (_DAY_OF_MONTH.search(text) or _MONTH_WORD.search(text) or _YEAR.search(text)):
        return []
    key = re.sub(r"[^\w ]", "", text.lower())
    return [_Value("date", article, sentence, start, end, key, lambda rng: _changed_date(text, rng))]


def _changed_date(text: str, rng: random.Random) -> str:
    day = _DAY_OF_MONTH.search(text)
    changes = [
        c for c, present in (("day", day), ("month", _MONTH_WORD.search(text)), ("year", _YEAR.search(text))) if present
    ]
    which = rng.choice(changes)
    if which == "day":
        group = "day" if day["day"] else "day_first"
        number = int(day[group])
        new = rng.choice([d for d in range(1, 29) if abs(d - number) >= 3])
        ordinal = day["ordinal"] or day["ordinal_first"]
        written = str(new).zfill(len(day[group]) if day[group].startswith("0") else 1) + (
            _ordinal(new) if ordinal else ""
        )
        end = day.end("ordinal" if day["ordinal"] else "ordinal_first") if ordinal else day.end(group)
        return text[: day.start(group)] + written + text[end:]
    if which == "month":
        month = _MONTH_WORD.search(text)
        return text[: month.start()] + _other_month(month[0], rng) + text[month.end() :]
    year = _YEAR.search(text)
    return text[: year.start()] + str(int(year[0]) + rng.choice([-3, -2, -1, 1, 2, 3])) + text[year.end() :]


def _ordinal(day: int) -> str:
    return "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _other_month(word: str, rng: random.Random) -> str:
    """Another month, written the same way (full or short, capitalised or not)."""
    number = MONTHS[word.lower()]
    new = (number - 1 + rng.choice([2, 3, 4, 5, 7, 8, 9, 10])) % 12 + 1
    full = word.lower() == calendar.month_name[number].lower()
    name = (calendar.month_name if full else calendar.month_abbr)[new]
    if word.isupper():
        return name.upper()
    return name if word[:1].isupper() else name.lower()


def _places(article, sentence, start, end, text, places, elsewhere) -> list[_Value]:
    if text not in places:
        return []
    kind, place_id = places[text]
    others = sorted(n for n, (k, i) in elsewhere.items() if k == kind and i != place_id)
    if not others:
        return []
    return [_Value("place", article, sentence, start, end, place_id, lambda rng: rng.choice(others))]


def place_names(article: Article, places) -> set[str]:
    """The names of the article's place mentions that the gazetteer knows."""
    names = set()
    for mention in article.source.mentions:
        if mention.tag.startswith("LOC_"):
            sentence, first = article.source.position(mention.tokens[0])
            _, last = article.source.position(mention.tokens[-1])
            if sentence >= article.first_sentence:
                line = article.line_of(sentence)
                names.add(line.text[line.spans[first][0] : line.spans[last][1]])
    return names & set(places)


def _counts(article, sentence, line: Line, words, indices) -> list[_Value]:
    values = []
    for i in indices:
        word, number = words[i], _number(words[i])
        before = words[i - 1] if i else ""
        after = words[i + 1] if i + 1 < len(words) else ""
        if number is None or number < 2 or before in _NOT_A_COUNT_BEFORE or after.lower() in _NOT_A_COUNT_AFTER:
            continue
        if _inside_a_longer_number(words, i):
            continue
        start, end = line.spans[i]
        values.append(_Value("count", article, sentence, start, end, number, _count_changer(word, number)))
    return values


def _inside_a_longer_number(words, i: int) -> bool:
    """ "5 , 000" and "2 . 6" are one number split by the ecbplus tokeniser."""
    after = words[i + 1 : i + 3]
    before = words[max(0, i - 2) : i]
    return (len(after) == 2 and after[0] in ",." and after[1].isdigit()) or (
        len(before) == 2 and before[1] in ",." and before[0].isdigit()
    )


def _number(word: str) -> int | None:
    if word.lower() in NUMBER_WORDS:
        return NUMBER_WORDS[word.lower()]
    if _DIGITS.fullmatch(word) and not _YEAR.fullmatch(word):
        return int(word.replace(",", ""))
    return None


def _count_changer(word: str, number: int) -> Callable[[random.Random], str]:
    def change(rng: random.Random) -> str:
        if word.lower() in NUMBER_WORDS:
            new = _WORD_OF[rng.choice([n for n in _WORD_OF if abs(n - number) >= 2])]
            return new.capitalize() if word[:1].isupper() else new
        new = number + max(2, round(number * rng.uniform(0.3, 0.9))) * rng.choice([-1, 1] if number > 4 else [1])
        return f"{new:,}" if "," in word else str(new)

    return change
