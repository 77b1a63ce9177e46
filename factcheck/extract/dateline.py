"""Wire-story datelines ("KATHMANDU, Nov 4 (Reuters) - ", "BEIJING: ", a syndicated copy's "Aug. 12
(UPI) -- "): where and when the story was filed, not when its events happened, so their dates
never date a claim."""

from __future__ import annotations

import re

_DATELINE = re.compile(
    r"""\A\s*
    (?:
      [A-Z][A-Z.'’ -]{1,40}[A-Z.]            # the city, in capitals
      (?:,\s*[A-Za-z][\w.' -]{0,30})?        # a region or a date: ", Nov 4", ", Calif."
      (?:,\s*\d{4})?                         # and a year
      \s*(?:\([^()\n]{1,40}\))?              # the agency: "(Reuters)", "(AP)"
    |
      [A-Z][a-z]{2,8}\.?\s\d{1,2}(?:,\s*\d{4})?  # or a date alone, "Aug. 12",
      \s*\([^()\n]{1,40}\)                   # with the agency that filed it
    )
    \s*(?:--|-|–|—|:)\s""",
    re.VERBOSE,
)


def dateline_end(paragraph: str) -> int:
    """Offset just past the paragraph's dateline, or 0 when it has none."""
    match = _DATELINE.match(paragraph)
    return match.end() if match else 0
