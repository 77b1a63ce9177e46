"""Helpers for the claim-precision tests: claims of one article, and the report on a few."""

from __future__ import annotations

import pytest

from factcheck.claims_table import with_values
from factcheck.corpus import load_document
from factcheck.extract import extract_claims


@pytest.fixture(scope="module")
def claims_of(nlp, rules):
    def run(text, published=None):
        document = load_document("doc.md", text.encode("utf-8"), published=published)
        return with_values(extract_claims([document], rules, nlp)).to_dict("records")

    return run


@pytest.fixture
def findings_of(tmp_path, analyse_paths, rules):
    """Articles as {name: (published, body)} -> the report's findings as (rule, severity, message)."""

    def run(articles):
        for name, (published, body) in articles.items():
            (tmp_path / f"{name}.md").write_text(f"---\npublished: {published}\n---\n{body}\n", encoding="utf-8")
        report = analyse_paths([tmp_path], rules)
        return [(f.rule, f.severity, f.message) for f in report.findings]

    return run
