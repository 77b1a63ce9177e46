"""Finding a corpus's files and reading their bytes, with every file that cannot be read accounted for.

A file that is found but not read becomes a reason (a link out of the corpus root or in a loop,
a device or pipe, an unreadable directory, the same file under a second name, one over the size
limit): nothing below a given path disappears silently except hidden files and files of other types.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path

from factcheck.errors import FactcheckError


@dataclass(frozen=True)
class Found:
    path: Path
    name: str  # as shown in reports
    problem: str | None  # why it will not be read, or None
    identity: tuple[int, int] | None = None  # device and inode of a file to be read


def find_files(paths: Sequence[str | os.PathLike], include: Sequence[str], exclude: Sequence[str]) -> list[Found]:
    """Every file below the paths matching `include` and not `exclude` (globs on the name shown or
    the base name; files named directly always count), sorted by name, each once.

    Raises FactcheckError for a path that does not exist.
    """
    found: dict[str, Found] = {}
    for given in paths:
        path = Path(given)
        if not os.path.lexists(path):
            raise FactcheckError(f"{display_name(path)}: no such file or directory")
        walked = _walk_directory(path, include, exclude) if path.is_dir() else [_given_file(path)]
        for item in walked:
            # Named directly and found in a directory, the same path is read if either allows it.
            if item.name not in found or found[item.name].problem:
                found[item.name] = item
    return _mark_second_names([found[name] for name in sorted(found)])


def read_bytes(path: Path, max_bytes: int) -> bytes | str:
    """The file's bytes, or why they cannot be had; never holds more than max_bytes + 1 bytes."""
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > max_bytes:
                return _too_large(size, max_bytes)
            data = handle.read(max_bytes + 1)
    except OSError as error:
        return f"unreadable: {_why(error)}"
    # A file that grew after the size check is still cut off at the limit.
    return _too_large(len(data), max_bytes) if len(data) > max_bytes else data


def display_name(path: Path) -> str:
    """The path relative to the working directory when it is below it, with forward slashes.

    Bytes that are not valid in the file system's encoding and control characters are shown
    escaped, so the name prints on one line and encodes as UTF-8 in every report format.
    """
    absolute = os.path.abspath(path)
    here = os.path.join(os.getcwd(), "")
    shown = absolute[len(here) :] if absolute.startswith(here) else os.path.normpath(path)
    if os.sep != "/":
        shown = shown.replace(os.sep, "/")
    if shown.isprintable() and shown.isascii():
        return shown
    shown = shown.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in shown)


def _too_large(size: int, max_bytes: int) -> str:
    return f"larger than the size limit ({size:,} > {max_bytes:,} bytes)"


def _why(error: OSError) -> str:
    return (error.strerror or str(error)).lower()


def _given_file(path: Path) -> Found:
    """A path named on the command line: read wherever a link leads, if it leads to a file."""
    return _inspect(path, display_name(path), None)


def _inspect(path: Path, name: str, real_root: Path | None) -> Found:
    """The file with the reason it cannot be read, if any, else its identity."""
    try:
        status = os.lstat(path)
        if stat.S_ISLNK(status.st_mode):
            problem = _link_problem(path, real_root)
            if problem:
                return Found(path, name, problem)
            status = os.stat(path)
    except OSError as error:
        return Found(path, name, f"unreadable: {_why(error)}")
    if not stat.S_ISREG(status.st_mode):
        return Found(path, name, "not a regular file (a device, pipe or socket)")
    return Found(path, name, None, (status.st_dev, status.st_ino))


def _walk_directory(root: Path, include: Sequence[str], exclude: Sequence[str]) -> Iterable[Found]:
    real_root = Path(os.path.realpath(root))
    problems: list[Found] = []

    def unreadable(error: OSError) -> None:
        where = Path(error.filename or root)
        problems.append(Found(where, display_name(where), f"unreadable directory: {_why(error)}"))

    # os.walk does not descend into linked directories, so a link loop cannot trap it; links
    # to directories are reported below like links to files.
    for directory, subdirs, files in os.walk(root, onerror=unreadable):
        subdirs[:] = sorted(
            d
            for d in subdirs
            if not d.startswith(".") and not _matches(display_name(os.path.join(directory, d)), d, exclude)
        )
        linked_dirs = [d for d in subdirs if os.path.islink(os.path.join(directory, d))]
        subdirs[:] = [d for d in subdirs if d not in linked_dirs]
        for entry in sorted(files):
            if entry.startswith("."):
                continue
            path = os.path.join(directory, entry)
            name = display_name(path)
            if _matches(name, entry, include) and not _matches(name, entry, exclude):
                yield _inspect(Path(path), name, real_root)
        for entry in linked_dirs:
            path = Path(directory, entry)
            problem = _link_problem(path, real_root)
            if problem:  # a link to a directory inside the root adds nothing the walk does not reach
                yield Found(path, display_name(path), problem)
    yield from problems


def _matches(name: str, entry: str, patterns: Sequence[str]) -> bool:
    """Whether the name shown or the base name matches one of the globs."""
    return any(fnmatch(name, pattern) or fnmatch(entry, pattern) for pattern in patterns)


def _link_problem(path: Path, real_root: Path | None) -> str | None:
    """Why a symbolic link is not followed: broken, a loop, or leading out of the corpus root."""
    if not os.path.islink(path):
        return None
    try:
        target = Path(os.path.realpath(path, strict=True))
    except OSError as error:
        return "symbolic link loop" if error.errno == errno.ELOOP else "broken symbolic link"
    if real_root is not None and not target.is_relative_to(real_root):
        return "symbolic link to outside the corpus root (not followed)"
    return None


def _mark_second_names(found: list[Found]) -> list[Found]:
    """A file reached under two names (a link, a hard link) is read once, under the first name."""
    first_name: dict[tuple[int, int], str] = {}
    marked = []
    for item in found:
        if item.identity in first_name:
            item = Found(item.path, item.name, f"the same file as {first_name[item.identity]} (read once)")
        elif item.identity is not None:
            first_name[item.identity] = item.name
        marked.append(item)
    return marked
