"""SARIF 2.1.0 for code scanning: stable rule ids from the catalogue, relative URIs, fingerprints.

URIs are relative to the repository root (`SRCROOT`, given in `originalUriBaseIds`), wherever
factcheck ran from: code scanning resolves them against the root of the checkout.

Each result's primary location is its first evidence, the other side a related location.
Columns count Unicode code points, as factcheck's do (declared by `columnKind`). The
fingerprint is the baseline's claim identity, so a finding keeps it when its lines move.
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import quote

from factcheck import __version__
from factcheck.baseline import fingerprints
from factcheck.catalogue import CHECKS
from factcheck.compare import Evidence
from factcheck.pipeline import Report
from factcheck.report import RenderOptions, renderer, shown

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}
RULE_IDS = sorted(CHECKS)


@renderer("sarif")
def render_sarif(report: Report, options: RenderOptions) -> str:
    findings = shown(report, options)
    root = (options.root or Path.cwd()).resolve()
    results = []
    for finding, print_ in zip(findings, fingerprints(report, findings)):
        first, *others = finding.evidence
        results.append(
            {
                "ruleId": finding.rule,
                "ruleIndex": RULE_IDS.index(finding.rule),
                "level": LEVEL[finding.severity],
                "message": {"text": finding.message},
                "locations": [_location(first, root)],
                "relatedLocations": [
                    {
                        **_location(evidence, root),
                        "id": number,
                        "message": {"text": f"{evidence.doc} says {evidence.value}"},
                    }
                    for number, evidence in enumerate(others, start=1)
                ],
                "partialFingerprints": {"factcheckClaims/v1": print_},
                "properties": {"event": finding.event_label, "values": [e.value for e in finding.evidence]},
            }
        )
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "factcheck",
                        "version": __version__,
                        "rules": [_rule(rule_id) for rule_id in RULE_IDS],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "originalUriBaseIds": {
                    "SRCROOT": {"uri": root.as_uri() + "/", "description": {"text": "The repository root."}}
                },
                "results": results,
            }
        ],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def _rule(rule_id: str) -> dict:
    check = CHECKS[rule_id]
    return {
        "id": check.id,
        "name": check.name,
        "shortDescription": {"text": check.summary},
        "fullDescription": {"text": check.rationale},
        "help": {"text": f"{check.rationale}\n\nExample: {check.example}"},
        "defaultConfiguration": {"level": LEVEL[check.default]},
    }


def _location(evidence: Evidence, root: Path) -> dict:
    text_lines = evidence.text.split("\n")
    region = {"startLine": evidence.line, "startColumn": evidence.column}
    if len(text_lines) > 1:
        region.update(endLine=evidence.line + len(text_lines) - 1, endColumn=len(text_lines[-1]) + 1)
    else:
        region["endColumn"] = evidence.column + len(evidence.text)
    region["snippet"] = {"text": evidence.text}
    return {"physicalLocation": {"artifactLocation": _artifact(evidence.doc, root), "region": region}}


def _artifact(name: str, root: Path) -> dict:
    path = Path(name).resolve()
    if not path.is_relative_to(root):
        return {"uri": path.as_uri()}
    return {"uri": quote(path.relative_to(root).as_posix()), "uriBaseId": "SRCROOT"}
