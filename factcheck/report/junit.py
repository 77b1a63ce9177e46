"""JUnit XML for CI test reports: one failing test case per finding."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from factcheck.pipeline import Report
from factcheck.report import RenderOptions, renderer, shown

_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@renderer("junit")
def render_junit(report: Report, options: RenderOptions) -> str:
    findings = shown(report, options)
    count = str(len(findings))
    suites = ET.Element("testsuites", name="factcheck", tests=count, failures=count, errors="0")
    suite = ET.SubElement(suites, "testsuite", name="factcheck", tests=count, failures=count, errors="0", skipped="0")
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
        failure = ET.SubElement(
            case, "failure", type=finding.rule, message=_xml(f"{finding.severity}: {finding.message}")
        )
        failure.text = _xml(
            "\n".join(
                f"{e.doc}:{e.line}:{e.column}: {e.value}: {' '.join(e.sentence.split())}" for e in finding.evidence
            )
        )
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"


def _xml(text: str) -> str:
    """Text without the characters XML 1.0 cannot hold."""
    return _NOT_XML.sub("\ufffd", text)
