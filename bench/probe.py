"""A probe of real news gathered by hand: stories, untouched findings and plants, one at a time.

    python bench/probe.py PROBE [--verbose] [--jobs N]

A probe is a directory of third-party pages, kept out of the repository:

- `articles/*.md`: one page each, with front matter (`title`, `published` where the page gives it,
  `source`, `url`);
- `gold.yaml`: `incidents`, each an `id` and the `articles` that report it, and optionally
  `real_disagreements` the gatherer noticed;
- `plants.yaml`: `plants`, each an `id`, its `incident`, `kind` (date, place or count), `file`,
  an `original` text that occurs once in that file and its `replacement`.

The untouched pages are checked once, then once per plant with only that plant applied (so that
plants do not hide or join one another). A plant is found, as in `bench/realnews.py`, when an
error or warning points at the changed value and, on its other side, at another article of the
same incident; one that points only within the planted article is counted apart ("alone").
Work files go to `bench/.probe/<name>/`, with factcheck's cache, so a plant re-reads one page.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import yaml
from realnews_score import SCORED, b_cubed, cross_incident, incidents_of, name, on_plant, plant_found, stories_of

ROOT = Path(__file__).resolve().parents[1]
KINDS = ("date", "place", "count")


def main(argv: list[str] | None = None) -> int:
    options = _parser().parse_args(argv)
    probe = options.probe.resolve()
    gold_file = yaml.safe_load((probe / "gold.yaml").read_text(encoding="utf-8"))
    plants = yaml.safe_load((probe / "plants.yaml").read_text(encoding="utf-8"))["plants"]
    gold = {article: incident["id"] for incident in gold_file["incidents"] for article in incident["articles"]}
    work = ROOT / "bench" / ".probe" / probe.name
    shutil.rmtree(work / "corpus", ignore_errors=True)
    shutil.copytree(probe / "articles", work / "corpus")
    (work / "factcheck.toml").write_text('cache-dir = "cache"\n', encoding="utf-8")
    started = time.perf_counter()
    untouched = _factcheck(work, options.jobs)
    results = [_plant_result(plant, probe, work, untouched, gold, options.jobs) for plant in plants]
    shutil.rmtree(work / "corpus")
    shutil.copytree(probe / "articles", work / "corpus")
    _print(untouched, results, gold, options.verbose)
    print(_final_line(untouched, results, gold, time.perf_counter() - started))
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("probe", type=Path, help="the probe's directory")
    parser.add_argument("--verbose", "-v", action="store_true", help="print every plant and its new findings")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    return parser


def _factcheck(work: Path, jobs: int) -> dict:
    command = [sys.executable, "-m", "factcheck", "check", "corpus", "--format", "json", "--exit-zero", "--quiet"]
    command += ["--config", "factcheck.toml", "--jobs", str(jobs), "--output", "report.json"]
    done = subprocess.run(command, cwd=work, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"probe: error: factcheck failed:\n{done.stderr}")
    return json.loads((work / "report.json").read_text(encoding="utf-8"))


def _plant_result(plant: dict, probe: Path, work: Path, untouched: dict, gold: dict[str, str], jobs: int) -> dict:
    original_text = (probe / "articles" / plant["file"]).read_text(encoding="utf-8")
    if original_text.count(plant["original"]) != 1:
        raise SystemExit(f"probe: error: {plant['id']}: its original text is not once in {plant['file']}")
    planted_text = original_text.replace(plant["original"], plant["replacement"])
    target = work / "corpus" / plant["file"]
    target.write_text(planted_text, encoding="utf-8")
    report = _factcheck(work, jobs)
    target.write_text(original_text, encoding="utf-8")
    located = dict(plant, document=plant["file"], **_changed_span(original_text, plant))
    new = [f for f in report["findings"] if f["severity"] in SCORED and _key(f) not in _keys(untouched)]
    alone = any(_only_in_planted(f, located) for f in new)
    return dict(located, found=plant_found(located, report, gold), alone=alone, new=new)


def _changed_span(text: str, plant: dict) -> dict:
    """Where the replacement differs from the original: line and 1-based column, as findings give them."""
    original, replacement = plant["original"], plant["replacement"]
    prefix = len(os.path.commonprefix([original, replacement]))
    suffix = len(os.path.commonprefix([original[prefix:][::-1], replacement[prefix:][::-1]]))
    start = text.index(original) + prefix
    line_start = text.rfind("\n", 0, start) + 1
    return {
        "line": text.count("\n", 0, start) + 1,
        "column": start - line_start + 1,
        "planted": replacement[prefix : len(replacement) - suffix] or replacement,
    }


def _only_in_planted(finding: dict, plant: dict) -> bool:
    """A finding on the planted value whose every side lies in the planted article."""
    evidence = finding["evidence"]
    return all(name(e["doc"]) == plant["file"] for e in evidence) and any(on_plant(e, plant) for e in evidence)


def _key(finding: dict) -> tuple:
    return (finding["rule"], tuple((name(e["doc"]), e["line"], e["text"]) for e in finding["evidence"]))


def _keys(report: dict) -> set[tuple]:
    return {_key(f) for f in report["findings"]}


def _print(untouched: dict, results: list[dict], gold: dict[str, str], verbose: bool) -> None:
    scored = [f for f in untouched["findings"] if f["severity"] in SCORED]
    print(f"untouched errors and warnings ({len(scored)}):")
    for finding in scored:
        incidents = ", ".join(sorted(incidents_of(finding, gold)))
        print(f"- {finding['rule']} {finding['severity']} [{incidents}]: {finding['message']}")
    for result in results:
        if result["found"] and not verbose:
            continue
        state = "found" if result["found"] else "alone" if result["alone"] else "missed"
        print(f"\n{result['id']} {result['kind']} {state}: {result['file']}:{result['line']}: ", end="")
        print(f"{result['original']!r} -> {result['replacement']!r}")
        for finding in result["new"] if verbose else []:
            print(f"    new {finding['rule']} {finding['severity']}: {finding['message']}")
    print()


def _final_line(untouched: dict, results: list[dict], gold: dict[str, str], seconds: float) -> str:
    by_kind = ", ".join(
        f"{kind} {sum(r['found'] for r in results if r['kind'] == kind)}/{sum(r['kind'] == kind for r in results)}"
        for kind in KINDS
    )
    severities = untouched["summary"]["findings"]
    scores = b_cubed(stories_of(untouched), gold)
    return (
        f"probe: stories B3 F1 {scores.f1:.3f} (P {scores.precision:.3f}, R {scores.recall:.3f}), "
        f"plants found {sum(r['found'] for r in results)}/{len(results)} ({by_kind}; alone "
        f"{sum(r['alone'] and not r['found'] for r in results)}), untouched errors {severities.get('error', 0)}, "
        f"warnings {severities.get('warning', 0)}, cross-incident {len(cross_incident(untouched, gold))}, "
        f"{seconds:.0f} s"
    )


if __name__ == "__main__":
    sys.exit(main())
