"""JUnit XML for CI test reports: one test case per finding, failing when it reaches the fail level.

A finding below `--fail-on` does not fail the run, so it is not a failure here either: it is a
passing case whose output carries the finding, and the counts agree with the exit code.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from factcheck.pipeline import Report
from factcheck.report import SEVERITY_RANK, RenderOptions, renderer, shown

_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@renderer("junit")
def render_junit(report: Report, options: RenderOptions) -> str:
    findings = shown(report, options)
    failing = sum(SEVERITY_RANK[f.severity] >= SEVERITY_RANK[options.fail_on] for f in findings)
    counts = {"tests": str(len(findings)), "failures": str(failing), "errors": "0"}
    suites = ET.Element("testsuites", name="factcheck", **counts)
    suite = ET.SubElement(suites, "testsuite", name="factcheck", **counts, skipped="0")
    for finding in findings:
        first = finding.evidence[0]
        case = ET.SubElement(
            suite,
            "testcase",
            classname=_xml(first.doc),
            name=_xml(f"{finding.rule} {finding.name} at {first.doc}:{first.line}:{first.column}"),
            file=_xml(first.doc),
            line=str(first.line),
        )
        if SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[options.fail_on]:
            detail = ET.SubElement(
                case, "failure", type=finding.rule, message=_xml(f"{finding.severity}: {finding.message}")
            )
        else:
            detail = ET.SubElement(case, "system-out")
        detail.text = _xml(
            "\n".join(
                f"{e.doc}:{e.line}:{e.column}: {e.value}: {' '.join(e.sentence.split())}" for e in finding.evidence
            )
        )
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"


def _xml(text: str) -> str:
    """Text without the characters XML 1.0 cannot hold."""
    return _NOT_XML.sub("\ufffd", text)
