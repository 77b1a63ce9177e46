"""Stories in small corpora: B³ of the story stage on slices of the real-news corpus.

    python bench/realnews_small.py

A newsroom's repository may hold a few articles on one event, or a few dozen on a dozen events,
where rarity in the corpus says less than in the 982 articles of `bench/realnews.py`. Each
scenario draws slices of that corpus (seeded, so the figures repeat) and scores the stories the
stage finds in each slice alone against the gold incidents:

- one incident: 4 articles (or 3) of one incident, for each incident with 3 or more;
- one topic: the two incidents of each ECB+ topic together (hard negatives: one kind of event);
- 4 topics: 10 draws of four topics, both incidents of each;
- 15 events x 3: 10 draws of 15 incidents, 3 articles each (like the issue's 15 real events);
- whole corpus: all 982 articles, as `bench/realnews.py` runs them (its B³, unrounded).

Reads `bench/.realnews/` (run `python bench/realnews.py --keep` first) and factcheck's cache
there; prints mean B³ precision, recall and F1 per scenario, then one line `realnews-small: ...`.
"""

from __future__ import annotations

import json
import random
import sys
from collections import defaultdict
from pathlib import Path
from statistics import mean

from realnews_score import BCubed, b_cubed

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "bench" / ".realnews"
SEED = 1


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from factcheck.cli.common import config_rules
    from factcheck.cli.run import corpus_claims
    from factcheck.config import load_config
    from factcheck.stories import find_stories, text_profiles

    if not (WORK / "gold.json").is_file():
        print("realnews-small: error: run `python bench/realnews.py --keep` first", file=sys.stderr)
        return 2
    config = load_config(WORK / "factcheck.toml")
    rules = config_rules(config)
    corpus, claims, texts = corpus_claims(config, rules, [WORK / "corpus"], no_cache=False, quiet=True)
    documents = sorted(corpus.documents, key=lambda d: d.name)
    texts = texts or text_profiles(documents, rules)
    gold = json.loads((WORK / "gold.json").read_text(encoding="utf-8"))
    by_incident: dict[str, list] = defaultdict(list)
    for document in documents:
        by_incident[gold[Path(document.name).name]].append(document)

    def score(slice_) -> BCubed:
        names = {d.name for d in slice_}
        stories = find_stories(slice_, claims[claims["doc"].isin(names)], rules, texts)
        found = [{Path(name).name for name in story.documents} for story in stories]
        return b_cubed(found, {Path(d.name).name: gold[Path(d.name).name] for d in slice_})

    random_ = random.Random(SEED)
    topics = sorted({incident.removesuffix("plus").removesuffix("ecb") for incident in by_incident}, key=int)
    incidents = sorted(by_incident)
    scenarios: dict[str, list[BCubed]] = defaultdict(list)
    for topic in topics:
        for incident in (topic + "ecb", topic + "ecbplus"):
            if len(by_incident[incident]) >= 3:
                articles = by_incident[incident]
                scenarios["one incident"].append(score(random_.sample(articles, min(4, len(articles)))))
        scenarios["one topic"].append(score(by_incident[topic + "ecb"] + by_incident[topic + "ecbplus"]))
    for _ in range(10):
        chosen = random_.sample(topics, 4)
        scenarios["4 topics"].append(score([d for t in chosen for i in ("ecb", "ecbplus") for d in by_incident[t + i]]))
    for _ in range(10):
        chosen = random_.sample(incidents, 15)
        scenarios["15 events x 3"].append(score([d for i in chosen for d in random_.sample(by_incident[i], 3)]))
    scenarios["whole corpus"].append(score(documents))
    for name, scores in scenarios.items():
        print(
            f"{name:14} slices {len(scores):3}  P {mean(s.precision for s in scores):.3f}"
            f"  R {mean(s.recall for s in scores):.3f}  F1 {mean(s.f1 for s in scores):.3f}"
        )
    print("realnews-small: " + ", ".join(f"{name} F1 {mean(s.f1 for s in v):.2f}" for name, v in scenarios.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
