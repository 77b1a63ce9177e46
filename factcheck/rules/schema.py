"""Validation of rule files: every problem is one line naming the file and the line."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from factcheck.errors import FactcheckError
from factcheck.rules.located import LocatedDict, LocatedList


class RuleError(FactcheckError):
    """A rule file is invalid; the message is `path:line: problem`."""


class FileReader:
    """Typed access to one rule file's data, failing with the file and line on any mismatch."""

    def __init__(self, path: Path | str):
        self.path = str(path)

    def fail(self, line: int, message: str) -> RuleError:
        return RuleError(f"{self.path}:{line}: {message}")

    def mapping(self, value: Any, where: str, line: int, allowed: Iterable[str]) -> LocatedDict:
        if not isinstance(value, LocatedDict):
            raise self.fail(line, f"{where} must be a mapping, not {_type_name(value)}")
        allowed = tuple(allowed)
        for key in value:
            if key not in allowed:
                raise self.fail(
                    value.line_of(key),
                    f"{where}: unknown key {key!r} (expected one of: {', '.join(allowed)})",
                )
        return value

    def table(self, value: Any, where: str, line: int) -> LocatedDict:
        """A mapping whose keys are names the user chose (event types, place ids, ...)."""
        if not isinstance(value, LocatedDict):
            raise self.fail(line, f"{where} must be a mapping, not {_type_name(value)}")
        for key in value:
            if not isinstance(key, str) or not key.strip():
                raise self.fail(value.line_of(key), f"{where}: keys must be non-empty text")
        return value

    def strings(self, value: Any, where: str, line: int) -> list[str]:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            raise self.fail(line, f"{where} must be a list of text, not {_type_name(value)}")
        lines = getattr(value, "item_lines", [line] * len(value))
        for item, item_line in zip(value, lines):
            if not isinstance(item, str) or not item.strip():
                raise self.fail(item_line, f"{where}: every item must be non-empty text, not {item!r}")
        return [item.strip() for item in value]

    def text(self, value: Any, where: str, line: int) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.fail(line, f"{where} must be non-empty text, not {_type_name(value)}")
        return value.strip()

    def number(self, value: Any, where: str, line: int, *, whole: bool = False) -> float:
        """A non-negative number (a whole one when `whole`)."""
        numeric = isinstance(value, int | float) and not isinstance(value, bool)
        if not numeric or value < 0 or (whole and not isinstance(value, int)):
            kind = "a whole number" if whole else "a number"
            raise self.fail(line, f"{where} must be {kind} of at least 0, not {value!r}")
        return value

    def flag(self, value: Any, where: str, line: int) -> bool:
        if not isinstance(value, bool):
            raise self.fail(line, f"{where} must be true or false, not {_type_name(value)}")
        return value

    def records(self, value: Any, where: str, line: int) -> list[LocatedDict]:
        if not isinstance(value, LocatedList):
            raise self.fail(line, f"{where} must be a list, not {_type_name(value)}")
        for item, item_line in zip(value, value.item_lines):
            if not isinstance(item, LocatedDict):
                raise self.fail(item_line, f"{where}: every item must be a mapping")
        return list(value)


def _type_name(value: Any) -> str:
    if value is None:
        return "nothing"
    return {str: "text", int: "a number", float: "a number", bool: "true/false"}.get(
        type(value),
        "a list" if isinstance(value, list) else "a mapping" if isinstance(value, dict) else type(value).__name__,
    )
