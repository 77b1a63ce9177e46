"""Properties on arbitrary input: the loader, the dates of a document and the whole pipeline never
crash, every offset points at the text it claims to, and the order of the documents does not matter.

`bench/fuzz.py` runs these same tests with many more examples.
"""

from __future__ import annotations

import datetime as dt
import json
from random import Random

import pandas as pd
from hypothesis import example, given, settings
from hypothesis import strategies as st

from factcheck.claims_table import claims_frame
from factcheck.cli.dates import date_records
from factcheck.corpus import Corpus, Document, Skipped, load_document
from factcheck.extract import extract_rows
from factcheck.pipeline import analyse

FAST = settings.get_profile("robustness-fast")
PIPELINE = settings.get_profile("robustness-pipeline")

# News sentences whose events, dates, places and counts agree or contradict across documents,
# impossible dates among them; noise is spliced into them at random places.
SENTENCES = st.sampled_from(
    [
        "NASA launched the Artemis satellite on 3 May 2024 from Florida, officials said on Monday.",
        "NASA launched the Artemis satellite on 5 June 2023 from Texas, the agency said in a statement.",
        "NASA launched the Artemis satellite in May 2022, according to the agency's website.",
        "At least 12 people died in the flood in Kenya on Tuesday, police said in a statement.",
        "Some 40 people died in the flood in Kenya, the ministry said on Wednesday in Nairobi.",
        "France and Germany signed the agreement in Geneva last year, diplomats said on Friday.",
        "France and Germany signed the agreement in Paris on February 30, 2025, diplomats said.",
        "The Chinese probe landed on the far side of the Moon on 2 June 2024, state media said.",
        "The Chinese probe landed in lunar orbit in the year 99999, on 0000-00-00, state media said.",
        "Acme Corp announced 3,000 job cuts on Monday, the company said in a filing.",
        "Acme Corp will announce 300 job cuts next month, the company said in a filing.",
    ]
)
NOISE = st.one_of(
    st.sampled_from(
        [
            "\n",
            "\r\n",
            "\r",
            "\t",
            "\u2028",
            "\u00a0",
            "\ufeff",
            "\ufffd",
            "\x00",
            "\x0c",
            "é",
            "e\u0301",
            "’",
            "👩‍🚀",
            "\u202e",
            "٣",
            "---",
            "# ",
            "…",
            "<!-- -->",
            "May",
            "2024",
            "12",
            "in Paris",
        ]
    ),
    st.text(max_size=12),
)


@st.composite
def sentences(draw) -> str:
    sentence = draw(SENTENCES)
    for _ in range(draw(st.integers(0, 2))):
        at = draw(st.integers(0, len(sentence)))
        sentence = sentence[:at] + draw(NOISE) + sentence[at:]
    return sentence


PROSE = st.lists(sentences(), min_size=1, max_size=4).map(" ".join)
PARAGRAPHS = st.one_of(PROSE, PROSE, PROSE, NOISE)  # mostly prose, so documents have an article
FRONT_MATTER = st.one_of(
    st.just(""),
    st.just(""),
    st.dates().map("---\ntitle: News\npublished: {}\n---\n".format),
    st.builds(
        "---\ntitle: {}\npublished: {}\n---\n".format,
        st.sampled_from(["[", "&a x", "*a", "'"]),
        st.sampled_from(["2024-02-30", "0000-00-00", "99999-01-01", "x"]),
    ),
)
PUBLISHED = st.one_of(st.none(), st.dates())
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32", "latin-1"])


@st.composite
def document_bytes(draw) -> bytes:
    separator = draw(st.sampled_from(["\n\n", "\r\n\r\n", "\n \n", "\n"]))
    text = draw(FRONT_MATTER) + separator.join(draw(st.lists(PARAGRAPHS, min_size=2, max_size=8)))
    return text.encode(draw(ENCODINGS), errors="replace")


ANY_BYTES = st.one_of(st.binary(max_size=2000), document_bytes())


def check_document(outcome: Document | Skipped) -> None:
    if isinstance(outcome, Skipped):
        assert outcome.reason and "\n" not in outcome.reason
        return
    text = outcome.text
    assert 0 <= outcome.body_start <= len(text)
    previous = outcome.body_start
    for paragraph in outcome.paragraphs:
        assert previous <= paragraph.start < paragraph.end <= len(text)
        assert text[paragraph.start : paragraph.end].strip()
        previous = paragraph.end
    for offset in (0, len(text) // 2, len(text)):
        line, column = outcome.line_col(offset)
        assert line == text.count("\n", 0, offset) + 1 and column >= 1


@FAST
@given(ANY_BYTES, PUBLISHED)
def test_loader_accepts_any_bytes(data, published):
    outcome = load_document("fuzz.txt", data, published=published)
    check_document(outcome)
    assert outcome == load_document("fuzz.txt", data, published=published)


@FAST
@given(document_bytes(), PUBLISHED)
def test_dates_of_any_document_point_at_their_text(data, published):
    document = load_document("fuzz.txt", data, published=published)
    if isinstance(document, Skipped):
        return
    for record in date_records([document]):
        assert document.text[record["start"] : record["end"]] == record["text"]
        assert (record["line"], record["column"]) == document.line_col(record["start"])


def run_pipeline(documents: list[Document], rules, nlp) -> tuple[pd.DataFrame, dict]:
    """The claims table and the report (as JSON-ready data) of the documents, in the order given."""
    rows = extract_rows(documents, rules, nlp)
    claims = claims_frame([row for document in documents for row in rows[document.name]])
    return claims, analyse(Corpus(tuple(documents)), rules, claims).to_dict()


def check_offsets(report: dict, documents: dict[str, Document]) -> None:
    for finding in report["findings"]:
        for evidence in finding["evidence"]:
            text = documents[evidence["doc"]].text
            assert 0 <= evidence["start"] <= evidence["end"] <= len(text)
            assert text[evidence["start"] : evidence["end"]] == evidence["text"]
            assert (evidence["line"], evidence["column"]) == documents[evidence["doc"]].line_col(evidence["start"])


def check_claim_offsets(claims: pd.DataFrame, documents: dict[str, Document]) -> None:
    for claim in claims.to_dict("records"):
        text = documents[claim["doc"]].text
        assert text[claim["sentence_start"] : claim["sentence_end"]] == claim["sentence"]
        for key, written in (
            ("trigger", claim["trigger"]),
            ("time", claim["time_text"]),
            ("place", claim["place_text"]),
            ("quantity", claim["quantity_text"]),
        ):
            start, end = claim[f"{key}_start"], claim[f"{key}_end"]
            if pd.notna(written):
                assert 0 <= start <= end <= len(text) and text[start:end] == written


CONTRADICTING = [  # two articles whose findings the offsets are checked on in every run
    b"NASA launched the Artemis satellite on 3 May 2024 from Florida, officials said on Monday.\n\n"
    b"At least 12 people died in the flood in Kenya on Tuesday, police said in a statement.",
    "\ufeffNASA launched the Artemis satellite on 5 June 2023 from Texas,\r\nthe agency said.\r\n\r\n"
    "Some 40 people died in the flood in K\u00e9nya, the ministry said in Nairobi 👩‍🚀.".encode("utf-16"),
]


@PIPELINE
@example(CONTRADICTING, Random(0), dt.date(2024, 6, 1))
@given(st.lists(document_bytes(), min_size=2, max_size=3), st.randoms(use_true_random=False), PUBLISHED)
def test_pipeline_on_any_documents(rules, nlp, contents, random, published):
    loaded = [load_document(f"doc{i}.txt", data, published=published) for i, data in enumerate(contents)]
    documents = [d for d in loaded if isinstance(d, Document)]
    by_name = {d.name: d for d in documents}
    claims, report = run_pipeline(documents, rules, nlp)
    check_claim_offsets(claims, by_name)
    check_offsets(report, by_name)
    assert report["summary"]["checked"] == len(documents)
    shuffled = list(documents)
    random.shuffle(shuffled)
    assert json.dumps(run_pipeline(shuffled, rules, nlp)[1]) == json.dumps(report)


def test_the_calendar_edges_as_publication_dates(rules, nlp):
    text = "The agency launched the satellite last year, next month and on Tuesday, officials said. " * 3
    for published in (dt.date.min, dt.date.max):
        document = load_document("edge.txt", text.encode(), published=published)
        claims, report = run_pipeline([document], rules, nlp)
        check_claim_offsets(claims, {document.name: document})
        assert report["summary"]["checked"] == 1
