"""What the article has told outside the sentence being read: which capitalised words are
people's names, which place the story is in, and which event it told last."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc

from factcheck.rules import Gazetteer, PlaceMatch
from factcheck.rules.gazetteer import StreetMatch, on_a_street, read_by_matcher


@dataclass
class Setting:
    expansions: dict[str, str] = field(default_factory=dict)  # short forms the document defines
    # The first and last words of the full names of people ("Jordan" of "Jordan Smith"): such a
    # word alone names the person again, never a place, whatever the gazetteer says.
    person_words: frozenset[str] = frozenset()
    place: str | None = None  # the place the article named last (a gazetteer id or the name)
    home: str | None = None  # the first place the article names, wherever it names it
    event: str | None = None  # the type of the last event the article told, which "it happened" tells again

    def is_person(self, text: str) -> bool:
        """A name of a person's: one of their names, or all of them ("Raj Chohan")."""
        return text in self.person_words or all(word in self.person_words for word in text.split())

    def follow(
        self, doc: Doc, places: Sequence[PlaceMatch], streets: Sequence[StreetMatch], gazetteer: Gazetteer
    ) -> None:
        """Move to the first town the sentence names, if it names one."""
        self.place = self.first_place(doc, places, streets, gazetteer) or self.place

    def first_place(
        self, doc: Doc, places: Sequence[PlaceMatch], streets: Sequence[StreetMatch], gazetteer: Gazetteer
    ) -> str | None:
        """The first town the sentence names: a place the gazetteer does not divide (a city, or
        a name it does not know), never a state or a country ("The legal limit in Minnesota"),
        nor a street's name ("near Colfax and Havana")."""
        named = [(m.start, m.place) for m in places if not self.is_person(doc.text[m.start : m.end])]
        # The matcher's reading of a name it found wins: "WEST HAVEN, Utah" is an unknown town in
        # Utah, not the gazetteer's West Haven.
        named += [
            (ent.start_char, gazetteer.lookup(ent.text) or ent.text)
            for ent in doc.ents
            if ent.label_ == "GPE"
            and not self.is_person(ent.text)
            and not read_by_matcher(places, ent.start_char, ent.end_char)
            and not on_a_street(streets, ent.start_char, ent.end_char)
        ]
        towns = [(start, key) for start, key in named if not gazetteer.is_region(key)]
        return min(towns)[1] if towns else None


def person_words(docs: Iterable[Doc]) -> frozenset[str]:
    """First and last words of the names of two words or more the entity recogniser calls people,
    and the words of a name given an age ("Raj Chohan, 59, was"): news writes a person's age so,
    never a place's."""
    words = set()
    for doc in docs:
        for ent in doc.ents:
            names = [t.text for t in ent if t.is_alpha and t.text[:1].isupper()]
            if ent.label_ == "PERSON" and len(names) >= 2:
                words.update((names[0], names[-1]))
        for token in doc[:-3]:
            if _capitalised(token) and _age_follows(doc, token.i):
                first = token.i
                while first > 0 and _capitalised(doc[first - 1]) and not doc[first - 1].is_stop:
                    first -= 1
                words.update(t.text for t in doc[first : token.i + 1])
    return frozenset(words)


def _capitalised(token) -> bool:
    return token.text[:1].isupper() and token.is_alpha


def _age_follows(doc: Doc, i: int) -> bool:
    comma, age, closing = doc[i + 1], doc[i + 2], doc[i + 3]
    return comma.text == "," and age.is_digit and int(age.text) < 120 and closing.text == ","
