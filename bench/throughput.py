"""Throughput of factcheck against the full spaCy pipeline, on generated news (see make_corpus.py).

    python bench/throughput.py [--sample 600] [--archive 10000] [--jobs NPROC] [--workdir DIR]

In one run:
  (a) the full en_core_web_sm `nlp.pipe` over every word of the sample corpus, in one process
      (the obvious approach), and (b) factcheck's cold extraction of the same corpus with
      `--jobs` processes, both in words per second, alternated in rounds so that a change in the
      machine's load hits both alike; then recall of the planted contradictions, and whether
      parsing every sentence (no prefilter) would have found any claim more;
  (c) a cold `factcheck check` of an archive corpus, then warm ones, each after one file changed
      (the median of three);
  (d) reconcile time for claims tables of 10k, 100k and 1M rows, built by replicating the
      sample's real claims under renamed participants (many distinct events, real block sizes),
      and the log-log slope of time against rows between 10k and 1M;
  (e) the peak memory (proportional set size, all processes together) of the cold check.
"""

from __future__ import annotations

import argparse
import math
import os
import platform
import random
import re
import shutil
import statistics
import string
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_corpus import generate  # noqa: E402

import factcheck  # noqa: E402
from factcheck.claims_table import SETTING_KINDS, claims_frame  # noqa: E402
from factcheck.corpus import Corpus, load_corpus  # noqa: E402
from factcheck.extract import extract_rows, load_model  # noqa: E402
from factcheck.pipeline import analyse  # noqa: E402
from factcheck.reconcile import reconcile  # noqa: E402
from factcheck.rules import Rules, builtin_rules_dir, load_rules  # noqa: E402

KIND_OF_CHECK = {"FC1": "date", "FC2": "place", "FC3": "count"}
ROUNDS = 3
WARM_RUNS = 3  # a warm re-check is short enough for the machine's jitter to matter: take the median


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=600, help="articles in the side-by-side corpus")
    parser.add_argument("--archive", type=int, default=10_000, help="articles in the warm re-check corpus")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="factcheck's worker processes")
    parser.add_argument(
        "--claims",
        type=lambda v: [int(n) for n in v.split(",")],
        default=[10_000, 100_000, 1_000_000],
        help="sizes of the claims tables to reconcile (comma-separated)",
    )
    parser.add_argument(
        "--workdir",
        type=Path,
        default=Path(tempfile.gettempdir()) / "factcheck-bench",
        help="where the corpora are generated (replacing those of an earlier run)",
    )
    options = parser.parse_args()
    for previous in ("sample", "archive", "code"):
        shutil.rmtree(options.workdir / previous, ignore_errors=True)
    say(
        f"machine: {os.cpu_count()} cores, {_memory_gb():.1f} GB, Python {platform.python_version()}, "
        f"load average {os.getloadavg()[0]:.1f} at start"
    )
    rules, nlp = load_rules(), load_model()

    sample = options.workdir / "sample"
    truth = generate(options.sample, sample)
    corpus = load_corpus([sample])
    words = sum(len(document.text.split()) for document in corpus.documents)
    say(f"sample: {len(corpus)} articles, {words:,} words, {len(truth)} planted contradictions")
    full_time, factcheck_time, rows = side_by_side(corpus, rules, nlp, options.jobs)
    full_rate, factcheck_rate = words / full_time, words / factcheck_time
    say(f"(a) full pipe: {full_rate:,.0f} words/s ({full_time:.1f} s, 1 process)")
    say(
        f"(b) factcheck cold extraction: {factcheck_rate:,.0f} words/s "
        f"({factcheck_time:.1f} s, {options.jobs} processes)"
    )
    check_recall(corpus, rules, nlp, rows, truth, options.jobs)

    archive = options.workdir / "archive"
    generate(options.archive, archive)
    cold, warm, peak = recheck(archive, options.jobs)
    say(
        f"(c) factcheck check of {options.archive:,} articles: cold {cold:.1f} s, "
        f"warm after one file changed {warm:.2f} s"
    )
    say(f"(e) peak memory of the cold check: {peak:,.0f} MB")

    claims = [row for document in corpus.documents for row in rows[document.name]]
    exponent = reconcile_growth(claims, rules, options.claims)
    print(
        f"bench: ratio {factcheck_rate / full_rate:.2f} (factcheck {factcheck_rate:,.0f} words/s, "
        f"full pipe {full_rate:,.0f} words/s), warm recheck {warm:.2f} s, reconcile exponent {exponent:.2f}, "
        f"peak {peak:,.0f} MB"
    )


def _memory_gb() -> float:
    return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30


def say(line: str) -> None:
    print(line, flush=True)


def side_by_side(corpus: Corpus, rules: Rules, nlp, jobs: int) -> tuple[float, float, dict[str, list[dict]]]:
    """Seconds of the full pipe and of factcheck's extraction over the corpus, and factcheck's rows."""
    documents = corpus.documents
    full_time = factcheck_time = 0.0
    rows: dict[str, list[dict]] = {}
    for part in range(ROUNDS):
        share = documents[part::ROUNDS]
        started = time.perf_counter()
        for _ in nlp.pipe(document.text for document in share):
            pass
        full_time += time.perf_counter() - started
        started = time.perf_counter()
        rows.update(extract_rows(share, rules, nlp, n_process=jobs))
        factcheck_time += time.perf_counter() - started
    return full_time, factcheck_time, rows


def check_recall(corpus: Corpus, rules: Rules, nlp, rows: dict, truth: list[dict], jobs: int) -> None:
    """Recall of the planted contradictions, with the prefilter and with every sentence parsed."""
    found = planted_found(corpus, rules, rows, truth)
    every = extract_rows(corpus.documents, rules, nlp, n_process=jobs, every_sentence=True)
    lost = sum(len([row for row in every[name] if row not in rows[name]]) for name in every)
    found_every = planted_found(corpus, rules, every, truth)
    same = "unchanged" if found == found_every and not lost else "CHANGED"
    say(
        f"recall of planted contradictions: {found}/{len(truth)} ({found / max(1, len(truth)):.0%}); "
        f"parsing every sentence: {found_every}/{len(truth)}, {lost} claims more: recall {same}"
    )


def planted_found(corpus: Corpus, rules: Rules, rows: dict, truth: list[dict]) -> int:
    """How many planted contradictions a finding of their kind reports, naming the outlier and another teller."""
    claims = claims_frame([row for document in corpus.documents for row in rows[document.name]])
    findings = analyse(corpus, rules, claims).to_dict()["findings"]
    reported = [
        (KIND_OF_CHECK.get(finding["rule"][:3]), {Path(e["doc"]).name for e in _evidence(finding)})
        for finding in findings
    ]
    return sum(
        any(
            kind == planted["kind"] and planted["outlier"] in docs and docs & set(planted["agreeing"])
            for kind, docs in reported
        )
        for planted in truth
    )


def _evidence(finding: dict) -> list[dict]:
    return [*finding["evidence"], *finding.get("details", {}).get("supporting", [])]


def recheck(archive: Path, jobs: int) -> tuple[float, float, float]:
    """Seconds of a cold and of a warm `factcheck check` (one file changed: the median of WARM_RUNS
    runs, each after another file changed), and the cold run's peak MB.

    All run a snapshot of the package, so that an edit to the source between them (which
    rightly invalidates the cache) cannot turn the warm run into a cold one.
    """
    code = snapshot(archive.parent / "code")
    command = [sys.executable, "-m", "factcheck", "check", "--format", "json", "--output", "report.json", "."]
    environment = {**os.environ, "PYTHONPATH": str(code)}
    usage = subprocess.run([*command[:4], "--help"], capture_output=True, text=True, env=environment).stdout
    if "--jobs" in usage:
        command[4:4] = ["--jobs", str(jobs)]
    cold, peak = timed(command, archive, environment)
    warm = []
    for changed in sorted(archive.glob("*.md"))[:WARM_RUNS]:
        changed.write_text(
            changed.read_text(encoding="utf-8") + "\nThe council met again on Friday.\n", encoding="utf-8"
        )
        warm.append(timed(command, archive, environment)[0])
    say(f"    warm re-checks: {', '.join(f'{seconds:.2f} s' for seconds in warm)}")
    return cold, statistics.median(warm), peak


def snapshot(directory: Path) -> Path:
    """A copy of the factcheck package and its built-in rules, as they are now."""
    ignore = shutil.ignore_patterns("__pycache__")
    shutil.copytree(Path(factcheck.__file__).parent, directory / "factcheck", ignore=ignore)
    shutil.copytree(builtin_rules_dir(), directory / "rules", ignore=ignore)
    return directory


def timed(command: list[str], directory: Path, environment: dict) -> tuple[float, float]:
    """Wall seconds of a command, and the peak of its processes' summed memory in MB."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=directory, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    peak = [0.0]
    watcher = threading.Thread(target=_watch_memory, args=(process, peak), daemon=True)
    watcher.start()
    _, errors = process.communicate()
    elapsed = time.perf_counter() - started
    watcher.join()
    if process.returncode not in (0, 1):
        sys.exit(f"bench: {' '.join(command)} failed ({process.returncode}): {errors.strip()[-500:]}")
    return elapsed, peak[0]


def _watch_memory(process: subprocess.Popen, peak: list[float]) -> None:
    while process.poll() is None:
        peak[0] = max(peak[0], sum(_pss_kb(pid) for pid in _tree(process.pid)) / 1024)
        time.sleep(0.1)


def _tree(root: int) -> list[int]:
    """The process and its descendants (Linux /proc)."""
    parents = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parents[int(entry.name)] = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
    tree, frontier = [root], [root]
    while frontier:
        frontier = [pid for pid, parent in parents.items() if parent in frontier]
        tree += frontier
    return tree


def _pss_kb(pid: int) -> int:
    try:
        found = re.search(r"^Pss:\s+(\d+)", Path(f"/proc/{pid}/smaps_rollup").read_text(), re.M)
    except OSError:
        return 0
    return int(found.group(1)) if found else 0


def reconcile_growth(rows: list[dict], rules: Rules, sizes: list[int]) -> float:
    """Seconds to reconcile tables of these sizes; returns the log-log slope from the first to the last."""
    seconds = []
    for size in sizes:
        table = replicated(rows, size)
        started = time.perf_counter()
        reconcile(table, rules)
        seconds.append(time.perf_counter() - started)
        say(f"(d) reconcile {size:>9,} claims: {seconds[-1]:.2f} s")
        del table
    return math.log(seconds[-1] / seconds[0]) / math.log(sizes[-1] / sizes[0])


def replicated(rows: list[dict], size: int) -> pd.DataFrame:
    """`size` claims: copies of `rows` as if from other articles about other events.

    Each copy renames the documents and every participant that is not a setting (a country, a
    region, a nationality), so the copies never align with one another while the settings stay
    shared across the whole table, as in a real archive.
    """
    copies = []
    for copy in range(math.ceil(size / len(rows))):
        mark = _mark(copy)
        for row in rows:
            copies.append(
                {
                    **row,
                    "claim_id": f"{mark}/{row['claim_id']}",
                    "doc": f"{mark}/{row['doc']}",
                    "participants": [
                        name
                        if kind in SETTING_KINDS
                        else re.sub(r"[^\W\d_]+", lambda w, mark=mark: w.group() + mark, name)
                        for name, kind in zip(row["participants"], row["participant_kinds"])
                    ],
                }
            )
            if len(copies) == size:
                return claims_frame(copies)
    return claims_frame(copies)


def _mark(copy: int) -> str:
    """Six letters that tell a copy's names apart: letters, since names that differ in a digit
    never merge, and six of them, so that no two copies' names are near-identical spellings."""
    rng = random.Random(copy)
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(6))


if __name__ == "__main__":
    main()
