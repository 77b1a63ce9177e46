"""Extraction on a Dask cluster against the local engine, on a generated archive (see make_corpus.py).

    python bench/scale.py [--articles 2000] [--claims 100000,1000000] [--workdir DIR]

In one run:
  (a) cold extraction of the archive by the local engine (one forked worker per core), by a
      Dask LocalCluster of one worker and by one of two workers, alternated in three rounds over
      thirds of the archive, so that a change in the machine's load hits all three alike; the
      clusters are started (and the model loaded on every worker) before the clock starts, as
      on a real cluster that outlives one run, and their start is timed apart; the three claims
      tables must be equal;
  (b) what stays on the client: the seconds of the later stages on the archive's claims; the
      claims table's bytes a claim in memory and as Arrow (the
      cache), measured on the archive's claims; reconcile's seconds at the sizes of `--claims`,
      on claims replicated from them (as in throughput.py); and, from these and the claims per
      article of (a), the figures for archives of a million and ten million articles, projected
      linearly (reconcile grows linearly: throughput.py measures its exponent).

The last line: `scale: speed-up S (1 -> 2 workers), dask/local T, words/s W`, S the words/s of
two Dask workers over one's, T the seconds of two Dask workers over the local engine's on the
same cores, W the words/s of two Dask workers.
"""

from __future__ import annotations

import argparse
import math
import os
import platform
import shutil
import sys
import tempfile
import threading
import time
from contextlib import ExitStack
from pathlib import Path

import pandas as pd
import psutil
import pyarrow as pa
import pyarrow.feather as feather

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_corpus import generate  # noqa: E402
from throughput import replicated  # noqa: E402

from factcheck.claims_table import claims_arrow  # noqa: E402
from factcheck.corpus import load_corpus  # noqa: E402
from factcheck.engines.dask import DaskEngine  # noqa: E402
from factcheck.engines.local import LocalEngine  # noqa: E402
from factcheck.extract import load_model  # noqa: E402
from factcheck.pipeline import analyse  # noqa: E402
from factcheck.reconcile import reconcile  # noqa: E402
from factcheck.rules import load_rules  # noqa: E402

ROUNDS = 3
# Each share is extracted this many times by each engine and the best time kept: on a shared
# machine, others' bursts of work fall on some tries, not on all.
REPEATS = 2
PROJECTED = (1_000_000, 10_000_000)  # archives whose client-side figures are projected from the measured ones
CORES = 2  # the cores the comparison is made on: the local engine's processes, the larger cluster's workers


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2_000, help="articles in the generated archive")
    parser.add_argument("--claims", type=_sizes, default=[100_000, 1_000_000], help="claims tables to reconcile")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "factcheck-scale")
    options = parser.parse_args()
    say(
        f"machine: {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"load average {os.getloadavg()[0]:.1f} at start"
    )
    archive = options.workdir / "archive"
    shutil.rmtree(archive, ignore_errors=True)
    generate(options.articles, archive)
    corpus = load_corpus([archive])
    documents = corpus.documents
    words = sum(len(document.text.split()) for document in documents)
    say(f"archive: {len(documents):,} articles, {words:,} words")
    rules = load_rules()
    load_model()  # the local engine's workers are forked with it, as the command line's are

    seconds, elsewhere, tables = extraction(documents, rules)
    first = tables["local"]
    same = all(table.equals(first) for table in tables.values())
    say(f"claims: {len(first):,} ({len(first) / len(documents):.1f} per article), {'equal' if same else 'DIFFERENT'}")
    for name, spent in seconds.items():
        say(
            f"(a) {name}: {spent:.1f} s, {words / spent:,.0f} words/s "
            f"(other processes took {elsewhere[name]:.0%} of the cores meanwhile)"
        )
    speedup = seconds["dask, 1 worker"] / seconds["dask, 2 workers"]
    ratio = seconds["dask, 2 workers"] / seconds["local, 2 processes"]

    per_article = len(first) / len(documents)
    started = time.perf_counter()
    analyse(corpus, rules, first)
    say(f"(b) analyse of the archive (stories, reconcile, compare): {time.perf_counter() - started:.1f} s")
    memory, stored = (size / len(first) for size in _bytes(first))
    say(f"(b) claims table: {memory:,.0f} bytes a claim in pandas, {stored:,.0f} as Arrow (lz4)")
    claims = first.to_dict("records")
    spent, working = zip(*(reconcile_time(claims, size, rules, per_article) for size in options.claims))
    largest = options.claims[-1]
    for articles in PROJECTED:
        size = articles * per_article
        say(
            f"(b) projected for {articles:,} articles, {size:,.0f} claims: {size * memory / 2**30:,.1f} GB in pandas "
            f"and {size * working[-1] / largest / 2**30:,.1f} GB more in reconcile, {size * stored / 2**30:,.1f} GB "
            f"as Arrow, reconcile {size * spent[-1] / largest / 60:,.0f} min (linear from {largest:,} claims)"
        )
    print(
        f"scale: speed-up {speedup:.2f} (1 -> 2 workers), dask/local {ratio:.2f}, "
        f"words/s {words / seconds['dask, 2 workers']:,.0f}"
    )
    if not same:
        sys.exit("bench: the engines' claims differ")


def _sizes(value: str) -> list[int]:
    return [int(size) for size in value.split(",")]


def say(line: str) -> None:
    print(line, flush=True)


def extraction(documents, rules) -> tuple[dict[str, float], dict[str, float], dict[str, pd.DataFrame]]:
    """Seconds of each engine over the documents (each share's best of `REPEATS`), the share of the
    machine's cores that other processes took meanwhile, and each engine's claims table in the
    documents' order."""
    with ExitStack() as stack:
        engines = {"local, 2 processes": LocalEngine(CORES, None)}
        for workers in (1, CORES):
            started = time.perf_counter()
            engine = stack.enter_context(DaskEngine(None, workers=workers, max_bytes=5_000_000))
            engine.start(rules, None)
            say(f"Dask LocalCluster of {workers}: started, model loaded, in {time.perf_counter() - started:.1f} s")
            engines[f"dask, {workers} worker{'s' if workers > 1 else ''}"] = engine
        seconds = dict.fromkeys(engines, 0.0)
        foreign = dict.fromkeys(engines, 0.0)
        parts: dict[str, list[pd.DataFrame]] = {name: [] for name in engines}
        for part in range(ROUNDS):
            share = documents[part::ROUNDS]
            best = dict.fromkeys(engines, math.inf)
            for repeat in range(REPEATS):
                for name, engine in engines.items():
                    with Meter() as meter:
                        claims = [batch.claims for batch in engine.extract(share, rules, None)]
                    parts[name] += claims if repeat == 0 else []
                    best[name] = min(best[name], meter.seconds)
                    foreign[name] += meter.foreign
            for name in engines:
                seconds[name] += best[name]
    order = {document.name: index for index, document in enumerate(documents)}
    tables = {name: _in_order(pd.concat(frames, ignore_index=True), order) for name, frames in parts.items()}
    elsewhere = {name: foreign[name] / (REPEATS * seconds[name] * (os.cpu_count() or 1)) for name in engines}
    return seconds, elsewhere, {"local": tables.pop("local, 2 processes"), **tables}


class Meter:
    """Wall seconds of a block, and the CPU seconds that processes other than this one and its
    children spent meanwhile (from /proc/stat: a run on a shared machine says how shared it was)."""

    def __enter__(self) -> Meter:
        self._started = time.perf_counter()
        self._busy, self._ours = _busy(), _ours()
        return self

    def __exit__(self, *exception) -> None:
        self.seconds = time.perf_counter() - self._started
        self.foreign = max(0.0, (_busy() - self._busy) - (_ours() - self._ours))


def _busy() -> float:
    """CPU seconds the machine has spent on anything but idling, since it started."""
    fields = [int(value) for value in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    return (sum(fields) - fields[3] - fields[4]) / os.sysconf("SC_CLK_TCK")


def _ours() -> float:
    """CPU seconds of this process, its children that ended, and those still running (Dask's workers)."""
    process = psutil.Process()
    own = process.cpu_times()
    living = sum(sum(child.cpu_times()[:2]) for child in process.children(recursive=True) if child.is_running())
    return own.user + own.system + own.children_user + own.children_system + living


def _in_order(claims: pd.DataFrame, order: dict[str, int]) -> pd.DataFrame:
    position = claims["doc"].map(order).to_numpy().argsort(kind="stable")
    return claims.iloc[position].reset_index(drop=True)


def _bytes(claims: pd.DataFrame) -> tuple[int, int]:
    """The claims table's bytes in memory (pandas) and as the cache stores it (Arrow, lz4)."""
    sink = pa.BufferOutputStream()
    feather.write_feather(claims_arrow(claims), sink, compression="lz4")
    return int(claims.memory_usage(deep=True).sum()), sink.tell()


def reconcile_time(claims: list[dict], size: int, rules, per_article: float) -> tuple[float, int]:
    """Seconds to reconcile a table of `size` claims replicated from these, and the most memory
    (resident bytes) reconcile took beyond the table's."""
    table = replicated(claims, size)
    process = psutil.Process()
    before = process.memory_info().rss
    peak = [before]
    running = threading.Event()
    running.set()

    def watch() -> None:
        while running.is_set():
            peak[0] = max(peak[0], process.memory_info().rss)
            time.sleep(0.05)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    started = time.perf_counter()
    reconcile(table, rules)
    spent = time.perf_counter() - started
    running.clear()
    watcher.join()
    say(
        f"(b) reconcile {size:>10,} claims (~{size / per_article:,.0f} articles): {spent:.1f} s, "
        f"{(peak[0] - before) / 2**30:.2f} GB beyond the table"
    )
    return spent, peak[0] - before


if __name__ == "__main__":
    main()
