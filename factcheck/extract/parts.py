"""Counts of a part: "killing 170,000 people in Sumatra alone", "of whom one died", "at least 20
children and six adults", "two other employees".

A part of a whole is no rival figure for the whole: such a count says only that the whole is at
least as large, and is read as "at least" its figure.
"""

from __future__ import annotations

import math
from dataclasses import replace

from spacy.tokens import Span, Token

from factcheck.quantities import Quantity


def as_part(ent: Span, quantity: Quantity, trigger: Token, clause: set[int], victims: bool = False) -> Quantity:
    """The quantity, open above when it counts a part of what the trigger's event befell; of
    `victims`, groups named side by side are parts of one whole ("25 points and 16 rebounds" are not)."""
    if _restricted(ent, trigger, clause) or (
        victims and (_one_of_several_groups(ent) or _partitive(ent, trigger) or _beside_others(ent))
    ):
        return replace(quantity, high=math.inf)
    return quantity


# "of whom one died", "of those, two died": the words before a count of some of a group
_OF_A_GROUP = frozenset({"whom", "which", "those", "them", "these"})


def _partitive(ent: Span, trigger: Token) -> bool:
    """The count is of some of a group told before ("one of them died", "four were taken to
    hospitals, of whom one soon died", "Of the injured, two died"): a part of the whole."""
    doc = ent.doc
    number = ent.root
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in number.children):
        return True
    before = doc[max(ent.start - 3, 0) : ent.start]
    if any(t.lower_ == "of" and t.i + 1 < ent.start and doc[t.i + 1].lower_ in _OF_A_GROUP for t in before):
        return True
    # "Of the injured, two died"; not a noun's "of" ("the deaths of two women"), which tells its victims
    return trigger.pos_ == "VERB" and any(
        c.dep_ == "prep" and c.lower_ == "of" and c.i < ent.start for c in trigger.children
    )


def _beside_others(ent: Span) -> bool:
    """The count is of others than someone told before ("Two other employees have been confirmed
    dead" after "a third worker killed", "another three people are in hospital"): a part."""
    if any(t.lower_ in ("other", "another") for t in ent):
        return True
    noun = ent.root.head
    return noun.i != ent.root.i and any(c.lower_ in ("other", "another") and c.i < noun.i for c in noun.children)


def _restricted(ent: Span, trigger: Token, clause: set[int]) -> bool:
    """ "in Sumatra alone", "In July alone": the count is of one place or one time only ("he
    alone" is not)."""
    return any(
        t.lower_ == "alone"
        and t.dep_ == "advmod"
        and (t.head.i in (trigger.i, ent.root.head.i) or t.head.dep_ == "pobj")
        for t in trigger.doc
        if t.i in clause
    )


def _one_of_several_groups(ent: Span) -> bool:
    """The counted noun is coordinated with another counted noun, and the counts were not summed
    (`slots.with_conjoined_counts`: "at least 20 children and six adults", "two men or three
    women"): each counts one group."""
    noun = ent.root.head
    if ent.root.dep_ not in ("nummod", "compound") or noun.i == ent.root.i:
        return False
    group = [noun, *noun.conjuncts]
    return len(group) > 1 and all(any(c.dep_ == "nummod" for c in member.children) for member in group)
