"""GitHub Actions workflow commands: one annotation per finding, on the line of its first evidence.

GitHub shows at most 10 annotations of each type (error, warning, notice) per step and drops
the rest silently, so past 10 the findings are printed as plain log lines under a note; the
command line also writes the full table to the job summary.
"""

from __future__ import annotations

from collections import Counter

from factcheck.compare import Evidence, Finding
from factcheck.pipeline import Report
from factcheck.report import RenderOptions, renderer, shown

ANNOTATION_TYPE = {"error": "error", "warning": "warning", "info": "notice"}
MAX_PER_TYPE = 10


@renderer("github")
def render_github(report: Report, options: RenderOptions) -> str:
    annotated: Counter[str] = Counter()
    lines, overflow = [], []
    for finding in shown(report, options):
        kind = ANNOTATION_TYPE[finding.severity]
        if annotated[kind] < MAX_PER_TYPE:
            annotated[kind] += 1
            lines.append(annotation(finding))
        else:
            overflow.append(finding)
    if overflow:
        lines.append(
            f"factcheck: {len(overflow)} more findings are not annotated "
            f"(GitHub shows at most {MAX_PER_TYPE} per type; the job summary lists every finding):"
        )
        lines += [f"{_where(f.evidence[0])}: {f.severity}: {f.rule} {f.name}: {f.message}" for f in overflow]
    return "".join(line + "\n" for line in lines)


def annotation(finding: Finding) -> str:
    first = finding.evidence[0]
    properties = {"file": first.doc, "line": str(first.line), "col": str(first.column)}
    text_lines = first.text.split("\n")
    if len(text_lines) > 1:
        properties["endLine"] = str(first.line + len(text_lines) - 1)
        properties["endColumn"] = str(len(text_lines[-1]) + 1)
    else:
        properties["endColumn"] = str(first.column + len(first.text))
    properties["title"] = f"{finding.rule} {finding.name}"
    others = [_where(e) for e in finding.evidence[1:]]
    message = finding.message + (f" (see {', '.join(others)})" if others else "")
    listed = ",".join(f"{key}={escape_property(value)}" for key, value in properties.items())
    return f"::{ANNOTATION_TYPE[finding.severity]} {listed}::{escape_data(message)}"


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _where(evidence: Evidence) -> str:
    return f"{evidence.doc}:{evidence.line}:{evidence.column}"
