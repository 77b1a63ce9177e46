"""Settings from `[tool.factcheck]` in pyproject.toml or from factcheck.toml, with where each came from.

The file is found by `--config FILE`, else by looking in the working directory and its parents
for a factcheck.toml, or a pyproject.toml with a `[tool.factcheck]` table (the first directory
that has one wins; factcheck.toml before pyproject.toml). Paths in a file are relative to the
file's directory, the project root. Options on the command line override the file.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factcheck.cache import DEFAULT_CACHE_DIR
from factcheck.catalogue import SEVERITIES, find_check
from factcheck.corpus import DEFAULT_MAX_BYTES, parse_date
from factcheck.engines import ENGINES
from factcheck.errors import FactcheckError
from factcheck.selection import selector_error

DEFAULT_INCLUDE = ("*.txt", "*.md", "*.markdown")
OFF = "off"  # a severity that turns the check off


@dataclass(frozen=True)
class Setting:
    value: Any
    source: str  # "default", "FILE:LINE" or the command-line option


class ConfigError(FactcheckError):
    pass


class EntryError(ValueError):
    """A bad entry of a table setting: `key` names it, so the error points at its own line."""

    def __init__(self, key: str, message: str):
        super().__init__(message)
        self.key = key


@dataclass(frozen=True)
class Spec:
    default: Any
    check: Callable[[Any], Any]  # the value as read -> the value in force; raises ValueError
    help: str


def _strings(value) -> tuple[str, ...]:
    if not isinstance(value, (list, tuple)) or not all(isinstance(item, str) for item in value):
        raise ValueError("must be a list of strings")
    return tuple(value)


def _severity(value) -> str:
    if value not in SEVERITIES:
        raise ValueError(f"must be one of: {', '.join(SEVERITIES)} (got {value!r})")
    return value


def _optional_string(value) -> str | None:
    if not isinstance(value, str):
        raise ValueError("must be a string")
    return value


def _flag(value) -> bool:
    if not isinstance(value, bool):
        raise ValueError("must be true or false")
    return value


def _positive_int(value) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise ValueError(f"must be a positive whole number (got {value!r})")
    return value


def _engine(value) -> str:
    if value not in ENGINES:
        raise ValueError(f"must be one of: {', '.join(ENGINES)} (got {value!r})")
    return value


def _date(value) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return parse_date(str(value)).isoformat()
    except ValueError:
        raise ValueError(f"must be a date, YYYY-MM-DD (got {value!r})") from None


def _severities(value) -> dict[str, str]:
    if not isinstance(value, dict):
        raise ValueError("must be a table of rule = severity")
    levels = {}
    for key, level in value.items():
        check = find_check(key)
        if check is None:
            raise EntryError(key, f"unknown rule {key!r} (see `factcheck rules list`)")
        if level not in (*SEVERITIES, OFF):
            raise EntryError(key, f"{key}: must be one of: {', '.join((*SEVERITIES, OFF))} (got {level!r})")
        levels[check.id] = level
    return levels


def _selectors(value) -> tuple[str, ...]:
    selectors = _strings(value)
    for selector in selectors:
        problem = selector_error(selector)
        if problem:
            raise ValueError(problem)
    return selectors


def _per_file_ignores(value) -> dict[str, tuple[str, ...]]:
    if not isinstance(value, dict):
        raise ValueError('must be a table of glob = [rules], e.g. "archive/*" = ["FC301"]')
    ignores = {}
    for pattern, selectors in value.items():
        try:
            ignores[pattern] = _selectors(selectors)
        except ValueError as error:
            raise EntryError(pattern, f"{pattern!r}: {error}") from None
    return ignores


SETTINGS: dict[str, Spec] = {
    "paths": Spec((), _strings, "the corpus: files and directories checked when none are named"),
    "include": Spec(DEFAULT_INCLUDE, _strings, "globs of the files read below a directory"),
    "exclude": Spec((), _strings, "globs of files and directories left out"),
    "max-bytes": Spec(DEFAULT_MAX_BYTES, _positive_int, "articles larger than this are skipped unread"),
    "rules": Spec((), _strings, "extra rule directories, read after the built-in rules"),
    "builtin-rules": Spec(True, _flag, "whether to read the built-in rules"),
    "severity": Spec({}, _severities, 'severity per rule (id or name), e.g. FC202 = "error", or "off"'),
    "select": Spec(("ALL",), _selectors, "the checks that run: ids, id prefixes (FC1), names, or ALL"),
    "extend-select": Spec((), _selectors, "checks added to `select`"),
    "ignore": Spec((), _selectors, "checks that do not run (the more specific of select and ignore wins)"),
    "per-file-ignores": Spec({}, _per_file_ignores, "glob = [rules]: rules ignored for documents matching the glob"),
    "fail-on": Spec("error", _severity, "the lowest severity that fails the run"),
    "min-severity": Spec("info", _severity, "the lowest severity shown"),
    "published": Spec(None, _date, "publication date of documents that state none"),
    "model": Spec(None, _optional_string, "the spaCy pipeline"),
    "cache-dir": Spec(DEFAULT_CACHE_DIR, _optional_string, "where extracted claims are cached"),
    "baseline": Spec(None, _optional_string, "baseline file of known findings to hide"),
    "engine": Spec("local", _engine, "where claims are extracted: local (this machine's processes) or dask"),
    "scheduler": Spec(None, _optional_string, "the Dask scheduler's address (engine dask); none: a local cluster"),
}
PATH_SETTINGS = ("paths", "rules", "cache-dir", "baseline")


@dataclass(frozen=True)
class Config:
    root: Path  # the project root: the config file's directory, else the working directory
    file: Path | None
    settings: dict[str, Setting]

    def __getitem__(self, name: str) -> Any:
        return self.settings[name].value

    def path(self, name: str) -> Path | None:
        """A path setting, resolved against the directory it was given relative to."""
        value = self[name]
        if value is None:
            return None
        source = self.settings[name].source
        return Path(value) if source.startswith("--") else self.root / value

    def paths(self, name: str) -> list[Path]:
        source = self.settings[name].source
        return [Path(v) if source.startswith("--") else self.root / v for v in self[name]]

    def override(self, name: str, value: Any, option: str) -> Config:
        """The configuration with a command-line value (None: not given, keep the file's)."""
        if value is None or (isinstance(value, (list, tuple, dict)) and not value):
            return self
        if isinstance(value, (list, tuple)):
            value = tuple(str(v) for v in value)
        elif isinstance(value, Path):
            value = str(value)
        try:
            checked = SETTINGS[name].check(value)
        except ValueError as error:
            raise ConfigError(f"{option}: {error}") from None
        return Config(self.root, self.file, {**self.settings, name: Setting(checked, option)})


def load_config(explicit: Path | None = None, start: Path | None = None) -> Config:
    """The settings in force: defaults, then the configuration file."""
    file = Path(explicit) if explicit else find_config_file(start or Path.cwd())
    if explicit and not file.is_file():
        raise ConfigError(f"{file}: configuration file not found")
    settings = {name: Setting(spec.default, "default") for name, spec in SETTINGS.items()}
    if file is None:
        return Config(Path.cwd(), None, settings)
    text, table, table_line = _read(file)
    for key, value in table.items():
        line = _line_of(text, key, table_line)
        where = f"{file}:{line}" if line else str(file)
        if key not in SETTINGS:
            raise ConfigError(f"{where}: unknown setting {key!r} (known: {', '.join(SETTINGS)})")
        try:
            settings[key] = Setting(SETTINGS[key].check(value), where)
        except EntryError as error:
            entry_line = _line_of(text, error.key, line + 1) if line else None
            raise ConfigError(f"{file}:{entry_line or line or 1}: {key}: {error}") from None
        except ValueError as error:
            raise ConfigError(f"{where}: {key}: {error}") from None
    return Config(file.parent.resolve(), file, settings)


def find_config_file(start: Path) -> Path | None:
    for directory in (start.resolve(), *start.resolve().parents):
        own = directory / "factcheck.toml"
        if own.is_file():
            return own
        pyproject = directory / "pyproject.toml"
        if pyproject.is_file() and re.search(r"^\s*\[tool\.factcheck[\].]", _text(pyproject), re.M):
            return pyproject
    return None


def _read(file: Path) -> tuple[str, dict, int]:
    """The file's text, the factcheck table and the line the table starts on."""
    text = _text(file)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        line = re.search(r"line (\d+)", str(error))
        raise ConfigError(f"{file}:{line.group(1) if line else 1}: invalid TOML: {error}") from None
    if file.name != "pyproject.toml":
        return text, data, 1
    table = data.get("tool", {}).get("factcheck", {})
    if not isinstance(table, dict):
        raise ConfigError(f"{file}: [tool.factcheck] must be a table")
    header = re.search(r"^\s*\[tool\.factcheck[\].]", text, re.M)
    return text, table, text.count("\n", 0, header.start()) + 1 if header else 1


def _text(file: Path) -> str:
    try:
        return file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{file}: cannot read: {getattr(error, 'strerror', None) or error}") from None


def _line_of(text: str, key: str, after_line: int) -> int | None:
    """The line that sets `key` (at or after the table's header), for error messages."""
    lines = text.splitlines()
    pattern = re.compile(rf"^\s*(?:\"{re.escape(key)}\"|'{re.escape(key)}'|{re.escape(key)})\s*(?:=|\.|\])")
    header = re.compile(rf"^\s*\[(?:tool\.factcheck\.)?{re.escape(key)}\]")
    for number in range(after_line, len(lines) + 1):
        if pattern.match(lines[number - 1]) or header.match(lines[number - 1]):
            return number
    return None
