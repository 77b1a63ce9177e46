"""The HTML report as written: self-contained, escaped, and carrying every finding's evidence."""

from __future__ import annotations

import base64
import hashlib
import re

from factcheck.pipeline import DocumentStatus, Report
from factcheck.report import RenderOptions, render
from tests.html.dom import parse


def findings_of(page):
    return {e.attrs["data-rule"]: e for e in page.all(lambda e: e.has("data-finding"))}


def test_both_seed_findings_with_their_evidence(seed_report):
    page = parse(render(seed_report, "html"))
    findings = findings_of(page)
    assert set(findings) == {"FC101", "FC202"}
    assert {m.text for m in findings["FC101"].all(lambda e: e.tag == "mark")} == {"May 2024", "May 2022"}
    assert {m.text for m in findings["FC202"].all(lambda e: e.tag == "mark")} == {"moon’s far side", "South Pole Aitken Basin"}
    links = {a.attrs["href"] for a in findings["FC101"].all(lambda e: e.tag == "a")}
    assert links == {"data/seeds/003_a474169539f80e3b.txt#L9", "data/seeds/004_0e4fa50010040a0a.txt#L15"}


def test_places_are_shown_with_their_gazetteer_relation(seed_report):
    places = parse(render(seed_report, "html")).one(lambda e: e.has("class", "places"))
    assert [p.text for p in places.all(lambda e: e.has("class", "place"))] == [
        "the far side of the Moon", "the South Pole–Aitken basin",
    ]
    assert "only partly overlap" in places.text


def test_summary_counts_documents_claims_events_and_findings(seed_report):
    summary = parse(render(seed_report, "html")).one(lambda e: e.has("class", "summary"))
    stats = summary.one(lambda e: e.has("class", "stats"))
    stats = dict(zip((e.text for e in stats.all(lambda e: e.tag == "dt")), (e.text for e in stats.all(lambda e: e.tag == "dd"))))
    assert stats == {
        "Documents checked": "5", "Skipped": "0", "Claims": str(seed_report.claims),
        "Events": str(seed_report.events), "Errors": "1", "Warnings": "1", "Info": "0",
    }
    rules = summary.one(lambda e: e.has("class", "rules")).text
    assert "FC101" in rules and "date-conflict" in rules and "FC202" in rules


def test_skipped_documents_are_listed_with_their_reason(seed_report):
    skipped = Report([], [*seed_report.documents[:1], DocumentStatus("notes/empty.txt", None, "skipped", "empty file")], 0, 0)
    page = parse(render(skipped, "html"))
    assert "notes/empty.txt: empty file" in " ".join(page.one(lambda e: e.has("class", "summary")).text.split())
    assert "No contradictions found" in page.text


def test_the_severity_threshold_leaves_lower_findings_out(seed_report):
    page = parse(render(seed_report, "html", RenderOptions(min_severity="error")))
    assert set(findings_of(page)) == {"FC101"}
    assert "1 below the chosen severity not shown" in " ".join(page.text.split())


def test_nothing_is_fetched_and_only_our_own_style_and_script_are_allowed(seed_report):
    html = render(seed_report, "html")
    assert not re.search(r"(src|href)\s*=\s*[\"']?(https?:)?//", html)
    page = parse(html)
    policy = page.one(lambda e: e.has("http-equiv", "Content-Security-Policy")).attrs["content"]
    assert "default-src 'none'" in policy
    for tag, directive in (("script", "script-src"), ("style", "style-src")):
        body = page.one(lambda e: e.tag == tag).text
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"{directive} 'sha256-{digest}';" in policy


def test_article_text_is_escaped(hostile_report):
    html = render(hostile_report, "html")
    assert hostile_report.findings, "the hostile articles must produce a finding, or nothing is tested"
    assert "<script>document" not in html and "<img src=x" not in html
    assert "&lt;script&gt;document.title" in html and "&lt;img src=x onerror=" in html

