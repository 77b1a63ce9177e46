"""The place gazetteer: names, containment, overlap and disjointness, and a matcher over text."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from factcheck.temporal.lexicon import ORDINALS


@dataclass
class Place:
    id: str
    label: str
    names: list[str]
    within: list[str] = field(default_factory=list)
    overlaps: list[str] = field(default_factory=list)
    disjoint: list[str] = field(default_factory=list)
    context: list[str] = field(default_factory=list)  # a name counts only beside one of these words
    disjoint_children: bool = False  # the places within this one never overlap
    abbreviations: list[str] = field(default_factory=list)  # read only after a town's name: "Bountiful, B.C."
    match_case: bool = False  # capitalised names match only capitalised text
    local_to: str = ""  # a country whose local news alone names it bare ("Elmwood", a US town)
    source: tuple[str, int] = ("", 0)  # rule file and line, for error messages


@dataclass(frozen=True)
class PlaceMatch:
    start: int
    end: int
    place: str


@dataclass(frozen=True)
class Relation:
    kind: str  # "same" | "inside" | "contains" | "overlap" | "disjoint" | "unknown"
    explanation: str
    # False when the relation is only likely (a town the gazetteer does not know "may lie
    # within" a state): enough to make a place finding information, not to call two counts
    # tallies of one ground.
    certain: bool = True


_WORD = re.compile(r"\w+(?:['’]\w+)*")
_QUALIFIER_GAP = re.compile(r",[ \t]*")  # "London, Ontario"
_NEXT_WORD = re.compile(r"[ \t]+(\w+)")  # "Kansas| City"
_ABBREVIATION = re.compile(r"[A-Z][A-Za-z]*\.(?:[A-Z][a-z]*\.)*")  # "B.C.", "Ont.", "W.Va.", "P.E.I."


def _words(text: str) -> list[re.Match]:
    return list(_WORD.finditer(text))


def _key(words) -> str:
    return " ".join(w.casefold().replace("’", "'") for w in words)


def _name_key(name: str) -> str:
    """The word key of a whole name, as the gazetteer's tables hold it."""
    return _key(m.group() for m in _words(name))


def _case_fits(name: list[str] | None, written: list[str]) -> bool:
    """Whether text words are cased as a case-sensitive name's words are (None: any case)."""
    if name is None:
        return True
    for want, got in zip(name, written):
        if want.isupper() and len(want) > 1 and not got.isupper():
            return False
        if want[:1].isupper() and not got[:1].isupper():
            return False
    return True


# "the 300 block of Margate Road", "410 W. Main St.": the hundred a street's number lies in.
_BLOCK = re.compile(r"^(?:the\s+)?(\d{1,6})(?:\s*-?\s*block\b|\s+(?=[A-Za-z]))", re.IGNORECASE)


def street_block(text: str | None) -> int | None:
    """The block a street place's number lies in (3 for "the 300 block of Margate Road" and for
    "312 Margate Road"); None for a place without a number."""
    found = _BLOCK.match(text or "")
    return None if found is None else int(found[1]) // 100


_HOUSE_NUMBER = re.compile(r"^(\d{1,6})\s+(?!block\b)(?=[A-Za-z])", re.IGNORECASE)


def house_number(text: str | None) -> int | None:
    """The number of a street address (312 for "312 Margate Road"); None for a block ("the 300
    block of Margate Road") or a place without a number."""
    found = _HOUSE_NUMBER.match(text or "")
    return None if found is None else int(found[1])


# "near", "off of": the place after them is one the scene lies by, not the scene; so is one after
# what the scene is near ("near the ramp on to Interstate 265", "near the corner of").
_NEARBY = re.compile(
    r"\b(?:near|close\s+to|not\s+far\s+from|off(?:\s+of)?)\s+"
    r"(?:the\s+(?:[a-z-]+\s+){1,2}?(?:of|to|onto|on\s+to|into|for|from)\s+)?\Z",
    re.I,
)


def told_as_nearby(before: str) -> bool:
    """Whether the words before a place make it a point the scene lies by ("a home near Oak
    Avenue", "the 3600 block of Denver Lane off of Pellissippi Parkway", "near the exit to
    Route 9"), not the scene."""
    return _NEARBY.search(before) is not None


def numbered_neighbours(one: str, other: str) -> bool:
    """Two street names that are numbers next to each other ("16", "17"): a scene between two
    numbered streets is near both."""
    return one.isdigit() and other.isdigit() and abs(int(one) - int(other)) <= 1


def on_a_street(streets: Iterable[StreetMatch], start: int, end: int) -> bool:
    """Whether a name lies within a street's ("Havana" in "near Colfax and Havana"): the street's
    name, not a town."""
    return any(street.start <= start and end <= street.end for street in streets)


def read_by_matcher(places: Iterable[PlaceMatch], start: int, end: int) -> bool:
    """Whether the place matcher read a name that overlaps the span (its reading, with the region
    a town is told in, wins over a bare lookup of the entity's text)."""
    return any(m.start < end and start < m.end for m in places)


@dataclass(frozen=True)
class StreetMatch:
    start: int  # the whole phrase: "the 1200 block of Elm Street", "410 W. Main St."
    end: int
    street: str  # the street's key: "elm street", "main street", "route 9"


@dataclass
class StreetShapes:
    """Streets and addresses known by shape: a capitalised name ending in a suffix ("Elm
    Street", "W. Main St."), a road word with a number ("Route 9") or a road's code ("the R152
    at Keenogue"), with a house number, "the 1200 block of" or "the corner of ... and ..."
    before it."""

    suffixes: list[str] = field(default_factory=list)
    numbered: list[str] = field(default_factory=list)
    prefixes: list[str] = field(default_factory=list)  # "Avenue Montaigne", "Rue de Rivoli"
    coded: list[str] = field(default_factory=list)  # "M25", "N2", "R152": a road class's letter and a number

    @cached_property
    def _full_suffix(self) -> dict[str, str]:
        """Each suffix -> the suffix it abbreviates ("St" -> "Street"), or itself."""
        return _written_out(self.suffixes)

    @cached_property
    def _full_road(self) -> dict[str, str]:
        """Each numbered road word -> the one it abbreviates ("SR" -> "State Route", "I" ->
        "Interstate"), or itself."""
        return _written_out(self.numbered)

    @cached_property
    def _full_suffixes(self) -> frozenset[str]:
        """The suffixes written out, as keys hold them ("street", "avenue")."""
        return frozenset(suffix.casefold() for suffix in self._full_suffix.values())

    @cached_property
    def _plural_suffix(self) -> str:
        """The written-out suffixes in the plural, in either case ("streets", "Avenues")."""
        plurals = sorted({f"{s}s" for s in self._full_suffix.values()}, key=len, reverse=True)
        return "(?i:" + "|".join(re.escape(s) for s in plurals) + ")" if plurals else "(?!)"

    @cached_property
    def _pattern(self) -> re.Pattern | None:
        if not (self.suffixes or self.numbered or self.prefixes):
            return None
        full = [re.escape(s) for s, f in self._full_suffix.items() if s == f]
        short = [re.escape(s) for s, f in self._full_suffix.items() if s != f]
        # Not "Drive-By Shooting", "Court-Martial": a suffix joined to the next word is none.
        full_forms = [f"(?:{s})\\b(?![-‐‑])" for s in full]
        suffix = "|".join([*full_forms, *(f"(?:{s})\\b(?!\\.?\\s+[A-Z][a-z])\\.?" for s in short)])
        # After a house number, "St." is the street's even before a capital: "at 1080 Terrace St. Upon
        # arriving".
        numbered_suffix = "|".join([*full_forms, *(f"(?:{s})\\b\\.?" for s in short)])
        # "M.L.K.": a name's initials are one of its words.
        word = rf"(?:(?:[A-Z]\.){{2,4}}|[A-Z][\w'’-]*|{_ORDINAL})"
        bare = rf"(?:(?:{_DIRECTION})\.?\s+)?{word}(?:\s+{word}){{0,2}}(?:,?\s+{_GENERATION}\.?)?"
        # "North 27 Street": a street's number need not be written as an ordinal before its suffix.
        stem = rf"(?:{bare}|(?:(?:{_DIRECTION})\.?\s+)?\d{{1,3}})\s+"
        # Seattle's "23rd Avenue S.", Tulsa's "54th Street North": a quarter of the grid after the
        # suffix, where no name goes on after it.
        quarter = rf"(?:\s+(?:{_DIRECTION})\b\.?(?!\s+[A-Z][a-z]))?"
        named = rf"{stem}(?:{suffix or '(?!)'}){quarter}"
        addressed = rf"{stem}(?:{numbered_suffix or '(?!)'}){quarter}"
        numbered = "|".join(re.escape(n) for n in sorted(self.numbered, key=len, reverse=True)) or "(?!)"
        prefix = "|".join(re.escape(p) for p in self.prefixes) or "(?!)"
        fronted = rf"(?:{prefix})\s+(?:(?:de|du|des|del|della|de\s+la)\s+)?{word}(?:\s+{word}){{0,2}}"
        coded = "|".join(re.escape(c) for c in self.coded) or "(?!)"
        # "the R152 at Keenogue", "on the M25 near Slough"; not "the M16 rifle", "an N95 mask".
        code = rf"(?:{coded})\d{{1,4}}\b(?=\s*(?:[,.;:)]|\Z|{_AFTER_A_ROAD_CODE}))"
        road = rf"(?:{named}|(?:{numbered})(?:\s+|-)\d{{1,4}}\b|{code}|{fronted})"
        return re.compile(
            # Chicago's "the 6300 block of South Morgan": after "block of", a name is a street's.
            rf"(?:the\s+)?\d{{1,6}}(?:\s+|-)block\s+of\s+(?P<block>{road}|{bare})"
            rf"|(?:the\s+)?(?:corner|intersection)\s+of\s+(?P<corner>{road})\s+and\s+{road}"
            # Milwaukee's "near 27th and Wright", Chicago's "79th and Halsted", Tucson's "near
            # Oracle and Grant": a street crossing another, neither with its suffix.
            rf"|(?:(?<=\bnear )|(?<=\bat )|(?<=\bon ))(?P<crossing>(?:(?:{_DIRECTION})\.?\s+)?{_ORDINAL})"
            rf"\s+(?:and|&)\s+[A-Z](?:[a-z]+|[A-Z]{{1,3}})\b"
            # "the corner of North Murtland and Upland streets": two names that share one suffix.
            rf"|(?:(?:the\s+)?(?:corner|intersection)\s+of\s+)?(?P<shared>{bare})\s+(?:and|&)\s+{bare}"
            rf"\s+(?P<shared_suffix>{self._plural_suffix})\b"
            # Not "at Halloway & Finch": a firm's name.
            rf"|(?:(?<=\bnear )|(?<=\bat ))(?P<bare_crossing>[A-Z][a-z]+)\s+and\s+[A-Z][a-z]+\b(?![\w’'-]|\s+[A-Z])"
            rf"|\b\d{{1,6}}[A-Z]?\s+(?P<address>{addressed})"
            rf"|(?<![\w’'])(?P<road>{road})"
        )

    def find(self, text: str) -> list[StreetMatch]:
        if self._pattern is None:
            return []
        found = []
        for match in self._pattern.finditer(text):
            groups = ("block", "corner", "shared", "crossing", "bare_crossing", "address", "road")
            street = next(match[g] for g in groups if match[g])
            if match["shared"]:
                street = f"{street} {match['shared_suffix']}"
            start = match.start()
            if match["road"] and (owner := _OWNER.match(street)):
                street, start = street[owner.end() :], start + owner.end()
            found.append(StreetMatch(start, match.end(), self._key(street)))
        return found

    def corner(
        self, text: str, start: int, end: int, found: list[StreetMatch] | None = None
    ) -> tuple[int, int, frozenset[str]] | None:
        """The crossing the street at text[start:end] is named in ("near 44th Street and McDowell
        Road", "the intersection of Muhammad Ali Boulevard and South 16th Street", "at 55th and
        Prospect"): where its words start and end in the text, and the names of its two streets
        (`name_of`); None for a street named alone. `found` holds `find(text)` where the caller
        has it already."""
        found = self.find(text) if found is None else found
        for i, match in enumerate(found):
            if not (match.start < end and start < match.end):
                continue
            joined = _JOINED.search(text, match.start, match.end)
            if joined is not None:  # one match names both: "the corner of X and Y", "55th and Prospect"
                other = self.find(text[joined.end() : match.end])
                second = other[0].street if other else self._key(text[joined.end() : match.end])
                return match.start, match.end, frozenset({self.name_of(match.street), self.name_of(second)})
            neighbours = ((match, found[i + 1] if i + 1 < len(found) else None), (found[i - 1] if i else None, match))
            for first, second in neighbours:
                if first is not None and second is not None and _JOINED.fullmatch(text, first.end, second.start):
                    names = frozenset({self.name_of(first.street), self.name_of(second.street)})
                    return first.start, second.end, names
        return None

    def name_of(self, key: str) -> str:
        """A street's name without its suffix ("halsted street" -> "halsted"): "South Halsted"
        and "Halsted Street" are one street. A numbered road keeps its number ("route 9"). A
        name is one street with or without a final "s" ("Alberts Street", "Albert Street"):
        outlets write it both ways. A name of three words or more, a person's, is one street by its
        initials ("Martin Luther King Jr. Boulevard", "M.L.K. Blvd.", "MLK Avenue": "mlk")."""
        words = key.split()
        name = " ".join(words[:-1]) if len(words) > 1 and words[-1] in self._full_suffixes else key
        named = [word for word in name.replace(".", "").split() if not re.fullmatch(_GENERATION, word, re.I)]
        if len(named) >= 3 and all(word.isalpha() for word in named):
            return "".join(word[0] for word in named)
        return _FINAL_S.sub("", " ".join(named))

    def _key(self, street: str) -> str:
        """ "W. Main St." and "Main Street" -> "main street"; "SR-126" and "State Route 126" ->
        "state route 126"."""
        road = _NUMBERED_ROAD.fullmatch(street)
        if road and road["word"] in self._full_road:
            return f"{self._full_road[road['word']]} {road['number']}".casefold()
        # "27th Street", "North 27 Street" are one street, and so are "Third Street" and "3rd Street".
        words = [_as_number(w.strip(".")) for w in street.split()]
        if len(words) > 2 and words[-2] in self._full_suffix and re.fullmatch(_DIRECTION, words[-1]):
            words = words[:-1]  # "23rd Avenue S." is 23rd Avenue, told in its quarter
        words[-1] = self._full_suffix.get(words[-1], words[-1])
        # "Upland streets", as the second of two names that share their suffix, is Upland Street.
        if len(words) > 1 and words[-1].casefold()[:-1] in self._full_suffixes and words[-1][-1:] in "sS":
            words[-1] = words[-1][:-1]
        # "South Morgan" and "S. Morgan St." are Morgan's; "North Avenue" is a name of its own.
        if len(words) > 1 and words[1] not in self._full_suffix.values() and re.fullmatch(_DIRECTION, words[0]):
            words = words[1:]
        return " ".join(words).casefold()


# A street name's final "s" or "'s", after a word of three letters or more
_FINAL_S = re.compile(r"(?<=[^\W\d_]{3})['’]?s$")
# "and" or "&" between the two streets of a crossing
_JOINED = re.compile(r"\s+(?:and|&)\s+")
# Miami's "SW 115 Avenue" and "Southwest 115th Avenue" are one street, as Chicago's "S. Morgan" is Morgan's.
_DIRECTION = r"(?:North|South)(?:east|west)|[NS][EW]|North|South|East|West|[NSEW]"
# "Glasgow's Saracen Street" is Saracen Street, told as Glasgow's; "King's Road" is a name.
_OWNER = re.compile(r"[A-Z][\w-]*['’]s\s+(?=\S+\s+\S)")
_AFTER_A_ROAD_CODE = (
    r"(?:at|near|in|between|from|to|towards|outside|close|road|motorway|carriageway|route|"
    r"(?:north|south|east|west)bound)\b"
)
_NUMBERED_ROAD = re.compile(r"(?P<word>.+?)(?:\s+|-)(?P<number>\d{1,4})")
# "Martin Luther King Jr. Boulevard": a generation after a person's name is no word of the street's.
_GENERATION = r"(?:Jr|Sr)"
_ORDINAL_NUMBER = r"\d{1,3}"
_ORDINAL = rf"{_ORDINAL_NUMBER}(?:st|nd|rd|th)"


def _as_number(word: str) -> str:
    """A street name's ordinal as its number ("3rd", "Third" -> "3"); any other word as it is."""
    ordinal = ORDINALS.get(word.casefold())
    return str(ordinal) if ordinal else re.sub(rf"^({_ORDINAL_NUMBER})(?:st|nd|rd|th)$", r"\1", word)


def _written_out(words: list[str]) -> dict[str, str]:
    """Each word -> the longest other word it abbreviates, or itself."""
    longest_first = sorted(words, key=len, reverse=True)
    return {w: next((f for f in longest_first if len(f) > len(w) and _abbreviates(w, f)), w) for w in words}


def _abbreviates(short: str, full: str) -> bool:
    """Whether the letters of `short` appear in order in `full`, from its first letter."""
    if short[:1].casefold() != full[:1].casefold():
        return False
    rest = iter(full.casefold())
    return all(letter in rest for letter in short.casefold())


@dataclass
class Gazetteer:
    places: dict[str, Place] = field(default_factory=dict)
    streets: StreetShapes = field(default_factory=StreetShapes)
    # Words that make a region's name the name of another place ("Kansas City", "Delaware County").
    name_words: list[str] = field(default_factory=list)
    _views: dict[frozenset[str], Gazetteer] = field(default_factory=dict, repr=False, compare=False)
    _local: dict[frozenset[str], frozenset[str]] = field(default_factory=dict, repr=False, compare=False)

    def __len__(self) -> int:
        return len(self.places)

    @cached_property
    def _names(self) -> dict[str, str]:
        """Each name's word key -> place id."""
        return {_name_key(name): place.id for place in self.places.values() for name in place.names}

    @cached_property
    def _cased(self) -> dict[str, list[str]]:
        """Word key -> the name's own words, for names whose case must match: names written in
        capitals ("US" never matches "us"), and every name of a place with `match_case`
        ("Turkey" the country, not "turkey" the bird)."""
        return {
            _name_key(name): [m.group() for m in _words(name)]
            for place in self.places.values()
            for name in place.names
            if name.isupper() or place.match_case
        }

    @cached_property
    def _reach(self) -> dict[str, int]:
        """A name's first word's key -> the most words a name that starts with it has: only
        where a name can start is a name looked for."""
        reach: dict[str, int] = {}
        for key in self._names:
            first, words = key.split(" ", 1)[0], key.count(" ") + 1
            reach[first] = max(words, reach.get(first, 0))
        return reach

    def find(self, text: str, told: dict[str, str] | None = None) -> list[PlaceMatch]:
        """Gazetteer places named in text: the longest names win, matches never overlap. `told`
        collects the town names the text tells in another region ("London, Ontario": "london"
        -> Ontario), for `as_told` to read the article's other mentions of them by."""
        if not self._names:
            return []
        words = _words(text)
        keys = [_key([w.group()]) for w in words]
        candidates = []
        for i, key in enumerate(keys):
            # "Bucharest's airport": a one-word name may be written in the possessive.
            reach = max(self._reach.get(key, 0), self._reach.get(key.removesuffix("'s"), 0))
            for n in range(min(reach, len(words) - i), 0, -1):
                place, owned = self._name_at(keys[i : i + n], [w.group() for w in words[i : i + n]])
                if place:
                    candidates.append((-n, i, place, owned))
                    break
        present = {key.split("'")[0] for key in keys}
        taken: set[int] = set()
        matches = []
        for negative_length, i, place, owned in sorted(candidates):
            span = range(i, i - negative_length)
            if taken.intersection(span):
                continue
            needed = self.places[place].context
            if needed and not any(word.casefold() in present for word in needed):
                continue
            taken.update(span)
            end = words[i - negative_length - 1].end() - (2 if owned else 0)
            if self._names_another_place(place, text, end):
                continue
            matches.append(PlaceMatch(words[i].start(), end, place))
        return self._qualified(sorted(matches, key=lambda m: m.start), text, {} if told is None else told)

    def _names_another_place(self, place: str, text: str, end: int) -> bool:
        """A region's name that begins a longer one ("Kansas City", "Delaware County"): that is
        another place, which the gazetteer does not know."""
        following = _NEXT_WORD.match(text, end)
        return following is not None and following.group(1) in self.name_words and self.is_region(place)

    def for_text(self, text: str) -> Gazetteer:
        """The gazetteer an article is read with: without the places local to a country it is
        set outside of, save those it tells in another region ("Bountiful, British Columbia":
        its "Bountiful" is read as that region throughout, as `find` reads it), nor the towns it
        names bare that lie in none of the states or cities of their country it names elsewhere
        (`_named_elsewhere`)."""
        told: dict[str, str] = {}
        matches = self.find(text, told)
        abroad = self._abroad(matches)
        hidden = self._local_to(abroad) if abroad else frozenset()
        if told:
            hidden = frozenset(key for key in hidden if not any(_name_key(n) in told for n in self.places[key].names))
        hidden |= self._named_elsewhere(matches, text)
        return self._without(hidden) if hidden else self

    def _named_elsewhere(self, matches: list[PlaceMatch], text: str) -> frozenset[str]:
        """The parts of a city (its neighbourhoods and suburbs, "Uptown") named bare in an article
        that names towns or cities of their country, none of them in the part's state or city
        ("Minneapolis"): a place of that name there, one the gazetteer does not know
        (Minneapolis's Uptown is no part of Chicago)."""
        hidden = set()
        for match in matches:
            town = self.places[match.place]
            part_of_a_city = town.within and not any(self.is_region(parent) for parent in town.within)
            if not (town.local_to and part_of_a_city) or "," in text[match.start : match.end]:
                continue
            country = set(self.ancestors(town.local_to)) | {town.local_to}
            area = set(self.ancestors(match.place)) - country
            others = [
                m.place
                for m in matches
                if m.place != match.place and not self.is_region(m.place) and town.local_to in self.ancestors(m.place)
            ]
            if others and not any(
                area & {other, *self.ancestors(other)} or match.place in self.ancestors(other) for other in others
            ):
                hidden.add(match.place)
        return frozenset(hidden)

    def _local_to(self, countries: frozenset[str]) -> frozenset[str]:
        if countries not in self._local:
            self._local[countries] = frozenset(k for k, place in self.places.items() if place.local_to in countries)
        return self._local[countries]

    def abroad(self, text: str) -> frozenset[str]:
        """The countries an article is set outside of, whose local places (`Place.local_to`) it
        does not name: it names regions or cities (not countries), and none of them lies in that
        country ("WINNIPEG, Manitoba — ... in Elmwood": Elmwood is no US town)."""
        return self._abroad(self.find(text))

    @cached_property
    def _local_countries(self) -> frozenset[str]:
        return frozenset(place.local_to for place in self.places.values() if place.local_to)

    def _abroad(self, matches: list[PlaceMatch]) -> frozenset[str]:
        local = self._local_countries
        settings = [
            m.place
            for m in matches
            if m.place in self.places and not self.places[m.place].local_to and not self._country_or_wider(m.place)
        ]
        if not local or not settings:
            return frozenset()
        return frozenset(
            country for country in local if not any(country in self.ancestors(place) for place in settings)
        )

    def _without(self, hidden: frozenset[str]) -> Gazetteer:
        # One view per set of hidden places, built once: its name tables cost as much as the whole's.
        if hidden not in self._views:
            kept = {key: place for key, place in self.places.items() if key not in hidden}
            self._views[hidden] = Gazetteer(kept, self.streets, self.name_words)
        return self._views[hidden]

    def _country_or_wider(self, place: str) -> bool:
        return place == "world" or "world" in self.places[place].within

    def as_told(self, matches: Iterable[PlaceMatch], text: str, told: dict[str, str]) -> list[PlaceMatch]:
        """The matches, each bare name of a town the article told in another region ("London"
        after "London, Ontario") read as that region."""
        return [PlaceMatch(m.start, m.end, told.get(_name_key(text[m.start : m.end]), m.place)) for m in matches]

    def _qualified(self, matches: list[PlaceMatch], text: str, told: dict[str, str]) -> list[PlaceMatch]:
        """Each "town, region" whose region the gazetteer's town of that name lies outside
        ("London, Ontario"; "Bountiful, B.C.") as the region alone: the writer names another
        town of that name, one the gazetteer does not know, and the region is all that is sure
        of it. A region written out may follow another of its country in a list ("Texas,
        Oklahoma and Kansas"), not one of another ("Victoria, British Columbia"); an abbreviation
        is only ever a qualifier ("Victoria, B.C.")."""
        qualified: list[PlaceMatch] = []
        for match in matches:
            if qualified and self._qualifies(qualified[-1], match, text):
                qualified.append(self._told_in(qualified.pop(), match, text, told))
            else:
                qualified.append(match)
        if self._abbreviations:
            qualified = [self._abbreviated(match, text, told) for match in qualified]
        return qualified

    def _qualifies(self, town: PlaceMatch, region: PlaceMatch, text: str) -> bool:
        return (
            _QUALIFIER_GAP.fullmatch(text, town.end, region.start) is not None
            and self.is_region(region.place)
            and (not self.is_region(town.place) or self._apart_parents(town.place, region.place))
            and self.relation(town.place, region.place).kind == "disjoint"
        )

    def _abbreviated(self, town: PlaceMatch, text: str, told: dict[str, str]) -> PlaceMatch:
        """The town read with the region an abbreviation after it names, where it lies outside it."""
        gap = _QUALIFIER_GAP.match(text, town.end)
        if gap is None:
            return town
        written = _ABBREVIATION.match(text, gap.end())
        region = written and self._abbreviations.get(written.group())
        if not region or self.relation(town.place, region).kind != "disjoint":
            return town
        return self._told_in(town, PlaceMatch(written.start(), written.end(), region), text, told)

    def _apart_parents(self, a: str, b: str) -> bool:
        return set(self.places[a].within).isdisjoint(self.places[b].within)

    @staticmethod
    def _told_in(town: PlaceMatch, region: PlaceMatch, text: str, told: dict[str, str]) -> PlaceMatch:
        told[_name_key(text[town.start : town.end])] = region.place
        return PlaceMatch(town.start, region.end, region.place)

    @cached_property
    def _abbreviations(self) -> dict[str, str]:
        return {short: place.id for place in self.places.values() for short in place.abbreviations}

    def _name_at(self, keys: list[str], words: list[str]) -> tuple[str | None, bool]:
        """The place the words name, and whether they name it in the possessive ("Bucharest's
        airport": the match stops before the "'s")."""
        phrase = " ".join(keys)
        owned = phrase.endswith("'s") and phrase not in self._names
        if owned:
            phrase, words = phrase[:-2], [*words[:-1], words[-1][:-2]]
        place = self._names.get(phrase)
        if place and _case_fits(self._cased.get(phrase), words):
            return place, owned
        return None, False

    def lookup(self, name: str) -> str | None:
        """The place id a whole name denotes, if the gazetteer knows it."""
        return self._names.get(_name_key(name))

    def ancestors(self, place: str) -> list[str]:
        """Every place that contains this one, nearest first."""
        seen: list[str] = []
        frontier = list(self.places[place].within)
        while frontier:
            current = frontier.pop(0)
            if current not in seen:
                seen.append(current)
                frontier.extend(self.places[current].within)
        return seen

    def is_region(self, place: str) -> bool:
        """Whether the gazetteer divides the place into disjoint parts: a country, a state, a
        continent; not a city, nor a name it does not know."""
        known = self.places.get(place)
        return known is not None and known.disjoint_children

    def depth(self, place: str) -> int:
        return len(self.ancestors(place))

    def label(self, place: str) -> str:
        return self.places[place].label if place in self.places else place

    def relation(self, a: str, b: str) -> Relation:
        """How the gazetteer relates two place ids, with a sentence that says so."""
        key = (a, b)
        if key not in self._relations:
            self._relations[key] = self._relate(a, b)
        return self._relations[key]

    @cached_property
    def _relations(self) -> dict[tuple[str, str], Relation]:
        return {}

    def _relate(self, a: str, b: str) -> Relation:
        la, lb = self.label(a), self.label(b)
        if a == b:
            return Relation("same", f"both name {la}")
        if a not in self.places or b not in self.places:
            return Relation("unknown", f"the gazetteer does not relate {la} and {lb}")
        up_a, up_b = [a, *self.ancestors(a)], [b, *self.ancestors(b)]
        if b in up_a:
            return Relation("inside", f"{la} lies within {lb}")
        if a in up_b:
            return Relation("contains", f"{lb} lies within {la}")
        declared = self._declared(up_a, up_b, "disjoint")
        if declared:
            x, y = declared
            how = "" if (x, y) == (a, b) else f" ({self.label(x)} and {self.label(y)} do not meet)"
            return Relation("disjoint", f"{la} and {lb} are disjoint{how}")
        separated = self._separating_parent(up_a, up_b)
        if separated:
            parent, x, y = separated
            how = "" if (x, y) == (a, b) else f" ({self.label(x)} and {self.label(y)})"
            return Relation("disjoint", f"{la} and {lb} lie in separate parts of {self.label(parent)}{how}")
        declared = self._declared(up_a, up_b, "overlaps")
        if declared:
            x, y = declared
            how = "" if (x, y) == (a, b) else f" (via {self.label(x)} and {self.label(y)})"
            return Relation("overlap", f"{la} and {lb} only partly overlap{how}")
        return Relation("unknown", f"the gazetteer does not relate {la} and {lb}")

    def _declared(self, up_a: list[str], up_b: list[str], relation: str) -> tuple[str, str] | None:
        """The first pair of (place or ancestor) on each side that a rule relates this way."""
        for x in up_a:
            for y in up_b:
                if y in getattr(self.places[x], relation) or x in getattr(self.places[y], relation):
                    return x, y
        return None

    def _separating_parent(self, up_a: list[str], up_b: list[str]) -> tuple[str, str, str] | None:
        """A place with `disjoint_children` that holds the two sides in different children, and
        those two children."""
        for x in up_a:
            for y in up_b:
                if x in up_b or y in up_a:
                    continue
                for parent in self.places[x].within:
                    if parent in self.places[y].within and self.places[parent].disjoint_children:
                        return parent, x, y
        return None
