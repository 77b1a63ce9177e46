"""Whether a sentence talks about the past or the future of its publication date.

News convention: "on Tuesday" or "in June" in a past-tense sentence is the latest such day
or month up to publication, in a future-tense sentence the next one.  Without a parser we
read the verb cue nearest to the expression; with no cue the caller takes the occurrence
nearest to publication.
"""

from __future__ import annotations

import re

_VERB_WORD = (r"(?!(?:on|in|at|by|until|till|from|for|to|the|a|an|this|that|next|last|after|before|during|since"
              r"|of|and|or|but|early|late)\b)(?-i:[a-z]+)")
# A future auxiliary takes its verb group with it ("will stay closed", "will be announced"):
# the participle in it is not a past-tense cue.
_CUES = re.compile(
    rf"(?P<future>\b(?:(?:will|shall|would|won['’]t)(?:\s+not)?(?:\s+{_VERB_WORD}){{1,3}}"
    r"|(?:to|could|may|might|should|must)\s+(?:not\s+)?be\s+[a-z]+"
    r"|will|won['’]t|shall|going\s+to|expects?|expected|scheduled|slated|due|set\s+(?:to|for)"
    r"|plans?\s+to|planned|planning|intends?\s+to|aims?\s+to|hopes?\s+to|is\s+to|are\s+to|upcoming"
    r"|forthcoming|would|next|later|ahead\s+of)\b|['’]ll\b)"
    # An infinitive says nothing of the tense ("expected to hit"), though "hit" alone is past.
    r"|(?P<infinitive>\bto\s+[a-z]+\b)"
    r"|(?P<past>\b(?:was|were|had|has|have|did|said|told|ago|last|earlier|previously|since|met|went|came|took"
    r"|made|gave|saw|began|won|lost|held|left|sent|spoke|wrote|became|brought|found|got|led|ran|fell"
    r"|rose|paid|sold|bought|hit|struck|[a-z]+ed)\b)",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“‘(]*[A-Z0-9])|\n")
# A cue after the expression and beyond a comma is usually a reporting clause ("... from
# Thursday, the union announced"): it counts as this much further away, so it only decides
# when nothing closer does ("On Tuesday, officials said").
_CLAUSE_PENALTY = 60


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around [start, end): from after the previous full stop or newline to the next."""
    window_start = max(0, start - 400)
    begin = window_start
    for match in _SENTENCE_END.finditer(text, window_start, start):
        begin = match.end()
    after = _SENTENCE_END.search(text, end, min(len(text), end + 400))
    return begin, after.start() if after else min(len(text), end + 400)


def tense(text: str, start: int, end: int) -> str | None:
    """"past", "future", or None when the sentence around text[start:end] has no verb cue."""
    begin, finish = sentence_bounds(text, start, end)
    best: tuple[int, int, str] | None = None
    for cue in _CUES.finditer(text, begin, finish):
        if cue.lastgroup == "infinitive" or cue.start() < end and cue.end() > start:
            continue  # a cue inside the expression itself ("last", "next") is not the verb
        if cue.end() <= start:
            distance, side = start - cue.end(), 0
        else:
            distance, side = cue.start() - end, 1
            if "," in text[end:cue.start()]:
                distance += _CLAUSE_PENALTY
        rank = (distance, side, cue.lastgroup)
        if best is None or rank < best:
            best = rank
    return best[2] if best else None
