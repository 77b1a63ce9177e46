"""What an article's claims say about which incident it reports: the names and places they give
("n:tara reid", "p:geonames:5368361") and the incident days they state ("d:2013-06-13").

Read from the claims table column by column, each distinct name normalised once: an archive has
a hundred thousand claims and far fewer names.
"""

from __future__ import annotations

from itertools import chain

import numpy as np
import pandas as pd

from factcheck.claims_table import NAMED_KINDS
from factcheck.stories.profile import fold
from factcheck.text import normalise_name

_DATED = frozenset({"day", "month", "year"})
DAY_PATTERN = r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z"


def claim_features(claims: pd.DataFrame, stopwords: set[str], recall_days: int) -> tuple[np.ndarray, list[str]]:
    """(claim's row, feature) for each feature of each claim, claim by claim, a claim's in this
    order: its named participants, each followed by the words of its name; its place; the year
    of its date, then the day where it gives one. A claim dated more than `recall_days` before
    its article was published recalls an earlier incident and says nothing of this one."""
    told = ~_recalled(claims, recall_days)
    rows, features = _features(claims[told], stopwords)
    return np.flatnonzero(told)[rows], features


def _recalled(claims: pd.DataFrame, recall_days: int) -> np.ndarray:
    published = pd.to_datetime(claims["published"], errors="coerce", format="ISO8601")
    until = pd.to_datetime(claims["time_until"], errors="coerce", format="ISO8601")
    return (until < published - pd.Timedelta(days=recall_days)).to_numpy(dtype=bool)


def _features(claims: pd.DataFrame, stopwords: set[str]) -> tuple[np.ndarray, list[str]]:
    named_rows, named = _participant_features(claims, stopwords)
    place = claims["place_key"].astype(object).where(claims["place_key"].notna(), "")
    begin = claims["time_begin"].astype(object).where(claims["time_begin"].notna(), "")
    granularity = claims["time_granularity"]
    placed = (place != "").to_numpy()
    dated = ((begin != "") & granularity.isin(_DATED).fillna(False)).to_numpy(dtype=bool)
    # The day the article names, not the interval around it ("early Saturday" may begin on Friday).
    named_day = claims["time_value"].astype(object).where(claims["time_value"].notna(), "").str[:10]
    daily = (
        dated & (granularity == "day").fillna(False).to_numpy(dtype=bool) & named_day.str.match(DAY_PATTERN).to_numpy()
    )
    parts = [
        (named_rows, named),
        (np.flatnonzero(placed), ["p:" + key for key in place[placed].tolist()]),
        (np.flatnonzero(dated), ["y:" + day[:4] for day in begin[dated].tolist()]),
        (np.flatnonzero(daily), ["d:" + day for day in named_day[daily].tolist()]),
    ]
    rows = np.concatenate([part_rows for part_rows, _ in parts]).astype(np.int64)
    order = np.lexsort((np.repeat(np.arange(len(parts)), [len(part_rows) for part_rows, _ in parts]), rows))
    features = [feature for _, part in parts for feature in part]
    return rows[order], [features[entry] for entry in order.tolist()]


def _participant_features(claims: pd.DataFrame, stopwords: set[str]) -> tuple[np.ndarray, list[str]]:
    """(claim's row, feature) for each named participant: its key, then each word of a key of
    several ("Tara Reid" later called "Reid")."""
    participants = claims["participants"].tolist()
    counts = np.fromiter(map(len, participants), dtype=np.int64, count=len(participants))
    kinds = pd.Series(list(chain.from_iterable(claims["participant_kinds"].tolist())), dtype=object)
    codes, names = pd.factorize(pd.Series(list(chain.from_iterable(participants)), dtype=object))
    of_name = [_name_features(name, stopwords) for name in names.tolist()]
    given = np.fromiter(map(len, of_name), dtype=np.int64, count=len(of_name))
    each = np.where(kinds.isin(NAMED_KINDS).to_numpy(), given[codes], 0)
    flat = [feature for features in of_name for feature in features]
    offsets = np.concatenate(([0], np.cumsum(given)))[:-1]
    starts = np.repeat(offsets[codes] - (np.cumsum(each) - each), each)
    entries = starts + np.arange(len(starts))
    return np.repeat(np.repeat(np.arange(len(participants)), counts), each), [flat[i] for i in entries.tolist()]


def _name_features(name: str, stopwords: set[str]) -> tuple[str, ...]:
    key = fold(normalise_name(name))
    if not key:
        return ()
    words = key.split() if " " in key else []
    return ("n:" + key, *("t:" + word for word in words if len(word) > 2 and word not in stopwords))
