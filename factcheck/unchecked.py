"""Every document accounted for in the findings: one that was not checked, or not checked whole, is a finding.

A CI gate that passes what it could not read would pass anything; so a skipped document is an
FC002 finding (an error by default, as ruff's E999 is for a file it cannot parse), and one read
with damaged bytes an FC003 warning. Both are placed on the file, at the line at fault when
there is one, and are selected, re-levelled and suppressed like any other check.
"""

from __future__ import annotations

from factcheck.catalogue import CHECKS
from factcheck.compare import Evidence, Finding
from factcheck.corpus import Corpus
from factcheck.rules import Rules

NOT_CHECKED = "FC002"
DAMAGED = "FC003"


def document_findings(corpus: Corpus, rules: Rules) -> list[Finding]:
    """An FC002 finding for each skipped document, an FC003 for each checked with a warning."""
    findings = [
        _finding(NOT_CHECKED, rules, skipped.name, skipped.line or 1, "not checked", skipped.reason)
        for skipped in corpus.skipped
    ]
    findings += [
        _finding(DAMAGED, rules, document.name, 1, "checked with damaged text", document.warning)
        for document in corpus.documents
        if document.warning
    ]
    return findings


def _finding(rule: str, rules: Rules, doc: str, line: int, outcome: str, reason: str) -> Finding:
    check = CHECKS[rule]
    return Finding(
        rule=check.id,
        name=check.name,
        severity=rules.severity(check.id),
        message=f"{outcome}: {reason}",
        event="documents",
        event_label="documents not checked whole",
        evidence=(
            Evidence(doc=doc, line=line, column=1, text="", sentence="", start=0, end=0, value=outcome, claim=""),
        ),
    )
