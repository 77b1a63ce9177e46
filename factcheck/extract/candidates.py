"""The cheap prefilter: which article sentences can hold a claim, and what the matchers found in them.

The article's headline is read first, before its paragraphs (see `Document.headline`).
A claim needs a time, a place or a quantity (see `claims.py`), so a sentence is worth parsing
only when it has a date or time, a gazetteer place, a number outside its temporal expressions,
or a capitalised name governed by a locative preposition. Everything else is never parsed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import replace

from factcheck.corpus import Document
from factcheck.extract.claims import SentenceFacts
from factcheck.extract.dateline import dateline_end
from factcheck.extract.sentences import split_sentences
from factcheck.quantities import NUMBER_WORDS
from factcheck.rules import Gazetteer
from factcheck.rules.gazetteer import on_a_street
from factcheck.temporal import Timex, tag
from factcheck.temporal.tense import in_quotation

_CALENDAR_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# Headings and link lines inside an article ("Read more: ...") state no claims.
CLAIM_PARAGRAPHS = frozenset({"prose", "short"})
# A digit, or a word `quantities.parse_quantity` reads as a number.
_NUMBER_CUE = re.compile(rf"\d|\b(?:{'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))})\b", re.IGNORECASE)
# A name the parser may attach to a locative preposition (`claims._LOCATIVE_PREPOSITIONS`):
# the preposition, then lowercase modifiers that are not themselves prepositions, then a capital.
_LOCATIVE = "in|at|on|near|off|across|over|inside|outside|into|onto|around|throughout|within|from|aboard"
_NOT_MODIFIER = "of|for|by|with|to|as|about|after|before|during|under|than|per|via|" + _LOCATIVE
_PLACE_CUE = re.compile(
    rf"\b(?:{_LOCATIVE}|{_LOCATIVE.title()})\s+(?:(?!(?:{_NOT_MODIFIER})\b)[a-z][\w’'-]*\s+){{0,3}}[A-Z]"
)


def candidate_sentences(
    document: Document,
    gazetteer: Gazetteer,
    every_sentence: bool = False,
    pronouns: frozenset[str] = frozenset(),
    lede_end: int = 0,
    bare_sentences: int = 0,
) -> Iterable[tuple[int, str, SentenceFacts]]:
    """(offset, text, facts) of the article sentences worth parsing (all of them with `every_sentence`),
    with the sentence before one that opens with one of the `pronouns` ("It happened around 10:30
    p.m."): it tells the event the pronoun stands for; and the headline and the first
    `bare_sentences` of the lede (which ends at `lede_end`): what they name tells the incident,
    even with no time, place or count."""
    text = document.text
    spans = [(p.start, p.end) for p in document.article if p.kind in CLAIM_PARAGRAPHS]
    headline = told_first = document.headline
    if headline is not None and not any(a <= headline[0] < b for a, b in spans):
        spans.insert(0, headline)
    else:
        headline = None  # none, or it opens the article's text and is read there
    # One call for the whole article: "A year later" may count from a date a paragraph back.
    timexes = incident_days(tag(text, document.published, paragraphs=spans, headline=headline), text)
    told: dict[str, str] = {}  # towns the article tells in another region than the gazetteer's
    found = []
    skipped = None  # the sentence just before, if it was not kept
    for span in spans:
        filed = span[0] + dateline_end(text[span[0] : span[1]])
        for start, end in split_sentences(text, *span):
            # A wire dateline ("WARSAW, Sept 6 (Reuters) -") says nothing of events, and parsed
            # with its sentence it becomes the sentence's subject: the sentence starts after it.
            start = max(start, filed)
            if start >= end:
                continue
            sentence = text[start:end]
            inside = tuple(
                replace(t, start=t.start - start, end=t.end - start)
                for t in timexes
                if start <= t.start and t.end <= end
            )
            streets = tuple(gazetteer.streets.find(sentence))
            in_headline = told_first is not None and told_first[0] <= start < told_first[1]
            in_lede = start < lede_end
            facts = SentenceFacts(
                inside,
                tuple(p for p in gazetteer.find(sentence, told) if not on_a_street(streets, p.start, p.end)),
                streets,
                headline=span == headline,
                in_headline=in_headline,
                names_bare=in_lede and (in_headline or bare_sentences > 0),
            )
            bare_sentences -= in_lede and not in_headline
            if every_sentence or facts.names_bare or could_hold_claim(sentence, facts):
                if skipped is not None and sentence.split(maxsplit=1)[0].lower() in pronouns:
                    found.append(skipped)
                found.append((start, sentence, facts))
                skipped = None
            else:
                skipped = (start, sentence, facts)
    # "Bountiful" in the headline is the town the lede tells as "Bountiful, British Columbia".
    for start, sentence, facts in found:
        places = tuple(gazetteer.as_told(facts.places, sentence, told)) if told else facts.places
        yield start, sentence, replace(facts, places=places)


def incident_days(timexes: list[Timex], text: str) -> list[Timex]:
    """A clock time with no day in its paragraph ("broke out at about 5 a.m.") takes the day the
    article told before it, when it told one only: the day of the incident the story is about.
    After two days, or none, it keeps no day (see `temporal.normalise.Resolved.day_stated`)."""
    found, days = [], set()
    for timex in timexes:
        if _tells_day(timex):
            days.add(timex.value[:10])
        elif _day_unstated(timex, text) and len(days) == 1:
            [day] = days
            clock = timex.value[timex.value.index("T") :]
            begin = dt.date.fromisoformat(day)
            timex = replace(timex, value=day + clock, anchor="context", begin=begin, until=begin + dt.timedelta(days=1))
        found.append(timex)
    return found


def _tells_day(timex: Timex) -> bool:
    """A date of one day, or a time of day on a day it names ("early Saturday morning")."""
    return (
        timex.begin is not None
        and _CALENDAR_DAY.match(timex.value) is not None
        and (timex.type == "TIME" or timex.granularity == "day")
    )


def _day_unstated(timex: Timex, text: str) -> bool:
    """A clock time that the tagger dated by publication only, outside a quotation."""
    return (
        timex.type == "TIME"
        and timex.anchor == "document"
        and timex.begin is None
        and not in_quotation(text, timex.start)
    )


def could_hold_claim(sentence: str, facts: SentenceFacts) -> bool:
    if facts.places or facts.streets or any(t.type in ("DATE", "TIME") for t in facts.timexes):
        return True
    return bool(_NUMBER_CUE.search(_without(sentence, facts.timexes)) or _PLACE_CUE.search(sentence))


def _without(sentence: str, timexes: Iterable[Timex]) -> str:
    """The sentence with its temporal expressions blanked: their numbers are never quantities."""
    for timex in timexes:
        sentence = sentence[: timex.start] + " " * (timex.end - timex.start) + sentence[timex.end :]
    return sentence
