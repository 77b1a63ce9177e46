"""The claims cache: an unchanged corpus skips extraction; a damaged cache is rebuilt, never trusted."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pyarrow as pa
import pyarrow.feather as feather
import pytest

import factcheck.extract as factcheck_extract
from factcheck.cache import CACHE_FILE, PROFILES_FILE, ClaimsCache, extractor_sources
from factcheck.corpus import load_document
from factcheck.extract.model import load_model


def _cache_file(root: Path) -> Path:
    return root / ".factcheck_cache" / CACHE_FILE


def _held(root: Path) -> list[str]:
    """The documents the cache file holds claims for."""
    metadata = feather.read_table(_cache_file(root)).schema.metadata[b"factcheck"]
    return sorted(json.loads(metadata)["keys"])


def _no_model(*args, **kwargs):
    raise AssertionError("the spaCy model was loaded")


def test_a_second_run_on_an_unchanged_corpus_loads_no_model(repo, factcheck, monkeypatch):
    first = factcheck("check", "data/seeds", "--format", "json", cwd=repo.root)
    assert len(_held(repo.root)) == 5
    loads = load_model.cache_info()
    monkeypatch.setattr("factcheck.extract.load_model", _no_model)

    second = factcheck("check", "data/seeds", "--format", "json", cwd=repo.root)

    assert load_model.cache_info() == loads
    assert (second.code, second.stdout) == (first.code, first.stdout)


def test_claims_read_from_the_cache_equal_the_claims_extracted(repo, factcheck):
    fresh = factcheck("claims", "data/seeds", "--format", "jsonl", cwd=repo.root)
    cached = factcheck("claims", "data/seeds", "--format", "jsonl", cwd=repo.root)
    assert fresh.stdout and cached.stdout == fresh.stdout


def test_only_a_changed_document_is_extracted_again_and_the_table_keeps_the_corpus_order(repo, factcheck, monkeypatch):
    factcheck("claims", "data/seeds", "--format", "jsonl", cwd=repo.root)
    changed = sorted((repo.root / "data" / "seeds").iterdir())[2]
    changed.write_text(
        changed.read_text(encoding="utf-8") + "\nThe agency said it would publish the data.\n", encoding="utf-8"
    )
    extracted = []
    extract_rows = factcheck_extract.extract_rows

    def recording(documents, *args, **kwargs):
        extracted.extend(document.name for document in documents)
        return extract_rows(documents, *args, **kwargs)

    monkeypatch.setattr("factcheck.extract.extract_rows", recording)
    # One process: the model is not preloaded in a second one, where the recording cannot see it.
    partly_cached = factcheck("claims", "data/seeds", "--format", "jsonl", "--jobs", "1", cwd=repo.root)
    assert extracted == [f"data/seeds/{changed.name}"]

    uncached = factcheck("claims", "data/seeds", "--format", "jsonl", "--no-cache", cwd=repo.root)
    assert partly_cached.stdout == uncached.stdout


def test_a_run_on_part_of_the_corpus_keeps_the_cache_of_the_rest(repo, factcheck, monkeypatch):
    factcheck("check", "data/seeds", cwd=repo.root)
    one = sorted((repo.root / "data" / "seeds").iterdir())[0]
    factcheck("claims", f"data/seeds/{one.name}", cwd=repo.root)
    monkeypatch.setattr("factcheck.extract.load_model", _no_model)

    assert factcheck("check", "data/seeds", "--format", "json", cwd=repo.root).code == 1
    assert len(_held(repo.root)) == 5


def _rewritten(data: bytes, change) -> bytes:
    table = feather.read_table(pa.BufferReader(data))
    table = change(table)
    sink = pa.BufferOutputStream()
    feather.write_feather(table, sink)
    return sink.getvalue().to_pybytes()


def _with_metadata(table: pa.Table, **changes) -> pa.Table:
    metadata = {**json.loads(table.schema.metadata[b"factcheck"]), **changes}
    return table.replace_schema_metadata({**table.schema.metadata, b"factcheck": json.dumps(metadata).encode()})


DAMAGES = {
    "empty": lambda data: b"",
    "truncated": lambda data: data[: len(data) // 2],
    "not arrow": lambda data: b"\x00\xff garbage",
    "json": lambda data: json.dumps({"format": 1, "rows": []}).encode(),
    "other settings": lambda data: _rewritten(data, lambda table: _with_metadata(table, salt="[1, 2]")),
    "no metadata": lambda data: _rewritten(data, lambda table: table.replace_schema_metadata({})),
    "keys not a map": lambda data: _rewritten(data, lambda table: _with_metadata(table, keys=[1, 2, 3])),
    "foreign rows": lambda data: _rewritten(
        data, lambda table: table.set_column(1, "doc", pa.array(["elsewhere.txt"] * len(table), pa.large_string()))
    ),
    "a column short": lambda data: _rewritten(data, lambda table: table.remove_column(5)),
}


@pytest.mark.parametrize("damage", DAMAGES)
def test_a_damaged_cache_is_rebuilt_and_the_answer_does_not_change(repo, factcheck, damage):
    first = factcheck("check", "data/seeds", "--format", "json", cwd=repo.root)
    cache = _cache_file(repo.root)
    cache.write_bytes(DAMAGES[damage](cache.read_bytes()))

    second = factcheck("check", "data/seeds", "--format", "json", cwd=repo.root)

    assert (second.code, second.stdout) == (first.code, first.stdout)
    assert len(_held(repo.root)) == 5


def test_a_run_killed_while_writing_the_cache_leaves_one_the_next_run_can_use(repo, factcheck):
    # The child dies (SIGKILL) at the rename of the cache file: its temporary file is written, not renamed.
    child = textwrap.dedent("""
        import os, signal, sys
        rename = os.replace
        def killed_at_the_cache(source, target):
            if str(target).endswith(".arrow"):
                os.kill(os.getpid(), signal.SIGKILL)
            rename(source, target)
        os.replace = killed_at_the_cache
        from factcheck.cli import main
        sys.argv = ["factcheck", "check", "data/seeds", "--format", "json"]
        main()
    """)
    done = subprocess.run(
        [sys.executable, "-c", child], cwd=repo.root, capture_output=True, env={**os.environ, "NO_COLOR": "1"}
    )
    assert done.returncode == -signal.SIGKILL
    assert not _cache_file(repo.root).exists()
    assert list((repo.root / ".factcheck_cache").glob("*.tmp"))  # the half-done write is there

    after = factcheck("check", "data/seeds", "--format", "json", cwd=repo.root)
    uncached = factcheck("check", "data/seeds", "--format", "json", "--no-cache", cwd=repo.root)

    assert (after.code, after.stdout) == (uncached.code, uncached.stdout)
    assert len(_held(repo.root)) == 5


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
        ClaimsCache(tmp_path, "rules-1", None).key(
            load_document("a.md", b"Text of the article.\n", published=dt.date(2024, 1, 1))
        ),
    ]
    assert key not in variants and len(set(variants)) == len(variants)


def test_a_cache_that_cannot_be_written_is_given_up_with_a_warning(repo, factcheck):
    (repo.root / "readonly").write_text("a file where the cache directory should be\n")
    repo.write("factcheck.toml", 'cache-dir = "readonly/cache"\n')

    result = factcheck("check", "data/seeds", "--format", "jsonl", cwd=repo.root)

    assert result.code == 1 and result.stdout
    assert "factcheck: warning: claims cache not written:" in result.stderr


def test_the_extractor_digest_covers_the_code_that_makes_claims_and_no_later_stage():
    sources = set(extractor_sources())
    assert {
        "extract/claims.py",
        "temporal/tagger.py",
        "corpus/layout.py",
        "rules/gazetteer.py",
        "claims_table.py",
    } <= sources
    assert not any(source.startswith(("reconcile/", "compare/", "report/", "cli/", "pipeline")) for source in sources)


def test_documents_added_to_the_cache_keep_every_document_s_claims(tmp_path):
    from factcheck.claims_table import claims_frame

    def claim(doc: str, participants: list[str]) -> dict:
        return {
            "claim_id": f"{doc}#0",
            "doc": doc,
            "event_type": "launch",
            "participants": participants,
            "participant_kinds": ["ORG"] * len(participants),
            "participant_roles": ["agent"] * len(participants),
        }

    first, second = load_document("a.md", b"One article.\n"), load_document("b.md", b"Another article.\n")
    ClaimsCache(tmp_path, "rules", None).store([first], claims_frame([claim("a.md", [])]))
    both = claims_frame([claim("a.md", []), claim("b.md", ["NASA"])])
    ClaimsCache(tmp_path, "rules", None).store([first, second], both)

    cached, missing = ClaimsCache(tmp_path, "rules", None).lookup([first, second])
    assert missing == []
    assert cached.reset_index(drop=True).equals(both)


def _no_yaml(text):
    raise AssertionError("front matter was parsed")


def test_a_second_check_reads_front_matter_from_the_cache_and_a_changed_one_afresh(repo, factcheck, monkeypatch):
    article = repo.write("data/seeds/dated.md", "---\npublished: 2024-06-01\n---\nThe council met on Monday.\n")
    first = factcheck("check", "data/seeds", "--format", "json", cwd=repo.root)
    monkeypatch.setattr("factcheck.cache.parse_front_matter", _no_yaml)

    second = factcheck("check", "data/seeds", "--format", "json", cwd=repo.root)
    assert (second.code, second.stdout) == (first.code, first.stdout)

    article.write_text("---\npublished: 2024-07-01\n---\nThe council met on Monday.\n", encoding="utf-8")
    changed = factcheck("check", "data/seeds", "--format", "json", cwd=repo.root)
    assert changed.code == 2 and "front matter was parsed" in changed.stderr

    monkeypatch.undo()
    third = factcheck("check", "data/seeds", "--format", "json", cwd=repo.root)
    assert '"published": "2024-07-01"' in third.stdout


@pytest.mark.parametrize(
    "remembered",
    [
        {"0" * 64: [0, None, "not a date", None]},
        {"0" * 64: ["five", None, None, None]},
        {"0" * 64: [5, None]},
        [1, 2],
    ],
)
def test_remembered_front_matter_not_as_written_is_ignored(repo, factcheck, remembered):
    first = factcheck("check", "data/seeds", "--format", "json", cwd=repo.root)
    cache = _cache_file(repo.root)
    cache.write_bytes(_rewritten(cache.read_bytes(), lambda table: _with_metadata(table, front_matter=remembered)))

    second = factcheck("check", "data/seeds", "--format", "json", cwd=repo.root)

    assert (second.code, second.stdout) == (first.code, first.stdout)


def test_a_cache_written_with_plain_arrow_strings_is_read(repo, factcheck, monkeypatch):
    # pandas before 3 stores its string dtype as Arrow `string`, pandas 3 as `large_string`.
    first = factcheck("check", "data/seeds", "--format", "json", cwd=repo.root)
    cache = _cache_file(repo.root)

    def plain_strings(table: pa.Table) -> pa.Table:
        schema = pa.schema(
            [f.with_type(pa.string()) if f.type == pa.large_string() else f for f in table.schema],
            table.schema.metadata,
        )
        return table.cast(schema)

    cache.write_bytes(_rewritten(cache.read_bytes(), plain_strings))
    monkeypatch.setattr("factcheck.extract.load_model", _no_model)

    second = factcheck("check", "data/seeds", "--format", "json", cwd=repo.root)
    assert (second.code, second.stdout) == (first.code, first.stdout)


def _no_profile(*args, **kwargs):
    raise AssertionError("a text profile was computed")


def test_a_second_check_reads_text_profiles_from_the_cache_and_a_changed_text_s_afresh(repo, factcheck, monkeypatch):
    first = factcheck("check", "data/seeds", "--format", "json", cwd=repo.root)
    monkeypatch.setattr("factcheck.cache.text_profile", _no_profile)

    second = factcheck("check", "data/seeds", "--format", "json", cwd=repo.root)
    assert (second.code, second.stdout) == (first.code, first.stdout)

    changed = sorted((repo.root / "data" / "seeds").iterdir())[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nThe agency met again.\n", encoding="utf-8")
    assert "a text profile was computed" in factcheck("check", "data/seeds", "--format", "json", cwd=repo.root).stderr


def test_a_profiles_file_that_cannot_be_written_is_reported_and_the_answer_does_not_change(repo, factcheck):
    first = factcheck("check", "data/seeds", "--format", "json", "--no-cache", cwd=repo.root)
    (repo.root / ".factcheck_cache" / PROFILES_FILE).mkdir(parents=True)  # a rename cannot replace it

    second = factcheck("check", "data/seeds", "--format", "json", cwd=repo.root)

    assert (second.code, second.stdout) == (first.code, first.stdout)
    warning = next(line for line in second.stderr.splitlines() if "story profiles not cached" in line)
    assert warning.startswith("factcheck: warning: story profiles not cached: ") and f"/{PROFILES_FILE}: " in warning
    assert "claims cache not written" not in second.stderr and len(_held(repo.root)) == 5


@pytest.mark.parametrize("damage", [b"", b"not arrow", None])
def test_a_damaged_profiles_file_is_rebuilt_and_the_answer_does_not_change(repo, factcheck, damage):
    first = factcheck("check", "data/seeds", "--format", "json", cwd=repo.root)
    profiles = repo.root / ".factcheck_cache" / PROFILES_FILE
    if damage is None:
        profiles.write_bytes(profiles.read_bytes()[: len(profiles.read_bytes()) // 2])
    else:
        profiles.write_bytes(damage)

    second = factcheck("check", "data/seeds", "--format", "json", cwd=repo.root)

    assert (second.code, second.stdout) == (first.code, first.stdout)
    assert feather.read_table(profiles).num_rows == 5
