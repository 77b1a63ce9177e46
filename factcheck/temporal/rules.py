"""The recognition rules: one compiled pattern per kind of expression, and what it means.

Each rule finds candidate spans in raw text and either rejects a match (the evidence
checks live here, next to the pattern they guard) or returns an `Atom`.  Choosing among
overlapping atoms and joining neighbours ("Tuesday" + "3 p.m.") is `recognise`'s job.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from factcheck.temporal import lexicon as lx
from factcheck.temporal.context import (
    DATE_PREPOSITIONS,
    FUNCTION_WORDS,
    is_capitalised,
    modifies_noun,
    next_token,
    next_word,
    previous_token,
    previous_word,
)
from factcheck.temporal.meaning import AtTime, DayOfMonth, Fixed, Meaning, Modifier, Shift, Weekday, Yearless
from factcheck.temporal.tense import sentence_bounds
from factcheck.temporal.timex import interval
from factcheck.temporal.zones import ZONE, zone_name


@dataclass(frozen=True, slots=True)
class Atom:
    start: int
    end: int
    meaning: Meaning
    weak: bool = False  # kept only if it joins a neighbour (a bare "14:00", "early")
    rank: int = 0  # rule order, breaks ties between equally long overlapping atoms


Build = Callable[[re.Match, str], "Atom | None"]


@dataclass(frozen=True, slots=True)
class Rule:
    pattern: re.Pattern
    build: Build
    # A cheap search that must succeed for the pattern to have a chance: most texts have no
    # "century" or "a.m.", and skipping those rules keeps the tagger fast.
    trigger: re.Pattern | None = None


def atom(m: re.Match, meaning: Meaning, weak: bool = False) -> Atom:
    """The atom spanning group "t" (or "t2") when it took part (it leaves out context words), else the match."""
    group = next((g for g in ("t", "t2") if g in m.re.groupindex and m.start(g) >= 0), 0)
    return Atom(m.start(group), m.end(group), meaning, weak)


# --- pattern pieces -----------------------------------------------------------------

_MONTH = rf"(?:(?P<month>{lx.alternation(lx.MONTHS)})|(?P<abbr>{lx.alternation(lx.MONTH_ABBREVIATIONS)})\.?)"
_FULL_MONTH = rf"(?P<month>{lx.alternation(lx.MONTHS)})"
_WEEKDAY = rf"(?P<weekday>{lx.alternation(lx.WEEKDAYS)})"
_WEEKDAY_PREFIX = rf"(?:(?:{lx.alternation(lx.WEEKDAYS)}|{lx.alternation(lx.WEEKDAY_ABBREVIATIONS)})\.?,?\s+)?"
_DAY = r"(?P<day>[0-9]{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>[12][0-9]{3})"
# After a number that ends a date: no more digits, no "%", no "3-1" or "2,028" continuation.
_NUMBER_END = r"(?![0-9]|[.,:/-][0-9]|%|[^\W\d_])"
# A day may start a range ("March 21-22"): the first day is tagged.
_DAY_END = r"(?![0-9]|[.,:/][0-9]|[-–][0-9]{3}|%|[^\W\d_])"
_NUMBER = lx.number_pattern()
# TimeML keeps these in the extent of a duration (as its "mod"): "nearly two years".
_APPROXIMATELY = (
    r"(?:about|around|nearly|almost|roughly|approximately|some|more\s+than|less\s+than"
    r"|fewer\s+than|at\s+least|at\s+most|up\s+to|just\s+over|just\s+under)"
)
_VAGUE = lx.alternation(lx.VAGUE_QUANTITIES)
_UNIT = lx.alternation(lx.UNITS)
_SEASON = rf"(?P<season>{lx.alternation(lx.SEASONS)})"
_HOLIDAY = lx.alternation({**lx.HOLIDAYS, **lx.MOVABLE_FEASTS}).replace("'", "['’]")
_PART_OF_DAY = rf"(?P<part>{lx.alternation(lx.PARTS_OF_DAY)})"
_AMPM = r"(?P<ampm>[ap]\.\s?m\.|[ap]\.m\b|[ap]m\b)"


# Triggers shared by several rules (see `Rule.trigger`).
_MONTH_STEM = r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
_UNIT_STEM = r"second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur"


def _compile(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


def _month_number(m: re.Match) -> int | None:
    """The month a match names, if it is written as a month (capitalised, or an abbreviation)."""
    word = m.group("month") or m.groupdict().get("abbr")
    if not word or not is_capitalised(word):
        return None
    return lx.MONTHS.get(word.lower()) or lx.MONTH_ABBREVIATIONS.get(word.lower())


def _valid_day(year: int | None, month: int, day: int) -> bool:
    try:
        datetime.date(year or 2000, month, day)  # 2000 is a leap year: "February 29" is fine
    except ValueError:
        return False
    return True


def _day_meaning(year: str | None, month: int, day: int) -> Meaning | None:
    if not _valid_day(int(year) if year else None, month, day):
        return None
    if year:
        return Fixed("DATE", f"{year}-{month:02d}-{day:02d}", "day")
    return Yearless(f"{{y}}-{month:02d}-{day:02d}", "day")


# --- explicit calendar dates ----------------------------------------------------------


def _iso(m: re.Match, text: str) -> Atom | None:
    value = f"{m['year']}-{m['mon']}-{m['day']}"
    if interval(value) is None:
        return None
    if not m["hour"]:
        return atom(m, Fixed("DATE", value, "day"))
    if int(m["hour"]) > 23 or int(m["minute"]) > 59:
        return None
    return atom(m, Fixed("TIME", f"{value}T{m['hour']}:{m['minute']}", "minute"))


def _numeric(m: re.Match, text: str) -> Atom | None:
    first, second = int(m["a"]), int(m["b"])
    # 03/05/2024 is March or May depending on the writer's country: only unambiguous orders count.
    if first > 12 >= second:
        month, day = second, first
    elif second > 12 >= first or first == second:
        month, day = first, second
    else:
        return None
    meaning = _day_meaning(m["year"], month, day)
    return atom(m, meaning) if meaning else None


def _year_month_day_slashed(m: re.Match, text: str) -> Atom | None:
    meaning = _day_meaning(m["year"], int(m["mon"]), int(m["day"]))
    return atom(m, meaning) if meaning else None


def _day_month(m: re.Match, text: str) -> Atom | None:
    month = _month_number(m)
    if month is None:
        return None
    meaning = _day_meaning(m["year"], month, int(m["day"]))
    return atom(m, meaning) if meaning else None


def _month_year(m: re.Match, text: str) -> Atom | None:
    month = _month_number(m)
    if month is None:
        return None
    return atom(m, Fixed("DATE", f"{m['year']}-{month:02d}", "month"))


def _month_relative_year(m: re.Match, text: str) -> Atom | None:
    """ "February this year", "4 October last year", "October 4 last year"."""
    month = _month_number(m)
    if month is None:
        return None
    shift = {"this": 0, "last": -1, "next": 1}[m["rel"].lower()]
    day = m["day"] or m["day2"]
    if day is None:
        return atom(m, Yearless(f"{{y}}-{month:02d}", "month", year_shift=shift))
    if not _valid_day(None, month, int(day)):
        return None
    return atom(m, Yearless(f"{{y}}-{month:02d}-{int(day):02d}", "day", year_shift=shift))


_DIRECTIONS = {
    "last": "before",
    "past": "before",
    "this past": "before",
    "next": "after",
    "this coming": "after",
    "coming": "after",
    "this": "tense",
}


def _direction(m: re.Match) -> str:
    rel = m.groupdict().get("rel")
    return _DIRECTIONS[re.sub(r"\s+", " ", rel.lower())] if rel else "tense"


def _hyphen_modified(text: str, start: int) -> bool:
    """Whether a date is written "mid-2025", "end-March", "early-2024"."""
    return bool(re.search(r"\b(?:mid|end|early|late)-\Z", text[max(0, start - 7) : start], re.IGNORECASE))


def _month_alone(m: re.Match, text: str) -> Atom | None:
    month = _month_number(m)
    if month is None:
        return None
    if not m["rel"]:
        before = previous_word(text, m.start())
        evidence = before in DATE_PREPOSITIONS or _hyphen_modified(text, m.start())
        # "May" and "March" are also a verb and a modal; other months are also names ("April Ryan").
        if m["month"].lower() in lx.AMBIGUOUS_MONTHS and not evidence:
            return None
        if not evidence and is_capitalised(next_word(text, m.end())):
            return None
    return atom(m, Yearless(f"{{y}}-{month:02d}", "month", _direction(m)))


# --- years, decades, centuries ----------------------------------------------------------

# Words before a number that make it a label or a count, not a year.
_LABELS = frozenset(
    [
        "section",
        "sec",
        "page",
        "pages",
        "p",
        "pp",
        "no",
        "nos",
        "number",
        "room",
        "flight",
        "route",
        "article",
        "chapter",
        "rule",
        "highway",
        "bus",
        "model",
        "suite",
        "box",
        "ext",
        "tel",
        "phone",
        "fax",
        "code",
        "line",
        "item",
        "clause",
        "paragraph",
        "exhibit",
        "ward",
        "gate",
        "platform",
        "channel",
        "vol",
        "volume",
        "issue",
        "resolution",
        "bill",
        "order",
        "form",
        "unit",
        "apartment",
        "apt",
        "lot",
        "block",
        "pin",
        "id",
        "account",
        "ticket",
        "version",
        "build",
        "iso",
        "rfc",
        "than",
        "approximately",
        "nearly",
        "roughly",
        "almost",
        "exactly",
        "total",
        "totalling",
        "totaling",
    ]
)
_UNIT_WORDS = frozenset(
    [
        # "in the 1800 block of South 5th Street": a stretch of street, not a year
        "block",
        "blocks",
        "people",
        "persons",
        "men",
        "women",
        "children",
        "kids",
        "km",
        "kg",
        "mm",
        "cm",
        "m",
        "ft",
        "feet",
        "miles",
        "metres",
        "meters",
        "tonnes",
        "tons",
        "mph",
        "kph",
        "mw",
        "gw",
        "kw",
        "gb",
        "mb",
        "tb",
        "euros",
        "dollars",
        "pounds",
        "rupees",
        "yuan",
        "yen",
        "staff",
        "troops",
        "police",
        "personnel",
        "times",
        "hectares",
        "acres",
        "litres",
        "liters",
        "barrels",
        "calories",
    ]
)
_NOT_PLURAL = frozenset(
    [
        "is",
        "was",
        "has",
        "as",
        "its",
        "his",
        "this",
        "thus",
        "plus",
        "versus",
        "us",
        "across",
        "whereas",
        "yes",
        "pass",
        "less",
        "unless",
    ]
)
_POSSESSIVE_OR_ARTICLE = frozenset(["the", "its", "their", "his", "her", "our", "your", "my", "a"])


def _counts_something(word: str) -> bool:
    """Whether a word after a number makes it a count: "2028 people", "1500 metres"."""
    low = word.lower()
    if low in _UNIT_WORDS:
        return True
    return word.islower() and len(word) > 3 and low.endswith("s") and low not in _NOT_PLURAL


def _head_noun(text: str, end: int) -> str:
    """The word after a number, or the one after that when the first is a lower-case
    modifier: "jobs" in "2000 new jobs"."""
    word = next_word(text, end)
    if word.islower() and word not in FUNCTION_WORDS and not _counts_something(word):
        match = re.match(r"\s*\S+", text[end : end + 40])
        return next_word(text, end + match.end()) or word
    return word


def _year(m: re.Match, text: str) -> Atom | None:
    year = int(m["t"])
    start, end = m.start("t"), m.end("t")
    before = previous_word(text, start)
    after = _head_noun(text, end)
    hyphenated = text[start - 1 : start] in ("-", "–")
    if hyphenated and not _joins_year(text, start):
        return None
    if before in _LABELS or after.lower() in _UNIT_WORDS or not _follows_sensibly(text, end):
        return None
    if _ADDRESS.match(text, end):
        return None  # a street number: "1948 Market Street"
    if not hyphenated and (
        re.fullmatch(r"[0-9][0-9,.:/-]*", previous_token(text, start))
        or re.fullmatch(r"[0-9][0-9,.:]*", next_token(text, end))
    ):
        return None  # one group of a phone number or a row of figures
    article = before in _POSSESSIVE_OR_ARTICLE or before.endswith(("'s", "’s"))
    if _counts_something(after) and (before == "of" or not 1800 <= year <= 2099):
        return None  # "in front of 1946 fans", "2941 fans": a count, not a year
    # Without a preposition a number is a year only if it looks like a recent one
    # and does not count something: "the 2024 elections" but not "1500 seats".
    if (article or before not in DATE_PREPOSITIONS) and (
        not 1800 <= year <= 2099 or (not article and _counts_something(after))
    ):
        return None
    return atom(m, Fixed("DATE", m["t"], "year"))


_ADDRESS = re.compile(
    r"(?:\s+[A-Z][a-z]+){1,2}\s+(?:Street|St|Avenue|Ave|Road|Rd|Lane|Boulevard|Blvd|Drive|Way|Place|Square|Terrace)\b"
)


def _joins_year(text: str, start: int) -> bool:
    """Whether a hyphen before a year is "mid-2025" or a range "2010-2012"."""
    head = text[max(0, start - 6) : start - 1]
    return _hyphen_modified(text, start) or bool(re.search(r"(?<![0-9])[12][0-9]{3}\Z", head))


def _follows_sensibly(text: str, end: int) -> bool:
    """A year may be followed by a range ("2010-12", "2010-2012") but not by other digit groups."""
    tail = re.match(r"[-–/]([0-9]+)", text[end : end + 6])
    return tail is None or len(tail.group(1)) in (2, 4)


_DECADE_WORDS = ("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties")


def _decade(m: re.Match, text: str) -> Atom | None:
    if m["digits"] and len(m["digits"]) == 3:
        return atom(m, Fixed("DATE", m["digits"], "decade"))
    before = previous_word(text, m.start())
    modified = before in ("early", "mid", "late") or _hyphen_modified(text, m.start())
    if not (m["the"] or modified) or before in ("his", "her", "their", "my", "your", "our", "its"):
        return None  # "in their 30s", "temperatures in 30s" are not decades
    if m["word"]:
        value = f"19{_DECADE_WORDS.index(m['word'].lower()) + 2}"
    else:
        digit = m["digits"] or m["digits2"]
        value = ("20" if digit in "01" else "19") + digit
    return atom(m, Fixed("DATE", value, "decade"))


def _century(m: re.Match, text: str) -> Atom | None:
    ordinal = m["n"].lower()
    number = lx.ORDINALS.get(re.sub(r"\s+", " ", ordinal)) or int(re.sub(r"\D", "", ordinal) or 0)
    if not 1 <= number <= 30:
        return None
    return atom(m, Fixed("DATE", f"{number - 1:02d}", "century"))


# --- quarters, halves, seasons, weeks -----------------------------------------------------

_QUARTER_ORDINALS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "final": 4,
}
_YEAR_REFERENCE = (
    r"(?:\s+of\s+(?:(?:the\s+)?(?P<fiscal_year>fiscal\s+(?:year\s+)?)?(?P<year>[12][0-9]{3})"
    r"|(?P<yrel>this|last|next|the)\s+year))?"
)
_FISCAL = r"(?:fiscal|financial)\s+"


def _of_year(m: re.Match, template: str, granularity: str) -> Meaning:
    if any(m.groupdict().get(g) for g in ("fiscal", "fiscal2", "fiscal_year")):
        # A company's fiscal year need not be the calendar year: "FY" values have no interval.
        return Fixed("DATE", "FY" + template.format(y=m["year"] or "XXXX"), granularity)
    if m["year"]:
        return Fixed("DATE", template.format(y=m["year"]), granularity)
    if m["yrel"]:
        return Yearless(
            template, granularity, year_shift={"this": 0, "the": 0, "last": -1, "next": 1}[m["yrel"].lower()]
        )
    return Yearless(template, granularity)


def _fiscal_year(m: re.Match, text: str) -> Atom | None:
    return atom(m, Fixed("DATE", f"FY{m['year']}", "year"))


def _quarter(m: re.Match, text: str) -> Atom | None:
    return atom(m, _reported(_of_year(m, f"{{y}}-Q{_QUARTER_ORDINALS[m['n'].lower()]}", "quarter"), m, text))


def _quarter_code(m: re.Match, text: str) -> Atom | None:
    year = m["year"] or (f"20{m['yy']}" if m["yy"] else None)
    template = f"{{y}}-Q{m['q']}"
    if year:
        return atom(m, Fixed("DATE", template.format(y=year), "quarter"))
    return atom(m, _reported(Yearless(template, "quarter"), m, text))


_RESULTS = re.compile(
    r"\b(?:results|earnings|figures|profits?|revenues?|sales|report|reports|reporting)\b", re.IGNORECASE
)


def _reported(meaning: Meaning, m: re.Match, text: str) -> Meaning:
    """A quarter whose results a sentence talks about: "will report fourth-quarter earnings"
    in January is about the quarter just ended (see `normalise`)."""
    begin, end = sentence_bounds(text, m.start(), m.end())
    if isinstance(meaning, Yearless) and meaning.year_shift is None and _RESULTS.search(text, begin, end):
        return replace(meaning, direction="results")
    return meaning


# "the second half" is a part of a match in sports news and of the year in business news.
_BUSINESS = re.compile(
    r"[$€£%]|\b(?:percent|per\s+cent|billion|million|profits?|revenues?|sales|earnings"
    r"|growth|economy|GDP|inflation|output|exports|imports|results)\b",
    re.IGNORECASE,
)


def _half(m: re.Match, text: str) -> Atom | None:
    if not (m["year"] or m["yrel"]):
        begin, end = sentence_bounds(text, m.start(), m.end())
        if not _BUSINESS.search(text, begin, end):
            return None
    half = 1 if m["n"].lower() in ("first", "1st") else 2
    return atom(m, _of_year(m, f"{{y}}-H{half}", "half"))


def _half_code(m: re.Match, text: str) -> Atom | None:
    return atom(m, Fixed("DATE", f"{m['year']}-H{m['h']}", "half"))


def _season(m: re.Match, text: str) -> Atom | None:
    code = lx.SEASONS[m["season"].lower()]
    template = f"{{y}}-{code}"
    if m["year"]:
        return atom(m, Fixed("DATE", template.format(y=m["year"]), "season"))
    if is_capitalised(m["season"]) and is_capitalised(next_word(text, m.end())):
        return None  # "the Summer Olympics", "the next Winter Games"
    before = previous_word(text, m.start())
    if not m["rel"]:
        possessive = before.endswith(("'s", "’s"))  # "Germany's spring was the wettest"
        if not (before in DATE_PREPOSITIONS or possessive) or modifies_noun(text, m.end()):
            return None
        if m["season"].lower() == "fall" and (not m["the"] or re.match(r"\s+of\b", text[m.end() :])):
            return None  # "prices fall", "the fall of Kabul"
    return atom(m, Yearless(template, "season", _direction(m)))


def _week_number(m: re.Match, text: str) -> Atom | None:
    week = int(m["n"])
    if not 1 <= week <= 53:
        return None
    return atom(m, Yearless(f"{{y}}-W{week:02d}", "week"))


# --- days of the week and days relative to publication -------------------------------------


def _weekday(m: re.Match, text: str) -> Atom | None:
    word = m["weekday"]
    if not is_capitalised(word):
        return None
    if not m["rel"]:
        before = previous_word(text, m.start())
        after = next_word(text, m.end())
        # "the Sunday Times", "Super Tuesday": a name unless a preposition says otherwise.
        preposition = before in DATE_PREPOSITIONS and before not in ("the", "and", "or", "of")
        if not preposition and is_capitalised(after) and after.lower() not in lx.MONTHS:
            return None
        if before in ("super", "black", "good", "cyber", "bloody", "ash", "holy", "palm", "easter"):
            return None
    day = Weekday(lx.WEEKDAYS[word.lower()], _direction(m))
    if m["part"]:
        return atom(m, AtTime(day, "T" + lx.PARTS_OF_DAY[m["part"].lower()], "day"))
    return atom(m, day)


# Words after which "the 5th" is a day of the month, not "the 5th floor" or "the 5th time".
_DAY_OF_MONTH_CUES = frozenset({"on", "by", "until", "till", "since", "from", "before", "after", "through", "to"})


def _day_of_month(m: re.Match, text: str) -> Atom | None:
    """ "on the 5th", "Thursday the 24th": a day of the month the text leaves unsaid."""
    day = int(m["day"])
    weekday = m["weekday"]
    if not 1 <= day <= 31 or modifies_noun(text, m.end()) or next_word(text, m.end()) == "of":
        return None
    if weekday is None and previous_word(text, m.start()) not in _DAY_OF_MONTH_CUES:
        return None
    if weekday is not None and not is_capitalised(weekday):
        return None
    return atom(m, DayOfMonth(day, lx.WEEKDAYS[weekday.lower()] if weekday else None))


def _before_last(m: re.Match, text: str) -> Atom | None:
    """ "the year before last": two units back."""
    return atom(m, Shift(m["unit"].lower(), -2))


def _weekday_plural(m: re.Match, text: str) -> Atom | None:
    if not is_capitalised(m["weekday"]):
        return None
    return atom(m, Fixed("SET", f"XXXX-WXX-{lx.WEEKDAYS[m['weekday'].lower()]}", "day"))


_DAY_WORDS = {
    "today": 0,
    "tonight": 0,
    "yesterday": -1,
    "tomorrow": 1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
}


def _day_word(m: re.Match, text: str) -> Atom | None:
    word = re.sub(r"\s+", " ", m["word"].lower())
    if word == "today" and (
        previous_word(text, m.start()) == "usa"
        or (is_capitalised(m["word"]) and next_word(text, m.end()).lower() in ("show", "programme", "program"))
    ):
        return None
    shift = Shift("day", _DAY_WORDS[word])
    part = m["part"].lower() if m["part"] else ("night" if word == "tonight" else None)
    if part:
        return atom(m, AtTime(shift, "T" + lx.PARTS_OF_DAY[part], "day"))
    return atom(m, shift)


def _this_part_of_day(m: re.Match, text: str) -> Atom | None:
    offset = -1 if m["rel"].lower() == "last" else 0
    return atom(m, AtTime(Shift("day", offset), "T" + lx.PARTS_OF_DAY[m["part"].lower()], "day"))


_UNIT_OFFSETS = {
    "this": 0,
    "current": 0,
    "the current": 0,
    "last": -1,
    "previous": -1,
    "this past": -1,
    "past": -1,
    "next": 1,
    "coming": 1,
    "this coming": 1,
}


def _unit_relative(m: re.Match, text: str) -> Atom | None:
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    unit = m["unit"].lower()
    if rel in ("the past", "the last", "the next", "the coming"):
        return atom(m, Fixed("DURATION", *_duration_value("1", unit)))
    if unit == "fortnight":
        return None  # "last fortnight" names no calendar unit
    return atom(m, Shift(unit, _UNIT_OFFSETS[rel]))


_REFERENCE_OFFSETS = {
    "next": 1,
    "following": 1,
    "after": 1,
    "later": 1,
    "previous": -1,
    "preceding": -1,
    "before": -1,
    "earlier": -1,
    "same": 0,
    "that": 0,
}


def _from_reference(m: re.Match, text: str) -> Atom | None:
    direction = _REFERENCE_OFFSETS[m["rel"].lower()]
    counted = bool(m.groupdict().get("q"))
    count = lx.parse_number(m["q"]) if counted else 1
    if count is None or count != int(count):
        return None
    shift = Shift(m["unit"].lower(), direction * int(count), from_reference="text", keeps_granularity=counted)
    return atom(m, shift)


def _part_of_day_from_reference(m: re.Match, text: str) -> Atom | None:
    """ "the next morning", "that night": a part of the day counted from the day last mentioned."""
    day = Shift("day", _REFERENCE_OFFSETS[(m["rel"] or m["rel2"]).lower()], from_reference="text")
    return atom(m, AtTime(day, "T" + lx.PARTS_OF_DAY[m["part"].lower()], "day"))


def _end_of_unit(m: re.Match, text: str) -> Atom | None:
    return atom(m, Shift(m["unit"].lower(), 0))


def _weekend(m: re.Match, text: str) -> Atom | None:
    return atom(m, Weekday(None))


def _holiday(m: re.Match, text: str) -> Atom | None:
    name = re.sub(r"\s+", " ", m["name"].lower()).replace("’", "'")
    if not is_capitalised(m["name"]) or (not m["year"] and modifies_noun(text, m.end())):
        return None
    if name in lx.MOVABLE_FEASTS:
        feast = Yearless("{y}-XX-XX", "day", easter_offset=lx.MOVABLE_FEASTS[name])
        return atom(m, Fixed("DATE", feast.value_for(int(m["year"])), "day") if m["year"] else feast)
    month, day = lx.HOLIDAYS[name]
    return atom(m, _day_meaning(m["year"], month, day))


# --- general references -------------------------------------------------------------------


def _ref(value: str) -> Build:
    def build(m: re.Match, text: str) -> Atom | None:
        if m.group(0).lower().endswith(("past", "future")) and (
            modifies_noun(text, m.end()) or next_word(text, m.end()) == "of"
        ):
            return None  # "the past president", "the future king", "the future of the library"
        return atom(m, Fixed("DATE", value, "none"))

    return build


# --- clock times ---------------------------------------------------------------------------

# A clock time on its own is on the day last mentioned before it in its paragraph ("He was
# arrested on Tuesday. The hearing began at 3 p.m."), or on the publication day.
CLOCK_DAY = Shift("day", 0, from_reference="paragraph")


def _clock_12(m: re.Match, text: str) -> Atom | None:
    hour, minute = int(m["hour"]), int(m["minute"] or 0)
    if not 1 <= hour <= 12:
        return None
    hour = hour % 12 + (12 if m["ampm"].lower().startswith("p") else 0)
    granularity = "minute" if m["minute"] else "hour"
    return atom(m, AtTime(CLOCK_DAY, f"T{hour:02d}:{minute:02d}", granularity, zone_name(m)))


# TimeML keeps an approximation in the extent (as its mod APPROX): "about 6:50 p.m.".
_CLOCK_APPROX = r"(?:(?P<approx>about|around|approximately|roughly)\s+)?"
_CLOCK_CUES = frozenset(
    ["at", "by", "until", "till", "from", "before", "after", "around", "about", "since", "to", "between"]
)


def _clock_24(m: re.Match, text: str) -> Atom | None:
    hour, minute = int(m["hour"]), int(m["minute"])
    if hour > 23 or minute > 59 or m.groupdict().get("sep") == "." and not m["zoned"]:
        return None  # "14.30" is a time only with its zone: "14.30 GMT"
    # "14:00" alone may be a score or a ratio; it is a time after "at" or with a zone, or next to a day.
    weak = not (m["zoned"] or m.groupdict().get("approx")) and previous_word(text, m.start()) not in _CLOCK_CUES
    return atom(m, AtTime(CLOCK_DAY, f"T{hour:02d}:{minute:02d}", "minute", zone_name(m)), weak)


def _noon(m: re.Match, text: str) -> Atom | None:
    suffix = "T12:00" if m["t"].lower() in ("noon", "midday") else "T24:00"
    weak = previous_word(text, m.start()) not in _CLOCK_CUES
    return atom(m, AtTime(CLOCK_DAY, suffix, "minute"), weak)


# --- durations and sets ---------------------------------------------------------------------


def _quantity(m: re.Match) -> str | None:
    """The TIMEX3 number of a duration: "3", "2.5", or "X" for vague amounts; None if not one."""
    words = re.sub(r"\s+", " ", m["q"].lower())
    if words in lx.VAGUE_QUANTITIES:
        return "X"
    number = lx.parse_number(words)
    if number is None:
        return None
    if m.groupdict().get("half"):
        number += 0.5
    return f"{number:g}" if number < 1e9 else None


def _duration_value(quantity: str, unit: str) -> tuple[str, str]:
    letter, clock, granularity = lx.UNITS[unit]
    if quantity != "X" and unit in lx.UNIT_MULTIPLIERS:
        quantity = f"{float(quantity) * lx.UNIT_MULTIPLIERS[unit]:g}"
    return f"P{'T' if clock else ''}{quantity}{letter}", granularity


def _duration(m: re.Match, text: str) -> Atom | None:
    unit = m["unit"].lower()
    quantity = _quantity(m)
    if quantity is None or (unit == "second" and m["q"].lower() in ("a", "an")):
        return None  # "a second" is usually the ordinal
    if unit == "quarter" and re.match(r"\s+of\b|-[a-z]", text[m.end() :]):
        return None  # "a quarter of the vote" is a fraction, "a quarter-point cut" a size
    if m["q"].lower() in ("a", "an") and m["plural"]:
        return None
    if m["ago"]:
        if quantity == "X" or "." in quantity:
            return atom(m, Fixed("DATE", "PAST_REF", "none"))
        count = int(quantity)
        if unit == "fortnight":
            return atom(m, Shift("week", -2 * count))
        if unit in ("day", "week", "month", "year", "decade", "century", "quarter"):
            return atom(m, Shift(unit, -count))
        return atom(m, Fixed("DATE", "PAST_REF", "none"))
    value, granularity = _duration_value(quantity, unit)
    if m["q"].lower() in ("a", "an") and not m["pre"] and _after_an_amount(text, m.start()):
        return atom(m, Fixed("SET", value, granularity))  # "$100 billion a year", "10,000 barrels a day"
    return atom(m, Fixed("DURATION", value, granularity))


_AMOUNT_WORDS = frozenset(
    [
        "hundred",
        "thousand",
        "million",
        "billion",
        "trillion",
        "percent",
        "cent",
        "cents",
        "dollars",
        "euros",
        "pounds",
        "yuan",
        "yen",
        "rupees",
        "barrels",
        "tonnes",
        "tons",
        "people",
        "visitors",
        "cases",
        "deaths",
    ]
)


def _after_an_amount(text: str, start: int) -> bool:
    token = previous_token(text, start)
    return any(c.isdigit() for c in token) or previous_word(text, start) in _AMOUNT_WORDS


def _bare_plural_duration(m: re.Match, text: str) -> Atom | None:
    unit = (m["unit"] or m["unit2"]).lower()
    value, granularity = _duration_value("X", unit)
    return atom(m, Fixed("DURATION", value, granularity))


def _every(m: re.Match, text: str) -> Atom | None:
    word = m["what"].lower()
    if word in lx.WEEKDAYS:
        return atom(m, Fixed("SET", f"XXXX-WXX-{lx.WEEKDAYS[word]}", "day"))
    if word in lx.MONTHS:
        return atom(m, Fixed("SET", f"XXXX-{lx.MONTHS[word]:02d}", "month"))
    if word in lx.SEASONS:
        return atom(m, Fixed("SET", f"XXXX-{lx.SEASONS[word]}", "season"))
    if word in lx.PARTS_OF_DAY:
        return atom(m, Fixed("SET", f"XXXX-XX-XXT{lx.PARTS_OF_DAY[word]}", "day"))
    if word == "second" and not m["q"]:
        return None  # "every second counts"
    quantity = "2" if m["other"] else "1"
    if m["q"]:
        number = lx.parse_number(m["q"])
        if number is None:
            return None
        quantity = f"{number:g}"
    value, granularity = _duration_value(quantity, word)
    return atom(m, Fixed("SET", value, granularity))


def _frequency(m: re.Match, text: str) -> Atom | None:
    value, granularity = _duration_value("1", m["unit"].lower())
    return atom(m, Fixed("SET", value, granularity))


def _set_adverb(m: re.Match, text: str) -> Atom | None:
    if not m["t"].islower():
        return None  # "the Daily Mail"
    value, granularity = lx.SET_ADVERBS[m["t"]]
    return atom(m, Fixed("SET", value, granularity))


def _modifier(m: re.Match, text: str) -> Atom | None:
    word = m.group(0).split()[-1].lower() if m.group(0).endswith((" ", "\t", "\n")) else None
    return atom(m, Modifier(part=lx.DAY_MODIFIER_PARTS.get(word)), weak=True)


_RELATION = r"(?P<rel>last|next|this\s+past|this\s+coming|this)"


def _at_word_starts(pattern: str) -> str:
    """A pattern whose every alternative opens with a word boundary, tried only where a word
    starts: the regex engine then skips the other positions at once (a third of the time)."""
    return rf"(?<!\w)(?=\w)(?:{pattern})" if pattern.startswith(r"\b") else pattern


RULES: tuple[Rule, ...] = tuple(
    Rule(_compile(_at_word_starts(pattern)), build, _compile(trigger) if trigger else None)
    for pattern, build, trigger in (
        (
            r"(?<![0-9A-Za-z/.:-])(?P<year>[0-9]{4})-(?P<mon>[0-9]{2})-(?P<day>[0-9]{2})"
            r"(?:[T ](?P<hour>[0-9]{2}):(?P<minute>[0-9]{2})(?::[0-9]{2}(?:\.[0-9]+)?)?(?:Z|[+-][0-9]{2}:?[0-9]{2})?)?"
            r"(?![0-9]|[-/:.][0-9])",
            _iso,
            r"[0-9]{4}-[0-9]{2}-[0-9]",
        ),
        (
            r"(?<![0-9/.-])(?P<a>[0-9]{1,2})(?P<sep>[/.])(?P<b>[0-9]{1,2})(?P=sep)(?P<year>[12][0-9]{3})(?![0-9]|[/.-][0-9])",
            _numeric,
            r"[0-9][/.][0-9]{1,2}[/.][12]",
        ),
        (
            r"(?<![0-9/.-])(?P<year>[12][0-9]{3})/(?P<mon>[0-9]{1,2})/(?P<day>[0-9]{1,2})(?![0-9]|[/.-][0-9])",
            _year_month_day_slashed,
            r"[12][0-9]{3}/[0-9]",
        ),
        (
            rf"\b{_WEEKDAY_PREFIX}(?:the\s+)?{_DAY}(?:\s+of)?\s+{_MONTH}(?:,?\s+{_YEAR})?{_NUMBER_END}",
            _day_month,
            _MONTH_STEM,
        ),
        (rf"\b{_WEEKDAY_PREFIX}{_MONTH}\s+(?:the\s+)?{_DAY}(?:,?\s+{_YEAR})?{_DAY_END}", _day_month, _MONTH_STEM),
        (rf"\b{_MONTH},?\s+(?:of\s+)?{_YEAR}{_NUMBER_END}", _month_year, _MONTH_STEM),
        (
            rf"\b(?:(?P<day>[0-9]{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?)?{_FULL_MONTH}"
            rf"(?:\s+(?P<day2>[0-9]{{1,2}})(?:st|nd|rd|th)?,?)?\s+(?P<rel>this|last|next)\s+year\b",
            _month_relative_year,
            r"(?:this|last|next)\s+year",
        ),
        (rf"\b(?:{_RELATION}\s+)?{_FULL_MONTH}\b(?!\s*[0-9])", _month_alone, _MONTH_STEM),
        (r"(?<![0-9A-Za-z$£€¥#@/.,'’])(?P<t>[12][0-9]{3})(?![0-9]|[.,][0-9]|%|[^\W\d_])", _year, r"[12][0-9]{3}"),
        (
            r"(?:\b(?P<the>the)\s+)?(?:(?<![0-9])(?P<digits>[12][0-9]{2}|[0-9])0['’]?s\b|'(?P<digits2>[0-9])0s\b"
            r"|\b(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b)",
            _decade,
            r"0['’]?s\b|ties\b",
        ),
        (
            rf"\b(?:the\s+)?(?P<n>{lx.alternation(lx.ORDINALS)}|[0-9]{{1,2}}(?:st|nd|rd|th))[\s-]+century\b",
            _century,
            r"century",
        ),
        (
            rf"\b(?:the\s+)?(?P<fiscal>{_FISCAL})?(?P<n>first|second|third|fourth|final|1st|2nd|3rd|4th)(?:\s+|-)(?:(?P<fiscal2>{_FISCAL})|calendar\s+)?quarter\b{_YEAR_REFERENCE}",
            _quarter,
            r"quarter",
        ),
        (
            rf"\b(?:{_FISCAL}(?:year\s+)?|(?-i:FY)\s?)(?P<year>[12][0-9]{{3}})\b(?![-–/][0-9])",
            _fiscal_year,
            r"fiscal|financial|(?-i:FY)",
        ),
        (r"\b(?-i:Q)(?P<q>[1-4])(?:[\s-]*(?P<year>[12][0-9]{3})|\s*'(?P<yy>[0-9]{2}))?\b", _quarter_code, r"Q[1-4]"),
        (rf"\b(?:the\s+)?(?P<n>first|second|1st|2nd)\s+half\b{_YEAR_REFERENCE}", _half, r"half"),
        (r"\b(?-i:H)(?P<h>[12])\s*(?P<year>[12][0-9]{3})\b", _half_code, r"H[12]"),
        (
            rf"(?:\b(?P<rel>last|next|this\s+past|this\s+coming|this)\s+|\b(?P<the>the)\s+)?\b{_SEASON}\b(?:\s+(?:of\s+)?{_YEAR}{_NUMBER_END})?",
            _season,
            r"spring|summer|autumn|fall|winter",
        ),
        (r"\bweek\s+(?P<n>[0-9]{1,2})\b(?![.,:][0-9])", _week_number, r"week\s+[0-9]"),
        (
            rf"\b(?:{_RELATION}\s+)?{_WEEKDAY}(?:\s+{_PART_OF_DAY})?\b",
            _weekday,
            r"(?:mon|tues|wednes|thurs|fri|satur|sun)day",
        ),
        (rf"\b{_WEEKDAY}s\b", _weekday_plural, r"days\b"),
        (
            rf"\b(?:{_WEEKDAY},?\s+)?the\s+(?P<day>[0-9]{{1,2}})(?:st|nd|rd|th)\b",
            _day_of_month,
            r"the\s+[0-9]{1,2}(?:st|nd|rd|th)\b",
        ),
        (r"\bthe\s+(?P<unit>week|month|year)\s+before\s+last\b", _before_last, r"before\s+last"),
        (
            rf"\b(?P<word>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight|yesterday|tomorrow)(?:\s+{_PART_OF_DAY})?\b",
            _day_word,
            r"today|tonight|yesterday|tomorrow",
        ),
        (
            rf"\b(?P<rel>this|last)\s+{_PART_OF_DAY}\b",
            _this_part_of_day,
            r"(?:this|last)\s+(?:morning|afternoon|evening|night)",
        ),
        (
            r"\b(?P<rel>this\s+past|this\s+coming|the\s+past|the\s+last|the\s+next|the\s+coming|the\s+current|this|last|next|past|previous|coming|current)"
            r"\s+(?P<unit>week|weekend|fortnight|month|quarter|year|decade|century)\b",
            _unit_relative,
            r"(?:this|last|next|past|previous|coming|current)\s+(?:week|fortnight|month|quarter|year|decade|century)",
        ),
        (
            r"\bthe\s+(?P<rel>following|previous|preceding|same)\s+(?P<unit>day|week|month|year)\b",
            _from_reference,
            r"following|previous|preceding|same",
        ),
        (r"\b(?P<rel>that)\s+(?P<unit>day|week|month|year)\b", _from_reference, r"that\s+(?:day|week|month|year)"),
        (r"\bthe\s+(?P<rel>next)\s+(?P<unit>day)\b", _from_reference, r"next\s+day"),
        (
            rf"\b(?:the\s+(?P<rel>next|following|previous|preceding|same)|(?P<rel2>that))\s+{_PART_OF_DAY}\b",
            _part_of_day_from_reference,
            r"(?:next|following|previous|preceding|same|that)\s+(?:morning|afternoon|evening|night)",
        ),
        (
            # "the day before the vote", "the day before Buckley's death": relative to an event, no anaphor
            r"\bthe\s+(?P<unit>day)\s+(?P<rel>before|after)\b(?!\s+(?:the|a|an|his|her|their|its)\b|\s+[A-Z])",
            _from_reference,
            r"day\s+(?:before|after)",
        ),
        (
            rf"\b(?P<q>{_NUMBER}|an?)[\s-]+(?P<unit>day|week|month|year)s?\s+(?P<rel>later|earlier)\b",
            _from_reference,
            r"later|earlier",
        ),
        (
            r"\bthe\s+(?:end|start|beginning|middle|close|rest|remainder)\s+of\s+the\s+(?P<unit>year|month|week|decade|century)\b",
            _end_of_unit,
            r"\bof\s+the\s+(?:year|month|week|decade|century)",
        ),
        (r"\b(?:over\s+|during\s+|at\s+)?(?P<t>the\s+weekend)\b", _weekend, r"weekend"),
        (
            rf"\b(?P<name>{_HOLIDAY})(?:\s+{_YEAR})?\b",
            _holiday,
            r"christmas|new\s+year|valentine|halloween|boxing|fourth\s+of|easter|friday|thursday|sunday|wednesday|pentecost|whit",
        ),
        (
            r"\b(?:right\s+)?now\b(?!\s+that\b|-)|\bcurrently\b|\bnowadays\b|\bthese\s+days\b|\bat\s+(?P<t>present)\b|\bat\s+(?P<t2>the\s+moment)\b|\bthe\s+present\s+day\b",
            _ref("PRESENT_REF"),
            r"now|current|present|moment|these\s+days",
        ),
        (
            # A sports season ("won two games last season") has no calendar extent to give.
            r"\brecently\b|\blately\b|\brecent\s+(?:years|months|weeks|days|decades)\b|\bthe\s+past\b"
            r"|\b(?:last|previous)\s+season\b",
            _ref("PAST_REF"),
            r"recent|lately|past|season",
        ),
        (
            r"\bthe\s+(?:near\s+|distant\s+)?future\b|\bthe\s+coming\s+(?:years|months|weeks|days|decades)\b|\bthe\s+(?:years|months|weeks|decades)\s+ahead\b|\byears\s+to\s+come\b",
            _ref("FUTURE_REF"),
            r"future|coming|ahead|to\s+come",
        ),
        (
            rf"\b{_CLOCK_APPROX}(?P<hour>[0-9]{{1,2}})(?:[:.](?P<minute>[0-5][0-9]))?\s*{_AMPM}(?P<zoned>{ZONE})?",
            _clock_12,
            r"[0-9]\s*[ap]\.?\s?m",
        ),
        (
            r"(?<![0-9A-Za-z:.,$])(?P<hour>[01][0-9]|2[0-3])(?P<minute>[0-5][0-9])(?P<zoned>\s*(?P<zone>(?-i:GMT|UTC|Z))\b|\s*(?-i:hrs|HRS)\b|\s+local\s+time\b)",
            _clock_24,
            r"[0-9]{4}\s*(?:GMT|UTC|Z|hrs|local)",
        ),
        (
            rf"(?:\b{_CLOCK_APPROX})?(?<![0-9A-Za-z:.])(?P<hour>[01]?[0-9]|2[0-3])(?P<sep>[:h.])(?P<minute>[0-5][0-9])(?![0-9]|[:.][0-9])(?P<zoned>{ZONE}|\s*(?:hrs|hours)\b)?",
            _clock_24,
            r"[0-9][:h.][0-5][0-9]",
        ),
        (r"\b(?P<t>noon|midday|midnight)\b", _noon, r"noon|midday|midnight"),
        (
            rf"\b(?:{_APPROXIMATELY}\s+)?(?:(?P<pre>the(?:\s+(?:past|last|next|first|coming|previous|following))?|another|a\s+further|an\s+additional)\s+(?!an?\b))?(?P<q>{_NUMBER}|{_VAGUE}|an?)(?P<half>\s+and\s+a\s+half)?(?:\s+|-)(?P<unit>{_UNIT})(?P<plural>s|ies)?\b(?![-\s]+old\b)(?P<ago>\s+ago\b)?",
            _duration,
            _UNIT_STEM,
        ),
        (
            r"\b(?:for|over|within|after|in)\s+(?P<t>(?P<unit>year|month|week|day|hour|minute|decade)s)\b|\b(?P<t2>(?P<unit2>decade|(?:year|month|week|day|hour|minute)(?=s\s+away\b))s)\b",
            _bare_plural_duration,
            r"years|months|weeks|days|hours|minutes|decades",
        ),
        (
            rf"\b(?P<every>every|each)\s+(?:(?P<other>other)\s+)?(?:(?P<q>{_NUMBER})\s+)?(?P<what>{_UNIT}|{lx.alternation(lx.WEEKDAYS)}|{lx.alternation(lx.PARTS_OF_DAY)}|{lx.alternation(lx.SEASONS)}|{lx.alternation(lx.MONTHS)})s?\b",
            _every,
            r"every|each",
        ),
        (
            rf"\b(?:once|twice|thrice|{_NUMBER}\s+times)\s+(?:a|an|per|every|each)\s+(?P<unit>{_UNIT})\b",
            _frequency,
            r"(?:once|twice|thrice|times)\s+(?:a|an|per|every|each)\b",
        ),
        (
            rf"\b{_NUMBER}\s+(?:days|nights|hours|shifts)\s+(?:a|an|per|every|each)\s+(?P<unit>{_UNIT})\b",
            _frequency,
            r"(?:days|nights|hours|shifts)\s+(?:a|an|per|every|each)\b",
        ),
        (rf"\b(?P<t>{lx.alternation(lx.SET_ADVERBS)})\b", _set_adverb, r"ly\b"),
        (
            r"\b(?:(?:the\s+)?(?:very\s+)?(?:early|late|mid|earlier|later)(?:\s+|-)|end-|the\s+(?:end|start|beginning|middle|close|turn)\s+of\s+)",
            _modifier,
            r"earl|late|mid|end|start|beginning|middle|close|turn",
        ),
    )
)
