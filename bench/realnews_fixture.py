"""A small real-news corpus for the tests: a few articles of each incident, plants applied.

Each incident keeps its planted article and the witnesses of the plant, then other articles
drawn with the seed, up to the number asked for.
"""

from __future__ import annotations

import json
import random
from collections import defaultdict
from pathlib import Path

from realnews_articles import Article, write
from realnews_plant import Plant

README = """# Real-news fixture (ECB+)

ECB+ corpus, Cybulska and Vossen (2014), CC BY 3.0
(Agata Cybulska and Piek Vossen, "Using a sledgehammer to crack a nut? Lexical diversity and
event coreference resolution", LREC 2014; licence: http://creativecommons.org/licenses/by/3.0/).
The articles below are rebuilt from the corpus's tokens; the changes made are listed here.

- `articles/`: {documents} news articles of ECB+ topics {topics} ({incidents} incidents, each topic
  two different incidents of the same kind), rebuilt from the tokens one sentence per line, with
  front matter (title, publication date where the page prints one, source URL) for the `ecbplus`
  half. File names are hashes of the ECB+ names.
- `gold.json`: article -> incident (`<topic>ecb` or `<topic>ecbplus`).
- `planted.json`: the {plants} values changed in the articles (kind, article, line, column,
  original, planted, and the articles that state the original).

Made by `bench/realnews.py` (its docstring says how the corpus, gold and plants are built):

    {command}
"""


def write_fixture(
    directory: Path, articles: list[Article], plants: list[Plant], per_incident: int, seed: int, command: str
) -> None:
    kept = _kept(articles, plants, per_incident, random.Random(seed))
    names = {a.file_name for a in kept}
    changed = {p.article.file_name: p.applied() for p in plants}
    write([changed.get(a.file_name, a) for a in kept], directory / "articles")
    gold = {a.file_name: a.incident for a in kept}
    planted = []
    for plant in plants:
        entry = plant.to_dict()
        entry["witnesses"] = [w for w in entry["witnesses"] if w["document"] in names]
        planted.append(entry)
    (directory / "gold.json").write_text(json.dumps(gold, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    (directory / "planted.json").write_text(json.dumps(planted, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    topics = ", ".join(str(t) for t in sorted({a.source.topic for a in kept}))
    text = README.format(
        documents=len(kept), topics=topics, incidents=len(set(gold.values())), plants=len(planted), command=command
    )
    (directory / "README.md").write_text(text, encoding="utf-8")


def _kept(articles: list[Article], plants: list[Plant], per_incident: int, rng: random.Random) -> list[Article]:
    by_incident: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        by_incident[article.incident].append(article)
    needed: dict[str, list[Article]] = defaultdict(list)
    for plant in plants:
        needed[plant.incident] += [plant.article, *(a for a, _ in plant.witnesses)]
    kept = []
    for incident, members in sorted(by_incident.items()):
        chosen = list(dict.fromkeys(needed[incident]))[:per_incident]
        rest = [a for a in members if a not in chosen]
        chosen += rng.sample(rest, max(0, min(len(rest), per_incident - len(chosen))))
        kept += chosen
    return sorted(kept, key=lambda a: a.file_name)
