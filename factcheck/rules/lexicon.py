"""The event lexicon: which lemmas name which kind of event, and the cues of modality."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class EventLexicon:
    verbs: dict[str, str] = field(default_factory=dict)        # lemma (or "lemma particle") -> event type
    nouns: dict[str, str] = field(default_factory=dict)        # nominal trigger lemma -> event type
    compatible: dict[str, set[str]] = field(default_factory=dict)
    descriptions: dict[str, str] = field(default_factory=dict)
    ignore: set[str] = field(default_factory=set)              # lemmas that never make a claim
    object_places: set[str] = field(default_factory=set)       # types whose object is where ("struck Nepal")
    planned_aux: set[str] = field(default_factory=set)         # "will": the event lies ahead
    planned_heads: set[str] = field(default_factory=set)       # "expected to", "plans to"
    possible_aux: set[str] = field(default_factory=set)        # "may", "could": only possible

    def event_type(self, lemma: str, particle: str | None = None, *, noun: bool = False) -> str | None:
        table = self.nouns if noun else self.verbs
        if particle and f"{lemma} {particle}" in table:
            return table[f"{lemma} {particle}"]
        return table.get(lemma)

    def are_compatible(self, left: str, right: str) -> bool:
        """Whether two event types can describe the same real-world event."""
        return left == right or right in self.compatible.get(left, ()) or left in self.compatible.get(right, ())

    @property
    def types(self) -> list[str]:
        return sorted(set(self.verbs.values()) | set(self.nouns.values()))
