"""Markdown for pull-request comments and the GitHub job summary: one table row per finding."""

from __future__ import annotations

from factcheck.pipeline import Report
from factcheck.report import RenderOptions, renderer, shown


@renderer("markdown")
def render_markdown(report: Report, options: RenderOptions) -> str:
    findings = shown(report, options)
    counts = report.counts()
    checked = sum(d.status == "checked" for d in report.documents)
    lines = [
        "### factcheck",
        "",
        f"{checked} documents checked: {counts['error']} errors, {counts['warning']} warnings, {counts['info']} info.",
        "",
    ]
    if not findings:
        return "\n".join([*lines, "No findings.", ""])
    lines += ["| Severity | Rule | Where | Finding |", "| --- | --- | --- | --- |"]
    for finding in findings:
        where = "<br>".join(f"`{_cell(e.doc)}:{e.line}:{e.column}`" for e in finding.evidence)
        lines.append(f"| {finding.severity} | {finding.rule} {finding.name} | {where} | {_cell(finding.message)} |")
    return "\n".join([*lines, ""])


def _cell(text: str) -> str:
    """Text that stays inside one table cell."""
    return " ".join(text.split()).replace("|", "\\|").replace("`", "'")
