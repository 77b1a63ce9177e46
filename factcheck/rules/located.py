"""YAML loading that remembers the line of every mapping and key, for error messages."""

from __future__ import annotations

import yaml

from factcheck.safeyaml import MAX_DEPTH, SafeLoader, refuse_aliases_and_depth


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


def load_located(text: str):
    """Parse YAML into LocatedDict/LocatedList; raises yaml.YAMLError on bad, aliased or deep input.

    libyaml composes the node graph and the walk below builds the located values; the event
    scan has refused aliases already, and the walk still refuses a node reached twice.
    """
    refuse_aliases_and_depth(text)
    loader = SafeLoader(text)
    try:
        node = loader.get_single_node()
        return None if node is None else _build(loader, node, set(), 0)
    finally:
        loader.dispose()


def _build(loader, node: yaml.Node, seen: set[int], depth: int):
    if id(node) in seen:
        raise yaml.composer.ComposerError(None, None, "YAML aliases are not allowed", node.start_mark)
    if depth >= MAX_DEPTH:
        raise yaml.composer.ComposerError(None, None, f"nested deeper than {MAX_DEPTH} levels", node.start_mark)
    seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        result = LocatedDict()
        result.line = node.start_mark.line + 1
        result.key_lines = {}
        for key_node, value_node in node.value:
            key = _build(loader, key_node, seen, depth + 1)
            if not isinstance(key, (str, int, float, bool)) and key is not None:
                raise yaml.constructor.ConstructorError(
                    None, None, "mapping keys must be plain values", key_node.start_mark
                )
            result[key] = _build(loader, value_node, seen, depth + 1)
            result.key_lines[key] = key_node.start_mark.line + 1
        return result
    if isinstance(node, yaml.SequenceNode):
        result = LocatedList(_build(loader, child, seen, depth + 1) for child in node.value)
        result.line = node.start_mark.line + 1
        result._item_lines = [child.start_mark.line + 1 for child in node.value]
        return result
    return loader.construct_object(node)
