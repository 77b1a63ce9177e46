"""The event lexicon: which lemmas name which kind of event, and the cues of modality."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from factcheck.temporal.lexicon import CARDINALS, VAGUE_QUANTITIES


@dataclass
class EventLexicon:
    verbs: dict[str, str] = field(default_factory=dict)  # lemma (or "lemma word": "step down") -> event type
    nouns: dict[str, str] = field(default_factory=dict)  # nominal trigger lemma -> event type
    # "call to" -> event type: a verb and its preposition that make the event in the passive alone
    # ("officers were called to a home"; "called to say" is no response)
    passives: dict[str, str] = field(default_factory=dict)
    # (verb, its subject's noun) -> event type: a verb that makes the event only when done by these
    # ("officers arrived" is the response, "the victim arrived at a hospital" none)
    by_subject: dict[tuple[str, str], str] = field(default_factory=dict)
    occurring_nouns: dict[str, str] = field(default_factory=dict)  # "a fire broke out": nouns an occurrence types
    # Derived synonyms (rule files of kind `event-synonyms`), consulted only where the hand tables are silent.
    synonym_verbs: dict[str, str] = field(default_factory=dict)
    synonym_nouns: dict[str, str] = field(default_factory=dict)
    compatible: dict[str, set[str]] = field(default_factory=dict)
    descriptions: dict[str, str] = field(default_factory=dict)
    ignore: set[str] = field(default_factory=set)  # lemmas that never make a claim
    # verbs that tell of the event their object names at another time ("condemned the shooting"):
    # ignored, and never typed by that object
    comments: set[str] = field(default_factory=set)
    once: set[str] = field(default_factory=set)  # types that happen once to what they name
    accumulates: set[str] = field(default_factory=set)  # types that go on happening as a story develops
    subject_undergoes: set[str] = field(default_factory=set)  # types whose subject it happens to ("died")
    tolls: set[str] = field(default_factory=set)  # types whose count is a toll of any incident ("10 dead" in a quake)
    object_places: set[str] = field(default_factory=set)  # types whose object is where ("struck Nepal")
    follow_their_cause: set[str] = field(default_factory=set)  # types that may come days after their cause ("died")
    as_of_publication: set[str] = field(default_factory=set)  # types whose count holds on its article's day (an age)
    attends: set[str] = field(default_factory=set)  # types of coming to an incident ("crews responded to")
    # types of incident that those who attend come to as it happens (a fire, a crash, a shooting)
    answered_at_once: set[str] = field(default_factory=set)
    # types of incident whose scene is where those who attend are sent (a fire, an explosion)
    answered_at_its_scene: set[str] = field(default_factory=set)
    # types that happen at one moment (a shooting, a crash), so the clock times of one are one time
    moments: set[str] = field(default_factory=set)
    # types whose one victim's age, unnamed, is a claim ("a 3-year-old child died")
    ages_its_victim: set[str] = field(default_factory=set)
    # types told by a noun that names whatever incident its story tells ("the incident happened at
    # 10am"): the story stage gives their claims that incident's type
    stand_ins: set[str] = field(default_factory=set)
    # types told by a pronoun ("It happened at 10pm"): their claims take the type of the event before
    referring: set[str] = field(default_factory=set)
    # types whose count is of the people they befall ("killed 43 people": 43 victims), by unit name
    counted: dict[str, str] = field(default_factory=dict)
    tallies: set[str] = field(default_factory=set)  # nouns that count a counted event ("the death toll")
    hazards: set[str] = field(default_factory=set)  # nouns of hazards felt far from where they happen ("quake")
    occurrences: set[str] = field(default_factory=set)  # verbs by which an event noun happens ("occurred")
    # verbs by which an event noun, their passive subject, happened then and there ("was reported at 2 a.m.")
    reports: set[str] = field(default_factory=set)
    beginnings: set[str] = field(default_factory=set)  # verbs by which a stand-in's incident began ("started")
    # verbs with their preposition by which what they led to happened then and there ("led to")
    outcomes: set[str] = field(default_factory=set)
    involvements: set[str] = field(default_factory=set)  # verbs by which an event noun counts what it involved
    separate: set[str] = field(default_factory=set)  # phrases that tell another occurrence ("in a separate attack")
    # phrases by which an article tells its incident is one of a series in one place ("in as many days")
    recurrences: set[str] = field(default_factory=set)
    # phrases by which a count of the dead tells only part of them ("killing ten on the spot")
    parts: set[str] = field(default_factory=set)
    # phrases just before a count that tell it is what a growing toll has reached ("rose to 33")
    rises: set[str] = field(default_factory=set)
    # nouns that tell a person's sex -> the sex ("boy" -> male): "a boy" and "a woman" are two people
    sexes: dict[str, str] = field(default_factory=dict)
    # words that say a counted event befell those a headline's number counts ("3 dead", "2 hurt") -> type
    states: dict[str, str] = field(default_factory=dict)
    planned_aux: set[str] = field(default_factory=set)  # "will": the event lies ahead
    planned_heads: set[str] = field(default_factory=set)  # "expected to", "plans to"
    possible_aux: set[str] = field(default_factory=set)  # "may", "could": only possible

    def event_type(self, lemma: str, companions: Iterable[str] = (), *, noun: bool = False) -> str | None:
        """The type of a trigger lemma; an entry for the lemma with one of its `companions` first:
        the words that complete a phrasal verb ("step down", "find guilty", "break into"), or the
        modifiers before a noun ("fatal injury" is a killing, "injury" a wounding; "house fire"). The hand
        lexicon wins: a derived synonym types only a lemma it neither lists nor ignores."""
        hand, derived = (self.nouns, self.synonym_nouns) if noun else (self.verbs, self.synonym_verbs)
        phrases = tuple(f"{word} {lemma}" if noun else f"{lemma} {word}" for word in companions)
        found = _lookup(hand, lemma, phrases)
        if found or lemma in self.ignore:
            return found
        return _lookup(derived, lemma, phrases)

    @cached_property
    def pronouns(self) -> frozenset[str]:
        """The words by which an event the sentence before told is told again ("It happened ...")."""
        return frozenset(word for word, event_type in self.occurring_nouns.items() if event_type in self.referring)

    def tells_another_occurrence(self, sentence: str) -> bool:
        """Whether the sentence tells another occurrence than its story's ("In a separate attack
        earlier in the day, three were killed"; "Just the day before, a child died in a fire"), or
        several, counting them or its people over them by the plural of an event of one moment
        that befalls people ("hospitalized after two shootings in the past three weeks", "3 children injured
        in shootings in 3 weeks")."""
        lowered = sentence.lower()
        return any(pattern.search(lowered) for pattern in (self._another, self._several) if pattern is not None)

    def tells_recurrence(self, text: str) -> bool:
        """Whether the text tells that its incident is one of a series of its kind in one place
        ("the second fatal fire in Pine Bluff in as many days", "at the same spot")."""
        return self._recurrence is not None and self._recurrence.search(text.lower()) is not None

    def tells_part(self, sentence: str) -> bool:
        """Whether the sentence counts only some of the dead, by where or when they died ("killing
        ten on the spot. The eleventh victim died during treatment")."""
        return self._part is not None and self._part.search(sentence.lower()) is not None

    def tells_rise(self, before_count: str) -> bool:
        """Whether the text just before a count tells that a growing toll has reached it ("the
        death toll rose to", "bringing the toll to"): the count as it stood when written."""
        return self._rise is not None and self._rise.search(before_count.lower()) is not None

    @cached_property
    def _rise(self) -> re.Pattern | None:
        found = _any_phrase(self.rises)
        return None if found is None else re.compile(found.pattern + r"\s*$")

    @cached_property
    def _part(self) -> re.Pattern | None:
        return _any_phrase(self.parts)

    @cached_property
    def _another(self) -> re.Pattern | None:
        return _any_phrase(self.separate)

    @cached_property
    def _several(self) -> re.Pattern | None:
        plurals = sorted(
            _plural(noun)
            for noun, event_type in self.nouns.items()
            if event_type in self.counted and event_type in self.moments and " " not in noun
        )
        if not plurals:
            return None
        counted = "|".join(sorted({*CARDINALS, *VAGUE_QUANTITIES}, key=len, reverse=True))
        return re.compile(
            rf"\b(?:(?:\d+|{counted})\s+(?:[a-z-]+\s+)?|(?:in|after|from)\s+(?:[a-z-]+\s+){{0,2}})"
            rf"(?:{'|'.join(map(re.escape, plurals))})\b"
        )

    @cached_property
    def _recurrence(self) -> re.Pattern | None:
        return _any_phrase(self.recurrences)

    def may_be_one_person(self, left: str, right: str) -> bool:
        """Whether two nouns may describe one person: not "a man" and "a woman"."""
        mine, theirs = self.sexes.get(left), self.sexes.get(right)
        return mine is None or theirs is None or mine == theirs

    def are_compatible(self, left: str, right: str) -> bool:
        """Whether two event types can describe the same real-world event."""
        return left == right or right in self.compatible.get(left, ()) or left in self.compatible.get(right, ())

    def is_death_by(self, death: str, cause: str) -> bool:
        """Whether `death` is a death that may come days after its cause (`follows_its_cause`),
        and `cause` a type it is not compatible with that can be that cause: one of the cause's
        compatible types is the death's kin ("was shot" and "died", through "killed")."""
        kin = {death, *self.compatible.get(death, ())}
        return (
            death in self.follow_their_cause
            and cause not in self.follow_their_cause
            and not self.are_compatible(death, cause)
            and any(self.are_compatible(cause, k) for k in kin)
        )

    @cached_property
    def declared(self) -> frozenset[str]:
        """The names of the types the lexicon declares, typed by a word or not (an age)."""
        return frozenset(self.compatible) | frozenset(self.types)

    @property
    def types(self) -> list[str]:
        return sorted(set(self.verbs.values()) | set(self.nouns.values()))


def _plural(noun: str) -> str:
    """ "shooting" -> "shootings", "crash" -> "crashes", "injury" -> "injuries"."""
    if noun.endswith(("s", "sh", "ch", "x", "z")):
        return f"{noun}es"
    return f"{noun[:-1]}ies" if noun.endswith("y") and noun[-2:-1] not in "aeiou" else f"{noun}s"


def _any_phrase(phrases: set[str]) -> re.Pattern | None:
    """A pattern that finds any of the phrases (in lower case) as whole words in lower-cased text:
    a search that ignores case costs three times as much over a corpus."""
    if not phrases:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(cue.lower()) for cue in sorted(phrases)) + r")\b")


def _lookup(table: dict[str, str], lemma: str, phrases: tuple[str, ...]) -> str | None:
    return next((table[phrase] for phrase in phrases if phrase in table), None) or table.get(lemma)
