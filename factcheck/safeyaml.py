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

# libyaml parses in C where PyYAML was built with it (the wheels are).
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _timestamp_as_text(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> str:
    return loader.construct_scalar(node)


class SafeLoader(_Loader):
    """A safe loader that leaves timestamps as text; use it after `refuse_aliases_and_depth`."""


SafeLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_as_text)


class LimitError(yaml.composer.ComposerError):
    """A document past factcheck's own limits: an alias, or nesting deeper than MAX_DEPTH."""


def refuse_aliases_and_depth(text: str) -> None:
    """Scan the parser's events before anything is built, so the error points where the alias
    or the excess nesting is written.

    libyaml reads ahead of the events it hands over and stops very deep nesting itself, in its
    own words (PyYAML 6.0.4). When it fails, the pure-Python parser, which keeps no such limit,
    scans the text up to where libyaml stopped: if factcheck's limit was passed first, that is
    the error; otherwise libyaml's stands."""
    try:
        _scan_events(text, _Loader)
    except LimitError:
        raise
    except yaml.YAMLError as error:
        limit = _own_limit_before(text, error)
        if limit is None:
            raise
        raise limit from None


def _own_limit_before(text: str, error: yaml.YAMLError) -> LimitError | None:
    """factcheck's limit, if the pure-Python parser finds it passed before where libyaml failed."""
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    read = text if mark is None else text[: mark.index + 1]
    if _Loader is yaml.SafeLoader or not could_alias_or_nest_deeply(read):
        return None
    try:
        _scan_events(read, yaml.SafeLoader)
    except LimitError as limit:
        return limit
    except yaml.YAMLError:
        return None
    return None


def _scan_events(text: str, loader: type) -> None:
    depth = 0
    for event in yaml.parse(text, Loader=loader):
        if isinstance(event, yaml.AliasEvent):
            raise LimitError(None, None, "YAML aliases are not allowed", event.start_mark)
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            depth += 1
            if depth > MAX_DEPTH:
                raise LimitError(None, None, f"nested deeper than {MAX_DEPTH} levels", event.start_mark)
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            depth -= 1


def could_alias_or_nest_deeply(text: str) -> bool:
    """Whether the text might hold an alias or nest deeper than MAX_DEPTH. An alias is written
    with `*`; each level of nesting opens on a new line, after a bracket or after an indicator
    (`- `, `? `, `: `), so fewer of those than MAX_DEPTH bound the depth."""
    if "*" in text:
        return True
    openings = text.count("\n") + sum(text.count(c) for c in "[{-?:")
    return openings >= MAX_DEPTH


def load_yaml(text: str) -> Any:
    """Parse one YAML document; raises yaml.YAMLError (with a mark) on bad, aliased or deep input."""
    if could_alias_or_nest_deeply(text):
        refuse_aliases_and_depth(text)
    return yaml.load(text, Loader=SafeLoader)  # noqa: S506 (a safe loader)


def error_line(error: yaml.YAMLError, first_line: int = 1) -> int | None:
    """The 1-based line a YAML error points at, shifted by where the YAML starts in its file."""
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    return None if mark is None else mark.line + first_line


def describe(error: yaml.YAMLError) -> str:
    """One line for a YAML error, without PyYAML's multi-line context dump."""
    problem = getattr(error, "problem", None) or getattr(error, "context", None) or str(error)
    return " ".join(str(problem).split())
