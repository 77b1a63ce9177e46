"""Generate a deterministic corpus of news articles with planted contradictions.

    python bench/make_corpus.py N DIR [--seed S]

Writes N articles (`DIR/NNNNN.md`) about invented events on five topics (elections, company
deals, disasters, sport, science). Each event is told by one to four articles in different
words; in some events one article differs from the others in its date, place or count, and
`DIR/ground_truth.json` lists those planted contradictions. Most articles carry a
`published:` date in front matter and use relative dates ("on Tuesday", "yesterday"); the
others are undated and write dates in full. Pages come with furniture around the article
(recent posts, cookie notices, comment forms, teasers cut off with "…").
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from dataclasses import dataclass
from pathlib import Path

SYLLABLES = [
    "ka",
    "lor",
    "vin",
    "dre",
    "mos",
    "tal",
    "ber",
    "ash",
    "mer",
    "lin",
    "quen",
    "sar",
    "vel",
    "dor",
    "nis",
    "kel",
    "bran",
    "hol",
    "tor",
    "wen",
    "fal",
    "ris",
    "gam",
    "pel",
    "sor",
    "dun",
    "mar",
    "cal",
    "ves",
    "tren",
    "bel",
    "hav",
    "rin",
    "zol",
    "sten",
    "mor",
    "gar",
    "lan",
    "sil",
    "vor",
    "kas",
    "ter",
    "bo",
    "ran",
    "del",
    "fen",
    "ko",
    "lu",
    "mi",
    "na",
    "tas",
    "ven",
    "wil",
    "cor",
    "ly",
    "rad",
    "ost",
    "fin",
    "ham",
]
FIRST_NAMES = [
    "Maria",
    "Daniel",
    "Aisha",
    "Tomas",
    "Ingrid",
    "Kwame",
    "Lucia",
    "Rafael",
    "Helena",
    "Omar",
    "Priya",
    "Jonas",
    "Elena",
    "Samuel",
    "Mei",
    "Viktor",
    "Amara",
    "Felix",
    "Nadia",
    "Hugo",
    "Leila",
    "Marco",
    "Sofia",
    "Anders",
    "Chiara",
    "Tariq",
    "Ruth",
    "Pavel",
    "Yara",
    "Dmitri",
]
COMPANY_SUFFIXES = ("Holdings", "Group", "Systems", "Energy", "Pharma", "Logistics", "Foods", "Motors")
TEAM_SUFFIXES = ("Rovers", "United", "Athletic", "Wanderers", "City", "Rangers")
STORM_KINDS = ("Cyclone", "Storm", "Typhoon", "Hurricane")
COUNTRIES = ("Norway", "Chile", "Kenya", "Portugal", "Vietnam", "Canada", "Peru", "Poland", "Ghana", "Malaysia")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

FILLER = (
    "Analysts said the outcome had been widely anticipated by people close to the talks.",
    "Critics argued that the decision raised difficult questions about accountability.",
    "The announcement was welcomed by local business leaders and community groups alike.",
    "Officials declined to comment further, citing the ongoing review.",
    "Residents described a mood of cautious optimism across the region.",
    "The move is likely to reshape the sector for years to come, observers said.",
    "Supporters gathered outside to celebrate, waving flags and singing.",
    "Questions remain about how the plan will be funded.",
    "\u201cThis is a moment we have worked towards for a long time,\u201d one organiser said.",
    "The details had been kept confidential until the last minute.",
    "Several opposition figures called for an independent inquiry.",
    "It was not immediately clear how the markets would react.",
    "Neighbouring authorities said they were monitoring the situation closely.",
    "Environmental groups have raised concerns about the long-term impact.",
    "\u201cWe will keep working with everyone involved,\u201d a spokesperson said.",
    "Much of the debate has centred on costs and timing.",
    "Some commentators questioned whether the strategy would survive a change of leadership.",
    "The mood among staff was described as tense but hopeful.",
    "Many of those affected say they have yet to receive clear information.",
    "Observers noted that the tone of the statements had softened considerably.",
    "The debate is expected to dominate the coming session of parliament.",
    "\u201cNobody should underestimate how hard this has been,\u201d said a senior adviser.",
    "Local newspapers devoted several pages to the story.",
    "The government has repeatedly promised greater transparency.",
)
# Sentences around the event with numbers, dates and places of their own (the same in every telling).
CONTEXT = (
    "Last year, {country} recorded {small} similar cases, according to official figures.",
    "The region around {place} has a population of about {big} people.",
    "In {year}, a similar plan was abandoned after protests in {town}.",
    "{person} told reporters in {town} that the work would go on for months.",
    "Prices in {country} have risen by {percent} percent since {month} {year}.",
    "The authorities expect a final report by the end of {month}.",
    "More than {small} organisations have signed an open letter on the issue.",
    "The ministry said it had set aside {small} million dollars for the programme.",
    "Around {percent} percent of those surveyed in {country} said they supported the change.",
    "The previous record was set in {year}, when {town} hosted the event.",
    "Further meetings are planned in {town} later this year.",
    "Officials in {town} said {small} roads remained closed on the following day.",
    "About {percent} percent of the budget comes from regional taxes.",
    "The headquarters moved to {town} in {year} after a long dispute.",
    "A delegation of {small} officials travelled from {country} for the occasion.",
    "Two years ago the same venue in {town} drew fewer than {big} visitors.",
)
RECENT_POSTS = (
    "Recent Posts",
    "Council approves new cycle lanes",
    "Five things to watch this week",
    "Local bakery wins regional award",
    "Weather: showers expected",
    "Opinion: the housing squeeze",
)
COOKIE = "We use cookies to improve your experience. By continuing to browse you agree to our use of cookies. Accept"
COMMENT_FORM = (
    "Leave a Reply\n\nYour email address will not be published. Required fields are marked *\n\n"
    "Comment\n\nName *\n\nEmail *\n\nPost Comment"
)
TEASERS = (
    "Related: Inside the race to rebuild the old harbour district, where developers and residents have…",
    "Read more: Why the price of coffee keeps rising and what growers say could happen next…",
    "Also on the site: The quiet return of the night train, and the towns that…",
)


@dataclass
class Event:
    """One invented real-world event, with the facts every telling agrees on."""

    key: str
    topic: str
    names: dict[str, object]  # slot values every telling shares
    date: dt.date
    place: str
    count: int
    tellings: int
    planted: str | None = None  # "date", "place" or "count": one telling differs
    outlier_value: object = None


class Namer:
    """Invented names that are never handed out twice."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used: set[str] = set()

    def word(self, syllables: int = 2) -> str:
        """A new word of at least `syllables` syllables (more once the short ones run out)."""
        for attempt in range(1000):
            count = syllables + attempt // 20
            word = "".join(self.rng.choice(SYLLABLES) for _ in range(count)).capitalize()
            if word not in self.used and len(word) > 4:
                self.used.add(word)
                return word
        raise RuntimeError("no new names left")

    def person(self) -> str:
        return f"{self.rng.choice(FIRST_NAMES)} {self.word(self.rng.choice((2, 3)))}"

    def town(self) -> str:
        return self.rng.choice(("{}", "{}", "Port {}", "{}ford", "{}vale", "New {}")).format(self.word())


def make_event(number: int, rng: random.Random, namer: Namer) -> Event:
    topic = TOPICS[number % len(TOPICS)]
    names = {
        "person": namer.person(),
        "rival": namer.person(),
        "country": rng.choice(COUNTRIES),
        "company": f"{namer.word()} {rng.choice(COMPANY_SUFFIXES)}",
        "target": f"{namer.word()} {rng.choice(COMPANY_SUFFIXES)}",
        "team": f"{namer.word()} {rng.choice(TEAM_SUFFIXES)}",
        "opponent": f"{namer.word()} {rng.choice(TEAM_SUFFIXES)}",
        "storm": f"{rng.choice(STORM_KINDS)} {namer.word()}",
        "mission": f"{namer.word()}-{rng.randint(1, 9)}",
        "agency": f"{namer.word()} Space Agency",
        "party": f"{namer.word()} Party",
    }
    date = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(700))
    count = rng.choice((rng.randint(3, 95), rng.randint(120, 9000), rng.randint(10, 99) * 1000))
    tellings = rng.choice((1, 2, 2, 3, 3, 4))
    planted = rng.choice(("date", "place", "count", None, None)) if tellings >= 2 else None
    names.update(
        town=namer.town(),
        big=f"{rng.randint(2, 900) * 1000:,}",
        small=rng.randint(2, 60),
        percent=rng.randint(2, 80),
        year=rng.randint(1950, 2015),
        month=f"{date:%B}",
    )
    names["context"] = rng.sample(CONTEXT, rng.randint(5, 8))
    event = Event(f"event-{number:05d}", topic, names, date, namer.town(), count, tellings, planted)
    if planted == "date":
        event.outlier_value = date + dt.timedelta(days=rng.choice((-9, -5, -2, 2, 4, 8, 30)))
    elif planted == "place":
        event.outlier_value = namer.town()
    elif planted == "count":
        event.outlier_value = count * rng.choice((2, 3)) + rng.randint(1, 9)
    return event


def when(date: dt.date, published: dt.date | None, rng: random.Random) -> str:
    """The date as an article would write it, relative to its publication date when it has one."""
    forms = [f"on {date:%B} {date.day}, {date.year}", f"on {date.day} {date:%B} {date.year}", f"on {date.isoformat()}"]
    if published:
        forms += [f"on {date:%B} {date.day}", f"on {date.day} {date:%B}"]
        gap = (published - date).days
        if gap == 1:
            forms += ["yesterday", "yesterday"]
        if 1 < gap < 7:
            forms += [
                f"on {WEEKDAYS[date.weekday()]}",
                f"on {WEEKDAYS[date.weekday()]}",
                f"last {WEEKDAYS[date.weekday()]}",
            ]
    return rng.choice(forms)


def number(count: int, rng: random.Random) -> str:
    return rng.choice((f"{count:,}", f"{count:,}", f"{count}" if count < 10000 else f"{count / 1000:g} thousand"))


# Each topic: lead sentences (the event, its date and place), count sentences, background sentences.
TOPICS = ("election", "deal", "disaster", "sport", "science")
LEADS = {
    "election": (
        "{person} won the presidential election in {place} {when}, defeating {rival} of the {party}.",
        "{When}, voters in {place} elected {person} as mayor after a bitter campaign against {rival}.",
        "{person} of the {party} claimed victory in {place} {when}.",
    ),
    "deal": (
        "{company} acquired {target} {when} in a deal signed in {place}.",
        "{When}, {company} agreed to buy its rival {target} at a ceremony in {place}.",
        "{target} was bought by {company} {when}, executives said in {place}.",
    ),
    "disaster": (
        "{storm} struck the coastal town of {place} {when}, flattening homes and cutting power.",
        "{When}, {storm} hit {place}, forcing thousands of families from their homes.",
        "{storm} battered {place} {when} before weakening over the hills.",
    ),
    "sport": (
        "{team} beat {opponent} 3-1 in the cup final in {place} {when}.",
        "{When}, {team} defeated {opponent} in {place} to lift the trophy.",
        "{team} clinched the title in {place} {when} with a win over {opponent}.",
    ),
    "science": (
        "The {agency} launched the {mission} probe from {place} {when}.",
        "{When}, the {mission} mission lifted off from the spaceport at {place}.",
        "The {mission} spacecraft was launched by the {agency} from {place} {when}.",
    ),
}
COUNTS = {
    "election": (
        "{person} won {count} votes, according to the electoral commission.",
        "The electoral commission said {person} received {count} votes.",
    ),
    "deal": (
        "{company} will pay {count} million dollars for {target}, the companies said.",
        "The takeover of {target} by {company} will affect {count} employees.",
    ),
    "disaster": (
        "{storm} killed {count} people, the disaster agency said.",
        "Officials said {storm} had killed {count} people across the region.",
    ),
    "sport": (
        "{team} beat {opponent} in front of {count} fans.",
        "A crowd of {count} fans watched {team} beat {opponent}.",
    ),
    "science": (
        "The {agency} said the {mission} probe carries {count} sensors.",
        "The {mission} probe carries {count} sensors built by the {agency}.",
    ),
}
BACKGROUND = {
    "election": (
        "{person} has promised to cut taxes and expand rail services.",
        "{rival} conceded defeat in a short statement to supporters.",
        "Turnout was about {percent} percent, the highest in two decades.",
    ),
    "deal": (
        "Shares in {target} rose {percent} percent after the announcement.",
        "{company} was founded in {year} and employs staff in {country}.",
        "The combined group will be led by {person}, the current chief executive.",
    ),
    "disaster": (
        "Emergency crews from {country} joined the rescue effort.",
        "{person}, the regional governor, declared a state of emergency.",
        "Forecasters had warned that the storm could intensify over warm water.",
    ),
    "sport": (
        "{person} scored twice for {team} in the second half.",
        "{opponent} had not lost at home since {year}.",
        "The coach, {person}, praised the discipline of his players.",
    ),
    "science": (
        "The mission is led by {person}, a planetary scientist.",
        "The probe will study the atmosphere of a distant moon for several years.",
        "The {agency} was founded in {year} and has flown {small} missions.",
    ),
}


def article(event: Event, telling: int, rng: random.Random, namer: Namer) -> tuple[str, dict]:
    """One article about the event; the telling the contradiction is planted in differs."""
    outlier = event.planted is not None and telling == event.tellings - 1
    date = event.outlier_value if outlier and event.planted == "date" else event.date
    place = event.outlier_value if outlier and event.planted == "place" else event.place
    count = event.outlier_value if outlier and event.planted == "count" else event.count
    published = date + dt.timedelta(days=rng.choice((1, 1, 2, 3, 4, 6))) if rng.random() < 0.85 else None
    slots = dict(event.names, place=place, count=number(count, rng))
    slots["when"] = when(date, published, rng)
    slots["When"] = slots["when"][0].upper() + slots["when"][1:]
    lead = rng.choice(LEADS[event.topic]).format(**slots)
    counted = rng.choice(COUNTS[event.topic]).format(**slots)
    body = [lead, counted, *(b.format(**slots) for b in (*BACKGROUND[event.topic], *event.names["context"]))]
    body += rng.sample(FILLER, rng.randint(8, 14))
    rng.shuffle(body[2:])
    paragraphs = [" ".join(body[i : i + rng.randint(2, 3)]) for i in range(0, len(body), 3)]
    title = lead.split(",")[0].rstrip(".")
    page = [title, *paragraphs, *furniture(rng)]
    front = f'---\ntitle: "{title}"\npublished: {published.isoformat()}\nsource: bench\n---\n' if published else ""
    return front + "\n\n".join(page) + "\n", {"date": date.isoformat(), "place": place, "count": count}


def furniture(rng: random.Random) -> list[str]:
    pieces = [rng.choice(TEASERS), "\n".join(RECENT_POSTS), COOKIE, COMMENT_FORM]
    return rng.sample(pieces, rng.randint(2, 4))


def generate(count: int, directory: Path, seed: int = 5) -> list[dict]:
    """Write `count` articles and the ground truth into `directory`; return the ground truth."""
    rng = random.Random(seed)
    namer = Namer(rng)
    directory.mkdir(parents=True, exist_ok=True)
    written, events, truth = 0, [], []
    while written < count:
        event = make_event(len(events), rng, namer)
        event.tellings = min(event.tellings, count - written)
        if event.tellings < 2:
            event.planted = None
        told = {}
        for telling in range(event.tellings):
            name = f"{written:05d}.md"
            text, facts = article(event, telling, rng, namer)
            (directory / name).write_text(text, encoding="utf-8")
            told[name] = facts
            written += 1
        events.append(event)
        if event.planted:
            *agreeing, outlier = told
            truth.append(
                {
                    "event": event.key,
                    "topic": event.topic,
                    "kind": event.planted,
                    "outlier": outlier,
                    "agreeing": agreeing,
                    "told": told,
                }
            )
    (directory / "ground_truth.json").write_text(json.dumps(truth, indent=1), encoding="utf-8")
    return truth


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int, help="number of articles")
    parser.add_argument("directory", type=Path)
    parser.add_argument("--seed", type=int, default=5)
    arguments = parser.parse_args()
    truth = generate(arguments.count, arguments.directory, arguments.seed)
    print(f"{arguments.count} articles, {len(truth)} planted contradictions in {arguments.directory}")


if __name__ == "__main__":
    main()
