"""The model preloaded in a worker while the corpus is read: it parses exactly as this process would."""

from __future__ import annotations

from pathlib import Path

from factcheck.corpus import load_document
from factcheck.engines.preload import preloaded_model
from factcheck.extract import extract_rows

SEEDS = Path(__file__).resolve().parents[2] / "data" / "seeds"


def _seed(index: int):
    path = sorted(SEEDS.iterdir())[index]
    return load_document(path.name, path.read_bytes())


def test_the_preloaded_worker_gives_the_rows_this_process_gives(rules, nlp):
    documents = [_seed(0), _seed(3)]
    with preloaded_model(None, rules, enabled=True) as preload:
        assert preload.extract(documents) == extract_rows(documents, rules, nlp)


def test_a_worker_that_cannot_load_the_model_hands_the_work_back(rules):
    with preloaded_model("no_such_model_package", rules, enabled=True) as preload:
        assert preload.extract([_seed(0)]) is None


def test_a_changed_document_rechecked_with_the_preloaded_model_gives_the_uncached_report(
    repo, factcheck, contradicting
):
    factcheck("check", "data/seeds", cwd=repo.root)
    repo.write("data/seeds/zz-contradicting.md", contradicting)

    warm = factcheck("check", "data/seeds", "--format", "json", cwd=repo.root)
    uncached = factcheck("check", "data/seeds", "--format", "json", "--no-cache", cwd=repo.root)

    assert (warm.code, warm.stdout) == (uncached.code, uncached.stdout)
    assert "zz-contradicting.md" in warm.stdout
