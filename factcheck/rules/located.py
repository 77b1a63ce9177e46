"""YAML loading that remembers the line of every mapping and key, for error messages."""

from __future__ import annotations

import yaml

from factcheck.safeyaml import _NoAliasLoader


class LocatedDict(dict):
    """A mapping from YAML with `line` (its own) and `key_lines` (each key's), 1-based."""

    line: int = 0
    key_lines: dict

    def line_of(self, key) -> int:
        return self.key_lines.get(key, self.line)


class LocatedList(list):
    line: int = 0

    @property
    def item_lines(self) -> list[int]:
        return getattr(self, "_item_lines", [self.line] * len(self))


class _LocatedLoader(_NoAliasLoader):
    pass


def _mapping(loader: _LocatedLoader, node: yaml.MappingNode) -> LocatedDict:
    loader.flatten_mapping(node)
    result = LocatedDict()
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, (str, int, float, bool)) and key is not None:
            raise yaml.constructor.ConstructorError(
                None, None, "mapping keys must be plain values", key_node.start_mark
            )
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[key] = key_node.start_mark.line + 1
    return result


def _sequence(loader: _LocatedLoader, node: yaml.SequenceNode) -> LocatedList:
    result = LocatedList(loader.construct_object(child, deep=True) for child in node.value)
    result.line = node.start_mark.line + 1
    result._item_lines = [child.start_mark.line + 1 for child in node.value]
    return result


_LocatedLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)
_LocatedLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _sequence)


def load_located(text: str):
    """Parse YAML into LocatedDict/LocatedList; raises yaml.YAMLError on bad or aliased input."""
    return yaml.load(text, Loader=_LocatedLoader)  # noqa: S506 (a SafeLoader subclass)
