"""Linter-style text, one line per finding: `path:line:col: FC101 [error] message (other side)`.

Sorted by path and line, as ruff and compilers print, so an editor or `grep` can jump to each;
the other side of a conflict is named in the message. `full` keeps the panels.
"""

from __future__ import annotations

from io import StringIO

from rich.console import Console
from rich.text import Text

from factcheck.compare import Evidence, Finding
from factcheck.pipeline import Report
from factcheck.report import RenderOptions, renderer, shown
from factcheck.report.terminal import SEVERITY_STYLE, summary


@renderer("concise")
def render_concise(report: Report, options: RenderOptions) -> str:
    buffer = StringIO()
    console = Console(
        file=buffer,
        width=10_000,  # one finding, one line: never wrapped
        color_system="standard" if options.color else None,
        force_terminal=options.color,
        no_color=not options.color,
        highlight=False,
    )
    findings = shown(report, options)
    for finding in sorted(findings, key=lambda f: (f.evidence[0].doc, f.evidence[0].line, f.evidence[0].column)):
        console.print(line(finding), soft_wrap=True)
    console.print(summary(report, len(findings)), soft_wrap=True)
    return buffer.getvalue()


def line(finding: Finding) -> Text:
    first, *others = finding.evidence
    seen = f" (see {', '.join(where(e) for e in others)})" if others else ""
    return Text.assemble(
        (where(first), "bold"),
        ": ",
        (finding.rule, "bold"),
        " ",
        (f"[{finding.severity}]", SEVERITY_STYLE[finding.severity]),
        f" {finding.message}{seen}",
    )


def where(evidence: Evidence) -> str:
    return f"{evidence.doc}:{evidence.line}:{evidence.column}"
