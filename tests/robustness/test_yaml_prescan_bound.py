"""The alias and depth prescan is skipped only for YAML that cannot need it."""

from __future__ import annotations

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.safeyaml import MAX_DEPTH, could_alias_or_nest_deeply


def _depth(text: str) -> int:
    depth = deepest = 0
    for event in yaml.parse(text):
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            depth += 1
            deepest = max(deepest, depth)
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            depth -= 1
    return deepest


def _nested(kinds: list[bool]) -> object:
    value: object = "x"
    for is_list in kinds:
        value = [value] if is_list else {"k": value}
    return value


@settings(max_examples=200, deadline=None)
@given(
    kinds=st.lists(st.booleans(), min_size=MAX_DEPTH - 4, max_size=MAX_DEPTH + 8),
    flow=st.sampled_from([None, False, True]),
    indent=st.integers(2, 4),
)
def test_every_document_nested_to_the_limit_is_prescanned(kinds, flow, indent):
    text = yaml.safe_dump(_nested(kinds), default_flow_style=flow, indent=indent, width=10_000)
    assert _depth(text) < MAX_DEPTH or could_alias_or_nest_deeply(text)


def test_an_alias_is_always_prescanned():
    assert could_alias_or_nest_deeply("a: &x [1]\nb: *x\n")


def test_ordinary_front_matter_is_not():
    assert not could_alias_or_nest_deeply('title: "Talks resume"\npublished: 2024-05-03\nsource: wire\n')
