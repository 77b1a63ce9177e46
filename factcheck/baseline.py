"""Baselines: known findings recorded once and hidden from later runs.

A finding is identified by its rule and, for each side, the document, the claim's event type and
participants, and the normalised value compared: never by line or offset, so editing another
part of the file keeps the entry matching. An entry that matches no finding any more is stale:
it is reported, and `factcheck baseline prune` removes it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from factcheck.compare import Finding
from factcheck.errors import FactcheckError
from factcheck.pipeline import Report
from factcheck.text import normalise_name

BASELINE_FORMAT = 1


def identity(finding: Finding, claims: dict[str, dict]) -> dict:
    """What a finding is about, independent of where in its files it stands."""
    sides = []
    for evidence in finding.evidence:
        claim = claims.get(evidence.claim, {})
        sides.append(
            {
                "doc": evidence.doc,
                "event": claim.get("event_type") or "",
                "participants": sorted({normalise_name(name) for name in claim.get("participants") or ()}),
                "value": evidence.value,
            }
        )
    return {"rule": finding.rule, "claims": sorted(sides, key=lambda side: json.dumps(side, sort_keys=True))}


def fingerprint(identity: dict) -> str:
    canonical = json.dumps(identity, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:32]


def claims_by_id(report: Report, findings: list[Finding]) -> dict[str, dict]:
    """The claim rows the findings cite, by claim id."""
    if report.alignment is None or not len(report.alignment.claims):
        return {}
    cited = {evidence.claim for finding in findings for evidence in finding.evidence}
    frame = report.alignment.claims
    rows = frame[frame["claim_id"].isin(cited)]
    return {row["claim_id"]: row for row in rows.astype(object).to_dict("records")}


def fingerprints(report: Report, findings: list[Finding]) -> list[str]:
    claims = claims_by_id(report, findings)
    return [fingerprint(identity(finding, claims)) for finding in findings]


@dataclass(frozen=True)
class Baseline:
    path: Path
    entries: tuple[dict, ...]

    def split(self, report: Report, findings: list[Finding]) -> tuple[list[Finding], int, list[dict]]:
        """The findings the baseline does not know, how many it hid, and its stale entries."""
        known = {entry["fingerprint"] for entry in self.entries}
        prints = fingerprints(report, findings)
        kept = [finding for finding, print_ in zip(findings, prints) if print_ not in known]
        current = set(prints)
        stale = [entry for entry in self.entries if entry["fingerprint"] not in current]
        return kept, len(findings) - len(kept), stale


def baseline_text(report: Report, findings: list[Finding]) -> str:
    """The baseline file recording these findings (sorted, so rewriting it makes small diffs)."""
    claims = claims_by_id(report, findings)
    entries = {}
    for finding in findings:
        key = identity(finding, claims)
        entries[fingerprint(key)] = {
            "fingerprint": fingerprint(key),
            "name": finding.name,
            **key,
            "message": finding.message,
        }
    ordered = [
        entries[key] for key in sorted(entries, key=lambda k: (entries[k]["rule"], entries[k]["claims"][0]["doc"], k))
    ]
    return json.dumps({"factcheck_baseline": BASELINE_FORMAT, "entries": ordered}, indent=2, ensure_ascii=False) + "\n"


def pruned_text(baseline: Baseline, stale: list[dict]) -> str:
    gone = {entry["fingerprint"] for entry in stale}
    kept = [entry for entry in baseline.entries if entry["fingerprint"] not in gone]
    return json.dumps({"factcheck_baseline": BASELINE_FORMAT, "entries": kept}, indent=2, ensure_ascii=False) + "\n"


def load_baseline(path: Path) -> Baseline:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise FactcheckError(f"{path}: baseline file not found (create it with `factcheck baseline write`)") from None
    except (OSError, UnicodeDecodeError) as error:
        raise FactcheckError(f"{path}: cannot read baseline: {error}") from None
    except json.JSONDecodeError as error:
        raise FactcheckError(f"{path}:{error.lineno}: baseline is not valid JSON: {error.msg}") from None
    if not isinstance(data, dict) or data.get("factcheck_baseline") != BASELINE_FORMAT:
        raise FactcheckError(f"{path}: not a factcheck baseline (format {BASELINE_FORMAT})")
    entries = data.get("entries")
    if not isinstance(entries, list) or not all(
        isinstance(e, dict) and isinstance(e.get("fingerprint"), str) for e in entries
    ):
        raise FactcheckError(f"{path}: baseline entries must be a list of objects with a fingerprint")
    return Baseline(Path(path), tuple(entries))
