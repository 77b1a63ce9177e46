"""The report in a real browser: both seed findings on their timelines, and no article's script runs."""

from __future__ import annotations

import pytest

from factcheck.report import render
from tests.conftest import ROOT
from tests.html.browser import dump_dom, needs_chromium, screenshot
from tests.html.dom import parse

pytestmark = needs_chromium
ARTIFACTS = ROOT / "artifacts" / "html"


@pytest.fixture
def open_report(tmp_path):
    """A function: report -> (the page's file, its DOM after scripts ran)."""

    def run(report, name):
        page = tmp_path / f"{name}.html"
        page.write_text(render(report, "html"), encoding="utf-8")
        return page, parse(dump_dom(page, tmp_path / "profile"))

    return run


def test_seed_findings_and_their_timelines_render(seed_report, open_report, tmp_path):
    page, dom = open_report(seed_report, "seeds")
    cards = {
        (c.attrs["data-rule"], *sorted(m.text for m in c.all(lambda e: e.tag == "mark"))): c
        for c in dom.all(lambda e: e.has("data-finding"))
    }
    seeds = ("FC101", "May 2022", "May 2024"), ("FC202", "South Pole Aitken Basin", "moon’s far side")
    assert set(seeds) <= set(cards), f"the page shows {sorted(cards)}"
    dates, places = (cards[key] for key in seeds)

    event = dom.one(lambda e: e.has("data-event") and dates in list(e))
    assert places in list(event)
    timeline = event.one(lambda e: e.tag == "svg" and e.has("data-timeline"))
    rows = {row.attrs["data-article"] for row in timeline.all(lambda e: e.has("data-article"))}
    assert {a.attrs["href"].split("#")[0] for a in dates.all(lambda e: e.tag == "a")} <= rows
    conflicts = timeline.all(lambda e: e.has("data-conflict", "true"))
    assert {"May 2022", "May 2024"} <= {mark.one(lambda e: e.has("class", "date")).text for mark in conflicts}

    # Our own script ran under the page's security policy: it revealed the filters and counted.
    assert not dom.one(lambda e: e.has("id", "filters")).has("hidden")
    count = len(seed_report.findings)
    assert dom.one(lambda e: e.has("id", "filter-status")).text == f"{count} of {count} findings shown"

    picture = screenshot(page, ARTIFACTS / "seeds.png", tmp_path / "profile")
    assert picture.read_bytes().startswith(b"\x89PNG")


def test_a_hostile_articles_script_does_not_run(hostile_report, open_report):
    assert hostile_report.findings, "the hostile articles must produce a finding, or nothing is tested"
    _, dom = open_report(hostile_report, "hostile")
    head = dom.one(lambda e: e.tag == "head")
    assert head.one(lambda e: e.tag == "title").text == "factcheck report"
    assert not dom.all(lambda e: e.attrs.get("id", "").startswith("pwned") or e.tag == "aside")
    quoted = " ".join(q.text for q in dom.all(lambda e: e.tag == "blockquote"))
    assert "<script>document.title" in quoted and "<img src=x onerror=" in quoted
