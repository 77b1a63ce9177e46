"""Which claims tell a story's incident: the event of its headlines and ledes.

The incident's event type is the one most of the story's articles name in their lede (the
lexicon's compatible types count as one); what causes it or follows from it tells it too (the
deaths of a stabbing story, the stabbing, and its wounded). A claim of those types, or a count of a type the
lexicon calls a toll (the dead and hurt of a quake), tells the incident unless it is
denied, recalls an earlier occurrence ("in June 2019, a fire at the same plant killed two") or
stands in a sentence that tells another ("in a separate attack", "just the day before").
These claims align across the story's articles without a shared name; the story's other events
need the evidence reconcile asks of any pair.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence

import pandas as pd

from factcheck.claims_table import with_values
from factcheck.corpus import Document
from factcheck.rules.lexicon import EventLexicon


def main_types(claims: pd.DataFrame, lexicon: EventLexicon, aftermath: bool = True) -> dict[str, str]:
    """Story id -> the event type of its incident, for stories where at least two articles name
    one type (or compatible types) in their ledes, or the one article of a story alone does. Among
    types named by as many articles, the one the articles name first wins: a headline tells the
    incident before its aftermath. Without `aftermath`, what may come days after its cause (a
    death) is not the incident: "the incident happened at 10am" tells when the boat capsized."""
    # Those who came to the incident ("crews responded to a house") are never the incident, nor is
    # a noun that says nothing of its kind ("the incident").
    silent = claims["event_type"].isin(
        lexicon.attends | lexicon.stand_ins | (set() if aftermath else lexicon.follow_their_cause)
    )
    in_lede = claims[(claims["event_source"] == "lexicon") & ~claims["negated"].astype(bool) & claims["lede"] & ~silent]
    # story -> type -> doc -> the order of the type's first claim in the doc's lede
    first: dict[str, dict[str, dict[str, int]]] = defaultdict(lambda: defaultdict(dict))
    orders = in_lede.groupby("doc", sort=False).cumcount().tolist()
    columns = (in_lede[name].tolist() for name in ("story", "doc", "event_type"))
    for story, doc, event_type, order in zip(*columns, orders):
        first[story][event_type].setdefault(doc, order)
    articles = claims.groupby("story")["doc"].nunique().to_dict()
    mains = {}
    for story, by_type in first.items():
        ranked = []
        for event_type in by_type:
            told: dict[str, int] = {}
            for other, orders in by_type.items():
                if lexicon.are_compatible(event_type, other):
                    for doc, order in orders.items():
                        told[doc] = min(order, told.get(doc, order))
            ranked.append((-len(told), sum(told.values()) / len(told), event_type))
        support, _, best = min(ranked)
        if -support >= min(2, articles[story]):
            mains[story] = best
    return mains


def told_types(claims: pd.DataFrame, lexicon: EventLexicon, aftermath: bool = True) -> dict[str, str]:
    """`main_types` of the claims with a time, a place or a count; for a story whose ledes give
    none of its kind, of what they only name too ("The shooting broke out during an attempt to
    arrest a man"): a bare mention says what happened, but not which event was the news."""
    valued = with_values(claims)
    told = main_types(valued, lexicon, aftermath)
    if valued is claims or claims["story"].nunique() == len(told):
        return told
    return main_types(claims, lexicon, aftermath) | told


def incident_types(mains: dict[str, str], lexicon: EventLexicon) -> dict[str, frozenset[str]]:
    """Story id -> the event types that tell its incident: its main type's kin, the types
    compatible with it or with one of those."""
    incidents = {}
    for story, main in mains.items():
        kin = {t for t in lexicon.types if lexicon.are_compatible(main, t)}
        incidents[story] = frozenset(t for t in lexicon.types if any(lexicon.are_compatible(k, t) for k in kin))
    return incidents


def with_stand_ins_typed(claims: pd.DataFrame, causes: dict[str, str], lexicon: EventLexicon) -> pd.DataFrame:
    """The claims, those told by a noun that names whatever incident its story tells ("the
    incident happened at 10am") typed as that incident, where the story has one: its type without
    the aftermath (`causes`, from `told_types`), what caused the deaths, not the deaths."""
    stand_in = claims["event_type"].isin(lexicon.stand_ins) & claims["story"].isin(causes.keys())
    if not stand_in.any():
        return claims
    types = claims["event_type"].copy()
    types[stand_in] = claims.loc[stand_in, "story"].map(causes)
    return claims.assign(event_type=types)


def tells_incident(
    claims: pd.DataFrame,
    documents: Sequence[Document],
    incidents: dict[str, frozenset[str]],
    lexicon: EventLexicon,
    recall_days: int,
    serial: frozenset[str] = frozenset(),
) -> list[bool]:
    """For each claim, whether it tells its story's incident: the incident itself, or its toll
    ("killing at least 10 people" in a quake's story). `serial` holds the documents that tell
    their incident is one of a series in its place."""
    published = {d.name: d.published for d in documents}
    # Columns as lists: iterating a pandas column costs a call per value.
    docs, stories, types, sources, begins, untils, values = (
        claims[name].tolist()
        for name in ("doc", "story", "event_type", "event_source", "time_begin", "time_until", "time_value")
    )
    # A toll grows as a story develops: only an article whose day is known has a place on that
    # timeline, so only its count is the incident's toll (an undated page may be from any hour).
    toll = (
        claims["event_type"].isin(lexicon.tolls) & claims["quantity_value"].notna() & claims["published"].notna()
    ).tolist()
    partial = _partial_tallies(claims, lexicon)
    toll = [is_toll and not part for is_toll, part in zip(toll, partial)]
    # A sentence that tells another occurrence ("Just the day before, a child died in a fire")
    # tells no incident of its story.
    another = {sentence: lexicon.tells_another_occurrence(sentence) for sentence in set(claims["sentence"].dropna())}
    # Nor does an article that tells its incident is one of a series in its place ("the second
    # fatal fire in Pine Bluff in as many days"): which one each claim tells, only names or days say.
    of_type = [
        story in incidents
        and (event_type in incidents[story] or is_toll)
        and source == "lexicon"
        and not negated
        and not another.get(sentence, False)
        and doc not in serial
        for story, event_type, source, negated, is_toll, sentence, doc in zip(
            stories, types, sources, claims["negated"].astype(bool).tolist(), toll, claims["sentence"].tolist(), docs
        )
    ]
    by_day = _dated_by_day(claims)
    latest: dict[str, str] = {}
    for doc, begin, candidate in zip(docs, begins, of_type):
        if candidate and isinstance(begin, str) and begin > latest.get(doc, ""):
            latest[doc] = begin
    told = []
    granularities, anchors = (claims[name].fillna("").tolist() for name in ("time_granularity", "time_anchor"))
    for doc, until, value, granularity, anchor, candidate in zip(docs, untils, values, granularities, anchors, of_type):
        reference = published.get(doc) or (dt.date.fromisoformat(latest[doc]) if doc in latest else None)
        # "last season", "in the past": a time told only as gone by is an earlier occurrence; so
        # is a bare month in an undated article whose lede dates its news by a day ("on Sunday"
        # ... "the same island was hit by a 6.1 quake in September").
        recalled = (
            (isinstance(value, str) and value == "PAST_REF")
            or (doc in by_day and granularity == "month" and anchor == "none")
            or (
                isinstance(until, str)
                and bool(until)
                and reference is not None
                and (reference - dt.date.fromisoformat(until)).days > recall_days
            )
        )
        told.append(candidate and not recalled)
    return told


def _partial_tallies(claims: pd.DataFrame, lexicon: EventLexicon) -> list[bool]:
    """Whether each claim counts part of a toll its own sentence gives whole ("killed six
    children ..., bringing the death toll to 11"): a smaller count of a compatible type."""
    counted = claims[claims["event_type"].isin(lexicon.tolls) & claims["quantity_value"].notna()]
    # Only sentences with two counts or more can hold a part: few, so the loop is over them alone.
    several = counted[counted.duplicated(["doc", "sentence_start"], keep=False)]
    partial = [False] * len(claims)
    positions = {label: position for position, label in enumerate(claims.index)}
    for _, sentence in several.groupby(["doc", "sentence_start"], sort=False):
        rows = list(zip(sentence.index, sentence["event_type"], sentence["quantity_value"]))
        for label, event_type, count in rows:
            partial[positions[label]] = any(
                other > count and lexicon.are_compatible(event_type, other_type) for _, other_type, other in rows
            )
    return partial


def _dated_by_day(claims: pd.DataFrame) -> set[str]:
    """The documents whose ledes date something by a day told relative to the article ("on
    Sunday", "yesterday"), not by the calendar."""
    daily = claims["lede"].fillna(False).astype(bool) & (claims["time_granularity"] == "day").fillna(False)
    relative = daily & ~(claims["time_anchor"] == "absolute").fillna(False)
    return set(claims.loc[relative.to_numpy(dtype=bool), "doc"].tolist())
