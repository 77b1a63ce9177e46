"""The reconcile stage: claims that refer to the same real-world event are grouped into events.

Within a story (the articles of one incident), the claims that tell the incident in the ledes
of dated articles align without a shared name: "two men were found shot dead" and "both victims
died" are one killing. Any other two claims from different documents align when their event
types are compatible, they share specific participants (weighted: a person, organisation or
named thing counts fully, a country or a common noun little), and they do not name different
agents or patients; their dates must be able to overlap, since a story has several arrests,
charges and statements on different days, unless the lexicon says the event happens once to
what it names (a launch, a death). Candidate pairs come from blocking indexes, never from
comparing all pairs.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import pandas as pd

from factcheck.claims_table import SETTING_KINDS, VICTIM_SOURCE
from factcheck.reconcile.entities import canonical_ids
from factcheck.reconcile.retold import retold_pairs
from factcheck.rules import Rules
from factcheck.rules.gazetteer import StreetShapes, street_block
from factcheck.rules.lexicon import EventLexicon
from factcheck.temporal.calendar import (
    Fields,
    apart_whatever_the_year,
    clock_time_alone,
    minute_of_day,
    minutes_apart,
    named_day,
    on_that_day,
    with_its_weekday,
)
from factcheck.text import normalise_name

Pair = tuple[int, int, float, list[str]]  # left row, right row, score, shared participants
ALIGN_SCORE = 1.0  # shared participant weight needed to align
NAMED_WEIGHT = 1.0  # a person, organisation or named thing: one must be shared to align
BLOCKING_WEIGHT = 0.5  # participants at least this specific are blocking keys
NOMINAL_PHRASE_WEIGHT = 0.5
MAX_BLOCK = 400  # a blocking key shared by more claims than this does not discriminate
STORY_SCORE = 0.5  # the score of a pair aligned by its story, not its own participants
CORROBORATING_KINDS = 2  # kinds of specific value an undated page's lede must share with its story's
PERSON_KIND = "person"  # a person an undated page's lede names, one kind of value it shares with its story
CLOCK_AGREES_MINUTES = 30  # two clock times of one incident this close agree: outlets round them
_ROLES = ("agent", "patient")  # the roles whose participants tell two events apart


@dataclass(frozen=True)
class Alignment:
    """Claims with their `entities` and `event` columns, and the aligned pairs behind the events."""

    claims: pd.DataFrame
    # left, right (row positions in claims), score, shared (list of ids), retold, same_agent
    pairs: pd.DataFrame


def participant_weight(kind: str, key: str, role: str = "other") -> float:
    """How much sharing this participant says about two claims being one event: a place, or a
    name that says whose the place is ("in a UN school"), says little."""
    if kind == "NOMINAL":
        return NOMINAL_PHRASE_WEIGHT if " " in key else 0.15
    if kind in SETTING_KINDS or role == "site":
        return 0.25
    if kind == "PROPN" and " " not in key and not any(ch.isdigit() for ch in key):
        # A lone capitalised word the NER did not take as a name ("Typhoon" of "Typhoon Havbo")
        # is as likely a fragment or a title as a name; "Chang'e-6" keeps its weight.
        return NOMINAL_PHRASE_WEIGHT
    return NAMED_WEIGHT


def reconcile(claims: pd.DataFrame, rules: Rules, related: frozenset[tuple[str, str]] | None = None) -> Alignment:
    """The claims aligned into events. `related` holds the pairs of documents (names in order)
    whose claims may align by their story alone; None lets any two of a story."""
    claims = claims.reset_index(drop=True)
    participants = claims["participants"].tolist()
    ids = canonical_ids([name for names in participants for name in names], rules)
    weigh = _Weigher(ids)
    types = claims["event_type"].tolist()
    entities = [
        weigh(names, kinds, roles).of_victims(event_type in rules.events.counted, counted)
        for names, kinds, roles, event_type, counted in zip(
            participants,
            claims["participant_kinds"],
            claims["participant_roles"],
            types,
            claims["quantity_value"].notna().tolist(),
        )
    ]
    families = _families(rules, set(types))
    family = [families.get(t, t) for t in types]
    docs = claims["doc"].tolist()
    stories = _story_column(claims)
    incident = claims["incident"].fillna(False).tolist() if "incident" in claims.columns else [False] * len(claims)
    own_incident = [story if told else None for story, told in zip(stories, incident)]
    retold = {
        (a, b)
        for a, b in retold_pairs(claims, stories, family, rules.stories)
        if rules.events.are_compatible(types[a], types[b])
        and not _role_clash(entities[a], entities[b])
        and not _named_apart(entities[a], entities[b])
    }
    by_story = _may_align_by_story(claims["sentence"].tolist(), rules.events)
    marks = _marks(claims, rules.gazetteer.streets)
    dated = _dated(claims, stories, marks, rules)
    pairs = _incident_pairs(claims, stories, dated, types, entities, rules, related)
    echoed = _echo_pairs(claims, stories, dated, marks, types, entities, rules, related)
    pairs += echoed
    # A sentence retold in other words, or one that gives the incident its clock time or street,
    # is one event whatever its dates say.
    one_whatever_the_day = retold | {(a, b) for a, b, *_ in echoed}
    taken = {(a, b) for a, b, *_ in pairs}
    pairs += [
        pair
        for pair in _aligned_pairs(docs, types, entities, family, rules, own_incident)
        if (pair[0], pair[1]) not in taken
    ]
    other_day = _OtherDay(stories, types, entities, dated, claims, rules)
    # A sentence that tells another occurrence ("in a separate attack") is not the incident
    # another article tells.
    pairs = [
        (a, b, *rest)
        for a, b, *rest in pairs
        if (a, b) in one_whatever_the_day
        or not (other_day(a, b) or (incident[a] and not by_story[b]) or (incident[b] and not by_story[a]))
    ]
    taken = {(a, b) for a, b, *_ in pairs}
    pairs += [(a, b, STORY_SCORE, _shared(entities[a], entities[b])) for a, b in sorted(retold - taken)]
    taken |= retold
    attending = _attending_pairs(docs, stories, types, entities, dated, incident, rules, related)
    timely = [told and not had for told, had in zip(by_story, _in_the_past_perfect(claims, rules.events.attends))]
    attending += _response_pairs(docs, stories, types, dated, timely, _headline(claims), rules, related)
    attending += _victim_age_pairs(claims, stories, dated, rules, related)
    pairs += [pair for pair in attending if pair[:2] not in taken]
    taken |= {(a, b) for a, b, *_ in attending}
    pairs += _same_day_pairs(docs, types, entities, family, claims, rules, stories, taken, related, by_story)
    events = _events(len(claims), pairs, claims["claim_id"].tolist())
    claims = claims.assign(
        entities=[sorted(e) for e in entities],
        event=events,
    )
    frame = pd.DataFrame(pairs, columns=["left", "right", "score", "shared"])
    frame["retold"] = [(a, b) in retold for a, b in zip(frame["left"], frame["right"])]
    frame["same_agent"] = [_same_agent(entities[a], entities[b]) for a, b in zip(frame["left"], frame["right"])]
    return Alignment(claims, frame)


def _shared(left: dict, right: dict) -> list[str]:
    return sorted(left.keys() & right.keys())


class _Weigher:
    """A claim's participants as canonical id -> (weight, role)."""

    def __init__(self, ids: dict[str, str]):
        self.ids = ids
        self.weights: dict[tuple[str, str, str], float] = {}

    def __call__(self, names, kinds, roles) -> _Participants:
        entities = _Participants()
        for name, kind, role in zip(names, kinds, roles):
            key = self.ids[name]
            if not key:
                continue
            weight = self.weights.get((kind, key, role))
            if weight is None:
                weight = self.weights[kind, key, role] = participant_weight(kind, key, role)
            if key not in entities or weight > entities[key][0]:
                entities[key] = (weight, role)
        return entities.settle()


class _Participants(dict[str, tuple[float, str]]):
    """A claim's participants, canonical id -> (weight, role), and what the role checks ask of
    them, read once per claim (`settle`), not once per pair it is in: a claim is in dozens."""

    victims = False  # the event befalls people, its patients
    counted = False  # the claim counts them

    def settle(self) -> _Participants:
        """Read, once all participants are in: the specific ones (a person, an organisation, a
        named thing) and those in each role; those described by a noun phrase in each role
        ("the presidential election"); and the patients with their last words ("iPhone 15" and
        "the iPhone" share "iphone")."""
        self.named: set[str] = set()
        self.specific: dict[str, set[str]] = {role: set() for role in _ROLES}
        self.described: dict[str, list[str]] = {role: [] for role in _ROLES}
        self.patients: set[str] = set()
        for key, (weight, role) in self.items():
            if weight >= NAMED_WEIGHT:
                self.named.add(key)
                if role in self.specific:
                    self.specific[role].add(key)
            elif weight == NOMINAL_PHRASE_WEIGHT and role in self.described:
                self.described[role].append(key)
            if role == "patient":
                self.patients.add(key)
        self.patient_heads = {key.split()[-1] for key in self.patients}
        return self

    def of_victims(self, victims: bool, counted: bool) -> _Participants:
        """Whether the event befalls people (a killing, an injury) and whether the claim counts them."""
        self.victims, self.counted = victims, counted
        return self


def _families(rules: Rules, types: set[str]) -> dict[str, str]:
    """Event types joined by compatibility share a family name (the smallest type in it)."""
    family = {t: t for t in types | set(rules.events.types)}
    for left, others in rules.events.compatible.items():
        for right in others:
            a, b = sorted((family[left], family[right]))
            for t, f in family.items():
                if f == b:
                    family[t] = a
    return family


def _aligned_pairs(docs, types, entities, family, rules, own_incident: list) -> list[Pair]:
    """Claims that share specific participants, unless each tells the incident of its own story
    and the stories differ (`own_incident` holds the story of a claim that tells its story's
    incident, else None): the story stage has said those are two incidents, and a shared name
    does not overrule it (AMD's purchase of ATI and its purchase of SeaMicro)."""
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for row, (fam, ents) in enumerate(zip(family, entities)):
        for key, (weight, _) in ents.items():
            if weight >= BLOCKING_WEIGHT:
                blocks[fam, key].append(row)
    pairs = []
    for a, b in _candidate_pairs(blocks.values(), docs):
        left, right = entities[a], entities[b]
        shared = left.keys() & right.keys()
        weights = [min(left[k][0], right[k][0]) for k in shared]
        # Common descriptions alone ("emergency crews joined the rescue effort") are not one event.
        named = any(weight >= NAMED_WEIGHT for weight in weights)
        two_incidents = own_incident[a] is not None and own_incident[b] not in (None, own_incident[a])
        if (
            named
            and not two_incidents
            and sum(weights) >= ALIGN_SCORE
            and rules.events.are_compatible(types[a], types[b])
            and not _role_clash(left, right)
        ):
            pairs.append((a, b, round(sum(weights), 3), sorted(shared)))
    return pairs


def _story_column(claims: pd.DataFrame) -> list:
    """Each claim's story, or its own document when no story stage ran."""
    column = "story" if "story" in claims.columns else "doc"
    return claims[column].tolist()


def _incident_pairs(claims: pd.DataFrame, stories: list, dated: list, types, entities, rules, related) -> list[Pair]:
    """Claims that tell their story's incident in their articles' ledes, paired across the
    story's documents unless their types are incompatible or they name different agents or
    patients. Further down, an article tells the aftermath and the background as much as the
    incident, so there a claim needs the evidence any other pair needs; so does a claim of an
    article its story cannot date (see `_dated`)."""
    if "incident" not in claims.columns:
        return []
    told: dict[str, list[int]] = defaultdict(list)
    for row, (story, headline) in enumerate(zip(stories, _headline(claims))):
        if headline and dated[row]:
            told[story].append(row)
    docs = claims["doc"].tolist()
    pairs = []
    for a, b in _candidate_pairs(told.values(), docs):
        left, right = entities[a], entities[b]
        if (
            _related(docs[a], docs[b], related)
            and _tell_one_event(types[a], types[b], rules.events)
            and not _role_clash(left, right)
            and not _named_apart(left, right)
        ):
            pairs.append((a, b, STORY_SCORE, _shared(left, right)))
    return pairs


def _echo_pairs(
    claims: pd.DataFrame, stories: list, dated: list, marks: list, types, entities, rules, related
) -> list[Pair]:
    """A claim of the story's incident further down a dated article ("died at the scene in the
    Ancoats area at around 6.30pm on Wednesday") and one by which another article's lede tells
    the incident, when the two give it one clock time (`CLOCK_AGREES_MINUTES` either way) or one
    street: that mark is the incident's, whatever else the two say of it."""
    if "incident" not in claims.columns:
        return []
    headline, lede = _headline(claims), claims["lede"].fillna(False).tolist()
    told = claims["incident"].fillna(False).tolist()
    docs = claims["doc"].tolist()
    blocks: dict[str, list[int]] = defaultdict(list)
    for row, story in enumerate(stories):
        if dated[row] and told[row] and (headline[row] or not lede[row]) and marks[row]:
            blocks[story].append(row)
    return [
        (a, b, STORY_SCORE, _shared(entities[a], entities[b]))
        for a, b in _candidate_pairs(blocks.values(), docs)
        if headline[a] != headline[b]
        and _related(docs[a], docs[b], related)
        and _one_mark(marks[a], marks[b])
        and _tell_one_event(types[a], types[b], rules.events)
        and not _role_clash(entities[a], entities[b])
        and not _named_apart(entities[a], entities[b])
    ]


def _marks(claims: pd.DataFrame, streets: StreetShapes) -> list[set[tuple]]:
    """Each claim's clock time (its minute of the day) and streets, where it gives them: its
    street's name ("mcdowell" of "McDowell Road"), and the other's where its sentence names it at a
    crossing ("44th Street and McDowell Road")."""
    names = ("place_key", "place_within", "place_start", "place_end", "sentence", "sentence_start")
    columns = (
        claims[name].astype(object).where(claims[name].notna(), None).tolist()
        for name in (*names, "time_text", "time_value", "time_granularity")
    )
    found = []
    for street, within, start, end, sentence, offset, text, value, granularity in zip(*columns):
        marks = set()
        if street and within is not None:
            corner = streets.corner(sentence, start - offset, end - offset) if sentence and start is not None else None
            marks = {("street", name) for name in (corner[2] if corner else {streets.name_of(street)})}
        if (minute := minute_of_day(text, value, granularity)) is not None:
            marks.add(("clock", minute))
        found.append(marks)
    return found


def _one_mark(left: set[tuple], right: set[tuple]) -> bool:
    """The two share a street, or give clock times `CLOCK_AGREES_MINUTES` apart or less."""
    return any(kind == other_kind and _agree(kind, value, other) for kind, value in left for other_kind, other in right)


def _agree(kind: str, value, other) -> bool:
    """Two values of one kind agree: equal, clock times `CLOCK_AGREES_MINUTES` apart or less, or
    days of the month next to each other (a night's incident is dated by either day)."""
    if kind == "clock":
        return abs(minutes_apart(value, other)) <= CLOCK_AGREES_MINUTES
    if kind == "day":
        return not apart_whatever_the_year(Fields(*value), Fields(*other))
    return value == other


def _tell_one_event(left: str, right: str, lexicon: EventLexicon) -> bool:
    """Two claims of a story's incident, of these types, tell one event: their types are
    compatible, or one is a death and the other what befell its victims ("died at the hospital"
    and "were shot ... shortly after 7 p.m. Saturday"), which compare holds to come no later."""
    return lexicon.are_compatible(left, right) or lexicon.is_death_by(left, right) or lexicon.is_death_by(right, left)


def _dated(claims: pd.DataFrame, stories: list, marks: list[set[tuple]], rules: Rules) -> list[bool]:
    """Whether each claim's article is dated: by its publication date, or by its story when its
    lede puts the story's incident, or the response to it, on the one day the story's dated
    articles give the incident ("a home exploded Monday afternoon" in a story whose dated articles
    date the explosion Monday 15 July; a day told by a clock time alone is its page's, not the
    incident's), or on a calendar day (with its weekday, where told) no more than `news_apart_days`
    before one of the story's dated articles appeared ("Two people died in a plane crash on
    Thursday, April 18th" beside an article of 19 April 2019), or at a numbered block or address
    of a street that a dated article's lede gives it ("the 6000 block of South Park Avenue"): one
    incident, whatever day the page gives it.
    Otherwise an undated page that gives no day, or another one, may report an earlier incident of
    one kind in one place (two Paris jewellery heists, two quakes on one island)."""
    publication = claims["published"].tolist()
    published = claims["published"].notna().tolist()
    headline = _headline(claims)
    tells = _tells_incident_or_response(claims, rules.events.attends)
    docs = claims["doc"].tolist()
    values, begins, granularities, texts = (
        claims[name].fillna("").tolist() for name in ("time_value", "time_begin", "time_granularity", "time_text")
    )
    days: dict[str, set[dt.date]] = defaultdict(set)
    appeared: dict[str, set[dt.date]] = defaultdict(set)
    told: dict[str, list[tuple[str, Fields]]] = defaultdict(list)
    scenes: dict[str, set[tuple]] = defaultdict(set)
    at: dict[str, set[tuple]] = defaultdict(set)
    for row, (story, scene) in enumerate(zip(stories, _numbered_scenes(claims, tells))):
        if scene is not None:
            (scenes[story] if published[row] else at[docs[row]]).add((story, *scene))
        if published[row]:
            appeared[story].add(dt.date.fromisoformat(str(publication[row])[:10]))
            # A clock time told alone is on the page's day, not always the incident's.
            if headline[row] and (day := named_day(values[row])) and not clock_time_alone(texts[row]):
                days[story].add(day)
            continue
        if not tells[row]:
            continue
        fields = with_its_weekday(Fields.of(values[row], begins[row], granularities[row]), texts[row])
        if fields.weekday or fields.day:
            told[docs[row]].append((story, fields))
    one_day = {story: dates.pop() for story, dates in days.items() if len(dates) == 1}
    window = rules.stories.news_apart_days
    by_story = set()
    for doc, fields in told.items():
        # A date with its weekday that fits the year is the page's own word; a bare one yields to the story's day.
        day = {
            story: _calendar_day(fields, appeared.get(story, set()), window, with_weekday=True)
            or one_day.get(story)
            or _calendar_day(fields, appeared.get(story, set()), window)
            for story, _ in fields
        }
        if all(day[story] and on_that_day(f, day[story]) for story, f in fields):
            by_story.add(doc)
    by_story |= _one_day_among_undated(told, appeared)
    corroborated, disputed = _corroborated(claims, stories, tells, marks, rules.events)
    by_story |= corroborated
    by_story |= {
        doc
        for doc, places in at.items()
        if doc not in disputed
        and any(_one_scene(place, scene, rules.gazetteer.places) for place in places for scene in scenes[place[0]])
    }
    return [known or doc in by_story for known, doc in zip(published, docs)]


def _one_day_among_undated(told: dict[str, list[tuple[str, Fields]]], appeared: dict[str, set]) -> set[str]:
    """The undated pages of each story no article of which is dated, when at least two of them
    date its incident in their ledes, each by one same day of one month ("on Saturday, May 18",
    "on May 18"): one incident. Not by a weekday alone: two raids on one square, a year apart,
    may both have been on a Monday."""
    by_story: dict[str, dict[str, set[tuple]]] = defaultdict(lambda: defaultdict(set))
    for doc, fields in told.items():
        for story, field in fields:
            by_story[story][doc].add((field.month, field.day, field.weekday))
    agreed = set()
    for story, days in by_story.items():
        told_days = set().union(*days.values())
        dates = {(month, day) for month, day, _ in told_days}
        weekdays = {weekday for *_, weekday in told_days if weekday}
        one_date = len(dates) == 1 and None not in next(iter(dates)) and len(weekdays) <= 1
        if one_date and len(days) > 1 and not appeared.get(story):
            agreed |= set(days)
    return agreed


def _corroborated(
    claims: pd.DataFrame, stories: list, tells: list[bool], marks: list[set[tuple]], lexicon: EventLexicon
) -> tuple[set[str], set[str]]:
    """The undated pages whose ledes give their story's incident at least `CORROBORATING_KINDS`
    kinds of specific value that a dated article's lede gives it too, or, in a story none of whose
    articles is dated, another page's: its street, its clock time (`CLOCK_AGREES_MINUTES` either
    way), its victim's age, each count of two or more ("the 7300 block of Burrwood Drive ... around
    10:12 a.m." and "the 7300 block of Burrwood Drive about 10 a.m."; "two people are dead" and
    "three people shot"), its day of the month, a person it befell by full name, and that person's
    age ("Ruben Garcia, 34, was shot"). Retellings of one incident share them; an earlier
    incident of one kind in one place seldom shares two, and it shares fewer than those on which
    it agrees with none of the dated ledes: two shootings in the 2800 block of Elm Street, two dead
    each, "around 2 a.m. on May 13" against "around 1:20 a.m. March 15". Second, the undated pages
    at odds with the dated ledes on `CORROBORATING_KINDS` kinds or more: not their incident,
    whatever block of its street they name."""
    docs, published = claims["doc"].tolist(), claims["published"].notna().tolist()
    told: dict[str, list[tuple]] = defaultdict(list)
    members: dict[str, dict[str, bool]] = defaultdict(dict)
    for row, values in enumerate(_told_values(claims, tells, marks, lexicon)):
        told[docs[row]] += values
        members[stories[row]][docs[row]] = published[row]
    found, disputed = set(), set()
    for dated_of in members.values():
        dated = [doc for doc, known in dated_of.items() if known]
        for doc, known in dated_of.items():
            if known:
                continue
            others = [told[other] for other in dated or dated_of if other != doc]
            shared = [_kinds_shared(told[doc], values, lexicon) for values in others]
            at_odds = len(_kinds_given(told[doc], others, lexicon) - set().union(*shared))
            if any(len(kinds) >= CORROBORATING_KINDS and len(kinds) > at_odds for kinds in shared):
                found.add(doc)
            if at_odds >= CORROBORATING_KINDS:
                disputed.add(doc)
    return found, disputed


def _told_values(
    claims: pd.DataFrame, tells: list[bool], marks: list[set[tuple]], lexicon: EventLexicon
) -> Iterator[list[tuple]]:
    """For each claim of an article's lede, the specific values (kind, value, event type) it gives:
    a street or a clock time whatever it tells (the call that "came in around 3:27 p.m."), the
    victim's age, the people it befell by full name and their ages, and a count and a day of the
    month of what `tells` the story's incident; none for any other claim."""
    lede = claims["lede"].fillna(False).tolist() if "lede" in claims.columns else [False] * len(claims)
    columns = (
        claims[name].astype(object).where(claims[name].notna(), None).tolist()
        for name in ("event_type", "event_source", "quantity_value", "quantity_unit")
    )
    days = (
        _day_told(*fields)
        for fields in zip(
            *(
                claims[name].fillna("").tolist()
                for name in ("time_value", "time_begin", "time_granularity", "time_text")
            )
        )
    )
    people = zip(*(claims[name].tolist() for name in ("participants", "participant_kinds", "participant_roles")))
    for row, (own, (kind, source, count, unit), day, named) in enumerate(zip(marks, zip(*columns), days, people)):
        values = [(mark, value, kind) for mark, value in own] if lede[row] else []
        if tells[row] and day is not None:
            values.append(("day", day, kind))
        persons = _persons_befallen(*named) if lede[row] else []
        values += [(PERSON_KIND, person, kind) for person in persons]
        if lede[row] and source == VICTIM_SOURCE and count is not None:
            values.append(("age", count, kind))
        elif count is not None and kind in lexicon.as_of_publication:
            values += [(f"age of {person}", count, kind) for person in persons]
        elif tells[row] and count is not None and count >= 2 and kind in lexicon.counted:
            # "two dead" and "three shot" are two values: each count is a kind of its own.
            values.append((f"count of {unit}" + (" dead" if kind in lexicon.ages_its_victim else ""), count, kind))
        yield values


def _persons_befallen(names: list[str], kinds: list[str], roles: list[str]) -> list[str]:
    """The full names of the people a claim says something befell or are ("Ruben Garcia, 34, was
    shot"), as comparison keys."""
    return [
        normalise_name(name)
        for name, kind, role in zip(names, kinds, roles)
        if kind == "PERSON" and role == "patient" and " " in name.strip()
    ]


def _day_told(value: str, begin: str, granularity: str, text: str) -> tuple[int, int] | None:
    """The day of the month (month, day) a claim's date names: its day's, or its clock time's
    where its words name the day ("around 2 a.m. on May 13"); a clock time alone is on whatever
    day the article told last."""
    if granularity in ("hour", "minute") and not clock_time_alone(text):
        value, granularity = value.split("T")[0], "day"
    fields = Fields.of(value, begin, granularity)
    return (fields.month, fields.day) if fields.month and fields.day else None


def _kinds_shared(mine: list[tuple], theirs: list[tuple], lexicon: EventLexicon) -> set[str]:
    """The kinds of value two pages' ledes agree on (a count only of compatible events)."""
    return {
        kind
        for kind, value, event_type in mine
        for other_kind, other, other_type in theirs
        if _comparable(kind, event_type, other_kind, other_type, lexicon) and _agree(kind, value, other)
    }


def _kinds_given(mine: list[tuple], theirs: list[list[tuple]], lexicon: EventLexicon) -> set[str]:
    """The kinds of value a page's lede gives that other pages' ledes give too, agreeing or not;
    not the persons it names: two ledes may name two of an incident's victims, or its victim and
    the man arrested."""
    return {
        kind
        for kind, _, event_type in mine
        if kind != PERSON_KIND
        for values in theirs
        for other_kind, _, other_type in values
        if _comparable(kind, event_type, other_kind, other_type, lexicon)
    }


def _comparable(kind: str, event_type: str, other_kind: str, other_type: str, lexicon: EventLexicon) -> bool:
    """Two values of one kind, a count only of compatible events."""
    return kind == other_kind and (not kind.startswith("count") or lexicon.are_compatible(event_type, other_type))


def _calendar_day(
    told: list[tuple[str, Fields]], appeared: set[dt.date], window: int, with_weekday: bool = False
) -> dt.date | None:
    """The day a date told with its month ("April 18th") names, in the year that puts it no
    more than `window` days before one of these publication dates (and on the weekday told
    beside it, which `with_weekday` requires); None if none does."""
    for _, fields in told:
        if with_weekday and not fields.weekday:
            continue
        for published in sorted(appeared):
            for year in (published.year, published.year - 1):
                day = _in_year(fields, year)
                if day is not None and 0 <= (published - day).days <= window and on_that_day(fields, day):
                    return day
    return None


def _in_year(fields: Fields, year: int) -> dt.date | None:
    if not (fields.month and fields.day):
        return None
    try:
        return dt.date(year, fields.month, fields.day)
    except ValueError:  # "February 29" of a year without it
        return None


def _one_scene(one: tuple, other: tuple, known) -> bool:
    """Two (story, street, town, block) scenes are one: the same block of the same street, in
    one town, or where one town is unknown to the gazetteer ("the 3300 block of Kip Street in the
    Kensington section" and "in Philadelphia")."""
    (story, street, town, block), (other_story, other_street, other_town, other_block) = one, other
    towns_apart = town != other_town and town in known and other_town in known
    return (story, street, block) == (other_story, other_street, other_block) and not towns_apart


def _tells_incident_or_response(claims: pd.DataFrame, attends: set[str]) -> list[bool]:
    """Whether each claim tells its story's incident in its article's lede, or the response to it
    ("officers responded to a residence in the 500 block of Rillito St. a little after 7 Sunday
    night"): either puts the incident at its place and on its day."""
    lede = claims["lede"].fillna(False).tolist() if "lede" in claims.columns else [False] * len(claims)
    return [
        in_lede and (told or kind in attends)
        for in_lede, told, kind in zip(lede, _headline(claims), claims["event_type"].tolist())
    ]


def _numbered_scenes(claims: pd.DataFrame, tells: list[bool]) -> list[tuple | None]:
    """The street, town and block of each claim that `tells` where its story's incident happened
    at a street with a number ("the 6000 block of South Park Avenue", "5515 S. Forgeus Ave."); None
    for any other claim."""
    columns = (claims[name].fillna("").tolist() for name in ("place_text", "place_key", "place_within"))
    return [
        (key, within, block) if where and within and (block := street_block(text)) is not None else None
        for where, text, key, within in zip(tells, *columns)
    ]


def _attending_pairs(docs, stories, types, entities, dated, incident, rules, related) -> list[Pair]:
    """Claims of coming to the incident ("crews responded to a house in the 800 block of West
    20th Street") in one story's dated articles: one response, whatever minute each gives it.
    Only of dated articles (see `_dated`) that tell the story's incident: an undated page, or
    one that tells a series of incidents in one place, may tell the response to another. Whoever
    each names ("crews were dispatched", "emergency services were called", "police responded")
    came to that incident: many come, and each outlet names some."""
    rows: dict[str, list[int]] = defaultdict(list)
    telling = {doc for doc, told in zip(docs, incident) if told}
    for row, (story, event_type, doc) in enumerate(zip(stories, types, docs)):
        if event_type in rules.events.attends and dated[row] and doc in telling:
            rows[story].append(row)
    return [
        (a, b, STORY_SCORE, _shared(entities[a], entities[b]))
        for a, b in _candidate_pairs(rows.values(), docs)
        if _related(docs[a], docs[b], related)
    ]


def _response_pairs(docs, stories, types, dated, timely, incident_in_lede, rules, related) -> list[Pair]:
    """A response in one article ("firefighters responded at 11:33 p.m. Tuesday") and the
    incident another article's lede tells ("the fire happened around 11:30 Monday"), of one
    story's dated articles that tell its incident: responders come when it happens, and compare
    holds the two to that. Not a response `timely` says is of another time ("officers had been
    called to the home twice before", "in a separate call"). Compare holds their places to one
    another only for an incident answered at its scene (a fire) or at two addresses of one street:
    otherwise one outlet names where responders were sent, another where the victim was found."""
    attends = rules.events.attends
    telling = {doc for doc, told in zip(docs, incident_in_lede) if told}
    rows: dict[str, list[int]] = defaultdict(list)
    for row, (story, event_type, doc) in enumerate(zip(stories, types, docs)):
        responds = event_type in attends and timely[row]
        if dated[row] and doc in telling and (responds or incident_in_lede[row]):
            rows[story].append(row)
    return [
        (a, b, STORY_SCORE, [])
        for a, b in _candidate_pairs(rows.values(), docs)
        if (types[a] in attends) != (types[b] in attends) and _related(docs[a], docs[b], related)
    ]


# "had been called", "had previously responded": told as before the time the sentence tells of.
_PAST_PERFECT = re.compile(r"\bhad\s+(?:(?:been|already|previously|twice|once|also)\s+)*\Z", re.IGNORECASE)


def _in_the_past_perfect(claims: pd.DataFrame, kinds: set[str]) -> list[bool]:
    """Whether each claim of these kinds has its verb told in the past perfect, as done before
    the time its sentence tells of ("officers had been called to the home on Monday"); False
    for claims of other kinds, which are not searched."""
    columns = (claims[name].tolist() for name in ("event_type", "sentence", "sentence_start", "trigger_start"))
    return [
        kind in kinds
        and isinstance(sentence, str)
        and pd.notna(offset)
        and pd.notna(start)
        and _PAST_PERFECT.search(sentence[: int(start) - int(offset)]) is not None
        for kind, sentence, offset, start in zip(*columns)
    ]


def _victim_age_pairs(claims: pd.DataFrame, stories: list, dated: list, rules: Rules, related) -> list[Pair]:
    """The ages one story's dated ledes give the one victim of its death, unnamed ("a 3-year-old
    child died", "a three-year-old boy died"): one person's, whatever noun each outlet describes
    the victim by, unless the two nouns tell different sexes ("a man", "a woman"). Not in a story
    that counts more than one victim of a death anywhere: each outlet may give another's age."""
    if "lede" not in claims.columns:
        return []
    docs, sources, ledes, participants = (
        claims[name].tolist() for name in ("doc", "event_source", "lede", "participants")
    )
    counted = claims["event_type"].isin(rules.events.ages_its_victim) & (claims["quantity_value"] > 1).fillna(False)
    several = {story for story, many in zip(stories, counted.tolist()) if many}
    rows: dict[str, list[int]] = defaultdict(list)
    for row, (story, source, lede) in enumerate(zip(stories, sources, ledes)):
        if source == VICTIM_SOURCE and lede and dated[row] and story not in several:
            rows[story].append(row)
    return [
        (a, b, STORY_SCORE, [])
        for a, b in _candidate_pairs(rows.values(), docs)
        if _related(docs[a], docs[b], related)
        and rules.events.may_be_one_person(participants[a][0], participants[b][0])
    ]


def _same_agent(left: _Participants, right: _Participants) -> bool:
    """Both claims name one specific participant as the one who acts ("Luck threw for 205
    yards", "Luck threw for 385 yards on Sunday")."""
    return not left.specific["agent"].isdisjoint(right.specific["agent"])


def _may_align_by_story(sentences: list, lexicon: EventLexicon) -> list[bool]:
    """Whether each claim's sentence lets it align by its story alone: not when the sentence
    tells another occurrence ("In a separate attack earlier in the day, three were killed")."""
    verdicts: dict[str, bool] = {}
    for sentence in sentences:
        text = sentence if isinstance(sentence, str) else ""
        if text not in verdicts:
            verdicts[text] = not lexicon.tells_another_occurrence(text)
    return [verdicts[sentence if isinstance(sentence, str) else ""] for sentence in sentences]


def _related(left: str, right: str, related: frozenset[tuple[str, str]] | None) -> bool:
    """The two documents are alike in their own right: a story's average similarity may join
    two articles that share nothing, and their claims are then no evidence for each other."""
    return related is None or (min(left, right), max(left, right)) in related


def _named_apart(left: _Participants, right: _Participants) -> bool:
    """Both claims name someone or something specific, and nothing they name is shared: the
    winner and the runner-up of one election, two victims of one attack."""
    return bool(left.named and right.named and left.named.isdisjoint(right.named))


def _headline(claims: pd.DataFrame) -> list[bool]:
    """Whether each claim tells its story's incident in its article's lede."""
    if "incident" not in claims.columns:
        return [False] * len(claims)
    return (claims["incident"] & claims["lede"]).fillna(False).tolist()


class _OtherDay:
    """Whether two claims are dated on days that cannot overlap, so tell two occurrences: two
    arrests, two charges. Not for the incident as two ledes of its story tell it, nor for
    events that happen once to what they name (a launch, a death): there, different days are
    rival accounts of one event."""

    def __init__(self, stories: list, types: list, entities: list, dated: list, claims: pd.DataFrame, rules: Rules):
        self.stories, self.types, self.entities, self.once = stories, types, entities, rules.events.once
        self.dated = dated
        self.begins = claims["time_begin"].fillna("").tolist()
        self.untils = claims["time_until"].fillna("").tolist()
        self.fields = [
            Fields.of(value, begin, granularity)
            for value, begin, granularity in zip(
                claims["time_value"].fillna("").tolist(), self.begins, claims["time_granularity"].fillna("").tolist()
            )
        ]
        self.headline = _headline(claims)
        self.counts = claims["quantity_value"].astype(object).where(claims["quantity_value"].notna(), None).tolist()
        self.published = claims["published"].fillna("").tolist()
        self.accumulates, self.undergoing = rules.events.accumulates, rules.events.subject_undergoes
        self.units = rules.events.counted

    def __call__(self, a: int, b: int) -> bool:
        if {self.types[a], self.types[b]} <= self.once and self._same_one(a, b):
            return False
        begins, untils = self.begins, self.untils
        told_by_ledes = self.headline[a] and self.headline[b] and self.stories[a] == self.stories[b]
        if not (begins[a] and begins[b]):
            # Without a year, nothing shows that a lede's other month is not an earlier occurrence
            # recalled ("the same island was hit by a quake in September"); its other day, on a
            # page its story dates (see `_dated`), is the incident's ("shot Thursday afternoon").
            by_day = all(fields.day or fields.weekday for fields in (self.fields[a], self.fields[b]))
            if told_by_ledes and by_day and self.dated[a] and self.dated[b] and self._one_tally(a, b):
                return False
            return apart_whatever_the_year(self.fields[a], self.fields[b])
        if told_by_ledes and self._one_tally(a, b):
            return False
        return not (begins[a] < untils[b] and begins[b] < untils[a])

    def _one_tally(self, a: int, b: int) -> bool:
        """Not an event that accumulates, or the same count of it: "two men were killed" and
        "both victims died" are one tally, "three have died" is the toll grown. Without counts
        of one thing, one tally unless one article dates it after the other appeared ("a woman
        was killed Sunday" and "a woman was fatally shot Saturday" are rival accounts; a death
        on the day after the other article is a development)."""
        if not {self.types[a], self.types[b]} & self.accumulates:
            return True
        counts = self.counts[a], self.counts[b]
        # "Two men were shot" and "one was killed" count different people.
        if None not in counts and self.units.get(self.types[a]) == self.units.get(self.types[b]):
            return counts[0] == counts[1]
        return not (self._after_published(a, b) or self._after_published(b, a))

    def _after_published(self, a: int, b: int) -> bool:
        """Claim a is dated after the day claim b's article appeared (as `later_development`)."""
        return bool(self.published[b]) and self.begins[a] > self.published[b]

    def _same_one(self, a: int, b: int) -> bool:
        """The two name one specific participant in the same role: the one who died, the craft
        launched ("LaRue died" is not "LaRue killed his father")."""
        left, right = self.entities[a], self.entities[b]
        return any(
            weight >= NAMED_WEIGHT
            and right[key][0] >= NAMED_WEIGHT
            and self._role(a, role) == self._role(b, right[key][1])
            for key, (weight, role) in left.items()
            if key in right
        )

    def _role(self, row: int, role: str) -> str:
        """The participant's part in the event: the subject of "died" is the one it happens to."""
        return "patient" if role == "agent" and self.types[row] in self.undergoing else role


def _same_day_pairs(docs, types, entities, family, claims, rules, stories, aligned, related, by_story) -> list[Pair]:
    """Claims the participant rule cannot align because one of them names no one ("Seven people
    were killed", "the ferry ran aground off Solta"), aligned when everything else says they
    are one event: they belong to one story, the lexicon gives them compatible event types,
    their dates are the same interval, and their roles do not clash. Only dated claims qualify,
    so this path finds conflicting places and counts, never conflicting dates."""
    blocks: dict[tuple[str, str, str, str], list[int]] = defaultdict(list)
    sources, begins, untils = (claims[column].tolist() for column in ("event_source", "time_begin", "time_until"))
    for row, (source, begin, until) in enumerate(zip(sources, begins, untils)):
        if source == "lexicon" and isinstance(begin, str) and begin and by_story[row]:
            blocks[stories[row], family[row], begin, until].append(row)
    pairs = []
    for a, b in _candidate_pairs(blocks.values(), docs):
        left, right = entities[a], entities[b]
        names_each = [any(w >= NAMED_WEIGHT for w, _ in ents.values()) for ents in (left, right)]
        if (
            (a, b) in aligned
            or not _related(docs[a], docs[b], related)
            or all(names_each)
            or not rules.events.are_compatible(types[a], types[b])
            or _role_clash(left, right)
        ):
            continue
        pairs.append((a, b, STORY_SCORE, _shared(left, right)))
    return pairs


def _candidate_pairs(blocks: Iterable[list[int]], docs: list[str]) -> Iterator[tuple[int, int]]:
    """Each pair of rows from different documents that share a discriminating block, once, in
    (left, right) order; row by row, so no set of all pairs is ever held."""
    member_of: dict[int, list[list[int]]] = defaultdict(list)
    for rows in blocks:
        if len(rows) <= MAX_BLOCK:
            for row in rows:
                member_of[row].append(rows)
    for a in sorted(member_of):
        partners = {b for rows in member_of[a] for b in rows[bisect_right(rows, a) :] if docs[b] != docs[a]}
        for b in sorted(partners):
            yield a, b


def _role_clash(left: _Participants, right: _Participants) -> bool:
    """Both name a specific agent (or patient) and the names differ, or both describe it with
    the same noun but different modifiers ("mayoral" and "presidential election"): two events."""
    for role in _ROLES:
        mine, theirs = left.specific[role], right.specific[role]
        if mine and theirs and not mine & theirs:
            return True
        if any(_different_kind(a, b) for a in left.described[role] for b in right.described[role]):
            return True
    return _different_patients(left, right)


def _different_patients(left: _Participants, right: _Participants) -> bool:
    """Both say what the event was done to, and nothing connects the two ("announced the
    iPhone 15" and "announced record profits"). Victims are anyone another outlet names or
    describes ("a man", "John Miller", "the victim") unless both claims count them: "six
    children" and "twelve people" may be two parts of one toll."""
    if left.victims and right.victims and not (left.counted and right.counted):
        return False
    mine, theirs = left.patients, right.patients
    if not mine or not theirs or not mine.isdisjoint(right) or not theirs.isdisjoint(left):
        return False
    return not left.patient_heads & right.patient_heads


def _different_kind(left: str, right: str) -> bool:
    """Same head noun, and neither description's modifiers contain the other's."""
    *mods_left, head_left = left.split()
    *mods_right, head_right = right.split()
    if head_left != head_right:
        return False
    return not (set(mods_left) <= set(mods_right) or set(mods_right) <= set(mods_left))


def _events(count: int, pairs, claim_ids: list[str]) -> list[str | None]:
    """Event ids from the connected components of aligned pairs (None for claims aligned to nothing)."""
    parent = list(range(count))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b, *_ in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(count):
        members[find(i)].append(i)
    events: list[str | None] = [None] * count
    groups = sorted((sorted(claim_ids[i] for i in rows), rows) for rows in members.values() if len(rows) > 1)
    for number, (_, rows) in enumerate(groups, start=1):
        for i in rows:
            events[i] = f"E{number}"
    return events
