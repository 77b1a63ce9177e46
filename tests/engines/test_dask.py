"""`--engine dask`: extraction on a real Dask cluster of two worker processes gives the local
engine's report, byte for byte, through worker deaths, and shares the claims cache with it."""

from __future__ import annotations

import json
import logging
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import dask
import pandas as pd
import pytest
from distributed import Client, LocalCluster

from tests.conftest import ROOT, SEEDS
from tests.engines.plugins import Crash, NoFactcheck

TOPICS = ROOT / "tests" / "corpus" / "topics"
CORPORA = {"seeds": SEEDS, "topics": TOPICS}
REPORT = ("report", "--format", "json", "--no-cache", "--quiet")


@pytest.fixture(scope="module")
def cluster():
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0", silence_logs=logging.ERROR
    ) as running:
        yield running


@pytest.fixture(scope="module")
def admin(cluster):
    """A client of the test's own on the cluster, to break its workers."""
    with Client(cluster, set_as_default=False) as client:
        yield client


@pytest.fixture
def dask_report(factcheck, cluster):
    def run(corpus: str, *options: str):
        return factcheck(
            *REPORT, "--engine", "dask", "--scheduler", cluster.scheduler_address, *options, corpus, cwd=ROOT
        )

    return run


@pytest.fixture(scope="module")
def local_reports():
    """The local engine's JSON report of each corpus (made once, by the first test that asks)."""
    return {}


@pytest.fixture
def local_report(factcheck, local_reports):
    def run(corpus: str) -> str:
        if corpus not in local_reports:
            local = factcheck(*REPORT, "--engine", "local", corpus, cwd=ROOT)
            assert local.code == 0 and '"findings"' in local.stdout
            local_reports[corpus] = local.stdout
        return local_reports[corpus]

    return run


@pytest.mark.parametrize("corpus", CORPORA)
def test_the_dask_report_is_the_local_report_byte_for_byte(corpus, dask_report, local_report):
    path = str(CORPORA[corpus].relative_to(ROOT))
    run = dask_report(path)
    assert (run.code, run.stderr) == (0, "")
    assert run.stdout == local_report(path)


def test_a_worker_killed_mid_run_is_replaced_and_the_report_does_not_change(dask_report, local_report, admin, tmp_path):
    path = str(TOPICS.relative_to(ROOT))
    died = tmp_path / "died"
    admin.register_plugin(Crash("phones_", once=died), name="crash-once")
    try:
        run = dask_report(path)
    finally:
        admin.unregister_worker_plugin("crash-once")
    assert died.exists()  # a worker did die, with a batch in hand
    assert run.code == 0 and run.stdout == local_report(path)
    admin.wait_for_workers(2, timeout=120)


def test_a_document_that_kills_every_worker_is_skipped_with_the_reason_and_the_others_checked(
    factcheck, cluster, admin, tmp_path
):
    for article in TOPICS.glob("*.md"):
        shutil.copy(article, tmp_path / article.name)
    poison = "election_herald.md"  # in a batch with others: the batch is split, and only this one is lost
    # One death fails a task, and a worker holds one task at a time: the others on the worker that
    # dies (with Dask's defaults, one more that has three more tries) do not die with it.
    scheduler = cluster.scheduler
    defaults = scheduler.allowed_failures, scheduler.WORKER_SATURATION
    scheduler.allowed_failures, scheduler.WORKER_SATURATION = 0, 1.0
    admin.register_plugin(Crash(poison), name="crash-always")
    try:
        run = factcheck(
            "check",
            "--format",
            "json",
            "--no-cache",
            "--engine",
            "dask",
            "--scheduler",
            cluster.scheduler_address,
            ".",
            cwd=tmp_path,
        )
    finally:
        admin.unregister_worker_plugin("crash-always")
        scheduler.allowed_failures, scheduler.WORKER_SATURATION = defaults
    assert run.code == 1
    statuses = {document["path"]: document for document in json.loads(run.stdout)["documents"]}
    assert statuses[poison]["status"] == "skipped" and "Dask worker" in statuses[poison]["reason"]
    assert all(status["status"] == "checked" for name, status in statuses.items() if name != poison)
    assert len(statuses) == 15
    admin.wait_for_workers(2, timeout=120)


def test_a_cache_filled_by_either_engine_is_warm_for_the_other(factcheck, cluster, tmp_path, monkeypatch):
    shutil.copytree(SEEDS, tmp_path / "seeds")
    scheduler = ("--engine", "dask", "--scheduler", cluster.scheduler_address)
    uncached = factcheck("check", "--format", "json", "--no-cache", "seeds", cwd=tmp_path)

    by_dask = factcheck("check", "--format", "json", *scheduler, "seeds", cwd=tmp_path)
    with monkeypatch.context() as patched:
        patched.setattr("factcheck.extract.load_model", _no_model)
        warm_local = factcheck("check", "--format", "json", "--engine", "local", "seeds", cwd=tmp_path)
    assert by_dask.stdout == warm_local.stdout == uncached.stdout

    shutil.rmtree(tmp_path / ".factcheck_cache")
    factcheck("check", "--format", "json", "--engine", "local", "seeds", cwd=tmp_path)
    nowhere = ("--engine", "dask", "--scheduler", f"tcp://127.0.0.1:{_closed_port()}")
    warm_dask = factcheck("check", "--format", "json", *nowhere, "seeds", cwd=tmp_path)  # no work: no cluster needed
    assert warm_dask.stdout == uncached.stdout

    changed = sorted((tmp_path / "seeds").iterdir())[1]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nThe agency said more on Monday.\n", encoding="utf-8")
    partly = factcheck("check", "--format", "json", "-v", *scheduler, "seeds", cwd=tmp_path)
    assert "extracting 1 documents in 1 batches on the Dask cluster" in partly.stderr
    assert partly.stdout == factcheck("check", "--format", "json", "--no-cache", "seeds", cwd=tmp_path).stdout


def test_verbose_names_the_cluster_and_its_dashboard(factcheck, cluster):
    run = factcheck(
        "claims",
        "--no-cache",
        "-v",
        "--engine",
        "dask",
        "--scheduler",
        cluster.scheduler_address,
        "data/seeds",
        cwd=ROOT,
    )
    assert run.code == 0
    assert f"on the Dask cluster at {cluster.scheduler_address} (2 workers); dashboard: http://" in run.stderr


def test_an_unreachable_scheduler_is_one_line_and_exit_2(factcheck):
    with dask.config.set({"distributed.comm.timeouts.connect": "2s"}):
        run = factcheck(
            *REPORT, "--engine", "dask", "--scheduler", f"tcp://127.0.0.1:{_closed_port()}", "data/seeds", cwd=ROOT
        )
    assert run.code == 2 and run.stdout == ""
    assert run.stderr.startswith("factcheck: error: cannot reach the Dask scheduler at tcp://127.0.0.1:")
    assert run.stderr.count("\n") == 1


@pytest.mark.parametrize(
    ("broken", "said"),
    [
        ("model", "spaCy model no_such_model_package is not installed"),
        ("import", "No module named 'factcheck'"),
    ],
)
def test_a_worker_that_cannot_extract_is_one_line_and_exit_2(broken, said, dask_report, admin):
    if broken == "import":
        admin.register_plugin(NoFactcheck(), name="no-factcheck")
    try:
        options = ("--model", "no_such_model_package") if broken == "model" else ()
        run = dask_report("data/seeds", *options)
    finally:
        if broken == "import":
            admin.unregister_worker_plugin("no-factcheck")
    assert run.code == 2 and run.stdout == ""
    assert run.stderr.startswith("factcheck: error: a Dask worker cannot extract claims: ")
    assert said in run.stderr and run.stderr.count("\n") == 1


def test_without_the_extra_the_dask_engine_is_one_line_with_the_install_command(factcheck, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)
    run = factcheck(*REPORT, "--engine", "dask", "data/seeds", cwd=ROOT)
    assert run.code == 2
    assert run.stderr == (
        'factcheck: error: the Dask engine needs Dask, which is not installed: pip install "factcheck-corpus[dask]"\n'
    )


def test_the_engine_and_the_scheduler_come_from_the_configuration(factcheck, cluster, tmp_path):
    shutil.copytree(SEEDS, tmp_path / "seeds")
    (tmp_path / "factcheck.toml").write_text(f'engine = "dask"\nscheduler = "{cluster.scheduler_address}"\n')
    run = factcheck("claims", "-v", "--no-cache", "seeds", cwd=tmp_path)
    assert run.code == 0 and f"on the Dask cluster at {cluster.scheduler_address}" in run.stderr

    (tmp_path / "factcheck.toml").write_text('engine = "spark"\n')
    run = factcheck("claims", "seeds", cwd=tmp_path)
    assert run.code == 2
    assert run.stderr.startswith("factcheck: error: ") and run.stderr.count("\n") == 1
    assert run.stderr.endswith("factcheck.toml:1: engine: must be one of: local, dask (got 'spark')\n")


def test_a_scheduler_without_the_dask_engine_is_a_usage_error(factcheck):
    run = factcheck(*REPORT, "--scheduler", "tcp://127.0.0.1:8786", "data/seeds", cwd=ROOT)
    assert run.code == 2
    assert run.stderr == "factcheck: error: --scheduler is for --engine dask\n"


def test_ctrl_c_stops_the_local_cluster_and_leaves_the_cache_consistent(tmp_path):
    """Without --scheduler the engine starts its own cluster; an interrupt from the terminal (SIGINT to
    the whole process group) cancels the work, stops the cluster and leaves a cache that is right."""
    from make_corpus import generate

    generate(100, tmp_path / "archive")
    command = [sys.executable, "-m", "factcheck", "check", "--format", "json", "-o", "report.json", "archive"]
    process = subprocess.Popen(
        [*command, "--engine", "dask", "--jobs", "1", "-v"],  # one worker: seconds of work, and a quick start
        cwd=tmp_path,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        # As from a terminal: the interrupt is the default's, whatever this test process inherited
        # (a process that starts with SIGINT ignored never raises KeyboardInterrupt).
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    said = ""
    while "on the Dask cluster at" not in said and process.poll() is None:
        said = process.stderr.readline()
    assert process.poll() is None, said + process.stderr.read()
    time.sleep(1)  # a batch or none done, the others out
    os.killpg(process.pid, signal.SIGINT)
    try:
        errors = process.communicate(timeout=120)[1]
    finally:
        _end(process.pid)
    assert process.returncode == 130, errors
    assert "Traceback" not in errors
    for _ in range(100):  # the cluster's processes are gone, soon after the run's
        if not _alive(process.pid):
            break
        time.sleep(0.1)
    assert not _alive(process.pid)

    warm = subprocess.run([*command, "--engine", "local"], cwd=tmp_path, capture_output=True, text=True)
    report = (tmp_path / "report.json").read_text(encoding="utf-8")
    cold = subprocess.run([*command, "--no-cache"], cwd=tmp_path, capture_output=True, text=True)
    assert warm.returncode == cold.returncode == 1
    assert report == (tmp_path / "report.json").read_text(encoding="utf-8")


def _no_model(*args, **kwargs):
    raise AssertionError("the model was loaded: the cache was not warm")


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _alive(group: int) -> bool:
    try:
        os.killpg(group, 0)
    except ProcessLookupError:
        return False
    return True


def _end(group: int) -> None:
    """Whatever of the run's process group is left after the test (none, when it passes)."""
    if _alive(group):
        os.killpg(group, signal.SIGKILL)


def test_batches_are_seconds_of_work_and_shrink_towards_the_end():
    from factcheck.corpus import load_document
    from factcheck.engines.dask import BATCH_CHARACTERS, batches

    def documents(count: int, size: int):
        return [load_document(f"{i:04}.md", b"Text. " * (size // 6)) for i in range(count)]

    many = documents(400, 10_000)  # 4 MB of text, 2 workers
    sizes = [sum(len(d.text) for d in share) for share in batches(many, 2)]
    assert sum(sizes) == sum(len(d.text) for d in many)
    assert [share for share in batches(many, 2) for share in share] == many
    assert all(BATCH_CHARACTERS <= size < BATCH_CHARACTERS + 10_000 for size in sizes[:12])
    assert sizes[-1] < BATCH_CHARACTERS // 10 + 10_000
    assert sizes == sorted(sizes, reverse=True)
    assert [len(share) for share in batches(documents(3, 1_000), 2)] == [3]  # not one document a task


def test_a_document_a_worker_cannot_read_as_the_client_did_is_sent_as_text(cluster, rules, nlp, tmp_path):
    """The claims come from the bytes the client read (the cache key's), whether the worker finds the
    file at its path, finds it changed, does not find it, or (standard input) there is no file."""
    from dataclasses import replace

    from factcheck.corpus import load_corpus
    from factcheck.engines.dask import DaskEngine
    from factcheck.extract import extract_claims

    for seed in SEEDS.iterdir():
        shutil.copy(seed, tmp_path / seed.name)
    documents = list(load_corpus([tmp_path]).documents)
    changed, gone = Path(documents[1].path), Path(documents[3].path)
    changed.write_text(changed.read_text(encoding="utf-8") + "\nThe launch was in May 1999.\n", encoding="utf-8")
    gone.unlink()
    documents[4] = replace(documents[4], path=None)

    with DaskEngine(cluster.scheduler_address, max_bytes=5_000_000) as engine:
        batches = list(engine.extract(documents, rules, None))
    extracted = [document for batch in batches for document in batch.documents]
    assert sorted(document.name for document in extracted) == sorted(document.name for document in documents)
    claims = pd.concat([batch.claims for batch in batches], ignore_index=True)
    order = {document.name: index for index, document in enumerate(documents)}
    claims = claims.iloc[claims["doc"].map(order).to_numpy().argsort(kind="stable")].reset_index(drop=True)
    assert claims.equals(extract_claims(documents, rules, nlp))
