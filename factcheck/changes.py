"""Pull-request mode: which documents changed, and which findings involve them.

The whole corpus is always read and aligned (a new article can contradict an old one); only
the findings with evidence in a changed or added document are reported. The changed documents
are those git lists since a revision (`--changed-since REV`: committed, staged and unstaged
changes, and untracked files), or the files named on the command line when every path named
is a file: then the corpus they belong to is the configuration's `paths`, or else the whole git
work tree they are in.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass, replace
from pathlib import Path

from factcheck.compare import Finding
from factcheck.config import Config
from factcheck.errors import FactcheckError


@dataclass(frozen=True)
class Scope:
    corpus: list[Path]  # what to read
    changed: frozenset[Path] | None  # resolved paths whose findings are reported; None: all

    def involves(self, finding: Finding) -> bool:
        return self.changed is None or any(_resolved(e.doc) in self.changed for e in finding.evidence)

    def changed_first(self, finding: Finding) -> Finding:
        """The finding with its evidence in changed documents first: that is where it is shown."""
        if self.changed is None:
            return finding
        ordered = sorted(finding.evidence, key=lambda e: _resolved(e.doc) not in self.changed)
        return replace(finding, evidence=tuple(ordered))


def scope(paths: list[Path], config: Config, changed_since: str | None) -> Scope:
    """What to read and what to report, from the paths named, the configuration and git."""
    named = list(paths) if paths and not any(path.is_dir() for path in paths) else []
    changed: set[Path] | None = None
    if named:
        roots = config.paths("paths") or [root for root in [git_root(Path.cwd())] if root is not None]
        corpus = [*roots, *named]
        if roots:
            changed = {path.resolve() for path in named}
    else:
        corpus = list(paths) or config.paths("paths") or [Path(".")]
    if changed_since is not None:
        since = changed_files(changed_since)
        changed = since if changed is None else changed & since
    return Scope(corpus, None if changed is None else frozenset(changed))


def git_root(directory: Path) -> Path | None:
    try:
        return Path(_git(["rev-parse", "--show-toplevel"], directory)).resolve()
    except FactcheckError:
        return None


def changed_files(revision: str) -> set[Path]:
    """Files added, copied, modified or renamed since the revision, and untracked files."""
    root = git_root(Path.cwd())
    if root is None:
        raise FactcheckError(f"--changed-since {revision}: not inside a git work tree")
    _git(
        ["rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}"],
        root,
        f"--changed-since {revision}: unknown revision",
    )
    listed = _git(["diff", "--name-only", "-z", "--diff-filter=ACMR", revision, "--"], root)
    untracked = _git(["ls-files", "--others", "--exclude-standard", "-z"], root)
    names = [name for name in (listed + untracked).split("\0") if name]
    return {(root / name).resolve() for name in names}


def _git(arguments: list[str], directory: Path, failure: str | None = None) -> str:
    try:
        done = subprocess.run(
            ["git", *arguments],
            cwd=directory,
            capture_output=True,
            text=True,
            check=False,
        )
    except FileNotFoundError:
        raise FactcheckError("git is not installed (needed by --changed-since)") from None
    if done.returncode != 0:
        detail = (done.stderr.strip().splitlines() or [f"exit {done.returncode}"])[0]
        raise FactcheckError(failure or f"git {arguments[0]}: {detail}")
    return done.stdout.strip("\n") if "-z" not in arguments else done.stdout


def _resolved(name: str) -> Path:
    return Path(name).resolve()
