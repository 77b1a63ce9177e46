"""How two claims' dates, places and quantities relate."""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import replace

from factcheck.claims_table import VICTIM_SOURCE
from factcheck.quantities import rounding
from factcheck.rules import Gazetteer, Relation
from factcheck.rules.gazetteer import house_number, street_block
from factcheck.rules.lexicon import EventLexicon
from factcheck.temporal.calendar import (
    CLOCK_TIME,
    Fields,
    apart_whatever_the_year,
    clock_time_alone,
    minute_of_day,
    minutes_apart,
    with_its_weekday,
)
from factcheck.temporal.timex import (
    WEEK_HOURS,
    Hours,
    modified_interval,
    names_its_weekday,
    part_of_day_hours,
    told_hours,
    week_hours,
)
from factcheck.text import normalise_name


def dates_overlap(a: dict, b: dict) -> bool | None:
    """Whether two claims' time intervals can overlap; None when either is unresolved and the
    calendar fields both state do not set them apart, or when both tell the same weekday and
    only their publication dates set it apart. A date told relative to the article's
    publication ("on Tuesday", "last week") is only as sure as that date, which pages get wrong
    by a day, and weeks blur at their edges: the two may lie that many days apart (the larger
    slack of the two, not their sum). A death dated by what befell its victims came then or
    later: only its own date told before that is apart (a killing's date is the cause's)."""
    if bool(a.get("time_of_cause")) != bool(b.get("time_of_cause")) and a["event_type"] == b["event_type"]:
        return _at_or_after_cause(a, b)
    if not (a["time_begin"] and b["time_begin"]):
        apart = apart_whatever_the_year(_fields(a), _fields(b)) or _parts_of_week_apart(a, b) or _weekdays_apart(a, b)
        return False if apart else None
    if _parts_of_day_apart(a, b):
        return False
    if _same_weekday_told(a, b):
        return None
    if a_day_apart(a, b):
        return False
    if a["time_begin"] < b["time_until"] and b["time_begin"] < a["time_until"]:
        return True
    return _days_apart(a, b) <= max(_slack(a), _slack(b))


# Hours between two accounts of one time beyond which they tell another day: more than a clock
# time's a.m. and p.m. ("around 11:30 Tuesday") or late one night and early the next.
DAY_APART_HOURS = 18


def a_day_apart(a: dict, b: dict) -> bool:
    """Two accounts of one time put it on days and hours more than `DAY_APART_HOURS` apart, each
    day named in its sentence ("dispatched ... at about 11:55 p.m. Sunday", "responded ... around
    midnight on Saturday"; "around 10:30 p.m. Wednesday", "around 10 p.m. Thursday night"). A
    minute or an hour apart is no rival account; another day is."""
    hours = _hours_on_a_named_day(a), _hours_on_a_named_day(b)
    if None in hours:
        return False
    (a_first, a_last), (b_first, b_last) = hours
    return max(a_first - b_last, b_first - a_last) >= dt.timedelta(hours=DAY_APART_HOURS)


def response_off_its_incident(response: dict, incident: dict, answered_at_once: bool) -> bool:
    """A response told more than `DAY_APART_HOURS` before the incident another article tells,
    or, for an incident responders come to as it happens (`answered_at_once`), as long after it."""
    hours = _hours_on_a_named_day(response), _hours_on_a_named_day(incident)
    if None in hours:
        return False
    (came, left), (began, ended) = hours
    limit = dt.timedelta(hours=DAY_APART_HOURS)
    return began - left >= limit or (answered_at_once and came - ended >= limit)


def _hours_on_a_named_day(claim: dict) -> Hours | None:
    """The hours of a claim's day, part of a day or clock time, where its sentence names the day:
    a clock time told alone takes the page's day, and "last night" moves with a page dated a day
    off."""
    if _slack(claim) or clock_time_alone(claim["time_text"]):
        return None
    return told_hours(claim["time_value"], claim["time_granularity"], claim["time_begin"], claim["time_until"])


# Hours apart beyond which two clock times of one moment are rival accounts ("around 1:40 a.m.",
# "about 4:40 a.m."): outlets round, and give the minute they were told, not another hour.
CLOCK_APART_HOURS = 2


def clocks_apart(a: dict, b: dict) -> bool:
    """Two clock times of one moment (a shooting, a crash) at least `CLOCK_APART_HOURS` apart on
    the clock, whatever day each page puts them on: a clock time told alone takes its page's day,
    which may be off, but not its hour."""
    gap = _clock_gap(a, b)
    return gap is not None and abs(gap) >= CLOCK_APART_HOURS * 60


def clocked_before(response: dict, incident: dict) -> bool:
    """A response told at least `CLOCK_APART_HOURS` before, on the clock, the moment another
    article gives the incident it came to."""
    gap = _clock_gap(response, incident)
    return gap is not None and gap <= -CLOCK_APART_HOURS * 60


def _clock_gap(a: dict, b: dict) -> int | None:
    """Minutes from b's clock time to a's, the shorter way round the clock; None unless both are
    clock times that say their half of the day (see `minute_of_day`)."""
    minutes = [minute_of_day(c["time_text"], c["time_value"], c["time_granularity"]) for c in (a, b)]
    return None if None in minutes else minutes_apart(*minutes)


def after_its_cause(cause: dict, death: dict) -> bool | None:
    """Whether a death and what befell its victims, told by two articles, can be one event in
    time: the death came then or later ("was shot Saturday", "died Monday"), so only a death
    told before it is apart; a death dated by its cause ("died after being shot on Friday") is
    told at the cause's time, and the two dates must overlap."""
    if death.get("time_of_cause"):
        return dates_overlap(cause, death)
    return _at_or_after_cause({**cause, "time_of_cause": True}, death)


def _at_or_after_cause(a: dict, b: dict) -> bool | None:
    """One claim is dated by what befell the victims ("died after being stabbed on Saturday"),
    the other by the death itself ("died on Monday"): apart only when the death is told before."""
    cause, death = (a, b) if a.get("time_of_cause") else (b, a)
    if not (cause["time_begin"] and death["time_begin"]):
        return None
    if death["time_until"] > cause["time_begin"] and not _part_of_day_before(death, cause):
        return True
    return dates_overlap({**cause, "time_of_cause": False}, death)


def _part_of_day_before(first: dict, then: dict) -> bool:
    """Both name a part of a day, neither with slack, and the first's hours end before the
    other's begin ("Tuesday morning", "early Wednesday morning")."""
    hours = [part_of_day_hours(claim["time_value"]) for claim in (first, then)]
    return None not in hours and not (_slack(first) or _slack(then)) and hours[0][1] <= hours[1][0]


def _fields(claim: dict) -> Fields:
    return Fields.of(claim["time_value"], claim["time_begin"], claim["time_granularity"])


# Days a date told relative to the publication date may be off, by granularity: a clock time
# "today" or "this morning" is as far off as its day (wire copy dated by a page a time zone on).
RELATIVE_SLACK = {"minute": 1, "hour": 1, "day": 1, "week": 3, "weekend": 3}
# Days a page's date may trail the writing of its article (a re-publication, an update): "last
# month" on a page dated 2 March may have been written in February, about January.
PAGE_LATE_DAYS = 3
_CALENDAR_UNIT = {"month": lambda d: (d.year, d.month), "year": lambda d: d.year}


def _slack(claim: dict) -> int:
    # A month and day ("March 7") takes only its year from the publication date: no slack.
    day = CLOCK_TIME.sub("", claim["time_text"] or "")
    relative = claim["time_anchor"] == "document" and not any(ch.isdigit() for ch in day)
    # A weekday names its day whatever day the page was dated within the week ("Saturday" on a
    # page of Sunday or of Monday): only "yesterday" or "last night" move with a wrong page date.
    if not relative or _WEEKDAY.search(claim["time_text"] or "") or names_its_weekday(claim["time_value"]):
        return 0
    unit = _CALENDAR_UNIT.get(claim["time_granularity"])
    if unit is None:
        return RELATIVE_SLACK.get(claim["time_granularity"], 0)
    if not claim.get("published"):
        return 0
    # Written a few days earlier, in the month (year) before: the previous one, adjacent to this.
    published = dt.date.fromisoformat(claim["published"])
    return int(unit(published) != unit(published - dt.timedelta(days=PAGE_LATE_DAYS)))


def _parts_of_day_apart(a: dict, b: dict) -> bool:
    """Both claims name a part of a day ("Friday night", "Saturday night"), neither relative to a
    page date that may be a day off ("last night"), and the hours the two parts may take do not
    meet: a night reaches into the small hours, so only different nights, or a morning and an
    evening, are apart. Of one weekday, whatever week each page puts it in, only the parts can
    differ."""
    hours = [part_of_day_hours(claim["time_value"]) for claim in (a, b)]
    if None in hours or _slack(a) or _slack(b):
        return False
    (a_first, a_last), (b_first, b_last) = hours
    if _same_weekday_told(a, b):
        moved = dt.timedelta(days=(a_first.date() - b_first.date()).days)
        b_first, b_last = b_first + moved, b_last + moved
    return not (a_first < b_last and b_first < a_last)


def _parts_of_week_apart(a: dict, b: dict) -> bool:
    """Parts or clock times of named weekdays, one of them undated ("Saturday afternoon" on a
    page with no date, "Sunday afternoon" or "around 10am" on a Sunday on another): the hours each
    may take in any week do not meet."""
    hours = [week_hours(claim["time_value"]) for claim in (a, b)]
    if None in hours or _slack(a) or _slack(b):
        return False
    (a_first, a_last), (b_first, b_last) = hours
    return not any(a_first < b_last + shift and b_first + shift < a_last for shift in (-WEEK_HOURS, 0, WEEK_HOURS))


def _weekdays_apart(a: dict, b: dict) -> bool:
    """A weekday of an undated page ("Friday") against the days of a dated claim ("Thursday,
    Aug. 25"): apart when it is none of their weekdays. A weekday names its day, so even the
    next one is apart; "early Friday" reaches into Thursday night. Not two undated pages' weekdays:
    without a page date, a day told in one time zone may be the next in another's."""
    if bool(a["time_begin"]) == bool(b["time_begin"]):
        return False
    days = [_weekdays(claim) for claim in (a, b)]
    return None not in days and not days[0] & days[1]


DAY_OR_FINER = frozenset({"day", "hour", "minute"})
_BARE_WEEKDAY = re.compile(r"^XXXX-WXX-([1-7])$")
_A_MONDAY = dt.date(2024, 1, 1)


def _weekdays(claim: dict) -> set[int] | None:
    """The days of the week (ISO) a claim's date may fall on: those of a dated claim's days, or
    of an undated page's bare weekday; None for anything else, or a date told with slack. Not a
    clock time's: its day is often the one its article gave last."""
    if _slack(claim):
        return None
    if claim["time_begin"]:
        if claim["time_granularity"] != "day":
            return None
        first, until = dt.date.fromisoformat(claim["time_begin"]), dt.date.fromisoformat(claim["time_until"])
    elif weekday := _undated_weekday(claim):
        day = _A_MONDAY + dt.timedelta(days=weekday - 1)
        first, until = modified_interval(claim["time_text"] or "", "day", (day, day + dt.timedelta(days=1)))
    else:
        return None
    days = (until - first).days
    return {(first + dt.timedelta(days=i)).isoweekday() for i in range(days)} if days < 7 else None


def _undated_weekday(claim: dict) -> int | None:
    """The weekday (ISO) an undated page names: a bare one ("Friday"), or the one told beside a
    day of the month ("Wednesday, 26 May")."""
    if match := _BARE_WEEKDAY.match(claim["time_value"] or ""):
        return int(match[1])
    if claim["time_granularity"] != "day":
        return None
    return with_its_weekday(Fields.of(claim["time_value"], None, "day"), claim["time_text"]).weekday


def _days_apart(a: dict, b: dict) -> int:
    """Days from the end of the earlier interval to the start of the later (1 for adjacent days)."""
    earlier, later = sorted((a, b), key=lambda c: c["time_begin"])
    return (dt.date.fromisoformat(later["time_begin"]) - dt.date.fromisoformat(earlier["time_until"])).days + 1


_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)


def _same_weekday_told(a: dict, b: dict) -> bool:
    """ "on Saturday" in two articles published a week apart, or "on Thursday" in one and "on 12
    October", a Thursday, in another: a weekday counts from its page's day, and an article's
    page date is often when it was last updated, not written."""
    told = [c for c in (a, b) if c["time_anchor"] == "document" and _WEEKDAY.search(c["time_text"] or "")]
    if not told or a["time_granularity"] != "day" or b["time_granularity"] != "day":
        return False
    # A page dated a week late moves its weekday by a week, no more.
    week_apart = abs((dt.date.fromisoformat(a["time_begin"]) - dt.date.fromisoformat(b["time_begin"])).days) <= 7
    return week_apart and _fields(a).weekday == _fields(b).weekday


def date_gap(a: dict, b: dict) -> int | None:
    """Days between two claims' intervals (0 when they overlap); None when either is unresolved."""
    if not (a["time_begin"] and b["time_begin"]):
        return None
    if dates_overlap(a, b):
        return 0
    return _days_apart(a, b)


HISTORY_DAYS = 365


def history_against_news(a: dict, b: dict) -> bool:
    """One claim is dated more than a year before its article appeared ("won 22 seats in the
    2019 election") and the other is not dated at all: an undated claim in a news story tells
    that story's news, so the two are different occurrences, not rival accounts of one."""
    for old, new in ((a, b), (b, a)):
        if new["time_text"] or not (old["time_until"] and old["published"]):
            continue
        ended = dt.date.fromisoformat(old["time_until"])
        if (dt.date.fromisoformat(old["published"]) - ended).days > HISTORY_DAYS:
            return True
    return False


def later_development(a: dict, b: dict) -> bool:
    """One article dates the event after the other article appeared: the earlier one could not
    know of it. For an event that accumulates (a second death, another arrest) the two tell
    different moments of a developing story, not rival accounts of one."""
    for early, late in ((a, b), (b, a)):
        if early["published"] and late["time_begin"] and late["time_begin"] > early["published"]:
            return True
    return False


def describe_time(claim: dict) -> str:
    return f"{claim['time_value']} ({claim['time_granularity']})"


def place_relation(a: dict, b: dict, gazetteer: Gazetteer) -> Relation | None:
    if not (a["place_key"] and b["place_key"]):
        return None
    if a.get("place_within") is not None or b.get("place_within") is not None:
        return _street_relation(a, b, gazetteer)
    if a["place_known"] and b["place_known"]:
        return gazetteer.relation(a["place_key"], b["place_key"])
    names = normalise_name(a["place_text"]), normalise_name(b["place_text"])
    if names[0] == names[1] or _words_within(*names):
        # "Nislor" and "Port Nislor": one name is the other written out.
        return Relation("same", f"both name {a['place_text']}")
    region = next((c for c in (a, b) if c["place_known"] and gazetteer.is_region(c["place_key"])), None)
    if region is not None:
        # The gazetteer holds countries, states and big cities only: a name it does not know set
        # against a country or a state is a town, a district or a site, most likely inside it.
        town = b if region is a else a
        where = gazetteer.label(region["place_key"])
        return Relation("inside", f"{town['place_text']}, unknown to the gazetteer, may lie within {where}", False)
    return Relation("unknown", f"the gazetteer does not relate {a['place_text']} and {b['place_text']}")


def _street_relation(a: dict, b: dict, gazetteer: Gazetteer) -> Relation | None:
    """A street against a place: what its city is to that place; a street inside the place is
    the same ground told more precisely. Two streets of one city, or of cities neither article
    names, only overlap: one event has one scene, though a corner joins two streets and the one
    where a victim was found may be another."""
    if a["place_key"] == b["place_key"]:
        cities = _city(a, gazetteer), _city(b, gazetteer)
        towns = place_relation(*cities, gazetteer) if all(cities) else None
        in_two_towns = (
            replace(towns, explanation=f"{a['place_text']} is named in two towns: {towns.explanation}")
            if towns is not None and towns.kind not in ("same", "inside", "contains", "overlap")
            else None
        )
        if in_two_towns is not None and in_two_towns.kind == "disjoint":
            return in_two_towns  # "Elm Street in Cincinnati" and "Elm Street in Dayton": two streets
        blocks = street_block(a["place_text"]), street_block(b["place_text"])
        if None not in blocks and blocks[0] != blocks[1]:
            # whether or not a town the gazetteer does not know ("the Cedar Bluff area") holds the other
            return Relation("overlap", f"{a['place_text']} and {b['place_text']} are two stretches of one street")
        numbers = house_number(a["place_text"]), house_number(b["place_text"])
        if None not in numbers and numbers[0] != numbers[1]:
            return Relation("overlap", f"{a['place_text']} and {b['place_text']} are two buildings of one street")
        return in_two_towns or Relation("same", f"both name {a['place_text']}")
    if a.get("place_within") is not None and b.get("place_within") is not None:
        return _two_streets(a, b, gazetteer)
    street, other = (a, b) if a.get("place_within") is not None else (b, a)
    city = _city(street, gazetteer)
    if city is None:
        return None  # a street in a city the article never named: nothing to hold against the other
    relation = place_relation(city, other, gazetteer)
    if relation is not None and relation.kind in ("same", "contains"):
        return Relation("inside", f"{street['place_text']} lies within {describe_place(city, gazetteer)}")
    return relation


def _two_streets(a: dict, b: dict, gazetteer: Gazetteer) -> Relation | None:
    cities = _city(a, gazetteer), _city(b, gazetteer)
    relation = place_relation(*cities, gazetteer) if all(cities) else None
    if relation is None or relation.kind in ("same", "inside", "contains"):
        where = next((f" of {describe_place(city, gazetteer)}" for city in cities if city), "")
        return Relation("overlap", f"{a['place_text']} and {b['place_text']} are two streets{where}")
    return relation


def _city(claim: dict, gazetteer: Gazetteer) -> dict | None:
    """The city a street claim lies in, as a place claim of its own (None for a claim that is no street)."""
    key = claim.get("place_within")
    if not key:
        return None
    known = key in gazetteer.places
    return {"place_key": key, "place_known": known, "place_text": gazetteer.label(key) if known else key}


def describe_place(claim: dict, gazetteer: Gazetteer) -> str:
    return gazetteer.label(claim["place_key"]) if claim["place_known"] else claim["place_text"]


def quantities_compatible(a: dict, b: dict) -> bool | None:
    """Whether two claims' counts can both hold; None when they do not count the same thing."""
    if a["quantity_value"] is None or b["quantity_value"] is None:
        return None
    if (a["quantity_unit"] or "") != (b["quantity_unit"] or ""):
        return None
    (a_low, a_high), (b_low, b_high) = _allowed(a), _allowed(b)
    return a_low <= b_high and b_low <= a_high


# After a figure and its unit, where it is measured from: "2 miles from The Geysers",
# "3 miles southwest of Cobb", "10 km off the coast".
_MEASURED_FROM = re.compile(
    r"(?:[\s-]+[^\W\d]+){0,2}?\s+(?:(?:north|south|east|west)[a-z-]*\s+of|(?:away\s+)?from|off)\s+(?:the\s+)?"
    r"([^\W\d][\w'’.-]*)",
    re.IGNORECASE,
)


def measured_from_elsewhere(a: dict, b: dict) -> bool:
    """Both figures are distances from a place, and not from the same one: "two miles from The
    Geysers" and "3 miles southwest of Cobb" may both hold."""
    mine, theirs = _reference(a), _reference(b)
    return mine is not None and theirs is not None and mine != theirs


def _reference(claim: dict) -> str | None:
    after = (claim["sentence"] or "")[claim["quantity_end"] - claim["sentence_start"] :]
    found = _MEASURED_FROM.match(after)
    return found.group(1).lower() if found else None


def _allowed(claim: dict) -> tuple[float, float]:
    """The amounts a claim's figure allows: its interval, widened by the rounding of an exact
    figure ("$13 billion" allows $13.2 billion)."""
    low, high = claim["quantity_low"], claim["quantity_high"]
    if low == high:
        slack = rounding(claim["quantity_text"] or "")
        return low - slack, high + slack
    return low, high


def count_grew(a: dict, b: dict, lexicon: EventLexicon) -> bool:
    """The toll of a developing story, not a rival account: both articles are dated, on
    different days, and the later one gives the larger count; or, of an event that accumulates
    (deaths, injuries), the larger count is told as what the toll has risen to ("the death toll
    rose to 33") in an article no older than the other, or told by two pages with no date. A later
    article with a smaller count cannot be explained by what happened since, nor a dead victim's
    greater age, nor an age more than a birthday greater a few days later."""
    smaller, larger = sorted((a, b), key=lambda claim: claim["quantity_low"])
    if larger["quantity_low"] <= smaller["quantity_high"] or VICTIM_SOURCE in (a["event_source"], b["event_source"]):
        return False
    more_than_a_birthday = larger["quantity_low"] - smaller["quantity_high"] > 1
    if more_than_a_birthday and {a["event_type"], b["event_type"]} & lexicon.as_of_publication:
        return False
    if a["published"] and b["published"] and a["published"] != b["published"]:
        return larger["published"] > smaller["published"]
    accumulates = {a["event_type"], b["event_type"]} <= lexicon.accumulates
    # Two pages with no date may tell the tolls of any two hours, in either order.
    return accumulates and (_told_as_risen(larger, lexicon) or not (a["published"] or b["published"]))


def _told_as_risen(claim: dict, lexicon: EventLexicon) -> bool:
    """The claim's count follows a phrase that tells a growing toll has reached it ("rose to")."""
    before = claim["sentence"][: claim["quantity_start"] - claim["sentence_start"]]
    return lexicon.tells_rise(before)


def describe_quantity(claim: dict) -> str:
    low, high, value = claim["quantity_low"], claim["quantity_high"], claim["quantity_value"]
    unit = claim["quantity_unit"] or ""
    if low == high:
        shown = _number(value)
    elif math.isinf(high):
        shown = f"at least {_number(low)}"
    elif low == 0:
        shown = f"at most {_number(high)}"
    else:
        shown = f"{_number(low)} to {_number(high)}"
    return f"{unit} {shown}" if unit.isupper() else f"{shown} {unit}".strip()


def _number(value: float) -> str:
    """2100000000 -> "2.1 billion", 43 -> "43"."""
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= size:
            return f"{value / size:.4g} {word}"
    return f"{value:,.10g}"


def _words_within(left: str, right: str) -> bool:
    shorter, longer = sorted((left.split(), right.split()), key=len)
    return bool(shorter) and all(word in longer for word in shorter)
