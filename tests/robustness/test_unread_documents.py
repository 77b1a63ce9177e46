"""Documents extraction cannot read are named with the reason: another language, unclosed front
matter, a legacy 8-bit encoding; and one currency spelling per currency."""

from __future__ import annotations

import pytest

from factcheck.cache import ClaimsCache
from factcheck.claims_table import claims_frame
from factcheck.corpus import Document, Skipped, load_document
from factcheck.corpus.frontmatter import FrontMatterError, parse_front_matter
from factcheck.extract import extract_claims
from factcheck.language import detect_language, unchecked_language
from factcheck.quantities import currency_of

SPANISH = "El Gobierno aprobó ayer un nuevo paquete de medidas contra la inflación, informó el ministerio."
GERMAN = "Die Bundesregierung einigte sich in der Nacht auf einen Haushalt für das kommende Jahr."
ENGLISH_NAMES = "Real Madrid beat Bayern München 2-1 at the Santiago Bernabéu, with goals from Vinícius and Bellingham."


def test_the_language_is_identified_on_short_news_paragraphs():
    assert str(detect_language(SPANISH)) == "Spanish (es)"
    assert detect_language(GERMAN).code == "de"
    assert unchecked_language(ENGLISH_NAMES) is None  # English full of foreign names is English


@pytest.mark.parametrize("body", ["", "hi", "2024-05-03", "\x00\x01\ud800 broken"])
def test_too_little_or_odd_text_has_no_language_and_is_read(body):
    assert unchecked_language(body) is None


def test_a_document_in_another_language_is_skipped_with_its_language_named():
    outcome = load_document("es.md", f"# Noticias\n\n{SPANISH}\n\n{SPANISH}\n".encode())
    assert isinstance(outcome, Skipped)
    assert outcome.reason == "unsupported language: Spanish (es); only English is read"
    assert isinstance(load_document("en.md", f"# News\n\n{ENGLISH_NAMES}\n".encode()), Document)


def test_the_language_is_judged_on_the_body_not_the_front_matter():
    text = f"---\ntitle: Terremoto en Marruecos, miles de muertos\n---\n{ENGLISH_NAMES}\n"
    assert parse_front_matter(text).unread_language is None


def test_unclosed_front_matter_is_an_error_on_line_1_never_article_text():
    with pytest.raises(FrontMatterError) as error:
        parse_front_matter("---\ntitle: Budget\npublished: 2023-01-05\n\nThe council approved the budget.\n")
    assert error.value.line == 1 and "not closed" in str(error.value)
    outcome = load_document("a.md", b"---\npublished: 2023-01-05\n\nThe council approved the budget on Monday.\n")
    assert isinstance(outcome, Skipped) and outcome.line == 1


def test_a_latin_1_file_is_skipped_at_the_line_of_its_first_accented_letter():
    outcome = load_document("a.md", "# Title\n\nThe café in Málaga opened on Monday.\n".encode("latin-1"))
    assert isinstance(outcome, Skipped) and outcome.line == 3
    assert outcome.reason.startswith("not UTF-8 but an 8-bit encoding such as Latin-1")
    # A stray bad byte in UTF-8 text is still read, with a warning.
    damaged = load_document("b.md", b"The bridge opened on 3 May 2024 \xff\xfe to traffic.\n")
    assert isinstance(damaged, Document) and damaged.warning


def test_the_cache_remembers_the_language_with_the_front_matter(tmp_path):
    text = f"# Noticias\n\n{SPANISH}\n"
    first = ClaimsCache(tmp_path, "rules", None)
    assert first.front_matter(text).unread_language == "Spanish (es)"
    first.store([], claims_frame([]))
    again = ClaimsCache(tmp_path, "rules", None)
    assert again._load().front_matter  # remembered, so the text is not looked at again
    assert again.front_matter(text).unread_language == "Spanish (es)"


@pytest.mark.parametrize(
    "phrase, currency",
    [("$1.2 billion", "USD"), ("$ 1.2bn", "USD"), ("1.2 billion dollars", "USD"), ("€5m", "EUR"), ("5 euros", "EUR")],
)
def test_one_spelling_per_currency(phrase, currency):
    assert currency_of(phrase) == currency


def test_the_same_amount_has_one_unit_whoever_writes_it(nlp, rules):
    texts = (
        "Acme raised $1.2 billion from investors on Monday.",
        "Acme raised $1.2bn from investors on Monday.",
        "Acme raised 1.2 billion dollars from investors on Monday.",
    )
    documents = [load_document(f"d{number}.md", text.encode()) for number, text in enumerate(texts)]
    claims = extract_claims(documents, rules, nlp)
    units = claims.loc[claims["quantity_value"].notna(), ["doc", "quantity_unit"]]
    assert sorted(units["doc"]) == ["d0.md", "d1.md", "d2.md"] and set(units["quantity_unit"]) == {"USD"}
