"""The place gazetteer: names, containment, overlap and disjointness, and a matcher over text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property


@dataclass
class Place:
    id: str
    label: str
    names: list[str]
    within: list[str] = field(default_factory=list)
    overlaps: list[str] = field(default_factory=list)
    disjoint: list[str] = field(default_factory=list)
    context: list[str] = field(default_factory=list)    # a name counts only beside one of these words
    disjoint_children: bool = False                      # the places within this one never overlap
    source: tuple[str, int] = ("", 0)                    # rule file and line, for error messages


@dataclass(frozen=True)
class PlaceMatch:
    start: int
    end: int
    place: str


@dataclass(frozen=True)
class Relation:
    kind: str           # "same" | "inside" | "contains" | "overlap" | "disjoint" | "unknown"
    explanation: str


_GAP = r"[\s\-‐‑–—]+"
_APOSTROPHE = r"['’]"


def _name_pattern(name: str) -> str:
    words = re.split(r"[\s\-‐‑–—]+", name.strip())
    return _GAP.join(re.sub(r"['’]", lambda _: _APOSTROPHE, re.escape(word)) for word in words)


@dataclass
class Gazetteer:
    places: dict[str, Place] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.places)

    @cached_property
    def _matcher(self) -> re.Pattern | None:
        names = sorted(
            {(name, place.id) for place in self.places.values() for name in place.names},
            key=lambda item: (-len(item[0]), item),
        )
        if not names:
            return None
        self._by_name = {re.sub(r"\W+", " ", name.casefold()).strip(): place for name, place in names}
        alternation = "|".join(_name_pattern(name) for name, _ in names)
        return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE)

    def find(self, text: str) -> list[PlaceMatch]:
        """Gazetteer places named in text, longest names first, never overlapping."""
        matcher = self._matcher
        if matcher is None:
            return []
        matches = []
        lowered = text.casefold()
        for found in matcher.finditer(text):
            place = self._by_name.get(re.sub(r"\W+", " ", found.group().casefold()).strip())
            if place is None:
                continue
            needed = self.places[place].context
            if needed and not any(re.search(rf"\b{re.escape(word.casefold())}", lowered) for word in needed):
                continue
            matches.append(PlaceMatch(found.start(), found.end(), place))
        return matches

    def lookup(self, name: str) -> str | None:
        """The place id a whole name denotes, if the gazetteer knows it."""
        if self._matcher is None:
            return None
        return self._by_name.get(re.sub(r"\W+", " ", name.casefold()).strip())

    def ancestors(self, place: str) -> list[str]:
        """Every place that contains this one, nearest first."""
        seen: list[str] = []
        frontier = list(self.places[place].within)
        while frontier:
            current = frontier.pop(0)
            if current not in seen:
                seen.append(current)
                frontier.extend(self.places[current].within)
        return seen

    def depth(self, place: str) -> int:
        return len(self.ancestors(place))

    def label(self, place: str) -> str:
        return self.places[place].label if place in self.places else place

    def relation(self, a: str, b: str) -> Relation:
        """How the gazetteer relates two place ids, with a sentence that says so."""
        la, lb = self.label(a), self.label(b)
        if a == b:
            return Relation("same", f"both name {la}")
        if a not in self.places or b not in self.places:
            return Relation("unknown", f"the gazetteer does not relate {la} and {lb}")
        up_a, up_b = [a, *self.ancestors(a)], [b, *self.ancestors(b)]
        if b in up_a:
            return Relation("inside", f"{la} lies within {lb}")
        if a in up_b:
            return Relation("contains", f"{lb} lies within {la}")
        for x in up_a:
            for y in up_b:
                if y in self.places[x].disjoint or x in self.places[y].disjoint:
                    how = "" if (x, y) == (a, b) else f" ({self.label(x)} and {self.label(y)} do not meet)"
                    return Relation("disjoint", f"{la} and {lb} are disjoint{how}")
        for x in up_a:
            for y in up_b:
                if x in up_b or y in up_a:
                    continue
                parent = next(
                    (p for p in self.places[x].within
                     if p in self.places[y].within and self.places[p].disjoint_children),
                    None,
                )
                if parent:
                    return Relation("disjoint", f"{la} and {lb} are separate parts of {self.label(parent)}")
        for x in up_a:
            for y in up_b:
                if y in self.places[x].overlaps or x in self.places[y].overlaps:
                    how = "" if (x, y) == (a, b) else f" (via {self.label(x)} and {self.label(y)})"
                    return Relation("overlap", f"{la} and {lb} only partly overlap{how}")
        return Relation("unknown", f"the gazetteer does not relate {la} and {lb}")
