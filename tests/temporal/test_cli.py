"""`factcheck dates`: JSON records, the table, and input errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app

ARTICLE = (
    "Rover to land on the moon\n\n"
    "Pakistan's rover will land on the moon as part of the Chang'e-8 mission in 2028, under a deal signed "
    "on February 5th 2025 by both presidents.\n\n"
    "Pakistan placed its first lunar satellite on board Chang'e-6 in May 2022. Samples came back in June.\n"
)


@pytest.fixture()
def article(tmp_path: Path) -> Path:
    path = tmp_path / "rover.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def run(*args: str):
    return CliRunner().invoke(app, ["dates", *args])


def test_json_lists_every_expression_with_its_position(article):
    result = run(str(article), "--format", "json")
    assert result.exit_code == 0, result.output
    records = json.loads(result.stdout)
    assert [(r["text"], r["value"], r["granularity"], r["anchor"]) for r in records] == [
        ("2028", "2028", "year", "absolute"),
        ("February 5th 2025", "2025-02-05", "day", "absolute"),
        ("May 2022", "2022-05", "month", "absolute"),
        ("June", "2022-06", "month", "context"),
    ]
    for record in records:
        assert ARTICLE[record["start"] : record["end"]] == record["text"]
        line = ARTICLE.split("\n")[record["line"] - 1]
        assert line[record["column"] - 1 :].startswith(record["text"])
    assert set(records[0]) == {
        "document",
        "published",
        "start",
        "end",
        "line",
        "column",
        "text",
        "type",
        "value",
        "granularity",
        "anchor",
        "anchored",
        "begin",
        "until",
    }
    assert records[2]["begin"] == "2022-05-01" and records[2]["until"] == "2022-06-01"


def test_published_resolves_relative_expressions(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Officials said on Tuesday that the launch went well, and that more would follow next year.\n")
    records = json.loads(run(str(path), "--published", "2024-11-07", "-f", "json").stdout)
    assert [(r["value"], r["anchor"], r["published"]) for r in records] == [
        ("2024-11-05", "document", "2024-11-07"),
        ("2025", "document", "2024-11-07"),
    ]


def test_text_format_is_a_table(article):
    result = run(str(article))
    assert result.exit_code == 0
    assert "February 5th 2025" in result.stdout and "2025-02-05" in result.stdout


def test_missing_file_is_an_input_error(tmp_path):
    from factcheck.errors import FactcheckError

    result = run(str(tmp_path / "missing.txt"))
    assert result.exit_code != 0
    assert isinstance(result.exception, FactcheckError) or "no such file" in result.output


def test_bad_published_date_is_rejected(article):
    assert run(str(article), "--published", "yesterday").exit_code == 2


def test_an_anaphor_counts_from_a_date_in_an_earlier_paragraph(tmp_path: Path):
    path = tmp_path / "ferry.txt"
    path.write_text(
        "Ferry line expands\n\nThe company bought its first hybrid ferry from a shipyard in Gdansk in "
        "March 2021, after two years of trials on the route to the islands.\n\n"
        "A year later it ordered two more ferries from the same yard, and said it would retire its "
        "diesel ships by the end of the decade.\n",
        encoding="utf-8",
    )
    result = run(str(path), "--published", "2024-05-01", "--format", "json")
    assert result.exit_code == 0, result.output
    later = [r for r in json.loads(result.stdout) if r["text"] == "A year later"]
    assert [(r["value"], r["anchor"]) for r in later] == [("2022-03", "context")]
