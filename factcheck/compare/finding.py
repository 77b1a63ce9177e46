"""Findings: a rule, a severity, an explanation and the evidence on each side."""

from __future__ import annotations

from dataclasses import dataclass, field, fields


@dataclass(frozen=True)
class Evidence:
    doc: str
    line: int
    column: int
    text: str  # the matched text (the date, place or number as written)
    sentence: str
    start: int  # offsets of `text` in the document
    end: int
    value: str  # the normalised value compared
    claim: str  # claim id
    modality: str = "reported"

    def to_dict(self) -> dict:
        return {name: getattr(self, name) for name in _EVIDENCE_FIELDS}


@dataclass(frozen=True)
class Finding:
    rule: str  # stable id, e.g. FC101
    name: str  # e.g. date-conflict
    severity: str
    message: str
    event: str
    event_label: str
    evidence: tuple[Evidence, ...]
    outlier: str | None = None
    story: str | None = None  # the story of the event's first claim, when a story stage ran
    details: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        data = {name: getattr(self, name) for name in _FINDING_FIELDS}
        data["evidence"] = [e.to_dict() for e in self.evidence]
        data["details"] = dict(self.details)
        return data


_EVIDENCE_FIELDS = tuple(f.name for f in fields(Evidence))
_FINDING_FIELDS = tuple(f.name for f in fields(Finding))
