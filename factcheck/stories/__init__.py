"""The stories stage: the articles that report one real-world incident.

Stories are found from document-level evidence before any claim is aligned: the words of an
article's title and lede and the names, places and incident days its claims give, each weighted
by its rarity in the corpus. Linking is conservative (average linkage, a publication window), so
two shootings in one city or a round-up of three incidents stay apart. Within a story, the
reconcile stage aligns the claims of the incident without needing a shared name.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
from rapidfuzz import fuzz

from factcheck.claims_table import NAMED_KINDS, SETTING_KINDS, with_values
from factcheck.corpus import Document
from factcheck.rules import Rules
from factcheck.rules.gazetteer import numbered_neighbours
from factcheck.rules.lexicon import EventLexicon
from factcheck.rules.stories import StorySettings
from factcheck.stories.claim_features import DAY_PATTERN, claim_features
from factcheck.stories.cluster import Reference, Span, average_linkage, similarities, weigh
from factcheck.stories.incident import incident_types, tells_incident, told_types, with_stand_ins_typed
from factcheck.stories.profile import TextProfile, text_profile
from factcheck.stories.sparse import Sparse, tally

# rapidfuzz ratio (0-100) at which two outlets' names of a street are one name spelled two ways
STREET_SPELLINGS_ALIKE = 85

__all__ = ["Profiles", "Stories", "Story", "TextProfile", "annotate", "find_stories", "text_profiles"]

Profiles = Mapping[str, TextProfile]  # document name -> its text's profile


@dataclass(frozen=True)
class Story:
    id: str  # "S1", "S2", ... in order of each story's first document
    label: str  # its most telling names, else words
    documents: tuple[str, ...]

    def to_dict(self) -> dict:
        return {"id": self.id, "label": self.label, "documents": list(self.documents)}


@dataclass(frozen=True)
class Stories:
    stories: tuple[Story, ...]
    # Pairs of one story's documents (names in order) similar in their own right, not only through
    # the story's average: only their claims align by the story alone.
    related: frozenset[tuple[str, str]] = frozenset()

    def __iter__(self):
        return iter(self.stories)

    def __len__(self) -> int:
        return len(self.stories)

    def of(self) -> dict[str, str]:
        """Document name -> story id."""
        return {doc: story.id for story in self.stories for doc in story.documents}


def text_profiles(documents: Sequence[Document], rules: Rules) -> dict[str, TextProfile]:
    """Each document's text profile (what `find_stories` and `annotate` compute when not given them)."""
    return {
        document.name: text_profile(document, rules.stories, rules.gazetteer.streets, rules.events)
        for document in documents
    }


def find_stories(
    documents: Sequence[Document], claims: pd.DataFrame, rules: Rules, texts: Profiles | None = None
) -> Stories:
    """Group the documents into stories; every document is in exactly one (often its own). What
    the articles only name (`named_only` claims) tells no incident apart."""
    claims = with_values(claims)
    settings = rules.stories
    documents = sorted(documents, key=lambda d: d.name)
    texts = texts if texts is not None else text_profiles(documents, rules)
    profiles = _profiles(documents, claims, texts, settings)
    max_frequency = max(settings.common_floor, int(settings.common_share * len(documents)))
    reference = Reference(
        settings.reference_documents, settings.reference_counts, settings.reference_weight(len(documents))
    )
    vectors = weigh(
        profiles,
        lambda feature: _boost(feature, settings),
        max_frequency,
        settings.features_kept,
        reference,
        settings.alone_weight(len(documents)),
    )
    left, right, scores = similarities(vectors)
    news, news_rows, news_ordinals = _news(documents, claims, texts, settings)
    first_day, last_day = _day_spans(len(documents), news_rows, news_ordinals)
    scores[_share_none(profiles, left, right, "y:")] -= settings.other_year_penalty
    other_age = _share_none(profiles, left, right, "a:")
    # Two articles whose news is of one same day, and whose ages do not differ, may put it on two
    # streets, or at two corners of one: one of them is wrong. Two shootings of one Sunday differ in
    # their victims' ages too.
    other_street = _share_none(profiles, left, right, "s:") | _corners_apart(profiles, left, right)
    other_street &= ~(_one_same_day(first_day, last_day, left, right) & ~other_age)
    scores[other_street] -= settings.other_street_penalty
    scores[other_age] -= settings.other_age_penalty
    scores[_published_apart(documents, left, right, settings.apart_days)] -= settings.apart_penalty
    scores[_days_apart(profiles, left, right, settings.apart_days)] -= settings.days_apart_penalty
    news_apart = _spans_apart(first_day, last_day, left, right, settings.news_apart_days)
    # One deal, one election won by one named winner: the days are the outlets' disagreement.
    news_apart[news_apart] = ~_name_one_once(news, news_rows, left[news_apart], right[news_apart], rules.events.once)
    scores[news_apart] -= settings.days_apart_penalty
    # The many faint pairs change a group's mean little and cost most of the linkage's time.
    kept = scores >= settings.min_similarity
    pairs = dict(zip(zip(left[kept].tolist(), right[kept].tolist()), scores[kept].tolist()))
    spans = _spans(documents, claims)
    # Two articles that each report an event of one kind as the day's news, days apart, report
    # two incidents (two collapses in one city): no article much like both makes them one story.
    apart = _of_one_kind(news, news_rows, left[news_apart], right[news_apart], rules.events)
    groups = average_linkage(
        pairs, settings.link_for(len(documents)), spans, settings.publication_window_days, settings.min_linked, apart
    )
    members: dict[int, list[int]] = defaultdict(list)
    for row, group in enumerate(groups):
        members[group].append(row)
    ordered = sorted(members.values(), key=lambda rows: documents[rows[0]].name)
    group = np.asarray(groups)
    alike = kept & (scores >= settings.related) & (group[left] == group[right])
    names = [document.name for document in documents]
    related = frozenset((names[a], names[b]) for a, b in zip(left[alike].tolist(), right[alike].tolist()))
    weights = vectors.dicts()
    return Stories(
        tuple(
            Story(f"S{number}", _label([weights[row] for row in rows]), tuple(documents[row].name for row in rows))
            for number, rows in enumerate(ordered, start=1)
        ),
        related,
    )


def annotate(
    claims: pd.DataFrame, documents: Sequence[Document], stories: Stories, rules: Rules, texts: Profiles | None = None
) -> pd.DataFrame:
    """The claims with their `story`, whether each stands in its article's lede, and whether it
    tells the story's incident; those a lede only names (`named_only`: "The shooting broke out
    during an attempt to arrest a man") tell what the incident is, then leave the table."""
    texts = texts if texts is not None else text_profiles(documents, rules)
    claims = claims.assign(
        story=claims["doc"].map(stories.of()).astype("string"),
        lede=pd.array(_in_lede(claims, texts), dtype="boolean"),
    )
    # The incident is what caused its deaths, where the ledes name it: a shooting's wounded tell it too.
    causes = told_types(claims, rules.events, aftermath=False)
    claims = with_stand_ins_typed(claims, causes, rules.events)
    incidents = incident_types(told_types(claims, rules.events) | causes, rules.events)
    serial = frozenset(name for name, profile in texts.items() if profile.serial)
    told = tells_incident(claims, documents, incidents, rules.events, rules.stories.recall_days, serial)
    return with_values(claims.assign(incident=pd.array(told, dtype="boolean")))


def _profiles(documents: Sequence[Document], claims: pd.DataFrame, texts: Profiles, settings: StorySettings) -> Sparse:
    """Each document's features with their counts: its text's words, what its claims give, and
    the year it was published."""
    words = [texts[document.name].words for document in documents]
    row_of = {document.name: row for row, document in enumerate(documents)}
    claim_rows, from_claims = claim_features(claims, settings.stopwords, settings.recall_days)
    owners = claims["doc"].map(row_of).to_numpy(dtype=float, na_value=np.nan)[claim_rows]
    known = ~np.isnan(owners)
    years = [(row, "y:" + str(d.published.year)) for row, d in enumerate(documents) if d.published is not None]
    rows = np.concatenate(
        [
            np.repeat(np.arange(len(documents)), [len(counts) for counts in words]),
            owners[known],
            [row for row, _ in years],
        ]
    ).astype(np.int64)
    features = [
        *(word for counts in words for word in counts),
        *(feature for feature, kept in zip(from_claims, known.tolist()) if kept),
        *(year for _, year in years),
    ]
    counts = [*(count for counts in words for count in counts.values())]
    counts += [1] * (len(features) - len(counts))
    # A document's text first, then its claims in their order, then its year.
    order = np.argsort(rows, kind="stable")
    return tally(len(documents), rows[order], [features[i] for i in order.tolist()], np.asarray(counts)[order])


def _share_none(profiles: Sparse, left: np.ndarray, right: np.ndarray, kind: str) -> np.ndarray:
    """Whether each pair's documents both hold a feature of a kind, years ("y:2013"), the
    streets their ledes name ("s:halsted") or the ages they give ("a:42"), and share none."""
    of_kind = np.array([name.startswith(kind) for name in profiles.names], dtype=bool)
    held_kind = profiles.take(of_kind[profiles.feature])
    distinct, bit = np.unique(held_kind.feature, return_inverse=True)
    masks = np.zeros((profiles.rows, len(distinct) // 64 + 1), dtype=np.uint64)
    np.bitwise_or.at(masks, (held_kind.row, bit // 64), np.left_shift(np.uint64(1), (bit % 64).astype(np.uint64)))
    held = masks.any(axis=1)
    return held[left] & held[right] & ~(masks[left] & masks[right]).any(axis=1)


def _published_apart(documents: Sequence[Document], left: np.ndarray, right: np.ndarray, days: int) -> np.ndarray:
    """Whether each pair's documents were both published, more than `days` apart."""
    published = np.array([d.published.toordinal() if d.published else 0 for d in documents], dtype=np.int64)
    both = (published[left] > 0) & (published[right] > 0)
    return both & (np.abs(published[left] - published[right]) > days)


def _days_apart(profiles: Sparse, left: np.ndarray, right: np.ndarray, days: int) -> np.ndarray:
    """Whether each pair's documents both date something to a day ("d:2024-03-08") and every
    day one dates lies more than `days` from every day the other dates: the next shooting on
    one street, months later."""
    ordinals = np.zeros(len(profiles.names), dtype=np.int64)
    day_codes = np.flatnonzero(pd.Series(profiles.names, dtype=object).str.startswith("d:").to_numpy(dtype=bool))
    ordinals[day_codes] = [dt.date.fromisoformat(profiles.names[code][2:]).toordinal() for code in day_codes.tolist()]
    dated = profiles.take(ordinals[profiles.feature] > 0)
    return _spans_apart(*_day_spans(profiles.rows, dated.row, ordinals[dated.feature]), left, right, days)


def _news(
    documents: Sequence[Document], claims: pd.DataFrame, texts: Profiles, settings: StorySettings
) -> tuple[pd.DataFrame, np.ndarray, np.ndarray]:
    """The claims by which each document's lede reports the day's news, with each one's
    document row and day (an ordinal): an event of the lexicon dated to a day no more than
    `news_days` before the article appeared ("a four-storey building collapsed in Dongri on
    Tuesday" on a page of that Tuesday)."""
    row_of = {document.name: row for row, document in enumerate(documents)}
    day = claims["time_value"].astype(object).where(claims["time_value"].notna(), "").str[:10]
    news = claims[
        (claims["event_source"] == "lexicon")
        & ~claims["negated"].astype(bool)
        & claims["time_granularity"].isin(_WITHIN_A_DAY).fillna(False)
        & day.str.match(DAY_PATTERN).to_numpy(dtype=bool)
        & claims["published"].notna()
        & _in_lede(claims, texts)
    ]
    told = pd.to_datetime(day[news.index], format="%Y-%m-%d")
    before = (pd.to_datetime(news["published"], format="ISO8601") - told).dt.days
    fresh = ((before >= 0) & (before <= settings.news_days)).to_numpy(dtype=bool)
    rows = news["doc"].map(row_of).to_numpy(dtype=np.int64)[fresh]
    ordinals = np.array([moment.toordinal() for moment in told[fresh]], dtype=np.int64)
    return news[fresh], rows, ordinals


def _name_one_once(
    news: pd.DataFrame, rows: np.ndarray, left: np.ndarray, right: np.ndarray, once: set[str]
) -> np.ndarray:
    """Whether each pair's documents report as news an event that happens once to what it
    names, naming one same participant (a company bought, an election's winner): one event,
    whatever day each gives it."""
    named: dict[int, set[str]] = defaultdict(set)
    columns = (news[name].tolist() for name in ("event_type", "participants", "participant_kinds"))
    for row, (event_type, participants, kinds) in zip(rows.tolist(), zip(*columns)):
        if event_type in once:
            named[row].update(
                p.casefold() for p, kind in zip(participants, kinds) if kind in NAMED_KINDS - SETTING_KINDS
            )
    return np.array([bool(named[a] & named[b]) for a, b in zip(left.tolist(), right.tolist())], dtype=bool)


def _of_one_kind(
    news: pd.DataFrame, rows: np.ndarray, left: np.ndarray, right: np.ndarray, lexicon: EventLexicon
) -> list[tuple[int, int]]:
    """The pairs whose documents report incidents of one kind as news, incidents that take a
    toll (a death, a collapse): two collapses, not a shooting and the arrest days later, nor two
    announcements."""
    harmful = {t for t in lexicon.types if any(lexicon.are_compatible(t, toll) for toll in lexicon.tolls)}
    types: dict[int, set[str]] = defaultdict(set)
    for row, event_type in zip(rows.tolist(), news["event_type"].tolist()):
        if event_type in harmful:
            types[row].add(event_type)
    return [
        (a, b)
        for a, b in zip(left.tolist(), right.tolist())
        if any(lexicon.are_compatible(mine, theirs) for mine in types[a] for theirs in types[b])
    ]


def _in_lede(claims: pd.DataFrame, texts: Profiles) -> np.ndarray:
    """Whether each claim stands in its article's lede."""
    ends = claims["doc"].map({name: profile.lede_end for name, profile in texts.items()}).fillna(0)
    return (claims["sentence_start"] < ends).fillna(False).to_numpy(dtype=bool)


# Granularities of a time that names its day ("on Tuesday", "at 11.40 am on Tuesday").
_WITHIN_A_DAY = frozenset({"day", "hour", "minute"})


def _day_spans(documents: int, rows: np.ndarray, ordinals: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each document's first and last day (ordinals) of those given for it; 0 as the last where none is."""
    first = np.full(documents, np.iinfo(np.int64).max)
    last = np.zeros(documents, dtype=np.int64)
    np.minimum.at(first, rows, ordinals)
    np.maximum.at(last, rows, ordinals)
    return first, last


def _one_same_day(first: np.ndarray, last: np.ndarray, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Whether each pair's documents both give one day as their news, the same."""
    one = (last > 0) & (first == last)
    return one[left] & one[right] & (first[left] == first[right])


def _corners_apart(profiles: Sparse, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Whether each pair's documents both name crossings in their ledes ("c:55+prospect"), none
    of one the crossing of the other: two corners of one avenue are two scenes ("55th and
    Prospect", "63rd and Prospect"), unless the outlets only spell a street two ways ("Barnes
    Ridge Road", "Barnes Bridge Road") or name numbered streets next to each other."""
    crossings: dict[int, list[list[str]]] = defaultdict(list)
    for row, code in zip(profiles.row.tolist(), profiles.feature.tolist()):
        if (name := profiles.names[code]).startswith("c:"):
            crossings[row].append(name[2:].split("+"))
    held = np.zeros(profiles.rows, dtype=bool)
    held[list(crossings)] = True
    apart = np.zeros(len(left), dtype=bool)
    for pair in np.flatnonzero(held[left] & held[right]).tolist():
        mine, theirs = crossings[int(left[pair])], crossings[int(right[pair])]
        apart[pair] = not any(_one_corner(one, other) for one in mine for other in theirs)
    return apart


def _one_corner(one: list[str], other: list[str]) -> bool:
    (a, b), (c, d) = one, other
    return (_alike(a, c) and _alike(b, d)) or (_alike(a, d) and _alike(b, c))


def _alike(one: str, other: str) -> bool:
    """Two street names of one scene: numbered streets next to each other, or spelled alike."""
    if one.isdigit() and other.isdigit():
        return numbered_neighbours(one, other)
    return fuzz.ratio(one, other) >= STREET_SPELLINGS_ALIKE


def _spans_apart(first: np.ndarray, last: np.ndarray, left: np.ndarray, right: np.ndarray, days: int) -> np.ndarray:
    """Whether each pair's documents both have days and every day of one lies more than `days`
    from every day of the other."""
    held = last > 0
    both = held[left] & held[right]
    return both & ((last[left] + days < first[right]) | (last[right] + days < first[left]))


def _boost(feature: str, settings: StorySettings) -> float:
    kind = feature[:2]
    if kind in ("n:", "t:", "p:", "s:", "a:"):
        return settings.name_weight
    if kind in ("d:", "y:"):
        return settings.date_weight
    if kind == "c:":
        return 0.0  # a crossing only tells two stories apart; its streets count as names
    return 1.0


def _spans(documents: Sequence[Document], claims: pd.DataFrame) -> list[Span | None]:
    """The days each document may have appeared, as a (first, last) ordinal span: its
    publication day; else from the first day of the latest past event it dates in full
    ("on 10 September 2008", "in 2008") on, as no article reports what has not happened; else
    None. The dates an article reports set no upper bound: an obituary's latest date may be
    decades old."""
    reported = claims[
        (claims["time_anchor"] == "absolute")
        & (claims["modality"] == "reported")
        & ~claims["negated"].astype(bool)
        & claims["time_begin"].fillna("").astype(bool)
    ]
    latest = reported.groupby("doc")["time_begin"].max().to_dict()
    spans: list[Span | None] = []
    for document in documents:
        if document.published is not None:
            spans.append((document.published.toordinal(),) * 2)
        elif document.name in latest:
            spans.append((dt.date.fromisoformat(latest[document.name]).toordinal(), dt.date.max.toordinal()))
        else:
            spans.append(None)
    return spans


def _label(vectors: list[dict[str, float]]) -> str:
    """The story's weightiest names, else its weightiest words."""
    weight: Counter[str] = Counter()
    for vector in vectors:
        weight.update({feature: value for feature, value in vector.items() if feature[:2] in ("n:", "w:")})
    ranked = sorted(weight, key=lambda f: (f[:2] != "n:", -weight[f], f))
    return ", ".join(feature[2:] for feature in ranked[:3])
