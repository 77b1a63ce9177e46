"""The publication date a news page prints in its header: "First Published: June 13, 2013",
"Posted on Thu Jun 13, 2013 08:45 AM PDT", "05/02/2013", "2013-09-26", "WASHINGTON, DC, April 28, 2009".

Only short lines near the top are read, so a date in the story ("elections planned for December
15, 2013") is not taken for the page's. A line that says it is the publication ("published",
"posted") wins over one that says it is an update.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

HEADER_LINES = 5  # lines read after the title
HEADER_WORDS = 16  # longer lines are story text

MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
MONTHS |= {name.lower(): number for number, name in enumerate(calendar.month_abbr) if name}
MONTHS["sept"] = 9
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_FORMS = [
    re.compile(rf"(?i)\b{_MONTH},? {_DAY},? {_YEAR}\b"),  # May 3, 2013 / Nov. 30, 2009 / Sat Nov 12 2011
    re.compile(rf"(?i)\b{_DAY} {_MONTH},? {_YEAR}\b"),  # 14 June 2013
    re.compile(r"\b(?P<month>\d{1,2})/(?P<day>\d{1,2})/(?P<year>(?:19|20)?\d\d)\b"),  # 05/02/2013, 12/16/08
    re.compile(rf"\b{_YEAR}[-.](?P<month>\d\d)[-.](?P<day>\d\d)\b"),  # 2013-09-26, 2012.08.08
]
_PUBLISHED = re.compile(r"(?i)\b(?:published|posted|created|released)\b")
_NOT_THE_PAGE = re.compile(r"(?i)\bdownloaded\b")  # "[downloaded on 2 October 2013]": when it was saved


def publication_date(lines: list[str]) -> dt.date | None:
    """The date of the page among its header lines (those after the title), or None."""
    header = [
        line for line in lines[:HEADER_LINES] if len(line.split()) <= HEADER_WORDS and not _NOT_THE_PAGE.search(line)
    ]
    dated = [(line, date) for line in header if (date := date_in(line))]
    labelled = [date for line, date in dated if _PUBLISHED.search(line)]
    if labelled:
        return labelled[0]
    return dated[0][1] if dated else None


def date_in(line: str) -> dt.date | None:
    """The first complete calendar date written in the line, or None."""
    for form in _FORMS:
        for match in form.finditer(line):
            date = _date(match["year"], match["month"], match["day"])
            if date:
                return date
    return None


def _date(year: str, month: str, day: str) -> dt.date | None:
    number = int(month) if month.isdigit() else MONTHS.get(month.lower())
    if number is None:
        return None
    full_year = int(year) + (2000 if len(year) == 2 else 0)
    day_number = int(day)
    if number > 12 and day_number <= 12:  # 26/09/2013: day first
        number, day_number = day_number, number
    try:
        return dt.date(full_year, number, day_number)
    except ValueError:
        return None
