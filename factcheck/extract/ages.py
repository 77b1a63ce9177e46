"""A person's age, as an article gives it beside the name: "Phillip Dafter, 32," "32-year-old
Phillip Dafter", "Phillip Dafter, aged 32", "Phillip Dafter, 32 years old", "Chinna Ramesh (31)";
and the age of a death's one victim, unnamed: "A 3-year-old child died", "killed a 52-year-old
woman", "A man, 45, was killed", "The victim, a 32-year-old man, died", "The 37-year-old man was
taken to a hospital, where he died".

Outlets give a named person's age in apposition, and often differently (32 in one, 33 in
another). Each statement makes a claim whose count is the age in years and whose one
participant is the person, so that claims naming one person align by the name and their ages
are compared like any other count. Only a full name counts (a surname alone may be any of a
family), and only the age told as the person's present one: not "who was 19 at the time".

Local news often names no victim until the family is told, and outlets then differ on the age
they give "a 52-year-old man". Such an age makes a claim too, whose participant is the victim as
described ("child"); what aligns it with another article's is the story (see reconcile), as a
victim may be "a child" in one outlet and "a boy" in another.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from factcheck.extract.mentions import Mention
from factcheck.rules.lexicon import EventLexicon
from factcheck.temporal.lexicon import CARDINALS

AGE = "age"  # the event type of an age statement (rules/core/events.yaml)
OLDEST = 110
# ", 32," ", 32 and" ", 32." at the sentence's end, ", 32 years old," or " (32)": the age in
# apposition after the name.
_AFTER = re.compile(
    r",\s(?:aged\s)?(\d{1,3})(?:[-\s]years?[-\s]old)?(?=\s?[,;)]|\s+and\s|\.?\s*$)|\s?\((?:aged\s)?(\d{1,3})\)"
)
_BEFORE = re.compile(r"\b(\d{1,3})-year-old\s+$")
# "a 3-year-old child", "a three-year-old boy", "a 52 year old man"
_YEARS_OLD = re.compile(r"\b(\d{1,3}|[a-z]+)[-\s]years?[-\s]old\b", re.IGNORECASE)
# "a man in his 20s", "a woman in her early 40s": a decade of the victim's life, or part of one
_DECADE = re.compile(r"\s+in\s+(?:his|her|their)\s+(?:(early|mid|late)[-\s]?)?([1-9]0)['’]?s\b", re.IGNORECASE)
_PART_OF_DECADE = {None: (0, 9), "early": (0, 3), "mid": (4, 6), "late": (7, 9)}
# Who a death befalls: the subject of a death its subject undergoes ("a child died"), else the
# object ("killed a woman") or the passive's subject ("a man was killed").
_VICTIM_OF_SUBJECT = ("nsubj", "nsubjpass")
_VICTIM_OF_OBJECT = ("nsubjpass", "dobj")
_SINGULAR_PRONOUNS = ("he", "she")
_REFLEXIVES = ("himself", "herself")
# The noun of a victim told only by the age ("the 19-year-old"), which tells no sex.
_UNDESCRIBED = "person"


@dataclass(frozen=True)
class StatedAge:
    name: str  # the full name the article gives the person, or the noun that describes a victim
    years: int
    start: int  # character offsets of the number in the document
    end: int
    unnamed: bool = False  # a victim told by a noun ("a 3-year-old child"), not by name
    oldest: int | None = None  # the most the age may be, for an age told by its decade ("in his 20s")


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


def victim_age(trigger: Token, subject_undergoes: bool, lexicon: EventLexicon) -> StatedAge | None:
    """The age the sentence gives the one victim of a death, unnamed: "A 3-year-old child died",
    "killed a 52-year-old woman", "A man, 45, was killed", "The victim, a 32-year-old man, died",
    "the 19-year-old died", "the 19-year-old who drowned", "a man in his 20s" (20 to 29); and of
    one who hurt himself or herself ("A 75-year-old man accidentally shot himself"). None for
    victims told in the plural or by name (a named person's age is `stated_ages`'), and for a
    victim without an age."""
    roles = _VICTIM_OF_SUBJECT if subject_undergoes else _VICTIM_OF_OBJECT
    # "was shot and killed", "was shot and died": a joined verb without a victim of its own has
    # the first verb's ("shot his wife and killed" tells no victim of the killing).
    shares = (
        trigger.dep_ == "conj"
        and not any(c.dep_ in roles for c in trigger.children)
        and (subject_undergoes or trigger.tag_ == "VBN")
    )
    told = next((c for c in (trigger.head if shares else trigger).children if c.dep_ in roles), None)
    if told is not None and told.tag_ in ("WP", "WDT") and trigger.dep_ == "relcl":
        told = trigger.head  # "the 19-year-old who drowned": the noun the clause tells of
    victim = _antecedent(told, trigger, lexicon)
    if victim is None or any(t.ent_type_ == "PERSON" for t in victim.subtree):
        return None
    doc, text = victim.doc, victim.doc.text
    if victim.lower_ == "old" and (found := _YEARS_OLD.search(doc[victim.left_edge.i : victim.i + 1].text)):
        # "the 19-year-old died": the age is the noun, and tells no sex
        return _victim_age(_UNDESCRIBED, found, victim.left_edge.idx)
    if victim.tag_ != "NN" or any(c.dep_ in ("conj", "nummod") for c in victim.children):
        return None
    # "The victim, a 32-year-old man, died": the description in apposition tells the age.
    victim = next((c for c in victim.children if c.dep_ == "appos" and c.tag_ == "NN"), victim)
    after = victim.idx + len(victim.text)
    if decade := _DECADE.match(text, after):
        first, last = _PART_OF_DECADE[decade[1] and decade[1].lower()]
        tens = int(decade[2])
        start = decade.start(1) if decade[1] else decade.start(2)
        return StatedAge(victim.lemma_.lower(), tens + first, start, decade.end(), True, tens + last)
    before = doc[victim.left_edge.i : victim.i]
    if len(before) and (found := _YEARS_OLD.search(before.text)):
        return _victim_age(victim.lemma_.lower(), found, before.start_char)
    found = _AFTER.match(text, after)
    return _victim_age(victim.lemma_.lower(), found, 0) if found else None


def hurts_itself(trigger: Token) -> bool:
    """ "accidentally shot himself": the one the verb befalls is its subject, and only that one
    (not "shot himself and his brother")."""
    return any(
        c.dep_ == "dobj" and c.lower_ in _REFLEXIVES and not any(g.dep_ == "conj" for g in c.children)
        for c in trigger.children
    )


def _antecedent(victim: Token | None, trigger: Token, lexicon: EventLexicon) -> Token | None:
    """The noun a victim told as "he" or "she" stands for: the passive subject of the verb that
    governs the death's clause, unless the lexicon's `sexes` tell them apart ("The 37-year-old
    man was taken to a hospital, where he died", "was rushed to the hospital but she died"). Not
    an active verb's subject: "a man shot his wife, and she died". Any other victim is itself."""
    if victim is not None and victim.lower_ in _REFLEXIVES and hurts_itself(trigger):
        # "A 75-year-old man shot himself"; "the 75-year-old man who wounded himself"
        actor = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
        if actor is not None and actor.tag_ == "WP" and trigger.dep_ == "relcl":
            actor = trigger.head
        return actor if actor is not None and lexicon.may_be_one_person(actor.lemma_.lower(), victim.lower_) else None
    if victim is None or victim.lower_ not in _SINGULAR_PRONOUNS:
        return victim
    governing = next((t for t in victim.head.ancestors if t.pos_ in ("VERB", "AUX")), None)
    subject = next((c for c in governing.children if c.dep_ == "nsubjpass"), None) if governing else None
    if subject is None or not lexicon.may_be_one_person(subject.lemma_.lower(), victim.lower_):
        return None
    return subject


def _victim_age(noun: str, found: re.Match, offset: int) -> StatedAge | None:
    """The age a match of `_YEARS_OLD` or `_AFTER` tells, at `offset` in the document."""
    number = found.lastindex
    told = found[number].lower()
    years = int(told) if told.isdigit() else CARDINALS.get(told) if told not in ("a", "an") else None
    if years is None or not 0 < years <= OLDEST:
        return None
    return StatedAge(noun, years, offset + found.start(number), offset + found.end(number), True)
