"""Symbolic links: never followed out of the corpus root, never looped on, each file read once."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.corpus import Skipped, load_corpus

ARTICLE = "The bridge opened on 3 May 2024 to traffic, the city said in a statement on Monday.\n"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "article.txt").write_text(ARTICLE)
    return corpus


def reasons(root: Path, *paths: Path) -> dict[str, str]:
    corpus = load_corpus(list(paths) or [root])
    return {Path(s.name).relative_to(root).as_posix(): s.reason for s in corpus.skipped}


def test_link_out_of_the_root_is_skipped_and_its_target_never_read(root, tmp_path):
    (tmp_path / "secret.txt").write_text("The secret password is swordfish, the administrator said.\n")
    (root / "escape.txt").symlink_to(tmp_path / "secret.txt")
    corpus = load_corpus([root])
    assert [d.name for d in corpus.documents] == [f"{root.as_posix()}/article.txt"]
    assert reasons(root) == {"escape.txt": "symbolic link to outside the corpus root (not followed)"}


def test_link_to_a_directory_out_of_the_root_is_skipped(root, tmp_path):
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "other.txt").write_text(ARTICLE)
    (root / "linked").symlink_to(tmp_path / "elsewhere")
    assert reasons(root) == {"linked": "symbolic link to outside the corpus root (not followed)"}


def test_link_loop_is_skipped(root):
    (root / "loop.txt").symlink_to(root / "loop.txt")
    (root / "a.txt").symlink_to(root / "b.txt")
    (root / "b.txt").symlink_to(root / "a.txt")
    assert reasons(root) == {name: "symbolic link loop" for name in ("a.txt", "b.txt", "loop.txt")}


def test_link_loop_named_directly_is_skipped(root):
    (root / "loop.txt").symlink_to(root / "loop.txt")
    assert reasons(root, root / "loop.txt") == {"loop.txt": "symbolic link loop"}


def test_directory_link_back_to_an_ancestor_does_not_trap_the_walk(root):
    (root / "sub").mkdir()
    (root / "sub" / "up").symlink_to(root)
    corpus = load_corpus([root])
    assert len(corpus.documents) == 1 and corpus.skipped == ()


def test_broken_link_is_skipped(root):
    (root / "gone.txt").symlink_to(root / "missing.txt")
    assert reasons(root) == {"gone.txt": "broken symbolic link"}


def test_a_file_reached_under_two_names_is_read_once_whatever_the_order(root):
    (root / "copy.txt").symlink_to(root / "article.txt")
    forward = load_corpus([root / "article.txt", root / "copy.txt"])
    backward = load_corpus([root / "copy.txt", root / "article.txt"])
    assert forward == backward
    assert [Path(d.name).name for d in forward.documents] == ["article.txt"]
    second_name = Skipped(f"{root.as_posix()}/copy.txt", f"the same file as {root.as_posix()}/article.txt (read once)")
    assert forward.skipped == (second_name,)


def test_a_link_named_on_the_command_line_is_followed(root, tmp_path):
    (tmp_path / "outside.txt").write_text(ARTICLE)
    (root / "named.txt").symlink_to(tmp_path / "outside.txt")
    for paths in ([root, root / "named.txt"], [root / "named.txt", root]):
        corpus = load_corpus(paths)
        assert sorted(Path(d.name).name for d in corpus.documents) == ["article.txt", "named.txt"]
