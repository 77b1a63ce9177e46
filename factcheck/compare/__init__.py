"""The compare stage: findings from aligned claims whose dates, places or counts disagree.

Only aligned pairs are compared (never all claims of an event), so compatibility stays
pairwise. Unresolved relative dates, negated claims and claims of different modality never
make an error: a plan against a report is information.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from factcheck.catalogue import CHECKS, Check
from factcheck.claims_table import ONE_MORE, SETTING_KINDS
from factcheck.compare.finding import Evidence, Finding
from factcheck.compare.values import (
    DAY_OR_FINER,
    a_day_apart,
    after_its_cause,
    clocked_before,
    clocks_apart,
    count_grew,
    date_gap,
    dates_overlap,
    describe_place,
    describe_quantity,
    describe_time,
    history_against_news,
    later_development,
    measured_from_elsewhere,
    place_relation,
    quantities_compatible,
    response_off_its_incident,
)
from factcheck.reconcile import Alignment
from factcheck.rules import Rules
from factcheck.rules.gazetteer import StreetShapes, house_number, numbered_neighbours, street_block, told_as_nearby

__all__ = ["CHECKS", "Check", "Evidence", "Finding", "compare"]

_KIND = {"FC1": "time", "FC2": "place", "FC3": "quantity"}  # what a check's family compares
_UNLISTED = {"FC101": "FC103", "FC201": "FC205", "FC202": "FC205", "FC301": "FC303"}
# A count that holds on its article's day (an age) is compared between articles this close: one
# person's full name in two stories a week apart is one person, and a year apart another age.
AS_OF_PUBLICATION_DAYS = 7
NEAR_BLOCKS = 1  # a scene "near" a number of a street lies within this many blocks of it
_PLACE_CHECKS = {"disjoint": "FC201", "overlap": "FC202", "unknown": "FC204", "inside": "FC203", "contains": "FC203"}


def compare(alignment: Alignment, rules: Rules) -> list[Finding]:
    """Every finding, in a stable order."""
    claims = _records_in_events(alignment.claims)
    by_event: dict[str, list[int]] = defaultdict(list)
    for i, claim in claims.items():
        if claim["event"] is not None:
            by_event[claim["event"]].append(i)
    groups: dict[tuple, _Conflict] = {}
    pairs = alignment.pairs
    for left, right, said_alike, same_agent in zip(pairs["left"], pairs["right"], pairs["retold"], pairs["same_agent"]):
        a, b = sorted((claims[left], claims[right]), key=lambda c: c["claim_id"])
        if a["negated"] or b["negated"] or history_against_news(a, b):
            continue
        _group(groups, a, b, _conflicts(a, b, claims, by_event, rules, said_alike, same_agent))
    for a, b, told in _told_in_one_article(claims, rules):
        _group(groups, a, b, _conflicts_within(a, b, told, rules))
    outliers: dict[tuple[str, str], tuple[str, int] | None] = {}
    findings = [
        _finding(check_id, event, conflict, claims, by_event, rules, outliers)
        for (event, check_id, *_), conflict in _one_per_outlier(groups, claims, by_event, rules, outliers).items()
    ]
    return _told_once(sorted(findings, key=lambda f: (f.event_label, f.rule, [(e.doc, e.start) for e in f.evidence])))


def _told_once(findings: list[Finding]) -> list[Finding]:
    """The findings less those that repeat an earlier one's check on the same words of the same
    documents: two events of one sentence ("died after being shot in Waterbury") carry the
    same place, and the second finding would say the first again."""
    seen: set[tuple] = set()
    kept = []
    for finding in findings:
        key = (finding.rule, frozenset((e.doc, e.start, e.end) for e in finding.evidence))
        if key not in seen:
            seen.add(key)
            kept.append(finding)
    return kept


def _group(groups: dict[tuple, _Conflict], a: dict, b: dict, conflicts: Iterable[tuple[str, str, str, _Why]]) -> None:
    for check_id, key_a, key_b, explanation in conflicts:
        # Claims aligned with no other article's are their article's own event, named by it.
        event = a["event"] or b["event"] or a["doc"]
        group = (event, check_id, *sorted((key_a, key_b)))
        conflict = groups.setdefault(group, _Conflict())
        conflict.pairs.append((*(explanation.shown or (a, b)), explanation))
        conflict.supporters.update({a["claim_id"]: a, b["claim_id"]: b})


def _told_in_one_article(claims, rules: Rules) -> Iterable[tuple[dict, dict, list[dict]]]:
    """Pairs of one article's lede claims of its story's incident, of compatible types, with the
    other such claims of the article: candidates for an article at odds with itself, whether or
    not another article's claims align with them."""
    by_document: dict[str, list[dict]] = defaultdict(list)
    for claim in claims.values():
        if claim.get("incident") and claim.get("lede") and not claim["negated"]:
            by_document[claim["doc"]].append(claim)
    for told in by_document.values():
        told.sort(key=lambda c: c["claim_id"])
        for i, a in enumerate(told):
            alike = [c for c in told if c is not a and rules.events.are_compatible(c["event_type"], a["event_type"])]
            for b in told[i + 1 :]:
                if a["modality"] == b["modality"] and rules.events.are_compatible(a["event_type"], b["event_type"]):
                    yield a, b, alike


def _conflicts_within(a: dict, b: dict, siblings: list[dict], rules: Rules) -> Iterable[tuple[str, str, str, _Why]]:
    """An article that tells one occurrence twice, with two values that cannot both hold: its
    headline over the one date or count its lede gives, or two days its lede gives the
    incident's own kind of event (`_told_twice`) in one place. Counts only of one tally (the
    dead, not the dead against everyone shot), and not a toll told as risen above the other
    ("Death toll rises to 23" over "initially left 14 people confirmed dead"). A headline's verb
    may be another of the lede's ("Two brothers killed Tuesday morning" over "two brothers died
    early Monday morning")."""
    if (
        (a["event_type"] == b["event_type"] or a["headline"] != b["headline"])
        and _told_twice(a, b, siblings, "time_value", rules)
        and _one_place(a, b, rules)
        and dates_overlap(a, b) is False
    ):
        why = "one article dates one occurrence twice, and the two intervals cannot overlap"
        yield "FC101", a["time_value"], b["time_value"], _Why(why)
    unit = rules.events.counted.get(a["event_type"])
    if (
        unit is not None
        and unit == rules.events.counted.get(b["event_type"])
        and _headline_over_lede(a, b, siblings, "quantity_value")
        and not _a_part(a, b, rules)
        and quantities_compatible(a, b) is False
        and not count_grew(a, b, rules.events)
    ):
        why = "one article gives one tally twice, and the two amounts cannot both hold"
        yield "FC301", describe_quantity(a), describe_quantity(b), _Why(why)


@dataclass
class _Conflict:
    """Every pair of claims that showed one conflict, with why, and every claim that takes part in it."""

    pairs: list[tuple[dict, dict, _Why]] = field(default_factory=list)
    supporters: dict = field(default_factory=dict)


@dataclass(frozen=True)
class _Why:
    text: str
    relation: str | None = None
    # the two claims as their evidence shows them, where not as aligned (a crossing, not its one street)
    shown: tuple[dict, dict] | None = field(default=None, compare=False, hash=False)


def _records_in_events(frame: pd.DataFrame) -> dict[int, dict]:
    """Row position -> the claim as a dict (None for missing values), for claims in an event and
    claims of a lede that tell its story's incident: only those can take part in a finding (the
    latter, aligned with no other article's, only in one at odds with its own article)."""
    told = frame["event"].notna()
    if "incident" in frame and "lede" in frame:
        told |= frame["incident"].fillna(False).astype(bool) & frame["lede"].fillna(False).astype(bool)
    positions = np.flatnonzero(told.to_numpy())
    rows = frame.iloc[positions]
    names = list(rows.columns)
    columns = [rows[name].to_numpy(dtype=object, na_value=None).tolist() for name in names]
    return dict(zip(positions.tolist(), (dict(zip(names, values)) for values in zip(*columns))))


def _conflicts(
    a: dict, b: dict, claims, by_event, rules: Rules, retold: bool, same_agent: bool
) -> Iterable[tuple[str, str, str, _Why]]:
    """The checks the pair fails; for an event the lexicon does not list, their information
    twins, unless the two sentences tell it in the same words: then the verb need not be known.
    Nor need it be for a count of one verb by one named agent on one day ("Luck threw for 205
    yards Sunday", "for 385 yards on Sunday"; an undated count in its story's lede is of the
    day another lede gives): what it counts is the same. Undated, the counts
    may be of another game or a season ("missed eight games", "missed the next four"). Counts
    of articles in two stories are not compared unless both are dated: only the story says
    which occurrence an undated count is of ("finished with 25 points" in two games' reports);
    nor are those of two undated pages that are not the story's incident (two round-ups of one
    night's games, each of another game). An age, a count as of its article's day, is compared
    only between articles that appeared within a week of each other, whatever their stories."""
    unlisted = not retold and "lemma" in (a["event_source"], b["event_source"])
    one_measure = same_agent and a["event_type"] == b["event_type"] and (_one_day(a, b) or _one_incident(a, b))
    undated_pages = not (a["published"] or b["published"]) and not (a.get("incident") and b.get("incident"))
    other_occurrence = (a.get("story") != b.get("story") or undated_pages) and not (a["time_value"] and b["time_value"])
    if {a["event_type"], b["event_type"]} & rules.events.as_of_publication:
        other_occurrence = not (_published_within(a, b, AS_OF_PUBLICATION_DAYS) or _ages_of_one_story(a, b))
    for check, *rest in _raw_conflicts(a, b, claims, by_event, rules):
        if check in ("FC301", "FC302") and other_occurrence:
            continue
        demoted = unlisted and not (check == "FC301" and one_measure)
        yield (_UNLISTED.get(check, check) if demoted else check, *rest)


def _published_within(a: dict, b: dict, days: int) -> bool:
    """Both articles are dated, at most `days` apart."""
    if not (a["published"] and b["published"]):
        return False
    gap = dt.date.fromisoformat(a["published"]) - dt.date.fromisoformat(b["published"])
    return abs(gap.days) <= days


def _ages_of_one_story(a: dict, b: dict) -> bool:
    """Two ages, one of a page with no date, told in one story: its articles appeared days
    apart, so the ages are of one time, though a birthday may fall between the pages: only
    two years or more apart ("a 9-year-old boy", "a 7-year-old boy") are rival accounts."""
    if (a["published"] and b["published"]) or a.get("story") is None or a.get("story") != b.get("story"):
        return False
    return max(a["quantity_low"] - b["quantity_high"], b["quantity_low"] - a["quantity_high"]) >= 2


def _one_incident(a: dict, b: dict) -> bool:
    """Both claims stand in the ledes of one story, one dated to a day and the other not dated
    at all: a lede tells the incident, so the undated count is of its day ("McDermott scored 23
    points Friday", "McDermott put on a show, scoring 23 points")."""
    if not (a.get("lede") and b.get("lede") and a.get("story") == b.get("story")):
        return False
    granularities = sorted((a["time_granularity"] or "", b["time_granularity"] or ""))
    return granularities == ["", "day"] and not (a["time_value"] and b["time_value"])


def _one_day(a: dict, b: dict) -> bool:
    """Both claims are dated to a day, and it can be the same day."""
    return a["time_granularity"] == b["time_granularity"] == "day" and dates_overlap(a, b) is not False


def _raw_conflicts(a: dict, b: dict, claims, by_event, rules: Rules) -> Iterable[tuple[str, str, str, _Why]]:
    same_modality = a["modality"] == b["modality"]
    relation = place_relation(a, b, rules.gazetteer)
    attends = rules.events.attends
    if (a["event_type"] in attends) != (b["event_type"] in attends):
        yield from _response_and_incident(a, b, relation, same_modality, rules)
        return
    if a["event_type"] in attends:
        # Those who came to an incident tell where it happened, not how many it befell, and when
        # only to the day, or the hour: each outlet gives the minute it was told, not another hour
        # of the first call its lede tells ("shortly after 9 p.m. Saturday", "11 p.m. Saturday").
        if same_modality and a_day_apart(a, b):
            yield "FC101", a["time_value"], b["time_value"], _Why("one response cannot have come on both days")
        elif same_modality and _one_story(a, b) and a.get("lede") and b.get("lede") and clocks_apart(a, b):
            yield (
                "FC101",
                a["time_value"],
                b["time_value"],
                _Why("one response, and the two clock times are hours apart"),
            )
        yield from _place_conflict(a, b, relation, same_modality, rules)
        return
    cause_and_death = _cause_and_death(a, b, rules)
    overlap = after_its_cause(*cause_and_death) if cause_and_death else dates_overlap(a, b)
    developing = {a["event_type"], b["event_type"]} <= rules.events.accumulates and later_development(a, b)
    on_the_clock = _one_moment(a, b, rules) and clocks_apart(a, b)
    if (
        (overlap is False or on_the_clock)
        and not developing
        and not _closer_sibling(a, b, claims, by_event, rules)
        and not _both_say(a, b, "time")
    ):
        check = "FC101" if same_modality and a["modality"] == "reported" else "FC102"
        if cause_and_death:
            why = "the death is told before what befell its victims"
        elif overlap is False:
            why = "the two intervals cannot overlap"
        else:
            why = "it happened at one moment, and the two clock times are hours apart"
        yield check, a["time_value"], b["time_value"], _Why(why)
    if cause_and_death is None:
        # Where a victim died (a hospital) need not be where the harm befell them.
        yield from _place_conflict(a, b, relation, same_modality, rules)
    compatible = quantities_compatible(a, b)
    # Counts given for two different places are partial tallies, not rival totals.
    # Two ledes' counts of their story's incident are of one ground even where the gazetteer only
    # guesses that one place lies in the other ("Harris County" in "Texas").
    told = a.get("incident") and b.get("incident") and a.get("lede") and b.get("lede")
    same_ground = relation is None or (relation.kind in ("same", "inside", "contains") and (relation.certain or told))
    if (
        compatible is False
        and same_modality
        and same_ground
        and not measured_from_elsewhere(a, b)
        and not _sibling_agrees(a, b, claims, by_event, rules)
        and not _a_part(a, b, rules)
        and not _with_the_dead(a, b, claims, by_event, rules)
        and not _each_says_both(a, b, "quantity")
    ):
        check = "FC302" if count_grew(a, b, rules.events) else "FC301"
        yield check, describe_quantity(a), describe_quantity(b), _Why("the two amounts cannot both hold")


def _response_and_incident(
    a: dict, b: dict, relation, same_modality: bool, rules: Rules
) -> Iterable[tuple[str, str, str, _Why]]:
    """A response and the incident it came to, told by two articles: apart when the response is
    told a day before, or a day after an incident answered at once. A death that may come days
    after its cause is held to nothing unless dated by that cause; nor is what responders do not
    come to, which befalls no one and is not answered at once (a verdict in a trial's story: the
    deputy "arrived on the scene" of the killing tried). Their places are held to one another
    for an incident answered at its scene (a fire), or at two houses or blocks of one street."""
    response, incident = (a, b) if a["event_type"] in rules.events.attends else (b, a)
    lexicon = rules.events
    kind = incident["event_type"]
    if kind in lexicon.answered_at_its_scene or _two_numbers_of_one_street(a, b):
        yield from _place_conflict(a, b, relation, same_modality, rules)
    if not same_modality or (kind in lexicon.follow_their_cause and not incident["time_of_cause"]):
        return
    if kind not in lexicon.answered_at_once and kind not in lexicon.counted:
        return
    at_once = kind in lexicon.answered_at_once
    if response_off_its_incident(response, incident, at_once):
        why = "responders come when it happens, not a day before" + (" or after" if at_once else "")
        yield "FC101", a["time_value"], b["time_value"], _Why(why)
    elif kind in lexicon.moments and _one_story(a, b) and clocked_before(response, incident):
        yield "FC101", a["time_value"], b["time_value"], _Why("responders come when it happens, not hours before")


def _one_story(a: dict, b: dict) -> bool:
    return a.get("story") is not None and a.get("story") == b.get("story")


def _one_moment(a: dict, b: dict, rules: Rules) -> bool:
    """Both claims tell, in one story, an event that happens at one moment (a shooting)."""
    return _one_story(a, b) and {a["event_type"], b["event_type"]} <= rules.events.moments


def _two_numbers_of_one_street(a: dict, b: dict) -> bool:
    """Two addresses, or two blocks, of one street with different numbers ("613 East 3rd Street",
    "631 E. Third St."; "the 1200 block of Summit Street", "the 2200 block of Summit Street"):
    where responders were sent and where the incident happened may be streets apart, but not two
    stretches of one street."""
    if a["place_key"] != b["place_key"]:
        return False
    for number in (house_number, street_block):
        numbers = number(a["place_text"]), number(b["place_text"])
        if None not in numbers and numbers[0] != numbers[1]:
            return True
    return False


def _cause_and_death(a: dict, b: dict, rules: Rules) -> tuple[dict, dict] | None:
    """The two claims as (what befell the victims, their death), when one is that and the other
    the death ("were shot", "died"); None for any other pair."""
    for cause, death in ((a, b), (b, a)):
        if rules.events.is_death_by(death["event_type"], cause["event_type"]):
            return cause, death
    return None


def _place_conflict(
    a: dict, b: dict, relation, same_modality: bool, rules: Rules
) -> Iterable[tuple[str, str, str, _Why]]:
    corners = [_corner(claim, rules) for claim in (a, b)] if same_modality else [None, None]
    crossings = _crossings((a, b), corners, rules.gazetteer.streets)
    if crossings == "apart":
        shown = tuple(_at_corner(claim, corner) for claim, corner in zip((a, b), corners))
        mine, theirs = (claim["place_text"] for claim in shown)
        yield "FC202", mine, theirs, _Why(f"{mine} and {theirs} are two corners of one street", "overlap", shown)
        return
    if crossings == "one" or relation is None or relation.kind == "same" or not same_modality:
        return
    if relation.kind == "overlap" and (_near(a) or _near(b)) and not _blocks_apart(a, b):
        return
    values = a["place_key"], b["place_key"]
    said = _both_say(a, b, "place")
    if a["place_key"] == b["place_key"] and relation.kind == "overlap":
        # Two blocks of one street ("the 3200 block of Denver Lane", "the 3600 block"): wherever
        # each article puts the street, the blocks are what it tells apart.
        values = a["place_text"], b["place_text"]
    elif a["place_key"] == b["place_key"] and a.get("place_within") != b.get("place_within"):
        # One street's name in two towns ("Elm Street in Kettering", "Elm Street in Dayton"): the
        # towns are what the articles tell apart, where each names its street's town beside it
        # (a town guessed from elsewhere in the article may be the hospital's).
        towns = [_town(claim, rules) for claim in (a, b)]
        if not all(_qualifies(claim, town) for claim, town in zip((a, b), towns)):
            return
        values = tuple(f"{key}, {town}" for key, town in zip(values, towns))
        said = _states(b["sentence"], towns[0]) or _states(a["sentence"], towns[1])
    # A place inside the other is information, however the sentences put it.
    if relation.kind in ("inside", "contains") or not said:
        yield _PLACE_CHECKS[relation.kind], *values, _Why(relation.explanation, relation.kind)


def _corner(claim: dict, rules: Rules) -> tuple[int, int, frozenset[str]] | None:
    """The crossing a street claim's sentence names its street in (see `StreetShapes.corner`)."""
    if claim.get("place_within") is None or claim["place_start"] is None or not claim["sentence"]:
        return None
    offset = claim["sentence_start"]
    return rules.gazetteer.streets.corner(claim["sentence"], claim["place_start"] - offset, claim["place_end"] - offset)


def _at_corner(claim: dict, corner: tuple[int, int, frozenset[str]]) -> dict:
    """The claim with the whole crossing as its place ("26th Street and Muhammad Ali Boulevard"),
    the words its evidence shows."""
    start, end, _ = corner
    offset = claim["sentence_start"]
    return {
        **claim,
        "place_start": offset + start,
        "place_end": offset + end,
        "place_text": claim["sentence"][start:end],
    }


def _crossings(claims: tuple[dict, dict], corners: list, streets: StreetShapes) -> str | None:
    """How the crossings two claims name relate. "one": one crossing told twice, its streets in
    either order ("Upland Street and North Murtland Avenue", "the corner of North Murtland and
    Upland streets"), or told once and one of its streets the other time, or two crossings of one
    street with two numbered streets next to each other ("16th and Main", "17th and Main": a scene
    between them is near both). "apart": two crossings of one street with two others ("44th Street
    and McDowell Road", "44th Street and Thomas Road"): not where one scene lies, near as each may
    be. None where neither names a crossing."""
    if corners == [None, None]:
        return None
    mine, theirs = (
        corner[2] if corner else frozenset({streets.name_of(claim["place_key"])}) if claim.get("place_within") else None
        for claim, corner in zip(claims, corners)
    )
    if mine is None or theirs is None:
        return None
    if mine <= theirs or theirs <= mine:
        return "one"
    if len(mine) != 2 or len(theirs) != 2 or len(mine & theirs) != 1:
        return None
    (one,), (other,) = mine - theirs, theirs - mine
    return "one" if numbered_neighbours(one, other) else "apart"


def _blocks_apart(a: dict, b: dict) -> bool:
    """Two numbers of one street more than `NEAR_BLOCKS` blocks apart ("near 2300 West Cedar
    Avenue", "the 2800 block of W. Cedar Avenue"): near the one, the scene is not at the other."""
    blocks = street_block(a["place_text"]), street_block(b["place_text"])
    return a["place_key"] == b["place_key"] and None not in blocks and abs(blocks[0] - blocks[1]) > NEAR_BLOCKS


# "near Tucson Boulevard and Drexel Road", "close to the corner of Elm and Pine": streets the
# scene is near, so another outlet's street, the scene itself, need not be at odds with them.
def _near(claim: dict) -> bool:
    """The claim's street is one the scene is near, not where it is."""
    before = (claim["sentence"] or "")[: claim["place_start"] - claim["sentence_start"]]
    return claim.get("place_within") is not None and told_as_nearby(before)


def _qualifies(street: dict, town: str) -> bool:
    """The sentence names the town right after the street: "on Elm Street in Kettering"."""
    pattern = rf"{re.escape(street['place_text'])}(?:,\s*|\s+in\s+){re.escape(town)}(?!\w)"
    return re.search(pattern, street["sentence"] or "") is not None


def _town(street: dict, rules: Rules) -> str:
    key = street["place_within"]
    return rules.gazetteer.label(key) if key in rules.gazetteer.places else key


def _a_part(a: dict, b: dict, rules: Rules) -> bool:
    """Either count is of only some of the dead ("killing ten on the spot"): a part of the toll
    the other may give whole. Not an age: "The 37-year-old man ... later died" tells all of it."""
    tolls = all(claim["event_type"] in rules.events.counted for claim in (a, b))
    return tolls and any(rules.events.tells_part(claim["sentence"] or "") for claim in (a, b))


def _with_the_dead(a: dict, b: dict, claims, by_event, rules: Rules) -> bool:
    """Two counts of the hurt, one with the dead and one without ("two people were injured ...
    one of them succumbed" against "a person was killed and another injured"): the article with
    the larger count goes on, in its lede, to a toll of the dead of the same event (a counted
    event that befalls its victims once) as large as the difference. Not one that told its dead
    first ("Three people died ... Nine more were taken to hospital")."""
    lexicon = rules.events
    if a["event_type"] != b["event_type"] or a["event_type"] not in lexicon.counted or a["event_type"] in lexicon.once:
        return False
    smaller, larger = sorted((a, b), key=lambda claim: claim["quantity_value"])
    gap = larger["quantity_value"] - smaller["quantity_value"]
    return any(
        claim["doc"] == larger["doc"]
        and claim.get("lede")
        and claim["event_type"] in lexicon.counted
        and claim["event_type"] in lexicon.once
        and claim["quantity_value"] == gap
        and claim["trigger_start"] > larger["trigger_start"]
        for claim in (claims[i] for i in by_event.get(larger["event"], ()))
    )


def _both_say(a: dict, b: dict, kind: str) -> bool:
    """One side's sentence states the other side's date or place too ("a cable between Abu Talat
    in Egypt and Marseilles in France"): the articles need not disagree, their claims only took
    different words of it."""
    mine, theirs = a[f"{kind}_text"], b[f"{kind}_text"]
    return bool(mine and theirs) and (_states(b["sentence"], mine) or _states(a["sentence"], theirs))


def _each_says_both(a: dict, b: dict, kind: str) -> bool:
    """Each sentence states both sides' values ("four investigators and two forensic
    investigators", "Two forensic investigators and four investigators"): one account, of which
    the claims took different numbers."""
    mine, theirs = (a[f"{kind}_text"] or "").casefold(), (b[f"{kind}_text"] or "").casefold()
    return bool(mine and theirs) and all(
        _states(sentence, mine) and _states(sentence, theirs)
        for sentence in ((claim["sentence"] or "").casefold() for claim in (a, b))
    )


def _states(sentence: str, words: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(words)}(?!\w)", sentence or "") is not None


def _siblings(mine: dict, claims, by_event, rules: Rules) -> Iterable[dict]:
    """The other claims of the event in the same document that tell the same kind of thing (a
    shooting joins its killings and woundings in one event; a killing's sibling is a death)."""
    for i in by_event.get(mine["event"], ()):
        sibling = claims[i]
        if (
            sibling["doc"] == mine["doc"]
            and sibling["claim_id"] != mine["claim_id"]
            and rules.events.are_compatible(sibling["event_type"], mine["event_type"])
        ):
            yield sibling


def _closer_sibling(a: dict, b: dict, claims, by_event, rules: Rules) -> bool:
    """One document dates the event twice and its other date is nearer the other side's: it
    tells of two occurrences (a league match and a cup final), so compare the nearer one only.
    Not two dates of one occurrence (`_told_twice`): the article is at odds with itself; nor a
    day that may be its own, told more loosely (`_may_be_its_day`)."""
    for mine, other in ((a, b), (b, a)):
        gap = date_gap(mine, other)
        siblings = list(_siblings(mine, claims, by_event, rules))
        for sibling in siblings:
            if (
                sibling["time_value"]
                and not _may_be_its_day(sibling, mine)
                and not _told_twice(mine, sibling, siblings, "time_value", rules)
            ):
                closer = date_gap(sibling, other)
                if closer is not None and gap is not None and closer < gap:
                    return True
                # Without a year on either side there is no gap to measure: a sibling that may
                # fall on the other side's day is nearer.
                if gap is None and dates_overlap(sibling, other) is not False:
                    return True
    return False


def _may_be_its_day(sibling: dict, mine: dict) -> bool:
    """Both are days or times of a day, and they may be one ("Wednesday morning", "early
    Wednesday", which may be late Tuesday to another outlet; "just before noon"). Not a season
    about a month ("this summer", "In July"): the summer holds other occurrences."""
    within_a_day = {sibling["time_granularity"], mine["time_granularity"]} <= DAY_OR_FINER
    return within_a_day and dates_overlap(sibling, mine) is not False


def _sibling_agrees(a: dict, b: dict, claims, by_event, rules: Rules) -> bool:
    """One document also gives a count the other side agrees with: it tells of several tallies.
    Not its headline over its lede, both telling the story's incident: "2 dead in house fire"
    above "Three people are dead after a house fire" is an article at odds with itself."""
    for mine, other in ((a, b), (b, a)):
        siblings = list(_siblings(mine, claims, by_event, rules))
        if any(
            quantities_compatible(s, other) and not _told_twice(mine, s, siblings, "quantity_value", rules)
            for s in siblings
        ):
            return True
    return False


def _told_twice(mine: dict, sibling: dict, siblings: list[dict], value: str, rules: Rules) -> bool:
    """The two values (dates, counts) are of one occurrence: the headline's over the one its lede
    gives, or two days its lede gives the incident's own kind of event ("Two men were shot Friday
    evening" above "a deadly shooting that took place Saturday evening"): the incident happened
    once. Not two counts: a lede's smaller one may be a part ("12 killed in Bener Meriah")."""
    if value == "time_value" and all(_dates_the_incident(c, rules) for c in (mine, sibling)):
        return (
            mine["event_type"] == sibling["event_type"]
            and not _name_others(mine, sibling)
            and not _told_apart(mine, sibling, rules)
        )
    return _headline_over_lede(mine, sibling, siblings, value)


def _one_place(a: dict, b: dict, rules: Rules) -> bool:
    """Both claims put the event in one place, or one of them nowhere: with no other article to
    side with either date, an article's two places may be two occurrences (a round-up)."""
    relation = place_relation(a, b, rules.gazetteer)
    return relation is None or relation.kind in ("same", "inside", "contains")


def _told_apart(a: dict, b: dict, rules: Rules) -> bool:
    """Two streets, or two places the gazetteer sets apart: two occurrences, as in a round-up of
    a weekend's shootings ("in the 7900 block of South Halsted Street", "in the 6300 block of
    South Morgan Street")."""
    if a.get("place_within") is not None and b.get("place_within") is not None:
        return a["place_key"] != b["place_key"]
    relation = place_relation(a, b, rules.gazetteer)
    return relation is not None and relation.kind == "disjoint"


def _name_others(a: dict, b: dict) -> bool:
    """Both claims name who or what took part, and none of them the same: two occurrences
    ("placed Pierre Thomas on injured reserve Wednesday", "Chris Ivory was placed on the list
    Tuesday")."""
    named = [
        {
            entity
            for entity, kind in zip(c["entities"], c["participant_kinds"])
            if kind not in ("NOMINAL", *SETTING_KINDS)
        }
        for c in (a, b)
    ]
    return all(named) and not named[0] & named[1]


def _dates_the_incident(claim: dict, rules: Rules) -> bool:
    """A lede's claim of the story's incident, dated to a day, of a kind that happens once to
    what it names or that befalls the people it counts (a death, a shooting; not a meeting,
    which the same people may hold on two days)."""
    lexicon = rules.events
    return bool(
        claim.get("incident")
        and claim.get("lede")
        and not claim["headline"]
        and (claim["event_type"] in lexicon.once or claim["event_type"] in lexicon.counted)
        and claim["time_granularity"] == "day"
    )


def _headline_over_lede(mine: dict, sibling: dict, siblings: list[dict], value: str) -> bool:
    """One of the two is the article's headline and the other the one `value` (a count, a date)
    its lede gives, both telling the incident: a lede that gives several ("12 killed in Bener
    Meriah", "10 in Central Aceh") tells parts of the headline's toll. One more victim told beside
    the others ("another man ... was wounded") is no rival value, nor a count of another thing
    ("whether more than one person was shooting" beside "wounded 18 others")."""
    told = all(c.get("incident") and c.get("lede") and not _one_more(c) for c in (mine, sibling))
    in_lede = {
        c[value]
        for c in (mine, *siblings)
        if c.get("lede")
        and not c["headline"]
        and c[value] is not None
        and not _one_more(c)
        and (value != "quantity_value" or c["quantity_unit"] == mine["quantity_unit"])
    }
    return told and bool(mine["headline"]) != bool(sibling["headline"]) and len(in_lede) == 1


def _one_more(claim: dict) -> bool:
    return (claim.get("quantity_text") or "").casefold() == ONE_MORE


def _one_per_outlier(groups: dict[tuple, _Conflict], claims, by_event, rules, outliers: dict) -> dict[tuple, _Conflict]:
    """The conflicts, those of one outlier's value with the articles that agree among themselves
    made one: it is one disagreement, however many articles it disagrees with. So are those of
    one value of an article with the values of one other article that gives several ("8 dead"
    against a headline's 12 and a body's "at least nine")."""
    merged: dict[tuple, _Conflict] = {}
    one_side: dict[tuple, tuple] = {}  # (event, check, document, its value, other document) -> key
    for key, conflict in groups.items():
        event, check_id = key[:2]
        kind = _KIND[check_id[:3]]
        first, second, _ = conflict.pairs[0]
        outlier = _outlier_of(check_id, event, first["event_type"], claims, by_event, rules, outliers)
        sides = [c for c in (first, second) if outlier and c["doc"] == outlier[0]]
        if sides:
            key = (event, check_id, "outlier", _value_of(kind, sides[0]))
        else:
            held = [
                (event, check_id, mine["doc"], _value_of(kind, mine), theirs["doc"])
                for mine, theirs in ((first, second), (second, first))
            ]
            key = next((one_side[side] for side in held if side in one_side), key)
            one_side.update({side: key for side in held if side not in one_side})
        if key in merged:
            merged[key].pairs.extend(conflict.pairs)
            merged[key].supporters.update(conflict.supporters)
        else:
            merged[key] = conflict
    return merged


def _outlier_of(
    check_id: str, event: str, event_type: str, claims, by_event, rules, outliers: dict
) -> tuple[str, int] | None:
    """The event's outlier document for the check's kind of value among the claims of the
    conflict's type, for the checks that name one."""
    if check_id not in ("FC101", "FC201", "FC301") or event not in by_event:
        return None
    key = (_KIND[check_id[:3]], event, event_type)
    if key not in outliers:
        outliers[key] = _outlier(*key, claims, by_event, rules)
    return outliers[key]


def _finding(check_id, event, conflict: _Conflict, claims, by_event, rules, outliers: dict) -> Finding:
    check = CHECKS[check_id]
    kind = _KIND[check_id[:3]]
    describe = _describer(kind, rules)
    label = _event_label(
        [claims[i] for i in by_event[event]] if event in by_event else list(conflict.supporters.values())
    )
    outlier = _outlier_of(check_id, event, conflict.pairs[0][0]["event_type"], claims, by_event, rules, outliers)
    a, b, why = min(conflict.pairs, key=lambda pair: _witness_rank(pair, outlier[0] if outlier else None))
    explanation = why.text
    message = (
        f"{label}: {a['doc']} says {describe(a)}{_modality_note(a)}, "
        f"{b['doc']} says {describe(b)}{_modality_note(b)}; {explanation}."
    )
    if outlier:
        witness = b if a["doc"] == outlier[0] else a
        message += f" {outlier[0]} is the outlier: {outlier[1]} other articles agree on {describe(witness)}."
    return Finding(
        rule=check.id,
        name=check.name,
        severity=rules.severity(check.id),
        message=message,
        event=event,
        story=a.get("story"),
        event_label=label,
        evidence=(_evidence(a, kind, describe), _evidence(b, kind, describe)),
        outlier=outlier[0] if outlier else None,
        details={
            **({"relation": {"kind": why.relation, "explanation": explanation}} if why.relation else {}),
            "supporting": [
                _evidence(claim, kind, describe).to_dict()
                for claim in sorted(conflict.supporters.values(), key=lambda c: c["claim_id"])
                if claim is not a and claim is not b
            ],
        },
    )


def _witness_rank(pair: tuple[dict, dict, _Why], outlier: str | None) -> tuple:
    """Which of a conflict's pairs shows it best, as each side's evidence: two articles before
    one at odds with itself, statements of the article's text before its headline (a headline's
    shorthand is the article's claim restated), then two statements with one verb, then those
    that stand first in their articles, the articles that agree with an outlier before the
    outlier's own order."""
    a, b, _ = pair
    own, other = (b, a) if outlier and b["doc"] == outlier else (a, b)
    return (
        a["doc"] == b["doc"],
        bool(a.get("headline")) + bool(b.get("headline")),
        a["event_type"] != b["event_type"],
        other["line"],
        own["line"],
        other["claim_id"],
        own["claim_id"],
    )


def _describer(kind: str, rules: Rules) -> Callable[[dict], str]:
    if kind == "time":
        return describe_time
    if kind == "place":
        return lambda claim: describe_place(claim, rules.gazetteer)
    return describe_quantity


def _modality_note(claim: dict) -> str:
    return "" if claim["modality"] == "reported" else f" ({claim['modality']})"


def _event_label(members: list[dict]) -> str:
    types = sorted({c["event_type"] for c in members})
    counts: dict[str, int] = defaultdict(int)
    settings: set[str] = set()
    for claim in members:
        for name, kind in zip(claim["participants"], claim["participant_kinds"]):
            if kind != "NOMINAL":
                counts[name] += 1
            if kind in SETTING_KINDS:
                settings.add(name)
    names = sorted(counts, key=lambda n: (n in settings, -counts[n], n))[:3]
    return f"{'/'.join(types)} ({', '.join(names)})" if names else "/".join(types)


def _outlier(kind, event, event_type, claims, by_event, rules) -> tuple[str, int] | None:
    """Where three or more documents state a value of the type's kind of event (a shooting's
    killings, not its woundings), the one document that disagrees with all others while they
    agree among themselves, and how many they are."""
    stated = {}
    for i in by_event[event]:
        claim = claims[i]
        if (
            claim["modality"] == "reported"
            and _value_of(kind, claim) is not None
            and rules.events.are_compatible(claim["event_type"], event_type)
        ):
            stated.setdefault(claim["doc"], claim)
    if len(stated) < 3:
        return None
    agree = _agreement(kind, rules)
    docs = list(stated)
    disagreeing = [(x, y) for n, x in enumerate(docs) for y in docs[n + 1 :] if not agree(stated[x], stated[y])]
    if len(disagreeing) != len(docs) - 1:
        return None
    common = set(disagreeing[0]).intersection(*map(set, disagreeing))
    if len(common) != 1:
        return None
    [doc] = common
    return doc, len(stated) - 1


def _value_of(kind: str, claim: dict):
    return {"time": claim["time_begin"], "place": claim["place_key"], "quantity": claim["quantity_value"]}[kind]


def _agreement(kind: str, rules: Rules) -> Callable[[dict, dict], bool]:
    if kind == "time":
        return lambda x, y: dates_overlap(x, y) is not False
    if kind == "place":
        return lambda x, y: (
            (r := place_relation(x, y, rules.gazetteer)) is None or r.kind in ("same", "inside", "contains")
        )
    return lambda x, y: quantities_compatible(x, y) is not False


def _evidence(claim: dict, kind: str, describe) -> Evidence:
    start, end, text = claim[f"{kind}_start"], claim[f"{kind}_end"], claim[f"{kind}_text"]
    line, column = _line_col(claim, start)
    return Evidence(
        doc=claim["doc"],
        line=line,
        column=column,
        text=text,
        sentence=claim["sentence"],
        start=start,
        end=end,
        value=describe(claim),
        claim=claim["claim_id"],
        modality=claim["modality"],
    )


def _line_col(claim: dict, offset: int) -> tuple[int, int]:
    """Line and column of an offset inside the claim's sentence."""
    before = claim["sentence"][: offset - claim["sentence_start"]]
    newlines = before.count("\n")
    if newlines:
        return claim["sentence_line"] + newlines, len(before) - before.rfind("\n")
    return claim["sentence_line"], claim["sentence_column"] + len(before)
