"""The spaCy component, found through the installed entry point."""

from __future__ import annotations

import spacy


def test_blank_pipeline_gets_date_spans():
    nlp = spacy.blank("en")
    nlp.add_pipe("factcheck_dates", config={"published": "2024-11-07"})
    doc = nlp("Voters went to the polls on Tuesday, the first vote since May 2022.")
    spans = doc.spans["dates"]
    assert [s.text for s in spans] == ["Tuesday", "May 2022"]
    assert [s._.timex_value for s in spans] == ["2024-11-05", "2022-05"]
    assert [s._.timex_type for s in spans] == ["DATE", "DATE"]
    assert [s._.timex_granularity for s in spans] == ["day", "month"]
    assert spans[1]._.timex.begin.isoformat() == "2022-05-01"


def test_default_config_leaves_relative_dates_open():
    nlp = spacy.blank("en")
    nlp.add_pipe("factcheck_dates")
    doc = nlp("He spoke on Tuesday.")
    assert doc.spans["dates"][0]._.timex_value == "XXXX-WXX-2"
    assert not doc.spans["dates"][0]._.timex.anchored


def test_spans_expand_to_token_boundaries():
    nlp = spacy.blank("en")
    nlp.add_pipe("factcheck_dates")
    doc = nlp("It ended mid-2025.")
    assert [s.text for s in doc.spans["dates"]] == ["mid-2025"]
