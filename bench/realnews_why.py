"""Why a plant of the last `bench/realnews.py` run was missed: the claims on its line and on its
witnesses' lines, with their story, event and aligned partners.

    python bench/realnews_why.py [DOCUMENT ...]

Reads `bench/.realnews/` (run `python bench/realnews.py --keep` first), writes the planted corpus
to `bench/.realnews/planted/` and runs the pipeline in process with the benchmark's cache. With
document names, only their plants are shown; without, every missed plant.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "bench" / ".realnews"
COLUMNS = [
    "trigger",
    "event_type",
    "event_source",
    "story",
    "incident",
    "lede",
    "event",
    "time_text",
    "time_value",
    "place_text",
    "place_key",
]


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT))
    from factcheck.cli.common import config_rules
    from factcheck.cli.run import corpus_claims
    from factcheck.config import load_config
    from factcheck.pipeline import analyse

    results = json.loads((WORK / "results.json").read_text(encoding="utf-8"))
    plants = [p for p in results["plants"] if (p["document"] in argv if argv else not p["found"])]
    corpus_dir = _planted_corpus(results["plants"])
    config = load_config(WORK / "factcheck.toml")
    rules = config_rules(config)
    corpus, claims, texts = corpus_claims(config, rules, [corpus_dir], no_cache=False, quiet=True)
    report = analyse(corpus, rules, claims, texts)
    frame = report.alignment.claims
    frame = frame.assign(name=frame["doc"].map(lambda d: Path(d).name), line=frame.apply(_line, axis=1))
    partners = _partners(report.alignment.pairs)
    for plant in plants:
        print(f"\n== {plant['kind']} {plant['document']}:{plant['line']} {plant['original']!r} -> {plant['planted']!r}")
        places = [(plant["document"], plant["line"])] + [(w["document"], w["line"]) for w in plant["witnesses"]]
        for document, line in places:
            rows = frame[(frame["name"] == document) & (frame["line"] == line)]
            print(f"  {document}:{line} ({len(rows)} claims)")
            for row, claim in rows.iterrows():
                values = " ".join(f"{c}={claim[c]}" for c in COLUMNS if c in claim)
                quantity = (
                    f"{claim['quantity_value']} {claim['quantity_unit']}" if _given(claim["quantity_text"]) else ""
                )
                print(f"    #{row} {values} q={quantity} ents={claim['entities']}")
                print(f"       pairs: {sorted(partners.get(row, []))}")
    return 0


def _planted_corpus(plants: list[dict]) -> Path:
    target = WORK / "planted"
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(WORK / "corpus", target)
    for plant in plants:
        path = target / plant["document"]
        lines = path.read_text(encoding="utf-8").split("\n")
        line = lines[plant["line"] - 1]
        start = plant["column"] - 1
        assert line[start : start + len(plant["original"])] == plant["original"], (plant, line)
        lines[plant["line"] - 1] = line[:start] + plant["planted"] + line[start + len(plant["original"]) :]
        path.write_text("\n".join(lines), encoding="utf-8")
    return target


def _given(value) -> bool:
    return isinstance(value, str) and bool(value)


def _line(claim) -> int:
    return int(claim["line"]) if "line" in claim and claim["line"] == claim["line"] else -1


def _partners(pairs) -> dict[int, list]:
    partners: dict[int, list] = {}
    for left, right, retold in zip(pairs["left"], pairs["right"], pairs["retold"]):
        partners.setdefault(left, []).append((right, "retold" if retold else ""))
        partners.setdefault(right, []).append((left, "retold" if retold else ""))
    return partners


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
