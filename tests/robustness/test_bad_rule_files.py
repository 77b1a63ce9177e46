"""A bad rule file stops the run with one line naming the file and the line: a configuration error."""

from __future__ import annotations

import textwrap

import pytest

import factcheck.rules
from factcheck.rules import RuleError, load_rules


def load_one(tmp_path, text: str | bytes):
    path = tmp_path / "extra.yaml"
    if isinstance(text, str):
        path.write_text(textwrap.dedent(text))
    else:
        path.write_bytes(text)
    return load_rules([tmp_path])


def error_of(tmp_path, text: str | bytes) -> str:
    with pytest.raises(RuleError) as raised:
        load_one(tmp_path, text)
    message = str(raised.value)
    assert "\n" not in message
    return message.removeprefix(f"{tmp_path / 'extra.yaml'}:")


def test_unknown_key(tmp_path):
    message = error_of(tmp_path, "kind: aliases\naliasses: {}\n")
    assert message.startswith("2: rule file: unknown key 'aliasses' (expected one of: kind, description, examples, ")
    assert "aliases" in message and "patterns" in message


def test_wrong_type(tmp_path):
    message = error_of(tmp_path, "kind: aliases\naliases:\n  - US\n  - USA\n")
    assert message == "2: aliases must be a mapping, not a list"


def test_subjects_of_a_verb_must_be_a_list(tmp_path):
    text = "kind: events\nevents:\n  respond:\n    by:\n      arrive: 3\n"
    assert error_of(tmp_path, text) == "5: event 'respond': by arrive must be a list of text, not a number"


def test_yaml_bomb_is_refused_at_its_first_alias(tmp_path):
    bomb = """\
        kind: aliases
        aliases:
          a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]
          b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
          c: [*b, *b, *b, *b, *b, *b, *b, *b, *b]
        """
    assert error_of(tmp_path, bomb) == "4: invalid YAML: YAML aliases are not allowed"


def test_deep_nesting_is_refused(tmp_path):
    message = error_of(tmp_path, "kind: aliases\naliases: " + "[" * 5000)
    assert message == "2: invalid YAML: nested deeper than 64 levels"


def test_not_utf8(tmp_path):
    assert error_of(tmp_path, b"kind: aliases\naliases: {US: [\xff]}\n") == "1: not UTF-8 text (byte 29)"


def test_oversized_rule_file_is_refused_before_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(factcheck.rules, "MAX_RULE_FILE_BYTES", 10)
    assert error_of(tmp_path, "kind: aliases\n") == "1: rule file larger than 10 bytes"


def test_bad_regular_expression(tmp_path):
    patterns = """\
        kind: aliases
        patterns:
          'ISS|International Space Station': International Space Station
          'Chang.?e[- ]?(6': "Chang'e-6"
        """
    assert error_of(tmp_path, patterns) == (
        "4: invalid regular expression 'Chang.?e[- ]?(6': missing ), unterminated subpattern"
    )


@pytest.mark.parametrize("pattern", ["(a+)+$", "(a|aa)*b", r"(\w+\s?)+$", "(x{1,3})*y"])
def test_pattern_that_can_backtrack_catastrophically_is_refused(tmp_path, pattern):
    message = error_of(tmp_path, f"kind: aliases\npatterns:\n  '{pattern}': boom\n")
    assert message.startswith(f"3: regular expression {pattern!r} has a")
    assert message.endswith("inside a repeat, which can backtrack catastrophically; rewrite it without the nesting")


def test_pattern_needs_a_canonical_name(tmp_path):
    assert error_of(tmp_path, "kind: aliases\npatterns:\n  'ISS': 3\n") == (
        "3: canonical name for pattern 'ISS' must be non-empty text, not a number"
    )


def test_patterns_resolve_names_that_no_alias_lists(tmp_path):
    rules = load_one(
        tmp_path,
        """\
        kind: aliases
        aliases:
          International Space Station: [ISS]
        patterns:
          '(?i)chang.?e[- ]?6( lander| probe| mission)?': "Chang'e-6"
        """,
    )
    assert rules.canonical("Chang'E 6 probe") == rules.canonical("Chang’e-6") == "chang'e 6"
    assert rules.canonical("Chang'e-7") == "chang'e 7"
    assert rules.canonical("the ISS") == "international space station"
