"""Linter-style output: one line per finding sorted by place, severity order, JUnit at --fail-on,
annotations on the outlier, SARIF URIs relative to the repository root."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

from factcheck.compare import Evidence, Finding
from factcheck.pipeline import Report
from factcheck.report import RenderOptions, outlier_first, render


def _evidence(doc: str, line: int, value: str = "v") -> Evidence:
    return Evidence(doc, line, 3, "May 2021", "It launched in May 2021.", 0, 8, value, "")


def _finding(rule: str, severity: str, *sides: Evidence, outlier: str | None = None) -> Finding:
    return Finding(rule, "name", severity, f"{rule} message", f"E-{rule}", "event", sides, outlier)


def _report(*findings: Finding) -> Report:
    return Report(findings=list(findings), documents=[], claims=0, events=0)


FINDINGS = (
    _finding("FC302", "info", _evidence("b.md", 2), _evidence("a.md", 9)),
    _finding("FC101", "error", _evidence("b.md", 7), _evidence("a.md", 1)),
    _finding("FC301", "warning", _evidence("a.md", 4), _evidence("b.md", 5)),
)


def test_concise_is_one_line_per_finding_sorted_by_path_and_line_with_the_other_side():
    lines = render(_report(*FINDINGS), "concise").splitlines()
    assert lines[:3] == [
        "a.md:4:3: FC301 [warning] FC301 message (see b.md:5:3)",
        "b.md:2:3: FC302 [info] FC302 message (see a.md:9:3)",
        "b.md:7:3: FC101 [error] FC101 message (see a.md:1:3)",
    ]
    assert lines[3].startswith("factcheck: ")


def test_every_other_format_lists_findings_most_severe_first():
    data = json.loads(render(_report(*FINDINGS), "json"))
    assert [f["severity"] for f in data["findings"]] == ["error", "warning", "info"]
    full = render(_report(*FINDINGS), "full")
    assert full.index("FC101") < full.index("FC301") < full.index("FC302")


def test_the_full_panels_show_each_path_whole():
    long = "corpus/archive/2024/very-long-directory-name-for-articles"
    finding = _finding("FC101", "error", _evidence(f"{long}/first.md", 3), _evidence(f"{long}/second.md", 4))
    text = "".join(render(_report(finding), "full", RenderOptions(width=100)).split())
    assert "first.md:3:3" in text and "second.md:4:3" in text


def test_junit_fails_only_findings_at_or_above_fail_on():
    for fail_on, failures in (("error", "1"), ("warning", "2"), ("info", "3")):
        suites = ET.fromstring(render(_report(*FINDINGS), "junit", RenderOptions(fail_on=fail_on)))
        assert suites.get("tests") == "3" and suites.get("failures") == failures
        assert len(suites.findall(".//failure")) == int(failures)


def test_a_full_corpus_conflict_is_annotated_on_its_outlier():
    finding = _finding(
        "FC301", "warning", _evidence("a.md", 1), _evidence("b.md", 2), _evidence("odd.md", 3), outlier="odd.md"
    )
    annotation = render(_report(outlier_first(finding)), "github")
    assert annotation.startswith("::warning file=odd.md,line=3,")


def test_sarif_uris_are_relative_to_the_repository_root(tmp_path, monkeypatch):
    root = tmp_path / "repo"
    (root / "news").mkdir(parents=True)
    monkeypatch.chdir(root / "news")
    finding = _finding("FC101", "error", _evidence("a.md", 1), _evidence("b.md", 2))
    log = json.loads(render(_report(finding), "sarif", RenderOptions(root=root)))
    run = log["runs"][0]
    assert run["originalUriBaseIds"]["SRCROOT"]["uri"] == root.resolve().as_uri() + "/"
    location = run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": "news/a.md", "uriBaseId": "SRCROOT"}
    outside = _finding("FC101", "error", _evidence(str(tmp_path / "elsewhere.md"), 1))
    uri = json.loads(render(_report(outside), "sarif", RenderOptions(root=root)))["runs"][0]["results"][0]
    assert uri["locations"][0]["physicalLocation"]["artifactLocation"] == {
        "uri": Path(tmp_path / "elsewhere.md").resolve().as_uri()
    }


def test_check_prints_one_line_per_finding_and_keeps_the_panels_on_request(repo, factcheck, contradicting):
    repo.commit("add a contradicting article", {"data/new/lunar.md": contradicting})
    concise = factcheck("check", cwd=repo.root)
    assert concise.code == 1
    findings = [line for line in concise.stdout.splitlines() if not line.startswith("factcheck:")]
    assert findings and all(": FC" in line and " [" in line for line in findings)
    assert findings == sorted(findings, key=lambda line: (line.split(":")[0], int(line.split(":")[1])))
    full = factcheck("check", "--output-format", "full", cwd=repo.root)
    assert "ERROR FC101 date-conflict" in full.stdout
