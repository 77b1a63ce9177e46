"""Words the recogniser knows: calendar names, number words and time units."""

from __future__ import annotations

import re

MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}
# Abbreviations are only trusted next to a day number or a year ("Jan 5", "Dec. 2024"):
# on their own too many are names or words ("Jan", "Mar", "Sun").
MONTH_ABBREVIATIONS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
# Months that are also everyday English words ("may", "march"): capitalised at the
# start of a sentence they look like months, so they need evidence of being one.
AMBIGUOUS_MONTHS = {"may", "march"}

WEEKDAYS = {
    "monday": 1,
    "tuesday": 2,
    "wednesday": 3,
    "thursday": 4,
    "friday": 5,
    "saturday": 6,
    "sunday": 7,
}
WEEKDAY_ABBREVIATIONS = {
    "mon": 1,
    "tue": 2,
    "tues": 2,
    "wed": 3,
    "thu": 4,
    "thur": 4,
    "thurs": 4,
    "fri": 5,
    "sat": 6,
    "sun": 7,
}

SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}

PARTS_OF_DAY = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
}

# Modifiers that, before a single day, name a part of it: "shot late Saturday" is Saturday night.
DAY_MODIFIER_PARTS = {"late": "NI"}

# The hours after a day's midnight that each part of it may take, wide enough that outlets can
# call one moment by neighbouring parts ("late morning" and "around noon"): a night runs into the
# small hours of the next day.
PART_OF_DAY_HOURS = {"MO": (5, 13), "AF": (11, 19), "EV": (16, 25), "NI": (18, 30)}

ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "twenty-first": 21,
    "twenty first": 21,
}

CARDINALS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a hundred": 100,
    "dozen": 12,
    "a dozen": 12,
    "a couple of": 2,
    "couple of": 2,
    "a couple": 2,
}
# Vague quantities become the TIMEX3 placeholder "X" ("several years" -> "PXY").
VAGUE_QUANTITIES = {"several", "few", "a few", "many", "some", "numerous", "a number of"}

# unit -> (TIMEX3 duration letter, whether it is a clock unit written after "T", granularity)
UNITS = {
    "second": ("S", True, "none"),
    "minute": ("M", True, "minute"),
    "hour": ("H", True, "hour"),
    "day": ("D", False, "day"),
    "night": ("D", False, "day"),
    "week": ("W", False, "week"),
    "weekend": ("WE", False, "week"),
    "fortnight": ("W", False, "week"),
    "month": ("M", False, "month"),
    "quarter": ("Q", False, "quarter"),
    "year": ("Y", False, "year"),
    "decade": ("DE", False, "decade"),
    "century": ("CE", False, "century"),
}
UNIT_MULTIPLIERS = {"fortnight": 2}

SET_ADVERBS = {
    "hourly": ("PT1H", "hour"),
    "daily": ("P1D", "day"),
    "nightly": ("P1D", "day"),
    "weekly": ("P1W", "week"),
    "biweekly": ("P2W", "week"),
    "fortnightly": ("P2W", "week"),
    "monthly": ("P1M", "month"),
    "quarterly": ("P1Q", "quarter"),
    "annually": ("P1Y", "year"),
    "yearly": ("P1Y", "year"),
}

# Fixed-date holidays: name -> (month, day).
HOLIDAYS = {
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "valentine's day": (2, 14),
    "halloween": (10, 31),
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "christmas": (12, 25),
    "boxing day": (12, 26),
    "the fourth of july": (7, 4),
}
# Movable feasts: name -> days after Easter Sunday.
MOVABLE_FEASTS = {
    "easter": 0,
    "easter sunday": 0,
    "easter day": 0,
    "easter monday": 1,
    "good friday": -2,
    "holy thursday": -3,
    "maundy thursday": -3,
    "palm sunday": -7,
    "ash wednesday": -46,
    "pentecost": 49,
    "whit monday": 50,
}


def alternation(words) -> str:
    """A regex alternation of words, longest first so that "sept" wins over "sep"."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def parse_number(word: str) -> float | None:
    """The value of "3", "1,000", "2.5", "twenty-five", "a" or "a dozen"; None if not a number."""
    word = re.sub(r"\s+", " ", word.strip().lower())
    if re.fullmatch(r"[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+(?:\.[0-9]+)?", word):
        return float(word.replace(",", ""))
    if word in CARDINALS:
        return float(CARDINALS[word])
    tens, _, unit = word.partition("-")
    if unit and CARDINALS.get(tens, 0) >= 20 and CARDINALS.get(unit, 99) < 10:
        return float(CARDINALS[tens] + CARDINALS[unit])
    return None


def number_pattern() -> str:
    """Regex for a cardinal written in digits or words ("48", "twenty-five", "a couple of")."""
    words = alternation(k for k in CARDINALS if k not in ("a", "an"))
    compound = (
        r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)"
    )
    return rf"(?:[0-9]{{1,3}}(?:,[0-9]{{3}})+|[0-9]+(?:\.[0-9]+)?|{compound}|{words})"
