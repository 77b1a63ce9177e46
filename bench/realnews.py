"""The real-news benchmark: ECB+ rebuilt as one mixed corpus of news articles.

    python bench/realnews.py [--topics 1,3,...] [--seed S] [--jobs N] [--keep] [--fixture DIR]

ECB+ (Cybulska and Vossen, 2014, CC BY 3.0) holds 982 web news articles in 43 topics, each topic
two different incidents of the same kind. The benchmark writes every article as a text file,
all topics mixed in one directory, with the gold incident of each (`gold.json`), plants one
changed date, place or count in about a third of the incidents (`planted.json`), and runs
`factcheck check --format json` on the untouched and on the planted corpus. It scores:

- stories: B³ F1 of the report's stories against the gold incidents (without stories in the
  report, every document is its own story);
- planted recall, by kind: an error or warning on the planted value whose other side is another
  article of the same incident;
- on the untouched corpus, findings that join two incidents (false by construction) and errors
  or warnings within one incident (listed, to be judged by a person).

Work files go to `bench/.realnews/` (the unpacked archive, the corpus, factcheck's cache, the
reports and `results.json`). `--fixture DIR` writes a small planted corpus with its gold instead
of running, for the tests.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

from realnews_articles import Article, build, write
from realnews_ecb import read_corpus, unpack
from realnews_fixture import write_fixture
from realnews_places import place_kinds
from realnews_plant import KINDS, Plant, choose_plants, place_names
from realnews_score import b_cubed, cross_incident, incidents_of, name, plant_found, stories_of, within_incident

ROOT = Path(__file__).resolve().parents[1]
ECBPLUS = ROOT.parent / "shared" / "datasets" / "ecbplus"
WORK = ROOT / "bench" / ".realnews"


def main(argv: list[str] | None = None) -> int:
    options = _parser().parse_args(argv)
    began = time.monotonic()
    archive = options.ecbplus / "ECBplus.tar.xz"
    if not archive.is_file():
        print(f"realnews: error: {archive}: no such file", file=sys.stderr)
        return 2
    if options.work.exists() and not (options.keep or options.fixture):
        shutil.rmtree(options.work)  # a cold run: factcheck's cache goes too
    options.work.mkdir(parents=True, exist_ok=True)
    everything = [build(d) for d in read_corpus(unpack(archive, options.work))]
    articles = [a for a in everything if options.topics is None or a.source.topic in options.topics]
    if not articles:
        print(f"realnews: error: no ECB+ topic among {sorted(options.topics)}", file=sys.stderr)
        return 2
    places = place_kinds()
    named = set().union(*(place_names(a, places) for a in everything))
    # Chosen on the whole corpus, so that a run on some topics is a slice of the full run.
    plants = [p for p in choose_plants(everything, places, named, options.seed) if p.article in articles]
    if options.fixture:
        write_fixture(options.fixture, articles, plants, options.per_incident, options.seed, _command(argv))
        print(f"realnews: fixture written to {options.fixture}")
        return 0
    results = _run(articles, plants, options)
    _print(results)
    results["seconds"] = round(time.monotonic() - began)
    (options.work / "results.json").write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    print(_final_line(results))
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--topics", type=_topics, default=None, help="comma-separated ECB+ topics, with their plants of the full run"
    )
    parser.add_argument("--seed", type=int, default=2014, help="seed of the plants (default: 2014)")
    parser.add_argument("--jobs", type=int, default=0, help="factcheck's worker processes (default 0: one per core)")
    parser.add_argument("--keep", action="store_true", help="reuse the work directory and factcheck's cache in it")
    parser.add_argument("--fixture", type=Path, help="write a small planted corpus with its gold here, and stop")
    parser.add_argument("--per-incident", type=int, default=6, help="articles per incident in a fixture (default 6)")
    parser.add_argument("--ecbplus", type=Path, default=ECBPLUS, help=f"the ECB+ folder (default: {ECBPLUS})")
    parser.add_argument("--work", type=Path, default=WORK, help=f"the work directory (default: {WORK})")
    return parser


def _topics(text: str) -> set[int]:
    try:
        return {int(t) for t in text.split(",") if t.strip()}
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a comma-separated list of topic numbers: {text!r}") from None


def _command(argv: list[str] | None) -> str:
    return " ".join(["python bench/realnews.py", *(sys.argv[1:] if argv is None else argv)])


def _run(articles: list[Article], plants: list[Plant], options) -> dict:
    """Both corpora through factcheck, in one directory so that the cache re-reads only the planted files."""
    work = options.work
    gold = {a.file_name: a.incident for a in articles}
    (work / "gold.json").write_text(json.dumps(gold, indent=1, sort_keys=True), encoding="utf-8")
    planted = [p.to_dict() for p in plants]
    (work / "planted.json").write_text(json.dumps(planted, indent=1, ensure_ascii=False), encoding="utf-8")
    (work / "factcheck.toml").write_text('cache-dir = "cache"\n', encoding="utf-8")
    write(articles, work / "corpus")
    untouched = _factcheck(work, "untouched", options.jobs)
    changed = {p.article.file_name: p.applied() for p in plants}
    write([changed.get(a.file_name, a) for a in articles], work / "corpus")
    with_plants = _factcheck(work, "planted", options.jobs)
    write(articles, work / "corpus")  # leave the untouched corpus for a person to read
    return _score(gold, planted, untouched, with_plants)


def _factcheck(work: Path, label: str, jobs: int) -> dict:
    output = f"report-{label}.json"
    # `check`, not `report`, for its --jobs option; with --exit-zero and no baseline its JSON is report's.
    command = [sys.executable, "-m", "factcheck", "check", "corpus", "--format", "json", "--exit-zero"]
    command += ["--config", "factcheck.toml", "--jobs", str(jobs), "--output", output, "--quiet"]
    done = subprocess.run(command, cwd=work, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"realnews: error: factcheck failed on the {label} corpus:\n{done.stderr}")
    return json.loads((work / output).read_text(encoding="utf-8"))


def _score(gold: dict[str, str], planted: list[dict], untouched: dict, with_plants: dict) -> dict:
    stories = stories_of(untouched)
    scores = b_cubed(stories, gold)
    found = [plant_found(p, with_plants, gold) for p in planted]
    return {
        "stories_in_report": stories is not None,
        "b_cubed": {"precision": scores.precision, "recall": scores.recall, "f1": scores.f1},
        "incidents": len(set(gold.values())),
        "documents": len(gold),
        "plants": [dict(p, found=f) for p, f in zip(planted, found)],
        "cross_incident": [_finding(f, gold) for f in cross_incident(untouched, gold)],
        "within_incident": [_finding(f, gold) for f in within_incident(untouched, gold)],
    }


def _finding(finding: dict, gold: dict[str, str]) -> dict:
    return {
        "rule": f"{finding['rule']} {finding.get('name', '')}".strip(),
        "severity": finding["severity"],
        "message": finding["message"],
        "incidents": sorted(incidents_of(finding, gold)),
        "evidence": [
            {"document": name(e["doc"]), "line": e["line"], "text": e["text"], "sentence": e.get("sentence", "")}
            for e in finding["evidence"]
        ],
    }


def _print(results: dict) -> None:
    if not results["stories_in_report"]:
        print("stories: the report has none; every document is scored as its own story")
    missed = [p for p in results["plants"] if not p["found"]]
    print(f"\nmissed plants ({len(missed)} of {len(results['plants'])}):")
    for plant in missed:
        print(
            f"- {plant['kind']} {plant['document']}:{plant['line']}:{plant['column']} ({plant['incident']}): ", end=""
        )
        print(f"{plant['original']!r} -> {plant['planted']!r}")
        for witness in plant["witnesses"]:
            print(f"    witness {witness['document']}:{witness['line']}: {witness['sentence']}")
    for label in ("cross_incident", "within_incident"):
        findings = results[label]
        print(f"\n{label.replace('_', '-')} findings on the untouched corpus ({len(findings)}):")
        for finding in findings:
            print(
                f"- {finding['rule']} {finding['severity']} [{', '.join(finding['incidents'])}]: {finding['message']}"
            )
            for e in finding["evidence"]:
                print(f"    {e['document']}:{e['line']} {e['text']!r}: {e['sentence']}")
    print()


def _final_line(results: dict) -> str:
    plants = results["plants"]
    by_kind = ", ".join(
        f"{kind} {sum(p['found'] for p in plants if p['kind'] == kind)}/{sum(p['kind'] == kind for p in plants)}"
        for kind in KINDS
    )
    return (
        f"realnews: stories B3 F1 {results['b_cubed']['f1']:.2f}, "
        f"planted recall {sum(p['found'] for p in plants)}/{len(plants)} ({by_kind}), "
        f"cross-incident {len(results['cross_incident'])}, within-incident {len(results['within_incident'])}, "
        f"incidents {results['incidents']}, {results['seconds']} s"
    )


if __name__ == "__main__":
    sys.exit(main())
