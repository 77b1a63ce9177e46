"""Suppression comments inside articles, and the findings they silence.

`<!-- factcheck: ignore RULE -->` silences RULE for findings with evidence in the next
paragraph (or, when the comment stands inside a paragraph, in the rest of that paragraph);
`<!-- factcheck: ignore-file RULE -->` silences it for the whole file. RULE is an id or a name,
several may be given, separated by spaces or commas. A suppression that silences nothing is
reported as an FC001 unused-suppression finding, placed on the comment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.catalogue import CHECKS, find_check
from factcheck.compare import Evidence, Finding
from factcheck.corpus import Document
from factcheck.errors import FactcheckError
from factcheck.rules import Rules

UNUSED = "FC001"
_DIRECTIVE = re.compile(r"<!--\s*factcheck\s*:\s*(?P<scope>ignore-file|ignore)\b(?P<rules>.*?)-->", re.I | re.S)


@dataclass(frozen=True)
class Suppression:
    doc: str
    rules: frozenset[str]  # check ids
    start: int  # the comment's offsets
    end: int
    covers: tuple[int, int] | None  # offsets silenced; None: the whole file
    text: str


def find_suppressions(document: Document) -> list[Suppression]:
    """The document's suppression comments; an unknown rule is an error naming file and line."""
    found = []
    for match in _DIRECTIVE.finditer(document.text):
        names = [name for name in re.split(r"[\s,]+", match["rules"].strip()) if name]
        line = document.line_col(match.start())[0]
        if not names:
            raise FactcheckError(f"{document.name}:{line}: factcheck suppression names no rule")
        checks = [find_check(name) for name in names]
        unknown = [name for name, check in zip(names, checks) if check is None]
        if unknown:
            raise FactcheckError(f"{document.name}:{line}: unknown rule {unknown[0]!r} in factcheck suppression")
        whole_file = match["scope"].lower() == "ignore-file"
        found.append(
            Suppression(
                doc=document.name,
                rules=frozenset(check.id for check in checks),
                start=match.start(),
                end=match.end(),
                covers=None if whole_file else _covered(document, match.end()),
                text=match.group(0),
            )
        )
    return found


def suppress(findings: list[Finding], suppressions: list[Suppression]) -> tuple[list[Finding], list[Suppression]]:
    """The findings no suppression silences, and the suppressions that silenced nothing."""
    used: set[Suppression] = set()
    kept = []
    for finding in findings:
        silencing = [s for s in suppressions if _silences(s, finding)]
        used.update(silencing)
        if not silencing:
            kept.append(finding)
    return kept, [s for s in suppressions if s not in used]


def unused_findings(unused: list[Suppression], documents: dict[str, Document], rules: Rules) -> list[Finding]:
    """One FC001 finding per unused suppression, on the comment itself."""
    check = CHECKS[UNUSED]
    findings = []
    for suppression in unused:
        line, column = documents[suppression.doc].line_col(suppression.start)
        names = ", ".join(sorted(suppression.rules))
        scope = "file" if suppression.covers is None else "paragraph"
        findings.append(
            Finding(
                rule=check.id,
                name=check.name,
                severity=rules.severity(check.id),
                message=f"unused suppression: no {names} finding in the {scope} it covers; remove the comment.",
                event="suppressions",
                event_label="unused suppressions",
                evidence=(
                    Evidence(
                        doc=suppression.doc,
                        line=line,
                        column=column,
                        text=suppression.text,
                        sentence=suppression.text,
                        start=suppression.start,
                        end=suppression.end,
                        value=f"ignore {names}",
                        claim="",
                        modality="",
                    ),
                ),
            )
        )
    return findings


def _silences(suppression: Suppression, finding: Finding) -> bool:
    if finding.rule not in suppression.rules:
        return False
    for evidence in finding.evidence:
        if evidence.doc != suppression.doc:
            continue
        if suppression.covers is None or suppression.covers[0] <= evidence.start < suppression.covers[1]:
            return True
    return False


def _covered(document: Document, after: int) -> tuple[int, int]:
    """The text a paragraph suppression ending at `after` covers."""
    for paragraph in document.paragraphs:
        if paragraph.end <= after:
            continue
        if paragraph.start < after:
            rest = document.text[after : paragraph.end]
            if rest.strip():
                return paragraph.end - len(rest.lstrip()), paragraph.end
        elif paragraph.kind != "comment":
            return paragraph.start, paragraph.end
    return after, after
