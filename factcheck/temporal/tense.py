"""Whether a sentence talks about the past or the future of its publication date.

News convention: "on Tuesday" or "in June" in a past-tense sentence is the latest such day
or month up to publication, in a future-tense sentence the next one.  Without a parser we
look for the verb that governs the expression: the nearest verb cue on its left within its
clause ("shares fell on Monday", "the law will take effect in June"), else the nearest on
its right within the clause ("On Monday the board will vote"), else the nearest anywhere in
the sentence.  With no cue at all the caller takes the occurrence nearest to publication.
"""

from __future__ import annotations

import re

_VERB_WORD = (
    r"(?!(?:on|in|at|by|until|till|from|for|to|the|a|an|this|that|next|last|after|before|during|since"
    r"|of|and|or|but|early|late)\b)(?-i:[a-z]+)"
)
# A future auxiliary takes its verb group with it ("will stay closed", "will be announced"):
# the participle in it is not a past-tense cue.
_CUES = re.compile(
    # Tried only where a word (or "'ll") starts: the engine skips other positions at once.
    r"(?:(?<!\w)(?=\w)|(?=['’]ll\b))"
    rf"(?:(?P<future>\b(?:(?:will|shall|would|won['’]t)(?:\s+not)?(?:\s+{_VERB_WORD}){{1,3}}"
    r"|to\s+(?:not\s+)?be\s+[a-z]+|(?-i:could|may|might|should|must)\s+(?:not\s+)?(?!have\b)(?-i:[a-z]+)"
    r"|will|won['’]t|shall|going\s+to|expects?|expected|scheduled|slated|due|set\s+(?:to|for)"
    r"|plans?\s+to|planned|planning|intends?\s+to|aims?\s+to|hopes?\s+to|is\s+to|are\s+to|upcoming"
    r"|forthcoming|would|next|later|ahead\s+of"
    # A present tense of schedules: "Voters go to the polls on Sunday", "the show opens in May".
    r"|(?-i:opens|closes|starts|begins|resumes|kicks\s+off|takes\s+place|arrives|departs|expires"
    r"|heads?\s+to|go\s+to\s+the\s+polls|goes\s+on\s+sale))\b|['’]ll\b)"
    # An infinitive says nothing of the tense ("expected to hit"), though "hit" alone is past;
    # nor does a passive participle ("helped by lower prices").
    r"|(?P<untensed>\bto\s+[a-z]+\b|\b(?-i:[a-z]+ed)\s+by\b"
    # ... nor an adjective after a determiner ("a reduced timetable").
    r"|\b(?:a|an|the|its|their|his|her|our|this|that|these|those|some|no)\s+(?-i:[a-z]+ed)\b)"
    # Only lower-case "-ed" words: "United" or "Red" are names.  "ago", "since" and "last"
    # belong to other expressions ("since 2019", "a week ago") and say nothing of this one.
    r"|(?P<past>\b(?:was|were|had|has|have|did|said|told|earlier|previously|met|went|came|took"
    r"|made|gave|saw|began|won|lost|held|left|sent|spoke|wrote|became|brought|found|got|led|ran|fell"
    r"|rose|paid|sold|bought|hit|struck|broke|fought|flew|drove|threw|spent|built|caught|chose|drew|fled"
    r"|froze|grew|kept|knew|meant|sank|sat|shook|shot|stole|stood|swore|taught|thought|tore|woke|wore"
    r"|withdrew|sought|felt|heard|blew|fed|hid|rode|sang|rang|sprang|slept|swept|wept|forgot|overtook|undertook)\b"
    r"|\b(?-i:[a-z]+ed)\b))",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“‘(]*[A-Z0-9])|\n")
# What ends a clause between a verb and the expression: punctuation, or a conjunction that
# opens a subordinate clause ("will take office after a recount on Saturday confirmed").
# On the right a coordinated verb ("... in October and said") belongs to another clause too.
# Punctuation inside a number ("07:30", "1,200") ends nothing.
_PUNCTUATION = r"[,:](?![0-9])|[;()–—]"
_LEFT_BOUNDARY = re.compile(
    rf"{_PUNCTUATION}|\b(?:after|before|because|although|though|while|when|whereas|until|unless|if|that|once)\b"
)
_RIGHT_BOUNDARY = re.compile(rf"{_PUNCTUATION}|\b(?:and|but|while|whereas|when|as)\b")
# A relative clause or appositive between commas ("the shop, which has opened since 1965,")
# is about something else: its verbs do not set the tense of the sentence around it.
_ASIDE = re.compile(r",\s+(?:which|who|whose|where|(?-i:[a-z]+ed)\b)[^,.;]*,", re.IGNORECASE)
# "ordered flags lowered until Monday", "has extended the emergency until Friday", "was
# remanded in custody until June": a state set (in the past) to last until a date, which is
# therefore still to come.  The verb must be in the expression's clause.
_STATE_UNTIL = re.compile(
    r"\b(?:(?-i:[a-z]+ed)\s+(?:(?:the|all|its|their|his|her|our)\s+)?(?-i:[a-z]+)\s+(?:(?-i:[a-z]+ed)|shut|closed)"
    r"|extended|postponed|adjourned|suspended|delayed|deferred|closed|shut|lowered|banned|halted|paused|frozen"
    r"|remanded|grounded|kept)\b[^,;:.()–—]*\b(?:until|till)\s+\Z",
    re.IGNORECASE,
)
_UNTIL = ("until", "till")
_TO_WORD = re.compile(r"\bto\s+[a-z]")
# The present of schedules in the plural, which a headline's subject often is ("Ticket Sales Start Monday").
_SCHEDULE = re.compile(r"\b(?:start|begin|resume)\b")
# A cue in another clause after the expression is usually a reporting clause ("... from
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


def in_quotation(text: str, start: int) -> bool:
    """Whether `start` lies inside quotation marks opened earlier in its paragraph."""
    opened = text.rfind("\n", 0, start) + 1
    before = text[opened:start]
    curly = before.count("“") - before.count("”")
    return curly > 0 or before.count('"') % 2 == 1


def in_aside(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies in a relative clause or appositive between commas
    ("Brightwell, founded in 2015 by two engineers, shipped ...")."""
    begin, finish = sentence_bounds(text, start, end)
    return any(a.start() < start and end <= a.end() for a in _ASIDE.finditer(text, begin, finish))


def tense(text: str, start: int, end: int) -> str | None:
    """ "past", "future", or None when the sentence around text[start:end] has no verb cue."""
    begin, finish = sentence_bounds(text, start, end)
    if text[max(begin, start - 8) : start].rstrip().endswith(_UNTIL) and _STATE_UNTIL.search(
        text, max(begin, start - 120), start
    ):
        return "future"
    asides = [a.span() for a in _ASIDE.finditer(text, begin, finish) if not (a.start() < start and end <= a.end())]
    best: tuple[int, int, int, str] | None = None
    for cue in _CUES.finditer(text, begin, finish):
        if cue.lastgroup == "untensed" or start <= cue.start() < end:
            continue  # a cue inside the expression itself ("last", "next") is not the verb
        if any(a_start <= cue.start() < a_end for a_start, a_end in asides):
            continue
        rank = (*_distance(text, cue, start, end), cue.lastgroup)
        if best is None or rank < best:
            best = rank
    return best[-1] if best else None


def headline_tense(headline: str, start: int, end: int, weekday: bool) -> str | None:
    """The tense of a headline, whose capitals hide the cues ("Pre-Order Begins April 29th", "Woman
    Killed Sunday") and whose present tense tells what happened: "Quake hits Iran Sunday", published
    on a Thursday, is the Sunday before, unless it is the present of a schedule ("Sales Start
    Monday"). After a "to" that may be an infinitive's ("Strike to begin Monday"), and for a day of
    the month ("Preorders Launch April 29" may be days ahead), the nearest occurrence stands."""
    lowered = headline.lower()
    found = tense(lowered if len(lowered) == len(headline) else headline, start, end)
    if found or _SCHEDULE.search(lowered):
        return found or "future"
    return "past" if weekday and not _TO_WORD.search(lowered) else None


def _distance(text: str, cue: re.Match, start: int, end: int) -> tuple[int, int, int]:
    """(clause tier, characters, side) from the expression to a cue: a cue in the expression's
    own clause on its left first, then one in its clause on the right, then the nearest."""
    if cue.start() < start:  # a verb group may run into the expression: "will report third-quarter"
        between = text[min(cue.end(), start) : start]
        if not _LEFT_BOUNDARY.search(between):
            return 0, len(between), 0
        return 2, len(between), 0
    between = text[end : cue.start()]
    if not _RIGHT_BOUNDARY.search(between):
        return 1, len(between), 1
    return 2, len(between) + (_CLAUSE_PENALTY if "," in between else 0), 1
