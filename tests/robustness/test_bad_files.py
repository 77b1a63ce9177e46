"""Every bad file gets its documented outcome (docs/input.md): checked, checked with a warning, or skipped."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from factcheck.corpus import Document, Skipped, load_corpus, load_document
from factcheck.corpus.files import read_bytes
from factcheck.errors import FactcheckError
from tests.robustness.bad_inputs import BAD_FILES


def outcome(name: str, data: bytes | None = None) -> Document | Skipped:
    return load_document(name, BAD_FILES[name] if data is None else data)


def test_binary_file_is_skipped():
    assert outcome("binary.txt") == Skipped("binary.txt", "binary file (NUL bytes)")


def test_invalid_utf8_is_checked_with_a_warning_and_replacement_characters():
    document = outcome("invalid-utf8.txt")
    assert isinstance(document, Document)
    assert document.warning == "invalid UTF-8 at byte 32; bad bytes replaced with U+FFFD"
    assert "2024 \ufffd\ufffd to traffic" in document.text


def test_mostly_undecodable_bytes_are_skipped():
    assert outcome("x", bytes(range(0x80, 0x100)) * 4).reason.startswith("not UTF-8 text")


def test_utf16_with_a_byte_order_mark_is_checked():
    document = outcome("utf16-bom.txt")
    assert isinstance(document, Document) and document.warning is None
    assert document.text.startswith("The bridge opened on 3 May 2024")


def test_utf16_without_a_byte_order_mark_is_skipped_with_that_reason():
    data = "The bridge opened on 3 May 2024.\n".encode("utf-16-le")
    assert outcome("x", data).reason == "UTF-16 text without a byte-order mark (save it as UTF-8)"


@pytest.mark.parametrize("data", [b"", b"  \n\t\r\n", b"\xef\xbb\xbf", "\ufeff \n".encode("utf-16-be")])
def test_empty_files_are_skipped(data):
    assert outcome("empty.txt", data) == Skipped("empty.txt", "empty file")


def test_malformed_front_matter_is_skipped_with_its_line():
    assert outcome("malformed-front-matter.txt").reason == (
        "malformed front matter: line 3: did not find expected ',' or ']'"
    )


def test_billion_laughs_in_front_matter_is_refused_without_expanding():
    assert outcome("bomb-front-matter.txt").reason == "malformed front matter: line 3: YAML aliases are not allowed"


def test_deeply_nested_front_matter_is_refused_not_a_recursion_error():
    data = b"---\nkey: " + b"[" * 10_000 + b"\n---\nThe bridge opened.\n"
    assert outcome("x", data).reason == "malformed front matter: line 2: nested deeper than 64 levels"


@pytest.mark.parametrize("value", ["2024-02-30", "0000-00-00", "99999-01-01"])
def test_impossible_publication_dates_are_reported_on_their_line(value):
    data = f"---\ntitle: Bridge\npublished: {value}\n---\nThe bridge opened.\n".encode()
    assert outcome("x", data).reason == (
        f"malformed front matter: line 3: 'published' is not a date (YYYY-MM-DD): '{value}'"
    )


def test_a_timestamp_publication_date_keeps_its_day():
    data = b"---\npublished: 2024-05-03T10:00:00Z\n---\nThe bridge opened.\n"
    assert str(outcome("x", data).published) == "2024-05-03"


def test_file_over_the_size_limit_is_skipped_before_it_is_read(tmp_path, monkeypatch):
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:  # sparse: 50 MB on paper, nothing on disk
        handle.truncate(50_000_000)
    monkeypatch.setattr(Path, "read_bytes", _must_not_be_called)
    (skipped,) = load_corpus([big]).skipped
    assert skipped.reason == "larger than the size limit (50,000,000 > 5,000,000 bytes)"


def test_size_limit_is_configurable(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("The bridge opened on 3 May 2024, the city said.\n")
    assert load_corpus([article], max_bytes=10).skipped[0].reason == ("larger than the size limit (48 > 10 bytes)")
    assert len(load_corpus([article], max_bytes=48).documents) == 1


def test_a_file_that_grows_after_the_size_check_is_still_cut_off(tmp_path, monkeypatch):
    article = tmp_path / "a.txt"
    article.write_bytes(b"x" * 100)
    monkeypatch.setattr(os, "fstat", lambda descriptor: os.stat_result((0,) * 10))  # claims 0 bytes
    assert read_bytes(article, 10) == "larger than the size limit (11 > 10 bytes)"


def test_unreadable_file_is_skipped(tmp_path, monkeypatch):
    article = tmp_path / "a.txt"
    article.write_text("The bridge opened.\n")
    # Tests run as root, which reads through chmod 000, so the refusal is simulated.
    monkeypatch.setattr("builtins.open", _permission_denied)
    assert load_corpus([article]).skipped[0].reason == "unreadable: permission denied"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_by_mode_is_skipped(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("The bridge opened.\n")
    article.chmod(0)
    assert load_corpus([article]).skipped[0].reason == "unreadable: permission denied"


def test_unreadable_directory_is_reported(tmp_path, monkeypatch):
    (tmp_path / "sub").mkdir()
    real_scandir = os.scandir

    def scandir(path):
        return _permission_denied(path) if str(path).endswith("sub") else real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    (skipped,) = load_corpus([tmp_path]).skipped
    assert skipped.name.endswith("sub") and skipped.reason == "unreadable directory: permission denied"


def test_a_pipe_is_skipped_not_waited_on(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    assert load_corpus([tmp_path]).skipped == (
        Skipped(f"{tmp_path.as_posix()}/pipe.txt", "not a regular file (a device, pipe or socket)"),
    )


def test_a_path_that_does_not_exist_is_an_error_naming_it(tmp_path):
    with pytest.raises(FactcheckError, match=r"^.*/missing\.txt: no such file or directory$"):
        load_corpus([tmp_path / "missing.txt"])


def test_file_names_that_are_not_text_are_shown_escaped(tmp_path):
    (tmp_path / os.fsdecode(b"bad\xffname.txt")).write_bytes(b"")
    (tmp_path / "new\nline.txt").write_bytes(b"")
    names = sorted(Path(s.name).name for s in load_corpus([tmp_path]).skipped)
    assert names == ["bad\\xffname.txt", "new\\nline.txt"]


def _must_not_be_called(*args, **kwargs):
    raise AssertionError("the file was read")


def _permission_denied(path, *args, **kwargs):
    raise PermissionError(13, "Permission denied", str(path))


def test_include_and_exclude_globs_choose_the_files_below_a_directory(tmp_path):
    for name in ("a.txt", "b.md", "c.html", "drafts/d.txt", ".hidden/e.txt", ".f.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("The bridge opened on 3 May 2024, the city said.\n")

    def read(**globs) -> list[str]:
        return sorted(Path(d.name).name for d in load_corpus([tmp_path], **globs).documents)

    assert read() == ["a.txt", "b.md", "d.txt"]
    assert read(include=["*.html", "*.txt"], exclude=["drafts"]) == ["a.txt", "c.html"]
