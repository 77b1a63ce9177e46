"""A corpus's profiles and vectors as one sparse table: numpy arrays of (row, feature, value) entries.

A row is a document. Its entries lie together, in the order its features were first given: the
sums over a row (a vector's norm, a pair's similarity) run in that order, so they come out the
same however the table was built, and a 10,000-article archive is weighed and scored with array
operations instead of a loop per document.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd


@dataclass(frozen=True)
class Sparse:
    rows: int
    names: Sequence[str]  # feature code -> feature
    row: np.ndarray  # entry -> its row, ascending
    feature: np.ndarray  # entry -> its feature's code
    value: np.ndarray  # entry -> its value (float)

    def take(self, entries: np.ndarray) -> Sparse:
        """The table of those entries only (a boolean mask, or indexes in row order)."""
        return Sparse(self.rows, self.names, self.row[entries], self.feature[entries], self.value[entries])

    def starts(self) -> np.ndarray:
        """Where each row's entries start, and (last) where the table ends."""
        return np.searchsorted(self.row, np.arange(self.rows + 1))

    def dicts(self) -> list[dict[str, float]]:
        """Each row as feature -> value."""
        names, values, bounds = self.names, self.value.tolist(), self.starts().tolist()
        features = [names[code] for code in self.feature.tolist()]
        return [dict(zip(features[a:b], values[a:b])) for a, b in zip(bounds, bounds[1:])]


def tally(rows: int, row: np.ndarray, features: Sequence[str], counts: np.ndarray) -> Sparse:
    """The table of each row's features with their counts summed, from entries given row by row
    (`row` ascending), a row's features in the order they were first given."""
    codes, names = pd.factorize(np.asarray(features, dtype=object))
    width = max(len(names), 1)
    # In the order each (row, feature) first appears: row by row, then as first given.
    cells, firsts = pd.factorize(row.astype(np.int64) * width + codes)
    summed = np.bincount(cells, weights=np.asarray(counts, dtype=float), minlength=len(firsts)).astype(float)
    return Sparse(rows, names.tolist(), firsts // width, firsts % width, summed)
