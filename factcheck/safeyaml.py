"""YAML loading for untrusted files: no aliases, bounded nesting, timestamps left as text.

A billion-laughs document needs aliases and a stack-exhausting one needs deep nesting, so
refusing both bounds the memory and recursion a file can cost. Timestamps are not constructed
by YAML because an impossible one (`2024-02-30`) would raise a plain ValueError; callers parse
dates themselves and report the file and line.
"""

from __future__ import annotations

from typing import Any

import yaml

MAX_DEPTH = 64


class _NoAliasLoader(yaml.SafeLoader):
    """A SafeLoader that rejects aliases (`*name`) and nesting deeper than MAX_DEPTH."""

    _depth = 0

    def compose_node(self, parent, index):  # type: ignore[override]
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent):
            raise yaml.composer.ComposerError(None, None, "YAML aliases are not allowed", event.start_mark)
        if self._depth >= MAX_DEPTH:
            raise yaml.composer.ComposerError(
                None, None, f"nested deeper than {MAX_DEPTH} levels", event.start_mark
            )
        self._depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def _timestamp_as_text(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> str:
    return loader.construct_scalar(node)


_NoAliasLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_as_text)


def load_yaml(text: str) -> Any:
    """Parse one YAML document; raises yaml.YAMLError (with a mark) on bad, aliased or deep input."""
    return yaml.load(text, Loader=_NoAliasLoader)  # noqa: S506 (the loader is a SafeLoader)


def error_line(error: yaml.YAMLError, first_line: int = 1) -> int | None:
    """The 1-based line a YAML error points at, shifted by where the YAML starts in its file."""
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    return None if mark is None else mark.line + first_line


def describe(error: yaml.YAMLError) -> str:
    """One line for a YAML error, without PyYAML's multi-line context dump."""
    problem = getattr(error, "problem", None) or getattr(error, "context", None) or str(error)
    return " ".join(str(problem).split())
