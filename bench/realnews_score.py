"""Scoring a factcheck JSON report against the real-news gold: stories, plants, false joins.

Documents are compared by file name (the corpus is flat), so the report may name them by any
path. Shared by `bench/realnews.py` and the test on the small fixture; standard library only.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath

SCORED = {"error", "warning"}  # severities that count as reporting a contradiction


@dataclass(frozen=True)
class BCubed:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def name(path: str) -> str:
    return PurePath(path).name


def stories_of(report: dict) -> list[set[str]] | None:
    """The report's stories as sets of document names, or None when the report has no stories."""
    if "stories" not in report:
        return None
    return [{name(d) for d in story["documents"]} for story in report["stories"]]


def b_cubed(stories: list[set[str]] | None, gold: dict[str, str]) -> BCubed:
    """B³ over the gold documents; a document in no story (or every one, without stories) is alone."""
    story_of = {doc: frozenset(story) for story in stories or [] for doc in story}
    members: dict[str, set[str]] = {}
    for doc, incident in gold.items():
        members.setdefault(incident, set()).add(doc)
    precision = recall = 0.0
    for doc, incident in gold.items():
        found = set(story_of.get(doc, {doc})) & set(gold)
        right = len(found & members[incident])
        precision += right / len(found)
        recall += right / len(members[incident])
    return BCubed(precision / len(gold), recall / len(gold)) if gold else BCubed(0.0, 0.0)


def plant_found(plant: dict, report: dict, gold: dict[str, str]) -> bool:
    """Whether an error or warning points at the planted value and, on its other side, at another
    article of the same incident."""
    for finding in report["findings"]:
        if finding["severity"] not in SCORED:
            continue
        evidence = finding["evidence"]
        at_plant = [e for e in evidence if on_plant(e, plant)]
        others = [e for e in evidence if name(e["doc"]) != plant["document"]]
        if at_plant and any(gold.get(name(e["doc"])) == plant["incident"] for e in others):
            return True
    return False


def on_plant(evidence: dict, plant: dict) -> bool:
    if name(evidence["doc"]) != plant["document"] or evidence["line"] != plant["line"]:
        return False
    start, end = evidence["column"], evidence["column"] + max(1, len(evidence["text"]))
    return start < plant["column"] + len(plant["planted"]) and plant["column"] < end


def incidents_of(finding: dict, gold: dict[str, str]) -> set[str]:
    return {gold.get(name(e["doc"]), "?") for e in finding["evidence"]}


def cross_incident(report: dict, gold: dict[str, str]) -> list[dict]:
    """Findings of any severity whose evidence lies in two incidents or more: false joins."""
    return [f for f in report["findings"] if len(incidents_of(f, gold)) > 1]


def within_incident(report: dict, gold: dict[str, str]) -> list[dict]:
    """Errors and warnings whose evidence lies in one incident (true or false: read them)."""
    return [f for f in report["findings"] if f["severity"] in SCORED and len(incidents_of(f, gold)) == 1]
