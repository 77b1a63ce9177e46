"""The claims cache: an unchanged corpus skips extraction; a damaged cache is rebuilt, never trusted."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from factcheck.cache import ClaimsCache
from factcheck.corpus import load_document
from factcheck.extract.model import load_model


def _entries(root: Path) -> list[Path]:
    return sorted((root / ".factcheck_cache" / "claims").rglob("*.json"))


def _no_model(*args, **kwargs):
    raise AssertionError("the spaCy model was loaded")


def test_a_second_run_on_an_unchanged_corpus_loads_no_model(repo, factcheck, monkeypatch):
    first = factcheck("check", "data/seeds", "--format", "json", cwd=repo.root)
    assert len(_entries(repo.root)) == 5
    loads = load_model.cache_info()
    monkeypatch.setattr("factcheck.extract.load_model", _no_model)

    second = factcheck("check", "data/seeds", "--format", "json", cwd=repo.root)

    assert load_model.cache_info() == loads
    assert (second.code, second.stdout) == (first.code, first.stdout)


def test_claims_read_from_the_cache_equal_the_claims_extracted(repo, factcheck):
    fresh = factcheck("claims", "data/seeds", "--format", "jsonl", cwd=repo.root)
    cached = factcheck("claims", "data/seeds", "--format", "jsonl", cwd=repo.root)
    assert fresh.stdout and cached.stdout == fresh.stdout


DAMAGES = [
    lambda text: "",                                                        # empty
    lambda text: text[: len(text) // 2],                                    # truncated
    lambda text: "\x00\xff garbage",                                        # not JSON
    lambda text: json.dumps({**json.loads(text), "key": "0" * 64}),         # another entry's
    lambda text: json.dumps({**json.loads(text), "format": 999}),           # another format
    lambda text: json.dumps({**json.loads(text), "rows": [{"doc": "elsewhere.txt"}]}),  # foreign rows
    lambda text: json.dumps([1, 2, 3]),                                     # not an entry at all
]


@pytest.mark.parametrize("first_damage", [0, 5])
def test_damaged_entries_are_rebuilt_and_the_answer_does_not_change(repo, factcheck, first_damage):
    first = factcheck("check", "data/seeds", "--format", "json", cwd=repo.root)
    for number, entry in enumerate(_entries(repo.root)):   # five entries, a different damage each
        damage = DAMAGES[(first_damage + number) % len(DAMAGES)]
        entry.write_text(damage(entry.read_text(encoding="utf-8")), encoding="utf-8")

    second = factcheck("check", "data/seeds", "--format", "json", cwd=repo.root)

    assert (second.code, second.stdout) == (first.code, first.stdout)
    for entry in _entries(repo.root):
        assert json.loads(entry.read_text(encoding="utf-8"))["key"] == entry.stem


def test_a_run_killed_while_writing_the_cache_leaves_one_the_next_run_can_use(repo, factcheck):
    # The child dies (SIGKILL) at the first rename of a claims entry: its temporary file is written, not renamed.
    child = textwrap.dedent("""
        import os, signal, sys
        rename = os.replace
        def killed_at_first_entry(source, target):
            if str(target).endswith(".json"):
                os.kill(os.getpid(), signal.SIGKILL)
            rename(source, target)
        os.replace = killed_at_first_entry
        from factcheck.cli import main
        sys.argv = ["factcheck", "check", "data/seeds", "--format", "json"]
        main()
    """)
    done = subprocess.run([sys.executable, "-c", child], cwd=repo.root, capture_output=True, env={**os.environ, "NO_COLOR": "1"})
    assert done.returncode == -signal.SIGKILL
    assert _entries(repo.root) == []
    assert list((repo.root / ".factcheck_cache" / "claims").rglob("*.tmp"))   # the half-done write is there

    after = factcheck("check", "data/seeds", "--format", "json", cwd=repo.root)
    uncached = factcheck("check", "data/seeds", "--format", "json", "--no-cache", cwd=repo.root)

    assert (after.code, after.stdout) == (uncached.code, uncached.stdout)
    assert len(_entries(repo.root)) == 5


def test_no_cache_neither_reads_nor_writes(repo, factcheck):
    assert factcheck("check", "data/seeds", "--no-cache", cwd=repo.root).code == 1
    assert not (repo.root / ".factcheck_cache").exists()


def test_the_key_covers_everything_extraction_depends_on(tmp_path):
    import datetime as dt

    document = load_document("a.md", b"Text of the article.\n")
    key = ClaimsCache(tmp_path, "rules-1", None).key(document)
    variants = [
        ClaimsCache(tmp_path, "rules-2", None).key(document),
        ClaimsCache(tmp_path, "rules-1", "en_core_web_md").key(document),
        ClaimsCache(tmp_path, "rules-1", None).key(load_document("b.md", b"Text of the article.\n")),
        ClaimsCache(tmp_path, "rules-1", None).key(load_document("a.md", b"Text of the article!\n")),
        ClaimsCache(tmp_path, "rules-1", None).key(load_document("a.md", b"Text of the article.\n", published=dt.date(2024, 1, 1))),
    ]
    assert key not in variants and len(set(variants)) == len(variants)


def test_a_cache_that_cannot_be_written_is_given_up_with_a_warning(repo, factcheck):
    (repo.root / "readonly").write_text("a file where the cache directory should be\n")
    repo.write("factcheck.toml", 'cache-dir = "readonly/cache"\n')

    result = factcheck("check", "data/seeds", "--format", "jsonl", cwd=repo.root)

    assert result.code == 1 and result.stdout
    assert "factcheck: warning: claims cache not written:" in result.stderr
