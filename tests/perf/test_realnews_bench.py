"""The parts of the real-news benchmark (bench/realnews*.py): text rebuilt from ECB+ tokens, page
dates, plants chosen from the annotations, and the scores."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from realnews_articles import build
from realnews_ecb import EcbDocument, Mention
from realnews_plant import choose_plants
from realnews_published import publication_date
from realnews_score import b_cubed, cross_incident, plant_found
from realnews_text import rebuild


def _text(kind: str, tokens: str) -> str:
    return rebuild((tuple(tokens.split(" ")),), kind)[0].text


@pytest.mark.parametrize(
    ("kind", "tokens", "text"),
    [
        ("ecb", "`` We do n't know , '' the family 's rep said .", "\"We don't know,\" the family's rep said."),
        (
            "ecb",
            "Jeffs ' lawyers ( two of them ) said - it was late .",
            "Jeffs' lawyers (two of them) said - it was late.",
        ),
        (
            "ecbplus",
            '"The U . S . Army don ’ t say , " he said at 10 : 00 a . m .',
            '"The U.S. Army don’t say," he said at 10:00 a.m.',
        ),
        (
            "ecbplus",
            "a court - ordered $2 . 6 million fine , 1 , 300 pages - - and more",
            "a court-ordered $2.6 million fine, 1,300 pages -- and more",
        ),
        ("ecbplus", "He said : \" It was a ' brawny ' core . \"", "He said: \"It was a 'brawny' core.\""),
        ("ecbplus", "Lohan ’ s lawyer said ‘ no ’ .", "Lohan’s lawyer said ‘no’."),
    ],
)
def test_tokens_are_joined_as_printed(kind, tokens, text):
    assert _text(kind, tokens) == text


def test_each_token_span_points_at_the_token():
    words = tuple(
        ["“", "Two", "people", ",", "”", "he", "said", ",", "died", "in", "Athens", "on", "May", "5", ",", "2010", "."]
    )
    line = rebuild((words,), "ecbplus")[0]
    assert [line.text[a:b] for a, b in line.spans] == list(words)


def test_quotations_may_span_sentences():
    lines = rebuild((tuple(["He", "said", ":", '"We', "will", "go", "."]), tuple(["We", "will", ".", '"'])), "ecbplus")
    assert [line.text for line in lines] == ['He said: "We will go.', 'We will."']


@pytest.mark.parametrize(
    ("lines", "date"),
    [
        (["PUBLISHED: THURSDAY, MAY 2, 2013, 1:32 PM"], dt.date(2013, 5, 2)),
        (
            ["UPDATED: 05/03/2013 at 11:00 AM EDT", "Originally published 05/02/2013 at 10:20 AM EDT"],
            dt.date(2013, 5, 2),
        ),
        (["MONDAY, JUNE 11TH, 2012 AT 10:49 AM"], dt.date(2012, 6, 11)),
        (["Sunday, 21 July 2013"], dt.date(2013, 7, 21)),
        (["Released 2013-09-28 05:08:35 GMT"], dt.date(2013, 9, 28)),
        (["26/09/2013"], dt.date(2013, 9, 26)),
        (["Posted 1 year, 160 days ago [downloaded on 2 October 2013]"], None),
        (
            [
                "Parliamentary elections in Turkmenistan which are planned for December 15, 2013, will be held on a two-party basis."
            ],
            None,
        ),
    ],
)
def test_the_page_date_is_read_from_the_header(lines, date):
    assert publication_date(lines) == date


def _document(name: str, kind: str, sentence: str, mentions: list[tuple[str, str, str]]) -> EcbDocument:
    """An ECB+ document of one sentence (after the URL and title), with mentions (tag, words, instance)."""
    words = tuple(sentence.split(" "))
    sentences = (("http://example.com/a",), ("A", "title"), words)
    found = []
    for tag, text, instance in mentions:
        first = next(i for i in range(len(words)) if words[i : i + len(text.split(" "))] == tuple(text.split(" ")))
        found.append(Mention(tag, tuple(3 + first + i for i in range(len(text.split(" ")))), instance))
    return EcbDocument(name, int(name.split("_")[0]), kind, sentences, tuple(found))


SENTENCE = "Three people died in Athens on May 5 , 2010 , when a fire set by rioters swept through the bank where they worked ."
TEXT = (
    "Three people died in Athens on May 5, 2010, when a fire set by rioters swept through the bank where they worked."
)
MENTIONS = [
    ("HUMAN_PART_PER", "Three people", "HUM1"),
    ("LOC_GEO", "Athens", "LOC1"),
    ("TIME_DATE", "May 5 , 2010", "TIM1"),
]
# What a planted value looks like: a number word for a number word, a city named in another
# topic for a city, a date written the same way.
FORMS = {"count": r"[A-Z][a-z]+", "place": r"Mumbai", "date": r"[A-Z][a-z]+ \d{1,2}, (19|20)\d\d"}


@pytest.mark.parametrize("seed", range(6))
def test_a_plant_changes_a_value_that_another_article_of_the_incident_states(seed):
    articles = [build(_document(f"8_{n}ecbplus", "ecbplus", SENTENCE, MENTIONS)) for n in (1, 2)]
    places = {"Athens": ("city", "athens-gr"), "Mumbai": ("city", "mumbai-in"), "Greece": ("country", "greece")}
    [plant] = choose_plants(articles, places, {"Mumbai", "Greece"}, seed, share=1)
    assert plant.original in TEXT and plant.planted != plant.original
    assert re.fullmatch(FORMS[plant.kind], plant.planted)
    assert plant.applied().line_of(plant.sentence).text == TEXT.replace(plant.original, plant.planted, 1)
    assert [a for a, _ in plant.witnesses] == [a for a in articles if a is not plant.article]


def test_no_plant_without_a_witness():
    alone = build(_document("8_1ecbplus", "ecbplus", SENTENCE, MENTIONS))
    other = build(_document("8_2ecb", "ecb", SENTENCE, MENTIONS))  # the other incident of the topic
    assert choose_plants([alone, other], {}, set(), 1, share=1) == []


GOLD = {"a.txt": "1ecb", "b.txt": "1ecb", "c.txt": "1ecbplus", "d.txt": "1ecbplus"}


def test_b_cubed_of_stories_against_incidents():
    assert b_cubed([{"a.txt", "b.txt"}, {"c.txt", "d.txt"}], GOLD).f1 == 1
    alone = b_cubed(None, GOLD)
    assert (alone.precision, alone.recall) == (1, 0.5)
    joined = b_cubed([set(GOLD)], GOLD)
    assert (joined.precision, joined.recall) == (0.5, 1)


def _finding(severity: str, *evidence: tuple[str, int, int, str]) -> dict:
    return {
        "severity": severity,
        "evidence": [{"doc": f"corpus/{d}", "line": n, "column": c, "text": t} for d, n, c, t in evidence],
    }


PLANT = {"document": "a.txt", "incident": "1ecb", "line": 7, "column": 10, "planted": "May 9"}


def test_a_plant_is_found_by_an_error_on_it_against_its_incident():
    assert plant_found(PLANT, {"findings": [_finding("error", ("a.txt", 7, 14, "9"), ("b.txt", 3, 1, "May 5"))]}, GOLD)
    assert not plant_found(
        PLANT, {"findings": [_finding("info", ("a.txt", 7, 10, "May 9"), ("b.txt", 3, 1, "May 5"))]}, GOLD
    )
    assert not plant_found(
        PLANT, {"findings": [_finding("error", ("a.txt", 7, 20, "June"), ("b.txt", 3, 1, "May"))]}, GOLD
    )
    assert not plant_found(
        PLANT, {"findings": [_finding("error", ("a.txt", 7, 10, "May 9"), ("c.txt", 3, 1, "May 5"))]}, GOLD
    )


def test_a_finding_across_two_incidents_is_a_false_join():
    report = {
        "findings": [
            _finding("info", ("a.txt", 1, 1, "x"), ("c.txt", 1, 1, "y")),
            _finding("error", ("a.txt", 1, 1, "x"), ("b.txt", 1, 1, "y")),
        ]
    }
    assert cross_incident(report, GOLD) == report["findings"][:1]
