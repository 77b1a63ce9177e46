"""Scraped pages: navigation, bylines, share buttons and teasers around the article make no claims;
a wire dateline does not date the story's events."""

import datetime as dt
from pathlib import Path

import pytest

from factcheck.corpus import load_corpus
from factcheck.extract import extract_claims

PAGES = Path(__file__).resolve().parents[1] / "corpus" / "pages"


@pytest.fixture(scope="module")
def wire(nlp, rules):
    corpus = load_corpus([PAGES / "wire_quake.txt"], published=dt.date(2023, 11, 4))
    [document] = corpus.documents
    return document, extract_claims([document], rules, nlp)


def test_only_the_story_is_article_text(wire):
    document, _ = wire
    article = " ".join(document.text[p.start : p.end] for p in document.article)
    assert article.startswith("KATHMANDU, Nov 4 (Reuters)")
    for furniture in ("Skip to main content", "Share this article", "More from World", "All rights reserved"):
        assert furniture not in article


def test_no_claim_from_link_lines_inside_the_article(wire):
    _, claims = wire
    assert not claims["sentence"].str.startswith("Read more").any()


def test_dateline_does_not_date_the_events(wire):
    _, claims = wire
    strike = claims[(claims["event_type"] == "strike") & claims["sentence"].str.contains("late on Friday")]
    assert strike["time_value"].tolist() == ["2023-11-03"]
    assert "Nov 4" not in claims["time_text"].dropna().tolist()


def test_participle_shares_the_time_and_place_of_its_clause(wire):
    _, claims = wire
    kill = claims[(claims["event_type"] == "kill") & claims["sentence"].str.contains("late on Friday")].iloc[0]
    assert (kill["time_value"], kill["place_text"], kill["quantity_low"]) == ("2023-11-03", "Nepal", 150)
