"""factcheck's YAML limits are refused in factcheck's words, whatever limits and wording the YAML library has."""

from __future__ import annotations

import pytest
import yaml

from factcheck import safeyaml
from factcheck.safeyaml import MAX_DEPTH, load_yaml


def refusal(text: str) -> str:
    with pytest.raises(yaml.YAMLError) as raised:
        load_yaml(text)
    return safeyaml.describe(raised.value)


@pytest.mark.parametrize("levels", [MAX_DEPTH + 1, 999, 1000, 20_000])
def test_deep_flow_nesting_is_refused_in_factchecks_words(levels):
    assert refusal("key: " + "[" * levels + "]" * levels) == f"nested deeper than {MAX_DEPTH} levels"


@pytest.mark.parametrize("levels", [MAX_DEPTH + 1, 2000])
def test_deep_block_nesting_is_refused_in_factchecks_words(levels):
    text = "".join(" " * level + "a:\n" for level in range(levels))
    assert refusal(text) == f"nested deeper than {MAX_DEPTH} levels"


def test_nesting_at_the_limit_is_read():
    value = load_yaml("[" * MAX_DEPTH + "]" * MAX_DEPTH)
    for _ in range(MAX_DEPTH - 1):
        value = value[0]
    assert value == []


def test_a_syntax_error_keeps_the_parsers_description():
    text = "a: 1\n" * MAX_DEPTH + "b: [1, 2\n"
    assert "expected ',' or ']'" in refusal(text)


class _LibraryWithItsOwnLimit(yaml.SafeLoader):
    """A parser that, like libyaml in PyYAML 6.0.4, fails in its own words after reading the whole text ahead."""

    def check_event(self, *choices):
        end = yaml.Mark(self.name, len(self.buffer) - 1, 0, 0, None, None)
        raise yaml.parser.ParserError(None, None, "some library's wording", end)


def test_a_librarys_own_wording_for_deep_nesting_never_reaches_the_user(monkeypatch):
    monkeypatch.setattr(safeyaml, "_Loader", _LibraryWithItsOwnLimit)
    assert refusal("key: " + "[" * 5000) == f"nested deeper than {MAX_DEPTH} levels"


def test_a_librarys_error_stands_where_factchecks_limit_was_not_passed(monkeypatch):
    monkeypatch.setattr(safeyaml, "_Loader", _LibraryWithItsOwnLimit)
    assert refusal("key:\n" + "- [1]\n" * MAX_DEPTH) == "some library's wording"
