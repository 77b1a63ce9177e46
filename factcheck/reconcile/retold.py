"""Claims retold: two articles of one story telling an event in the same words.

Outlets copy a wire story, or each other, and change a word here and there: "Luck threw for 205
yards Sunday, and his 7-yard touchdown pass ..." in one is "Luck threw for 385 yards Sunday, and
his 7-yard touchdown pass ..." in another. Once each claim's own date, place and count are taken
out, the two sentences say the same thing, so the claims are one event whatever those values
say and whether or not the lexicon lists the verb: the surest alignment there is, and where a
rival value is most likely a slip of one outlet.
"""

from __future__ import annotations

from collections import defaultdict

import pandas as pd

from factcheck.rules.stories import StorySettings
from factcheck.stories.profile import content_stems

MIN_SHARED_WORDS = 4  # fewer content words are a formula ("police said on Monday"), not a retelling
MIN_OVERLAP = 0.6  # shared content words over those of either sentence: a stat line shares a few
# Many shared words need only half of the two sentences' words: each outlet frames one retold
# sentence with its own attribution ("Tribune Online reports that", "It was also gathered that").
MANY_SHARED_WORDS = 8
MIN_OVERLAP_OF_MANY = 0.5
_SPANS = ("time", "place", "quantity")


def retold_pairs(claims: pd.DataFrame, stories: list, families: list[str], settings: StorySettings) -> list[tuple]:
    """(left row, right row) for each two claims of one story, from different documents, of one
    event family, whose sentences say the same once each claim's values are taken out. A
    sentence said alike in another story too is a template ("Shares in X rose N percent"), not a
    retelling of one event."""
    docs = claims["doc"].tolist()
    columns = ["sentence", "sentence_start", *(f"{kind}_{end}" for kind in _SPANS for end in ("start", "end"))]
    values = [claims[name].astype(object).where(claims[name].notna(), None).tolist() for name in columns]
    # The claims of one sentence mostly share their date, place and count: each masking is read once.
    read: dict[tuple, frozenset[str]] = {}
    words = []
    for key in zip(*values):
        said = read.get(key)
        if said is None:
            said = read[key] = _content_words(dict(zip(columns, key)), settings)
        words.append(said)
    told_in: dict[frozenset[str], set] = defaultdict(set)
    for row, said in enumerate(words):
        told_in[said].add(stories[row])
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for row, (story, family) in enumerate(zip(stories, families)):
        if len(told_in[words[row]]) == 1:
            blocks[story, family].append(row)
    pairs = []
    for rows in blocks.values():
        for i, a in enumerate(rows):
            for b in rows[i + 1 :]:
                if docs[a] != docs[b] and _said_alike(words[a], words[b]):
                    pairs.append((a, b))
    return pairs


def _said_alike(left: frozenset[str], right: frozenset[str]) -> bool:
    shared = len(left & right)
    union = len(left | right)
    if shared >= MANY_SHARED_WORDS:
        return shared >= MIN_OVERLAP_OF_MANY * union
    return shared >= MIN_SHARED_WORDS and shared >= MIN_OVERLAP * union


def _content_words(claim: dict, settings: StorySettings) -> frozenset[str]:
    """The content words of the claim's sentence without its date, place and count."""
    sentence, offset = claim["sentence"], claim["sentence_start"]
    spans = sorted(
        (claim[f"{kind}_start"] - offset, claim[f"{kind}_end"] - offset)
        for kind in _SPANS
        if claim[f"{kind}_start"] is not None
    )
    kept, position = [], 0
    for start, end in spans:
        kept.append(sentence[position:start])
        position = max(position, end)
    kept.append(sentence[position:])
    return content_stems(" ".join(kept), settings.stopwords)
