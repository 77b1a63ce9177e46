"""The terminal report: findings grouped by event, both pieces of evidence side by side."""

from __future__ import annotations

from collections import defaultdict
from io import StringIO

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from factcheck.compare import Evidence, Finding
from factcheck.pipeline import Report
from factcheck.report import RenderOptions, renderer, shown

SEVERITY_STYLE = {"error": "bold red", "warning": "bold yellow", "info": "cyan"}


@renderer("full")
@renderer("text")
def render_text(report: Report, options: RenderOptions) -> str:
    buffer = StringIO()
    console = Console(
        file=buffer,
        width=options.width,
        color_system="standard" if options.color else None,
        force_terminal=options.color,
        no_color=not options.color,
        highlight=False,
    )
    findings = shown(report, options)
    # Story, then event, each in the order of its most severe finding (findings come sorted).
    by_story: dict[str | None, dict[str, list[Finding]]] = defaultdict(lambda: defaultdict(list))
    for finding in findings:
        by_story[finding.story][finding.event].append(finding)
    labels = {story.id: f"{story.id} · {story.label} ({len(story.documents)} articles)" for story in report.stories}
    for story, events in by_story.items():
        if story in labels:
            console.print(Text(labels[story], style="bold underline"))
        for event, group in events.items():
            console.print(
                Panel(
                    Group(*(_finding(f) for f in group)),
                    title=Text(f"{event} · {group[0].event_label}", style="bold"),
                    title_align="left",
                )
            )
    console.print(summary(report, len(findings)))
    return buffer.getvalue()


def _finding(finding: Finding) -> Group:
    heading = Text.assemble(
        (f"{finding.severity.upper()} ", SEVERITY_STYLE[finding.severity]),
        (f"{finding.rule} {finding.name}", "bold"),
    )
    table = Table(show_header=True, header_style="dim", box=None, expand=True, padding=(0, 1))
    table.add_column("where", overflow="fold", ratio=2)  # folded, not cut: two paths may share a long prefix
    table.add_column("value", ratio=2)
    table.add_column("evidence", ratio=6)
    for evidence in finding.evidence:
        table.add_row(f"{evidence.doc}:{evidence.line}:{evidence.column}", evidence.value, _highlight(evidence))
    return Group(heading, Text(finding.message), table, Text(""))


def _highlight(evidence: Evidence) -> Text:
    sentence = " ".join(evidence.sentence.split())
    text = Text(sentence)
    at = sentence.find(" ".join(evidence.text.split()))
    if at >= 0:
        text.stylize("bold reverse", at, at + len(" ".join(evidence.text.split())))
    return text


def summary(report: Report, shown_count: int) -> Text:
    checked = sum(d.status == "checked" for d in report.documents)
    counts = report.counts()
    return Text.assemble(
        ("factcheck: ", "bold"),
        f"{checked} documents checked, {len(report.documents) - checked} skipped; "
        f"{report.claims} claims in {len(report.stories)} stories and {report.events} events; ",
        (f"{counts['error']} errors", SEVERITY_STYLE["error"] if counts["error"] else ""),
        ", ",
        (f"{counts['warning']} warnings", SEVERITY_STYLE["warning"] if counts["warning"] else ""),
        ", ",
        f"{counts['info']} info",
        "" if shown_count == len(report.findings) else f" ({shown_count} shown)",
    )
