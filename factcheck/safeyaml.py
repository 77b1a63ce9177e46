"""YAML loading that refuses aliases, so a billion-laughs document cannot blow up memory."""

from __future__ import annotations

from typing import Any

import yaml


class _NoAliasLoader(yaml.SafeLoader):
    """A SafeLoader that rejects every alias (`*name`): rules and front matter never need them."""

    def compose_node(self, parent, index):  # type: ignore[override]
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(
                None, None, "YAML aliases are not allowed", event.start_mark
            )
        return super().compose_node(parent, index)


def load_yaml(text: str) -> Any:
    """Parse one YAML document; raises yaml.YAMLError (with a mark) on bad or aliased input."""
    return yaml.load(text, Loader=_NoAliasLoader)  # noqa: S506 (the loader is a SafeLoader)


def error_line(error: yaml.YAMLError, first_line: int = 1) -> int | None:
    """The 1-based line a YAML error points at, shifted by where the YAML starts in its file."""
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    return None if mark is None else mark.line + first_line


def describe(error: yaml.YAMLError) -> str:
    """One line for a YAML error, without PyYAML's multi-line context dump."""
    problem = getattr(error, "problem", None) or getattr(error, "context", None) or str(error)
    return " ".join(str(problem).split())
