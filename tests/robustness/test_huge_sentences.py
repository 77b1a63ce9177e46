"""A stretch of text with no sentence boundary is never handed whole to the statistical parser."""

from __future__ import annotations

from factcheck.corpus import load_document
from factcheck.extract import extract_rows
from factcheck.extract.sentences import MAX_SENTENCE_CHARS


def test_an_overlong_sentence_is_left_out_not_a_parser_error(rules, nlp, monkeypatch):
    # The parser refuses texts over nlp.max_length (a million characters by default); a smaller
    # limit shows the same refusal without a megabyte of text.
    monkeypatch.setattr(nlp, "max_length", MAX_SENTENCE_CHARS + 100)
    run_on = "The agency launched the satellite on 3 May 2024 in Florida and " * 120
    text = f"The agency launched the rover on 3 June 2024 in Texas, officials said.\n\n{run_on}\n"
    document = load_document("long.txt", text.encode())
    (claim,) = extract_rows([document], rules, nlp)["long.txt"]
    assert claim["time_text"] == "3 June 2024"
