"""Baselines: known findings hidden by their claims, not their lines; stale entries reported and pruned."""

from __future__ import annotations

import json


def test_a_baseline_hides_a_known_finding_and_survives_an_edit_elsewhere_in_the_file(repo, factcheck, contradicting):
    repo.commit("add a contradicting article", {"data/new/lunar.md": contradicting})
    assert factcheck("check", cwd=repo.root).code == 1

    written = factcheck("baseline", "write", cwd=repo.root)
    assert written.code == 0, written.stderr
    entries = json.loads((repo.root / "factcheck-baseline.json").read_text())["entries"]
    assert {entry["rule"] for entry in entries} >= {"FC101"}
    assert all("line" not in json.dumps(entry["claims"]) for entry in entries)

    assert factcheck("check", "--baseline", "factcheck-baseline.json", cwd=repo.root).code == 0

    edited = contradicting.replace(
        "Pakistan's space agency looked back",
        "A new paragraph opens the article now.\n\nPakistan's space agency, in a statement, looked back",
    )
    repo.commit("edit the article above the conflicting sentence", {"data/new/lunar.md": edited})
    after = factcheck("check", "--baseline", "factcheck-baseline.json", "--format", "jsonl", cwd=repo.root)
    assert after.code == 0, after.stdout
    assert after.stdout == ""
    assert "stale" not in after.stderr


def test_a_new_conflict_is_not_hidden_by_the_baseline(repo, factcheck, contradicting):
    assert factcheck("baseline", "write", cwd=repo.root).code == 0  # the seeds' own conflicts
    repo.commit("add a contradicting article", {"data/new/lunar.md": contradicting})

    result = factcheck("check", "--baseline", "factcheck-baseline.json", "--format", "jsonl", cwd=repo.root)

    assert result.code == 1
    findings = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(findings) == 2
    assert all("data/new/lunar.md" in {e["doc"] for e in finding["evidence"]} for finding in findings)


def test_stale_entries_are_reported_and_pruned(repo, factcheck, contradicting):
    repo.commit("add a contradicting article", {"data/new/lunar.md": contradicting})
    factcheck("baseline", "write", cwd=repo.root)
    before = len(json.loads((repo.root / "factcheck-baseline.json").read_text())["entries"])
    (repo.root / "data/new/lunar.md").unlink()

    checked = factcheck("check", "--baseline", "factcheck-baseline.json", cwd=repo.root)
    assert checked.code == 0
    assert "2 stale baseline entries" in checked.stderr

    pruned = factcheck("baseline", "prune", cwd=repo.root)
    assert pruned.code == 0
    after = json.loads((repo.root / "factcheck-baseline.json").read_text())["entries"]
    assert len(after) == before - 2
    assert "stale" not in factcheck("check", "--baseline", "factcheck-baseline.json", cwd=repo.root).stderr


def test_a_baseline_that_is_not_one_is_an_input_error(repo, factcheck):
    repo.write("bad.json", "{not json")
    result = factcheck("check", "--baseline", "bad.json", cwd=repo.root)
    assert result.code == 2
    assert result.stderr.startswith("factcheck: error: bad.json:1: baseline is not valid JSON")
