"""A person's age, as an article gives it beside the name: "Phillip Dafter, 32," "32-year-old
Phillip Dafter", "Phillip Dafter, aged 32", "Chinna Ramesh (31)".

Outlets give a named person's age in apposition, and often differently (32 in one, 33 in
another). Each statement makes a claim whose count is the age in years and whose one
participant is the person, so that claims naming one person align by the name and their ages
are compared like any other count. Only a full name counts (a surname alone may be any of a
family), and only the age told as the person's present one: not "who was 19 at the time".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span

from factcheck.extract.mentions import Mention

AGE = "age"  # the event type of an age statement (rules/core/events.yaml)
OLDEST = 110
# ", 32," ", 32 and" ", 32." at the sentence's end, or " (32)": the age in apposition after the name.
_AFTER = re.compile(r",\s(?:aged\s)?(\d{1,3})(?=\s?[,;)]|\s+and\s|\.?\s*$)|\s?\((?:aged\s)?(\d{1,3})\)")
_BEFORE = re.compile(r"\b(\d{1,3})-year-old\s+$")


@dataclass(frozen=True)
class StatedAge:
    name: str  # the full name the article gives the person
    years: int
    start: int  # character offsets of the number in the sentence
    end: int


def stated_ages(sent: Span, named: list[Mention], expansions: dict[str, str]) -> Iterator[StatedAge]:
    """The ages the sentence gives beside the full names of people."""
    doc, text = sent.doc, sent.doc.text
    for mention in named:
        if mention.kind != "PERSON":
            continue
        name = expansions.get(mention.text, mention.text)
        if len(name.split()) < 2:
            continue
        begin, finish = doc[mention.start].idx, doc[mention.end - 1].idx + len(doc[mention.end - 1].text)
        found = _AFTER.match(text, finish) or _BEFORE.search(text, 0, begin)
        if found is None:
            continue
        number = found.lastindex  # the group of whichever form matched
        if 0 < int(found[number]) <= OLDEST:
            yield StatedAge(name, int(found[number]), found.start(number), found.end(number))
