"""World places in claims: where an event happened, never the country that acts or owns."""

import pytest

from factcheck.claims_table import with_values
from factcheck.corpus import load_document
from factcheck.extract import extract_claims
from factcheck.rules import builtin_rules_dir, load_rules
from tests.conftest import SEEDS


@pytest.fixture(scope="module")
def place_of(nlp, rules):
    def run(text, event_type):
        document = load_document("doc.md", text.encode("utf-8"))
        claims = with_values(extract_claims([document], rules, nlp)).to_dict("records")
        [claim] = [c for c in claims if c["event_type"] == event_type]
        return claim["place_key"]

    return run


def test_a_city_is_where_the_event_happened(place_of):
    assert place_of("The two leaders signed the treaty in Geneva on 3 March 2025.", "sign") == "geneva-ch"


def test_a_country_that_acts_is_not_the_place(place_of):
    assert place_of("China launched the probe from Kazakhstan on 3 May 2024.", "launch") == "kazakhstan"


def test_a_country_that_owns_is_not_the_place(place_of):
    assert place_of("On 3 May 2024, Pakistan's first lunar satellite landed on the Moon.", "land") == "moon"


def test_the_pronoun_us_is_no_place(place_of):
    assert place_of("They told us the plant would open in Texas on 1 June 2025.", "open") == "us-texas"


def test_the_seed_report_is_the_same_without_the_world_gazetteer(analyse_paths, seed_report):
    others = sorted(d for d in builtin_rules_dir().iterdir() if d.is_dir() and d.name != "world")
    without = analyse_paths([SEEDS], load_rules(others))
    assert [f.message for f in without.findings] == [f.message for f in seed_report.findings]


def test_a_country_named_after_of_by_an_actor_is_not_the_place(place_of):
    assert place_of("The Government of India opened the plant on 1 June 2025.", "open") is None


def test_a_town_the_article_tells_in_another_region_is_that_region_throughout(nlp, rules):
    """ "Bountiful" in the headline and further down is the "Bountiful, British Columbia" of the
    lede, not the Utah town the gazetteer knows by that name."""
    text = (
        "---\ntitle: Two Bountiful leaders arrested\npublished: 2009-01-08\n---\n"
        "Two leaders of polygamous groups in Bountiful, British Columbia, were arrested on Wednesday.\n\n"
        "Police arrested a third man in Bountiful on Thursday.\n"
    )
    claims = extract_claims([load_document("doc.md", text.encode("utf-8"))], rules, nlp)
    assert set(claims["place_key"].dropna()) == {"ca-british-columbia"}
