"""The HTML report as written: self-contained, escaped, and carrying every finding's evidence."""

from __future__ import annotations

import base64
import hashlib
import re

from factcheck.compare import Evidence, Finding
from factcheck.pipeline import DocumentStatus, Report
from factcheck.report import RenderOptions, render
from tests.html.dom import parse


def card(page, finding):
    """The page's element for one finding: its rule, and links to each piece of its evidence."""
    links = [f"{e.doc}#L{e.line}" for e in finding.evidence]
    return page.one(
        lambda e: (
            e.attrs.get("data-rule") == finding.rule
            and [a.attrs["href"] for a in e.all(lambda a: a.tag == "a")] == links
        )
    )


def test_every_finding_is_shown_with_its_evidence_highlighted(seed_report):
    page = parse(render(seed_report, "html"))
    assert len(page.all(lambda e: e.has("data-finding"))) == len(seed_report.findings)
    for finding in seed_report.findings:
        marks = [m.text for m in card(page, finding).all(lambda e: e.tag == "mark")]
        assert marks == [e.text for e in finding.evidence]
    assert any(
        f.rule == "FC101" and {e.text for e in f.evidence} == {"May 2024", "May 2022"} for f in seed_report.findings
    )


def test_places_are_shown_with_their_gazetteer_relation():
    finding = Finding(
        "FC201",
        "place-disjoint",
        "error",
        "landing (Luna): a.txt says the near side of the Moon, b.txt says the far side of the Moon; "
        "the near side of the Moon and the far side of the Moon do not overlap. b.txt is the outlier: 2 other articles agree.",
        "E1",
        "landing (Luna)",
        (
            place("a.txt", "the near side", "the near side of the Moon"),
            place("b.txt", "the far side", "the far side of the Moon"),
        ),
        outlier="b.txt",
        details={
            "relation": {
                "kind": "disjoint",
                "explanation": "the near side of the Moon and the far side of the Moon do not overlap",
            }
        },
    )
    page = parse(render(Report([finding], [], 2, 1), "html"))
    places = page.one(lambda e: e.has("class", "places"))
    assert [p.text for p in places.all(lambda e: e.has("class", "place"))] == [
        "the near side of the Moon",
        "the far side of the Moon",
    ]
    assert (
        " ".join(places.text.split())
        == "Gazetteer: the near side of the Moon and the far side of the Moon do not overlap."
    )


def place(doc, text, value):
    sentence = f"The probe landed on {text}."
    return Evidence(doc, 1, 21, text, sentence, 20, 20 + len(text), value, f"{doc}#0")


def test_summary_counts_documents_claims_events_and_findings(seed_report):
    summary = parse(render(seed_report, "html")).one(lambda e: e.has("class", "summary"))
    stats = summary.one(lambda e: e.has("class", "stats"))
    stats = dict(
        zip((e.text for e in stats.all(lambda e: e.tag == "dt")), (e.text for e in stats.all(lambda e: e.tag == "dd")))
    )
    counts = seed_report.counts()
    assert stats == {
        "Documents checked": "5",
        "Skipped": "0",
        "Claims": str(seed_report.claims),
        "Events": str(seed_report.events),
        "Errors": str(counts["error"]),
        "Warnings": str(counts["warning"]),
        "Info": str(counts["info"]),
    }
    rules = summary.one(lambda e: e.has("class", "rules")).text
    assert "FC101" in rules and "date-conflict" in rules and "FC202" in rules


def test_skipped_documents_are_listed_with_their_reason(seed_report):
    skipped = Report(
        [], [*seed_report.documents[:1], DocumentStatus("notes/empty.txt", None, "skipped", "empty file")], 0, 0
    )
    page = parse(render(skipped, "html"))
    assert "notes/empty.txt: empty file" in " ".join(page.one(lambda e: e.has("class", "summary")).text.split())
    assert "No contradictions found" in page.text


def test_the_severity_threshold_leaves_lower_findings_out(seed_report):
    page = parse(render(seed_report, "html", RenderOptions(min_severity="error")))
    shown = page.all(lambda e: e.has("data-finding"))
    assert len(shown) == seed_report.counts()["error"] and all(e.has("data-severity", "error") for e in shown)
    hidden = len(seed_report.findings) - len(shown)
    assert f"{hidden} below the chosen severity not shown" in " ".join(page.text.split())


def test_nothing_is_fetched_and_only_our_own_style_and_script_are_allowed(seed_report):
    html = render(seed_report, "html")
    assert not re.search(r"(src|href)\s*=\s*[\"']?(https?:)?//", html)
    page = parse(html)
    policy = page.one(lambda e: e.has("http-equiv", "Content-Security-Policy")).attrs["content"]
    assert "default-src 'none'" in policy
    for tag, directive in (("script", "script-src"), ("style", "style-src")):
        body = page.one(lambda e, tag=tag: e.tag == tag).text
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"{directive} 'sha256-{digest}';" in policy


def test_article_text_is_escaped(hostile_report):
    html = render(hostile_report, "html")
    assert hostile_report.findings, "the hostile articles must produce a finding, or nothing is tested"
    assert "<script>document" not in html and "<img src=x" not in html
    assert "&lt;script&gt;document.title" in html and "&lt;img src=x onerror=" in html
