"""Which checks run, as ruff spells it: `select`, `extend-select`, `ignore`, `per-file-ignores`, and `off`.

A selector is a check id, an id prefix (`FC1` is every date check, `FC` and `ALL` every check) or
a check name. A check is active when a selector in `select` or `extend-select` matches it and no
more specific selector in `ignore` does (as in ruff, `select = ["FC102"]` with `ignore = ["FC1"]`
keeps FC102; at equal length the ignore wins), and its severity is not `off`. A per-file ignore
drops a check's findings that involve a document matching its glob (on either side: a conflict
with an archived article is muted by ignoring the archive).
"""

from __future__ import annotations

from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path, PurePosixPath

from factcheck.catalogue import CHECKS, find_check
from factcheck.compare import Finding

ALL = "ALL"


def selector_error(selector: str) -> str | None:
    """Why a selector matches no check, or None when it matches some."""
    if any(_matches(selector, check_id) for check_id in CHECKS):
        return None
    return f"{selector!r} selects no check (an id like FC101, a prefix like FC1, a name, or ALL)"


def _matches(selector: str, check_id: str) -> bool:
    return _specificity(selector, check_id) is not None


def _specificity(selector: str, check_id: str) -> int | None:
    """How specific a matching selector is (longer: more), or None when it does not match."""
    if selector.upper() == ALL:
        return 0
    named = find_check(selector)
    if named is not None:
        return len(check_id) + 1 if named.id == check_id else None
    return len(selector) if check_id.startswith(selector.upper()) else None


@dataclass(frozen=True)
class Status:
    active: bool
    reason: str  # which setting decided, and where it was set


@dataclass(frozen=True)
class Selection:
    select: tuple[str, ...] = (ALL,)
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (glob, selectors)
    off: frozenset[str] = frozenset()  # check ids whose severity is "off"
    sources: tuple[tuple[str, str], ...] = ()  # setting -> where it was set, for `status`

    def status(self, check_id: str) -> Status:
        """Whether the check runs, and why."""
        source = dict(self.sources)
        if check_id in self.off:
            return Status(False, f"severity off ({source.get('severity', 'default')})")
        chosen = _best(
            check_id, [*((s, "select") for s in self.select), *((s, "extend-select") for s in self.extend_select)]
        )
        dropped = _best(check_id, [(s, "ignore") for s in self.ignore])
        if dropped and (not chosen or dropped[0] >= chosen[0]):
            return Status(False, f"ignore {dropped[1]!r} ({source.get('ignore', 'default')})")
        if chosen:
            setting = chosen[2]
            return Status(True, f"{setting} {chosen[1]!r} ({source.get(setting, 'default')})")
        return Status(False, f"not selected by select {list(self.select)} ({source.get('select', 'default')})")

    def active(self) -> frozenset[str]:
        return frozenset(check_id for check_id in CHECKS if self.status(check_id).active)

    def apply(self, findings: list[Finding], root: Path) -> list[Finding]:
        """The findings of active checks that no per-file ignore covers; document names are
        matched relative to `root` (the project root) where they lie below it."""
        active = self.active()
        return [f for f in findings if f.rule in active and not self._ignored_in_file(f, root)]

    def _ignored_in_file(self, finding: Finding, root: Path) -> bool:
        for pattern, selectors in self.per_file_ignores:
            if any(_matches(s, finding.rule) for s in selectors) and any(
                _in_glob(evidence.doc, pattern, root) for evidence in finding.evidence
            ):
                return True
        return False


def _best(check_id: str, selectors: list[tuple[str, str]]) -> tuple[int, str, str] | None:
    """The most specific of the (selector, setting) pairs that matches the check."""
    matching = [(_specificity(s, check_id), s, setting) for s, setting in selectors]
    matching = [m for m in matching if m[0] is not None]
    return max(matching, key=lambda m: m[0]) if matching else None


def _in_glob(doc: str, pattern: str, root: Path) -> bool:
    path = Path(doc)
    try:
        shown = path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        shown = PurePosixPath(doc).as_posix()
    return fnmatch(shown, pattern) or fnmatch(path.name, pattern)
