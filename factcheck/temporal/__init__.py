"""Temporal tagging for news text: find dates, times, durations and sets, with TIMEX3 values.

>>> from factcheck.temporal import tag
>>> [t.value for t in tag("The mission returned in June 2024.")]
['2024-06']
"""

from factcheck.temporal.tagger import tag
from factcheck.temporal.timex import Timex

__all__ = ["Timex", "tag"]
