"""Write rules/core/wordnet-events.yaml, the event vocabulary derived from WordNet 3.0: for each
event type of the hand lexicon (rules/core/events.yaml), the other verbs and nouns that name it.

Source: WordNet 3.0's database files as Debian's `wordnet-base` package installs them
(/usr/share/wordnet: index.verb, index.noun, data.verb, data.noun and the sense counts of
cntlist.rev). WordNet is a tool for this script only, never a dependency of factcheck; its licence
is copied beside the output (rules/core/WORDNET-LICENSE).

For each type of DERIVED_TYPES, the most frequent sense of each seed lemma (by WordNet's tagged
counts; a seed whose few tags cannot tell is skipped, and so is a sense that is a state, a feeling
or a thought: "hurt" as aching) gives the synsets that mean the event; from them the script follows
troponyms (more specific ways: murder, slay and assassinate are ways to kill) down to DEPTH steps,
unless a sense has more than MAX_SPREAD of them, too general to be one kind of event ("get,
acquire"). Their words are candidates, and so are the nouns WordNet derives from them (slay ->
slaying) that name an act or an event, and the synonyms of the seed nouns' senses.

A false synonym makes two different events one, so precision comes first. A candidate is kept
only when it names the event in its most frequent sense (when a word has fewer than MIN_EVIDENCE
tags, the counts tell nothing: a tagged sense within the event will do, or half its senses if
none is tagged), when no other type claims it, when it is no lemma of the hand lexicon (whose entry
wins) nor one the lexicon ignores, when it is one word or a verb with a particle the extractor
matches ("mow down"), and when it is not in EXCLUDED, the words WordNet's counts call the event
but news mostly uses otherwise. The other types' seeds are generic (place, hold, strike, open, cut):
their troponyms are every way of putting, holding, hitting or opening, so they get nothing.

Usage: apt-get install wordnet-base
       python scripts/build_event_vocabulary.py [--wordnet DIR] [--lexicon FILE] [OUTPUT]
The output is deterministic: the same WordNet and lexicon give the same file byte for byte.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
WORDNET = Path("/usr/share/wordnet")
LEXICON = ROOT / "rules" / "core" / "events.yaml"
OUTPUT = ROOT / "rules" / "core" / "wordnet-events.yaml"

# The types whose seeds name one specific kind of act; see the module's docstring.
DERIVED_TYPES = (
    "kill", "die", "injure", "arrest", "charge", "convict", "acquit", "sentence", "steal", "escape",
    "acquire", "resign", "erupt", "evacuate",
)  # fmt: skip
DEPTH = 2  # troponym steps below a seed's sense
MAX_SPREAD = 60  # a seed sense with more troponyms than this within DEPTH is too general to expand
MIN_EVIDENCE = 4  # fewer tags than this on a word's senses decide nothing
STATIVE_VERB_FILES = {31: "verb.cognition", 37: "verb.emotion", 39: "verb.perception", 42: "verb.stative"}
EVENT_NOUN_FILES = {4: "noun.act", 11: "noun.event", 19: "noun.phenomenon", 22: "noun.process"}
PARTICLES = {"down", "up", "off", "out", "in", "over", "away", "back", "into"}
EXCLUDED = {
    "execute": "carrying out a plan, an order or a search warrant",
    "discharge": "releasing a patient, a prisoner or a duty",
    "shoot": "wounding or killing, news does not say which; also photographing",
    "gun down": "news means killing by it, WordNet files it under wounding",
    "go off": "mostly exploding or ringing, not escaping",
    "retire": "leaving work at the end of a career, not resigning an office",
    "capture": "seizing a place or a person, not buying a company",
    "erase": "deleting, as often as killing",
    "eradicate": "ending a disease or a problem, as often as killing",
    "annihilate": "defeating or destroying, as often as killing",
    "wipe out": "destroying savings, crops or a lead, as often as killing",
    "liquidate": "selling off a company's assets, as often as killing",
    "decimate": "reducing sharply, as often as killing",
    "harm": "damaging things and interests as often as wounding people",
    "defect": "changing sides, not escaping",
    "elope": "marrying, not escaping",
    "break away": "a group, a region or a runner leaving the rest",
    "predecease": "dying before someone: the subject is not the one news reports dead",
    "expiry": "the end of a contract, a term or a deadline",
    "walk off": "leaving a pitch, a stage or a job",
    "shake off": "an injury, a marker or a reputation",
}
TROPONYM, DERIVED = "~", "+"
EXAMPLES = [
    ("The journalist was murdered in Mexico City on 3 May 2024.", "kill"),
    ("Gunmen assassinated the mayor on Sunday.", "kill"),
    ("Police apprehended the suspect on Tuesday.", "arrest"),
    ("The treasurer embezzled 2 million euros between 2019 and 2021.", "steal"),
]
WORDNET_NOTICE = "WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved."
LINE_WIDTH = 90
POS_NAMES = {"v": "verb", "n": "noun"}
SENSE_KEY_POS = {"n": "1", "v": "2"}


@dataclass(frozen=True)
class Synset:
    lex_file: int  # the lexicographer file: 35 verb.contact, 4 noun.act...
    words: tuple[tuple[str, int], ...]  # (lemma as in the index, lex_id)
    pointers: tuple[tuple[str, str, int, int, int], ...]  # symbol, pos, offset, source word, target word


class WordNet:
    """The parts of WordNet's database the derivation needs: senses in frequency order, their
    tagged counts, and the synsets with their pointers."""

    def __init__(self, directory: Path):
        self.senses: dict[tuple[str, str], list[int]] = {}
        self.synsets: dict[tuple[str, int], Synset] = {}
        for pos, name in POS_NAMES.items():
            self.senses.update(_read_index(directory / f"index.{name}", pos))
            self.synsets.update(_read_data(directory / f"data.{name}", pos))
        self.counts = _read_counts(directory / "cntlist.rev")

    def count(self, lemma: str, pos: str, offset: int) -> int:
        synset = self.synsets[pos, offset]
        lex_id = next(i for word, i in synset.words if word == lemma)
        key = f"{lemma}%{SENSE_KEY_POS[pos]}:{synset.lex_file:02d}:{lex_id:02d}::"
        return self.counts.get(key, 0)

    def ranked_senses(self, lemma: str, pos: str) -> list[tuple[int, int]]:
        """(synset offset, tagged count), most frequent first; the index's order breaks ties."""
        offsets = self.senses.get((lemma, pos), [])
        return sorted(((o, self.count(lemma, pos, o)) for o in offsets), key=lambda sense: -sense[1])


def _read_index(path: Path, pos: str) -> dict[tuple[str, str], list[int]]:
    senses = {}
    for line in _records(path):
        fields = line.split()
        pointer_count = int(fields[3])
        synset_count = int(fields[2])
        offsets = fields[6 + pointer_count : 6 + pointer_count + synset_count]
        senses[fields[0], pos] = [int(o) for o in offsets]
    return senses


def _read_data(path: Path, pos: str) -> dict[tuple[str, int], Synset]:
    synsets = {}
    for line in _records(path):
        fields = line.split(" | ")[0].split()
        offset, lex_file, word_count = int(fields[0]), int(fields[1]), int(fields[3], 16)
        words = tuple((_index_form(fields[4 + 2 * i]), int(fields[5 + 2 * i], 16)) for i in range(word_count))
        at = 4 + 2 * word_count
        pointers = []
        for i in range(int(fields[at])):
            symbol, target, target_pos, words_field = fields[at + 1 + 4 * i : at + 5 + 4 * i]
            target_pos = "a" if target_pos == "s" else target_pos
            pointers.append((symbol, target_pos, int(target), int(words_field[:2], 16), int(words_field[2:], 16)))
        synsets[pos, offset] = Synset(lex_file, words, tuple(pointers))
    return synsets


def _read_counts(path: Path) -> dict[str, int]:
    """Tagged counts by sense key (lemma%pos:lex_file:lex_id:head:head_id, the head empty for verbs and nouns)."""
    return {key: int(count) for key, _, count in (line.split() for line in _records(path))}


def _records(path: Path):
    """The lines of a WordNet file, without its licence header (lines starting with spaces)."""
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip() and not line.startswith(" "):
                yield line.rstrip("\n")


def _index_form(word: str) -> str:
    """A data file's word as the index spells it: lower case, without an adjective marker."""
    return word.split("(")[0].lower()


@dataclass(frozen=True)
class HandLexicon:
    verbs: dict[str, str]
    nouns: dict[str, str]
    ignored: set[str]

    @classmethod
    def read(cls, path: Path) -> HandLexicon:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        verbs, nouns = {}, {}
        for name, spec in data.get("events", {}).items():
            verbs.update({lemma.lower(): name for lemma in spec.get("verbs", [])})
            nouns.update({lemma.lower(): name for lemma in spec.get("nouns", [])})
        ignored = {lemma.lower() for lemma in data.get("ignore", [])}
        for cues in data.get("modality", {}).values():
            ignored.update(cue.lower() for cue in cues)
        return cls(verbs, nouns, ignored)

    def seeds(self) -> dict[str, list[tuple[str, str]]]:
        """(WordNet lemma, pos) of each type's hand lemmas."""
        seeds = defaultdict(list)
        for pos, table in (("v", self.verbs), ("n", self.nouns)):
            for lemma, name in table.items():
                seeds[name].append((lemma.replace(" ", "_"), pos))
        return seeds

    def knows(self, lemma: str) -> bool:
        return lemma in self.verbs or lemma in self.nouns or lemma in self.ignored


def is_event(wordnet: WordNet, key: tuple[str, int]) -> bool:
    """Whether a synset names something that happens: not a state, a feeling or a thought, and
    for a noun an act, an event, a phenomenon or a process."""
    lex_file = wordnet.synsets[key].lex_file
    return lex_file in EVENT_NOUN_FILES if key[0] == "n" else lex_file not in STATIVE_VERB_FILES


def seed_sense(wordnet: WordNet, lemma: str, pos: str) -> tuple[str, int] | None:
    """The seed's most frequent sense, when its tags can tell which that is and it is an event."""
    ranked = wordnet.ranked_senses(lemma, pos)
    if not ranked or (len(ranked) > 1 and sum(count for _, count in ranked) < MIN_EVIDENCE):
        return None
    key = (pos, ranked[0][0])
    return key if is_event(wordnet, key) else None


def below(wordnet: WordNet, key: tuple[str, int]) -> set[tuple[str, int]]:
    """The verb synset and its troponyms down to DEPTH steps."""
    found, frontier = {key}, [key]
    for _ in range(DEPTH):
        frontier = [
            (target_pos, target)
            for synset in frontier
            for symbol, target_pos, target, _, _ in wordnet.synsets[synset].pointers
            if symbol == TROPONYM and (target_pos, target) not in found
        ]
        found.update(frontier)
    return found


def event_synsets(wordnet: WordNet, seeds: list[tuple[str, str]]) -> set[tuple[str, int]]:
    """The synsets that mean the event: the seeds' senses and, for verbs, their troponyms, unless
    there are too many of them for one kind of event ("get, acquire")."""
    synsets = set()
    for lemma, pos in seeds:
        key = seed_sense(wordnet, lemma, pos)
        if key is None:
            continue
        tree = below(wordnet, key) if pos == "v" else {key}
        synsets.update(k for k in (tree if len(tree) <= MAX_SPREAD else {key}) if is_event(wordnet, k))
    return synsets


def names_the_event(wordnet: WordNet, lemma: str, pos: str, synsets: set[tuple[str, int]]) -> bool:
    """Whether the lemma's most frequent sense is the event's. With fewer than MIN_EVIDENCE tags
    the counts cannot tell: a tagged sense within the event will do, or, untagged, half its senses."""
    ranked = wordnet.ranked_senses(lemma, pos)
    inside = [count for offset, count in ranked if (pos, offset) in synsets]
    tags = sum(count for _, count in ranked)
    if tags >= MIN_EVIDENCE:
        return (pos, ranked[0][0]) in synsets
    return any(inside) if tags else 2 * len(inside) >= len(ranked)


def derived_nouns(wordnet: WordNet, verbs: list[tuple[str, tuple[str, int]]]) -> set[tuple[str, tuple[str, int]]]:
    """The event nouns WordNet derives from these verb senses (murder -> murder, slay -> slaying)."""
    nouns = set()
    for lemma, key in verbs:
        synset = wordnet.synsets[key]
        number = 1 + [word for word, _ in synset.words].index(lemma)
        for symbol, target_pos, target, source, target_word in synset.pointers:
            if symbol == DERIVED and target_pos == "n" and source == number and is_event(wordnet, ("n", target)):
                nouns.add((wordnet.synsets["n", target].words[target_word - 1][0], ("n", target)))
    return nouns


def type_vocabulary(wordnet: WordNet, seeds: list[tuple[str, str]]) -> set[tuple[str, str]]:
    """(lemma, pos) of every word that names the event in its most frequent sense, seeds included,
    EXCLUDED words (and the nouns derived from them) left out."""
    synsets = event_synsets(wordnet, seeds)
    verbs = [
        (lemma, key)
        for key in sorted(k for k in synsets if k[0] == "v")
        for lemma, _ in wordnet.synsets[key].words
        if lemma.replace("_", " ") not in EXCLUDED and names_the_event(wordnet, lemma, "v", synsets)
    ]
    nouns = {(lemma, key) for key in synsets if key[0] == "n" for lemma, _ in wordnet.synsets[key].words}
    nouns |= derived_nouns(wordnet, verbs)
    noun_synsets = {key for _, key in nouns}
    accepted = {(lemma, "n") for lemma, _ in nouns if names_the_event(wordnet, lemma, "n", noun_synsets)}
    return accepted | {(lemma, "v") for lemma, _ in verbs}


def usable_form(lemma: str, pos: str) -> str | None:
    """The lemma as the extractor matches it: one word, or a verb and its particle."""
    words = lemma.split("_")
    if not all(word.isalpha() for word in words):
        return None
    if len(words) == 1 or (pos == "v" and len(words) == 2 and words[1] in PARTICLES):
        return " ".join(words)
    return None


def derive(wordnet: WordNet, lexicon: HandLexicon) -> dict[str, dict[str, list[str]]]:
    """Event type -> {"verbs": [...], "nouns": [...]}: the derived lemmas no other type claims."""
    claims: dict[tuple[str, str], set[str]] = defaultdict(set)
    for name, seeds in sorted(lexicon.seeds().items()):
        if name in DERIVED_TYPES:
            for lemma, pos in type_vocabulary(wordnet, seeds):
                form = usable_form(lemma, pos)
                if form and not lexicon.knows(form) and form not in EXCLUDED:
                    claims[form, pos].add(name)
    table: dict[str, dict[str, list[str]]] = {}
    for (form, pos), names in sorted(claims.items()):
        other_pos = {n for (f, p), ns in claims.items() if f == form and p != pos for n in ns}
        if len(names) == 1 and other_pos <= names:
            entry = table.setdefault(next(iter(names)), {"verbs": [], "nouns": []})
            entry["verbs" if pos == "v" else "nouns"].append(form)
    return dict(sorted(table.items()))


def render(table: dict[str, dict[str, list[str]]], command: str) -> str:
    lines = [
        "# Generated by scripts/build_event_vocabulary.py from WordNet 3.0; do not edit by hand.",
        f"# Command: {command}",
        f"# {WORDNET_NOTICE}",
        "# Used under the WordNet 3.0 licence, whose full text is in rules/core/WORDNET-LICENSE.",
        "kind: event-synonyms",
        "description: >-",
        "  Verbs and nouns that name an event type of the hand lexicon (events.yaml), derived from",
        "  WordNet 3.0: synonyms of the seed lemmas' most frequent senses, their troponyms and the",
        "  nouns derived from them, each kept only when its most frequent sense is the event. A lemma the",
        "  hand lexicon lists or ignores keeps its hand entry. Only the types whose seeds name one",
        "  specific kind of act are expanded (see DERIVED_TYPES in the script); rebuild after editing",
        "  events.yaml.",
        "",
        "synonyms:",
    ]
    for name, entry in table.items():
        lines.append(f"  {name}:")
        for key in ("verbs", "nouns"):
            if entry[key]:
                items = textwrap.wrap(", ".join(map(_scalar, entry[key])), LINE_WIDTH, break_long_words=False)
                lines.append(f"    {key}: [" + "\n      ".join(items) + "]")
    lines += ["", "examples:"]
    for sentence, name in EXAMPLES:
        lines += [f'  - sentence: "{sentence}"', f"    event: {name}"]
    return "\n".join(lines) + "\n"


def _scalar(word: str) -> str:
    """The word as YAML reads it back as text: "off" and "no" quoted."""
    return word if yaml.safe_load(word) == word else f'"{word}"'


def summary(table: dict[str, dict[str, list[str]]]) -> str:
    rows = [f"{name:14} {len(e['verbs']):3} verbs {len(e['nouns']):3} nouns" for name, e in table.items()]
    total = sum(len(e["verbs"]) + len(e["nouns"]) for e in table.values())
    return "\n".join([*rows, f"{total} entries for {len(table)} event types"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("output", nargs="?", type=Path, default=OUTPUT)
    parser.add_argument("--wordnet", type=Path, default=WORDNET, help="WordNet 3.0's dict directory")
    parser.add_argument("--lexicon", type=Path, default=LEXICON, help="the hand lexicon (events.yaml)")
    args = parser.parse_args(argv)
    missing = [n for n in ("index.verb", "data.verb", "cntlist.rev") if not (args.wordnet / n).is_file()]
    if missing:
        print(
            f"{args.wordnet}: no WordNet 3.0 files ({', '.join(missing)}); apt-get install wordnet-base",
            file=sys.stderr,
        )
        return 2
    table = derive(WordNet(args.wordnet), HandLexicon.read(args.lexicon))
    args.output.write_text(render(table, "python scripts/build_event_vocabulary.py"), encoding="utf-8")
    print(summary(table))
    return 0


if __name__ == "__main__":
    sys.exit(main())
