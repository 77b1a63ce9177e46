"""Matching findings against gold files in the format of the seed gold (must / must_not pairs),
as `../shared/eval/score.py` matches them: a pair is found when two items of one finding's
evidence stand for its two sides, so a finding must show the pair the gold names."""

from __future__ import annotations

import os

import yaml

RANK = {"info": 0, "warning": 1, "error": 2}


def _side(side: dict, evidence: dict) -> bool:
    doc = os.path.basename(str(evidence["doc"]))
    blob = f"{evidence['text']} {evidence['sentence']}".lower()
    return doc.startswith(side.get("doc", "")) and side.get("anchor", "").lower() in blob


def pair_matches(pair: dict, finding: dict) -> bool:
    """The finding's evidence covers both sides of the pair, in either order."""
    evidence = finding["evidence"]
    open_b = not pair["b"].get("doc") and not pair["b"].get("anchor")
    for i, first in enumerate(evidence):
        for one, other in ((pair["a"], pair["b"]), (pair["b"], pair["a"])):
            if not _side(one, first):
                continue
            if open_b and one is pair["a"]:
                return True
            if any(j != i and _side(other, second) for j, second in enumerate(evidence)):
                return True
    return False


def score(gold_path, report: dict) -> tuple[list[str], list[str]]:
    """(missed must ids, false positive descriptions) of a report against a gold file."""
    with open(gold_path, encoding="utf-8") as file:
        gold = yaml.safe_load(file)
    scored = [f for f in report["findings"] if RANK[f["severity"]] >= 1]
    missed = [
        pair["id"]
        for pair in gold.get("must", [])
        if not any(
            pair_matches(pair, f) and RANK[f["severity"]] >= RANK[pair.get("severity", "warning")] for f in scored
        )
    ]
    false_positives = [
        f["message"]
        for f in scored
        if any(pair_matches(p, f) for p in gold.get("must_not", []))
        or not any(pair_matches(p, f) for p in gold.get("must", []) + gold.get("optional", []))
    ]
    return missed, false_positives
